"""The journal: torn lines, replays exactly once, rounds still being played left alone,
a locked database for daily and review, Ctrl-C during a lock wait, the host's Ctrl-C.

Journal files are made here the way the commands make them (a round played in this
process through :class:`RoundJournal`); what becomes of them is seen through the installed
CLI in subprocesses and pseudo-terminals, and the SQLite file read directly.
"""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers import VALID, journalled, quizcli, spawn_quizcli, write

from quizcli.journal.round import RoundJournal
from quizcli.model import GameResult, Outcome, Response

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


class Skipper:
    """Skips every question (``answers`` of them, then Ctrl-C)."""

    def __init__(self, answers: int) -> None:
        self.left = answers

    def ask(self, presented: object) -> Response:
        if self.left == 0:
            raise KeyboardInterrupt
        self.left -= 1
        return Response(outcome=Outcome.SKIPPED, elapsed=1.0)


class Quiet:
    def show_question(self, *args: object) -> None: ...
    def show_feedback(self, *args: object) -> None: ...


def journalled_round(
    bank: Path, mode: str, answers: int, player: str = "ana", day: str | None = None
) -> tuple[GameResult, Path]:
    """Play a round of ``answers`` answers through its journal, as a process killed right
    after would leave it: the result and the journal file."""
    from quizcli.bank.load import load_bank
    from quizcli.game import Round, RoundOptions

    game = Round.start(load_bank(bank), RoundOptions(count=5, seed=3, player=player))
    journal = RoundJournal.for_round(mode, game, "test", day=day)
    game.on_answer = journal.answered
    result = game.play(Skipper(answers), Quiet())
    assert journal.log is not None
    path = journal.log.path
    journal.keep()
    return result, path


def database(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "quizcli.db")


def count(db: sqlite3.Connection, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0])


