"""Games on a shared PostgreSQL server, through psycopg 3 (imported here only).

Every statement is parameterized (the shared SQL's ``?`` become psycopg's ``%s``).
Nothing waits on the server without limit: connecting and checking the schema stop after
CONNECT_TIMEOUT seconds and each write after pgsession.SAVE_LIMIT (or
``$QUIZCLI_SERVER_TIMEOUT``), on the client's clock (a server
that accepts bytes and never answers included; see ``connection_class``), and the
session carries statement, lock and idle-in-transaction timeouts (the server frees what a
vanished client held) and TCP keepalives. Ctrl-C drops the connection at once. A server
found unreachable is not waited for again in the same process (``DOWN``).

Rows are locked in one order in every save (the game, the cards by question id, then the
summaries, the most shared last), and a transaction the server rolls back for a deadlock
or a serialization conflict runs once more.

Isolation: the server's default, READ COMMITTED, is enough and chosen on purpose. Two
clients never read a value and write back something computed from it: a game is one
``INSERT ... ON CONFLICT (uid) DO NOTHING`` (the unique index makes a second copy of the
same game, from a retried save or two machines syncing at once, wait for the first and
then do nothing), and each summary row is changed by one atomic upsert, which PostgreSQL
applies to the latest committed row under a row lock. SERIALIZABLE would add retries for
conflicts that cannot corrupt anything here. ``reset``, which rebuilds the summaries,
locks the tables it rebuilds first, so no save slips between its delete and its rebuild.

Migrations run in one transaction under a transaction-level advisory lock: twenty
clients starting on an empty database wait for the first, then find the schema made. A
schema newer than this client is refused before anything is written.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from quizcli.model import GameResult
from quizcli.store.base import (
    DailyGame,
    GameFilter,
    NewGame,
    Reviews,
    ServerUnavailable,
    StoreError,
    StoreWriteError,
    new_game,
)
from quizcli.store.cards import SQLCards
from quizcli.store.conninfo import display
from quizcli.store.migrations import MIGRATIONS, OUR_TABLES, SCHEMA_VERSION
from quizcli.store.pgsession import (
    CONNECT_TIMEOUT,
    DOWN,
    READ_LIMIT,
    STATEMENT_TIMEOUT_MS,
    NoAnswer,
    connect,
    first_line,
    save_limit,
)
from quizcli.store.queries import Row

if TYPE_CHECKING:
    import psycopg

T = TypeVar("T")
MIGRATE_LIMIT = 60.0  # seconds to create or migrate the schema (twenty clients may queue)
MIGRATION_LOCK = 0x71756963  # the advisory lock key migrations hold ("quic")
SCHEMA_TABLE = "quizcli_schema"
# The server's clock as quizcli writes times (base.timestamp): ISO 8601 UTC, milliseconds.
SERVER_NOW = "to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"
RETRIED = ("40001", "40P01")  # serialization failure, deadlock: the transaction runs again


class PostgresStore(SQLCards):
    """Games on a PostgreSQL server. Open with :meth:`for_writing` or :meth:`for_reading`."""

    TAGS = "jsonb_array_elements_text(answers.tags::jsonb) AS tag(value)"

    def __init__(self, url: str, db: psycopg.Connection[dict[str, Any]]) -> None:
        self.url = url
        self.where = display(url)
        self.db = db
        self.limit = save_limit()  # the client-side limit of each write (see _failures)

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def for_writing(cls, url: str) -> PostgresStore:
        """The store at ``url``, its schema created or migrated as needed."""
        store = cls._opened(url, writing=True, keep_empty=False)
        assert store is not None  # an empty database is migrated, never left empty
        return store

    @classmethod
    def for_reading(cls, url: str) -> PostgresStore | None:
        """The store at ``url`` for queries, or None when no game was ever stored there.

        An empty database is left empty; an older schema is migrated (under the lock).
        """
        return cls._opened(url, writing=False, keep_empty=True)

    @classmethod
    def _opened(cls, url: str, *, writing: bool, keep_empty: bool) -> PostgresStore | None:
        """The store at ``url``, its schema checked and migrated when older; None (and the
        connection closed) when the database is empty and ``keep_empty`` leaves it so. The
        connection is closed on any failure (Ctrl-C included)."""
        store = cls._open(url, writing=writing)
        try:
            version = store._version()
            if version == 0 and keep_empty:
                store.close()
                return None
            if version < SCHEMA_VERSION:
                store._migrate()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def _open(cls, url: str, *, writing: bool) -> PostgresStore:
        """A connection to ``url``; at once a failure when the server was found unreachable
        earlier in this process (it is not waited for twice)."""
        if url in DOWN:
            raise ServerUnavailable(DOWN[url])
        return cls(url, connect(url, writing=writing))

    def _version(self) -> int:
        """The schema version, after making sure the database is ours and not newer."""
        with self._failures("checking the schema", CONNECT_TIMEOUT):
            rows = self._rows(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = current_schema() AND table_name IN (?, ?, ?)",
                (SCHEMA_TABLE, *sorted(OUR_TABLES)),
            )
            tables = {row["table_name"] for row in rows}
            if SCHEMA_TABLE not in tables:
                if tables:
                    raise StoreError(
                        f"{self.where} is not a quizcli database (it holds tables "
                        f"{', '.join(sorted(tables))}); point QUIZCLI_DATABASE_URL at another "
                        "database. Nothing was written."
                    )
                return 0
            (row,) = self._rows(f"SELECT MAX(version) AS version FROM {SCHEMA_TABLE}")
        version = int(row["version"] or 0)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.where} was written by a newer quizcli (schema {version}; this one "
                f"knows {SCHEMA_VERSION}); upgrade quizcli to use it. Nothing was written."
            )
        return version

    def _migrate(self) -> None:
        """Every step the database lacks, in one transaction under the advisory lock."""
        with self._failures("creating or migrating the schema", MIGRATE_LIMIT):
            with self.db.transaction():
                self.db.execute(f"SET LOCAL statement_timeout = {STATEMENT_TIMEOUT_MS}")
                self.db.execute(f"SET LOCAL lock_timeout = {int(MIGRATE_LIMIT * 1000)}")
                self.db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
                self.db.execute(f"CREATE TABLE IF NOT EXISTS {SCHEMA_TABLE} (version INTEGER)")
                version = self._version()  # again, under the lock: another client may be done
                for number in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in MIGRATIONS[number - 1].statements("postgres"):
                        self.db.execute(statement)
                    self.db.execute(f"DELETE FROM {SCHEMA_TABLE}")
                    self.db.execute(f"INSERT INTO {SCHEMA_TABLE} VALUES (%s)", (number,))

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    # --- writing ------------------------------------------------------------------------

    def record(self, result: GameResult, version: str, reviews: Reviews | None = None) -> int:
        """Store a played round and all its answers in one transaction, with its
        ``reviews`` applied to the player's cards in the same; return its id."""
        game_id = self.add(new_game(result, version), reviews=reviews, server_time=True)
        if game_id is None:  # this very round was stored before (the reply to a commit lost)
            (row,) = self._rows("SELECT id FROM games WHERE uid = ?", (result.uid,))
            return int(row["id"])
        return game_id

    def add(
        self, game: NewGame, reviews: Reviews | None = None, *, server_time: bool = False
    ) -> int | None:
        """Store ``game`` in one transaction (with ``reviews`` applied to the cards) unless
        its uid is stored already; its new id, or None.

        With ``server_time`` (a round saved as it ends, not one sent later by ``sync``)
        the game's ``finished_at`` is the server's clock, so players whose clocks differ
        are ordered by one clock; the player's own is kept in ``client_finished_at``."""

        def work() -> int | None:
            if not server_time:
                return self._insert_game(game, reviews=reviews)
            (now,) = self._rows(f"SELECT {SERVER_NOW} AS now")
            return self._insert_game(
                game._replace(finished_at=now["now"]),
                reviews=reviews,
                client_finished_at=game.finished_at,
            )

        return self._write("saving the game", work)

    def _insert_daily(
        self, game: DailyGame, *, unshared: bool = False, any_day: bool = False
    ) -> bool:
        """Insert the day's scored attempt, when its day is the server's UTC day (the
        server's clock decides: a client whose clock runs days behind plays an old daily
        as practice); False when it is not, or the player has one already. ``any_day``:
        an attempt played earlier, stored only now (``sync``, a replay of the journal),
        keeps the day it was played."""
        if not any_day:
            (row,) = self._rows(
                "SELECT to_char((now() AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day"
            )
            if row["day"] != game.day:
                return False
        return super()._insert_daily(game, unshared=unshared)

    def _write(self, what: str, work: Callable[[], T]) -> T:
        """Run ``work`` in one transaction within the save limit, its failures as one
        line naming the server; run once more when the server broke a deadlock or a
        serialization conflict by rolling it back (the rows are locked in one order, so a
        second meeting is rarer still)."""
        for attempt in (1, 2):
            try:
                with self._failures(what, self.limit), self.db.transaction():
                    return work()
            except _Conflict:
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def delete(self, where: GameFilter) -> int:
        """Delete the games matching ``where`` and their answers; return how many."""
        previous, self.limit = self.limit, READ_LIMIT  # a reset may rebuild large summaries
        try:
            return self._write("deleting games", lambda: self._reset(where))
        finally:
            self.limit = previous

    def _reset(self, where: GameFilter) -> int:
        # A writer's statements stop at the save limit; rebuilding the summaries may take longer.
        self._run(f"SET LOCAL statement_timeout = {STATEMENT_TIMEOUT_MS}")
        return self._delete_games(where)

    # --- how statements run (see SQLGames) ----------------------------------------------

    def _lock_summaries(self) -> None:
        # SHARE ROW EXCLUSIVE conflicts with the ROW EXCLUSIVE every save takes: saves wait
        # until the rebuild is committed, and see the rebuilt rows.
        self._run("LOCK TABLE games, set_scores, bests IN SHARE ROW EXCLUSIVE MODE")

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        with self._failures("reading", READ_LIMIT):
            rows: list[Row] = list(self.db.execute(_pg(sql), params).fetchall())
            return rows

    def _run(self, sql: str, params: Sequence[object] = ()) -> int:
        return self.db.execute(_pg(sql), params).rowcount

    def _run_many(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        with self.db.cursor() as cursor:
            cursor.executemany(_pg(sql), rows)

    def _insert_id(self, sql: str, params: Sequence[object]) -> int | None:
        row = self.db.execute(_pg(sql) + " RETURNING id", params).fetchone()
        return None if row is None else int(row["id"])

    @contextmanager
    def _failures(self, what: str, limit: float) -> Iterator[None]:
        """Bound the work to ``limit`` seconds on the client's clock (the outermost limit
        holds), and turn psycopg's errors into one line naming the (masked) server and
        what happened."""
        import psycopg

        bounded: Any = self.db  # a Bounded connection (see connection_class)
        outermost = bounded.deadline is None
        if outermost:
            bounded.deadline, bounded.seconds = time.monotonic() + limit, limit
        try:
            yield
        except (psycopg.Error, NoAnswer) as error:
            raise self._failure(what, error) from None
        finally:
            if outermost:
                bounded.deadline = None

    def _failure(self, what: str, error: BaseException) -> StoreError:
        """The store's error for a driver's ``error`` during ``what``."""
        import psycopg

        where = f"{what} on {self.where} failed"
        state = getattr(error, "sqlstate", None)
        detail = first_line(error, self.url)
        if isinstance(error, NoAnswer):
            message = f"{where}: the server did not answer within {error.seconds:g} s"
            DOWN[self.url] = f"{message} (not tried again by this command)"
            return ServerUnavailable(message)
        if state in RETRIED:
            name = "a deadlock" if state == "40P01" else "a serialization conflict"
            return _Conflict(
                f"{where}: {name} with another save, detected by the server, twice ({detail})"
            )
        if state == "57014":
            return StoreWriteError(
                f"{where}: the server cancelled it at its statement timeout "
                f"(a statement ran too long)"
            )
        if state == "55P03":
            return StoreWriteError(
                f"{where}: rows it needed stayed locked by another session for "
                f"{self.limit:g} s (the server's lock timeout)"
            )
        if state == "25P03":
            return ServerUnavailable(
                f"{where}: the server ended the session, idle inside a transaction too long"
            )
        if isinstance(error, psycopg.OperationalError):
            message = f"{where}: the server went away ({detail})"
            if self.db.closed or self.db.broken:
                DOWN[self.url] = f"{message} (not tried again by this command)"
            return ServerUnavailable(message)
        return StoreWriteError(f"{where}: {detail}")


class _Conflict(ServerUnavailable):
    """The server rolled a transaction back to break a deadlock or a serialization
    conflict: worth one more try, then a failure like any other."""


def _pg(sql: str) -> str:
    """The shared SQL with psycopg's placeholders (the shared SQL holds no other ? or %)."""
    return sql.replace("?", "%s")
