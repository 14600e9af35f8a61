"""The model back to a TOML-ready document: what ``load`` reads, ``to_document`` writes.

Used by the round-trip tests, and by ``quizcli import``, which writes the banks it converts
from other formats with :func:`to_toml` (a small writer for the few shapes a bank holds, so
that no TOML-writing library is needed at run time).
"""

from __future__ import annotations

import math
import re
from dataclasses import fields
from json.encoder import encode_basestring
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


# Characters a TOML basic string must escape: the quote, the backslash, and every control
# character but tab (TOML forbids them raw), including DEL.
_TOML_ESCAPE = re.compile(r'[\x00-\x08\x0a-\x1f\x7f"\\]')
_SHORT_ESCAPES = {"\b": "\\b", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def to_toml(document: dict[str, Any]) -> str:
    """``document`` (from :func:`to_document`, or the same shape) as TOML text.

    Handles what a bank holds: top-level scalars, tables of scalars and string arrays, and
    arrays of such tables. Every string is written as a one-line basic string.
    """
    lines: list[str] = []
    for key, value in document.items():
        if not isinstance(value, dict | list) or _is_value_list(value):
            lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in document.items():
        if isinstance(value, dict):
            lines.append("")
            lines.append(f"[{_key(key)}]")
            lines.extend(_pairs_of(value))
        elif isinstance(value, list) and not _is_value_list(value):
            for table in value:
                lines.append("")
                lines.append(f"[[{_key(key)}]]")
                lines.extend(_pairs_of(table))
    return "\n".join(lines) + "\n"


def _is_value_list(value: object) -> bool:
    return isinstance(value, list) and not any(isinstance(item, dict) for item in value)


def _pairs_of(table: dict[str, Any]) -> list[str]:
    return [f"{_key(key)} = {_value(value)}" for key, value in table.items()]


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def _value(value: object) -> str:
    if type(value) is str:  # the common case first
        return _string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"TOML cannot hold {value}")
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _string(text: str) -> str:
    if "\x7f" not in text and not _SURROGATE.search(text):
        # JSON's string escapes are valid TOML ones, and json's encoder is written in C.
        return encode_basestring(text)
    return '"' + _TOML_ESCAPE.sub(_escape_char, text) + '"'


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    return _SHORT_ESCAPES.get(char) or f"\\u{ord(char):04X}"
