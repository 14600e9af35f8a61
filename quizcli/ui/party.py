"""Screens shared by hot-seat and live games: standings with movement arrows, answer
counts as bars, the podium revealed third, second, first, and the hand-over screen.

Two faces: :class:`RichPartyScreen` (colour, tables, a cleared screen between players) and
:class:`PlainPartyScreen` (one plain line per fact, for scripts and screen readers). Player
names and options are data: they always pass through ``literal``/``visible``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping, Sequence
from typing import Protocol, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from quizcli.parsing import ordinal
from quizcli.party import Standing
from quizcli.ui.text import literal, visible

__all__ = ["PartyScreen", "PlainPartyScreen", "RichPartyScreen", "movement", "moves"]

BAR_WIDTH = 24
PODIUM_PAUSE = 0.8


def moves(before: Sequence[Standing], after: Sequence[Standing]) -> dict[str, int]:
    """Places gained (positive) or lost (negative) by each player between two standings."""
    previous = {row.name: row.place for row in before}
    return {row.name: previous[row.name] - row.place for row in after if row.name in previous}


def movement(move: int | None, *, plain: bool) -> str:
    """An arrow (or words, in plain mode) for places gained or lost."""
    if not move:
        return "" if plain else "–"
    if plain:
        return f"up {move}" if move > 0 else f"down {-move}"
    return f"▲{move}" if move > 0 else f"▼{-move}"


class PartyScreen(Protocol):
    """What hot-seat and live games show between and after questions."""

    def note(self, text: str) -> None:
        """One line of plain information."""
        ...

    def pass_to(self, name: str) -> None:
        """Hide the previous player's answer and ask ``name`` to take the keyboard."""
        ...

    def standings(
        self,
        rows: Sequence[Standing],
        moved: Mapping[str, int],
        *,
        title: str,
        limit: int | None = None,
        you: str | None = None,
    ) -> None:
        """The standings (the first ``limit`` rows), with arrows for who moved."""
        ...

    def counts(self, options: Sequence[str], counts: Sequence[int], right: Sequence[str]) -> None:
        """How many players picked each option, as bars, the right ones marked."""
        ...

    def podium(self, rows: Sequence[Standing]) -> None:
        """The podium, revealed third, second, first."""
        ...


def _podium_order(rows: Sequence[Standing]) -> list[Standing]:
    """Everyone on the podium (places 1-3, ties included), third place first."""
    return sorted((row for row in rows if row.place <= 3), key=lambda row: -row.place)


class PlainPartyScreen:
    """Plain lines on ``out``; the hand-over waits for a line on ``stdin``."""

    def __init__(self, out: TextIO, stdin: TextIO) -> None:
        self.out = out
        self.stdin = stdin

    def note(self, text: str) -> None:
        """One line."""
        self.out.write(text + "\n")
        self.out.flush()

    def pass_to(self, name: str) -> None:
        """``Pass to NAME, then press Enter.``; EOFError when input ends."""
        self.note("")
        self.out.write(f"Pass to {visible(name)}, then press Enter: ")
        self.out.flush()
        if not self.stdin.readline():
            self.note("")
            raise EOFError
        self.note("")

    def standings(
        self,
        rows: Sequence[Standing],
        moved: Mapping[str, int],
        *,
        title: str,
        limit: int | None = None,
        you: str | None = None,
    ) -> None:
        """``1. alice 340 points (12.5 s) up 1`` per row."""
        self.note(title)
        for row in rows[:limit]:
            extras = [movement(moved.get(row.name), plain=True)]
            if row.gone:
                extras.append("gone")
            if row.name == you:
                extras.append("you")
            tail = "".join(f" {extra}" for extra in extras if extra)
            self.note(
                f"{row.place:>3}. {visible(row.name)} {row.score} points"
                f" ({row.time_used:.1f} s){tail}"
            )

    def counts(self, options: Sequence[str], counts: Sequence[int], right: Sequence[str]) -> None:
        """``  3 x Cole Hocker (right)`` per option."""
        for option, count in zip(options, counts, strict=True):
            mark = " (right)" if option in right else ""
            self.note(f"{count:>3} x {visible(option)}{mark}")

    def podium(self, rows: Sequence[Standing]) -> None:
        """``3rd: carol, 120 points`` then 2nd, then 1st."""
        self.note("")
        self.note("Podium")
        for row in _podium_order(rows):
            self.note(f"{ordinal(row.place)}: {visible(row.name)}, {row.score} points")


