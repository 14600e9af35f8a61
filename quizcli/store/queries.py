"""The SQL both engines run, written once with ``?`` placeholders.

:class:`SQLGames` holds every query and write; an engine subclass supplies how a statement
is run (``_rows``, ``_run``, ``_insert_id``, ``_run_many``), where its placeholders differ
(PostgreSQL's driver turns ``?`` into ``%s``), and the one clause that differs by dialect:
how the JSON list of an answer's tags is spread into rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from quizcli.store.base import (
    RANK_ORDER,
    Accuracy,
    GameFilter,
    GameRow,
    Missed,
    NewGame,
    Ranking,
    Stats,
    game_row,
)

Row = Mapping[str, Any]

INSERT_GAME = """
    INSERT INTO games (uid, set_id, set_title, player, started_at, finished_at, status,
        score, max_score, asked, answered, right_count, partial_count, wrong_count,
        skipped_count, timed_out_count, best_streak, duration, options, version, accuracy,
        unshared)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (uid) DO NOTHING
"""
INSERT_ANSWER = """
    INSERT INTO answers (game_id, position, question_id, kind, response, verdict,
        fraction, points, elapsed, hint_taken, tags, prompt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


class SQLGames:
    """Queries and writes over the ``games`` and ``answers`` tables, for any engine."""

    # The FROM item spreading ``answers.tags`` into rows with a column ``tag.value``.
    TAGS = "json_each(answers.tags) AS tag"

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        """Run a query; every row as a mapping of column name to value."""
        raise NotImplementedError

    def _run(self, sql: str, params: Sequence[object] = ()) -> int:
        """Run a statement inside the current transaction; how many rows it changed."""
        raise NotImplementedError

    def _run_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        """Run a statement once per row of parameters, inside the current transaction."""
        raise NotImplementedError

    def _insert_id(self, sql: str, params: Sequence[object]) -> int | None:
        """Run an INSERT of one row; the new row's id (None when nothing was inserted)."""
        raise NotImplementedError

    # --- writing (inside a transaction the engine opened) -----------------------------

    def _insert_game(self, game: NewGame, *, unshared: bool = False) -> int | None:
        """Insert ``game``, its answers and its share of the summaries; its new id, or
        None when a game with its uid is stored already (then nothing is written)."""
        game_id = self._insert_id(
            INSERT_GAME,
            (
                game.uid,
                game.set_id,
                game.set_title,
                game.player,
                game.started_at,
                game.finished_at,
                game.status,
                game.score,
                game.max_score,
                game.asked,
                game.answered,
                game.right,
                game.partial,
                game.wrong,
                game.skipped,
                game.timed_out,
                game.best_streak,
                game.duration,
                game.options,
                game.version,
                game.accuracy,
                int(unshared),
            ),
        )
        if game_id is None:
            return None
        self._run_many(INSERT_ANSWER, [(game_id, *answer) for answer in game.answers])
        return game_id

    def _delete_games(self, where: GameFilter) -> int:
        clause, params = where_clause(where)
        return self._run(f"DELETE FROM games {clause}", params)

    # --- reading ----------------------------------------------------------------------

    def ranking(self, game_id: int) -> Ranking:
        """Where game ``game_id`` stands among the finished games of its set."""
        (game,) = self._rows("SELECT * FROM games WHERE id = ?", (game_id,))
        finished = self._rows(
            f"SELECT id, player, score FROM games WHERE set_id = ? AND status = 'finished' "
            f"ORDER BY {RANK_ORDER}",
            (game["set_id"],),
        )
        others = [row for row in finished if row["id"] != game_id]
        mine = [row["score"] for row in others if row["player"] == game["player"]]
        position = next((n for n, row in enumerate(finished, 1) if row["id"] == game_id), 0)
        return Ranking(
            status=game["status"],
            position=position,
            games=len(finished),
            previous_best=max((row["score"] for row in others), default=None),
            personal_best=max(mine + [game["score"]])
            if game["status"] == "finished"
            else max(mine, default=None),
            personal_previous_best=max(mine, default=None),
        )

    def leaderboard(
        self, where: GameFilter, *, every_game: bool = False, limit: int | None = 10
    ) -> list[GameRow]:
        """Finished games ranked by score, then accuracy, then time; the best per player
        (and set) unless ``every_game``."""
        clause, params = where_clause(where, "status = 'finished'")
        if every_game:
            sql = f"SELECT * FROM games {clause} ORDER BY {RANK_ORDER}"
        else:
            sql = (
                f"SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY player, set_id "
                f"ORDER BY {RANK_ORDER}) AS nth FROM games {clause}) AS best WHERE nth = 1 "
                f"ORDER BY {RANK_ORDER}"
            )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [game_row(row) for row in self._rows(sql, params)]

    def history(self, where: GameFilter, limit: int | None = 20) -> list[GameRow]:
        """Games newest first, finished or abandoned."""
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
        and the questions most often missed."""
        clause, params = where_clause(where)
        games_sql = f"SELECT id FROM games {clause}"
        (totals,) = self._rows(
            f"SELECT COUNT(*) AS games, "
            f"COALESCE(SUM(CASE WHEN status = 'finished' THEN 1 ELSE 0 END), 0) AS finished, "
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


def where_clause(where: GameFilter, *extra: str) -> tuple[str, list[object]]:
    """A WHERE clause (and its parameters) selecting the games ``where`` names."""
    conditions = list(extra)
    params: list[object] = []
    if where.set_id is not None:
        conditions.append("set_id = ?")
        params.append(where.set_id)
    if where.player is not None:
        conditions.append("player = ?")
        params.append(where.player)
    if where.since is not None:
        conditions.append("finished_at >= ?")
        params.append(where.since)
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), params
