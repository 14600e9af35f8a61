"""Horse race winners: "Which horse won the Carlow Cup?", a choice of the winner and three
other horses the article shows (``quizcli.draft.horses``)."""

from __future__ import annotations

from quizcli.draft.asked import Asked, the
from quizcli.draft.words import slug
from quizcli.model import ChoiceQuestion


def ask_horses(asked: Asked) -> None:
    """One question per race the articles give one horse as its winner (two: not asked)."""
    told: dict[str, set[str]] = {}
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind == "horse" and fact.event:
                told.setdefault(fact.event, set()).add(fact.athlete)
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
