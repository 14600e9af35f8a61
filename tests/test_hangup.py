"""Closing the terminal mid-round, many times, at random moments: every round is kept.

Each "window" is quizcli in its own pseudo-terminal, played with random keys for a random
while after its first question is drawn; then the window is closed (the pty master is
closed, as a terminal emulator does when its window goes away; the kernel hangs the
terminal up and sends SIGHUP). Every process must exit by itself with 129 and every round
must be in the SQLite store.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pexpect
import pytest
from helpers import VALID, spawn_quizcli, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

WINDOWS = 36
AT_ONCE = 6
# How long a window may take to exit once closed (generous: the machine is shared).
EXIT_SECONDS = 20.0
# How a window runs quizcli: as the terminal's session leader (the kernel sends it SIGHUP);
# as a job of a shell that passes SIGHUP on after a while, as bash does; or under a shell
# that never passes it on, so that only reads and writes failing tell quizcli.
HOW = ("leader", "shell", "silent")
SHELL = r"""
import os, signal, sys, time
how, delay, code_file, args = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4:]
child = os.fork()
if child == 0:  # a job in the foreground, as a job-control shell starts it
    os.setpgid(0, 0)
    signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    os.tcsetpgrp(0, os.getpid())
    signal.signal(signal.SIGTTOU, signal.SIG_DFL)
    os.execv(sys.executable, [sys.executable, "-m", "quizcli", *args])
def hung_up(signum, frame):
    if how == "shell":
        time.sleep(delay)
        os.kill(child, signal.SIGHUP)
signal.signal(signal.SIGHUP, hung_up)
while True:
    try:
        status = os.waitpid(child, 0)[1]
        break
    except InterruptedError:
        continue
with open(code_file, "w") as out:
    out.write(str(os.waitstatus_to_exitcode(status)))
"""
KEYS = ["\r", "\x1b[B", " ", "x", "4", "?", "\x1b[A", "Kerr\r"]


def spawn_python(args: list[str], env: dict[str, str]) -> pexpect.spawn:
    """``python ARGS`` in a pseudo-terminal, as ``spawn_quizcli`` runs quizcli."""
    return pexpect.spawn(
        sys.executable,
        args,
        env={**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", **env},
        dimensions=(40, 120),
        encoding="utf-8",
        timeout=30,
    )


class Window:
    """quizcli in a pseudo-terminal, played with random keys until its closing time."""

    def __init__(self, bank: Path, number: int) -> None:
        self.number = number
        self.rng = random.Random(number)
        self.how = HOW[number % len(HOW)]
        self.code_file = bank.parent / f"code-{number}"
        args = [
            "play", "demo", "--bank", str(bank), "--player", f"w{number}",
            "--seed", str(number), *(["--time-limit", "1"] if number % 4 == 0 else []),
        ]  # fmt: skip
        if self.how != "leader":
            delay = str(self.rng.uniform(0.0, 0.3))
            args = ["-c", SHELL, self.how, delay, str(self.code_file), *args]
        env = {"NO_COLOR": "1", "COLUMNS": "100"}
        self.child = (
            spawn_quizcli(*args, env=env) if self.how == "leader" else spawn_python(args, env)
        )
        self.closes_at = 0.0
        self.code: int | str | None = None

    def started(self) -> None:
        """Wait for the first question; the window closes a random while after it."""
        self.child.expect("Question 1 of 7")
        self.closes_at = time.monotonic() + self.rng.uniform(0.0, 1.5)

    def play(self) -> None:
        """Maybe press a key; read what is on screen, as a terminal does."""
        if self.rng.random() < 0.3:
            self.child.send(self.rng.choice(KEYS))
        try:
            self.child.read_nonblocking(65536, timeout=0)
        except (pexpect.TIMEOUT, pexpect.EOF):
            pass

    def close(self) -> None:
        """Close the pty master, as a terminal emulator does when its window goes away."""
        process = self.child.ptyproc
        process.fileobj.close()
        process.fd, process.closed, self.child.closed = -1, True, True
        self.deadline = time.monotonic() + EXIT_SECONDS

    def exited(self) -> bool:
        """True once the process has exited (its code noted) or overstayed (killed)."""
        pid, status = os.waitpid(self.child.pid, os.WNOHANG)
        if pid:
            if self.how != "leader":
                self.code = int(self.code_file.read_text()) if self.code_file.exists() else None
            elif os.WIFEXITED(status):
                self.code = os.WEXITSTATUS(status)
            else:
                self.code = f"killed by signal {os.WTERMSIG(status)}"
            return True
        if time.monotonic() > self.deadline:
            os.kill(self.child.pid, signal.SIGKILL)
            os.waitpid(self.child.pid, 0)
            self.code = "still running"
            return True
        return False


def close_at_random(bank: Path, numbers: range) -> list[int | str | None]:
    """Open a window for each number, close each at a random moment; their exit codes."""
    windows = [Window(bank, number) for number in numbers]
    for window in windows:
        window.started()
    open_, closing = list(windows), []
    while open_ or closing:
        now = time.monotonic()
        for window in list(open_):
            if now >= window.closes_at:
                window.close()
                open_.remove(window)
                closing.append(window)
            else:
                window.play()
        closing = [window for window in closing if not window.exited()]
        time.sleep(0.01)
    return [window.code for window in windows]


@pytest.mark.slow
def test_closing_windows_at_random_moments_keeps_every_round(
    tmp_path: Path, isolated_home: Path
) -> None:
    bank = write(tmp_path, VALID)
    codes: list[int | str | None] = []
    for first in range(0, WINDOWS, AT_ONCE):
        codes += close_at_random(bank, range(first, first + AT_ONCE))
    assert codes == [129] * WINDOWS
    with sqlite3.connect(isolated_home / "quizcli.db") as db:
        players = sorted(row[0] for row in db.execute("SELECT player FROM games"))
    assert players == sorted(f"w{n}" for n in range(WINDOWS))
