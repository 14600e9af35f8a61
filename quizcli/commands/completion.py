"""Shell completion (bash, zsh, fish): set ids, player names and tags, found when asked.

Imported only when the shell asks (``_QUIZCLI_COMPLETE`` is set), never at start-up. The
values come from the same places the commands read: the catalog (through the bank cache)
and the store, opened read-only; anything that fails there completes nothing rather than
printing an error into the shell. Kinds and difficulties complete by themselves (they are
choices), bank paths as files.

The protocol is Typer's: ``_QUIZCLI_COMPLETE=source_bash`` prints the script to source,
which then calls quizcli with ``complete_bash``. Click's spelling (``bash_source``) is
accepted as well.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from quizcli.errors import QuizError

if TYPE_CHECKING:
    from quizcli.bank.catalog import Catalog
    from quizcli.store import SQLiteStore

# Opens the catalog from the ``--bank`` paths typed so far.
OpenCatalog = Callable[[list[Path] | None], "Catalog"]

COMPLETE_VAR = "_QUIZCLI_COMPLETE"
SHELLS = ("bash", "zsh", "fish")
# Characters a shell would read as syntax (or split at) once a completion is inserted on
# the command line: values holding one are not offered.
_SHELL_SYNTAX = frozenset(" \t\"'`$\\;&|<>()*?[]{}!#~")


def prepare() -> None:
    """Register the shells' completion classes, and accept click's ``bash_source``
    spelling of the instruction for Typer's ``source_bash``."""
    from typer._completion_classes import completion_init

    completion_init()
    instruction = os.environ.get(COMPLETE_VAR, "")
    shell, _, action = instruction.partition("_")
    if shell in SHELLS and action in ("source", "complete"):
        os.environ[COMPLETE_VAR] = f"{action}_{shell}"


def set_ids(ctx: typer.Context, incomplete: str, open_catalog: OpenCatalog) -> list[str]:
    """Ids of the sets in the catalog (with any ``--bank`` already typed) and in the
    store, starting with ``incomplete``. ``open_catalog`` is the commands' own
    (:func:`quizcli.commands.options.open_catalog`), passed in so that this module needs
    no import of the one that imports it."""

    def found() -> list[str]:
        return [*open_catalog(_banks(ctx)).sets, *_stored(lambda store: store.set_ids())]

    return _offer(_quietly(found), incomplete)


def players(incomplete: str) -> list[str]:
    """Names of the players with stored games, starting with ``incomplete``."""
    return _offer(_quietly(lambda: _stored(lambda store: store.players())), incomplete)


def tags(ctx: typer.Context, incomplete: str, open_catalog: OpenCatalog) -> list[str]:
    """Tags of the questions of the set already typed (else of every set), from the
    catalog that ``open_catalog`` opens (as for :func:`set_ids`)."""

    def found() -> list[str]:
        catalog = open_catalog(_banks(ctx))
        # While completing, click may leave the positional SET among the extra arguments.
        chosen = ctx.params.get("set_id") or next(iter(ctx.args), None)
        banks = [bank for set_id, (bank, _) in catalog.sets.items() if chosen in (None, set_id)]
        return [tag for bank in banks for tag in bank.tag_names()]

    return _offer(_quietly(found), incomplete)


def _banks(ctx: typer.Context) -> list[Path] | None:
    """The ``--bank`` paths typed so far (as the shell gives them: text)."""
    banks = ctx.params.get("banks")
    return [Path(bank) for bank in banks] if banks else None


def _stored(query: Callable[[SQLiteStore], list[str]]) -> list[str]:
    """``query`` run on the store opened read-only; nothing when there is no store."""
    from quizcli import paths
    from quizcli.store import SQLiteStore

    store = SQLiteStore.for_reading(paths.database_path())
    if store is None:
        return []
    try:
        return query(store)
    finally:
        store.close()


def _quietly(find: Callable[[], list[str]]) -> list[str]:
    """What ``find`` returns, or nothing when the data cannot be read."""
    try:
        return find()
    except (QuizError, OSError, ValueError):
        return []


def _offer(values: Iterable[str], incomplete: str) -> list[str]:
    """The distinct ``values`` starting with ``incomplete`` that a shell can take as they
    are (nothing invisible, no shell syntax), sorted."""
    from quizcli.ui.text import visible

    return sorted(
        {
            value
            for value in values
            if value.startswith(incomplete)
            and visible(value) == value
            and _SHELL_SYNTAX.isdisjoint(value)
        }
    )
