"""The SQLite store against real files: schema, migrations, ranking, damage, concurrency."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from helpers import crash_after_a_change, listing
from store_games import result

import quizcli.store.sqlite as store_module
from quizcli.model import GameResult
from quizcli.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    GameFilter,
    NewGame,
    SQLiteStore,
    StoreError,
    StoreWriteError,
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "quizcli.db"


def store_with(db_path: Path, *results: GameResult) -> SQLiteStore:
    store = SQLiteStore.for_writing(db_path)
    for r in results:
        store.record(r, "test")
    return store


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_has_the_latest_schema_in_wal_mode(db_path: Path) -> None:
    store = SQLiteStore.for_writing(db_path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_reading_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nothing" / "quizcli.db"
    assert SQLiteStore.for_reading(path) is None
    assert not path.parent.exists()


def test_a_game_and_its_answers_are_stored(db_path: Path) -> None:
    store = store_with(db_path, result("ana", [1, 0.5, 0]))
    (game,) = store.history(GameFilter(), limit=None)
    assert (game.player, game.score, game.max_score, game.status) == ("ana", 150, 300, "finished")
    assert (game.right, game.partial, game.wrong, game.answered, game.asked) == (1, 1, 1, 3, 3)
    assert game.accuracy == pytest.approx(0.5)
    assert game.started_at == "2026-09-21T14:13:20.000Z"
    assert game.options == {"seed": 1}
    answers = store.db.execute(
        "SELECT question_id, kind, response, verdict, fraction, points, hint_taken, tags, prompt "
        "FROM answers ORDER BY position"
    ).fetchall()
    assert answers[1] == ("q1", "truefalse", "true", "partial", 0.5, 50, 0, '["a"]', "Question 1?")


def test_migration_from_the_first_schema_keeps_every_game(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    old = sqlite3.connect(db_path)
    for statement in MIGRATIONS[0].statements("sqlite"):
        old.execute(statement)
    old.execute(
        "INSERT INTO games VALUES (7, 'demo', 'Demo', 'old-timer', '2025-01-01T00:00:00.000Z', "
        "'2025-01-01T00:01:00.000Z', 'finished', 300, 300, 3, 3, 3, 0, 0, 0, 0, 3, 60, '{}', '0.0')"
    )
    for position in (1, 2, 3):
        old.execute(
            "INSERT INTO answers VALUES (7, ?, 'q', 'truefalse', 'true', 'right', 1, 100, 1, 0)",
            (position,),
        )
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()

    before = digest(db_path)
    reader = SQLiteStore.for_reading(db_path)
    assert reader is not None
    assert [g.player for g in reader.leaderboard(GameFilter())] == ["old-timer"]
    assert digest(db_path) == before  # reading an old file migrates a private copy only

    store = SQLiteStore.for_writing(db_path)
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (game,) = store.leaderboard(GameFilter())
    assert (game.id, game.player, game.score, game.accuracy) == (7, "old-timer", 300, 1.0)
    store.record(result("new", [1]), "test")
    assert len(store.history(GameFilter(), limit=None)) == 2


def test_reading_leaves_the_folder_as_it_found_it(db_path: Path) -> None:
    """In WAL mode even a read makes -wal and -shm files; closing the reader removes them."""
    store_with(db_path, result("ana", [1])).close()
    assert listing(db_path.parent) == ["quizcli.db"]
    before = digest(db_path)
    reader = SQLiteStore.for_reading(db_path)
    assert reader is not None
    assert [game.player for game in reader.history(GameFilter(), limit=None)] == ["ana"]
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader.db.execute("DELETE FROM games")
    reader.close()
    assert listing(db_path.parent) == ["quizcli.db"]
    assert digest(db_path) == before


def test_reading_an_older_database_in_wal_mode_leaves_the_folder_as_it_found_it(
    db_path: Path,
) -> None:
    db_path.parent.mkdir(parents=True)
    old = sqlite3.connect(db_path)
    old.execute("PRAGMA journal_mode = WAL")
    for statement in MIGRATIONS[0].statements("sqlite"):
        old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    before = digest(db_path)
    reader = SQLiteStore.for_reading(db_path)
    assert reader is not None
    assert reader.history(GameFilter(), limit=None) == []
    reader.close()
    assert listing(db_path.parent) == ["quizcli.db"]
    assert digest(db_path) == before


def test_reading_uses_the_files_a_crashed_quizcli_left_and_keeps_them(db_path: Path) -> None:
    """A -wal left beside the database is read, and left for the next writer to fold in:
    reading changes neither file."""
    store_with(db_path, result("ana", [1])).close()
    crash_after_a_change(db_path, "UPDATE games SET player = 'bob'")
    assert listing(db_path.parent) == ["quizcli.db", "quizcli.db-shm", "quizcli.db-wal"]
    wal = db_path.with_name("quizcli.db-wal")
    before = (digest(db_path), digest(wal))
    reader = SQLiteStore.for_reading(db_path)
    assert reader is not None
    assert [game.player for game in reader.history(GameFilter(), limit=None)] == ["bob"]
    reader.close()
    assert listing(db_path.parent) == ["quizcli.db", "quizcli.db-shm", "quizcli.db-wal"]
    assert (digest(db_path), digest(wal)) == before


def test_a_database_from_a_newer_quizcli_is_refused_untouched(db_path: Path) -> None:
    store_with(db_path, result("ana", [1])).close()
    db = sqlite3.connect(db_path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.commit()
    db.close()
    before = digest(db_path)
    for opener in (SQLiteStore.for_reading, SQLiteStore.for_writing):
        with pytest.raises(StoreError) as caught:
            opener(db_path)
        assert "written by a newer quizcli" in str(caught.value)
        assert str(db_path) in str(caught.value)
    assert digest(db_path) == before


@pytest.mark.parametrize("content", [b"garbage " * 512, b"SQLite format 3\x00" + b"\x01" * 50])
def test_a_damaged_file_is_refused_and_left_byte_for_byte(db_path: Path, content: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(content)
    for opener in (SQLiteStore.for_reading, SQLiteStore.for_writing):
        with pytest.raises(StoreError) as caught:
            opener(db_path)
        message = str(caught.value)
        assert str(db_path) in message
        assert "it was not changed" in message
        assert "\n" not in message
    assert db_path.read_bytes() == content
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["quizcli.db"]


def rollback_journal(path: Path) -> None:
    """Switch a database from WAL to a rollback journal, as another SQLite tool may."""
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    db.close()


def test_a_database_keeps_its_journal_mode(db_path: Path) -> None:
    """Only a database quizcli creates is put in WAL mode; an existing one is used as it
    is, so that opening it for a write changes nothing until a game is written."""
    store_with(db_path, result("ana", [1])).close()
    rollback_journal(db_path)
    store = store_with(db_path, result("bob", [1]))
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert len(store.history(GameFilter(), limit=None)) == 2


def test_a_locked_database_is_called_locked_not_damaged(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_with(db_path, result("ana", [1])).close()
    rollback_journal(db_path)  # with a rollback journal, an exclusive lock stops readers too
    monkeypatch.setenv("QUIZCLI_BUSY_TIMEOUT", "0")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        for opener in (SQLiteStore.for_reading, SQLiteStore.for_writing):
            with pytest.raises(StoreError) as caught:
                opener(db_path)
            assert "another quizcli kept the database locked" in str(caught.value)
            assert "Move it away" not in str(caught.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_an_old_database_locked_while_it_is_copied_is_one_clear_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An older schema is read through an in-memory copy; a lock taken before the copy is
    made is named, and is no traceback."""
    db_path.parent.mkdir(parents=True)
    old = sqlite3.connect(db_path)
    for statement in MIGRATIONS[0].statements("sqlite"):
        old.execute(statement)
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    monkeypatch.setenv("QUIZCLI_BUSY_TIMEOUT", "0")
    holder = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    # Without the fix the copy waits for the lock for ever: let it go after a while, so the
    # test fails (the read succeeds late) rather than hangs.
    release = threading.Timer(5, lambda: holder.execute("ROLLBACK"))
    configure = SQLiteStore._configure

    def another_writer_arrives(db: sqlite3.Connection) -> None:
        configure(db)
        if not release.is_alive() and not release.finished.is_set():
            holder.execute("BEGIN EXCLUSIVE")  # between the check and the copy
            release.start()

    monkeypatch.setattr(SQLiteStore, "_configure", staticmethod(another_writer_arrives))
    try:
        with pytest.raises(StoreError, match="another quizcli kept the database locked"):
            SQLiteStore.for_reading(db_path)
    finally:
        release.cancel()
        if release.is_alive():
            release.join()
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()


