"""A win by a margin over one named rival: ``won the Abu Dhabi Grand Prix on Sunday,
finishing 1.2 seconds ahead of Lewis Hamilton`` makes Hamilton second (the podiums' reader
asks it); so does a win by margins over two rivals, the first named right after its margin
(``won in 21.49, 0.20 faster than Ana Roe and 0.27 ahead of Ida Kern``: Roe second; Kern,
beaten by more, is not said to be third). A bare ``ahead of`` (``finishing ahead of X for
the first time``) places nobody."""

from __future__ import annotations

import re

# A winner's margin right before "ahead of" its one name: "finishing 1.2 seconds ahead of",
# "won by two lengths ahead of", "a stroke ahead of": the one named was second
_MARGIN_AHEAD = re.compile(
    r"(?:\b(?:\d+(?:\.\d+)?|a|one|two|three|four|five|half\s+a|a\s+half)\s*"
    r"(?:-|\s)?(?:seconds?|secs?|s|minutes?|mins?|points?|pts|strokes?|shots?|lengths?"
    r"|metres?|meters?|m|hundredths?(?:\s+of\s+a\s+second)?|tenths?(?:\s+of\s+a\s+second)?)"
    r"|\b\d+(?::\d\d)?\.\d+)\s+(?:clear\s+)?$"
)
# A winner's first margin right before its rival's name: "0.20 faster than", "half a second
# ahead of", "1.5 seconds clear of the world champion" (lower-case words describing the rival)
_MARGIN_BEFORE = re.compile(
    _MARGIN_AHEAD.pattern.removesuffix(r"\s+(?:clear\s+)?$")
    + r"\s+(?:faster\s+than|ahead\s+of|clear\s+of)\s+(?:[a-z][\w'’-]*\s+){0,4}$"
)
# From the first rival's name to the second margin: "of Sweden and ", " (SWE), and "
_TO_SECOND_MARGIN = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|\s*\([^()]{1,40}\))?"
    r"\s*,?\s+and\s+"
)
# The few lower-case words that may describe the one named: "world record holder"
_DESCRIBED_FIRST = re.compile(r"\s*(?:[a-z][\w'’-]*\s+){0,4}")


def second_by_margin(text: str, won: int, ahead: re.Match[str], name: str) -> str | None:
    """The one name after a winner's margin (``won ..., 1.2 seconds ahead of Hamilton``):
    second, when the margin stands right before ``ahead of`` and the name opens its list;
    none for a bare ``ahead of`` (``won, finishing ahead of X for the first time``). (The
    caller sees that nobody is named between the win and ``ahead of``: ``0.20 faster than
    A and 0.27 ahead of B`` makes B third.)"""
    if not _MARGIN_AHEAD.search(text, won, ahead.start()):
        return None
    listed = ahead["list"]
    described = _DESCRIBED_FIRST.match(listed)  # "world record holder Tessa Abebe"
    at = described.end() if described else 0
    return name if listed.startswith((name, name.split()[-1]), at) else None


def second_of_two_margins(
    text: str, won: int, rival: tuple[int, int], ahead: re.Match[str]
) -> bool:
    """Whether the one rival named between a win and ``ahead of`` (at ``rival``, its start
    and end) was second: named right after the winner's first margin, with a second margin
    to the one after ``ahead of`` (``won in 21.49, 0.20 faster than A and 0.27 ahead of B``).
    A bare ``faster than A`` (no margin) or anything else between places nobody."""
    start, end = rival
    if not _MARGIN_BEFORE.search(text, won, start):
        return False
    second = _TO_SECOND_MARGIN.match(text, end)
    if second is None:
        return False
    return bool(_MARGIN_AHEAD.fullmatch(text, second.end(), ahead.start()))
