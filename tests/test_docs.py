"""The docs say what the code does."""

from __future__ import annotations

from cli_reference import TARGET, render


def test_the_cli_reference_is_current() -> None:
    assert TARGET.read_text(encoding="utf-8") == render(), (
        "docs/cli.md is out of date: run python tests/cli_reference.py"
    )
