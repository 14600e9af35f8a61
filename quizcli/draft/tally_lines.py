"""Australian rules football result lines, each side's goals, behinds and points: ``EASTVILLE
4.3 (27) def by WESTPORT 7.2 (44)``, ``Westport 7.2 (44) def Eastville 4.3 (27)``.

A line counts only when it is the whole sentence, each tally adds up (six points a goal,
one a behind: ``4.3 (27)``) and the points agree with the verb: ``def`` (``d``,
``defeated``) puts the winner first, ``def by`` (``lost to``) second; a draw, or a line
whose points say otherwise, is not read. The score is the winner's points first (``44-27``).
A side printed in capitals is given in title case (``NORTH SHORE`` as ``North Shore``),
its short letters kept (``GWS``).
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence
from quizcli.draft.sides import FactFinder

_SIDE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_TALLY = re.compile(r"\d\.\d{1,2}\s*\(\d{1,3}\)")  # "4.3 (27)"
_LINE = re.compile(
    rf"\s*(?P<first>{_SIDE})\s+(?P<g1>\d{{1,2}})\.(?P<b1>\d{{1,2}})\s*\((?P<p1>\d{{1,3}})\)\s+"
    r"(?P<verb>(?:def(?:eated)?\.?|d\.?)(?P<by>\s+by)?|lost\s+to)\s+"
    rf"(?P<second>{_SIDE})\s+(?P<g2>\d{{1,2}})\.(?P<b2>\d{{1,2}})\s*\((?P<p2>\d{{1,3}})\)\s*\.?\s*\Z"
)


def tally_lines(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The score of ``sentence`` when it is a result line in goals and behinds (see the
    module's docstring), as one ``score`` fact (winner, (loser, score)); else none."""
    text = sentence.masked
    if "(" not in text or not _TALLY.search(text):  # (most sentences hold no tally)
        return []
    line = _LINE.match(text)
    if line is None:
        return []
    points = []
    for n in "12":
        goals, behinds, total = (int(line[f"{k}{n}"]) for k in "gbp")
        if goals * 6 + behinds != total:
            return []  # no tally of goals and behinds
        points.append(total)
    first, second = _side(line["first"]), _side(line["second"])
    if first.casefold() == second.casefold() or points[0] == points[1]:
        return []
    loser_first = bool(line["by"] or line["verb"].startswith("lost"))
    winner, loser = (second, first) if loser_first else (first, second)
    won, lost = (points[1], points[0]) if loser_first else (points[0], points[1])
    if won < lost:
        return []  # the verb and the points disagree
    people = set(finder.cast.people())
    if winner in people or loser in people:
        return []
    return [Fact("score", winner, finder.event, (loser, f"{won}-{lost}"), sentence, line[0])]


def _side(written: str) -> str:
    """A side as printed, in title case when printed in capitals (``NORTH SHORE``), its
    short letters kept (``GWS``)."""
    if not written.isupper():
        return written
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in written.split())
