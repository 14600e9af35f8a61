"""Which format a file is in, and the one entry point for importing and exporting.

The format comes from ``--from``/``--to`` when given, else from the file's extension and,
where the extension is ambiguous (``.txt``, ``.csv``), from its first lines. Readers are
imported only when a file of their format is read.
"""

from __future__ import annotations

import gc
import importlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from quizcli.bank.formats.common import (
    Exported,
    Imported,
    Parsed,
    decode,
    error,
    finish,
    no_questions,
    read_bytes,
    slug,
)

if TYPE_CHECKING:
    from quizcli.bank.checked import CheckedBank
    from quizcli.model import QuestionSet

IMPORT_FORMATS = ("gift", "moodle-xml", "aiken", "opentdb", "csv", "tsv", "anki", "kahoot")
EXPORT_FORMATS = ("gift", "moodle-xml", "aiken", "opentdb", "csv", "tsv")
# Files that ``--bank`` and ``play`` read through this package rather than as TOML.
FOREIGN_SUFFIXES = frozenset({".gift", ".xml", ".json", ".csv", ".tsv", ".txt", ".xlsx"})
EXTENSIONS = {
    "gift": "gift",
    "moodle-xml": "xml",
    "aiken": "txt",
    "opentdb": "json",
    "csv": "csv",
    "tsv": "tsv",
}
# (module, function) of each reader and writer.
_READERS = {
    "gift": ("gift", "read"),
    "moodle-xml": ("moodle_xml", "read"),
    "aiken": ("aiken", "read"),
    "opentdb": ("opentdb", "read"),
    "csv": ("table", "read_csv"),
    "tsv": ("table", "read_tsv"),
    "anki": ("anki", "read_anki"),
    "kahoot": ("kahoot", "read_kahoot"),
}
_WRITERS = {
    "gift": ("gift", "write"),
    "moodle-xml": ("moodle_xml", "write"),
    "aiken": ("aiken", "write"),
    "opentdb": ("opentdb", "write"),
    "csv": ("table", "write_csv"),
    "tsv": ("table", "write_tsv"),
}
_SPREADSHEETS = frozenset({"csv", "tsv", "anki", "kahoot"})
_ANKI_HEADER = re.compile(
    r"\s*#(separator|html|columns|tags|notetype|deck|guid|tags column|notetype column|"
    r"deck column|guid column)\s*:",
    re.I,
)
_AIKEN_ANSWER = re.compile(r"^\s*ANSWER\s*:\s*[A-Za-z]\s*$", re.M)
_WHAT = {
    "gift": "GIFT text",
    "moodle-xml": "Moodle XML",
    "aiken": "Aiken text",
    "opentdb": "Open Trivia DB JSON",
    "csv": "CSV text",
    "tsv": "TSV text",
    "anki": "an Anki text export",
    "kahoot": "a Kahoot spreadsheet",
}


def is_foreign(path: Path) -> bool:
    """True when ``path`` is a file of another format (by its extension), not a TOML bank."""
    return path.suffix.lower() in FOREIGN_SUFFIXES


def detect(path: Path, text: str) -> str:
    """The format of the file at ``path`` whose text is ``text``."""
    suffix = path.suffix.lower()
    head = text[:4096]
    if suffix == ".gift":
        return "gift"
    if suffix == ".xml" or head.lstrip().startswith(("<?xml", "<quiz")):
        return "moodle-xml"
    if suffix == ".json" or head.lstrip().startswith(("{", "[")):
        return "opentdb"
    anki_header = bool(_ANKI_HEADER.match(head))
    if suffix in (".csv", ".tsv"):
        from quizcli.bank.formats.kahoot import is_kahoot

        if anki_header:
            return "anki"  # Anki's own header: the same bytes as its .txt export
        if is_kahoot(head):
            return "kahoot"
        if suffix == ".tsv":
            return "anki" if head.startswith("#") else "tsv"
        from quizcli.bank.formats.table import names_columns

        # A first row that names no column: flashcards (front, back), as Anki reads them.
        return "csv" if names_columns(head) else "anki"
    if anki_header:
        return "anki"
    if _AIKEN_ANSWER.search(head):
        return "aiken"
    lines = [line for line in head.split("\n")[:20] if line.strip()]
    for sep in ("\t", "|", ";", ","):
        # Mostly separated lines: an Anki export (or a flashcard list) without its headers.
        # A GIFT file (braces) is only taken for one when its lines are tab-separated.
        gift_like = sep != "\t" and "{" in head and "}" in head
        if lines and sum(sep in line for line in lines) * 2 > len(lines) and not gift_like:
            return "anki"
    if "{" in head and "}" in head:
        return "gift"
    raise error(
        str(path),
        f"cannot tell which format this is; name it with --from ({', '.join(IMPORT_FORMATS)})",
    )


