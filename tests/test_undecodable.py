"""Bytes that are not valid text in the input's character set never cost a round.

A Latin-1 terminal sends ``S\\xf8rum`` to a UTF-8 quizcli; ``PYTHONIOENCODING=ascii`` meets
UTF-8 typing. Either way the answer is graded, shown and stored with U+FFFD for each
undecodable byte, the player is told once, and the round ends with its summary and is kept.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import VALID, journalled, spawn_quizcli, write

from quizcli.decoding import UNDECODABLE_NOTE, repaired
from quizcli.journal.entry import header
from quizcli.journal.round import RoundJournal
from quizcli.model import Response, TextQuestion

TWO_TEXT_QUESTIONS = (
    VALID
    + """
[[questions]]
id = "q-text-2"
kind = "text"
prompt = "Which Norwegian won the 5000m?"
answer = "Jakob Ingebrigtsen"
"""
)


def stored_responses(home: Path) -> list[object]:
    db = sqlite3.connect(home / "quizcli.db")
    try:
        rows = db.execute("SELECT response FROM answers ORDER BY game_id, position").fetchall()
    finally:
        db.close()
    return [json.loads(row[0]) if row[0] is not None else None for row in rows]


def play_bytes(bank: Path, stdin: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    """A plain round of the text questions, fed raw bytes."""
    return subprocess.run(
        [sys.executable, "-m", "quizcli", "play", "demo", "--bank", str(bank)]
        + ["--kind", "text", "--seed", "1", "--plain"],
        input=stdin,
        capture_output=True,
        env={**os.environ, **env},
        timeout=60,
    )


@pytest.mark.parametrize(
    ("stdin", "env", "stored"),
    [
        # a Latin-1 terminal, Python's default error handler for its locale
        (b"S\xf8rum\nIngebr\xefgtsen\n", {}, ["S\ufffdrum", "Ingebr\ufffdgtsen"]),
        # the same under a UTF-8 locale, where Python's stdin would raise
        (
            b"S\xf8rum\nIngebr\xefgtsen\n",
            {"PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8"},
            ["S\ufffdrum", "Ingebr\ufffdgtsen"],
        ),
        # UTF-8 typed where the input is declared ASCII
        (
            "Sørum\nIngebrïgtsen\n".encode(),
            {"PYTHONIOENCODING": "ascii"},
            ["S\ufffd\ufffdrum", "Ingebr\ufffd\ufffdgtsen"],
        ),
    ],
    ids=["latin1-default", "latin1-strict-utf8", "utf8-as-ascii"],
)
def test_undecodable_bytes_in_plain_mode_are_replaced_said_once_and_stored(
    tmp_path: Path,
    isolated_home: Path,
    stdin: bytes,
    env: dict[str, str],
    stored: list[str],
) -> None:
    bank = write(tmp_path, TWO_TEXT_QUESTIONS)
    played = play_bytes(bank, stdin, **env)
    out = played.stdout.decode("utf-8", "backslashreplace")
    err = played.stderr.decode("utf-8", "backslashreplace")
    assert played.returncode == 0, err
    assert "Traceback" not in err and "Warning" not in err
    assert "Round over: Demo set" in out
    shown_note = UNDECODABLE_NOTE
    if env.get("PYTHONIOENCODING") == "ascii":
        shown_note = shown_note.replace("\ufffd", "\\ufffd")  # the output is ASCII too
    assert out.count(shown_note) == 1  # said once, for two answers
    assert sorted(stored_responses(isolated_home)) == sorted(stored)


def test_undecodable_bytes_typed_in_a_terminal_are_replaced_and_said(
    tmp_path: Path, isolated_home: Path
) -> None:
    bank = write(tmp_path, TWO_TEXT_QUESTIONS)
    child = spawn_quizcli(
        "play", "demo", "--bank", str(bank), "--kind", "text", "--seed", "1",
        env={"NO_COLOR": "1", "COLUMNS": "120"},
    )  # fmt: skip
    for word in (b"S\xf8rum", b"Ingebr\xefgtsen"):
        child.expect("Your answer:")
        os.write(child.child_fd, word + b"\r")  # Latin-1 bytes, as a misset terminal sends
        child.expect("Right answer")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    transcript = child.before
    assert "Round over" in transcript and "Traceback" not in transcript
    assert sorted(stored_responses(isolated_home)) == ["Ingebr\ufffdgtsen", "S\ufffdrum"]


def test_the_interactive_note_is_given_once(tmp_path: Path) -> None:
    bank = write(tmp_path, TWO_TEXT_QUESTIONS)
    child = spawn_quizcli(
        "play", "demo", "--bank", str(bank), "--kind", "text", "--seed", "1",
        env={"NO_COLOR": "1", "COLUMNS": "200"},
    )  # fmt: skip
    seen = ""
    for number, word in enumerate((b"S\xf8rum", b"Ingebr\xefgtsen"), start=1):
        # Wait for this question's own prompt: keys sent before it is drawn are dropped
        # (type-ahead never answers a question), and "Your answer:" also shows in the
        # previous question's feedback.
        child.expect(f"Question {number} of 2")
        seen += child.before
        child.expect("Your answer:")
        seen += child.before
        os.write(child.child_fd, word + b"\r")
    child.expect(pexpect.EOF)
    seen += child.before
    child.close()
    assert seen.count("was not valid text in this terminal's character set") == 1


def test_nothing_surrogate_escaped_reaches_the_store_or_the_journal(tmp_path: Path) -> None:
    """Defence in depth: a round built by any path, holding lone surrogates, is kept."""
    from store_games import result

    from quizcli.store import SQLiteStore

    game = result("ana", [1.0])
    record = game.answers[0]
    odd = record._replace(
        question=TextQuestion(id="q-odd", prompt="Odd?", answer="x"),
        response=Response(outcome=record.response.outcome, value="S\udcf8rum"),
    )
    game = dataclasses.replace(game, answers=(odd,), set_title="Set \udcff")
    store = SQLiteStore.for_writing(tmp_path / "quizcli.db")
    try:
        store.record(game, "test")
    finally:
        store.close()
    db = sqlite3.connect(tmp_path / "quizcli.db")
    assert db.execute("SELECT response FROM answers").fetchall() == [('"S\ufffdrum"',)]
    assert db.execute("SELECT set_title FROM games").fetchall() == [("Set \ufffd",)]
    db.close()
    journal = RoundJournal(
        header("play", uid=game.uid, set_id=game.set_id, set_title=game.set_title,
               player=game.player, started=game.started, asked=1, max_score=100,
               options={}, version="test"),
        where=tmp_path / "journal",
    )  # fmt: skip
    journal.answered(odd)
    journal.keep()
    (kept,) = journalled(tmp_path / "journal")
    assert kept["answers"][0].response == '"S\ufffdrum"'
    assert kept["set_title"] == "Set \ufffd"


def test_repaired_replaces_only_lone_surrogates() -> None:
    assert repaired("Sørum 🏃 \ufffd") == ("Sørum 🏃 \ufffd", False)
    assert repaired("S\udcf8rum\udcc3") == ("S\ufffdrum\ufffd", True)
