"""Titles won by teams (``quizcli.draft.team_titles``): "Which team won the Coast Cup?".

The other options are three other teams the article shows playing matches (never people,
never the winner or another team written short: ``Cleveland`` beside ``Cleveland
Cavaliers``);
with fewer than three, the name is typed ("Which team won the Coast Cup? Type the name.").
A title the articles give two teams is not asked.
"""

from __future__ import annotations

from quizcli.draft.asked import Asked, Found, the
from quizcli.draft.facts import Fact
from quizcli.draft.team_titles import match_sides
from quizcli.draft.words import slug
from quizcli.model import ChoiceQuestion, TextQuestion


def ask_team_titles(asked: Asked) -> None:
    """One question per title the articles give one team as its winner."""
    told: dict[str, set[str]] = {}
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind == "team title" and fact.event:
                told.setdefault(_key(fact.event), set()).add(fact.athlete)
    done: set[str] = set()
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind != "team title" or not fact.event:
                continue
            key = _key(fact.event)
            if key in done or len(told[key]) != 1:
                continue
            done.add(key)
            _ask(asked, found, fact)


def _key(event: str) -> str:
    """A title as compared: case and stops aside (``the U.S. Cup`` is ``the US Cup``)."""
    return " ".join(event.replace(".", "").casefold().split())


def _ask(asked: Asked, found: Found, fact: Fact) -> None:
    """ "Which team won the Coast Cup?" of one team title fact."""
    event = str(fact.event)
    others = _other_teams(fact.athlete, match_sides(found.facts) - set(asked.cast.people()))
    base = asked.stated(f"team-title-{event}", found, fact.sentence, ("winners", slug(event)))
    if len(others) >= 3:
        asked.questions.append(
            ChoiceQuestion(
                **base,
                prompt=f"Which team won {the(event)}?",
                choices=tuple(sorted([fact.athlete, *others[:3]])),
                answer=fact.athlete,
            )
        )
        return
    asked.questions.append(
        TextQuestion(
            **base,
            prompt=f"Which team won {the(event)}? Type the name.",
            answer=fact.athlete,
        )
    )


def _other_teams(winner: str, sides: set[str]) -> list[str]:
    """Teams other than ``winner``, one name each: a side sharing a word with the winner or
    with a longer side kept is the same team written short (``Cleveland`` of ``Cleveland
    Cavaliers``), never offered beside it."""
    kept: list[str] = []
    taken = set(winner.split())
    for side in sorted(sides, key=lambda s: (-len(s.split()), s)):
        words = set(side.split())
        if side and not words & taken:
            kept.append(side)
            taken |= words
    return sorted(kept)