def test_a_torn_last_line_and_a_damaged_line_are_skipped(bank: Path, isolated_home: Path) -> None:
    result, path = journalled_round(bank, "play", 3)
    lines = path.read_bytes().split(b"\n")
    lines[2] = b'{"answer": {"question": "q-x", "verd'  # damaged in the middle
    path.write_bytes(b"\n".join(lines) + b'{"answer": {"question": "q-cut", "kind": "te')
    done = quizcli("history", "-p", "ana", "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith("Recovered 1 round cut short, from the journal: play demo")
    assert len(done.stderr.splitlines()) == 1
    (game,) = json.loads(done.stdout)
    assert game["answered"] == 2 and game["status"] == "abandoned"  # the two whole answers
    assert not path.exists()


def test_a_header_that_cannot_be_read_leaves_the_file_alone(isolated_home: Path) -> None:
    folder = isolated_home / "journal"
    folder.mkdir()
    (folder / "broken.jsonl").write_text('{"journal": 1, "mode": "play"}\n{"answer": {}}\n')
    done = quizcli("history", "--json")
    assert done.returncode == 0
    assert "Unreadable journal file left alone" in done.stderr
    assert (folder / "broken.jsonl").exists()


@pytest.mark.parametrize("mode", ["play", "daily", "review", "hotseat", "live"])
def test_a_replay_stores_a_round_exactly_once(bank: Path, isolated_home: Path, mode: str) -> None:
    """A process killed after the store committed and before the file went: the file is
    replayed, and stores nothing twice (games by uid, ratings by game and question)."""
    result, path = journalled_round(bank, mode, 3, day="2026-12-04")
    copy = path.with_suffix(".copy")
    shutil.copy(path, copy)

    def counts() -> tuple[int, ...]:
        db = database(isolated_home)
        try:
            return (
                count(db, "SELECT COUNT(*) FROM games"),
                count(db, "SELECT COUNT(*) FROM answers"),
                count(db, "SELECT COUNT(*) FROM review_log"),
                count(db, "SELECT COALESCE(SUM(reviews), 0) FROM cards"),
                count(db, "SELECT COUNT(*) FROM daily_games"),
            )
        finally:
            db.close()

    assert "Recovered 1 round" in quizcli("history", "--json").stderr
    first = counts()
    games = 0 if mode == "review" else 1  # a daily round is a game too, marked daily
    assert first == (games, 3 * games, 3, 3, int(mode == "daily"))
    copy.rename(path)  # as if the process died before removing it
    assert "Recovered 1 round" in quizcli("history", "--json").stderr
    assert counts() == first
    assert not path.exists()


def test_a_round_still_being_played_is_left_alone(bank: Path, isolated_home: Path) -> None:
    result, path = journalled_round(bank, "play", 2)
    import os

    from quizcli.journal import log

    fd = os.open(path, os.O_RDWR)
    assert log.fcntl is not None
    log.fcntl.flock(fd, log.fcntl.LOCK_EX)  # as the process playing it holds it
    try:
        done = quizcli("history", "-p", "ana", "--json")
        assert done.returncode == 0 and done.stderr == ""
        assert path.exists()
    finally:
        os.close(fd)
    done = quizcli("history", "-p", "ana", "--json")
    assert [game["answered"] for game in json.loads(done.stdout)] == [2]


def a_first_game(bank: Path) -> None:
    """A database as quizcli makes it (WAL: readers still read while another writes)."""
    done = quizcli("play", "demo", "--bank", str(bank), "--count", "1", "--plain",
                   "--player", "first", input="\n")  # fmt: skip
    assert done.returncode == 0, done.stderr


@contextmanager
def locked(home: Path) -> Iterator[None]:
    """The SQLite file locked by another program (``BEGIN EXCLUSIVE``) for the block."""
    holder = sqlite3.connect(home / "quizcli.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def no_order_questions(folder: Path) -> Path:
    """The demo bank without its order question: "1" then answers whatever the day's daily
    draws (an order question wants every number, and would eat the next line)."""
    head, *questions = VALID.split("\n[[questions]]")
    kept = [block for block in questions if 'kind = "order"' not in block]
    return write(folder, "\n[[questions]]".join([head, *kept]), "no-order.toml")


def test_daily_and_review_answers_wait_out_a_locked_database(
    tmp_path: Path, isolated_home: Path
) -> None:
    bank = no_order_questions(tmp_path)
    a_first_game(bank)
    quick = {"QUIZCLI_BUSY_TIMEOUT": "1"}
    daily = ("daily", "demo", "--bank", str(bank), "--plain", "--player", "ana")
    with locked(isolated_home):
        first = quizcli(*daily, input="1\n\n1\n\n1\n", env=quick)
        (first_attempt,) = journalled(isolated_home)
        second = quizcli(*daily, input="\n\n\n\n\n", env=quick)
        review = quizcli(
            "review", "demo", "--bank", str(bank), "--new", "3", "--plain", "--player", "bo",
            input="\n\n\n", env=quick,  # three skips: "1" would not answer an order question
        )  # fmt: skip
    for done in (first, second, review):
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    assert "This attempt is kept in the journal and counts as your attempt of the day" in (
        first.stderr
    )
    assert "is practice (an earlier attempt of the day waits there too)" in second.stderr
    assert "Your answers are kept in the journal" in review.stderr
    assert len(journalled(isolated_home)) == 3
    after = quizcli("history", "--json")
    assert "Recovered 3 rounds" in after.stderr
    db = database(isolated_home)
    (ranked,) = db.execute("SELECT uid FROM daily_games WHERE player = 'ana'").fetchone()
    assert ranked == first_attempt["uid"]  # the first attempt is the ranked one
    assert count(db, "SELECT COUNT(*) FROM review_log WHERE mode = 'daily'") == 10
    assert count(db, "SELECT COUNT(*) FROM review_log WHERE mode = 'review'") == 3
    scored = quizcli("daily", "demo", "--bank", str(bank), "--plain", "--player", "ana",
                     input="\n\n\n\n\n")  # fmt: skip
    assert "Practice round" in scored.stdout  # a third attempt: still practice


def test_ctrl_c_during_a_lock_wait_is_honoured_and_the_round_kept(
    bank: Path, isolated_home: Path
) -> None:
    import os

    a_first_game(bank)
    with locked(isolated_home):
        process = subprocess.Popen(
            [sys.executable, "-m", "quizcli", "play", "demo", "--bank", str(bank), "--count", "2",
             "--plain", "--player", "ana"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "QUIZCLI_BUSY_TIMEOUT": "120"},
        )  # fmt: skip
        assert process.stdin is not None
        process.stdin.write("\n\n")  # two skips: "1" would not answer an order question
        process.stdin.flush()
        deadline = time.monotonic() + 60
        while not any('"end"' in p.read_text() for p in (isolated_home / "journal").glob("*")):
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.05)  # the round has ended: now it waits for the lock
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)  # well within the lock's two minutes
    assert process.returncode == 130, err
    assert "Not stored yet: saving was interrupted. The round is kept in the journal" in err
    assert "Traceback" not in err
    done = quizcli("history", "-p", "ana", "--json")
    assert "Recovered 1 round" in done.stderr
    assert [game["answered"] for game in json.loads(done.stdout)] == [2]


