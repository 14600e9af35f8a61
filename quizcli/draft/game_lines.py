"""A results line of one game or match, the two sides around its score: ``Nick Faulks (3)
1-0 Phil Shadick (3)`` (a chess round's list, each player's points before the round in
brackets), ``Ana Bell 3-1 Cora Dunn``.

Read only as a whole short line, the score read from the first side (as such lines print
it: home or White first): the first side won when its count is the higher (``1-0``: asked
with the score), the second when it is the lower (``0-1``: its win is asked, the score
written from the loser's side is not); a level score (``1/2``, ``2-2``) names no winner.
Facts are ``score`` facts, read by quizcli.draft.scores.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence
from quizcli.draft.sides import FactFinder, side_of

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|dos)){1,3}"
_POINTS = r"(?:\s+\(\d{1,2}(?:\.5|½)?\))?"
_LINE = re.compile(
    rf"\s*(?P<first>{_NAME}){_POINTS}\s+(?P<a>\d{{1,3}})-(?P<b>\d{{1,3}})\s+"
    rf"(?P<second>{_NAME}){_POINTS}\s*\Z"
)


def game_line(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The game a whole results line gives (``A (3) 1-0 B (3)``), as a ``score`` fact: the
    winner, (the loser, the score when it reads from the winner's side, else ``""``)."""
    text = sentence.text
    if len(text) > 120:
        return []
    line = _LINE.match(text)
    if line is None or int(line["a"]) == int(line["b"]):
        return []
    first, second = side_of(finder, line["first"]), side_of(finder, line["second"])
    if not first or not second or first == second:
        return []
    if int(line["a"]) > int(line["b"]):
        value = (second, f"{line['a']}-{line['b']}")
        return [Fact("score", first, finder.event, value, sentence, line[0].strip())]
    return [Fact("score", second, finder.event, (first, ""), sentence, line[0].strip())]
