"""Bare seconds (``38.30``, no unit) that the words just before make one person's race time
(quizcli.draft.clock reads them only after ``in``, ``clocked``, ``timed``...):

- after a name's possessive: ``Holt's 39.37 gave her bronze`` (Holt's);
- after ``her time was`` / ``his time was``: ``Berg won the 500m; her time was 38.30`` (the
  one person the sentence names before it);
- after ``with``: ``Lind was 14th with 40.31`` (the one person the sentence names before it).

Left out: a sentence naming two people or more before the time (``Lind finished behind Kron
with 40.31``: whose?), a possessive of someone's mark (``Bolt's 9.58 world record``: read as
a record by quizcli.draft.timings), a score or a mark (``with 45.60 points``, ``with 8.36m``)
and any sentence of a judged or shot event (``rifle``, ``platform``, ``points``), whose
decimals are scores, of a record or of an earlier round (``won her heat with 10.85``). The
race and its plausibility are checked by quizcli.draft.timings.
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.clock import Time
from quizcli.draft.index import SentenceIndex
from quizcli.draft.people import is_possessive

_BARE = re.compile(
    r"(?:(?P<own>['’]s)|\b(?P<was>(?:his|her)\s+time\s+was)|\b(?P<with>with))\s+"
    r"(?P<time>\d{1,2}\.\d{2,3})"
    r"(?![\d.,]\d|\s*(?:%|m\b|metres|meters|km|points|pts|per\s*cent|seconds?|secs?|s\b"
    r"|leap|jump|throw|heave|vault|clearance|effort|mark|to\s+(?:go|play)|left|remaining))"
)
# Quick tests before the search: a bare decimal after one of the words
_HINT = re.compile(r"(?:['’]s|\bwas|\bwith) \d{1,2}\.\d\d")
_DECIMAL = re.compile(r" \d{1,2}\.\d\d")  # in every match of _HINT: found first, at C speed
# A sentence of a judged or shot event, or of points (its decimals are scores), of a record
# (``set a national record with 10.85``: a record, asked apart) or of an earlier round
_NOT_READ = re.compile(
    r"\b(?:points?|pts|scores?|scored|rifle|pistol|shot|shoot\w*|springboard|platform|dive"
    r"|divers?|judges?|vault|beam|floor|bars|rings|routine|tricks?|records?|heats?|semi\w*"
    r"|qualif\w*|prelim\w*|repechage|round)\b",
    re.I,
)


def bare_times(text: str, found: list[Time]) -> dict[int, Time]:
    """The bare times of ``text`` written in the forms above, by their start (whose each is:
    ``owner``); times already ``found`` are left to their readers."""
    if not _DECIMAL.search(text) or not _HINT.search(text) or _NOT_READ.search(text):
        return {}
    taken = {time.start for time in found}
    times = {}
    for match in _BARE.finditer(text):
        start = match.start("time")
        if start in taken:
            continue
        written = match["time"]
        times[start] = Time(start, match.end("time"), written, written)
    return times


def owner(text: str, time: Time, index: SentenceIndex) -> str | None:
    """The one person a bare time belongs to by its form (see the module), else None."""
    start = time.start
    before = text[max(0, start - 20) : start].rstrip()
    if before.endswith(("'s", "’s")):
        at = bisect.bisect_right(index.ends, start)
        while at and index.ends[at - 1] >= start - 3:  # the run ending at "'s" or before it
            run, name = index.runs[at - 1], index.names[at - 1]
            if name and is_possessive(text, run) and run.end >= start - 3:
                return name
            at -= 1
        return None
    count, last = index.names_between(0, start)
    return last if count == 1 else None
