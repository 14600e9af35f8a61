"""Views of stored games: the leaderboard, history, statistics and the post-round ranking."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from quizcli.store import Accuracy, GameRow, Stats
from quizcli.ui.bars import accuracy_bars
from quizcli.ui.describe import duration, percent
from quizcli.ui.text import literal

BAR_WIDTH = 24


def date(stamp: str) -> str:
    """``2026-11-21 18:45`` from a stored UTC timestamp."""
    return stamp[:16].replace("T", " ")


def leaderboard_table(rows: Sequence[GameRow], *, every_game: bool) -> Table:
    """The ``scores`` table."""
    title = "Every finished game" if every_game else "High scores (best game per player)"
    table = Table(title=title, title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("player", overflow="fold")
    table.add_column("set")
    table.add_column("score", justify="right")
    table.add_column("accuracy", justify="right")
    table.add_column("time", justify="right")
    table.add_column("date (UTC)")
    for rank, row in enumerate(rows, 1):
        table.add_row(
            str(rank),
            literal(row.player),
            literal(row.set_id),
            f"{row.score} / {row.max_score}",
            percent(row.accuracy),
            duration(row.duration),
            date(row.finished_at),
        )
    return table


def history_table(rows: Sequence[GameRow], player: str) -> Table:
    """The ``history`` table, newest first."""
    table = Table(title=Text.assemble("Recent games of ", literal(player)), title_justify="left")
    table.add_column("date (UTC)")
    table.add_column("set")
    table.add_column("score", justify="right")
    table.add_column("accuracy", justify="right")
    table.add_column("answered", justify="right")
    table.add_column("status")
    for row in rows:
        table.add_row(
            date(row.finished_at),
            _set_and_mode(row),
            f"{row.score} / {row.max_score}",
            percent(row.accuracy),
            f"{row.answered} / {row.asked}",
            Text(row.status, style="" if row.status == "finished" else "yellow"),
        )
    return table


# How a game that was not a solo round is marked after its set, from its stored options.
_MODES = {"live": "live room", "hotseat": "hot-seat"}


def _set_and_mode(row: GameRow) -> Text:
    """The set id, and how the game was played when it was not a solo round (a daily
    round: ``daily``, or ``daily practice`` for an attempt after the day's first)."""
    kind = row.daily_kind
    if kind is not None:
        mode: str | None = "daily" if kind == "scored" else "daily practice"
    else:
        mode = _MODES.get(str(row.options.get("mode")))
    if mode is None:
        return literal(row.set_id)
    return Text.assemble(literal(row.set_id), (f" ({mode})", "dim"))


def stats_view(stats: Stats, player: str, set_id: str | None) -> RenderableType:
    """Everything ``stats`` shows."""
    scope = Text.assemble("Statistics of ", literal(player))
    if set_id:
        scope.append_text(Text.assemble(" on ", literal(set_id)))
    summary = Text.assemble(
        (f"{stats.games}", "bold"),
        f" game{'s' if stats.games != 1 else ''} ({stats.finished} finished"
        f"{f', {stats.daily} daily' if stats.daily else ''}) · ",
        (f"{stats.answers}", "bold"),
        " answers · accuracy ",
        (percent(stats.accuracy), "bold"),
        " · best streak ",
        (f"{stats.best_streak}", "bold"),
        f" · {stats.points_per_question:.0f} points per question",
    )
    parts: list[RenderableType] = [Text.assemble((scope.plain, "bold")), summary]
    if stats.by_tag:
        parts.append(
            accuracy_bars("Accuracy by tag (weakest first)", _rows(stats.by_tag), width=BAR_WIDTH)
        )
    if stats.by_kind:
        parts.append(accuracy_bars("Accuracy by kind", _rows(stats.by_kind), width=BAR_WIDTH))
    if stats.missed:
        missed = Table(title="Most often missed", title_justify="left")
        missed.add_column("missed", justify="right")
        missed.add_column("question")
        missed.add_column("set")
        for item in stats.missed:
            missed.add_row(
                f"{item.missed} of {item.asked}",
                literal(item.prompt or item.question_id),
                literal(item.set_id),
            )
        parts.append(missed)
    return Group(*parts)


def _rows(items: Sequence[Accuracy]) -> list[tuple[str, float, int]]:
    return [(item.name, item.accuracy, item.answers) for item in items]
