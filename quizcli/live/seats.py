"""The seat secrets a player's ``quizcli join`` keeps, so that it can rejoin its seat
after its own restart within a game: one small JSON file in the data folder
(``live-seats.json``), readable by its user only, written atomically. A seat is known by
the room's address, its code and the player's name; a finished game forgets its seat.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path

FILE_NAME = "live-seats.json"
FORMAT = 1
KEEP_FOR = 24 * 3600.0  # seconds: a seat older than this is forgotten (its game is over)


def _path() -> Path:
    from quizcli.paths import data_dir

    return data_dir() / FILE_NAME


def _key(address: str, code: str, name: str) -> str:
    return f"{address}|{code}|{name}"


def _read(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    seats = data.get("seats") if isinstance(data, dict) else None
    return (
        {k: v for k, v in seats.items() if isinstance(v, dict)} if isinstance(seats, dict) else {}
    )


def _write(path: Path, seats: dict[str, dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=".seats-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"format": FORMAT, "seats": seats}, handle)
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def recall(address: str, code: str, name: str) -> str | None:
    """The secret kept for this seat, or None."""
    entry = _read(_path()).get(_key(address, code, name))
    if entry is None or time.time() - float(str(entry.get("at", 0))) > KEEP_FOR:
        return None
    secret = entry.get("secret")
    return secret if isinstance(secret, str) else None


def keep(address: str, code: str, name: str, secret: str) -> None:
    """Keep this seat's secret (best effort: a full disk only loses the rejoin)."""
    try:
        path = _path()
        now = time.time()
        seats = {
            key: entry
            for key, entry in _read(path).items()
            if now - float(str(entry.get("at", 0))) <= KEEP_FOR
        }
        seats[_key(address, code, name)] = {"secret": secret, "at": now}
        _write(path, seats)
    except (OSError, ValueError):
        pass


def forget(address: str, code: str, name: str) -> None:
    """Forget this seat (its game is over)."""
    try:
        path = _path()
        seats = _read(path)
        if seats.pop(_key(address, code, name), None) is not None:
            _write(path, seats)
    except (OSError, ValueError):
        pass
