"""Small builders shared by the tests: bank text, files, and running the CLI."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

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


# The capabilities that let root ignore file permissions: write anywhere, read anything,
# chmod what it does not own. CAP_DAC_OVERRIDE is bit 1, CAP_DAC_READ_SEARCH 2, CAP_FOWNER 3.
ROOT_POWERS = "-dac_override,-dac_read_search,-fowner"  # setpriv's spelling: drop each
ROOT_POWER_BITS = 0b1110


@functools.cache
def _setpriv_prefix() -> tuple[str, ...] | None:
    """setpriv's arguments that drop ROOT_POWERS, or None if it is missing or refused."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    prefix = (setpriv, f"--bounding-set={ROOT_POWERS}", f"--inh-caps={ROOT_POWERS}", "--")
    try:
        probe = subprocess.run(
            [*prefix, "cat", "/proc/self/status"], capture_output=True, text=True, timeout=30
        )
    except OSError:
        return None
    effective = [line for line in probe.stdout.splitlines() if line.startswith("CapEff:")]
    if probe.returncode != 0 or not effective:
        return None  # e.g. a container without CAP_SETPCAP cannot shrink the bounding set
    if int(effective[0].split()[1], 16) & ROOT_POWER_BITS:
        return None
    return prefix


def without_root_powers(command: list[str]) -> list[str] | None:
    """``command`` arranged so that file permissions apply to it, or None if that cannot be.

    A normal user is bound by permissions already: the command is returned as it is. Root
    ignores them, so as root the command runs under util-linux ``setpriv`` without the
    capabilities that bypass them (ROOT_POWERS); it keeps uid 0, so it still owns the files
    the tests create as root.
    """
    if os.name != "posix":
        return None
    if os.geteuid() != 0:
        return command
    prefix = _setpriv_prefix()
    return None if prefix is None else [*prefix, *command]


def obeying_permissions(command: list[str]) -> list[str]:
    """``command`` under ``without_root_powers``; skips the test when that is impossible."""
    arranged = without_root_powers(command)
    if arranged is None:
        pytest.skip("cannot run a process that obeys file permissions (root without setpriv)")
    return arranged


def quizcli(
    *args: str,
    input: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    obey_permissions: bool = False,
) -> subprocess.CompletedProcess[str]:
    """Run the installed CLI as a subprocess (``python -m quizcli``), capturing output.

    With ``obey_permissions`` it runs bound by file permissions even under root (see
    ``without_root_powers``), and the test is skipped where that cannot be arranged.
    """
    command = [sys.executable, "-m", "quizcli", *args]
    return subprocess.run(
        obeying_permissions(command) if obey_permissions else command,
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


def read_the_question() -> None:
    """Wait as a player reading a new question would before the first key: the type-ahead
    guard takes the previous answer's key coming again within SETTLE_SECONDS as a repeat
    (a held or doubled Enter) meant for the previous question."""
    from quizcli.ui.terminal import SETTLE_SECONDS

    time.sleep(SETTLE_SECONDS + 0.1)


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


def crash_after_a_change(database: Path, sql: str) -> None:
    """Commit ``sql`` to ``database`` in a process that then dies without closing it.

    The change stays in the ``-wal`` file beside the database (with the ``-shm`` index), as
    a quizcli killed after saving a game leaves it.
    """
    script = (
        "import os, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "db.execute(sys.argv[2])\n"
        "db.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(database), sql], check=True, timeout=60)


def crash_in_the_middle_of_a_write(database: Path, sql: str) -> None:
    """Run ``sql`` on ``database`` in a process that dies before committing it.

    With a one-page cache SQLite writes changed pages into the file before the commit; in
    rollback-journal mode the originals stay in a hot ``-journal`` file beside it, which
    the next connection must play back before anything in the file can be trusted.
    """
    script = (
        "import os, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1])\n"
        "db.execute('PRAGMA cache_size = 1')\n"
        "db.execute(sys.argv[2])\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(database), sql], check=True, timeout=60)


def listing(folder: Path) -> list[str]:
    """The names in ``folder``, sorted."""
    return sorted(path.name for path in folder.iterdir())


def journalled(*folders: Path) -> list[dict[str, Any]]:
    """The rounds the journal files in ``folders`` hold (``home/journal`` for a data
    folder), each as its game row's fields plus ``mode`` and ``path``, oldest first."""
    import json

    from quizcli.journal.entry import from_lines

    found = []
    for folder in folders:
        place = folder / "journal" if (folder / "journal").is_dir() else folder
        for path in sorted(place.glob("*.jsonl")):
            lines = [
                json.loads(line)
                for line in path.read_text().splitlines()
                if line.strip().endswith("}")
            ]
            entry = from_lines(lines, str(path))
            if entry is not None:
                found.append({**entry.game._asdict(), "mode": entry.mode, "path": path})
    return found
