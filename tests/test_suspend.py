"""Ctrl-Z in an interactive round: suspended like any terminal program, resumed with ``fg``.

quizcli runs as a job of an interactive bash in a pseudo-terminal, as in a real terminal
(job control is needed: a process group without a shell above it is never stopped).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import time
from pathlib import Path

import pexpect
import pytest
from helpers import VALID, write

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty and job control"),
    pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash for job control"),
]


def shell() -> pexpect.spawn:
    """An interactive bash with job control, without the user's start-up files."""
    child = pexpect.spawn(
        "bash",
        ["--norc", "--noprofile", "-i"],
        env={**os.environ, "PS1": "$ ", "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"},
        dimensions=(40, 120),
        encoding="utf-8",
        timeout=30,
    )
    child.expect_exact("$ ")
    return child


def answers(home: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(home / "quizcli.db") as db:
        return db.execute("SELECT verdict, response FROM answers").fetchall()


def test_ctrl_z_suspends_and_fg_resumes_with_the_clock_paused(
    tmp_path: Path, isolated_home: Path
) -> None:
    bank = write(tmp_path, VALID)
    child = shell()
    child.sendline(
        f"{sys.executable} -m quizcli play demo --bank {bank} --kind text --player z --time-limit 3"
    )
    child.expect("Which Norwegian pairs with Mol")
    child.expect("Your answer:")
    child.send("Sor")
    child.sendcontrol("z")
    child.expect("Stopped")  # bash's job report: quizcli is stopped, not typing ^Z
    child.expect_exact("$ ")
    time.sleep(4)  # longer than the time limit: the clock must be paused meanwhile
    child.send("fg\r\r")  # a second Enter after fg: it must not answer the question
    child.expect(r"Question 1 of 1: \S*Which Norwegian pairs with Mol")  # shown again
    child.expect("Time left")  # the prompt is drawn again, with time left
    time.sleep(0.5)
    child.send("um\r")
    child.expect("Right!")
    child.expect("Round over")
    child.expect_exact("$ ")
    child.sendline("exit")
    child.expect(pexpect.EOF)
    assert answers(isolated_home) == [("right", '"Sorum"')]
