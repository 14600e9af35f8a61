"""Games on a shared PostgreSQL server, through psycopg 3 (imported here only).

Every statement is parameterized (the shared SQL's ``?`` become psycopg's ``%s``). A
connection gives up after CONNECT_TIMEOUT seconds, and a statement after
STATEMENT_TIMEOUT, so a server that went away or hangs never freezes a command.

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

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from quizcli.model import GameResult
from quizcli.store.base import (
    GameFilter,
    NewGame,
    Reviews,
    ServerUnavailable,
    StoreError,
    StoreWriteError,
    mask_url,
    new_game,
)
from quizcli.store.cards import SQLCards
from quizcli.store.migrations import MIGRATIONS, OUR_TABLES, SCHEMA_VERSION
from quizcli.store.queries import Row

if TYPE_CHECKING:
    import psycopg

T = TypeVar("T")
CONNECT_TIMEOUT = 5  # seconds to reach the server (libpq's connect_timeout)
STATEMENT_TIMEOUT_MS = 60_000  # the longest any statement may run on the server
MIGRATION_LOCK = 0x71756963  # the advisory lock key migrations hold ("quic")
SCHEMA_TABLE = "quizcli_schema"


class PostgresStore(SQLCards):
    """Games on a PostgreSQL server. Open with :meth:`for_writing` or :meth:`for_reading`."""

    TAGS = "jsonb_array_elements_text(answers.tags::jsonb) AS tag(value)"

    def __init__(self, url: str, db: psycopg.Connection[dict[str, Any]]) -> None:
        self.url = url
        self.where = mask_url(url)
        self.db = db

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def for_writing(cls, url: str) -> PostgresStore:
        """The store at ``url``, its schema created or migrated as needed."""
        store = cls(url, _connect(url))
        try:
            version = store._version()
            if version < SCHEMA_VERSION:
                store._migrate()
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def for_reading(cls, url: str) -> PostgresStore | None:
        """The store at ``url`` for queries, or None when no game was ever stored there.

        An empty database is left empty; an older schema is migrated (under the lock).
        """
        store = cls(url, _connect(url))
        try:
            version = store._version()
            if version == 0:
                store.close()
                return None
            if version < SCHEMA_VERSION:
                store._migrate()
        except BaseException:
            store.close()
            raise
        return store

    def _version(self) -> int:
        """The schema version, after making sure the database is ours and not newer."""
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
        with self._failures("creating or migrating the schema"), self.db.transaction():
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
        game_id = self.add(new_game(result, version), reviews=reviews)
        if game_id is None:  # this very round was stored before (the reply to a commit lost)
            (row,) = self._rows("SELECT id FROM games WHERE uid = ?", (result.uid,))
            return int(row["id"])
        return game_id

    def add(self, game: NewGame, reviews: Reviews | None = None) -> int | None:
        """Store ``game`` in one transaction (with ``reviews`` applied to the cards) unless
        its uid is stored already; its new id, or None."""
        with self._failures("saving the game"), self.db.transaction():
            return self._insert_game(game, reviews=reviews)

    def _write(self, what: str, work: Callable[[], T]) -> T:
        """Run ``work`` in one transaction, its failures as one line naming the server."""
        with self._failures(what), self.db.transaction():
            return work()

    def delete(self, where: GameFilter) -> int:
        """Delete the games matching ``where`` and their answers; return how many."""
        with self._failures("deleting games"), self.db.transaction():
            return self._delete_games(where)

    # --- how statements run (see SQLGames) ----------------------------------------------

    def _lock_summaries(self) -> None:
        # SHARE ROW EXCLUSIVE conflicts with the ROW EXCLUSIVE every save takes: saves wait
        # until the rebuild is committed, and see the rebuilt rows.
        self._run("LOCK TABLE games, set_scores, bests IN SHARE ROW EXCLUSIVE MODE")

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        with self._failures("reading"):
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
    def _failures(self, what: str) -> Iterator[None]:
        """Turn psycopg's errors into one line naming the (masked) server."""
        import psycopg

        try:
            yield
        except psycopg.OperationalError as error:
            raise ServerUnavailable(
                f"{what} on {self.where} failed: the server went away "
                f"({_first_line(error, self.url)})"
            ) from None
        except psycopg.Error as error:
            raise StoreWriteError(
                f"{what} on {self.where} failed: {_first_line(error, self.url)}"
            ) from None


def _connect(url: str) -> psycopg.Connection[dict[str, Any]]:
    """A connection to ``url`` (autocommit: transactions are opened explicitly)."""
    try:
        import psycopg
        from psycopg.rows import dict_row
    except ImportError:
        raise StoreError(
            "a PostgreSQL database is configured, but psycopg is not installed: "
            "pip install 'psycopg[binary]' (or unset QUIZCLI_DATABASE_URL)"
        ) from None
    try:
        return psycopg.connect(
            url,
            autocommit=True,
            row_factory=dict_row,
            connect_timeout=CONNECT_TIMEOUT,
            application_name="quizcli",
            options=f"-c statement_timeout={STATEMENT_TIMEOUT_MS}",
        )
    except psycopg.OperationalError as error:
        raise ServerUnavailable(
            f"cannot reach the database server {mask_url(url)}: {_first_line(error, url)}"
        ) from None
    except (psycopg.Error, ValueError) as error:  # a malformed URL is a ProgrammingError
        raise StoreError(f"cannot use {mask_url(url)}: {_first_line(error, url)}") from None


def _pg(sql: str) -> str:
    """The shared SQL with psycopg's placeholders (the shared SQL holds no other ? or %)."""
    return sql.replace("?", "%s")


def _first_line(error: BaseException, url: str) -> str:
    """The first line of a driver's message, with the URL's password masked."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    text = lines[0] if lines else type(error).__name__
    password = re.match(r"^[a-z]+://[^:/@?#]*:([^@/?#]*)@", url, flags=re.IGNORECASE)
    if password and password.group(1):
        text = text.replace(password.group(1), "***")
    return mask_url(text)
