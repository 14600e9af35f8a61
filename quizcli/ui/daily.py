"""Screens of the daily challenge: the day's ranking."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from quizcli.store import DailyGame
from quizcli.ui.describe import percent
from quizcli.ui.text import literal

MARKS = {"r": "#", "p": "+"}


def daily_table(rows: Sequence[DailyGame], day: str) -> Table:
    """The day's scored attempts, best first: rank, player, set, score, right, marks, time."""
    table = Table(title=f"Daily challenge, {day}", title_justify="left")
    for name, justify in (
        ("#", "right"),
        ("Player", "left"),
        ("Set", "left"),
        ("Score", "right"),
        ("Right", "right"),
        ("Accuracy", "right"),
        ("Answers", "left"),
        ("Time", "right"),
    ):
        overflow = "fold" if name in ("Player", "Set") else "ellipsis"
        table.add_column(name, justify=justify, overflow=overflow)  # type: ignore[arg-type]
    for rank, row in enumerate(rows, 1):
        table.add_row(
            str(rank),
            literal(row.player),
            literal(row.set_id),
            str(row.score),
            f"{row.right}/{row.asked}",
            percent(row.accuracy),
            "".join(MARKS.get(mark, ".") for mark in row.marks),
            f"{row.duration:.0f}s",
        )
    return table
