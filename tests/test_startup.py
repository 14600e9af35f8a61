"""Start-up: what ``quizcli --version`` and a warm ``quizcli list`` import.

Timings are measured by bench/run.py, never asserted here; these tests pin the cause
instead: a module that ``list`` or ``--version`` does not need, imported at start-up, is the
way the floor slipped before (the formats registry, the TOML loader, every command module).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from helpers import quizcli

# Runs quizcli's console-script entry point, then writes every imported module's name (and,
# as "<invisible pattern compiled>", whether the bank-text escaper compiled its pattern).
PROBE = """
import atexit, json, sys
out = sys.argv.pop(1)
def written():
    names = sorted(sys.modules)
    safetext = sys.modules.get("quizcli.safetext")
    if safetext is not None and safetext.invisible.cache_info().currsize:
        names.append("<invisible pattern compiled>")
    open(out, "w").write(json.dumps(names))
atexit.register(written)
sys.argv[0] = "quizcli"
from quizcli.entry import main
main()
"""


def imported(tmp_path: Path, *args: str) -> set[str]:
    """The modules a ``quizcli ARGS`` run has imported by the time it ends."""
    out = tmp_path / "modules.json"
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(out), *args],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(out.read_text()))


def under(modules: set[str], *packages: str) -> set[str]:
    """The modules that are, or are inside, one of ``packages``."""
    return {m for m in modules if any(m == p or m.startswith(p + ".") for p in packages)}


def test_version_imports_neither_typer_nor_rich_nor_the_cli(tmp_path: Path) -> None:
    modules = imported(tmp_path, "--version")
    assert under(modules, "typer", "click", "rich", "quizcli.cli", "quizcli.commands") == set()


def test_a_warm_list_imports_no_loader_no_format_and_no_other_command(tmp_path: Path) -> None:
    assert quizcli("list").returncode == 0  # the built-in bank's cache entry is written
    # Skips: they answer any question a random draw asks ("1" does not answer an order one).
    played = quizcli("play", "paris2024", "--plain", "--count", "1", input="\n" * 8)
    assert played.returncode == 0, played.stderr  # and a store with a game exists
    modules = imported(tmp_path, "list")
    needless = under(
        modules,
        "quizcli.bank.formats",
        "quizcli.bank.load",
        "quizcli.bank.build",
        "tomli",
        "tomllib",
        "defusedxml",
        "questionary",
        "prompt_toolkit",
        "quizcli.game",
        "quizcli.draw",
        "quizcli.model",
        "quizcli.commands.play",
        "quizcli.commands.scores",
        "quizcli.commands.export_games",
        "quizcli.commands.dates",
        "quizcli.commands.host",
        "quizcli.commands.review",
    )
    assert needless == set()
    assert "quizcli.commands.banks" in modules  # the probe did run ``list``


# What a warm ``list`` with a store may not load: it reads the due cards through
# quizcli.store.peek alone, never the store's classes, its games' SQL, other engines, the
# scheduler or the game model.
STORE_CLASSES = (
    "quizcli.store.base",
    "quizcli.store.cardrows",
    "quizcli.store.cards",
    "quizcli.store.queries",
    "quizcli.store.sqlite",
    "quizcli.store.sqlite_errors",
    "quizcli.store.postgres",
    "quizcli.store.sync",
    "psycopg",
    "fsrs",
    "quizcli.review",
    "quizcli.model",
    "quizcli.decoding",
    # Nor the schema steps (peek knows the version), nor what plain ASCII text and an ASCII
    # player name never need: unicodedata, the joiner rules, the invisible-character pattern.
    "quizcli.store.migrations",
    "quizcli.joiners",
    "unicodedata",
    "<invisible pattern compiled>",
)


def test_a_warm_list_reads_due_cards_without_the_stores_classes(
    tmp_path: Path, isolated_home: Path
) -> None:
    assert quizcli("list").returncode == 0  # the built-in bank's cache entry is written
    played = quizcli("play", "paris2024", "--plain", "--count", "3", input="\n" * 20)
    assert played.returncode == 0, played.stderr  # a store with a game and three cards
    db = sqlite3.connect(isolated_home / "quizcli.db")
    with db:
        assert db.execute("UPDATE cards SET due = 0 WHERE rowid <= 2").rowcount == 2
    db.close()
    modules = imported(tmp_path, "list")
    assert "quizcli.store.peek" in modules  # the probe did read the store
    assert under(modules, *STORE_CLASSES) == set()
    listing = quizcli("list", "--json")  # and what it read is the due count
    assert json.loads(listing.stdout)[0]["due"] == 2


def test_list_shows_the_same_whichever_way_it_reads_banks_and_due_cards(
    isolated_home: Path,
) -> None:
    # The quick ways (peek for the due cards, the warm bank cache) against the slow ones
    # (the store, a cold cache): the table and the JSON are the same, due cards and all.
    assert quizcli("play", "paris2024", "--plain", "--count", "3", input="\n" * 20).returncode == 0
    db = sqlite3.connect(isolated_home / "quizcli.db")
    with db:
        assert db.execute("UPDATE cards SET due = 0 WHERE rowid <= 2").rowcount == 2
    db.close()
    quick = [quizcli("list"), quizcli("list", "--json")]
    assert "2 due" in quick[0].stdout and json.loads(quick[1].stdout)[0]["due"] == 2
    wal = isolated_home / "quizcli.db-wal"
    wal.write_bytes(b"")  # another connection's WAL: peek leaves the look to the store
    assert quizcli("cache", "clear").returncode == 0
    slow = [quizcli("list"), quizcli("list", "--json")]
    assert [(r.returncode, r.stdout, r.stderr) for r in slow] == [
        (r.returncode, r.stdout, r.stderr) for r in quick
    ]


def test_typer_reads_the_root_and_list_annotations_as_objects_not_strings() -> None:
    # Typer reads them on every run; a string annotation (``from __future__ import
    # annotations``) would be compiled then, each time.
    from quizcli import cli
    from quizcli.commands import banks

    for function in (cli._root, cli._help_when_bare, banks.list_sets):
        assert not [name for name, a in function.__annotations__.items() if isinstance(a, str)]
