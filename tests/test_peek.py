"""quizcli.store.peek: the due cards ``list`` reads without the store's classes.

It must count what the store counts, and leave every case but the common one to the store
(by answering None), since only the store migrates a copy of an older file or words a
refusal.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quizcli.store import SCHEMA_VERSION, SQLiteStore, peek

CARD = (
    "INSERT INTO cards (player, set_id, question_id, fingerprint, due, state, reviews, version)"
    " VALUES (?, ?, ?, 'f', ?, '{}', 1, 1)"
)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """A current quizcli database with cards of two players in two sets, some due at 100."""
    path = tmp_path / "quizcli.db"
    SQLiteStore.for_writing(path).close()
    db = sqlite3.connect(path)
    with db:
        db.executemany(
            CARD,
            [
                ("ana", "a", "q1", 50.0),
                ("ana", "a", "q2", 100.0),
                ("ana", "a", "q3", 150.0),
                ("ana", "b", "q1", 10.0),
                ("bo", "a", "q1", 10.0),
            ],
        )
    db.close()
    return path


def store_count(path: Path, player: str, now: float) -> dict[str, int]:
    store = SQLiteStore.for_reading(path)
    assert store is not None
    try:
        return store.due_now(player, now)
    finally:
        store.close()


@pytest.mark.parametrize(("player", "now"), [("ana", 100.0), ("ana", 20.0), ("bo", 0.0)])
def test_a_current_file_is_counted_as_the_store_counts_it(
    database: Path, player: str, now: float
) -> None:
    assert peek.due_now(database, player, now) == store_count(database, player, now)
    assert peek.due_now(database, "ana", 100.0) == {"a": 2, "b": 1}


def test_the_look_leaves_nothing_beside_the_file(database: Path) -> None:
    before = sorted(database.parent.iterdir())
    assert peek.due_now(database, "ana", 100.0) is not None
    assert sorted(database.parent.iterdir()) == before


def set_version(path: Path, version: int) -> None:
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()


def test_every_other_case_is_left_to_the_store(database: Path, tmp_path: Path) -> None:
    assert peek.due_now(tmp_path / "none.db", "ana", 100.0) is None
    set_version(database, SCHEMA_VERSION + 1)  # a newer quizcli's: the store refuses it
    assert peek.due_now(database, "ana", 100.0) is None
    set_version(database, SCHEMA_VERSION - 1)  # an older one: the store reads a migrated copy
    assert peek.due_now(database, "ana", 100.0) is None
    set_version(database, SCHEMA_VERSION)
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes(b"")  # another connection's WAL: the store reads it read-only
    assert peek.due_now(database, "ana", 100.0) is None
    wal.unlink()
    assert peek.due_now(database, "ana", 100.0) == {"a": 2, "b": 1}
    foreign = tmp_path / "foreign.db"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE cards (player, set_id, due)")
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.close()
    assert peek.due_now(foreign, "ana", 100.0) is None  # not a quizcli database
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database at all" * 100)
    assert peek.due_now(damaged, "ana", 100.0) is None


def test_the_schema_the_look_reads_is_the_last_migration_step() -> None:
    # peek writes the version out rather than importing the migrations' code; a new step
    # must raise it, or every current file would go the slow way through the store.
    from quizcli.store import migrations

    assert peek.SCHEMA_VERSION == len(migrations.MIGRATIONS) == migrations.SCHEMA_VERSION
    assert peek.OUR_TABLES == migrations.OUR_TABLES
