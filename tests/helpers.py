"""Small builders shared by the tests: bank text and files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HEADER = """\
format = 1

[set]
id = "demo"
title = "Demo set"
description = "A tiny bank for tests."
tags = ["test"]

[[sources]]
id = "src"
title = "A source"
"""

ONE_OF_EACH = """
[[questions]]
id = "q-choice"
kind = "choice"
prompt = "Who won the 1500m?"
difficulty = "easy"
tags = ["1500m"]
source = "src"
explanation = "Cole Hocker won."
choices = ["Cole Hocker", "Josh Kerr", "Yared Nuguse"]
answer = "Cole Hocker"

[[questions]]
id = "q-multi"
kind = "multi"
prompt = "Who won a 1500m medal?"
tags = ["1500m", "podium"]
source = "src"
choices = ["Cole Hocker", "Josh Kerr", "Jake Wightman", "Yared Nuguse"]
answer = ["Cole Hocker", "Josh Kerr", "Yared Nuguse"]

[[questions]]
id = "q-tf"
kind = "truefalse"
prompt = "He won the 5000m."
difficulty = "easy"
answer = true

[[questions]]
id = "q-order"
kind = "order"
prompt = "Order the 1500m podium."
difficulty = "hard"
hint = "An American won."
answer = ["Cole Hocker", "Josh Kerr", "Yared Nuguse"]

[[questions]]
id = "q-number"
kind = "number"
prompt = "Where did he finish in the 1500m?"
answer = 4

[[questions]]
id = "q-time"
kind = "time"
prompt = "His 5000m winning time?"
difficulty = "hard"
answer = "13:13.66"

[[questions]]
id = "q-text"
kind = "text"
prompt = "Which Norwegian pairs with Mol?"
answer = "Sørum"
accept = ["Sorum"]
"""

VALID = HEADER + ONE_OF_EACH


def write(folder: Path, text: str, name: str = "bank.toml") -> Path:
    """Write ``text`` to ``folder/name`` and return the path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def quizcli(
    *args: str, input: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI as a subprocess (``python -m quizcli``), capturing output."""
    return subprocess.run(
        [sys.executable, "-m", "quizcli", *args],
        input=input,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


# What every kind's interactive prompt shows once it is open and reading keys. Only the
# prompt's own line: the question panel printed before it says "Select all that apply."
# (full stop), and a key or signal sent then reaches a terminal not yet in raw mode.
PROMPT_OPEN = r"Your answer|Your time|Select all that apply:|Pick the 1st"


def spawn_quizcli(
    *args: str,
    env: dict[str, str] | None = None,
    dimensions: tuple[int, int] = (40, 120),
    timeout: float = 30,
) -> Any:
    """quizcli in a real pseudo-terminal (pexpect), as a player runs it.

    TERM=xterm and no cursor-position requests (prompt_toolkit would wait for an answer the
    pseudo-terminal never gives).
    """
    import pexpect

    return pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", *args],
        env={**os.environ, "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", **(env or {})},
        dimensions=dimensions,
        encoding="utf-8",
        timeout=timeout,
    )
