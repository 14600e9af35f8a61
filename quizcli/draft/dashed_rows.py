"""Rows numbered with a dash, one a line, over a press conference's transcript or a short
report (``1 – Lewis HAMILTON (Mercedes)``, ``2 – Nico ROSBERG (Mercedes)``, ``3 – ...``):
the finishing order of the one race the article tells.

Read only as a list of three rows at least, numbered 1, 2, 3 ... without a gap (a line or
two so numbered may be anything: the first rows wait for the third), each a name alone or a
name and its team in brackets, with an en or em dash (never a hyphen: ``1 - 0``) after the
number. quizcli.draft.tables gives the rows their race and reads their names.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizcli.draft.quotes import Sentence

_DASHED = re.compile(
    r"\A\s*(?P<place>\d{1,2})\s*[–—]\s+(?P<name>[A-Z][^\d(),;:.]{2,60}?)\s*"
    r"(?:\([^()]{1,40}\))?\s*\Z"
)
_LEAST = 3  # rows a list must hold before any is read


class DashedRow(NamedTuple):
    """One row: its place, the name as written and its line."""

    place: int
    name: str
    sentence: Sentence


class DashedRows:
    """Follows rows numbered with a dash through an article's lines."""

    def __init__(self) -> None:
        self.rows: list[DashedRow] = []  # the list's rows so far

    def read(self, sentence: Sentence) -> list[DashedRow] | None:
        """The rows to read now (the first three at the third, then each at its line); None
        when ``sentence`` is no such row (the list, if any, ends)."""
        row = _DASHED.match(sentence.text)  # (a short line may read as a heading)
        if row is None:
            self.rows = []
            return None
        place = int(row["place"])
        if place == 1:
            self.rows = []  # a list begins
        elif place != len(self.rows) + 1:
            self.rows = []
            return None  # a gap in the numbers: no list
        self.rows.append(DashedRow(place, row["name"], sentence))
        if len(self.rows) < _LEAST:
            return []
        return self.rows if len(self.rows) == _LEAST else self.rows[-1:]
