"""Every game kept: the single source of high scores, history and statistics.

Commands reach the store through the :class:`GameStore` protocol (``base``), opened by
:mod:`quizcli.store.engine`, which picks the engine: the SQLite file in the data folder
(``sqlite``), or a shared PostgreSQL server (``postgres``, imported only when one is
configured). The SQL both engines share is in ``queries``, the schema steps in
``migrations``; ``peek`` counts the due cards ``quizcli list`` shows without loading the
rest. Each name below is imported from its module when first used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizcli.store.base import (
        RANK_ORDER,
        RESET,
        Accuracy,
        Card,
        DailyGame,
        GameFilter,
        GameRow,
        GameStore,
        Missed,
        NewAnswer,
        NewGame,
        Ranking,
        Review,
        Reviewed,
        Reviews,
        ServerUnavailable,
        Stats,
        StoreError,
        StoreWriteError,
        busy_timeout,
        new_game,
        timestamp,
    )
    from quizcli.store.migrations import MIGRATIONS, SCHEMA_VERSION
    from quizcli.store.sqlite import SQLiteStore

# Where each name lives. The names are imported when first used (PEP 562), so that reaching
# one small module (``quizcli list`` reads due cards through ``peek``) loads no other.
_HOME = {
    "MIGRATIONS": "migrations",
    "SCHEMA_VERSION": "migrations",
    "SQLiteStore": "sqlite",
}


def __getattr__(name: str) -> object:
    """``quizcli.store.NAME``: imported from its module on first use."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOME.get(name, 'base')}"), name)
    globals()[name] = value
    return value


__all__ = [
    "MIGRATIONS",
    "RANK_ORDER",
    "RESET",
    "SCHEMA_VERSION",
    "Accuracy",
    "Card",
    "DailyGame",
    "GameFilter",
    "GameRow",
    "GameStore",
    "Missed",
    "NewAnswer",
    "NewGame",
    "Ranking",
    "Review",
    "Reviewed",
    "Reviews",
    "SQLiteStore",
    "ServerUnavailable",
    "Stats",
    "StoreError",
    "StoreWriteError",
    "busy_timeout",
    "new_game",
    "timestamp",
]
