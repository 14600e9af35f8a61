"""Results rows written plain under a heading naming the race, with no list's number or
label to mark them: a medal line with its medal last (``Kathryn Vale, Australia, Gold``),
and a row numbered bare, with no line of column names above it, whose name is followed by
a time (``1 Erik Lund NOR 24:00.4``, a table's cells flattened into spaces).

quizcli.draft.tables reads them as its medal lines and bare rows: only right under a heading
that names one race, numbered 1, 2, 3 ... (a medal line: gold, silver, bronze) in turn, each
name the article's person. A bare row without a time (``1 Min Read``, ``3 Erik Lund``) is
left alone: its number may count anything.
"""

from __future__ import annotations

import re

_MEDAL_LAST = re.compile(
    r"\A\s*(?P<name>[A-Z][^\d(),;:]{2,60}?)\s*,\s*(?:[A-Z][\w.'’ -]{1,40}?\s*,\s*)?"
    r"(?P<medal>GOLD|SILVER|BRONZE|Gold|Silver|Bronze)(?:\s+[Mm]edal)?\s*\.?\s*\Z"
)
_TIMED_BARE = re.compile(
    r"\A\s*\d{1,2}\s+[A-Z][^\d(,:;]{2,60}?\s+(?:[A-Z]{3}\s+)?\d{1,2}(?::\d{2}){0,2}\.\d{1,3}\s*\Z"
)


def medal_last(text: str) -> re.Match[str] | None:
    """A line ``Name, Nation, Gold`` (the nation may be left out): its ``name`` and
    ``medal`` groups; None for any other line."""
    return _MEDAL_LAST.match(text)


def timed_bare_row(text: str) -> bool:
    """Whether ``text`` is a row numbered bare, a name and one time after it (maybe a
    nation's code between): ``1 Erik Lund NOR 24:00.4``."""
    return _TIMED_BARE.match(text) is not None