def import_file(
    path: Path,
    format_name: str | None = None,
    set_id: str | None = None,
    title: str | None = None,
) -> Imported:
    """Read the file at ``path`` (in ``format_name``, else the detected format) as a bank.

    Raises BankError, with one line naming the file, for a file that cannot be read at all;
    questions that cannot be used are returned as skipped, not raised.
    """
    name = str(path)
    data = read_bytes(path)
    if data.startswith(b"PK\x03\x04") and format_name in (None, "kahoot"):
        # A zip: a spreadsheet workbook (.xlsx), and Kahoot's template is one.
        from quizcli.bank.formats.kahoot import read_kahoot_xlsx

        return _finish(read_kahoot_xlsx(data, name), path, "kahoot", set_id, title)
    guess = format_name or _guess_from_bytes(path, data)
    what = _WHAT.get(guess, "text")
    text, note = decode(data, name, what, fallback=guess in _SPREADSHEETS)
    if format_name is None:
        format_name = detect(path, text)
        if format_name == "anki" and path.suffix.lower() == ".csv" and not text.startswith("#"):
            note = note or (
                f"{name}: the first row names no column (question, answer...): read as "
                "flashcards, front and back, as Anki reads such a file"
            )
    if format_name not in _READERS:
        raise error(name, f"unknown format {format_name!r} (known: {', '.join(IMPORT_FORMATS)})")
    module, function = _READERS[format_name]
    reader = getattr(importlib.import_module(f"quizcli.bank.formats.{module}"), function)
    # A big file makes millions of objects and no cycles: collections would only walk them.
    collecting = gc.isenabled()
    gc.disable()
    try:
        parsed: Parsed = reader(text, name)
        if note:
            parsed.notes.insert(0, note)
        return _finish(parsed, path, format_name, set_id, title)
    finally:
        if collecting:
            gc.enable()


def _finish(
    parsed: Parsed, path: Path, format_name: str, set_id: str | None, title: str | None
) -> Imported:
    chosen_id = set_id or slug(path.stem) or "imported"
    description = f"Imported from {path.name} ({format_name})."
    return finish(parsed, format_name, chosen_id, title or path.stem, description)


def _guess_from_bytes(path: Path, data: bytes) -> str:
    """A first guess, from the extension, of whether the file is a spreadsheet."""
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv"):
        return suffix[1:]
    if suffix == ".txt" and (b"\t" in data[:4096] or data.startswith(b"#")):
        return "anki"
    return {".gift": "gift", ".xml": "moodle-xml", ".json": "opentdb"}.get(suffix, "text")


def check_foreign(path: Path) -> CheckedBank:
    """The checked bank of a file of another format, for ``--bank`` and ``play``.

    Skipped questions are left out; a file with no usable question is a BankError.
    """
    imported = import_file(path)
    if not imported.bank.questions:
        raise no_questions(str(path), imported)
    return imported.bank


def export(qset: QuestionSet, format_name: str) -> Exported:
    """The set written in ``format_name``."""
    if format_name not in _WRITERS:
        raise ValueError(f"unknown export format {format_name!r}")
    module, function = _WRITERS[format_name]
    writer = getattr(importlib.import_module(f"quizcli.bank.formats.{module}"), function)
    result: Exported = writer(qset.questions, qset.title)
    return result
