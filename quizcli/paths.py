"""Where quizcli keeps its data: ``$QUIZCLI_HOME`` if set, else the platform's data folder.

These functions only report paths; they never create anything, so read-only commands leave
the disk as they found it.
"""

from __future__ import annotations

import os
from pathlib import Path

from quizcli.errors import QuizError

APP_NAME = "quizcli"
HOME_ENV = "QUIZCLI_HOME"
PATH_ENV = "QUIZCLI_PATH"


def data_dir() -> Path:
    """The folder holding all user data (``$QUIZCLI_HOME``, else platformdirs' data dir)."""
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        return _expand(home, HOME_ENV)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def user_banks_dir() -> Path:
    """The folder of the user's own banks, picked up by ``list`` and ``play``."""
    return data_dir() / "questions"


def database_path() -> Path:
    """The SQLite file that keeps every game."""
    return data_dir() / "quizcli.db"


def bank_cache_dir() -> Path:
    """Where compiled banks are cached (safe to delete at any time)."""
    return data_dir() / "cache" / "banks"


def extra_bank_paths() -> list[Path]:
    """Bank files or folders named in ``$QUIZCLI_PATH`` (``os.pathsep``-separated)."""
    value = os.environ.get(PATH_ENV, "")
    return [_expand(part, PATH_ENV) for part in value.split(os.pathsep) if part.strip()]


def _expand(text: str, variable: str) -> Path:
    """``text`` as a path with a leading ``~`` or ``~user`` expanded, as a shell would."""
    try:
        return Path(text).expanduser()
    except RuntimeError:  # ~user for a user this system does not know
        user = text.split("/", 1)[0]
        raise QuizError(f"${variable}: no home folder is known for {user!r}") from None
