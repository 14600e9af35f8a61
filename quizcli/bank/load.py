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

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizcli.bank import hints
from quizcli.bank.quick import (
    COMMON_KEYS,
    KIND_KEYS,
    MAX_CHOICES,
    MAX_ORDER,
    MIN_CHOICES,
    MIN_ORDER,
    NEWLINE,
    SLUG,
    quick_check,
    spacefree,
)
from quizcli.bank.quick import finite as _finite
from quizcli.errors import BankError, Problem
from quizcli.kinds import FORMAT_VERSION, Difficulty, Kind
from quizcli.parsing import AnswerFormatError, fold, parse_time

if TYPE_CHECKING:
    from quizcli.model import QuestionSet

MAX_BANK_BYTES = 64 * 1024 * 1024
TOP_KEYS = frozenset({"format", "set", "sources", "questions"})
SET_KEYS = frozenset({"id", "title", "description", "tags"})
SOURCE_KEYS = frozenset({"id", "title", "publisher", "url"})
ALL_QUESTION_KEYS = COMMON_KEYS.union(*KIND_KEYS.values())
KIND_NAMES = ", ".join(kind.value for kind in Kind)
DIFFICULTY_NAMES = ", ".join(d.value for d in Difficulty)

# Where a problem is: (section, entry index, key). Section None means the top level.
Place = tuple[str | None, int | None, str | None]


@dataclass(slots=True)
class _Found:
    place: Place
    where: str | None
    message: str


Table = dict[str, Any]


class CheckedBank:
    """A bank that passed every check: its set, sources and question tables, as parsed."""

    __slots__ = ("questions", "set", "sources")

    def __init__(self, set_table: Table, sources: list[Table], questions: list[Table]) -> None:
        self.set = set_table
        self.sources = sources
        self.questions = questions


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
        lines = _LineIndex(text)
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


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"


