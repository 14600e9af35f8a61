"""``scores --export``: every stored game written to a CSV or JSON file, atomically.

A spreadsheet never runs a cell of it as a formula, a symbolic link is never followed, and
an existing file is replaced only when asked.
"""

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizcli.store import GameRow


def check_target(target: Path) -> None:
    """Refuse (QuizError) a ``target`` that ends in neither .csv nor .json."""
    from quizcli.errors import QuizError

    if target.suffix.lower() not in (".csv", ".json"):
        raise QuizError(f"--export {target}: the file must end in .csv or .json")


def write_games(target: Path, rows: "list[GameRow]", *, force: bool) -> None:
    """Write ``rows`` to ``target`` (.csv or .json, see :func:`check_target`), atomically;
    an existing ``target`` only with ``force``. Says on stderr how many games it wrote."""
    import json

    from quizcli.errors import QuizError, os_reason
    from quizcli.ui.text import console, counted, literal

    suffix = target.suffix.lower()
    text = (
        _csv(rows)
        if suffix == ".csv"
        else json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2)
    )
    try:
        _replace_file(target, text, force=force)
    except FileExistsError:
        raise QuizError(f"--export {target}: the file exists; add --force to replace it") from None
    except OSError as error:
        raise QuizError(f"cannot write {target}: {os_reason(error)}") from None
    console(stderr=True).print(
        literal(f"Wrote {counted(len(rows), 'game')} to {target}"), soft_wrap=True
    )


def _replace_file(target: Path, text: str, *, force: bool) -> None:
    """Put ``text`` in ``target`` at once: a temporary file beside it, then a rename.

    Without ``force`` an existing ``target`` (even a dangling link) is left alone and
    FileExistsError raised. A symbolic link is never followed: with ``force`` the link
    itself is replaced by the file. An existing file keeps its permissions and a new one
    gets the usual ones (0666 less the umask); a write that fails leaves nothing behind.
    """
    import os
    import stat
    import tempfile

    path = Path(os.path.abspath(target))
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "is a folder")
    if info is not None and not force:
        raise FileExistsError(17, "exists")
    if info is not None and stat.S_ISREG(info.st_mode):
        mode = stat.S_IMODE(info.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(temporary, mode)
        if force:
            os.replace(temporary, path)
        else:
            _put_new(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def _put_new(temporary: str, path: Path) -> None:
    """Move ``temporary`` to ``path``, which must not exist: a hard link fails if anything
    appeared there meanwhile; where links are not supported, a check and a rename."""
    import os

    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(path):
            raise FileExistsError(17, "exists") from None
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def _csv(rows: "list[GameRow]") -> str:
    import csv
    import io
    import json

    buffer = io.StringIO()
    columns = [
        "id", "set", "set_title", "player", "started_at", "finished_at", "status", "score",
        "max_score", "asked", "answered", "right", "partly_right", "wrong", "skipped",
        "timed_out", "best_streak", "duration", "accuracy", "options", "version", "daily",
    ]  # fmt: skip
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        data = row.to_json()
        data["options"] = json.dumps(data["options"], ensure_ascii=False)
        data["daily"] = data["daily"] or ""  # scored, practice, or empty: not a daily round
        writer.writerow(
            {key: _inert(value) if isinstance(value, str) else value for key, value in data.items()}
        )
    return buffer.getvalue()


def _inert(cell: str) -> str:
    """A text cell a spreadsheet will not run as a formula (a bank title or a player name
    starting with ``=``, ``+``, ``-`` or ``@``): a leading ``'`` makes it plain text."""
    return f"'{cell}" if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell
