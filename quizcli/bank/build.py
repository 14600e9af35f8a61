"""Checked bank tables into the model's dataclasses, one question at a time if need be.

Everything here trusts its input: it comes from the checks of :mod:`quizcli.bank.load` and
:mod:`quizcli.bank.rules` (or from the bank cache, which only ever holds checked tables).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from quizcli.bank.checked import CheckedBank
from quizcli.model import (
    ChoiceQuestion,
    Difficulty,
    Kind,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Question,
    QuestionSet,
    Source,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)
from quizcli.parsing import parse_time

Table = dict[str, Any]


def build_set(
    set_table: Table, source_tables: Sequence[Table], questions: Sequence[Question]
) -> QuestionSet:
    """A QuestionSet from checked ``[set]`` and ``[[sources]]`` tables, holding ``questions``."""
    return QuestionSet(
        id=set_table["id"],
        title=set_table["title"],
        description=set_table.get("description"),
        tags=tuple(set_table.get("tags", ())),
        sources=build_sources(source_tables),
        questions=tuple(questions),
    )


def build_checked(bank: CheckedBank) -> QuestionSet:
    """The whole of a checked bank, every question built."""
    return build_set(bank.set, bank.sources, [build_question(q) for q in bank.questions])


def build_sources(tables: Sequence[Table]) -> tuple[Source, ...]:
    """The declared sources."""
    return tuple(
        Source(
            id=table["id"],
            title=table["title"],
            publisher=table.get("publisher"),
            url=table.get("url"),
        )
        for table in tables
    )


def build_question(table: Table) -> Question:
    """One checked ``[[questions]]`` table as its dataclass."""
    common = {
        "id": table["id"],
        "prompt": table["prompt"],
        "difficulty": Difficulty(table.get("difficulty", "medium")),
        "tags": tuple(table.get("tags", ())),
        "source": table.get("source"),
        "explanation": table.get("explanation"),
        "hint": table.get("hint"),
        "quote": table.get("quote"),
        "attribution": table.get("attribution"),
        "group": table.get("group"),
    }
    return _BUILDERS[Kind(table["kind"])](table, common)


def _choice(t: Table, common: Table) -> Question:
    return ChoiceQuestion(choices=tuple(t["choices"]), answer=t["answer"], **common)


def _multi(t: Table, common: Table) -> Question:
    return MultiQuestion(choices=tuple(t["choices"]), answer=tuple(t["answer"]), **common)


def _truefalse(t: Table, common: Table) -> Question:
    return TrueFalseQuestion(answer=t["answer"], **common)


def _order(t: Table, common: Table) -> Question:
    return OrderQuestion(answer=tuple(t["answer"]), **common)


def _number(t: Table, common: Table) -> Question:
    return NumberQuestion(
        answer=t["answer"], tolerance=t.get("tolerance", 0), unit=t.get("unit"), **common
    )


def _time(t: Table, common: Table) -> Question:
    return TimeQuestion(
        answer=t["answer"],
        seconds=parse_time(t["answer"]),
        tolerance=t.get("tolerance", 0),
        **common,
    )


def _text(t: Table, common: Table) -> Question:
    return TextQuestion(
        answer=t["answer"],
        accept=tuple(t.get("accept", ())),
        reject=tuple(t.get("reject", ())),
        **common,
    )


_BUILDERS: Mapping[Kind, Callable[[Table, Table], Question]] = {
    Kind.CHOICE: _choice,
    Kind.MULTI: _multi,
    Kind.TRUEFALSE: _truefalse,
    Kind.ORDER: _order,
    Kind.NUMBER: _number,
    Kind.TIME: _time,
    Kind.TEXT: _text,
}
