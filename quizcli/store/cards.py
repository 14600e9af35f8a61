"""Memory cards, the review log and daily games: the SQL both engines run.

A card is changed only inside a write transaction, and only from the row as it is then:
each update names the version it read and bumps it (``UPDATE ... WHERE version = ?``), and
a new card is inserted with ``ON CONFLICT DO NOTHING``. When another client changed or
created the card in between (PostgreSQL lets two transactions run side by side; SQLite's
``BEGIN IMMEDIATE`` already keeps them apart), nothing is written, the row is read again
and the rating applied to what is there now. So two reviews at once never lose a rating.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from quizcli.store.base import (
    DAILY_PRACTICE,
    DAILY_SCORED,
    Card,
    DailyGame,
    NewGame,
    Reviewed,
    Reviews,
    StoreWriteError,
    timestamp,
)
from quizcli.store.peek import due_counts, due_query
from quizcli.store.peek import player_set as _player_set
from quizcli.store.queries import Row, SQLGames

T = TypeVar("T")
# What ``add_daily`` stored: the day's scored attempt (with its round), the round as
# practice (the player has another attempt that day), nothing new (this very attempt was
# stored before), or nothing (an attempt without its round on a day that has another).
Sent = Literal["scored", "practice", "present", "refused"]
ATTEMPTS = 20  # tries at one card before a save gives up (each lost only to another save)

NEW_CARD = """
    INSERT INTO cards (player, set_id, question_id, fingerprint, due, state, reviews, version)
    VALUES (?, ?, ?, ?, ?, ?, 1, 1)
    ON CONFLICT (player, set_id, question_id) DO NOTHING
"""
NEXT_CARD = """
    UPDATE cards SET fingerprint = ?, due = ?, state = ?, reviews = ?, version = version + 1
    WHERE player = ? AND set_id = ? AND question_id = ? AND version = ?
"""
LOG = """
    INSERT INTO review_log (player, set_id, question_id, mode, reviewed_at, verdict, rating,
        elapsed, due, game_uid, fingerprint, unshared)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""
INSERT_DAILY = """
    INSERT INTO daily_games (set_id, day, player, uid, score, max_score, asked, right_count,
        accuracy, duration, marks, finished_at, unshared)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (set_id, day, player) DO NOTHING
"""
# What a player has besides games: what ``reset`` deletes with them.
PROGRESS = ("cards", "review_log", "daily_games")
DAILY_ORDER = "score DESC, accuracy DESC, duration ASC, finished_at ASC"

if TYPE_CHECKING:  # the model is imported where it is used: `list` reads due cards
    from quizcli.model import GameResult


