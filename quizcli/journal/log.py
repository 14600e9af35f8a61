"""Journal files: created, appended to (flushed and fsync'd per line), locked, read back.

One file per round, ``<uid>.jsonl`` in ``$QUIZCLI_HOME/journal``: one JSON object a line.
One file per round rather than one shared log, because then

- a round's file is locked (``flock``) by the process playing it, for as long as it lives:
  a second quizcli started meanwhile sees the lock and leaves that round alone, and the
  kernel drops the lock when the process dies, however it dies (SIGKILL included);
- "done" is one atomic step, removing the file, with no log to rewrite or compact;
- a torn last line (a kill in the middle of a write) can only cost that one round its
  last line, never another round's lines.

The first line is the header (``"journal": 1``, the mode, the uid, the set, the player,
the options...), then one ``{"answer": {...}}`` line per graded answer, then an
``{"end": ...}`` line when the round ended while the process was still alive.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from pathlib import Path
from typing import Any

from quizcli.errors import QuizError

FOLDER = "journal"
FORMAT = 1
SUFFIX = ".jsonl"

try:
    import fcntl
except ImportError:  # pragma: no cover (not POSIX: no locks, a live round may be replayed
    fcntl = None  # type: ignore[assignment]  # twice, which stores it once all the same)


class JournalError(QuizError):
    """The journal could not be written (a full disk, a read-only folder)."""


def folder() -> Path:
    """The journal folder (``$QUIZCLI_HOME/journal``); never created here."""
    from quizcli import paths

    return paths.data_dir() / FOLDER


def fallback() -> Path:
    """Where a round's file goes when the data folder cannot take it (a full disk, a
    read-only folder): ``quizcli-journal`` in the system's temporary folder. Each file
    there names the data folder it belongs to, and only that one's commands store it.

    One fixed place, the first of ``$TMPDIR``, ``$TEMP``, ``$TMP`` that is set, else the
    platform's (``/tmp`` on POSIX): never probed for a writable folder the way
    ``tempfile.gettempdir`` does, which ends in the current folder, where a file would say
    "the next quizcli command stores it" and no command started elsewhere would find it.
    When that place cannot be written either, the round is not journalled (the command
    then says so and exits 1 if the store fails too).
    """
    import tempfile

    for name in ("TMPDIR", "TEMP", "TMP"):
        chosen = os.environ.get(name)
        if chosen:
            return Path(chosen) / "quizcli-journal"
    return Path("/tmp" if os.name == "posix" else tempfile.gettempdir()) / "quizcli-journal"


def folders() -> list[Path]:
    """Every folder a round's file may be in: the journal folder, then the fallback."""
    found = []
    with suppress(QuizError):
        found.append(folder())
    found.append(fallback())
    return found


class RoundLog:
    """One round's journal file, open for appending and locked while this process plays."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self.fd: int | None = fd

    @classmethod
    def begin(cls, header: dict[str, Any], where: Path | None = None) -> RoundLog:
        """Create the round's file (in ``where``, else the journal folder), lock it and
        write ``header``; JournalError when any of it fails (nothing is left behind)."""
        problems: list[str] = []
        for place in [where] if where is not None else folders():
            try:
                return cls._create(place, header)
            except (OSError, QuizError) as error:
                problems.append(f"{place} ({_reason(error)})")
        raise JournalError(f"cannot write the journal in {' nor in '.join(problems)}") from None

    @classmethod
    def _create(cls, place: Path, header: dict[str, Any]) -> RoundLog:
        """The round's file in ``place``, locked, its header on the disk."""
        place.mkdir(parents=True, exist_ok=True)
        path = place / f"{header['uid']}{SUFFIX}"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o600)
        log = cls(path, fd)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            log.append({"journal": FORMAT, **header})
            _sync_folder(place)  # the new name survives a power cut too
        except (OSError, JournalError):
            log.discard()
            raise
        return log

    def append(self, line: dict[str, Any]) -> None:
        """Write ``line`` whole, then flush it to the disk; JournalError when it cannot be.

        After a failed write the file may end in a torn line: readers skip it.
        """
        if self.fd is None:
            raise JournalError("the journal file is closed")
        from quizcli.decoding import storable

        # Text no terminal could decode (lone surrogates) is kept as U+FFFD, as the store does.
        data = (storable(json.dumps(line, ensure_ascii=False, default=_plain)) + "\n").encode()
        try:
            view = memoryview(data)
            while view:
                written = os.write(self.fd, view)
                view = view[written:]
            os.fsync(self.fd)
        except OSError as error:
            raise JournalError(f"cannot write the journal: {_reason(error)}") from None

    def done(self) -> None:
        """The store has the round: remove its file (the one step that marks it done)."""
        with suppress(OSError):
            os.unlink(self.path)
        self.close()

    def discard(self) -> None:
        """Remove a file that holds nothing worth keeping."""
        self.done()

    def close(self) -> None:
        """Let go of the file (and its lock), leaving it for the next command."""
        if self.fd is not None:
            with suppress(OSError):
                os.close(self.fd)
            self.fd = None


def pending(where: Path | None = None) -> list[Path]:
    """The journal files waiting in ``where`` (the journal folder), by name; [] when none.

    Cheap when there is nothing: a ``scandir`` of two folders that usually do not exist.
    """
    found: list[Path] = []
    for place in [where] if where is not None else folders():
        try:
            with os.scandir(place) as entries:
                found.extend(Path(entry.path) for entry in entries if entry.name.endswith(SUFFIX))
        except OSError:
            continue
    return sorted(found)


def claim(path: Path) -> int | None:
    """Open and lock ``path`` for replaying: its descriptor, or None when a live process
    holds it (its round is still being played) or it is gone (another command took it)."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return None
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.fstat(fd).st_nlink == 0:  # removed between the listing and the lock
            raise OSError("gone")
    except OSError:
        os.close(fd)
        return None
    return fd


def read_lines(fd: int) -> list[dict[str, Any]]:
    """Every whole line of a journal file as a JSON object. A last line cut short (the
    process was killed while writing it) and any line that is not an object are skipped."""
    chunks = []
    os.lseek(fd, 0, os.SEEK_SET)
    while chunk := os.read(fd, 1 << 16):
        chunks.append(chunk)
    lines: list[dict[str, Any]] = []
    for raw in b"".join(chunks).split(b"\n"):
        try:
            line = json.loads(raw.decode("utf-8", "replace"))
        except ValueError:
            continue  # a torn line (only ever the last one), or damage: the rest still counts
        if isinstance(line, dict):
            lines.append(line)
    return lines


def _sync_folder(place: Path) -> None:
    """fsync the folder, so a new file's name is on the disk (where the system allows)."""
    try:
        fd = os.open(place, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the file's own data is synced
    finally:
        os.close(fd)


def _plain(value: object) -> object:
    """JSON for what json does not know: tuples come as lists already; sets sorted."""
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"{type(value).__name__} is not JSON")


def _reason(error: BaseException | None) -> str:
    """Why a journal write failed, in words: a file where a folder must be is said so."""
    import errno

    from quizcli.errors import os_reason

    if isinstance(error, OSError) and error.errno in (errno.EEXIST, errno.ENOTDIR):
        return "a file is in the way"
    return os_reason(error) if isinstance(error, OSError) else str(error)
