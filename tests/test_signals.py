"""Rounds ended by signals, and readers that go away: stored, quiet, conventional exit codes."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest
from helpers import VALID, quizcli, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def read_until(process: subprocess.Popen[bytes], marker: bytes, timeout: float = 30) -> bytes:
    """Read the process's stdout until ``marker`` shows (the prompt ends without a newline)."""
    assert process.stdout is not None
    seen = b""
    deadline = time.monotonic() + timeout
    while marker not in seen:
        if time.monotonic() > deadline:
            raise TimeoutError(seen.decode(errors="replace"))
        ready, _, _ = select.select([process.stdout], [], [], 0.1)
        if ready:
            chunk = os.read(process.stdout.fileno(), 65536)
            if not chunk:
                break
            seen += chunk
    return seen


def history() -> list[dict[str, object]]:
    data = json.loads(quizcli("history", "--player", "sig", "--json").stdout)
    assert isinstance(data, list)
    return data


def test_sigterm_in_plain_mode_stores_an_abandoned_round_and_exits_143(demo: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "quizcli", "play", "demo", "--bank", str(demo), "--seed", "4",
         "--player", "sig", "--plain"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdin is not None
    read_until(process, b"Your answer")
    process.stdin.write(b"1 2 3\n")
    process.stdin.flush()
    read_until(process, b"Question 2 of 7")
    read_until(process, b"Your answer")
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 143
    assert b"Round over" in out
    assert b"Traceback" not in err
    (game,) = history()
    assert (game["status"], game["answered"]) == ("abandoned", 1)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGHUP, 129), (signal.SIGTERM, 143)])
def test_signals_at_an_interactive_prompt(demo: Path, signum: int, code: int) -> None:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", "play", "demo", "--bank", str(demo), "--player", "sig"],
        env={**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"},
        dimensions=(40, 120),
        encoding="utf-8",
        timeout=30,
    )
    child.expect("Question 1 of 7")
    child.expect(r"Your answer|Your time|Select all that apply|Pick the 1st")
    child.kill(signum)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == code
    assert "Traceback" not in str(child.before)
    (game,) = history()
    assert game["status"] == "abandoned"


@pytest.mark.parametrize(
    "args",
    [["list", "--json"], ["list"], ["scores", "--json"], ["validate", "BANKS"], ["history"]],
)
def test_a_reader_that_goes_away_is_no_error(tmp_path: Path, args: list[str]) -> None:
    banks = tmp_path / "banks"
    banks.mkdir()
    for number in range(150):  # enough output to overflow a pipe's buffer
        write(banks, VALID.replace('id = "demo"', f'id = "set-{number}"'), f"b{number}.toml")
    for name in ("ana", "bob"):
        quizcli("play", "set-1", "--bank", str(banks), "--player", name, input="1\n")
    command = [a if a != "BANKS" else str(banks) for a in args]
    if args[0] == "list":
        command += ["--bank", str(banks)]
    process = subprocess.Popen(
        [sys.executable, "-m", "quizcli", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()  # like `| head -c 10`
    err = process.stderr.read()
    process.wait(timeout=60)
    assert err == b""
    assert process.returncode in (0, 1)


@pytest.mark.parametrize(
    "kind", ["choice", "multi", "truefalse", "order", "number", "time", "text"]
)
def test_ctrl_c_at_each_kind_of_prompt(demo: Path, kind: str) -> None:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", "play", "demo", "--bank", str(demo), "--player", "sig", "--kind", kind],
        env={**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"},
        dimensions=(40, 120),
        encoding="utf-8",
        timeout=30,
    )
    child.expect("Question 1 of 1")
    child.expect(r"Your answer|Your time|Select all that apply|Pick the 1st")
    child.sendcontrol("c")
    child.expect("Round over")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in str(child.before)
    (game,) = history()
    assert (game["status"], game["answered"], game["asked"]) == ("abandoned", 0, 1)
