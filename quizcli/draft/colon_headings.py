"""A short line closed by a colon over a results list, read as the list's heading: ``Men's
10km sprint results:`` over ``1- Erik Lund (NOR) - 24:00.4``, ``Women's 500m medallists:``
over ``Gold: ...`` lines.

A line ending in a colon reads as no heading (it may open a sentence's list), so its rows
were left without a race. Only a line of one clause is taken (no stop, question, quotation
or second colon), and never one that puts its rows in another year or denies them (``Last
year's sprint results:``, ``Did not finish:``) or makes them a standing (``World Cup
sprint standings:``, ``Overall after three races:``); the race itself is the one its words
name, as any heading's (quizcli.draft.tables), so a line naming none gives its rows nothing.
"""

from __future__ import annotations

import re

_COLON_HEADING = re.compile(
    r"\A\s*(?![^:]*\b(?:not|never|no|without|last|previous|ago|years?|earlier|before"
    r"|standings?|classifications?|overall|rankings?|season|leaders?|table|points|totals?"
    r"|aggregate|cumulative|after)\b)"
    r"[A-Z][^.!?:;\"“”]{2,60}:\s*\Z",
    re.I,
)


def colon_heading(text: str) -> bool:
    """Whether ``text`` is a short line closed by a colon that may head a results list."""
    if len(text) > 80 or not text.rstrip().endswith(":"):
        return False  # (a long paragraph is never scanned)
    return _COLON_HEADING.match(text) is not None