# --- the live host ----------------------------------------------------------------------


def open_room(bank: Path) -> tuple[object, str, str]:
    host = spawn_quizcli(
        "host", "demo", "--bank", str(bank), "--port", "0", "--count", "2", "--seed", "5",
        "--kind", "choice", "--kind", "truefalse", "--time-limit", "30",
    )  # fmt: skip
    host.expect(r"Room open on (\S+), join code (\d{6})")
    return host, host.match.group(1), host.match.group(2)


def test_a_second_ctrl_c_on_the_host_never_loses_the_games(bank: Path) -> None:
    import pexpect
    from websockets.sync.client import connect

    host, address, code = open_room(bank)
    with connect(f"ws://{address}", open_timeout=30) as ann:
        ann.send(json.dumps({"type": "hello", "version": 2, "code": code, "name": "ann"}))
        host.expect("ann joined")
        host.send("\r")
        while json.loads(ann.recv(30))["type"] != "question":
            pass
        ann.send(json.dumps({"type": "answer", "question": 1, "value": None}))
        while json.loads(ann.recv(30))["type"] != "answered":
            pass
        host.sendintr()
        host.expect(["Final standings", "Stored 1 of 1"])  # (a room slow to close: no podium)
        host.sendintr()  # during the podium's reveal
        host.expect(pexpect.EOF, timeout=60)
    host.close()
    assert host.exitstatus == 130
    done = quizcli("history", "-p", "ann", "--live", "--json")
    (game,) = json.loads(done.stdout)
    assert (game["status"], game["answered"]) == ("abandoned", 1)


def test_the_host_stores_every_game_before_the_podium(bank: Path, isolated_home: Path) -> None:
    import pexpect
    from websockets.sync.client import connect

    host, address, code = open_room(bank)
    with connect(f"ws://{address}", open_timeout=30) as ann:
        ann.send(json.dumps({"type": "hello", "version": 2, "code": code, "name": "ann"}))
        host.expect("ann joined")
        host.send("\r")
        answered = 0
        while answered < 2:
            message = json.loads(ann.recv(60))
            if message["type"] == "question":
                ann.send(json.dumps({"type": "answer", "question": message["number"],
                                     "value": None}))  # fmt: skip
            answered += message["type"] == "answered"
        host.expect("Stored 1 of 1 players' games")
        host.expect("Final standings")  # drawn after
        host.expect(pexpect.EOF, timeout=60)
    host.close()
    assert host.exitstatus == 0
    (game,) = json.loads(quizcli("history", "-p", "ann", "--live", "--json").stdout)
    assert (game["status"], game["answered"]) == ("finished", 2)
    assert not list((isolated_home / "journal").glob("*"))  # stored: its file is gone


def test_a_players_own_client_keeps_the_game_when_the_host_dies(
    bank: Path, tmp_path: Path, isolated_home: Path
) -> None:
    """``join`` journals the player's own results and stores the game in the player's own
    store, under the uid the host gives it: kill -9 of the host costs the player nothing."""
    import pexpect

    mine = tmp_path / "player-home"
    host, address, code = open_room(bank)
    player = spawn_quizcli(
        "join", address, "--code", code, "--player", "ann", "--plain",
        env={"QUIZCLI_HOME": str(mine)},
    )  # fmt: skip
    host.expect("ann joined")
    host.send("\r")
    player.expect("Your answer")
    player.sendline("")  # skip: the question closes as everyone has answered
    host.expect("Top five")
    time.sleep(0.5)
    host.kill(signal.SIGKILL)
    host.close()
    player.expect("the connection to the host was lost", timeout=60)
    player.expect(pexpect.EOF, timeout=60)
    player.close()
    (game,) = json.loads(
        quizcli("history", "-p", "ann", "--json", env={"QUIZCLI_HOME": str(mine)}).stdout
    )
    assert (game["status"], game["answered"], game["set"]) == ("abandoned", 1, "demo")
    # The host's own machine recovers the same game under the same uid.
    hosted = quizcli("history", "-p", "ann", "--live", "--json")
    assert "Recovered 1 round" in hosted.stderr
    assert len(json.loads(hosted.stdout)) == 1
    uids = [
        database(home).execute("SELECT uid FROM games").fetchall() for home in (mine, isolated_home)
    ]
    assert uids[0] == uids[1] and len(uids[0]) == 1  # one game, wherever it meets itself
