"""A roundup's result lines: ``Capitals 3, Ducks 2``, ``at Golden State 116, Orlando 110:``,
or a line of its own between two sides' names, ``Italy 20 – 61 Wales``: the side with more
points beat the other (quizcli.draft.results reads them before anything else in a line)."""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence
from quizcli.draft.sides import RESULT_LINE_LABEL, FactFinder, same_side, side_of

# A game's result opening a roundup's paragraph, or a line of its own: "Capitals 3, Ducks
# 2", "White Sox 4, Twins 3", "at Golden State 116, Orlando 110: Kevin Durant scored ...",
# "Boston 124, at New Orleans 107:" ("at": the home side), "(OT)" or ", OT" after it; a
# dash before each side's points ("Boston College - 16, Syracuse - 10"); a full stop after
# a line with a label ("Final score: Sale Sharks 9, Saracens 45.").
_TEAM = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_OVERTIME = r"(?:\d?OT|SO|overtime|shootout)"
_RESULT_LINE = re.compile(
    rf"\s*{RESULT_LINE_LABEL}(?:at\s+)?(?P<first>{_TEAM})\s+(?P<dash>[-–]\s+)?(?P<a>\d{{1,3}}),"
    rf"\s+(?:at\s+)?(?P<second>{_TEAM})\s+(?(dash)[-–]\s+)(?P<b>\d{{1,3}})"
    rf"(?:\s*\((?:{_OVERTIME}|\d{{1,2}}(?:\s+innings)?|Game\s+\d{{1,2}})\)|,\s+{_OVERTIME})?"
    r"\s*(?::|\.?\s*\Z)"
)
# A line of its own between two sides' names: "Italy 20 – 61 Wales", "Arsenal 1-2 Chelsea"
_SCORE_LINE = re.compile(
    rf"\s*(?P<first>{_TEAM})\s+(?P<a>\d{{1,3}})\s*[-–—]\s*(?P<b>\d{{1,3}})\s+(?P<second>{_TEAM})"
    r"\s*\Z"
)
# Words that head a line of numbers but name no side: "Stage 4, Day 2", "Round 3, Game 1"
_NO_TEAM = frozenset(
    """
    stage day round game race heat week group match set leg lap part chapter hole final
    section page division pool table season year episode volume vol no number
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


def result_line(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """A roundup's result line (``Capitals 3, Ducks 2``, or ``Italy 20 – 61 Wales`` on a
    line of its own) as a ``score`` fact: the side with more points beat the other; a
    level line, or a word that names no side (``Stage 4, Day 2``), gives nothing."""
    match = _RESULT_LINE.match(sentence.masked) or _SCORE_LINE.match(sentence.masked)
    if match is None:
        return []
    first_points, second_points = int(match["a"]), int(match["b"])
    if first_points == second_points:
        return []
    sides = (match["first"], _without_venue(match["second"]))
    if any(side.split()[-1].casefold() in _NO_TEAM for side in sides):
        return []
    first, second = side_of(finder, sides[0]), side_of(finder, sides[1])
    if not first or not second or same_side(finder.cast, first, second):
        return []
    high, low = sorted((first_points, second_points), reverse=True)
    winner, loser = (first, second) if first_points > second_points else (second, first)
    written = match[0].strip().rstrip(":").strip()
    return [Fact("score", winner, finder.event, (loser, f"{high}-{low}"), sentence, written)]


# A ground run on after a result line's second side: "Scotland 8-43 England Scotstoun
# Stadium", "France 57-0 Italy Stade Furiani"
_VENUE_FIRST = frozenset(("Stade", "Stadio", "Estadio", "Estadi", "Stadion"))
_VENUE_LAST = frozenset(("Stadium", "Park", "Arena", "Ground", "Oval", "Field", "Road", "Lane"))


def _without_venue(side: str) -> str:
    """``side`` without the ground written after it (``England Scotstoun Stadium``:
    England); the side itself when no ground word is in it."""
    words = side.split()
    for at, word in enumerate(words):
        if word in _VENUE_FIRST and at:
            return " ".join(words[:at])
        if word in _VENUE_LAST and at >= 2:
            return " ".join(words[: at - 1])
    return side