class SQLCards(SQLGames):
    """Queries and writes over ``cards``, ``review_log`` and ``daily_games``."""

    def _write(self, what: str, work: Callable[[], T]) -> T:
        """Run ``work`` in one write transaction of the engine (``what`` names it in an
        error)."""
        raise NotImplementedError

    # --- writing: each in one transaction --------------------------------------------

    def save_reviews(self, reviews: Reviews, *, unshared: bool = False) -> list[Reviewed]:
        """Apply a review round's ratings to the cards, and log them (marked for ``sync``
        when ``unshared``: the server could not take them), in one transaction."""
        return self._write(
            "saving the review", lambda: self._apply_reviews(reviews, unshared=unshared)
        )

    def restart_cards(
        self, player: str, set_id: str, changed: dict[str, tuple[str, str]], now: float
    ) -> int:
        """Start over the cards of questions whose text or answer changed (see _restart)."""
        return self._write("restarting cards", lambda: self._restart(player, set_id, changed, now))

    def save_daily(
        self,
        game: DailyGame | None,
        reviews: Reviews,
        *,
        unshared: bool = False,
        any_day: bool = False,
        played: NewGame | None = None,
    ) -> bool:
        """Store a daily attempt (``game``; None for practice), the round as a game marked
        daily (``played``, with every answer: scored when the attempt is the day's first,
        else practice) and its ratings in one transaction (marked for ``sync`` when
        ``unshared``); False when the attempt turned out not to be the day's first.
        ``any_day``: an attempt played earlier and stored only now (a replay of the
        journal) is ranked on its own day, whatever a shared server's clock says (see
        PostgresStore._insert_daily)."""

        def work() -> bool:
            scored = game is not None and self._insert_daily(
                game, unshared=unshared, any_day=any_day
            )
            if played is not None:
                self._insert_daily_round(played, scored, unshared=unshared)
            self._apply_reviews(reviews, unshared=unshared)
            return scored

        return self._write("saving the daily challenge", work)

    def _insert_daily_round(self, played: NewGame, scored: bool, *, unshared: bool) -> int | None:
        """Insert a daily round as a game marked scored or practice (once by its uid: a
        replay finds it stored), kept out of every games ranking (see _insert_game); the
        mark it was stored with, None when it was stored before."""
        if not scored:  # or is it the day's attempt stored before, replayed now?
            scored = bool(self._rows("SELECT 1 FROM daily_games WHERE uid = ?", (played.uid,)))
        daily = DAILY_SCORED if scored else DAILY_PRACTICE
        added = self._insert_game(played._replace(daily=daily), unshared=unshared)
        return None if added is None else daily

    def delete_progress(self, player: str | None, set_id: str | None) -> dict[str, int]:
        """Delete the review cards, review log and daily attempts of a player (every
        player when None) and set (every set when None), in one transaction; how many rows
        of each went (``reset``)."""

        def work() -> dict[str, int]:
            clause, params = _owner(player, set_id)
            return {table: self._run(f"DELETE FROM {table}{clause}", params) for table in PROGRESS}

        return self._write("deleting review cards and daily attempts", work)

    def delete_unshared(self, player: str | None, set_id: str | None) -> dict[str, int]:
        """Delete what this file keeps unshared for ``sync`` (games, ratings, daily
        attempts) of a player and set (None: every one), in one transaction; how many of
        each went. A ``reset`` on the shared server calls it, so that the next ``sync``
        does not bring back what was reset."""
        from quizcli.store.migrations import FILL_SUMMARIES

        def work() -> dict[str, int]:
            clause, params = _owner(player, set_id)
            unshared = f"{clause} AND unshared = 1" if clause else " WHERE unshared = 1"
            self._lock_summaries()
            gone = {
                table: self._run(f"DELETE FROM {table}{unshared}", params)
                for table in ("games", "review_log", "daily_games")
            }
            if gone["games"]:
                for statement in FILL_SUMMARIES:
                    self._run(statement)
            return gone

        return self._write("deleting what was kept unshared", work)

    def unshared(self, player: str | None, set_id: str | None) -> dict[str, int]:
        """How many games, ratings and daily attempts of a player and set this file keeps
        unshared for ``sync``."""
        clause, params = _owner(player, set_id)
        unshared = f"{clause} AND unshared = 1" if clause else " WHERE unshared = 1"
        return {
            table: int(self._rows(f"SELECT COUNT(*) AS n FROM {table}{unshared}", params)[0]["n"])
            for table in ("games", "review_log", "daily_games")
        }

    def add_daily(self, game: DailyGame, played: NewGame | None = None) -> Sent:
        """Store a daily attempt played while this store was out of reach (``sync``), on
        the day it was played, and its round (``played``) as a game marked daily, in one
        transaction; what was stored (see :data:`Sent`): the round is practice when the
        player has another attempt that day."""

        def work() -> Sent:
            scored = self._insert_daily(game, any_day=True)
            mark = (
                None if played is None else self._insert_daily_round(played, scored, unshared=False)
            )
            if scored or mark == DAILY_SCORED:
                return "scored"
            if mark == DAILY_PRACTICE:
                return "practice"
            if played is not None or self._rows(
                "SELECT 1 FROM daily_games WHERE uid = ?", (game.uid,)
            ):
                return "present"
            return "refused"

        return self._write("sending a daily attempt", work)

    def add_ratings(self, reviews: Reviews) -> int:
        """Apply ratings given while this store was out of reach (``sync``) to the cards,
        and log them, in one transaction; a rating logged already (the same round and
        question: the review log's unique key) is skipped, so each is applied once. How
        many were new."""

        def work() -> int:
            present = {
                row["question_id"]
                for row in self._rows(
                    "SELECT question_id FROM review_log WHERE game_uid = ?", (reviews.game_uid,)
                )
            }
            items = tuple(item for item in reviews.items if item.question_id not in present)
            if items:
                self._apply_reviews(reviews._replace(items=items))
            return len(items)

        return self._write("sending card ratings", work)

    # --- the parts of a write (inside a transaction the engine opened) --------------

    def _apply_reviews(self, reviews: Reviews, *, unshared: bool = False) -> list[Reviewed]:
        """Rate every card of ``reviews`` from its current row, and log each rating.

        The cards are locked in the order of their question ids, whatever the round's
        order: two saves of one player's rounds at once then wait for each other instead
        of each holding a card the other needs (a deadlock). What each card became comes
        back in the round's order."""
        done: dict[int, Reviewed] = {}
        order = sorted(range(len(reviews.items)), key=lambda n: reviews.items[n].question_id)
        for index in order:
            item = reviews.items[index]
            key = (reviews.player, reviews.set_id, item.question_id)
            logged = self._rows(
                "SELECT rating, due FROM review_log WHERE game_uid = ? AND question_id = ?",
                (reviews.game_uid, item.question_id),
            )
            if logged:  # this very answer was applied before (a replay of the journal)
                done[index] = Reviewed(item.question_id, int(logged[0]["rating"]), logged[0]["due"])
                continue
            for _attempt in range(ATTEMPTS):
                rows = self._rows(
                    "SELECT fingerprint, state, reviews, version FROM cards "
                    "WHERE player = ? AND set_id = ? AND question_id = ?",
                    key,
                )
                old = rows[0] if rows else None
                same = old is not None and old["fingerprint"] == item.fingerprint
                prior = old["state"] if old is not None and same else None
                state, due, rating = reviews.schedule(
                    prior or None, item.rating, reviews.reviewed_at, item.slow
                )
                if old is None:
                    changed = self._run(NEW_CARD, (*key, item.fingerprint, due, state))
                else:
                    count = int(old["reviews"]) + 1 if same else 1
                    changed = self._run(
                        NEXT_CARD, (item.fingerprint, due, state, count, *key, old["version"])
                    )
                if changed == 1:
                    break
            else:
                raise StoreWriteError(
                    f"saving the review of {item.question_id} failed: its card kept changing"
                )
            self._run(
                LOG,
                (
                    *key,
                    reviews.mode,
                    reviews.reviewed_at,
                    item.verdict,
                    rating,
                    item.elapsed,
                    due,
                    reviews.game_uid,
                    item.fingerprint,
                    int(unshared),
                ),
            )
            done[index] = Reviewed(item.question_id, rating, due)
        return [done[index] for index in range(len(reviews.items))]

    def _restart(
        self, player: str, set_id: str, changed: dict[str, tuple[str, str]], now: float
    ) -> int:
        """Start the cards of changed questions over: ``changed`` maps a question id to
        (the fingerprint the card has, the question's new one); each is due at ``now``. A
        card someone changed meanwhile is left alone. How many were restarted."""
        restarted = 0
        for question_id, (old, new) in changed.items():
            restarted += self._run(
                "UPDATE cards SET fingerprint = ?, due = ?, state = '', reviews = 0, "
                "version = version + 1 WHERE player = ? AND set_id = ? AND question_id = ? "
                "AND fingerprint = ?",
                (new, now, player, set_id, question_id, old),
            )
        return restarted

    def _insert_daily(
        self, game: DailyGame, *, unshared: bool = False, any_day: bool = False
    ) -> bool:
        """Insert the day's scored attempt; False when the player has one already (on a
        shared server, also when its day is not the server's, unless ``any_day``)."""
        return self._run(INSERT_DAILY, (*game, int(unshared))) == 1

    # --- reading ----------------------------------------------------------------------

    def cards(self, player: str, set_id: str) -> list[Card]:
        """The player's cards of a set, soonest due first (read along ``cards_due``)."""
        return [
            Card(row["question_id"], row["fingerprint"], float(row["due"]), int(row["reviews"]))
            for row in self._rows(
                "SELECT question_id, fingerprint, due, reviews FROM cards "
                "WHERE player = ? AND set_id = ? ORDER BY due, question_id",
                (player, set_id),
            )
        ]

    def due_now(self, player: str, now: float, set_id: str | None = None) -> dict[str, int]:
        """How many of the player's cards are due at ``now``, per set."""
        return due_counts(self._rows(*due_query(player, now, set_id)))

    def dues(self, player: str, before: float, set_id: str | None = None) -> list[float]:
        """The due times of the player's cards due before ``before``."""
        clause, params = _player_set(player, set_id)
        return [
            float(row["due"])
            for row in self._rows(
                f"SELECT due FROM cards WHERE {clause} AND due < ?", [*params, before]
            )
        ]

    def review_log(self, player: str, set_id: str | None = None) -> list[Row]:
        """Every rating the player gave (of one set), oldest first."""
        clause, params = _player_set(player, set_id)
        return self._rows(
            f"SELECT * FROM review_log WHERE {clause} ORDER BY reviewed_at, id", params
        )

    def daily_game(self, set_id: str, day: str, player: str) -> DailyGame | None:
        """The player's scored attempt at the day's challenge, if any."""
        rows = self._rows(
            "SELECT * FROM daily_games WHERE set_id = ? AND day = ? AND player = ?",
            (set_id, day, player),
        )
        return DailyGame.of_row(rows[0]) if rows else None

    def progress(self, player: str | None, set_id: str | None) -> dict[str, int]:
        """How many review cards, review-log ratings and daily attempts a player (every
        player when None) has in a set (every set when None)."""
        clause, params = _owner(player, set_id)
        return {
            table: int(self._rows(f"SELECT COUNT(*) AS n FROM {table}{clause}", params)[0]["n"])
            for table in PROGRESS
        }

    def daily_ranking(
        self, set_id: str | None, day: str, limit: int, player: str | None = None
    ) -> list[DailyGame]:
        """The day's scored attempts (of one set, of one player), best first."""
        clause, params = (
            ("day = ?", [day]) if set_id is None else ("set_id = ? AND day = ?", [set_id, day])
        )
        if player is not None:
            clause, params = f"{clause} AND player = ?", [*params, player]
        return [
            DailyGame.of_row(row)
            for row in self._rows(
                f"SELECT * FROM daily_games WHERE {clause} ORDER BY {DAILY_ORDER}, player "
                f"LIMIT {int(limit)}",
                params,
            )
        ]


def _owner(player: str | None, set_id: str | None) -> tuple[str, list[Any]]:
    """`` WHERE ...`` (or nothing) selecting the rows of a player and a set, either optional."""
    pairs = (("player", player), ("set_id", set_id))
    kept = [(column, value) for column, value in pairs if value is not None]
    if not kept:
        return "", []
    return " WHERE " + " AND ".join(f"{column} = ?" for column, _ in kept), [v for _, v in kept]


def daily_game(result: GameResult, day: str) -> DailyGame:
    """A played daily round as the row ``daily_games`` keeps."""
    from quizcli.model import Mark

    letters = {Mark.RIGHT: "r", Mark.PARTIAL: "p"}
    marks = "".join(letters.get(record.verdict.mark, "x") for record in result.answers)
    return DailyGame(
        set_id=result.set_id,
        day=day,
        player=result.player,
        uid=result.uid,
        score=result.score,
        max_score=result.max_score,
        asked=result.asked,
        right=result.count(Mark.RIGHT),
        accuracy=result.accuracy,
        duration=max(0.0, result.finished - result.started),
        marks=marks + "x" * (result.asked - len(result.answers)),
        finished_at=timestamp(result.finished),
    )
