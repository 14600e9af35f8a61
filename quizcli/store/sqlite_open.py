"""Opening a SQLite file as a quizcli store: the connection half of
:class:`quizcli.store.sqlite.SQLiteStore` (which adds the writes).

A file is created in WAL mode and migrated forward when opened for writing; opened for
reading, it is never migrated or written (an older schema is read through a migrated
in-memory copy). A database from a newer quizcli, a damaged file or another program's
database is refused with a clear message and never modified.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import Self

from quizcli.errors import os_reason
from quizcli.store.base import StoreError, StoreWriteError, busy_timeout
from quizcli.store.migrations import MIGRATIONS, OUR_TABLES, SCHEMA_VERSION
from quizcli.store.peek import TABLES
from quizcli.store.sqlite_errors import (
    NO_ACCESS,
    OPENING,
    is_locked,
    may,
    primary_code,
    read_failed,
    write_failed,
)

# How a connection is opened (see SQLiteFile._reader): the URI query for each way of reading.
WRITE = "write"
QUERY_ONLY = "mode=rw"
READ_ONLY = "mode=ro"
IMMUTABLE = "mode=ro&immutable=1"


class SQLiteFile:
    """A quizcli SQLite file and its connection. Open with :meth:`for_writing` or
    :meth:`for_reading`."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self.db = db

    @classmethod
    def for_reading(cls, path: Path) -> Self | None:
        """The store at ``path`` for queries, or None when no game was ever stored.

        Reading never migrates or writes a game, and leaves the data folder as it found it
        as far as SQLite allows (see :meth:`_reader`).
        """
        if not path.exists():
            return None
        db, version = cls._reader(path)
        cls._configure(db)
        if version < SCHEMA_VERSION:
            # An older file: read through a private in-memory copy migrated forward, so
            # reading never writes the user's file.
            copy = sqlite3.connect(":memory:")
            try:
                # Copy inside a read transaction: Connection.backup retries a locked source
                # for ever, so the lock is taken first, where the busy timeout applies.
                db.execute("BEGIN")
                db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                db.backup(copy)
                db.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                copy.close()
                raise read_failed(path, error) from None
            finally:
                db.close()
            cls._configure(copy)
            cls._migrate(path, copy, version)
            return cls(path, copy)
        return cls(path, db)

    @classmethod
    def for_writing(cls, path: Path) -> Self:
        """The store at ``path``, created and migrated as needed."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreWriteError(
                f"cannot create the data folder {path.parent}: {os_reason(error)}"
            ) from None
        db = cls._connect(path, WRITE)
        version = cls._check(path, db, writing=True)
        try:
            cls._configure(db)
            if version == 0:
                cls._use_wal(db)
        except sqlite3.DatabaseError as error:
            db.close()
            raise write_failed(path, OPENING, error) from None
        if version < SCHEMA_VERSION:
            cls._migrate(path, db, version)
        return cls(path, db)

    @classmethod
    def _reader(cls, path: Path) -> tuple[sqlite3.Connection, int]:
        """A connection that only reads ``path``, and the file's schema version.

        Every quizcli database is in WAL mode, where even a read needs the ``-wal`` and
        ``-shm`` files beside the database. How the file is opened decides what is left:

        - ``-wal`` or ``-shm`` already there (another quizcli has the file open, or one
          ended without tidying up): read-only, using them and leaving them as they are.
        - the file and its folder writable: a normal connection with ``query_only`` on.
          Whatever WAL files it creates, SQLite removes when it closes the last
          connection; a rollback-journal file needs none.
        - a read-only folder or file with a ``-journal`` beside it (a write to a
          rollback-journal database that never finished): read-only, so that SQLite plays
          the journal back or says it cannot; ``immutable`` would show the half write.
        - otherwise (a read-only folder or file): ``immutable``, which reads the file
          alone and creates nothing. Only a process with more rights than this one could
          write the file meanwhile; this read might then miss that change or fail.

        When a ``-wal`` or ``-journal`` cannot be used for want of a writable folder, the
        error says so, rather than calling the file damaged.
        """
        wal, shm, journal = (
            path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal")
        )
        if wal.exists() or shm.exists():
            mode = READ_ONLY
        elif may(path, os.W_OK) and may(path.parent, os.W_OK | os.X_OK):
            mode = QUERY_ONLY
        elif journal.exists():
            mode = READ_ONLY
        else:
            mode = IMMUTABLE
        try:
            db = cls._connect(path, mode)
            return db, cls._check(path, db)
        except StoreError as error:
            pending = next((side for side in (wal, journal) if side.exists()), None)
            folder = path.parent
            if (
                primary_code(error.code) in NO_ACCESS
                and pending is not None
                and not may(folder, os.W_OK | os.X_OK)
            ):
                task = (
                    f"read the changes kept in {pending.name}"
                    if pending == wal
                    else f"undo the unfinished write recorded in {pending.name}"
                )
                raise StoreError(
                    f"reading {path} failed: the data folder {folder} is read-only, and SQLite "
                    f"must write there to {task}; make the folder writable and try again. "
                    "Nothing was changed.",
                    error.code,
                ) from None
            raise

    @staticmethod
    def _connect(path: Path, mode: str) -> sqlite3.Connection:
        """A connection to ``path``: ``mode`` is WRITE or one of the ways of reading."""
        try:
            if mode == WRITE:
                db = sqlite3.connect(path, timeout=busy_timeout(), isolation_level=None)
            else:
                db = sqlite3.connect(
                    f"{path.resolve().as_uri()}?{mode}",
                    uri=True,
                    timeout=busy_timeout(),
                    isolation_level=None,
                )
                db.execute("PRAGMA query_only = ON")  # no statement of a reader can write
            # connect(timeout=) is SQLite's busy timeout: set before the file is checked.
            return db
        except sqlite3.DatabaseError as error:
            if mode == WRITE:
                raise write_failed(path, OPENING, error) from None
            raise read_failed(path, error) from None

    @staticmethod
    def _configure(db: sqlite3.Connection) -> None:
        """Settings of this connection only: nothing here writes to the file (the busy
        timeout is set when the connection is made)."""
        db.execute("PRAGMA foreign_keys = ON")

    @staticmethod
    def _use_wal(db: sqlite3.Connection) -> None:
        """WAL mode, for a new, empty database that quizcli is about to create the schema in.

        Never for an existing database: changing the journal mode rewrites the file's header
        at once, before any damage further in shows, so a file about to be refused would no
        longer be the one the user had. One that is not in WAL mode is used as it is.
        """
        try:
            db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as error:
            if not is_locked(error):
                raise
            # Another quizcli is creating the same database; it sets WAL mode itself.

    @staticmethod
    def _check(path: Path, db: sqlite3.Connection, *, writing: bool = False) -> int:
        """The file's schema version, after making sure it is a quizcli database we can use.

        The version and the table list are read in one read transaction: read one after the
        other, another quizcli creating the schema in between would make a fresh file look
        like a foreign database (version 0, yet tables). ``writing`` words a failure as a
        failed write (the game is then rescued) rather than as a failed read.
        """
        try:
            db.execute("BEGIN")
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            tables = {row[0] for row in db.execute(TABLES)}
            db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            with suppress(sqlite3.DatabaseError):
                db.execute("ROLLBACK")
            db.close()
            if writing:
                raise write_failed(path, OPENING, error) from None
            raise read_failed(path, error) from None
        if version > SCHEMA_VERSION:
            db.close()
            raise StoreError(
                f"{path} was written by a newer quizcli (schema {version}; this one knows "
                f"{SCHEMA_VERSION}); upgrade quizcli to use it. The file was not changed."
            )
        if (version == 0 and tables) or (version > 0 and not OUR_TABLES <= tables):
            db.close()
            raise StoreError(
                f"{path} is not a quizcli database (it holds tables {', '.join(sorted(tables))}); "
                f"move it away or set QUIZCLI_HOME to another folder. The file was not changed."
            )
        return version

    @staticmethod
    def _migrate(path: Path, db: sqlite3.Connection, version: int) -> None:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            step = MIGRATIONS[number - 1]
            try:
                db.execute("BEGIN IMMEDIATE")
                current = int(db.execute("PRAGMA user_version").fetchone()[0])
                if current >= number:  # another process got there first
                    db.execute("ROLLBACK")
                    continue
                for statement in step.statements("sqlite"):
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
                db.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                with suppress(sqlite3.DatabaseError):
                    db.execute("ROLLBACK")
                raise write_failed(path, f"migration {number} ({step.name})", error) from None

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    # --- writing ------------------------------------------------------------------------
