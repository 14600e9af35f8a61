"""Patterns searched from their first words: the same matches, found several times faster
in long sentences.

Python's ``re`` skips quickly to a pattern's possible starts only when the pattern begins
with a literal or a set of characters; ``\\b(?:won|took)`` begins with ``\\b``, so every
offset of the sentence is tried, and a finder's few dozen such patterns each read a 1 MB
sentence slowly. ``Led(pattern, lead)`` searches first for ``lead`` (literal alternatives,
which ``re`` finds at C speed) and tries ``pattern`` only where the lead is found. It gives
the same matches as ``pattern`` as long as every match of ``pattern`` starts with a match
of ``lead`` at the same offset; tests/test_draft_leads.py checks that for every ``Led`` on
real and generated text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

LEDS: list[Led] = []  # every one made, for the tests


class Led:
    """``pattern``'s ``search`` and ``finditer``, tried only where ``lead`` matches."""

    __slots__ = ("_find", "_match", "lead", "pattern")

    def __init__(self, pattern: re.Pattern[str], lead: str) -> None:
        self.pattern = pattern
        self.lead = re.compile(lead)
        self._find = self.lead.search
        self._match = pattern.match
        LEDS.append(self)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        find, match = self._find, self._match
        while (hit := find(text, pos, endpos)) is not None:
            found = match(text, hit.start(), endpos)
            if found is not None:
                return found
            pos = hit.start() + 1
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)`` (no pattern led here matches nothing)."""
        while (found := self.search(text, pos, endpos)) is not None:
            yield found
            pos = max(found.end(), found.start() + 1)
