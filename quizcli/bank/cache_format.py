"""The compiled bank cache's file format: what an entry holds and how it is laid out.

One file per bank, named after the bank's resolved path and holding, in ``marshal`` format
(fast to read and write, no import to pay), after the :data:`MAGIC` line:

1. a small header: the key (cache format, quizcli and Python versions, the bank's resolved
   path, size and modification time) and the set's metadata (what ``list`` shows);
2. an index: the kind and difficulty of every question (one byte each) and the questions
   of every tag and of every group, so a round can pick its questions without reading them;
3. the checked question tables in chunks of :data:`CHUNK`, each chunk with its questions'
   reveals (:mod:`quizcli.spoilers`: the folded strings that give each answer away),
   computed once here so that a round's spoiler check folds nothing.

The header and the index are blocks, each preceded by its length; the chunks follow the
index as they are, at the offsets the index gives. A broken bank's entry holds its problems
in the header instead of the set's metadata, and has no index and no chunk.

The checks here (``*_ok``) test only the shape that the code relies on: the cache is
written only by quizcli, and anything that disagrees counts as damage. Reading and writing
the files themselves is :mod:`quizcli.bank.cache`.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from quizcli import __version__
from quizcli.kinds import Difficulty, Kind

CACHE_FORMAT = 3  # 2: the index holds the questions of every group; 3: chunks hold reveals
MAGIC = b"QUIZCLI-BANK-CACHE\n"
CHUNK = 64  # questions per chunk: a round reads a few chunks, never the whole bank
LENGTH_BYTES = 8
KIND_CODES = {kind.value: code for code, kind in enumerate(Kind)}
DIFFICULTY_CODES = {d.value: code for code, d in enumerate(Difficulty)}
KINDS_BY_CODE = list(Kind)
DIFFICULTIES_BY_CODE = list(Difficulty)

Table = dict[str, Any]

# A broken bank's entry holds its problems instead of its questions: each as (line,
# message, where, column), the file being the bank itself.
ProblemRow = tuple[int, str, str | None, int | None]


def entry_path(folder: Path, bank: Path) -> Path:
    """The cache file for the bank at ``bank`` (named after its resolved path)."""
    # Two cheap checksums make a 64-bit name; the header holds the full path, so even a
    # collision could only cost a rebuild, never a wrong bank.
    raw = os.fsencode(str(bank))
    return folder / f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}.bank"


def cache_key(bank: Path, stat: os.stat_result) -> dict[str, Any]:
    """What must match for an entry to stand for the bank file as it is now."""
    return {
        "format": CACHE_FORMAT,
        "quizcli": __version__,
        "python": list(sys.version_info[:2]),
        "path": str(bank),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
    }


def encode_bank(
    key: dict[str, Any], meta: dict[str, Any], questions: list[Table]
) -> tuple[list[bytes], list[bytes]]:
    """The blocks (header, index) and the chunks of a valid bank's entry.

    Each question's reveals are computed here, once per bank, and kept with its chunk.
    """
    kinds = bytes(KIND_CODES[q["kind"]] for q in questions)
    difficulties = bytes(DIFFICULTY_CODES[q.get("difficulty", "medium")] for q in questions)
    tags: dict[str, list[int]] = {}
    groups: dict[str, list[int]] = {}
    for number, question in enumerate(questions):
        for tag in question.get("tags", ()):
            tags.setdefault(tag, []).append(number)
        if "group" in question:
            groups.setdefault(question["group"], []).append(number)
    from quizcli.spoilers import reveals

    chunks = [
        marshal.dumps((questions[i : i + CHUNK], [reveals(q) for q in questions[i : i + CHUNK]]))
        for i in range(0, len(questions), CHUNK)
    ]
    header = marshal.dumps({"key": key, "meta": meta})
    offsets = []
    start = 0
    for chunk in chunks:
        offsets.append((start, len(chunk)))  # from the end of the index
        start += len(chunk)
    index = marshal.dumps(
        {
            "kinds": kinds,
            "difficulties": difficulties,
            "tags": {tag: pack(numbers) for tag, numbers in tags.items()},
            "groups": {group: pack(numbers) for group, numbers in groups.items()},
            "chunks": offsets,
        }
    )
    return [header, index], chunks


def encode_problems(key: dict[str, Any], problems: Sequence[ProblemRow]) -> bytes:
    """The one block (the header) of a broken bank's entry."""
    return marshal.dumps({"key": key, "problems": [list(p) for p in problems]})


def read_block(handle: Any) -> Any:
    """The next length-prefixed block of an open entry; EOFError when it is cut short."""
    prefix = handle.read(LENGTH_BYTES)
    if len(prefix) != LENGTH_BYTES:
        raise EOFError("truncated cache entry")
    length = int.from_bytes(prefix, "little")
    data = handle.read(length)
    if len(data) != length:
        raise EOFError("truncated cache entry")
    return marshal.loads(data)


def pack(numbers: list[int]) -> bytes:
    """Question numbers as the index keeps them (a tag's or a group's questions)."""
    import array

    return array.array("I", numbers).tobytes()


def unpack(data: bytes) -> list[int]:
    """The question numbers packed by :func:`pack`."""
    import array

    numbers = array.array("I")
    numbers.frombytes(data)
    return numbers.tolist()


def problem_ok(row: object) -> bool:
    """True when a stored problem row has the shape of a :data:`ProblemRow`."""
    return (
        type(row) is list
        and len(row) == 4
        and type(row[0]) is int
        and type(row[1]) is str
        and (row[2] is None or type(row[2]) is str)
        and (row[3] is None or type(row[3]) is int)
    )


def meta_ok(meta: object) -> bool:
    """True when a header's summary has the shape that ``list`` and a round rely on."""
    if type(meta) is not dict:
        return False
    table, sources, count = meta.get("set"), meta.get("sources"), meta.get("count")
    kinds, difficulties = meta.get("kinds"), meta.get("difficulties")
    return (
        type(count) is int
        and count > 0
        and type(table) is dict
        and _texts_ok(table, ("id", "title"), ("description",))
        and _strings_ok(table.get("tags", []))
        and type(sources) is list
        and all(
            type(source) is dict and _texts_ok(source, ("id", "title"), ("publisher", "url"))
            for source in sources
        )
        and type(kinds) is list
        and all(type(kind) is str and kind in KIND_CODES for kind in kinds)
        and type(difficulties) is dict
        and all(type(key) is str and type(n) is int for key, n in difficulties.items())
    )


def _texts_ok(table: dict[Any, Any], required: Iterable[str], optional: Iterable[str]) -> bool:
    return all(type(table.get(key)) is str for key in required) and all(
        table.get(key) is None or type(table.get(key)) is str for key in optional
    )


def _strings_ok(value: object) -> bool:
    return type(value) is list and all(type(item) is str for item in value)


def index_ok(index: object, count: int) -> bool:
    """True when an index has the sizes its header's count implies (no entry is read)."""
    return (
        type(index) is dict
        and type(index.get("kinds")) is bytes
        and len(index["kinds"]) == count
        and type(index.get("difficulties")) is bytes
        and len(index["difficulties"]) == count
        and type(index.get("tags")) is dict
        and type(index.get("groups")) is dict
        and type(index.get("chunks")) is list
        and len(index["chunks"]) == -(-count // CHUNK)
    )
