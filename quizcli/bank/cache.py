"""The compiled bank cache: a bank is parsed and checked once, then read in pieces.

One file per bank under ``<data folder>/cache/banks/``, laid out as
:mod:`quizcli.bank.cache_format` says: a header (the key and what ``list`` shows), an index
(kinds, difficulties, tags and groups, so a round picks without reading questions) and the
checked question tables in chunks, each with its questions' reveals. This module reads and
writes those files.

A broken bank gets an entry too: the header holds its key and its problems instead of the
set's metadata, and there is no index and no chunk, so an unchanged broken bank is reported
without being parsed again. A stale, corrupt, truncated or foreign file is simply rebuilt.
The cache is written only by quizcli, so reading validates only what the code relies on,
and only what it reads: the header's shape, the index's sizes against the count, each
chunk's length, and each question handed out (by the loader's quick check). Anything that
disagrees counts as damage.

Files are written under a temporary name and renamed into place, so a killed writer leaves
no half-written entry and two processes building the same entry both end with a whole one.
Nothing in the cache is the only copy of anything: deleting it loses nothing. Entries of
banks that are gone are pruned once per command, after its first write, so that a first
load of many banks stays linear in their number.
"""

from __future__ import annotations

import marshal
import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from quizcli.bank import cache_format as fmt
from quizcli.bank.cache_format import ProblemRow, Table

# A temporary file this old was left by a killed writer; a younger one may still be being
# written by another quizcli building the same entry, and is left to finish.
STALE_TEMPORARY_SECONDS = 600

# What this process (one command) already knows: the entries it read or wrote, whose banks
# therefore exist, and the folders it has pruned. Pruning reads each other entry's header,
# so doing it after every write made a first load of N banks cost N * N reads.
_known: set[Path] = set()
_pruned: set[Path] = set()


