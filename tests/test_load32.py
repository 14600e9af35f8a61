"""Load: 32 plain-mode games of 50 answers at once against one data folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quizcli.bank.load import load_bank
from quizcli.game import Round, RoundOptions
from quizcli.model import (
    ChoiceQuestion,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Presented,
    TextQuestion,
    TimeQuestion,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from genbank import write_bank  # noqa: E402

PLAYERS = 32
QUESTIONS = 50


def a_valid_line(presented: Presented) -> str:
    """An answer the plain asker accepts (right or wrong does not matter here)."""
    match presented.question:
        case ChoiceQuestion() | MultiQuestion():
            return "1"
        case OrderQuestion():
            return " ".join(str(n) for n in range(1, len(presented.options) + 1))
        case NumberQuestion():
            return "7"
        case TimeQuestion():
            return "1:00.00"
        case TextQuestion():
            return "river"
        case _:
            return "t"


@pytest.fixture(params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest) -> str | None:
    """The engine the games go to: None for the SQLite file, else a fresh database's URL."""
    return None if request.param == "sqlite" else str(request.getfixturevalue("postgres_url"))


@pytest.mark.slow
def test_32_games_at_once_are_all_stored_with_every_answer(
    tmp_path: Path, isolated_home: Path, server: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    if server is not None:
        monkeypatch.setenv("QUIZCLI_DATABASE_URL", server)
    bank = write_bank(tmp_path / "fifty.toml", QUESTIONS, set_id="fifty")
    game = Round.start(load_bank(bank), RoundOptions(count=QUESTIONS, seed=7))
    answers = "".join(
        a_valid_line(game.present(q, n, QUESTIONS)) + "\n" for n, q in enumerate(game.questions, 1)
    )
    command = [sys.executable, "-m", "quizcli", "play", "fifty", "--bank", str(bank)]
    processes = [
        subprocess.Popen(
            [*command, "--count", str(QUESTIONS), "--seed", "7", "--player", f"p{n:02d}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        for n in range(PLAYERS)
    ]
    for process in processes:  # every game gets its answers before any is read back
        assert process.stdin is not None
        process.stdin.write(answers)
        process.stdin.close()
    for process in processes:
        assert process.stdout is not None and process.stderr is not None
        out, err = process.stdout.read(), process.stderr.read()
        process.wait(timeout=600)
        assert process.returncode == 0, err
        assert "could not be saved" not in err
        assert "locked" not in err
        assert "Not understood" not in out  # every line was a valid answer

        assert "Not shared yet" not in err

    if server is None:
        db: Any = sqlite3.connect(isolated_home / "quizcli.db")
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    else:
        import psycopg

        db = psycopg.connect(server)
        assert not (isolated_home / "quizcli.db").exists()  # nothing fell back to the file
    games = db.execute("SELECT COUNT(*), COUNT(DISTINCT player) FROM games").fetchone()
    assert games == (PLAYERS, PLAYERS)
    per_game = db.execute("SELECT COUNT(*) FROM answers GROUP BY game_id").fetchall()
    assert per_game == [(QUESTIONS,)] * PLAYERS
    assert db.execute("SELECT COUNT(*) FROM games WHERE status != 'finished'").fetchone() == (0,)
    db.close()

    board = json.loads(
        subprocess.run(
            [sys.executable, "-m", "quizcli", "scores", "--json", "--limit", "100"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert sorted(row["player"] for row in board) == [f"p{n:02d}" for n in range(PLAYERS)]
    assert [row["rank"] for row in board] == list(range(1, PLAYERS + 1))
    scores = [row["score"] for row in board]
    assert scores == sorted(scores, reverse=True)
    assert len(set(scores)) == 1  # same seed, same answers: the same score for everyone
