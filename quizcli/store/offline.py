"""The shared server first, else this machine's file marked unshared, for daily attempts
and card ratings (a played game takes the same way in :mod:`quizcli.commands.saving`).

When a server is configured and cannot take a write (unreachable, too slow, failing), the
same write goes to the local SQLite file with its rows marked unshared, and ``quizcli
sync`` sends them later, each once. Without a server, the local file is the store.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from quizcli.store import engine
from quizcli.store.base import StoreError

if TYPE_CHECKING:
    from quizcli.store.cardrows import DailyGame
    from quizcli.store.postgres import PostgresStore
    from quizcli.store.sqlite import SQLiteStore

T = TypeVar("T")


def server_or_local(
    work: Callable[[PostgresStore | SQLiteStore], T], keep: Callable[[SQLiteStore], T]
) -> tuple[T, str | None]:
    """``work`` on the configured store, and None; when a configured server fails,
    ``keep`` on the local file (it marks what it writes unshared), and the server's
    problem. A :class:`StoreError` when the local file fails as well."""
    from quizcli.store.sqlite import SQLiteStore

    url = engine.database_url()
    if url is None:
        store = SQLiteStore.for_writing(engine.local_path())
        try:
            return work(store), None
        finally:
            store.close()
    from quizcli.store.postgres import PostgresStore

    try:
        server = PostgresStore.for_writing(url)
        try:
            return work(server), None
        finally:
            server.close()
    except StoreError as error:
        problem = str(error)
    try:
        local = SQLiteStore.for_writing(engine.local_path())
        try:
            return keep(local), problem
        finally:
            local.close()
    except StoreError as error:
        raise StoreError(f"{problem.rstrip('.')}; then {error}") from None


def unshared_daily(set_id: str, day: str, player: str) -> DailyGame | None:
    """The player's attempt at the day's challenge kept on this machine, not yet sent to
    the server: it is the day's attempt, so another one is practice."""
    from quizcli.store.sqlite import SQLiteStore

    path = engine.local_path()
    if not path.exists():
        return None
    store = SQLiteStore.for_reading(path)
    if store is None:
        return None
    try:
        found = store._rows(
            "SELECT uid FROM daily_games WHERE set_id = ? AND day = ? AND player = ? "
            "AND unshared = 1",
            (set_id, day, player),
        )
        return store.daily_game(set_id, day, player) if found else None
    finally:
        store.close()


def unshared_counts(player: str | None, set_id: str | None) -> dict[str, int]:
    """How many games, ratings and daily attempts of a player and set (None: every one)
    wait on this machine for ``sync``; nothing without a shared server or a local file."""
    store = _local_when_shared()
    if store is None:
        return {}
    try:
        return store.unshared(player, set_id)
    finally:
        store.close()


def forget_unshared(player: str | None, set_id: str | None) -> dict[str, int]:
    """Delete those (a ``reset`` on the shared server: ``sync`` must not bring them back);
    how many of each went."""
    from quizcli.store.sqlite import SQLiteStore

    if _local_when_shared() is None:
        return {}
    store = SQLiteStore.for_writing(engine.local_path())
    try:
        return store.delete_unshared(player, set_id)
    finally:
        store.close()


def _local_when_shared() -> SQLiteStore | None:
    """The local file, open for reading, when a shared server is configured and the file
    exists; else None."""
    from quizcli.store.sqlite import SQLiteStore

    if engine.database_url() is None or not engine.local_path().exists():
        return None
    return SQLiteStore.for_reading(engine.local_path())