class _Checker:
    """Walks a parsed document, collecting problems while building the model."""

    def __init__(self) -> None:
        self.found: list[_Found] = []

    def problem(self, place: Place, where: str | None, message: str) -> None:
        """Record one problem at a place."""
        self.found.append(_Found(place, where, message))

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
            self.problem(place, None, f"'format' must be an integer, not {_describe(value)}")
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
                (None, None, "set"), where, f"'set' must be a table, not {_describe(table)}"
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
                f"'{section}' must be an array of tables ([[{section}]]), not {_describe(value)}",
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
                    f"must be a table, not {_describe(item)}",
                )
        return entries

    # --- one question ----------------------------------------------------------------

    def question(
        self, index: int, table: dict[str, Any], source_ids: frozenset[str], seen: set[str]
    ) -> bool:
        """The detailed checks of one question; True when it has no problem."""
        base = ("questions", index)
        raw_id = table.get("id")
        where = (
            f"question {raw_id}" if isinstance(raw_id, str) and raw_id else f"question #{index + 1}"
        )
        before = len(self.found)

        qid = self.slug(table, "id", base, where, required=True)
        if qid is not None:
            if qid in seen:
                self.problem((*base, "id"), where, f"duplicate question id {qid!r}")
            seen.add(qid)
        kind = self.kind(table, base, where)
        allowed = COMMON_KEYS | KIND_KEYS[kind] if kind is not None else ALL_QUESTION_KEYS
        for key in table:
            if key in allowed:
                continue
            if key in ALL_QUESTION_KEYS and kind is not None:
                self.problem(
                    (*base, key), where, f"field {key!r} does not apply to {kind} questions"
                )
            else:
                self.problem((*base, key), where, f"unknown field {key!r}")

        self.text(table, "prompt", base, where, required=True)
        self.difficulty(table, base, where)
        self.tags(table, base, where)
        self.slug(table, "group", base, where)
        self.source_ref(table, base, where, source_ids)
        for key in ("explanation", "hint", "quote"):
            self.text(table, key, base, where)
        self.text(table, "attribution", base, where, one_line=True)
        if kind is not None:
            _CHECKS[kind](self, table, base, where)
        return len(self.found) == before

    def kind(self, table: dict[str, Any], base: tuple[str, int], where: str) -> Kind | None:
        """The question's kind, or None (with a problem) when missing or unknown."""
        value = self.text(table, "kind", base, where, required=True)
        if value is None:
            return None
        try:
            return Kind(value)
        except ValueError:
            self.problem(
                (*base, "kind"), where, f"unknown kind {value!r} (expected one of: {KIND_NAMES})"
            )
            return None

    def difficulty(self, table: dict[str, Any], base: tuple[str, int], where: str) -> Difficulty:
        """The question's difficulty (medium when absent)."""
        value = self.text(table, "difficulty", base, where)
        if value is None:
            return Difficulty.MEDIUM
        try:
            return Difficulty(value)
        except ValueError:
            self.problem(
                (*base, "difficulty"),
                where,
                f"unknown difficulty {value!r} (expected one of: {DIFFICULTY_NAMES})",
            )
            return Difficulty.MEDIUM

    def source_ref(
        self, table: dict[str, Any], base: tuple[str, int], where: str, source_ids: frozenset[str]
    ) -> str | None:
        """The question's ``source``, which must name a declared source."""
        value = self.text(table, "source", base, where)
        if value is not None and value not in source_ids:
            declared = ", ".join(sorted(source_ids)) or "none"
            self.problem(
                (*base, "source"),
                where,
                f"source {value!r} is not declared in [[sources]] (declared: {declared})",
            )
        return value

    # --- field checks ----------------------------------------------------------------

    def unknown_keys(
        self,
        table: dict[str, Any],
        allowed: frozenset[str],
        base: tuple[str, int | None],
        where: str,
        context: str,
    ) -> None:
        """A problem for every key the table may not hold."""
        for key in table:
            if key not in allowed:
                self.problem((*base, key), where, f"unknown field {key!r} {context}")

    def text(
        self,
        table: dict[str, Any],
        key: str,
        base: tuple[str, int | None],
        where: str,
        *,
        required: bool = False,
        one_line: bool = False,
    ) -> str | None:
        """A non-empty string field (on one line when ``one_line``), or None (with a problem
        when it is wrong)."""
        place: Place = (*base, key)
        if key not in table:
            if required:
                self.problem(place, where, f"missing required field {key!r}")
            return None
        value = table[key]
        if not isinstance(value, str):
            self.problem(place, where, f"{key!r} must be a string, not {_describe(value)}")
            return None
        if not value.strip():
            self.problem(place, where, f"{key!r} is empty")
            return None
        if one_line and NEWLINE in value:
            self.problem(place, where, f"{key!r} must be one line: {value!r} has a line break")
            return None
        return value

    def slug(
        self,
        table: dict[str, Any],
        key: str,
        base: tuple[str, int | None],
        where: str,
        *,
        required: bool = False,
    ) -> str | None:
        """A text field that must be a slug."""
        value = self.text(table, key, base, where, required=required)
        if value is not None and not SLUG.fullmatch(value):
            self.problem(
                (*base, key),
                where,
                f"{key} {value!r} must be a slug: lowercase letters, digits and single hyphens",
            )
            return None
        return value

    def string_list(
        self, table: dict[str, Any], key: str, base: tuple[str, int | None], where: str
    ) -> tuple[str, ...] | None:
        """An array of distinct non-empty strings, or None (with a problem)."""
        value = table.get(key)
        place: Place = (*base, key)
        if not isinstance(value, list):
            self.problem(
                place, where, f"{key!r} must be an array of strings, not {_describe(value)}"
            )
            return None
        bad = [item for item in value if not isinstance(item, str)]
        if bad:
            self.problem(place, where, f"{key!r} must hold only strings, not {_describe(bad[0])}")
            return None
        if any(not item.strip() for item in value):
            self.problem(place, where, f"{key!r} has an empty string")
            return None
        broken = [item for item in value if NEWLINE in item]
        if broken:
            self.problem(place, where, f"{key!r} must hold one-line items: {broken[0]!r} is not")
            return None
        duplicates = _duplicates(value)
        if duplicates:
            listed = ", ".join(repr(item) for item in duplicates)
            self.problem(place, where, f"{key!r} lists the same item twice: {listed}")
            return None
        return tuple(value)

    def tags(
        self, table: dict[str, Any], base: tuple[str, int | None], where: str
    ) -> tuple[str, ...]:
        """The ``tags`` array (empty when absent)."""
        if "tags" not in table:
            return ()
        return self.string_list(table, "tags", base, where) or ()

    def required(self, table: dict[str, Any], key: str, base: tuple[str, int], where: str) -> bool:
        """Whether ``key`` is present; a problem when it is not."""
        if key in table:
            return True
        self.problem((*base, key), where, f"missing required field {key!r}")
        return False

    def choices(
        self, table: dict[str, Any], base: tuple[str, int], where: str
    ) -> tuple[str, ...] | None:
        """The ``choices`` array: 2 to 8 strings players can tell apart."""
        if not self.required(table, "choices", base, where):
            return None
        choices = self.string_list(table, "choices", base, where)
        if choices is not None and (clash := _folded_clash(choices)):
            self.problem(
                (*base, "choices"),
                where,
                f"choices {clash[0]!r} and {clash[1]!r} differ only in case, accents or "
                "punctuation; players could not tell them apart",
            )
            return None
        if choices is not None and not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
            self.problem(
                (*base, "choices"),
                where,
                f"'choices' has {len(choices)} items; give {MIN_CHOICES} to {MAX_CHOICES}",
            )
            return None
        return choices

    def number(
        self, table: dict[str, Any], key: str, base: tuple[str, int], where: str
    ) -> int | float | None:
        """A finite number that fits a float, or None (with a problem)."""
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem((*base, key), where, f"{key!r} must be a number, not {_describe(value)}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problem((*base, key), where, f"{key!r} must be a finite number, not {value}")
            return None
        if not _finite(value):
            self.problem(
                (*base, key), where, f"{key!r} is too large: {len(str(abs(value)))} digits"
            )
            return None
        return value

    def tolerance(self, table: dict[str, Any], base: tuple[str, int], where: str) -> int | float:
        """The ``tolerance`` (0 when absent), never negative."""
        if "tolerance" not in table:
            return 0
        value = self.number(table, "tolerance", base, where)
        if value is None:
            return 0
        if value < 0:
            self.problem(
                (*base, "tolerance"), where, f"'tolerance' must not be negative, not {value}"
            )
        return value


# --- the fast check ---------------------------------------------------------------------

# --- detailed checks, one per kind ------------------------------------------------------

KindCheck = Callable[[_Checker, dict[str, Any], tuple[str, int], str], None]


def _check_choice(c: _Checker, t: dict[str, Any], base: tuple[str, int], where: str) -> None:
    choices = c.choices(t, base, where)
    if not c.required(t, "answer", base, where):
        return
    answer = t["answer"]
    if not isinstance(answer, str):
        c.problem((*base, "answer"), where, f"'answer' must be a string, not {_describe(answer)}")
        return
    if choices is None:
        return
    if answer not in choices:
        note = hints.spacing_note(answer, choices)
        c.problem((*base, "answer"), where, f"answer {answer!r} is not one of the choices{note}")
        return


def _check_multi(c: _Checker, t: dict[str, Any], base: tuple[str, int], where: str) -> None:
    choices = c.choices(t, base, where)
    if not c.required(t, "answer", base, where):
        return
    answer = c.string_list(t, "answer", base, where)
    if answer is None or choices is None:
        return
    if not answer:
        c.problem((*base, "answer"), where, "'answer' must list at least one of the choices")
        return
    missing = [item for item in answer if item not in choices]
    if missing:
        listed = ", ".join(repr(item) for item in missing)
        c.problem(
            (*base, "answer"),
            where,
            f"answer is not a subset of the choices: {listed} not among them"
            + hints.spacing_note(missing[0], choices),
        )
        return


def _check_truefalse(c: _Checker, t: dict[str, Any], base: tuple[str, int], where: str) -> None:
    if not c.required(t, "answer", base, where):
        return
    answer = t["answer"]
    if not isinstance(answer, bool):
        c.problem(
            (*base, "answer"),
            where,
            f"'answer' must be true or false (no quotes), not {_describe(answer)}",
        )
        return


def _check_order(c: _Checker, t: dict[str, Any], base: tuple[str, int], where: str) -> None:
    if not c.required(t, "answer", base, where):
        return
    answer = c.string_list(t, "answer", base, where)
    if answer is not None and not MIN_ORDER <= len(answer) <= MAX_ORDER:
        c.problem(
            (*base, "answer"),
            where,
            f"an order question needs {MIN_ORDER} to {MAX_ORDER} items, not {len(answer)}",
        )
        return


def _check_number(c: _Checker, t: dict[str, Any], base: tuple[str, int], where: str) -> None:
    c.tolerance(t, base, where)
    c.text(t, "unit", base, where, one_line=True)
    if not c.required(t, "answer", base, where):
        return
    c.number(t, "answer", base, where)


def _check_time(c: _Checker, t: dict[str, Any], base: tuple[str, int], where: str) -> None:
    c.tolerance(t, base, where)
    if not c.required(t, "answer", base, where):
        return
    answer = t["answer"]
    if not isinstance(answer, str):
        c.problem(
            (*base, "answer"),
            where,
            f"'answer' must be a time in quotes such as \"13:13.66\", not {_describe(answer)}",
        )
        return
    try:
        parse_time(answer)
    except AnswerFormatError:
        c.problem(
            (*base, "answer"),
            where,
            f'answer {answer!r} is not a time (write it like "13:13.66", "1:02:03" or "9.79")',
        )
        return


def _check_text(c: _Checker, t: dict[str, Any], base: tuple[str, int], where: str) -> None:
    accept: tuple[str, ...] = ()
    if "accept" in t:
        accept = c.string_list(t, "accept", base, where) or ()
    answer = c.text(t, "answer", base, where, required=True, one_line=True)
    if answer is None:
        return
    for key, spelling in [("answer", answer), *(("accept", a) for a in accept)]:
        if not fold(spelling):
            c.problem(
                (*base, key),
                where,
                f"{spelling!r} has no letters or digits, so no typed answer could match it",
            )
            return
    if "reject" in t:
        _check_reject(c, t, base, where, {spacefree(s) for s in (answer, *accept)})


def _check_reject(
    c: _Checker, t: dict[str, Any], base: tuple[str, int], where: str, right: set[str]
) -> None:
    """``reject``: near misses never accepted, none of them a right spelling."""
    reject = c.string_list(t, "reject", base, where)
    for spelling in reject or ():
        if not fold(spelling):
            c.problem(
                (*base, "reject"),
                where,
                f"{spelling!r} has no letters or digits, so no typed answer could match it",
            )
            return
        if spacefree(spelling) in right:
            c.problem(
                (*base, "reject"),
                where,
                f"reject {spelling!r} is also a right spelling (answer or accept)",
            )
            return


_CHECKS: Mapping[Kind, KindCheck] = {
    Kind.CHOICE: _check_choice,
    Kind.MULTI: _check_multi,
    Kind.TRUEFALSE: _check_truefalse,
    Kind.ORDER: _check_order,
    Kind.NUMBER: _check_number,
    Kind.TIME: _check_time,
    Kind.TEXT: _check_text,
}


def _folded_clash(items: Iterable[str]) -> tuple[str, str] | None:
    """Two items that are the same once case, accents and punctuation are folded."""
    seen: dict[str, str] = {}
    for item in items:
        key = fold(item)
        if key in seen:
            return seen[key], item
        seen[key] = item
    return None


def _duplicates(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    repeated: list[str] = []
    for item in items:
        if item in seen and item not in repeated:
            repeated.append(item)
        seen.add(item)
    return repeated


# --- line numbers ----------------------------------------------------------------------

_HEADER = re.compile(r"\s*(\[\[?)\s*([A-Za-z0-9_-]+)\s*\]\]?")
_KEY = re.compile(r"\s*([A-Za-z0-9_-]+)\s*=")


class _LineIndex:
    """Maps a place in the document to the line where the bank's text defines it.

    Understands the usual layout (``[set]``, ``[[sources]]`` and ``[[questions]]`` headers
    with ``key = value`` lines). Places it cannot find fall back to their table's header,
    then to line 1.
    """

    def __init__(self, text: str) -> None:
        self.lines: dict[Place, int] = {}
        section: str | None = None
        counters: dict[str, int] = {}
        index: int | None = None
        in_multiline: str | None = None
        # Only "\n" ends a TOML line (str.splitlines would also split at U+2028, U+0085...,
        # which strings may hold).
        for number, line in enumerate(text.split("\n"), start=1):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            header = _HEADER.match(line)
            if header:
                section = header.group(2)
                if header.group(1) == "[[":
                    index = counters.get(section, -1) + 1
                    counters[section] = index
                else:
                    index = None
                self.lines.setdefault((section, index, None), number)
                self.lines.setdefault((None, None, section), number)
                continue
            key = _KEY.match(line)
            if key:
                self.lines.setdefault((section, index, key.group(1)), number)
                if section is None:
                    self.lines.setdefault((None, None, key.group(1)), number)
            for quotes in ('"""', "'''"):
                if line.count(quotes) % 2 == 1:
                    in_multiline = quotes
                    break

    def line_of(self, place: Place) -> int:
        """The line of ``place``, else of its table, else 1."""
        section, index, key = place
        for candidate in ((section, index, key), (section, index, None), (None, None, section)):
            if candidate in self.lines:
                return self.lines[candidate]
        return 1


def question_problems(table: Table) -> list[str]:
    """What is wrong with one question table on its own (empty when it is valid).

    Used by the importers of other formats, which keep the valid questions of a file and
    skip the others with the loader's own words for why.
    """
    if quick_check(table, frozenset(), set()):
        return []
    checker = _Checker()
    checker.question(0, table, frozenset(), set())
    return [found.message for found in checker.found]
