"""Line numbers for problems: where a bank's text defines a section, an entry or a key."""

from __future__ import annotations

import re

from quizcli.bank.fields import Place

_HEADER = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_-]+)\s*\]\]?")
_KEY = re.compile(r"\s*([A-Za-z0-9_-]+)\s*=")


class LineIndex:
    """Maps a place in the document to the line where the bank's text defines it.

    Understands the usual layout (``[set]``, ``[[sources]]`` and ``[[questions]]`` headers
    with ``key = value`` lines). Places it cannot find fall back to their table's header,
    then to line 1.
    """

    def __init__(self, text: str) -> None:
        self.lines: dict[Place, int] = {}
        section: str | None = None
        counters: dict[str, int] = {}
        index: int | None = None
        in_multiline: str | None = None
        # Only "\n" ends a TOML line (str.splitlines would also split at U+2028, U+0085...,
        # which strings may hold).
        for number, line in enumerate(text.split("\n"), start=1):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(line)
            if header:
                section = header.group(2)
                if header.group(1) == "[[":
                    index = counters.get(section, -1) + 1
                    counters[section] = index
                else:
                    index = None
                self.lines.setdefault((section, index, None), number)
                self.lines.setdefault((None, None, section), number)
                continue
            key = _KEY.match(line)
            if key:
                self.lines.setdefault((section, index, key.group(1)), number)
                if section is None:
                    self.lines.setdefault((None, None, key.group(1)), number)
            for quotes in ('"""', "'''"):
                if line.count(quotes) % 2 == 1:
                    in_multiline = quotes
                    break

    def line_of(self, place: Place) -> int:
        """The line of ``place``, else of its table, else 1."""
        section, index, key = place
        for candidate in ((section, index, key), (section, index, None), (None, None, section)):
            if candidate in self.lines:
                return self.lines[candidate]
        return 1
