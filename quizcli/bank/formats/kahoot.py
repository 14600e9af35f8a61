"""Kahoot's quiz spreadsheet template, as Kahoot hands it out (.xlsx) or saved as CSV:
Question, Answer 1-4, Time limit, Correct answer(s), recognised by its header row wherever
the template's instructions put it. The .xlsx is read with openpyxl, imported only then.

Kahoot's time limits cannot be kept (a bank has no per-question time): the summary names them.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable

from quizcli.bank.formats.common import MAX_IMPORT_BYTES, Parsed, Table, error
from quizcli.bank.formats.table import cell_text, delimiter_of, rows
from quizcli.errors import BankError

# A workbook is a zip: what it unpacks to is bounded like any imported file (a zip bomb
# of a few kB would otherwise unpack to gigabytes), and so are its rows and columns.
MAX_ROWS, MAX_COLUMNS = 100_000, 64

_KAHOOT_HEADER = re.compile(r"question.*answer 1.*correct answer", re.I | re.S)


def is_kahoot(head: str) -> bool:
    """True when the text has Kahoot's template header (Question, Answer 1..., Correct...)."""
    return any(_KAHOOT_HEADER.search(line) for line in head.split("\n")[:30])


def _kahoot_columns(lowered: list[str]) -> dict[str, int] | None:
    """Where each field is, when ``lowered`` is the template's header row."""
    if not any(c.startswith("answer 1") for c in lowered) or not any(
        c.startswith("correct answer") for c in lowered
    ):
        return None
    columns: dict[str, int] = {}
    for index, cell in enumerate(lowered):
        for key in ("question", "answer 1", "answer 2", "answer 3", "answer 4"):
            if cell.startswith(key):
                columns[key] = index
        if cell.startswith("time limit"):
            columns["time"] = index
        if cell.startswith("correct answer"):
            columns["correct"] = index
    return columns


def _get(row: list[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    return row[index] if index is not None and index < len(row) else ""


def read_kahoot(text: str, name: str) -> Parsed:
    """Kahoot's quiz template saved as CSV: question, answers 1-4, time, right answers."""
    delimiter = delimiter_of(next((x for x in text.split("\n") if is_kahoot(x)), text))
    return _read_rows(rows(text, delimiter), name)


def read_kahoot_xlsx(data: bytes, name: str) -> Parsed:
    """Kahoot's quiz template as Kahoot hands it out: the first sheet of an .xlsx workbook
    (``name`` is only for messages)."""
    return _read_rows(_sheet_rows(data, name), name)


def _sheet_rows(data: bytes, name: str) -> list[tuple[int, list[str]]]:
    """(row number, cells as text) of the workbook's first sheet."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise error(name, "is not an .xlsx workbook (not a zip archive)") from None
    if unpacked > MAX_IMPORT_BYTES:
        limit = MAX_IMPORT_BYTES // (1024 * 1024)
        raise error(name, f"unpacks to {unpacked:,} bytes; workbooks are limited to {limit} MiB")
    import openpyxl  # about 150 ms to import: only for a workbook

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            found: list[tuple[int, list[str]]] = []
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS:
                    raise error(name, f"has more than {MAX_ROWS:,} rows")
                found.append((number, [_cell(value) for value in values[:MAX_COLUMNS]]))
        finally:
            book.close()
    except BankError:
        raise
    except (KeyError, IndexError, ValueError, TypeError, OSError, zipfile.BadZipFile) as problem:
        raise error(
            name, f"cannot be read as an .xlsx workbook ({type(problem).__name__})"
        ) from None
    except Exception as problem:  # openpyxl's own errors and defusedxml's refusals
        raise error(name, f"cannot be read as an .xlsx workbook ({problem})") from None
    return found


def _cell(value: object) -> str:
    """A cell's value as the text a CSV export of it would hold (``1.0`` as ``1``)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_rows(table_rows: Iterable[tuple[int, list[str]]], name: str) -> Parsed:
    """The template's questions, from its rows: (line or row number, cells)."""
    parsed = Parsed()
    columns: dict[str, int] | None = None
    limits: set[str] = set()
    for line, row in table_rows:
        if columns is None:
            columns = _kahoot_columns([cell.strip().lower() for cell in row])
            continue
        prompt = cell_text(_get(row, columns, "question"))
        if not prompt:
            continue
        slots = [cell_text(_get(row, columns, f"answer {n}")) for n in range(1, 5)]
        picks = re.findall(r"[0-9]+", _get(row, columns, "correct"))
        if not picks:
            parsed.skip(line, None, "no correct answer given")
            continue
        bad = [int(p) for p in picks if not 1 <= int(p) <= 4 or not slots[int(p) - 1]]
        if bad:
            parsed.skip(line, None, f"correct answer {bad[0]} is not one of the answers")
            continue
        right = list(dict.fromkeys(slots[int(p) - 1] for p in picks))
        table: Table = {"prompt": prompt, "choices": [slot for slot in slots if slot]}
        table["kind"] = "choice" if len(right) == 1 else "multi"
        table["answer"] = right[0] if len(right) == 1 else right
        parsed.add(line, None, table)
        if _get(row, columns, "time").strip():
            limits.add(_get(row, columns, "time").strip())
    if columns is None:
        raise error(name, "no Kahoot header row (Question, Answer 1...4, Correct answer(s))")
    if limits:
        listed = ", ".join(sorted(limits, key=lambda x: (len(x), x)))
        parsed.notes.append(
            f"Kahoot time limits ({listed} s) are not kept: a quizcli bank has no per-question "
            "time; play with --time-limit SECONDS instead"
        )
    return parsed
