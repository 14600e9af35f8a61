"""Standard streams that are closed, full or narrow: one line on stderr, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import VALID, quizcli, write

FULL = Path("/dev/full")  # every write fails with ENOSPC, like a full disk


def run(*args: str, **streams: object) -> subprocess.CompletedProcess[str]:
    """``python -m quizcli ARGS`` with the given stdin/stdout (file objects or fds)."""
    return subprocess.run(
        [sys.executable, "-m", "quizcli", *args],
        text=True,
        stderr=subprocess.PIPE,
        timeout=60,
        **streams,  # type: ignore[call-overload]
    )


def closed(fd: int) -> None:
    """Close ``fd`` in the child before quizcli starts, as ``<&-`` or ``>&-`` would."""
    os.close(fd)


@pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args", [["list"], ["list", "--json"], ["scores", "--json"], ["--version"], ["cache", "path"]]
)
def test_an_output_that_cannot_be_written_is_one_line(args: list[str]) -> None:
    with FULL.open("w") as full:
        result = run(*args, stdout=full)
    assert result.returncode == 1
    assert result.stderr == "Error: could not write the output: the disk is full\n"


@pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full")
def test_a_round_whose_output_fails_is_still_stored(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID)
    with FULL.open("w") as full:
        result = run("play", "demo", "--bank", str(bank), "--count", "1", input="1\n", stdout=full)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    history = quizcli("history", "--json")
    assert '"set": "demo"' in history.stdout


def test_a_closed_stdin_reads_as_no_input(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID)
    result = subprocess.run(
        [sys.executable, "-m", "quizcli", "play", "demo", "--bank", str(bank)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: closed(0),
    )
    assert result.returncode == 0, result.stderr
    assert "Round over" in result.stdout
    assert "Traceback" not in result.stderr


def test_reset_with_a_closed_stdin_deletes_nothing() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quizcli", "reset"],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: closed(0),
    )
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1)


def test_a_closed_stdout_is_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quizcli", "list"],
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        preexec_fn=lambda: closed(1),
    )
    assert result.returncode == 1
    assert result.stderr == "Error: standard output is closed; quizcli has nowhere to write\n"


def test_an_output_encoding_without_the_bank_s_letters(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID.replace("Demo set", "Sørum \u2192 Ørsted \u6f22\u5b57"))
    env = {"PYTHONIOENCODING": "ascii"}
    listed = quizcli("list", "--bank", str(bank), env=env)
    assert listed.returncode == 0, listed.stderr
    assert "S\\xf8rum" in listed.stdout
    played = quizcli("play", "demo", "--bank", str(bank), "--count", "1", input="1\n", env=env)
    assert played.returncode == 0, played.stderr
    assert "\\u6f22\\u5b57" in played.stdout


@pytest.mark.parametrize(
    ("variable", "args"),
    [
        ("QUIZCLI_HOME", ["list"]),
        ("QUIZCLI_HOME", ["scores"]),
        ("QUIZCLI_HOME", ["cache", "path"]),
        ("QUIZCLI_HOME", ["cache", "clear"]),
        ("QUIZCLI_PATH", ["list"]),
        ("QUIZCLI_PATH", ["play", "paris2024"]),
    ],
)
def test_a_home_folder_of_an_unknown_user_is_one_line(variable: str, args: list[str]) -> None:
    result = quizcli(*args, env={variable: "~no-such-user-here/quiz"}, input="")
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: ${variable}: no home folder is known for '~no-such-user-here'\n"
    )
