"""The rules of one question, shared by the TOML loader and every format reader.

:class:`QuestionChecker` words what is wrong with a question table (its id, kind, fields
and the rules of its kind); :func:`question_problems` is what the format readers call to
keep a file's valid questions and skip the others with the loader's own words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from quizcli.bank import hints
from quizcli.bank.checked import Table
from quizcli.bank.fields import FieldChecker, describe
from quizcli.bank.quick import COMMON_KEYS, KIND_KEYS, MAX_ORDER, MIN_ORDER, quick_check, spacefree
from quizcli.kinds import Difficulty, Kind
from quizcli.parsing import AnswerFormatError, fold, parse_time

ALL_QUESTION_KEYS = COMMON_KEYS.union(*KIND_KEYS.values())
KIND_NAMES = ", ".join(kind.value for kind in Kind)
DIFFICULTY_NAMES = ", ".join(d.value for d in Difficulty)


class QuestionChecker(FieldChecker):
    """The detailed checks of question tables, problems kept in ``found``."""

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


# --- detailed checks, one per kind ------------------------------------------------------

KindCheck = Callable[[QuestionChecker, dict[str, Any], tuple[str, int], str], None]


def _check_choice(c: QuestionChecker, t: Table, base: tuple[str, int], where: str) -> None:
    choices = c.choices(t, base, where)
    if not c.required(t, "answer", base, where):
        return
    answer = t["answer"]
    if not isinstance(answer, str):
        c.problem((*base, "answer"), where, f"'answer' must be a string, not {describe(answer)}")
        return
    if choices is None:
        return
    if answer not in choices:
        note = hints.spacing_note(answer, choices)
        c.problem((*base, "answer"), where, f"answer {answer!r} is not one of the choices{note}")
        return


def _check_multi(c: QuestionChecker, t: Table, base: tuple[str, int], where: str) -> None:
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


def _check_truefalse(c: QuestionChecker, t: Table, base: tuple[str, int], where: str) -> None:
    if not c.required(t, "answer", base, where):
        return
    answer = t["answer"]
    if not isinstance(answer, bool):
        c.problem(
            (*base, "answer"),
            where,
            f"'answer' must be true or false (no quotes), not {describe(answer)}",
        )
        return


def _check_order(c: QuestionChecker, t: Table, base: tuple[str, int], where: str) -> None:
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


def _check_number(c: QuestionChecker, t: Table, base: tuple[str, int], where: str) -> None:
    c.tolerance(t, base, where)
    c.text(t, "unit", base, where, one_line=True)
    if not c.required(t, "answer", base, where):
        return
    c.number(t, "answer", base, where)


def _check_time(c: QuestionChecker, t: Table, base: tuple[str, int], where: str) -> None:
    c.tolerance(t, base, where)
    if not c.required(t, "answer", base, where):
        return
    answer = t["answer"]
    if not isinstance(answer, str):
        c.problem(
            (*base, "answer"),
            where,
            f"'answer' must be a time in quotes such as \"13:13.66\", not {describe(answer)}",
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


def _check_text(c: QuestionChecker, t: Table, base: tuple[str, int], where: str) -> None:
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
    c: QuestionChecker, t: Table, base: tuple[str, int], where: str, right: set[str]
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


def question_problems(table: Table) -> list[str]:
    """What is wrong with one question table on its own (empty when it is valid).

    Used by the importers of other formats, which keep the valid questions of a file and
    skip the others with the loader's own words for why.
    """
    if quick_check(table, frozenset(), set()):
        return []
    checker = QuestionChecker()
    checker.question(0, table, frozenset(), set())
    return [found.message for found in checker.found]
