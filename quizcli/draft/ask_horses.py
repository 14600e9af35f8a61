"""Horse races: "Which horse won the Carlow Cup?", a choice of the winner and three other
horses the article shows (``quizcli.draft.horses``), and "In what place did Red Harbour
finish in the Carlow Cup?" of the other horses placed (``quizcli.draft.horse_places``)."""

from __future__ import annotations

from quizcli.draft.asked import Asked, the
from quizcli.draft.words import slug
from quizcli.model import ChoiceQuestion, NumberQuestion


def ask_horses(asked: Asked) -> None:
    """One question per race the articles give one horse as its winner (two: not asked),
    then one per horse placed in such a race (two places told: not asked)."""
    told: dict[str, set[str]] = {}
    placed: dict[tuple[str, str], set[int]] = {}
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind == "horse" and fact.event:
                told.setdefault(fact.event, set()).add(fact.athlete)
            elif fact.kind == "horse place" and fact.event and isinstance(fact.value, int):
                placed.setdefault((fact.event, fact.athlete), set()).add(fact.value)
    done: set[str] = set()
    for found in asked.founds:
        for fact in found.facts:
            event = fact.event
            if fact.kind != "horse" or not event or event in done or len(told[event]) != 1:
                continue
            done.add(event)
            others = tuple(str(o) for o in fact.value) if isinstance(fact.value, tuple) else ()
            asked.questions.append(
                ChoiceQuestion(
                    **asked.stated(
                        f"horse-{event}", found, fact.sentence, ("winners", slug(event))
                    ),
                    prompt=f"Which horse won {the(event)}?",
                    choices=tuple(sorted([fact.athlete, *others])),
                    answer=fact.athlete,
                )
            )
    asked_places: set[tuple[str, str]] = set()
    for found in asked.founds:
        for fact in found.facts:
            key = (fact.event or "", fact.athlete)
            if fact.kind != "horse place" or key[0] not in done or key in asked_places:
                continue
            asked_places.add(key)
            places = placed[key]
            if len(places) != 1 or fact.athlete in told[key[0]]:
                continue  # two places told, or a winner too
            asked.questions.append(
                NumberQuestion(
                    **asked.stated(
                        f"place-{key[0]}-{fact.athlete}",
                        found,
                        fact.sentence,
                        ("places", slug(key[0])),
                    ),
                    prompt=f"In what place did {fact.athlete} finish in {the(key[0])}?",
                    answer=min(places),
                )
            )
