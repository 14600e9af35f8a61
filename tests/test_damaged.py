"""Damaged data: the user's stored games are never modified, and no round is lost unseen."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from helpers import VALID, journalled, quizcli, write

from quizcli.store import SCHEMA_VERSION

SOME = "1 2\nf\n1\n\n\n\n\n"  # a round of the demo bank, --seed 4


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def play(demo: Path, player: str = "ana", **env: str) -> tuple[int, str, str]:
    result = quizcli(
        "play", "demo", "--bank", str(demo), "--seed", "4", "--player", player,
        input=SOME, env=env,
    )  # fmt: skip
    return result.returncode, result.stdout, result.stderr


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored_players() -> list[str]:
    return [row["player"] for row in json.loads(quizcli("history", "--json", "-p", "ana").stdout)]


def rescue_of(stderr: str) -> dict[str, object]:
    """The round the journal kept, when the player was told so."""
    assert "The round is kept in the journal; the next quizcli command stores it." in stderr
    (kept,) = journalled(Path(os.environ["QUIZCLI_HOME"]))
    return kept


def test_a_truncated_database(demo: Path, isolated_home: Path) -> None:
    assert play(demo)[0] == 0
    db = isolated_home / "quizcli.db"
    sqlite3.connect(db).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    db.write_bytes(db.read_bytes()[:1500])
    before = digest(db)
    result = quizcli("scores")
    assert result.returncode == 1
    assert str(db) in result.stderr and len(result.stderr.strip().splitlines()) == 1
    code, _, err = play(demo)
    assert code == 0
    assert "Not stored yet" in err
    assert rescue_of(err)["player"] == "ana"
    assert digest(db) == before


def test_another_programs_sqlite_file(demo: Path, isolated_home: Path) -> None:
    db = isolated_home / "quizcli.db"
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE photos (path TEXT)")
    other.execute("INSERT INTO photos VALUES ('holiday.jpg')")
    other.commit()
    other.close()
    before = digest(db)
    result = quizcli("history")
    assert result.returncode == 1
    assert "is not a quizcli database" in result.stderr
    code, _, err = play(demo)
    assert code == 0 and "Not stored yet" in err
    assert digest(db) == before


def rollback_journal(db: Path) -> None:
    """Switch a database from WAL to a rollback journal, as another SQLite tool may."""
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
    connection.close()


def test_a_damaged_page_in_rollback_mode_leaves_the_file_byte_for_byte(
    demo: Path, isolated_home: Path
) -> None:
    """The header is intact, so the file opens; the damage shows only when the game is
    written, and that failed write, rolled back, must not have changed a byte."""
    assert play(demo)[0] == 0
    assert play(demo)[0] == 0
    db = isolated_home / "quizcli.db"
    rollback_journal(db)
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    assert len(data) >= 5 * page
    data[4 * page : 5 * page] = b"\xff" * page  # page 5
    db.write_bytes(bytes(data))
    code, _, err = play(demo)
    assert code == 0
    assert "Not stored yet" in err
    assert rescue_of(err)["player"] == "ana"
    assert db.read_bytes() == data
    assert not list(isolated_home.glob("quizcli.db-*"))


def test_a_database_with_other_columns_is_left_byte_for_byte(
    demo: Path, isolated_home: Path
) -> None:
    db = isolated_home / "quizcli.db"
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE games (id INTEGER PRIMARY KEY, name TEXT)")
    other.execute("CREATE TABLE answers (game_id INTEGER, text TEXT)")
    other.execute("INSERT INTO games VALUES (1, 'mine')")
    other.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    other.commit()
    other.close()
    before = db.read_bytes()
    code, _, err = play(demo)
    assert code == 0
    assert f"saving the game in {db} failed: table games has no column named" in err
    assert rescue_of(err)["player"] == "ana"
    assert db.read_bytes() == before
    assert not list(isolated_home.glob("quizcli.db-*"))


def test_a_database_from_a_newer_quizcli_during_play(demo: Path, isolated_home: Path) -> None:
    assert play(demo)[0] == 0
    db = isolated_home / "quizcli.db"
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()
    before = digest(db)
    code, _, err = play(demo)
    assert code == 0
    assert "written by a newer quizcli" in err
    assert rescue_of(err)["status"] == "finished"
    assert digest(db) == before


def test_a_database_locked_longer_than_the_busy_timeout(demo: Path, isolated_home: Path) -> None:
    assert play(demo)[0] == 0
    holder = sqlite3.connect(isolated_home / "quizcli.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, out, err = play(demo, QUIZCLI_BUSY_TIMEOUT="0.3")
        readers = quizcli("scores", "--json", env={"QUIZCLI_BUSY_TIMEOUT": "0.3"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 0
    assert "Round over" in out
    assert "another quizcli kept the database locked" in err
    assert "database is locked" not in err
    assert "Traceback" not in err
    assert rescue_of(err)["player"] == "ana"
    assert readers.returncode in (0, 1) and "Traceback" not in readers.stderr
    # Once the lock is gone, the next command stores the kept round beside the earlier one.
    assert stored_players() == ["ana", "ana"]
    assert journalled(isolated_home) == []


def test_a_full_disk_keeps_the_stored_games_and_the_journal_keeps_the_round(
    demo: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizcli.bank.load import load_bank
    from quizcli.commands.saving import save_round
    from quizcli.game import Round, RoundOptions
    from quizcli.journal.round import RoundJournal
    from quizcli.model import Outcome, Response
    from quizcli.store import SQLiteStore

    assert play(demo)[0] == 0
    before = json.loads(quizcli("history", "--json", "-p", "ana").stdout)

    original = SQLiteStore._configure

    def full_disk(db: sqlite3.Connection) -> None:
        original(db)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's view of a full disk

    class Always:
        def ask(self, presented: object) -> Response:
            return Response(outcome=Outcome.ANSWERED, value="x" * 5000)

    class Quiet:
        def show_question(self, *args: object) -> None: ...
        def show_feedback(self, *args: object) -> None: ...

    game = Round.start(load_bank(demo), RoundOptions(count=None, seed=4, player="ana"))
    journal = RoundJournal.for_round("play", game, "test")
    game.on_answer = journal.answered
    result = game.play(Always(), Quiet())
    with monkeypatch.context() as patch:
        patch.setattr(SQLiteStore, "_configure", staticmethod(full_disk))
        saved = save_round(result, journal)
    assert saved.ranking is None
    assert saved.problem is not None and "the disk is full" in saved.problem
    assert saved.in_journal and not saved.lost
    (kept,) = journalled(isolated_home)
    assert kept["asked"] == 7 and kept["answered"] == 7 and kept["uid"] == result.uid
    # The next command stores it, once.
    after = json.loads(quizcli("history", "--json", "-p", "ana").stdout)
    assert [game["id"] for game in after[1:]] == [game["id"] for game in before]
    assert after[0]["answered"] == 7 and journalled(isolated_home) == []
