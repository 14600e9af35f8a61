"""Patterns searched from their first words: the same matches, found several times faster
in long sentences.

Python's ``re`` skips quickly to a pattern's possible starts only when the pattern begins
with a literal or a set of characters; ``\\b(?:won|took)`` begins with ``\\b``, so every
offset of the sentence is tried, and a finder's few dozen such patterns each read a 1 MB
sentence slowly. ``Led(pattern, lead)`` searches first for ``lead`` (literal alternatives,
which ``re`` finds at C speed) and tries ``pattern`` only where the lead is found. It gives
the same matches as ``pattern`` as long as every match of ``pattern`` starts with a match
of ``lead`` at the same offset (for a ``folded`` one, a match of ``lead`` in the text's
lower case); tests/test_draft_leads.py checks that for every ``Led`` on real and generated
text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

LEDS: list[Led] = []  # every one made, for the tests


class Led:
    """``pattern``'s ``search`` and ``finditer``, tried only where ``lead`` matches."""

    __slots__ = ("_find", "_match", "folded", "lead", "pattern")

    def __init__(self, pattern: re.Pattern[str], lead: str, folded: bool = False) -> None:
        self.pattern = pattern
        self.lead = re.compile(lead)
        self._find = self.lead.search
        self._match = pattern.match
        # ``folded``: the lead (in lower case) is searched in the text's lower case, which
        # each call passes as ``low`` (``tails.lowered``): for a pattern matching any case
        self.folded = folded
        LEDS.append(self)

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, low: str | None = None
    ) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        where = text
        if self.folded:
            if low is None:
                return self.pattern.search(text, pos, endpos)  # no lower case: searched
            where = low
        find, match = self._find, self._match
        while (hit := find(where, pos, endpos)) is not None:
            found = match(text, hit.start(), endpos)
            if found is not None:
                return found
            pos = hit.start() + 1
        return None

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize, low: str | None = None
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)`` (no pattern led here matches nothing)."""
        while (found := self.search(text, pos, endpos, low)) is not None:
            yield found
            pos = max(found.end(), found.start() + 1)
