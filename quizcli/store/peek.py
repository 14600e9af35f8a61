"""A quick look into the local SQLite file: the review cards due now, for ``quizcli list``.

``list`` shows how many cards are due per set. Opening the file through
:class:`quizcli.store.sqlite.SQLiteStore` loads every row type, the protocol, the games' SQL
and the error reporting, about as long as the rest of ``list`` takes to start. So this
module imports only :mod:`sqlite3` (not even the schema steps), and reads the common case
itself: a current quizcli database that this process may write to, with no other
connection's ``-wal`` or ``-shm`` beside it, read through a ``query_only`` connection, as
``SQLiteStore._reader`` reads it then. Everything else (an older or newer schema, another
program's file, a read-only folder, a lock, damage) it leaves to ``SQLiteStore``, which
knows what to do and what to say, by answering None.

The due-card query and the table list are written here once, and the store runs them from
here too (``SQLCards.due_now``, ``SQLiteStore._check``).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

# The schema this look reads, written out rather than imported with the migrations' code:
# ``len(migrations.MIGRATIONS)`` and ``migrations.OUR_TABLES`` (tests/test_peek.py fails when
# a step is added without raising it). Were it ever behind, this look would answer None for
# every current file, and ``list`` would only ask the store: slower, never wrong.
SCHEMA_VERSION = 9
OUR_TABLES = frozenset({"games", "answers"})  # what a quizcli database holds at least
BUSY_TIMEOUT_SECONDS = 10.0  # how long to wait for another quizcli's lock ($QUIZCLI_BUSY_TIMEOUT)

# The tables of a SQLite file, sqlite's own left out.
TABLES = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"


def busy_timeout() -> float:
    """Seconds to wait for a locked database: ``$QUIZCLI_BUSY_TIMEOUT``, else 10."""
    try:
        value = float(os.environ.get("QUIZCLI_BUSY_TIMEOUT", BUSY_TIMEOUT_SECONDS))
    except ValueError:
        return BUSY_TIMEOUT_SECONDS
    return value if 0 <= value <= 3600 else BUSY_TIMEOUT_SECONDS


def may(path: Path, mode: int) -> bool:
    """Whether this process may access ``path`` in ``mode`` (its effective ids, if it can)."""
    effective = os.access in os.supports_effective_ids
    return os.access(path, mode, effective_ids=effective)


def player_set(player: str, set_id: str | None) -> tuple[str, list[Any]]:
    """The ``WHERE`` condition selecting a player's rows (of one set, when given)."""
    if set_id is None:
        return "player = ?", [player]
    return "player = ? AND set_id = ?", [player, set_id]


def due_query(player: str, now: float, set_id: str | None = None) -> tuple[str, list[Any]]:
    """The query counting the player's cards due at ``now`` per set, and its parameters."""
    clause, params = player_set(player, set_id)
    sql = f"SELECT set_id, COUNT(*) AS n FROM cards WHERE {clause} AND due <= ? GROUP BY set_id"
    return sql, [*params, now]


def due_counts(rows: Iterable[Mapping[str, Any] | sqlite3.Row]) -> dict[str, int]:
    """The rows of :func:`due_query` as set id -> cards due."""
    return {row["set_id"]: int(row["n"]) for row in rows}


def due_now(path: Path, player: str, now: float) -> dict[str, int] | None:
    """The player's cards due at ``now`` per set in the SQLite file ``path``; None when this
    quick look cannot tell (no such file, or any case but the common one, see above): ask
    ``SQLiteStore.for_reading`` then. Never writes, never migrates, never raises."""
    sides = [path.with_name(path.name + end) for end in ("-wal", "-shm")]
    try:
        if any(side.exists() for side in sides) or not path.is_file():
            return None
        if not (may(path, os.W_OK) and may(path.parent, os.W_OK | os.X_OK)):
            return None
        db = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=rw",
            uri=True,
            timeout=busy_timeout(),
            isolation_level=None,
        )
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        db.execute("PRAGMA query_only = ON")  # no statement of this look can write
        db.execute("BEGIN")  # the version, the tables and the cards: one snapshot
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in db.execute(TABLES)}
        if version != SCHEMA_VERSION or not OUR_TABLES <= tables:
            return None
        sql, params = due_query(player, now)
        cursor = db.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return due_counts(cursor.fetchall())
    except sqlite3.Error:
        return None
    finally:
        with suppress(sqlite3.Error):
            db.close()  # the read transaction ends with the connection
