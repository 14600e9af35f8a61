"""TERM=dumb and --plain in a real pseudo-terminal (pexpect): a dumb terminal gets the plain,
line-by-line mode, and plain output carries no escape sequence at all (no colour, bold,
italics, cursor movement or bracketed paste)."""

from __future__ import annotations

import os
import sys

import pexpect
import pytest
from helpers import quizcli

ESC = "\x1b"
ANSWERS = "1\n" * 30  # a plain round re-asks a line that does not parse; 1 parses for most
ANA = {"QUIZCLI_PLAYER": "ana"}


def run_in_terminal(*args: str, term: str = "xterm", input: str = ANSWERS) -> str:
    """Everything ``quizcli ARGS`` writes to a 100x40 terminal, colours allowed."""
    env = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    env.update({"TERM": term, "PROMPT_TOOLKIT_NO_CPR": "1", "QUIZCLI_PLAYER": "ana"})
    env.pop("COLUMNS", None)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", *args],
        env=env,
        dimensions=(40, 100),
        encoding="utf-8",
        timeout=30,
    )
    child.send(input)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return str(child.before)


def test_the_terminal_really_gets_styles_without_plain() -> None:
    """The check below can fail: the same terminal shows bold and italics without --plain."""
    assert (
        quizcli("play", "paris2024", "--count", "1", "--plain", input="1\n", env=ANA).returncode
        == 0
    )
    assert f"{ESC}[1m" in run_in_terminal("stats", input="")


@pytest.mark.parametrize("command", [["scores"], ["stats"], ["history"], ["scores", "--daily"]])
def test_plain_listings_print_no_styling(command: list[str]) -> None:
    for played in (["play", "paris2024", "--count", "2"], ["daily", "paris2024"]):
        # Skips: any draw takes them ("1" does not answer an order question, and a round
        # left unfinished was not in the listings: the test was flaky).
        assert quizcli(*played, "--plain", input="\n" * 30, env=ANA).returncode == 0
    out = run_in_terminal(*command, "--plain", input="")
    assert ESC not in out
    assert "ana" in out


def test_a_plain_round_and_its_ranking_line_print_no_styling() -> None:
    out = run_in_terminal("play", "paris2024", "--count", "3", "--seed", "1", "--plain")
    assert "Question 3 of 3" in out
    assert "1st of 1 finished games on paris2024" in out  # the ranking line after the round
    assert ESC not in out


@pytest.mark.parametrize(
    "command",
    [
        ["play", "paris2024", "--count", "3", "--seed", "1"],
        ["daily", "paris2024"],
        ["review", "paris2024", "--new", "2"],
    ],
)
def test_term_dumb_gets_the_plain_line_by_line_mode(command: list[str]) -> None:
    # The daily's and the review's draws change with the date or the run, and "1" does not
    # answer an order question (the round re-asks until the input ends: each timed out on
    # 2026-12-06); a skip answers any.
    answers = "\n" * 30 if command[0] in ("daily", "review") else ANSWERS
    out = run_in_terminal(*command, term="dumb", input=answers)
    assert "Question 1 of" in out or "Review over" in out or "No cards" in out
    for sequence in ("[6A", "[J", "[?2004h", "[?25l"):
        assert ESC + sequence not in out
    assert ESC not in out
