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
    table.add_column(label)
    table.add_column("")
    table.add_column("", justify="right")
    for name, fraction, count in rows:
        filled = round(fraction * width)
        style = "green" if fraction >= 0.75 else "yellow" if fraction >= 0.4 else "red"
        bar = Text("█" * filled, style=style) + Text("·" * (width - filled), style="dim")
        table.add_row(literal(name), bar, f"{percent(fraction)} of {count}")
    return table
