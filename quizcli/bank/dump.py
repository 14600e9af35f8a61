"""The model back to a TOML-ready document: what ``load`` reads, ``to_document`` writes.

Used by the round-trip tests today, and by importers that will write banks from other
formats.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from quizcli.kinds import FORMAT_VERSION
from quizcli.model import Difficulty, Question, QuestionSet, Source, TimeQuestion


def to_document(qset: QuestionSet) -> dict[str, Any]:
    """A dict that, written as TOML, loads back into an equal QuestionSet."""
    document: dict[str, Any] = {"format": FORMAT_VERSION, "set": _set_table(qset)}
    if qset.sources:
        document["sources"] = [_source_table(source) for source in qset.sources]
    document["questions"] = [question_table(question) for question in qset.questions]
    return document


def _set_table(qset: QuestionSet) -> dict[str, Any]:
    table: dict[str, Any] = {"id": qset.id, "title": qset.title}
    if qset.description is not None:
        table["description"] = qset.description
    if qset.tags:
        table["tags"] = list(qset.tags)
    return table


def _source_table(source: Source) -> dict[str, Any]:
    return {key: value for key, value in source._asdict().items() if value is not None}


def question_table(question: Question) -> dict[str, Any]:
    """One question as a ``[[questions]]`` table, leaving defaults out."""
    table: dict[str, Any] = {"id": question.id, "kind": question.kind.value}
    for key, value in _pairs(question):
        if key == "id" or value is None or value == ():
            continue
        if key == "difficulty":
            if value is not Difficulty.MEDIUM:
                table[key] = Difficulty(value).value
        elif key == "seconds" and isinstance(question, TimeQuestion):
            continue
        elif key == "tolerance" and value == 0:
            continue
        elif isinstance(value, tuple):
            table[key] = list(value)
        else:
            table[key] = value
    return table


def _pairs(obj: Question) -> list[tuple[str, Any]]:
    return [(f.name, getattr(obj, f.name)) for f in fields(obj)]
