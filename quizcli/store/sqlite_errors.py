"""SQLite's errors in words a player can act on.

Errors are told apart by SQLite's result code: only a damaged file (SQLITE_CORRUPT,
SQLITE_NOTADB) is called damaged; a lock, a read-only folder, a full disk or a disk error is
named as what it is.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from quizcli.errors import DISK_FULL
from quizcli.store.base import StoreError, StoreWriteError
from quizcli.store.peek import may as may  # re-exported: peek checks access the same way

FULL_BELOW = 1 << 20  # bytes free under which an I/O error is put down to a full disk

OPENING = "opening the database"  # what failed, when it fails before a game is written

DAMAGE = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
LOCKED = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
NO_ACCESS = frozenset(
    {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}
)


def code_of(error: BaseException) -> int | None:
    """SQLite's extended result code behind ``error``, if it came from SQLite."""
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def primary_code(code: int | None) -> int | None:
    """The primary result code in an extended one (its low byte)."""
    return None if code is None else code & 0xFF


def primary(error: BaseException) -> int | None:
    """SQLite's primary result code behind ``error``."""
    return primary_code(code_of(error))


def is_damage(error: BaseException) -> bool:
    """Whether SQLite called the file damaged (or not a database)."""
    return primary(error) in DAMAGE


def is_locked(error: BaseException) -> bool:
    """Whether another connection held a lock."""
    return primary(error) in LOCKED


def damaged(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """The one message for a file that is not a readable quizcli database."""
    return StoreError(
        f"{path} cannot be read as a quizcli database ({error}); it was not changed. "
        "Move it away to start a fresh one, or set QUIZCLI_HOME to another folder.",
        code_of(error),
    )


def read_failed(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """A failed read: the damage message for a damaged file, else what went wrong."""
    if is_damage(error):
        return damaged(path, error)
    return StoreError(
        f"reading {path} failed: {reason(path, error)}; it was not changed.", code_of(error)
    )


def write_failed(path: Path, what: str, error: sqlite3.DatabaseError) -> StoreError:
    """A failed write: the damage message for a damaged file, else what went wrong."""
    if is_damage(error):
        return damaged(path, error)
    return StoreWriteError(f"{what} in {path} failed: {reason(path, error)}", code_of(error))


def reason(path: Path, error: sqlite3.DatabaseError) -> str:
    """Why SQLite failed, in words a player can act on."""
    code = primary(error)
    if code in LOCKED:
        return "another quizcli kept the database locked"
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _full(path)):
        return DISK_FULL
    if code in NO_ACCESS:
        return access_problem(path, error)
    if code == sqlite3.SQLITE_IOERR:
        return f"the disk could not be read or written ({error})"
    return str(error)


def _full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (almost) no room left. SQLite reports some
    writes that ran out of space (growing the ``-shm`` file) as a plain I/O error."""
    try:
        disk = os.statvfs(path.parent)
        free = disk.f_bfree if os.geteuid() == 0 else disk.f_bavail  # root may use reserve
    except (OSError, AttributeError):  # no statvfs or geteuid on Windows
        return False
    return free * disk.f_frsize < FULL_BELOW


def access_problem(path: Path, error: sqlite3.DatabaseError) -> str:
    """Which permission stops SQLite: the file's or its folder's, as far as they tell."""
    if path.exists() and not may(path, os.R_OK):
        return "permission denied (the file cannot be read)"
    if path.parent.exists() and not may(path.parent, os.W_OK | os.X_OK):
        return f"the data folder {path.parent} is read-only"
    if path.exists() and not may(path, os.W_OK):
        return "the file is read-only"
    return str(error)
