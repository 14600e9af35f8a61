"""Every game kept: the single source of high scores, history and statistics.

Commands reach the store through the :class:`GameStore` protocol (``base``), opened by
:mod:`quizcli.store.engine`, which picks the engine: the SQLite file in the data folder
(``sqlite``), or a shared PostgreSQL server (``postgres``, imported only when one is
configured). The SQL both engines share is in ``queries``, the schema steps in
``migrations``.
"""

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
