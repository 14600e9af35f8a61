"""Level scores with both sides named: ``Leeds drew 1-1 with Everton``, ``Leeds and Everton
drew 2-2``, ``Leeds were held to a 0-0 draw by Everton``: asked as draws, no winner."""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence
from quizcli.draft.sides import LAST_SIDE, SIDE, FactFinder, same_side, side_of

# "Leeds drew 1-1 with Everton", "Leeds and Everton drew 2-2", "Leeds were held to a 0-0
# draw by Everton", "Leeds played out a 1-1 draw with Everton": a level score, no winner.
_DRAWS = (
    re.compile(
        rf"(?P<first>{SIDE})\s+(?:drew|draw|tied)\s+(?P<score>\d{{1,3}}[-–]\d{{1,3}})"
        rf"\s+(?:with|against)\s+(?:the\s+)?(?P<second>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<first>{SIDE})\s+and\s+(?:the\s+)?(?P<second>{SIDE})\s+(?:drew|tied)\s+"
        rf"(?P<score>\d{{1,3}}[-–]\d{{1,3}})(?![\d-])"
    ),
    re.compile(
        rf"(?P<first>{SIDE})\s+(?:were|was)\s+held\s+to\s+an?\s+(?P<score>\d{{1,3}}[-–]\d{{1,3}})"
        rf"\s+draw\s+by\s+(?:the\s+)?(?P<second>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<first>{SIDE})\s+(?:played\s+out|played\s+to|earned|secured|ground\s+out)\s+an?"
        rf"\s+(?:[a-z-]+\s+)?(?P<score>\d{{1,3}}[-–]\d{{1,3}})\s+draw\s+(?:with|against)\s+"
        rf"(?:the\s+)?(?P<second>{LAST_SIDE})"
    ),
)


def draws(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """Level scores with both sides named, as ``draw`` facts (first side, (second, score))."""
    text, facts = sentence.masked, []
    for pattern in _DRAWS:
        for match in pattern.finditer(text):
            score = match["score"].replace("–", "-")
            if not _level(score) or finder.negated(sentence, match.start("score")):
                continue
            first = side_of(finder, match["first"])
            second = side_of(finder, match["second"])
            if first and second and not same_side(finder.cast, first, second):
                facts.append(Fact("draw", first, finder.event, (second, score), sentence, match[0]))
    return facts


def _level(score: str) -> bool:
    """A single level score (``1-1``)."""
    sets = re.findall(r"(\d+)-(\d+)", score)
    return len(sets) == 1 and sets[0][0] == sets[0][1]
