"""Smaller things a user meets (issue 10): help, usage lines, unknown sets, names, paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import VALID, quizcli, write

# demo bank, --seed 4: multi, truefalse, choice, order, text, number, time (see test_plain).
SOME_RIGHT = "1 2\nf\n1\n\n\n\n\n"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def test_quizcli_alone_prints_help_on_stdout_and_succeeds() -> None:
    for command in ([], ["cache"]):
        result = quizcli(*command)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert result.stdout.startswith("Usage: ")
        assert "Commands:" in result.stdout


def test_limit_help_shows_the_real_range() -> None:
    for command in ("scores", "history"):
        help_text = quizcli(command, "--help").stdout
        assert "1<=x<=1000000" in help_text
        assert "x>=1]" not in help_text


def test_validate_usage_names_its_argument_plainly() -> None:
    assert "Usage: python -m quizcli validate [OPTIONS] PATH...\n" in (
        quizcli("validate", "--help").stdout
    )
    result = quizcli("validate")
    assert result.returncode == 2
    assert "Missing argument 'PATH...'" in result.stderr
    assert "{" not in result.stderr


@pytest.mark.parametrize("command", ["scores", "stats"])
def test_an_unknown_set_is_named_with_the_known_ones(
    command: str, demo: Path, tmp_path: Path, isolated_home: Path
) -> None:
    # A set known only from its stored games (its bank was removed since) still counts.
    played = quizcli(
        "play", "demo", "--bank", str(demo), "--seed", "4", "--player", "ana", input=SOME_RIGHT
    )
    assert played.returncode == 0, played.stderr
    result = quizcli(command, "nosuchset")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == (
        "Error: no set 'nosuchset' in the banks or the stored games (known: demo, paris2024)"
    )
    # A known set without matching games is no error.
    assert quizcli(command, "paris2024").returncode == 0
    assert quizcli(command, "demo", "--player", "bob").returncode == 0


def test_an_unknown_set_with_no_store_lists_the_catalog() -> None:
    result = quizcli("scores", "nosuchset", "--json")
    assert result.returncode == 1
    assert "(known: paris2024)" in result.stderr
