"""Games in a SQLite file: the embedded default, and the local copy when a server is away.

The file is ``quizcli.db`` in the data folder, created in WAL mode (an existing file keeps
the journal mode it has) and opened with a busy timeout and foreign keys on (how it is
opened, checked and migrated: :mod:`quizcli.store.sqlite_open`); each game is
written in one ``BEGIN IMMEDIATE`` transaction, so a crash never leaves half a game and
concurrent players all get stored, a save waiting at most the busy timeout for a lock.
The schema carries its version in ``PRAGMA user_version`` and moves forward through the
named, ordered steps of :mod:`quizcli.store.migrations`.
A database from a newer quizcli, a damaged file or another program's database is refused
with a clear message and never modified (see :mod:`quizcli.store.sqlite_errors`).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, TypeVar

from quizcli.store.base import (
    GameFilter,
    NewGame,
    Reviews,
    busy_timeout,
    new_game,
)
from quizcli.store.cards import SQLCards
from quizcli.store.queries import Row
from quizcli.store.sqlite_errors import is_locked, read_failed, write_failed
from quizcli.store.sqlite_open import SQLiteFile

T = TypeVar("T")
RETRY_PAUSE = 0.05  # seconds between attempts to save a game, times the attempt's number

if TYPE_CHECKING:  # the model is imported where it is used: `list` reads due cards
    from quizcli.model import GameResult


def _now() -> float:
    """The clock a save's deadline is kept by (a name of its own, for the tests)."""
    return time.monotonic()


def _pause(seconds: float) -> None:
    """Wait between two attempts to save a game (a name of its own, for the tests)."""
    time.sleep(seconds)


class SQLiteStore(SQLiteFile, SQLCards):
    """Games in a SQLite file. Open with :meth:`for_writing` or :meth:`for_reading`."""

    # --- writing ------------------------------------------------------------------------

    def record(self, result: GameResult, version: str, reviews: Reviews | None = None) -> int:
        """Store a played round and all its answers in one transaction, with its
        ``reviews`` applied to the player's cards in the same; return its id."""
        game_id = self.add(new_game(result, version), reviews=reviews)
        if game_id is None:  # this very round was stored before (a retried save)
            (row,) = self._rows("SELECT id FROM games WHERE uid = ?", (result.uid,))
            return int(row["id"])
        return game_id

    def keep_unshared(
        self, result: GameResult, version: str, reviews: Reviews | None = None
    ) -> int:
        """Store a round the shared server could not take, marked for ``quizcli sync``."""
        game_id = self.add(new_game(result, version), unshared=True, reviews=reviews)
        if game_id is None:  # this very round is here already (a retried save)
            (row,) = self._rows("SELECT id FROM games WHERE uid = ?", (result.uid,))
            return int(row["id"])
        return game_id

    def mark_shared(self, uid: str) -> None:
        """Note that the game ``uid`` is on the shared server now."""
        try:
            with self._transaction():
                self.db.execute("UPDATE games SET unshared = 0 WHERE uid = ?", (uid,))
        except sqlite3.DatabaseError as error:
            raise write_failed(self.path, "marking a game as shared", error) from None

    def mark_daily_shared(self, uid: str) -> None:
        """Note that the daily attempt ``uid`` is on the shared server now."""
        self._write(
            "marking a daily attempt as shared",
            lambda: self._run("UPDATE daily_games SET unshared = 0 WHERE uid = ?", (uid,)),
        )

    def mark_ratings_shared(self, ids: list[int]) -> None:
        """Note that the card ratings (rows of ``review_log``) ``ids`` are on the server."""
        self._write(
            "marking card ratings as shared",
            lambda: self._run_many(
                "UPDATE review_log SET unshared = 0 WHERE id = ?", [(n,) for n in ids]
            ),
        )

    def add(
        self, game: NewGame, *, unshared: bool = False, reviews: Reviews | None = None
    ) -> int | None:
        """Store ``game`` and all its answers in one transaction (with ``reviews`` applied
        to the cards), unless a game with its uid is stored already; its new id, or None.
        """
        return self._write("saving the game", lambda: self._insert(game, unshared, reviews))

    def _insert(
        self, game: NewGame, unshared: bool = False, reviews: Reviews | None = None
    ) -> int | None:
        """One attempt at storing ``game`` (inside the transaction :meth:`_write` opened)."""
        return self._insert_game(game, unshared=unshared, reviews=reviews)

    def _write(self, what: str, work: Callable[[], T]) -> T:
        """Run ``work`` in one ``BEGIN IMMEDIATE`` transaction, waiting for a lock.

        A locked database is waited for up to the busy timeout in all, not per attempt:
        SQLite waits inside each attempt only for the time left before one deadline, and a
        lock met without waiting (SQLite does not always wait: while another connection
        recovers the WAL, say) is tried again only while time is left.
        """
        limit = busy_timeout()
        deadline = _now() + limit
        attempt = 0
        try:
            while True:
                attempt += 1
                try:
                    with self._transaction():
                        return work()
                except sqlite3.DatabaseError as error:
                    left = deadline - _now()
                    if not is_locked(error) or left < 0.001:  # SQLite counts milliseconds
                        raise write_failed(self.path, what, error) from None
                _pause(min(RETRY_PAUSE * attempt, left))
                self._wait_at_most(deadline - _now())
        finally:
            self._wait_at_most(limit)

    def _wait_at_most(self, seconds: float) -> None:
        """Set how long SQLite waits for a lock on this connection."""
        with suppress(sqlite3.DatabaseError):
            self.db.execute(f"PRAGMA busy_timeout = {max(0, int(seconds * 1000))}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            with suppress(sqlite3.DatabaseError):
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def delete(self, where: GameFilter) -> int:
        """Delete the games matching ``where`` and their answers; return how many."""
        try:
            with self._transaction():
                return self._delete_games(where)
        except sqlite3.DatabaseError as error:
            raise write_failed(self.path, "deleting games", error) from None

    # --- how statements run (see SQLGames) ----------------------------------------------

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        try:
            cursor = self.db.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()
        except sqlite3.DatabaseError as error:
            raise read_failed(self.path, error) from None

    def _run(self, sql: str, params: Sequence[object] = ()) -> int:
        return self.db.execute(sql, params).rowcount

    def _run_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        self.db.executemany(sql, rows)

    def _insert_id(self, sql: str, params: Sequence[object]) -> int | None:
        cursor = self.db.execute(sql, params)
        return cursor.lastrowid if cursor.rowcount == 1 else None
