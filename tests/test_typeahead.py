"""Keys pressed ahead never answer a question the player has not seen (a real terminal).

Each test presses keys before a question's prompt is drawn (a second Enter, a held
Enter, an Enter just after "Time's up", lines pasted at once) and then checks in the
SQLite store that the next question waited for its own answer.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from pathlib import Path

import pexpect
import pytest
from helpers import HEADER, PROMPT_OPEN, spawn_quizcli, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

# Each question has its own answer: a round asks no question whose answer an earlier one
# showed (the same answer three times would make a round of one).
QUESTIONS = "".join(
    f"""
[[questions]]
id = "text-{n}"
kind = "text"
prompt = "Text question {n}?"
answer = "{name}"

[[questions]]
id = "choice-{n}"
kind = "choice"
prompt = "Choice question {n}?"
choices = ["Kerr", "Hocker", "Nuguse"]
answer = "{name}"
"""
    for n, name in enumerate(["Kerr", "Hocker", "Nuguse"], 1)
)
ENTER = "\r"
# Long enough for a question to be answered and the next one drawn, if keys leak through.
LEAK_SECONDS = 2.0


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, HEADER + QUESTIONS)


def play(bank: Path, kind: str, *extra: str) -> pexpect.spawn:
    return spawn_quizcli(
        "play", "demo", "--bank", str(bank), "--kind", kind, "--count", "3",
        "--seed", "1", "--player", "ahead", *extra, env={"NO_COLOR": "1"},
    )  # fmt: skip


def waits(child: pexpect.spawn, number: int) -> None:
    """Question ``number`` is drawn and stays open: nothing answers it by itself."""
    child.expect(f"Question {number} of 3")
    child.expect(PROMPT_OPEN)
    index = child.expect([r"Right!|Wrong|Too slow|Skipped", pexpect.TIMEOUT], timeout=LEAK_SECONDS)
    assert index == 1, f"question {number} was answered by keys pressed before it was drawn"


def stored(child: pexpect.spawn, home: Path) -> list[tuple[str, str | None]]:
    """End the round with Ctrl-C; the stored answers as (verdict, response)."""
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    with sqlite3.connect(home / "quizcli.db") as db:
        rows = db.execute("SELECT verdict, response FROM answers ORDER BY position").fetchall()
    return [
        (verdict, None if response is None else json.loads(response)) for verdict, response in rows
    ]


def test_two_quick_enters_answer_one_choice_question(bank: Path, isolated_home: Path) -> None:
    child = play(bank, "choice")
    child.expect("Question 1 of 3")
    child.expect(PROMPT_OPEN)
    child.send(ENTER + ENTER)
    waits(child, 2)
    answers = stored(child, isolated_home)
    assert len(answers) == 1


def test_holding_enter_answers_one_question(bank: Path, isolated_home: Path) -> None:
    child = play(bank, "choice")
    child.expect("Question 1 of 3")
    child.expect(PROMPT_OPEN)
    until = time.monotonic() + 1.5
    while time.monotonic() < until:  # a held key repeats about 30 times a second
        child.send(ENTER)
        time.sleep(0.03)
    waits(child, 2)
    assert len(stored(child, isolated_home)) == 1


def test_an_enter_just_after_times_up_does_not_answer_the_next(
    bank: Path, isolated_home: Path
) -> None:
    child = play(bank, "choice", "--time-limit", "2")
    child.expect("Question 1 of 3")
    child.expect("Time's up")
    child.send(ENTER)
    child.expect("Question 2 of 3")
    child.expect("Time's up")  # question 2 ran out of time: the Enter did not answer it
    child.expect("Question 3 of 3")
    child.expect(PROMPT_OPEN)
    answers = stored(child, isolated_home)
    assert [verdict for verdict, _ in answers[:2]] == ["timed_out", "timed_out"]


def test_lines_typed_ahead_answer_one_text_question(bank: Path, isolated_home: Path) -> None:
    child = play(bank, "text")
    child.expect("Question 1 of 3")
    child.expect(PROMPT_OPEN)
    child.send("haunt\rKerr\rfoo\r")  # pasted into a terminal without bracketed paste
    waits(child, 2)
    assert stored(child, isolated_home) == [("wrong", "haunt")]


def test_a_bracketed_paste_is_one_answer(bank: Path, isolated_home: Path) -> None:
    child = play(bank, "text")
    child.expect("Question 1 of 3")
    child.expect(PROMPT_OPEN)
    child.send("\x1b[200~haunt\nKerr\nfoo\x1b[201~")
    index = child.expect([r"Right!|Wrong", pexpect.TIMEOUT], timeout=LEAK_SECONDS)
    assert index == 1, "a paste must not submit the answer"
    child.send(ENTER)
    waits(child, 2)
    assert stored(child, isolated_home) == [("wrong", "haunt Kerr foo")]
