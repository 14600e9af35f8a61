"""Odd terminals: dumb, colourless, narrow, C locale, and stdout redirected to a file."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import PROMPT_OPEN, VALID, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

# Accents everywhere, but not the text question's answer (Sørum): a title or prompt that
# shows an answer keeps that question out of the round.
ACCENTED = VALID.replace("Demo set", "Ørsted & Åsa: ÆØÅ").replace(
    'prompt = "Who won the 1500m?"', 'prompt = "Hvem vant 1500 m? (Åsa, Ørsted, Æsir)"'
)


def play(bank: Path, env: dict[str, str], dimensions: tuple[int, int] = (40, 120)) -> str:
    """One interactive question answered with Enter; the whole screen output."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", "play", "demo", "--bank", str(bank), "--kind", "choice"],
        env={**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", **env},
        dimensions=dimensions,
        encoding="utf-8",
        codec_errors="replace",
        timeout=30,
    )
    child.expect(PROMPT_OPEN)
    child.send("\r")
    child.expect("Round over")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    return str(child.before)


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, ACCENTED)


def test_term_dumb(bank: Path) -> None:
    play(bank, {"TERM": "dumb"})


def test_no_color_means_no_colour_codes(bank: Path) -> None:
    out = play(bank, {"TERM": "xterm-256color", "NO_COLOR": "1"})
    assert not re.search(r"\x1b\[[0-9;]*3[0-9]m|\x1b\[38;", out)  # no foreground colours


def test_a_twenty_column_terminal(bank: Path) -> None:
    play(bank, {"TERM": "xterm"}, dimensions=(30, 20))


def test_c_locale_with_accented_names(bank: Path) -> None:
    out = play(bank, {"TERM": "xterm", "LANG": "C", "LC_ALL": "C"})
    assert "Ørsted" in out or "\\xd8rsted" in out  # readable either way, never a crash


def test_stdout_to_a_file_while_stdin_is_a_terminal(bank: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "round.txt"
    child = pexpect.spawn(
        "/bin/sh",
        ["-c", f'"{sys.executable}" -m quizcli play demo --bank "{bank}" --seed 4 > "{out_file}"'],
        env={**os.environ, "TERM": "xterm"},
        encoding="utf-8",
        timeout=30,
    )
    for line in ["1 2 3", "t", "1", "2 1 3", "Sorum", "4", "13:13.66"]:
        child.sendline(line)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    text = out_file.read_text(encoding="utf-8")
    assert "Round over" in text
    assert "Score 1850 of 1850" in text
    assert "\x1b" not in text  # plain text in the file
