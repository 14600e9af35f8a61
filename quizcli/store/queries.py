"""The SQL both engines run, written once with ``?`` placeholders.

:class:`SQLGames` holds the writes, the ranking and the leaderboards (the listings and
statistics it inherits from :class:`quizcli.store.reports.SQLReports`); an engine subclass
supplies how a statement
is run (``_rows``, ``_run``, ``_insert_id``, ``_run_many``), where its placeholders differ
(PostgreSQL's driver turns ``?`` into ``%s``), and the one clause that differs by dialect:
how the JSON list of an answer's tags is spread into rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizcli.decoding import storable
from quizcli.store.base import (
    RANK_ORDER,
    RESET,
    GameFilter,
    GameRow,
    NewGame,
    Ranking,
    Reviewed,
    Reviews,
    game_row,
)
from quizcli.store.migrations import FILL_SUMMARIES, RANKED
from quizcli.store.reports import Row as Row
from quizcli.store.reports import SQLReports, where_clause

# ``scores --since``: with at least this many games since the date, the best of each player
# is found along the rank-order index (see SQLGames._best_since_in_rank_order).
FEW_RECENT = 2_000
RANKED_BESTS = ", ".join(f"bests.{part}" for part in RANKED.format(id="game_id").split(", "))

INSERT_GAME = """
    INSERT INTO games (uid, set_id, set_title, player, started_at, finished_at, status,
        score, max_score, asked, answered, right_count, partial_count, wrong_count,
        skipped_count, timed_out_count, best_streak, duration, options, version, accuracy,
        unshared, remote, client_finished_at, daily)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (uid) DO NOTHING
"""
COUNT_SCORE = """
    INSERT INTO set_scores (set_id, score, games) VALUES (?, ?, 1)
    ON CONFLICT (set_id, score) DO UPDATE SET games = set_scores.games + 1