class CachedBank:
    """A bank served from its cache file: metadata at once, questions on demand."""

    def __init__(
        self, path: Path, header: dict[str, Any], index_at: int, identity: tuple[int, ...]
    ) -> None:
        self.path = path
        self.header = header
        self._index_at = index_at
        self._identity = identity
        self._index: dict[str, Any] | None = None
        self._chunks_at = 0
        self._reveals: dict[int, tuple[str, ...]] = {}

    @property
    def meta(self) -> dict[str, Any]:
        """The set's metadata: set table, sources, count, kinds, difficulty counts."""
        meta: dict[str, Any] = self.header["meta"]
        return meta

    def index(self) -> dict[str, Any]:
        """Kinds, difficulties, tags, groups and chunk offsets (read on first use)."""
        if self._index is None:
            with self._open() as handle:
                handle.seek(self._index_at)
                index = fmt.read_block(handle)
                self._chunks_at = handle.tell()
            if not fmt.index_ok(index, self.meta["count"]):
                raise ValueError(f"{self.path}: the index does not match the header")
            self._index = index
        return self._index

    def eligible(
        self, kinds: Iterable[str], difficulties: Iterable[str], tags: Iterable[str]
    ) -> list[int]:
        """Indices, ascending, of the questions that pass the filters."""
        index = self.index()
        count = self.meta["count"]
        selected: Iterable[int] = range(count)
        tags = list(tags)
        if tags:
            chosen: set[int] = set()
            for tag in tags:
                chosen.update(fmt.unpack(index["tags"].get(tag, b"")))
            if chosen and max(chosen) >= count:
                raise IndexError(f"{self.path}: a tag names question {max(chosen)} of {count}")
            selected = sorted(chosen)
        kind_codes = {fmt.KIND_CODES[k] for k in kinds}
        if kind_codes:
            kind_of = index["kinds"]
            selected = [i for i in selected if kind_of[i] in kind_codes]
        difficulty_codes = {fmt.DIFFICULTY_CODES[d] for d in difficulties}
        if difficulty_codes:
            difficulty_of = index["difficulties"]
            selected = [i for i in selected if difficulty_of[i] in difficulty_codes]
        return list(selected)

    def groups(self) -> dict[int, str]:
        """The group of every question that has one, by index."""
        count = self.meta["count"]
        group_of: dict[int, str] = {}
        for group, packed in self.index()["groups"].items():
            for number in fmt.unpack(packed):
                if not 0 <= number < count or type(group) is not str:
                    raise IndexError(f"{self.path}: group {group!r} names question {number}")
                group_of[number] = group
        return group_of

    def tables(self, indices: Sequence[int]) -> list[Table]:
        """The question tables at ``indices``, in that order, reading only their chunks.

        Each table passes the loader's quick check first (a few microseconds a question):
        raises ValueError or IndexError when the entry does not hold what it should.
        """
        from quizcli.bank.quick import quick_check

        count = self.meta["count"]
        if any(not 0 <= i < count for i in indices):
            raise IndexError(f"{self.path}: no question at one of {list(indices)}")
        offsets = self.index()["chunks"]
        chunks: dict[int, list[Table]] = {}
        with self._open() as handle:
            for chunk in sorted({i // fmt.CHUNK for i in indices}):
                start, length = offsets[chunk]
                handle.seek(self._chunks_at + start)
                block = marshal.loads(handle.read(length))
                size = min(fmt.CHUNK, count - chunk * fmt.CHUNK)
                if type(block) is not tuple or len(block) != 2:
                    raise ValueError(f"{self.path}: chunk {chunk} does not match the header")
                tables, reveals = block
                if (
                    type(tables) is not list
                    or len(tables) != size
                    or type(reveals) is not list
                    or len(reveals) != size
                ):
                    raise ValueError(f"{self.path}: chunk {chunk} does not match the header")
                chunks[chunk] = tables
                for offset, found in enumerate(reveals):
                    if type(found) is not tuple or not all(type(r) is str for r in found):
                        raise ValueError(f"{self.path}: chunk {chunk} has broken reveals")
                    self._reveals[chunk * fmt.CHUNK + offset] = found
        picked = [chunks[i // fmt.CHUNK][i % fmt.CHUNK] for i in indices]
        sources = frozenset(source["id"] for source in self.meta["sources"])
        for table in picked:
            if type(table) is not dict or not quick_check(table, sources, set()):
                raise ValueError(f"{self.path}: a question does not pass the checks")
        return picked

    def reveals(self, indices: Sequence[int]) -> list[tuple[str, ...]]:
        """The reveals of the questions at ``indices`` (read with their tables)."""
        missing = [i for i in indices if i not in self._reveals]
        if missing:
            self.tables(missing)
        return [self._reveals[i] for i in indices]

    def _open(self) -> IO[bytes]:
        """The entry file, if it is still the one whose header was read.

        Another quizcli may have rebuilt the entry since (its bank was edited): reading the
        new file at the old file's offsets would mix two versions of the bank.
        """
        handle = self.path.open("rb")
        if _identity(os.fstat(handle.fileno())) != self._identity:
            handle.close()
            raise ValueError(f"{self.path} was replaced since its header was read")
        return handle


def read(folder: Path, bank: Path, stat: os.stat_result) -> CachedBank | None:
    """The cached bank for ``bank`` as it is now, or None (missing, stale or damaged)."""
    path = fmt.entry_path(folder, bank)
    try:
        with path.open("rb") as handle:
            if handle.read(len(fmt.MAGIC)) != fmt.MAGIC:
                return None
            header = fmt.read_block(handle)
            index_at = handle.tell()
            identity = _identity(os.fstat(handle.fileno()))
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(header, dict) or header.get("key") != fmt.cache_key(bank, stat):
        return None
    if not fmt.meta_ok(header.get("meta")):
        return None
    _known.add(path)
    return CachedBank(path, header, index_at, identity)


def write(
    folder: Path, bank: Path, stat: os.stat_result, meta: dict[str, Any], questions: list[Table]
) -> Path | None:
    """Write the entry for ``bank`` atomically; None when the cache cannot be written."""
    blocks, chunks = fmt.encode_bank(fmt.cache_key(bank, stat), meta, questions)
    return _write_entry(folder, bank, blocks, chunks)


def _write_entry(
    folder: Path, bank: Path, blocks: list[bytes], chunks: Sequence[bytes] = ()
) -> Path | None:
    """Write the entry file of ``bank`` under a temporary name, then rename it into place:
    the magic line, each block with its length, then the chunks as they are."""
    import tempfile

    target = fmt.entry_path(folder, bank)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".bank")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(fmt.MAGIC)
                for block in blocks:
                    out.write(len(block).to_bytes(fmt.LENGTH_BYTES, "little"))
                    out.write(block)
                for chunk in chunks:
                    out.write(chunk)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return None
    _known.add(target)
    return target


def read_problems(folder: Path, bank: Path, stat: os.stat_result) -> list[ProblemRow] | None:
    """The problems found in ``bank`` as it is now, if it was checked and found broken;
    else None (never checked, changed since, valid, or a damaged entry)."""
    try:
        with fmt.entry_path(folder, bank).open("rb") as handle:
            if handle.read(len(fmt.MAGIC)) != fmt.MAGIC:
                return None
            header = fmt.read_block(handle)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(header, dict) or header.get("key") != fmt.cache_key(bank, stat):
        return None
    problems = header.get("problems")
    if type(problems) is not list or not problems or not all(map(fmt.problem_ok, problems)):
        return None
    _known.add(fmt.entry_path(folder, bank))
    return [tuple(row) for row in problems]


def write_problems(
    folder: Path, bank: Path, stat: os.stat_result, problems: Sequence[ProblemRow]
) -> Path | None:
    """Record atomically that ``bank``, as it is now, is broken with these ``problems``
    (so the next command need not parse it again); None when the cache cannot be written."""
    header = fmt.encode_problems(fmt.cache_key(bank, stat), problems)
    return _write_entry(folder, bank, [header])


def drop(folder: Path, bank: Path) -> None:
    """Forget the entry of a bank that no longer exists."""
    fmt.entry_path(folder, bank).unlink(missing_ok=True)


def prune(folder: Path) -> int:
    """Drop entries whose bank file is gone, and leftovers of killed writers.

    Runs once per process (one command) for each folder, and skips the entries this
    process read or wrote: each other entry's header is read at most once per command.
    """
    if folder in _pruned:
        return 0
    _pruned.add(folder)
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        entry = folder / name
        if entry in _known:
            continue
        try:
            if name.startswith(".tmp-"):
                if time.time() - entry.stat().st_mtime > STALE_TEMPORARY_SECONDS:
                    entry.unlink()
                    removed += 1
                continue
            with entry.open("rb") as handle:
                if handle.read(len(fmt.MAGIC)) != fmt.MAGIC:
                    raise ValueError
                header = fmt.read_block(handle)
            if not Path(header["key"]["path"]).exists():
                entry.unlink()
                removed += 1
        except (OSError, ValueError, EOFError, TypeError, KeyError):
            try:
                entry.unlink(missing_ok=True)
            except OSError:
                continue  # a folder, or not ours to delete: leave it
            removed += 1
    return removed


def clear(folder: Path) -> int:
    """Delete every cache entry; return how many files went."""
    removed = 0
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.is_file():
                entry.unlink(missing_ok=True)
                removed += 1
    return removed


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    """What tells one entry file from another written in its place."""
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns)
