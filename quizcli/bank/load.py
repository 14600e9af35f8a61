"""Read and check a TOML bank, refusing a bad one with every problem at once.

Validation walks the parsed document and collects problems that point at a place in it
(a section, an entry, a key). Only when something is wrong is the file's text scanned to
turn those places into line numbers, so a good bank pays nothing for the error reporting.

Checking builds no model objects: a :class:`CheckedBank` keeps the validated tables, and
:mod:`quizcli.bank.build` turns only the questions a command needs into dataclasses. Each
question first goes through a fast check that accepts the common, valid case; anything it
does not accept goes through the detailed checks that word the problems. A property test
holds the two to the same verdict.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizcli.bank import hints
from quizcli.bank.checked import CheckedBank, Table
from quizcli.bank.fields import Place, describe
from quizcli.bank.lines import LineIndex
from quizcli.bank.quick import quick_check
from quizcli.bank.rules import QuestionChecker, question_problems
from quizcli.errors import BankError, Problem
from quizcli.kinds import FORMAT_VERSION

if TYPE_CHECKING:
    from quizcli.model import QuestionSet

__all__ = [
    "CheckedBank",
    "check_bank",
    "check_text",
    "load_bank",
    "parse_bank",
    "question_problems",
]

MAX_BANK_BYTES = 64 * 1024 * 1024
TOP_KEYS = frozenset({"format", "set", "sources", "questions"})
SET_KEYS = frozenset({"id", "title", "description", "tags"})
SOURCE_KEYS = frozenset({"id", "title", "publisher", "url"})


def load_bank(path: Path) -> QuestionSet:
    """Read, check and build the bank at ``path``; raise BankError listing every problem."""
    from quizcli.bank.build import build_checked

    return build_checked(check_bank(path))


def check_bank(path: Path) -> CheckedBank:
    """Read and check the bank at ``path`` without building its questions."""
    return check_text(read_bank_text(path), str(path))


def read_bank_text(path: Path) -> str:
    """The text of a bank file, or BankError for a file that cannot be a bank.

    Looks before it reads: a folder, a FIFO or a device (which could block or never end)
    and a file over the size limit are refused from their metadata alone.
    """
    import stat as stat_module

    name = str(path)
    try:
        info = path.stat()
        if stat_module.S_ISDIR(info.st_mode):
            raise _single(name, "is a folder, not a bank file")
        if not stat_module.S_ISREG(info.st_mode):
            raise _single(name, "is not a regular file (a pipe or a device cannot be a bank)")
        size = info.st_size
        if size > MAX_BANK_BYTES:
            raise _too_big(name, f"{size:,} bytes")
        with path.open("rb") as handle:
            # What the size says plus a byte: only a file that grew since is read further,
            # and never past the limit.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(MAX_BANK_BYTES + 1 - len(data))
        if len(data) > MAX_BANK_BYTES:
            raise _too_big(name, f"more than {MAX_BANK_BYTES:,} bytes")
    except FileNotFoundError:
        raise _single(name, "no such file") from None
    except PermissionError:
        raise _single(name, "cannot be read (permission denied)") from None
    except OSError as error:
        raise _single(name, f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise _single(name, "is empty (a bank needs format = 1, a [set] and [[questions]])")
    if b"\x00" in data:
        raise _single(name, "is a binary file, not TOML text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise _single(name, "is not UTF-8 text (banks must be saved as UTF-8)", line) from None
    return text


def parse_bank(text: str, name: str) -> QuestionSet:
    """Check TOML ``text`` (from the file called ``name``) and build the QuestionSet."""
    from quizcli.bank.build import build_checked

    return build_checked(check_text(text, name))


def check_text(text: str, name: str) -> CheckedBank:
    """Check TOML ``text`` (from the file called ``name``); BankError lists every problem."""
    import tomli

    try:
        document = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or 1
        column = getattr(error, "colno", None)
        message = getattr(error, "msg", None) or str(error)
        message = hints.toml_error(message, text, line)
        raise BankError([Problem(name, line, f"invalid TOML: {message}", column=column)]) from None
    except RecursionError:
        raise _single(name, "invalid TOML: nested too deeply") from None
    except ValueError as error:
        raise _too_long_integer(name, text, error) from None
    checker = _Checker()
    bank = checker.bank(document)
    if checker.found or bank is None:
        lines = LineIndex(text)
        problems = [
            Problem(name, lines.line_of(found.place), found.message, found.where)
            for found in checker.found
        ]
        raise BankError(sorted(problems, key=lambda problem: problem.line))
    return bank


def _single(name: str, message: str, line: int = 1) -> BankError:
    return BankError([Problem(name, line, message)])


def _too_long_integer(name: str, text: str, error: ValueError) -> BankError:
    """tomli lets through the ValueError of Python's limit on an integer's digits."""
    import sys

    digits = sys.get_int_max_str_digits()
    # Runs of digits and underscores, each looked at once from its start.
    for run in re.finditer(rf"(?<![0-9_])[0-9_]{{{digits + 1},}}", text) if digits else ():
        if len(run.group()) - run.group().count("_") > digits:
            line = text.count("\n", 0, run.start()) + 1
            return _single(name, f"invalid TOML: an integer of more than {digits} digits", line)
    return _single(name, f"invalid TOML: {error}")


def _too_big(name: str, size: str) -> BankError:
    return _single(name, f"is {size}; banks are limited to {MAX_BANK_BYTES // (1024 * 1024)} MiB")


class _Checker(QuestionChecker):
    """Walks a parsed document, collecting problems while keeping the valid tables."""

    # --- the document ----------------------------------------------------------------

    def bank(self, doc: dict[str, Any]) -> CheckedBank | None:
        """Check the whole document; the CheckedBank, or None when anything is wrong."""
        for key in doc:
            if key not in TOP_KEYS:
                self.problem((None, None, key), None, f"unknown top-level key {key!r}")
        self.format_version(doc)
        set_fields = self.set_table(doc.get("set"))
        sources = self.sources(doc.get("sources"))
        source_ids = frozenset(source["id"] for source in sources)
        questions = self.questions(doc.get("questions"), source_ids)
        if set_fields is None or self.found:
            return None
        return CheckedBank(doc["set"], sources, questions)

    def format_version(self, doc: dict[str, Any]) -> None:
        """The top-level ``format`` key: present, an integer, and supported."""
        place: Place = (None, None, "format")
        if "format" not in doc:
            self.problem(place, None, f"missing 'format = {FORMAT_VERSION}' at the top")
            return
        value = doc["format"]
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(place, None, f"'format' must be an integer, not {describe(value)}")
        elif value != FORMAT_VERSION:
            self.problem(
                place,
                None,
                f"format {value} is not supported (this quizcli reads format {FORMAT_VERSION})",
            )

    def set_table(self, table: object) -> dict[str, Any] | None:
        """The ``[set]`` table: its fields, or None when it is missing or not a table."""
        where = "set"
        if table is None:
            self.problem((None, None, None), where, "missing the [set] table")
            return None
        if not isinstance(table, dict):
            self.problem(
                (None, None, "set"), where, f"'set' must be a table, not {describe(table)}"
            )
            return None
        self.unknown_keys(table, SET_KEYS, ("set", None), where, "in [set]")
        fields: dict[str, Any] = {
            "id": self.slug(table, "id", ("set", None), where, required=True),
            "title": self.text(table, "title", ("set", None), where, required=True, one_line=True),
            "description": self.text(table, "description", ("set", None), where),
            "tags": self.tags(table, ("set", None), where),
        }
        return fields

    def sources(self, value: object) -> list[Table]:
        """The ``[[sources]]`` tables that passed their checks."""
        entries = self.table_array(value, "sources")
        sources: list[Table] = []
        seen: set[str] = set()
        for index, table in entries:
            base = ("sources", index)
            raw_id = table.get("id")
            where = f"source {raw_id}" if isinstance(raw_id, str) else f"source #{index + 1}"
            self.unknown_keys(table, SOURCE_KEYS, base, where, "in a source")
            source_id = self.slug(table, "id", base, where, required=True)
            title = self.text(table, "title", base, where, required=True, one_line=True)
            self.text(table, "publisher", base, where, one_line=True)
            self.text(table, "url", base, where)
            if source_id is not None:
                if source_id in seen:
                    self.problem((*base, "id"), where, f"duplicate source id {source_id!r}")
                seen.add(source_id)
            if source_id is not None and title is not None:
                sources.append(table)
        return sources

    def questions(self, value: object, source_ids: frozenset[str]) -> list[Table]:
        """Every question table that passed its checks (fast, then detailed)."""
        if value is None:
            self.problem((None, None, None), None, "no [[questions]]: a bank needs at least one")
            return []
        entries = self.table_array(value, "questions")
        if not entries and isinstance(value, list) and not value:
            self.problem(
                (None, None, "questions"), None, "no [[questions]]: a bank needs at least one"
            )
        questions: list[Table] = []
        seen: set[str] = set()
        for index, table in entries:
            if quick_check(table, source_ids, seen) or self.question(
                index, table, source_ids, seen
            ):
                questions.append(table)
        return questions

    def table_array(self, value: object, section: str) -> list[tuple[int, dict[str, Any]]]:
        """The tables of an array of tables, with their positions."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(
                (None, None, section),
                None,
                f"'{section}' must be an array of tables ([[{section}]]), not {describe(value)}",
            )
            return []
        entries = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                entries.append((index, item))
            else:
                self.problem(
                    (section, index, None),
                    f"{section} #{index + 1}",
                    f"must be a table, not {describe(item)}",
                )
        return entries