"""
# The new game replaces the player's best only when it ranks ahead (RANK_ORDER).
KEEP_BEST = """
    INSERT INTO bests (player, set_id, game_id, score, accuracy, duration, finished_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (player, set_id) DO UPDATE SET game_id = excluded.game_id,
        score = excluded.score, accuracy = excluded.accuracy, duration = excluded.duration,
        finished_at = excluded.finished_at
    WHERE excluded.score > bests.score OR (excluded.score = bests.score AND (
        excluded.accuracy > bests.accuracy OR (excluded.accuracy = bests.accuracy AND (
        excluded.duration < bests.duration OR (excluded.duration = bests.duration AND (
        excluded.finished_at < bests.finished_at OR (excluded.finished_at = bests.finished_at
        AND excluded.game_id < bests.game_id)))))))
"""
# What a game needs to be on a games ranking: finished, and not a daily round (those rank on
# the day's own table, ``daily_games``). The rank-order indexes lead with both columns.
RANKED_GAME = "status = 'finished' AND daily = 0"
# Finished games of a set and score that rank ahead of a game with that score.
AHEAD_AMONG_EQUALS = f"""
    SELECT COUNT(*) AS n FROM games
    WHERE set_id = ? AND {RANKED_GAME} AND score = ? AND (accuracy > ?
        OR (accuracy = ? AND (duration < ? OR (duration = ? AND (finished_at < ?
        OR (finished_at = ? AND id < ?))))))
"""
INSERT_ANSWER = """
    INSERT INTO answers (game_id, position, question_id, kind, response, verdict,
        fraction, points, elapsed, hint_taken, tags, prompt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


class SQLGames(SQLReports):
    """Queries and writes over the ``games`` and ``answers`` tables, for any engine."""

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

    def _insert_game(
        self,
        game: NewGame,
        *,
        unshared: bool = False,
        reviews: Reviews | None = None,
        client_finished_at: str | None = None,
    ) -> int | None:
        """Insert ``game``, its answers, its share of the summaries and its ``reviews`` of
        the player's cards; its new id, or None when a game with its uid is stored
        already (then nothing is written). ``client_finished_at``: the player's clock's
        finish time, when ``game.finished_at`` is the server's."""
        game_id = self._insert_id(
            INSERT_GAME,
            _storable(
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
                game.remote,
                client_finished_at,
                game.daily,
            ),
        )
        if game_id is None:
            return None
        self._run_many(INSERT_ANSWER, [_storable(game_id, *answer) for answer in game.answers])
        # Rows shared with other saves are locked in one order, the most shared last so
        # that they are held the shortest time: the player's cards (by question id), then
        # the set's score count (every player's save of that score), then the player's best.
        if reviews is not None:
            self._apply_reviews(reviews, unshared=unshared)
        if game.status == "finished" and not game.daily:  # a daily round is never ranked here
            self._run(COUNT_SCORE, (game.set_id, game.score))
            self._run(
                KEEP_BEST,
                (
                    game.player,
                    game.set_id,
                    game_id,
                    game.score,
                    game.accuracy,
                    game.duration,
                    game.finished_at,
                ),
            )
        return game_id

    def _apply_reviews(self, reviews: Reviews, *, unshared: bool = False) -> list[Reviewed]:
        """Apply ``reviews`` to the cards (see :class:`quizcli.store.cards.SQLCards`)."""
        raise NotImplementedError

    def _lock_summaries(self) -> None:
        """Keep other clients' saves out until this transaction ends (an engine whose
        write transactions exclude each other already needs nothing)."""

    def _delete_games(self, where: GameFilter) -> int:
        """Delete games, then rebuild the summaries from the games left (a reset is rare;
        a rebuild cannot get them wrong)."""
        self._lock_summaries()
        clause, params = where_clause(where, profile=False)  # every game of that name
        deleted = self._run(f"DELETE FROM games {clause}", params)
        for statement in FILL_SUMMARIES:
            self._run(statement)
        return deleted

    # --- reading ----------------------------------------------------------------------

    def game_id(self, uid: str) -> int | None:
        """The id of the game stored with ``uid``, or None (the journal's replays ask)."""
        rows = self._rows("SELECT id FROM games WHERE uid = ?", (uid,))
        return int(rows[0]["id"]) if rows else None

    def ranking(self, game_id: int) -> Ranking:
        """Where game ``game_id`` stands among the finished games of its set.

        Read from the summaries and indexes, never by walking the set: the games of higher
        scores come from ``set_scores``, those ranked ahead among equal scores from a
        scan of that one score, the best scores from the top of an index.
        """
        found = self._rows("SELECT * FROM games WHERE id = ?", (game_id,))
        if not found:  # a reset deleted it between its commit and this read
            return Ranking(RESET, 0, 0, None, None, None)
        (game,) = found
        set_id, score, finished = game["set_id"], game["score"], game["status"] == "finished"
        (total,) = self._rows(
            "SELECT COALESCE(SUM(games), 0) AS n FROM set_scores WHERE set_id = ?", (set_id,)
        )
        position = 0
        if finished:
            (higher,) = self._rows(
                "SELECT COALESCE(SUM(games), 0) AS n FROM set_scores "
                "WHERE set_id = ? AND score > ?",
                (set_id, score),
            )
            accuracy, duration, at = game["accuracy"], game["duration"], game["finished_at"]
            (equal,) = self._rows(
                AHEAD_AMONG_EQUALS,
                (set_id, score, accuracy, accuracy, duration, duration, at, at, game_id),
            )
            position = int(higher["n"]) + int(equal["n"]) + 1
        others = self._rows(
            f"SELECT score FROM games WHERE set_id = ? AND {RANKED_GAME} AND id <> ? "
            f"ORDER BY {RANK_ORDER} LIMIT 1",
            (set_id, game_id),
        )
        previous = self._previous_best(game["player"], set_id, game_id)
        return Ranking(
            status=game["status"],
            position=position,
            games=int(total["n"]),
            previous_best=int(others[0]["score"]) if others else None,
            personal_best=max(s for s in (previous, score if finished else None) if s is not None)
            if previous is not None or finished
            else None,
            personal_previous_best=previous,
        )

    def _previous_best(self, player: str, set_id: str, game_id: int) -> int | None:
        """The player's best score on the set in finished games other than ``game_id``.

        The summary ``bests`` holds the player's best game: when that is another game,
        its score is the answer. Only when it is this very game are the player's other
        games read, along the player's index (``|| ''`` keeps both engines off the indexes
        of sets and statuses, which would walk every game of the set: 60 ms at a million
        games on SQLite).
        """
        best = self._rows(
            "SELECT game_id, score FROM bests WHERE player = ? AND set_id = ?", (player, set_id)
        )
        if best and int(best[0]["game_id"]) != game_id:
            return int(best[0]["score"])
        mine = self._rows(
            "SELECT MAX(score) AS best FROM games WHERE player = ? AND set_id || '' = ? "
            "AND status || '' = 'finished' AND daily + 0 = 0 AND id <> ?",
            (player, set_id, game_id),
        )
        return None if mine[0]["best"] is None else int(mine[0]["best"])

    def leaderboard(
        self, where: GameFilter, *, every_game: bool = False, limit: int | None = 10
    ) -> list[GameRow]:
        """Finished games ranked by score, then accuracy, then time; the best per player
        (and set) unless ``every_game``.

        The best games come from the summary ``bests`` (without ``since``: a date asks for
        the best game since then, which only the games can tell); both read an index in
        rank order and stop at the limit. With ``since``, many games since then are read
        in rank order too (see _best_since_in_rank_order), a few along the finish times.
        """
        top = "" if limit is None else f" LIMIT {int(limit)}"
        if not every_game and where.since is None:
            clause, params = where_clause(where, table="bests", profile=False)
            order = RANKED_BESTS
            return [
                game_row(row)
                for row in self._rows(
                    f"SELECT games.* FROM bests JOIN games ON games.id = bests.game_id "
                    f"{clause} ORDER BY {order}{top}",
                    params,
                )
            ]
        if not every_game and where.since is not None and where.player is None:
            recent = self._rows(
                "SELECT COUNT(*) AS n FROM (SELECT 1 FROM games WHERE finished_at >= ? "
                f"LIMIT {FEW_RECENT}) AS recent",
                (where.since,),
            )
            if int(recent[0]["n"]) >= FEW_RECENT and limit is not None:
                return self._best_since_in_rank_order(where, limit)
            # Few games since then: the window over just those, read along the index of
            # finish times (the LIMIT, never reached, makes both engines take that index).
            clause, params = where_clause(where._replace(since=None), RANKED_GAME, profile=False)
            recent_games = (
                f"(SELECT * FROM games WHERE finished_at >= ? ORDER BY finished_at DESC, "
                f"id DESC LIMIT {FEW_RECENT}) AS recent"
            )
            params = [where.since, *params]
        else:
            recent_games = "games"
            clause, params = where_clause(where, RANKED_GAME, profile=False)
        if every_game:
            sql = f"SELECT * FROM games {clause} ORDER BY {RANK_ORDER}"
        else:
            sql = (
                f"SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY player, set_id "
                f"ORDER BY {RANK_ORDER}) AS nth FROM {recent_games} {clause}) AS best "
                f"WHERE nth = 1 ORDER BY {RANK_ORDER}"
            )
        return [game_row(row) for row in self._rows(sql + top, params)]

    def _best_since_in_rank_order(self, where: GameFilter, limit: int) -> list[GameRow]:
        """The best game of each player (and set) since ``where.since``, the first
        ``limit``: the finished games since then read along the rank-order index, the
        first of each player and set kept, stopping once ``limit`` are found.

        Used when many games are that recent (at least FEW_RECENT): then one of them is
        met every few index entries, and the scan stops early whatever the store's size.
        With fewer, the window over just those games is quicker.
        """
        clause, params = where_clause(where, RANKED_GAME, profile=False)
        best: dict[tuple[str, str], Row] = {}
        chunk, offset = max(100, 20 * limit), 0
        while len(best) < limit:
            rows = self._rows(
                f"SELECT * FROM games {clause} ORDER BY {RANK_ORDER} LIMIT {chunk} OFFSET {offset}",
                params,
            )
            for row in rows:
                best.setdefault((row["player"], row["set_id"]), row)
                if len(best) == limit:
                    break
            if len(rows) < chunk:
                break
            offset, chunk = offset + chunk, chunk * 2
        return [game_row(row) for row in best.values()]


def _storable(*values: object) -> tuple[object, ...]:
    """A row's values with any lone surrogate in their text (an undecodable byte that
    slipped through) as U+FFFD: SQLite and PostgreSQL take valid UTF-8 only, and a game
    must not be lost for one character."""
    return tuple(storable(value) if isinstance(value, str) else value for value in values)
