"""Points that earned a medal or a place in a judged or a shot event (diving, gymnastics,
shooting, skateboarding, synchronised swimming, the decathlon): ``managed to claim the
silver medal with 455.2 points``, ``finished in 4th position with 433.4 points``, ``won gold
with a score of 15.26``, ``took bronze, scoring 444.9 points``.

Read only when the sentence gives the same athlete a medal or a place in a named race, in the
clause of the points (so a points total of another round, or another athlete's, is left),
and only a total a result is told by: a decimal (``459.0``) or a hundred and more
(``8,126 points`` in a decathlon); a league's ``84 points`` (a standing) is none. Facts are
``points`` facts: (the medal or place, the points as written).
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.disciplines import judged
from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence
from quizcli.draft.tails import Hint


class FactFinder(Protocol):
    """What points reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...

    def negated(self, sentence: Sentence, position: int) -> bool: ...


# (a bare decimal after "with" or "at" is a score in a judged discipline only)
HINT = Hint(re.compile(r"\bpoints\b|\bscore of\b|\b(?:with|at) \d{1,3}\.\d"))
_NUMBER = r"(?P<points>\d{1,3}\.\d{1,3}|\d{1,2},\d{3}|[1-9]\d{2,3})"
_POINTS = re.compile(
    r"\b(?:with|scoring|scored|totalling|totaling|totalled|totaled|on|at)\s+"
    r"(?:(?:a|an)\s+(?:[a-z-]+\s+)?(?:total|score|tally)\s+of\s+)?"
    # a ski jumper's two jumps before the points: "with 139.5 and 135.5 metres and 267.5"
    r"(?:\d{2,3}(?:\.\d)?\s+and\s+\d{2,3}(?:\.\d)?\s*(?:metres|meters|m)\s+and\s+)?"
    rf"{_NUMBER}(?P<unit>\s+points\b|(?<=\d)(?=[\s,.;]|\Z))"
)
_PIECE = re.compile(r"\s+(?:on|in|for|from)\s+(?:the\s+|her\s+|his\s+)?[a-z]")
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:while|but|and|as|with)\b|\s(?:while|but)\s")


def find_points(finder: FactFinder, sentence: Sentence, facts: list[Fact]) -> list[Fact]:
    """The points this sentence ties to a medal or a place it gives (``facts``: the medals
    and places already read in it)."""
    text = sentence.masked
    results = [f for f in facts if f.kind in ("medal", "place") and f.event]
    if not results:
        return []
    found: list[Fact] = []
    for match in _POINTS.finditer(text):
        if finder.negated(sentence, match.start()):
            continue
        athlete = finder.athlete(sentence, match.start())
        own = list({(f.kind, f.value): f for f in results if f.athlete == athlete}.values())
        if athlete is None or len(own) != 1 or _another_clause(text, own[0], match):
            continue
        result = own[0]
        if not _scored(match, str(result.event)):
            continue  # "with 15.26" alone in a race: seconds, metres, or points? Not said
        if not isinstance(result.value, int):
            continue
        how = {1: "gold", 2: "silver", 3: "bronze"}.get(result.value, "")
        if result.kind == "place":
            how = f"place {result.value}"
        if not how:
            continue  # a fourth "medal"? not one
        found.append(
            Fact("points", athlete, result.event, (how, match["points"]), sentence, match[0])
        )
    return found


def _scored(match: re.Match[str], event: str) -> bool:
    """Whether the number read is a score: said so (``455.2 points``, ``a score of
    15.26``), or a decimal after ``with`` or ``at`` in a discipline judged or scored
    (``was second with 110.56``, ``was third at 97.357`` in an all-around or a team
    event); ``at`` in any other event is a place's where or when."""
    said = "score of" in match[0] or match["unit"].strip() == "points"
    if match[0].startswith("at") and not judged(event):
        return False
    if not said and _PIECE.match(match.string, match.end()):
        return False  # "with 14.5 on vault": one piece's score, not the place's
    return said or ("." in match["points"] and judged(event))


def _another_clause(text: str, result: Fact, match: re.Match[str]) -> bool:
    """Whether a clause ends between the medal or place and the points (``, while X
    scored 444.9 points``): the points are then the other clause's."""
    told = result.written or ""
    at = text.find(told) if told else -1
    if at < 0:
        return False  # (where the medal is told is not known: its athlete is the points')
    low, high = sorted((at + len(told), match.start()))
    return _CLAUSE_END.search(text, low, high) is not None
