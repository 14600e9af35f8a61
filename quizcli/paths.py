"""Where quizcli keeps its data: ``$QUIZCLI_HOME`` if set, else the platform's data folder.

These functions only report paths; they never create anything, so read-only commands leave
the disk as they found it.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from quizcli.errors import QuizError

APP_NAME = "quizcli"
HOME_ENV = "QUIZCLI_HOME"
PATH_ENV = "QUIZCLI_PATH"


def data_dir() -> Path:
    """The folder holding all user data (``$QUIZCLI_HOME``, else platformdirs' data dir).

    QuizError when that path, or the nearest part of it that exists, is not a folder (a
    file, say): every command says so in one line rather than failing later, or writing
    its data somewhere else.
    """
    home = os.environ.get(HOME_ENV, "").strip()
    if home:
        folder = _expand(home, HOME_ENV)
    else:
        import platformdirs

        folder = platformdirs.user_data_path(APP_NAME, appauthor=False)
    _check_folder(folder, f"${HOME_ENV}" if home else "the data folder")
    return folder


def _check_folder(folder: Path, name: str) -> None:
    """Nothing when ``folder`` is, or can become, a folder; else QuizError naming it."""
    for part in (folder, *folder.parents):
        try:
            mode = part.stat().st_mode
        except (FileNotFoundError, NotADirectoryError):
            continue  # made when first needed, or below a file (said at that file)
        except OSError:
            return  # cannot look (permissions): the command that needs it will say why
        if stat.S_ISDIR(mode):
            return
        what = "a file" if stat.S_ISREG(mode) else "a special file"
        if part == folder:
            raise QuizError(f"{name} ({folder}) is {what}, not a folder: point it at a folder")
        raise QuizError(f"{name} ({folder}) is inside {part}, which is {what}, not a folder")


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