def test_a_query_error_is_not_called_damage(db_path: Path) -> None:
    store = store_with(db_path, result("ana", [1]))
    with pytest.raises(StoreError) as caught:
        store.leaderboard(GameFilter(), limit=10**24)  # SQLite reads it as a real: a mismatch
    assert str(caught.value) == (
        f"reading {db_path} failed: datatype mismatch; it was not changed."
    )


def test_another_programs_database_is_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    other = sqlite3.connect(db_path)
    other.execute("CREATE TABLE recipes (name TEXT)")
    other.commit()
    other.close()
    before = digest(db_path)
    with pytest.raises(StoreError, match="is not a quizcli database"):
        SQLiteStore.for_writing(db_path)
    assert digest(db_path) == before


def test_a_schema_created_while_the_file_is_checked_is_not_mistaken_for_a_foreign_one(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The version and the table list are read as one snapshot.

    32 players starting at once found this: one process read user_version 0, another then
    created the schema, and the first saw quizcli's own tables as a stranger's.
    """
    db_path.parent.mkdir(parents=True)
    monkeypatch.setenv("QUIZCLI_BUSY_TIMEOUT", "0.2")
    checking = sqlite3.connect(db_path, isolation_level=None)
    raced = []

    def another_quizcli_starts(statement: str) -> None:
        if "sqlite_master" in statement and not raced:
            raced.append(statement)
            try:
                SQLiteStore.for_writing(db_path).close()
            except StoreWriteError:
                raced.append("waited for the check")

    checking.set_trace_callback(another_quizcli_starts)
    version = SQLiteStore._check(db_path, checking)
    checking.close()
    assert raced, "the other process never ran between the two reads"
    assert version in (0, SCHEMA_VERSION)
    SQLiteStore.for_writing(db_path).close()  # and the file is usable afterwards


def test_a_failed_write_leaves_no_half_game(db_path: Path) -> None:
    store = store_with(db_path, result("ana", [1]))
    store.db.execute("PRAGMA max_page_count = 1")  # a full disk, as SQLite sees it
    big = result("bob", [1] * 2000)
    with pytest.raises(StoreWriteError, match="disk is full"):
        store.record(big, "test")
    store.db.execute("PRAGMA max_page_count = 1073741823")
    assert [r.player for r in store.history(GameFilter(), limit=None)] == ["ana"]
    assert store.db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 1


class Clock:
    """A stand-in for the store's clock and pause: time moves only when told to."""

    def __init__(self) -> None:
        self.now = 0.0

    def read(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def test_a_locked_database_is_waited_for_one_busy_timeout_in_all(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each attempt to save lets SQLite wait what is left of one busy timeout, not all of it.

    The clock moves by what SQLite may wait in each attempt (its busy timeout when the
    attempt begins), so the count is the same however fast the machine is.
    """
    monkeypatch.setenv("QUIZCLI_BUSY_TIMEOUT", "0.5")
    store = store_with(db_path, result("ana", [1]))
    clock = Clock()
    monkeypatch.setattr(store_module, "_now", clock.read, raising=False)
    monkeypatch.setattr(store_module, "_pause", clock.advance, raising=False)
    allowed = [0.5]  # what SQLite may wait for a lock on the store's connection
    waits: list[float] = []

    def sqlite_waits(statement: str) -> None:
        if statement.startswith("PRAGMA busy_timeout"):
            allowed[0] = int(statement.split("=")[1]) / 1000
        elif statement == "BEGIN IMMEDIATE":
            waits.append(allowed[0])
            clock.advance(allowed[0])

    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    store.db.set_trace_callback(sqlite_waits)
    try:
        with pytest.raises(StoreWriteError, match="another quizcli kept the database locked"):
            store.record(result("bob", [1]), "test")
    finally:
        store.db.set_trace_callback(None)
        holder.execute("ROLLBACK")
        holder.close()
    assert waits and sum(waits) <= 0.5
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 500  # and reset after
    store.record(result("bob", [1]), "test")  # the lock is gone: saved at once


def test_a_lock_met_without_waiting_is_tried_again_until_the_deadline(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite can report a lock without waiting for it; then the save is tried again while
    time is left before the one deadline, and never after it."""
    monkeypatch.setenv("QUIZCLI_BUSY_TIMEOUT", "1")
    store = store_with(db_path)
    clock = Clock()
    monkeypatch.setattr(store_module, "_now", clock.read, raising=False)
    monkeypatch.setattr(store_module, "_pause", clock.advance, raising=False)
    attempts: list[float] = []
    busy_for = [5]
    insert = SQLiteStore._insert

    def busy_at_once(
        self: SQLiteStore, played: NewGame, unshared: bool = False, reviews: object = None
    ) -> int | None:
        attempts.append(clock.now)
        if len(attempts) <= busy_for[0]:
            error = sqlite3.OperationalError("database is locked")
            error.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
            raise error
        return insert(self, played, unshared, reviews)  # type: ignore[arg-type]

    monkeypatch.setattr(SQLiteStore, "_insert", busy_at_once)
    store.record(result("ana", [1]), "test")  # locked five times, then saved
    assert len(attempts) == 6
    assert [r.player for r in store.history(GameFilter(), limit=None)] == ["ana"]

    attempts.clear()
    clock.now = 0.0
    busy_for[0] = 1000
    with pytest.raises(StoreWriteError, match="another quizcli kept the database locked"):
        store.record(result("bob", [1]), "test")
    assert len(attempts) > 3
    assert all(moment <= 1.0 for moment in attempts)
    assert clock.now <= 1.0


def test_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreWriteError, match="cannot create the data folder"):
        SQLiteStore.for_writing(blocker / "data" / "quizcli.db")
