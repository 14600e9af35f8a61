"""Two times told for two names at once, in order: ``Ada Moss and Ida Kern, second and third
tonight in times of 4:01.20 and 4:02.05``, ``... placed third and fourth with times of
1:01.94 and 1:02.23, respectively``.

The first time is the first name's, the second the second's, only when the sentence names
exactly those two people before the times, joined by ``and``, and says the order is theirs
(``respectively``, or two places joined by ``and``). Anything else pairs nothing: each time
is then read alone (quizcli.draft.timings), and never given to the last name before it.
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.clock import Time
from quizcli.draft.index import SentenceIndex

# Before the first time: "in (best) times of", "with times of", "times of"
_TIMES_OF = re.compile(r"\btimes\s+of\s*$", re.I)
_AND = re.compile(r"\s*,?\s+and\s+")
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.I)
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
)
_TWO_PLACES = re.compile(rf"\b{_ORDINAL}\s+and\s+{_ORDINAL}\b", re.I)


def paired_owners(text: str, times: list[Time], index: SentenceIndex) -> dict[int, str | None]:
    """Where each paired time starts -> its owner: the times of ``A and B ... times of X and
    Y``, in order (see above); None for both of ``times of X and Y`` whose order is not
    told; empty when the sentence has no such pair."""
    owners: dict[int, str | None] = {}
    for first, second in zip(times, times[1:], strict=False):
        if not _AND.fullmatch(text, first.end, second.start):
            continue
        if not _TIMES_OF.search(text, max(0, first.start - 20), first.start):
            continue
        owners[first.start] = owners[second.start] = None  # (unless paired below)
        names = _two_names_before(text, first.start, index)
        if names is None:
            continue
        start = max(index.ends[1], first.start - 200)  # (the places after the names)
        ordered = _RESPECTIVELY.match(text, second.end) or _TWO_PLACES.search(
            text, start, first.start
        )
        if ordered:
            owners[first.start], owners[second.start] = names
    return owners


def _two_names_before(text: str, position: int, index: SentenceIndex) -> tuple[str, str] | None:
    """The two people named before ``position``, as ``A and B``, when they are the only two
    the sentence names there (and nobody is named after them before it)."""
    count = bisect.bisect_right(index.ends, position)
    if count != 2 or len(index.runs) < 2:
        return None
    first, second = index.names[0], index.names[1]
    if first is None or second is None or first == second:
        return None
    if not _AND.fullmatch(text, index.ends[0], index.starts[1]):
        return None
    return first, second
