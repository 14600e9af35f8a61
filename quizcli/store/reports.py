"""The reports both engines read, written once: history, counts, statistics, names.

:class:`SQLReports` is the read-only half of :class:`quizcli.store.queries.SQLGames`
(which adds the writes, the ranking and the leaderboards); ``where_clause`` turns a
:class:`GameFilter` into SQL for both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from quizcli.store.base import Accuracy, GameFilter, GameRow, Missed, Stats, game_row

Row = Mapping[str, Any]


class SQLReports:
    """Listings and statistics over ``games`` and ``answers``, for any engine."""

    # The FROM item spreading ``answers.tags`` into rows with a column ``tag.value``.
    TAGS = "json_each(answers.tags) AS tag"

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        """Run a query; every row as a mapping of column name to value."""
        raise NotImplementedError

    def set_ids(self) -> list[str]:
        """The ids of the sets with stored games, sorted."""
        return [row["set_id"] for row in self._rows("SELECT DISTINCT set_id FROM games ORDER BY 1")]

    def players(self) -> list[str]:
        """The names of the players with stored games, sorted."""
        return [row["player"] for row in self._rows("SELECT DISTINCT player FROM games ORDER BY 1")]

    def history(self, where: GameFilter, limit: int | None = 20) -> list[GameRow]:
        """Games newest first, finished or abandoned, daily rounds among them (marked)."""
        clause, params = where_clause(where)
        sql = f"SELECT * FROM games {clause} ORDER BY finished_at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [game_row(row) for row in self._rows(sql, params)]

    def count(self, where: GameFilter) -> int:
        """How many games match ``where``."""
        clause, params = where_clause(where)
        (row,) = self._rows(f"SELECT COUNT(*) AS n FROM games {clause}", params)
        return int(row["n"])

    def stats(self, where: GameFilter, missed_limit: int = 5) -> Stats:
        """Games, accuracy overall, per tag and per kind, best streak, points per question,
        and the questions most often missed: over every game, daily rounds included (and
        counted apart in ``daily``)."""
        clause, params = where_clause(where)
        games_sql = f"SELECT id FROM games {clause}"
        (totals,) = self._rows(
            f"SELECT COUNT(*) AS games, "
            f"COALESCE(SUM(CASE WHEN status = 'finished' THEN 1 ELSE 0 END), 0) AS finished, "
            f"COALESCE(SUM(CASE WHEN daily <> 0 THEN 1 ELSE 0 END), 0) AS daily, "
            f"COALESCE(MAX(best_streak), 0) AS best_streak FROM games {clause}",
            params,
        )
        (answers,) = self._rows(
            f"SELECT COUNT(*) AS n, COALESCE(AVG(fraction), 0) AS accuracy, "
            f"COALESCE(AVG(points), 0) AS points FROM answers WHERE game_id IN ({games_sql})",
            params,
        )
        by_tag = self._rows(
            f"SELECT tag.value AS name, COUNT(*) AS n, AVG(fraction) AS accuracy "
            f"FROM answers, {self.TAGS} WHERE game_id IN ({games_sql}) "
            f"GROUP BY tag.value ORDER BY accuracy ASC, name ASC",
            params,
        )
        by_kind = self._rows(
            f"SELECT kind AS name, COUNT(*) AS n, AVG(fraction) AS accuracy FROM answers "
            f"WHERE game_id IN ({games_sql}) GROUP BY kind ORDER BY accuracy ASC, name ASC",
            params,
        )
        missed_count = "SUM(CASE WHEN fraction < 1 THEN 1 ELSE 0 END)"
        missed = self._rows(
            f"SELECT games.set_id AS set_id, question_id, MAX(prompt) AS prompt, "
            f"COUNT(*) AS asked, {missed_count} AS missed "
            f"FROM answers JOIN games ON games.id = answers.game_id "
            f"WHERE game_id IN ({games_sql}) GROUP BY games.set_id, question_id "
            f"HAVING {missed_count} > 0 "
            f"ORDER BY missed DESC, asked ASC, question_id ASC LIMIT ?",
            [*params, missed_limit],
        )
        return Stats(
            games=int(totals["games"]),
            finished=int(totals["finished"]),
            daily=int(totals["daily"]),
            answers=int(answers["n"]),
            accuracy=float(answers["accuracy"]),
            best_streak=int(totals["best_streak"]),
            points_per_question=float(answers["points"]),
            by_tag=tuple(Accuracy(r["name"], int(r["n"]), float(r["accuracy"])) for r in by_tag),
            by_kind=tuple(Accuracy(r["name"], int(r["n"]), float(r["accuracy"])) for r in by_kind),
            missed=tuple(
                Missed(
                    r["set_id"], r["question_id"], r["prompt"], int(r["asked"]), int(r["missed"])
                )
                for r in missed
            ),
        )


def where_clause(
    where: GameFilter, *extra: str, table: str | None = None, profile: bool = True
) -> tuple[str, list[object]]:
    """A WHERE clause (and its parameters) selecting the games ``where`` names (the
    columns qualified with ``table``, if given). A ``profile`` query for a player (history,
    stats) keeps their own games apart from their games as a remote live player;
    leaderboards (``profile=False``) rank both."""
    conditions = list(extra)
    params: list[object] = []
    prefix = f"{table}." if table else ""
    if where.set_id is not None:
        conditions.append(f"{prefix}set_id = ?")
        params.append(where.set_id)
    if where.player is not None:
        conditions.append(f"{prefix}player = ?")
        params.append(where.player)
    if where.player is not None and profile:
        conditions.append(f"{prefix}remote = ?")  # a profile never mixes in remote games
        params.append(int(where.remote))
    if where.since is not None:
        conditions.append("finished_at >= ?")
        params.append(where.since)
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), params
