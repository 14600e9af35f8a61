"""Accuracy drawn as bars, so weak themes stand out at a glance."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text

from quizcli.ui.describe import percent
from quizcli.ui.text import literal


def accuracy_bars(
    title: str, rows: Iterable[tuple[str, float, int]], *, width: int, label: str = ""
) -> Table:
    """A table of (name, accuracy from 0 to 1, answers) rows, each with a coloured bar."""
    table = Table(title=title, title_justify="left", box=None, padding=(0, 1))
    # A name too long for a narrow terminal wraps (a long word folds): never cut with "…".
    table.add_column(label, overflow="fold")
    table.add_column("", no_wrap=True, min_width=width)
    table.add_column("", justify="right", no_wrap=True)
    for name, fraction, count in rows:
        filled = round(fraction * width)
        style = "green" if fraction >= 0.75 else "yellow" if fraction >= 0.4 else "red"
        bar = Text("█" * filled, style=style) + Text("·" * (width - filled), style="dim")
        table.add_row(literal(name), bar, f"{percent(fraction)} of {count}")
    return table


def bar_width(columns: int, widest: int = 20) -> int:
    """How long the bars can be in a terminal ``columns`` wide, leaving the names and the
    percentages room: ``widest`` from 64 columns up, down to 6 at 40 and below."""
    return max(6, min(widest, (columns - 28) // 2))
