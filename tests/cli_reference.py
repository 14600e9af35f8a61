"""The CLI reference in docs/cli.md, generated from ``--help`` so it cannot drift.

Regenerate after changing a command: ``python tests/cli_reference.py``. The test in
``tests/test_docs.py`` fails while docs/cli.md differs from what this produces.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "docs" / "cli.md"
COMMANDS = [
    [],
    ["list"],
    ["validate"],
    ["play"],
    ["review"],
    ["daily"],
    ["scores"],
    ["history"],
    ["stats"],
    ["reset"],
    ["sync"],
    ["import"],
    ["export"],
    ["host"],
    ["join"],
    ["draft"],
    ["cache"],
    ["cache", "path"],
    ["cache", "clear"],
    ["rescue"],
    ["rescue", "list"],
    ["rescue", "import"],
]


def help_text(command: list[str]) -> str:
    """``quizcli COMMAND --help`` at a fixed width."""
    env = {**os.environ, "COLUMNS": "88", "TERM": "dumb"}
    env.pop("NO_COLOR", None)
    result = subprocess.run(
        [sys.executable, "-m", "quizcli", *command, "--help"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return result.stdout.replace("Usage: python -m quizcli", "Usage: quizcli").rstrip()


def render() -> str:
    """The whole reference."""
    parts = [
        "# Command reference",
        "",
        "Generated from `--help` by `python tests/cli_reference.py`; a test keeps it current.",
    ]
    for command in COMMANDS:
        parts += ["", f"## quizcli {' '.join(command)}".rstrip(), "", "```text"]
        parts += [help_text(command), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
