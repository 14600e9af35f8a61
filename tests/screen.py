"""A small terminal screen for pseudo-terminal tests: what a player would see, as text.

prompt_toolkit moves the cursor instead of writing spaces and redraws menus in place, so
its raw output is not what is on screen. This screen applies the few controls that Rich
and prompt_toolkit send (cursor moves, erasing, carriage return, line feed, autowrap) to a
grid of cells, keeping the lines that scroll off the top. Colours and modes are ignored.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"\x1b\[(?P<params>[0-9;?]*)(?P<final>[@-~])"  # CSI
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC, ended by BEL or ST
    r"|\x1b[()][0-9A-Za-z]|\x1b[=>78]"  # charset and keypad modes, save/restore
    r"|(?P<control>[\x00-\x1f])"
    r"|(?P<text>[^\x00-\x1f\x1b]+)"
)


class Screen:
    """``rows`` x ``columns`` cells fed with a terminal's output by :meth:`feed`."""

    def __init__(self, columns: int, rows: int) -> None:
        self.columns = columns
        self.rows = rows
        self.grid = [[" "] * columns for _ in range(rows)]
        self.scrolled: list[str] = []
        self.x = self.y = 0
        self.autowrap = True
        self.wrap_next = False  # the cursor sits past the last column

    def feed(self, output: str) -> None:
        """Apply ``output`` as a terminal would."""
        for match in _TOKEN.finditer(output):
            if match.group("text") is not None:
                for char in match.group("text"):
                    self._put(char)
            elif match.group("control") is not None:
                self._control(match.group("control"))
            elif match.group("final") is not None:
                self._csi(match.group("params"), match.group("final"))

    def resize(self, columns: int, rows: int) -> None:
        """The window changed size, as in xterm: each line keeps its first ``columns`` cells
        (no reflow), lines are added or dropped at the bottom, the cursor stays inside."""
        self.grid = [(row + [" "] * columns)[:columns] for row in self.grid[:rows]]
        self.grid += [[" "] * columns for _ in range(rows - len(self.grid))]
        self.columns, self.rows = columns, rows
        self.x, self.y = min(self.x, columns - 1), min(self.y, rows - 1)
        self.wrap_next = False

    def visible(self) -> str:
        """The lines on screen now (not those scrolled off), without trailing blanks."""
        return "\n".join("".join(row).rstrip() for row in self.grid).strip("\n")

    def text(self) -> str:
        """Every line, the scrolled-off ones first, without trailing blanks."""
        lines = [*self.scrolled, *("".join(row).rstrip() for row in self.grid)]
        return "\n".join(lines).rstrip("\n")

    def _put(self, char: str) -> None:
        if self.wrap_next and self.autowrap:
            self.x = 0
            self._line_feed()
        self.wrap_next = False
        self.grid[self.y][self.x] = char
        if self.x == self.columns - 1:
            self.wrap_next = True
        else:
            self.x += 1

    def _line_feed(self) -> None:
        if self.y == self.rows - 1:
            self.scrolled.append("".join(self.grid.pop(0)).rstrip())
            self.grid.append([" "] * self.columns)
        else:
            self.y += 1

    def _control(self, char: str) -> None:
        self.wrap_next = False
        if char == "\r":
            self.x = 0
        elif char == "\n":
            self._line_feed()
        elif char == "\b":
            self.x = max(0, self.x - 1)

    def _csi(self, params: str, final: str) -> None:
        self.wrap_next = False
        private = params.startswith("?")
        numbers = [int(part) if part else 0 for part in params.lstrip("?").split(";")]
        n = max(numbers[0], 1)
        if private:
            if numbers[0] == 7 and final in "hl":
                self.autowrap = final == "h"
            return
        if final == "A":
            self.y = max(0, self.y - n)
        elif final == "B":
            self.y = min(self.rows - 1, self.y + n)
        elif final == "C":
            self.x = min(self.columns - 1, self.x + n)
        elif final == "D":
            self.x = max(0, self.x - n)
        elif final == "G":
            self.x = min(self.columns - 1, n - 1)
        elif final in "Hf":
            row = numbers[0] if numbers[0] else 1
            column = numbers[1] if len(numbers) > 1 and numbers[1] else 1
            self.y, self.x = min(self.rows, row) - 1, min(self.columns, column) - 1
        elif final == "J":
            self._erase_display(numbers[0])
        elif final == "K":
            self._erase_line(numbers[0])

    def _erase_line(self, how: int) -> None:
        row = self.grid[self.y]
        start, end = {0: (self.x, self.columns), 1: (0, self.x + 1)}.get(how, (0, self.columns))
        row[start:end] = [" "] * (end - start)

    def _erase_display(self, how: int) -> None:
        if how == 0:
            self._erase_line(0)
            for row in self.grid[self.y + 1 :]:
                row[:] = [" "] * self.columns
        elif how == 1:
            self._erase_line(1)
            for row in self.grid[: self.y]:
                row[:] = [" "] * self.columns
        else:
            for row in self.grid:
                row[:] = [" "] * self.columns


def joined(text: str) -> str:
    """Screen text with each line break and the indentation after it as one space, so an
    option wrapped over several lines reads as its whole text."""
    return re.sub(r"[ \t]*\n[ \t]*", " ", text)