class RichPartyScreen:
    """Rich tables and bars on ``console``; the hand-over clears the screen first."""

    def __init__(self, console: Console, *, pause: float = PODIUM_PAUSE) -> None:
        self.console = console
        self.pause = pause
        self.turns = 0

    def note(self, text: str) -> None:
        """One line, shown literally."""
        self.console.print(literal(text))

    def pass_to(self, name: str) -> None:
        """Let the previous player read their feedback (Enter hides it), clear the screen,
        then wait for ``name`` to press Enter."""
        if self.turns:
            self.console.print(Text("Press Enter to hide your answer.", style="dim"))
            self._enter()
        self.turns += 1
        self.console.clear()
        if self.console.is_terminal:
            # ESC[3J: the scrollback too, or the next player scrolls up to the last answer.
            self.console.file.write("\x1b[3J")
            self.console.file.flush()
        self.console.print(
            Text.assemble("Pass the keyboard to ", literal(name, "bold"), ", then press Enter.")
        )
        self._enter()

    def _enter(self) -> None:
        self.console.file.flush()
        if not sys.stdin.readline():
            raise EOFError

    def standings(
        self,
        rows: Sequence[Standing],
        moved: Mapping[str, int],
        *,
        title: str,
        limit: int | None = None,
        you: str | None = None,
    ) -> None:
        """A table: place, arrow, name, points, time."""
        table = Table(title=literal(title), title_justify="left", box=None, padding=(0, 1))
        table.add_column("#", justify="right")
        table.add_column("")
        table.add_column("player", overflow="fold")
        table.add_column("points", justify="right")
        table.add_column("time", justify="right")
        for row in rows[:limit]:
            move = moved.get(row.name)
            arrow = Text(
                movement(move, plain=False),
                style="green" if move and move > 0 else "red" if move else "dim",
            )
            name = literal(row.name, "bold" if row.name == you else "")
            if row.gone:
                name.append(" (gone)", style="dim")
            table.add_row(str(row.place), arrow, name, str(row.score), f"{row.time_used:.1f} s")
        self.console.print(table)

    def counts(self, options: Sequence[str], counts: Sequence[int], right: Sequence[str]) -> None:
        """One bar per option, as long as its share of the answers; right ones in green."""
        most = max(counts, default=0) or 1
        table = Table(box=None, padding=(0, 1), show_header=False)
        table.add_column("option")
        table.add_column("bar")
        table.add_column("count", justify="right")
        for option, count in zip(options, counts, strict=True):
            good = option in right
            filled = round(count / most * BAR_WIDTH)
            bar = Text("█" * filled, style="green" if good else "red") + Text(
                "·" * (BAR_WIDTH - filled), style="dim"
            )
            label = literal(option, "bold green" if good else "")
            table.add_row(label, bar, str(count))
        self.console.print(table)

    def podium(self, rows: Sequence[Standing]) -> None:
        """Third, then second, then first, a moment apart."""
        self.console.print()
        self.console.print(Text("Podium", style="bold"))
        styles = {1: "bold yellow", 2: "bold white", 3: "bold"}
        for row in _podium_order(rows):
            time.sleep(self.pause)
            self.console.print(
                Text.assemble(
                    (f"{ordinal(row.place):>4}  ", styles.get(row.place, "")),
                    literal(row.name, styles.get(row.place, "")),
                    f"  {row.score} points",
                )
            )
