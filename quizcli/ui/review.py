"""Screens of ``review``: what was reviewed and when each card comes back, the schedule of
the next days as bars, and the line for nothing due."""

from __future__ import annotations

import time
from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from quizcli.model import GameResult
from quizcli.store import Reviewed
from quizcli.ui import describe
from quizcli.ui.text import literal, visible

RATING_NAMES = {1: "again", 2: "hard", 3: "good", 4: "easy"}
BAR_WIDTH = 30


def day_of(epoch: float) -> str:
    """The UTC date of an epoch time, YYYY-MM-DD."""
    return time.strftime("%Y-%m-%d", time.gmtime(epoch))


def comes_back(due: float, now: float) -> str:
    """When a card is due, said from ``now``: ``now``, ``in 10 min``, ``in 5 h``,
    ``in 3 days (2026-11-30)``."""
    seconds = due - now
    if seconds <= 0:
        return "now"
    if seconds < 3600:
        return f"in {max(1, round(seconds / 60))} min"
    if seconds < 86_400:
        return f"in {round(seconds / 3600)} h"
    days = round(seconds / 86_400)
    return f"in {days} day{'' if days == 1 else 's'} ({day_of(due)})"


def nothing_due_line(
    player: str, set_id: str, next_due: float | None, now: float, any_card: bool
) -> str:
    """What ``review`` says when no card is due."""
    if not any_card:
        return (
            f"No cards yet for {player} in {set_id}: every question you answer in "
            f"`quizcli play {set_id}` makes one (or try `quizcli review {set_id} --new 5`)."
        )
    if next_due is None:
        return f"Nothing to review in {set_id} for {player}."
    at = time.strftime("%Y-%m-%d %H:%M", time.gmtime(next_due))
    return (
        f"Nothing to review in {set_id} for {player} now; the next card is due "
        f"{comes_back(next_due, now)}, at {at} UTC."
    )


def _rows(result: GameResult, saved: Sequence[Reviewed], now: float) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for number, (record, reviewed) in enumerate(zip(result.answers, saved, strict=False), 1):
        rows.append(
            (
                str(number),
                visible(record.question.prompt),
                describe.MARK_LABELS[record.verdict.mark].rstrip("!"),
                RATING_NAMES.get(reviewed.rating, "?"),
                comes_back(reviewed.due, now),
            )
        )
    return rows


def reviewed_lines(result: GameResult, saved: Sequence[Reviewed], now: float) -> list[str]:
    """Plain lines: each question reviewed, its verdict, rating, and when it comes back."""
    lines = ["", f"Review over: {visible(result.set_title)}"]
    for number, prompt, verdict, rating, back in _rows(result, saved, now):
        lines.append(f"{number:>3}. {prompt} {verdict}, {rating}; comes back {back}")
    lines.append(_total(result))
    return lines


def reviewed_table(result: GameResult, saved: Sequence[Reviewed], now: float) -> RenderableType:
    """The same as a table."""
    table = Table(title=f"Review over: {visible(result.set_title)}", title_justify="left")
    for name in ("#", "Question", "Verdict", "Rating", "Comes back"):
        table.add_column(name, overflow="fold")
    for row in _rows(result, saved, now):
        table.add_row(*(literal(cell) for cell in row))
    return Group(table, literal(_total(result)))


def _total(result: GameResult) -> str:
    asked = len(result.answers)
    right = sum(1 for r in result.answers if r.verdict.fraction == 1)
    note = "" if asked == result.asked else f" (stopped after {asked} of {result.asked})"
    return f"{right} of {asked} right{note}. Review rounds are not ranked."


def schedule_json(counts: Sequence[int], now: float) -> str:
    """``review --schedule --json``: ``[{"day": "2026-12-04", "due": 3}, ...]``, one object
    a day from today (overdue cards count on today)."""
    import json

    days = [{"day": day_of(now + n * 86_400), "due": count} for n, count in enumerate(counts)]
    return json.dumps(days, indent=2)


def schedule_view(counts: Sequence[int], now: float, player: str, set_id: str | None) -> Table:
    """One bar per day: how many of the player's cards fall due (overdue ones on today)."""
    where = f" in {set_id}" if set_id else ""
    table = Table(
        title=literal(f"Cards due for {player}{where}, next {len(counts)} days"),
        title_justify="left",
        box=None,
        padding=(0, 1),
    )
    table.add_column("Day")
    table.add_column("")
    table.add_column("Due", justify="right")
    top = max(counts, default=0)
    for offset, count in enumerate(counts):
        day = day_of(now + offset * 86_400)
        label = "today" if offset == 0 else day
        filled = 0 if not top else max(1 if count else 0, round(count / top * BAR_WIDTH))
        table.add_row(literal(label), Text("█" * filled, style="cyan"), str(count))
    return table
