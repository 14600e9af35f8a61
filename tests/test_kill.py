"""SIGKILL at random moments, in every mode: every answer graded before the kill is in the
store after the next command, exactly once.

Each test starts 30 processes of one mode (several at a time, sharing one data folder as
players on one machine do), types a random number of answers into each, and kills it with
SIGKILL at a random moment: during start-up, between answers, while the round is saved,
or after it ended. An answer counts as graded when its feedback reached the test (the
journal has it on the disk before the feedback is shown). Then one command (``history``)
finishes what the journal holds, and the store is read directly.
"""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from helpers import VALID, quizcli, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

RUNS = 30
AT_ONCE = 10
FEEDBACK = re.compile(r"^(Right|Wrong|Partly right|Skipped|Too slow)\b.*\bpoints?\b", re.M)


def kill_at_random(command: list[str], questions: int, rng: random.Random) -> int:
    """Run ``command``, type up to ``questions`` answers, SIGKILL it at a random moment;
    how many answers it had graded (their feedback seen) by then."""
    process = subprocess.Popen(
        [sys.executable, "-m", "quizcli", *command],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdin is not None and process.stdout is not None
    out = process.stdout
    seen = bytearray()
    asking = threading.Event()

    def read() -> None:
        while chunk := os.read(out.fileno(), 65536):
            seen.extend(chunk)
            if b"Question 1 of" in seen:
                asking.set()
        asking.set()

    reader = threading.Thread(target=read)
    reader.start()
    answers = "".join(rng.choice(["1\n", "\n", "2\n"]) for _ in range(rng.randint(0, questions)))
    try:
        process.stdin.write(answers.encode())
        process.stdin.flush()  # stdin stays open: the round waits for more, or ends by itself
    except BrokenPipeError:
        pass
    if rng.random() < 0.9:  # most kills once the round is under way, some during start-up
        asking.wait(60)
    time.sleep(rng.uniform(0.0, 0.6))
    process.send_signal(signal.SIGKILL)
    process.wait()
    reader.join(10)
    process.stdin.close()
    out.close()
    return len(FEEDBACK.findall(seen.decode(errors="replace")))


def many(run: Callable[[int, random.Random], int], at_once: int = AT_ONCE) -> dict[str, int]:
    """``run(n, rng)`` for n in range(RUNS), ``at_once`` at a time: answers seen per player."""
    seed = random.randrange(2**32)
    print(f"seed {seed}")  # shown when the test fails: the same moments again

    def one(number: int) -> tuple[str, int]:
        return f"k{number}", run(number, random.Random(seed + number))

    with ThreadPoolExecutor(at_once) as pool:
        return dict(pool.map(one, range(RUNS)))


def finish(home: Path) -> sqlite3.Connection:
    """The next command (any that opens the store) finishes the journal; the store."""
    done = quizcli("history", "--json")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert not list((home / "journal").glob("*.jsonl")), "every round was taken"
    return sqlite3.connect(home / "quizcli.db")


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def check(seen: dict[str, int], stored: dict[str, int], typed_at_most: int) -> None:
    """Every graded answer is stored, and none twice."""
    for player, count in seen.items():
        assert stored.get(player, 0) >= count, (player, count, stored.get(player))
        assert stored.get(player, 0) <= typed_at_most, (player, stored.get(player))
    assert any(seen.values()), "some run must have been killed after an answer"


def killed_in(
    mode: str, bank: Path, home: Path, *options: str
) -> tuple[dict[str, int], sqlite3.Connection]:
    """RUNS rounds of ``quizcli MODE demo`` (5 questions, plain, player kN, ``options``),
    each killed at a random moment: the answers graded per player, and the store once the
    next command has finished the journal."""
    seen = many(
        lambda n, rng: kill_at_random(
            [mode, "demo", "--bank", str(bank), *options, "--plain", "--player", f"k{n}"], 5, rng
        )
    )
    return seen, finish(home)


def logged(db: sqlite3.Connection, mode: str | None = None) -> dict[str, int]:
    """Ratings in the review log per player (of one mode, or all)."""
    where, args = ("WHERE mode = ?", (mode,)) if mode else ("", ())
    rows = db.execute(f"SELECT player, COUNT(*) FROM review_log {where} GROUP BY player", args)
    return dict(rows.fetchall())


def test_sigkill_of_play_keeps_every_graded_answer(bank: Path, isolated_home: Path) -> None:
    seen, db = killed_in("play", bank, isolated_home, "--count", "5")
    games = db.execute(
        "SELECT player, COUNT(*), SUM(answered) FROM games GROUP BY player"
    ).fetchall()
    assert all(count == 1 for _player, count, _answered in games)  # each round once
    stored = dict(
        db.execute(
            "SELECT g.player, COUNT(a.game_id) FROM games g JOIN answers a ON a.game_id = g.id "
            "GROUP BY g.player"
        ).fetchall()
    )
    check(seen, stored, 5)
    # An answer rated its card once: the review log matches the answers.
    assert logged(db) == stored


def test_sigkill_of_daily_keeps_every_graded_answer(bank: Path, isolated_home: Path) -> None:
    seen, db = killed_in("daily", bank, isolated_home)
    stored = logged(db, "daily")
    check(seen, stored, 5)
    attempts = dict(db.execute("SELECT player, COUNT(*) FROM daily_games GROUP BY player"))
    assert set(attempts) == set(stored) and set(attempts.values()) == {1}


def test_sigkill_of_review_keeps_every_graded_answer(bank: Path, isolated_home: Path) -> None:
    seen, db = killed_in("review", bank, isolated_home, "--new", "5")
    stored = logged(db, "review")
    check(seen, stored, 5)
    cards = dict(db.execute("SELECT player, SUM(reviews) FROM cards GROUP BY player"))
    assert cards == stored  # each answer applied to its card once


# --- the live host ------------------------------------------------------------------------

ROOM = re.compile(rb"Room open on (\S+), join code (\d{6})")


def host_killed_at_random(bank: Path, number: int, rng: random.Random) -> int:
    """Host a room of 2 questions for one player (this test, over the protocol), who
    answers (or skips); SIGKILL the host at a random moment; how many of the player's
    answers the host had acknowledged (it journals each before saying "answered")."""
    import json

    from websockets.sync.client import connect

    host = subprocess.Popen(
        [sys.executable, "-m", "quizcli", "host", "demo", "--bank", str(bank), "--port", "0",
         "--count", "2", "--time-limit", "5", "--kind", "choice", "--kind", "truefalse"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    assert host.stdin is not None and host.stdout is not None
    acknowledged = 0
    stop_after = rng.randint(0, 2)
    try:
        seen = b""
        while (match := ROOM.search(seen)) is None:
            chunk = os.read(host.stdout.fileno(), 4096)
            assert chunk, "the host ended before opening its room"
            seen += chunk
        address, code = match.group(1).decode(), match.group(2).decode()
        with connect(f"ws://{address}", open_timeout=30) as conn:
            hello = {"type": "hello", "version": 2, "code": code, "name": f"k{number}"}
            conn.send(json.dumps(hello))
            host.stdin.write(b"\n")  # start the game
            host.stdin.flush()
            while acknowledged < stop_after:
                message = json.loads(conn.recv(60))
                if message["type"] == "question":
                    options = message["question"].get("options") or [None]
                    value = rng.choice([None, options[0]])
                    answer = {"type": "answer", "question": message["number"], "value": value}
                    conn.send(json.dumps(answer))
                elif message["type"] == "answered":
                    acknowledged += 1
                elif message["type"] == "end":
                    break
            time.sleep(rng.uniform(0.0, 0.5))
            host.kill()
    finally:
        host.kill()  # nothing happens when it is over already
        host.wait()
        host.stdin.close()
        host.stdout.close()
    return acknowledged


def test_sigkill_of_the_host_keeps_every_players_answers(bank: Path, isolated_home: Path) -> None:
    # Hosts wait 5 s between questions, mostly idle: more of them at once.
    seen = many(lambda n, rng: host_killed_at_random(bank, n, rng), at_once=15)
    db = finish(isolated_home)
    rows = db.execute(
        "SELECT g.player, g.status, g.asked, COUNT(a.game_id) FROM games g "
        "LEFT JOIN answers a ON a.game_id = g.id GROUP BY g.id"
    ).fetchall()
    stored = {player: answered for player, _status, _asked, answered in rows}
    assert len(stored) == len(rows)  # each player's game once
    for _player, status, asked, answered in rows:
        assert status == ("finished" if answered == asked else "abandoned")
    check(seen, stored, 2)
