"""Open Trivia DB JSON, in and out.

Reads what the API at opentdb.com/api.php returns (``{"response_code": 0, "results":
[...]}``) or a bare list of its results, in any of the API's encodings: HTML entities (the
default), ``url3986`` (percent-encoding), ``urlLegacy`` (``+`` for spaces) and ``base64``.
``multiple`` becomes a choice question, ``boolean`` a true/false one; the difficulty is kept
and the category becomes a tag.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
import re
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import unquote, unquote_plus

from quizcli.bank.formats.common import (
    Exported,
    Parsed,
    Skip,
    Table,
    error,
    lost_fields,
    one_line,
    scrub,
)
from quizcli.model import ChoiceQuestion, Question, TrueFalseQuestion

_RESPONSE_CODES = {
    1: "no results (not enough questions for the query)",
    2: "invalid parameter",
    3: "token not found",
    4: "token empty (every question was already served)",
    5: "rate limit",
}
_B64_TYPES = {"bXVsdGlwbGU=": "multiple", "Ym9vbGVhbg==": "boolean"}
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_URL_SAFE = re.compile(r"(?:[A-Za-z0-9._~+-]|%[0-9A-Fa-f]{2})*")


def read(text: str, name: str) -> Parsed:
    """Every result of an Open Trivia DB response (or list of results)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as problem:
        raise error(name, f"invalid JSON: {problem.msg}", problem.lineno) from None
    except RecursionError:
        raise error(name, "invalid JSON: nested too deeply") from None
    if isinstance(document, dict):
        code = document.get("response_code", 0)
        results = document.get("results")
        if code not in (0, None) and not results:
            meaning = _RESPONSE_CODES.get(code, "unknown code") if isinstance(code, int) else "?"
            raise error(name, f"the response has no questions (response_code {code}: {meaning})")
        if not isinstance(results, list):
            raise error(name, 'not an Open Trivia DB response: no "results" list')
    elif isinstance(document, list):
        results = document
    else:
        raise error(name, "not an Open Trivia DB response: expected an object or a list")
    raw_decode = _decoder(results)

    def decode(value: str) -> str:
        """A field in the file's encoding as text that UTF-8 can hold."""
        return scrub(raw_decode(value))

    parsed = Parsed()
    for index, result in enumerate(results):
        reason = _result(parsed, index, result, decode)
        if reason is not None:
            parsed.skip(index, None, reason)
    # Lines are found only when a question is skipped: a clean file never pays for it.
    parsed.relocate = lambda skips: _relocate(skips, text, len(results))
    return parsed


def _decoder(results: list[Any]) -> Callable[[str], str]:
    """The decoding the file was downloaded with, told from its results."""
    samples = [r for r in results[:50] if isinstance(r, dict)]
    types = [r.get("type") for r in samples]
    if types and all(t in _B64_TYPES for t in types):
        return _base64
    fields: list[str] = []
    for r in samples:
        for key in ("category", "question", "correct_answer"):
            if isinstance(value := r.get(key), str):
                fields.append(value)
        wrong = r.get("incorrect_answers")
        if isinstance(wrong, list):
            fields.extend(w for w in wrong if isinstance(w, str))
    # Both URL encodings leave only letters, digits, "-._~", "%" escapes and (urlLegacy's
    # space) "+": one other character anywhere ("1+1=2", "Science: Computers") is HTML.
    if fields and all(_URL_SAFE.fullmatch(f) for f in fields):
        # url3986 writes a space as %20 and a plus as %2B: a raw "+" means urlLegacy.
        if any("+" in f for f in fields):
            return unquote_plus
        if any(_PERCENT.search(f) for f in fields):
            return unquote
    return html.unescape


def _base64(text: str) -> str:
    try:
        return base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise ValueError(f"{text[:40]!r} is not base64 of UTF-8 text") from None


def _result(parsed: Parsed, index: int, result: object, decode: Callable[[str], str]) -> str | None:
    """Add one result as a question; the reason when it cannot be one."""
    if not isinstance(result, dict):
        return "a result must be an object"
    strings: dict[str, str] = {}
    for key in ("type", "difficulty", "category", "question", "correct_answer"):
        value = result.get(key)
        if value is None and key in ("difficulty", "category"):
            continue
        if not isinstance(value, str):
            return f"{key!r} is missing or not a string"
        try:
            strings[key] = decode(value)
        except ValueError as problem:
            return f"{key!r}: {problem}"
    wrong_raw = result.get("incorrect_answers", [])
    if not isinstance(wrong_raw, list) or not all(isinstance(w, str) for w in wrong_raw):
        return "'incorrect_answers' must be a list of strings"
    try:
        wrong = [decode(w) for w in wrong_raw]
    except ValueError as problem:
        return f"'incorrect_answers': {problem}"
    table: Table = {"prompt": strings["question"]}
    if strings.get("difficulty"):
        table["difficulty"] = strings["difficulty"].lower()
    if strings.get("category"):
        table["tags"] = [one_line(strings["category"])]
    kind = strings["type"]
    if kind == "boolean":
        answer = strings["correct_answer"].strip().lower()
        if answer not in ("true", "false"):
            return f"a boolean question's answer must be True or False, not {answer!r}"
        table["kind"], table["answer"] = "truefalse", answer == "true"
    elif kind == "multiple":
        table["kind"] = "choice"
        table["choices"] = [strings["correct_answer"], *wrong]
        table["answer"] = strings["correct_answer"]
    else:
        return f"unknown question type {kind!r} (expected multiple or boolean)"
    parsed.add(index, None, table)
    return None


_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]]')


def _relocate(skips: list[Skip], text: str, count: int) -> list[Skip]:
    """The skips with result indices replaced by the lines the results start on."""
    starts: list[int] = []
    depth = 0
    array_depth: int | None = None
    for token in _TOKEN.finditer(text):
        mark = token.group()
        if mark in "{[":
            depth += 1
            if array_depth is not None and depth == array_depth + 1:
                starts.append(token.start())
            if mark == "[" and array_depth is None:
                array_depth = depth
        elif mark in "}]":
            depth -= 1
    if len(starts) < count:
        starts += [0] * (count - len(starts))
    return [skip._replace(line=text.count("\n", 0, starts[skip.line]) + 1) for skip in skips]


def _entities(text: str) -> str:
    """HTML entities as the API writes them."""
    return html.escape(text, quote=True).replace("&#x27;", "&#039;")


def write(questions: Sequence[Question], set_title: str) -> Exported:
    """Choice and true/false questions as an Open Trivia DB response (HTML entities)."""
    results = []
    skipped: list[tuple[str, str]] = []
    written: list[Question] = []
    for question in questions:
        category = _entities(question.tags[0] if question.tags else set_title)
        common = {
            "difficulty": question.difficulty.value,
            "category": category,
            "question": _entities(question.prompt),
        }
        if isinstance(question, ChoiceQuestion):
            wrong = [_entities(c) for c in question.choices if c != question.answer]
            results.append(
                {
                    "type": "multiple",
                    **common,
                    "correct_answer": _entities(question.answer),
                    "incorrect_answers": wrong,
                }
            )
        elif isinstance(question, TrueFalseQuestion):
            answer = "True" if question.answer else "False"
            wrong = ["False" if question.answer else "True"]
            results.append(
                {"type": "boolean", **common, "correct_answer": answer, "incorrect_answers": wrong}
            )
        else:
            skipped.append(
                (
                    question.id,
                    f"Open Trivia DB holds only choice and true/false, not {question.kind}",
                )
            )
            continue
        written.append(question)
    text = json.dumps({"response_code": 0, "results": results}, ensure_ascii=False, indent=1)
    fields = {"explanation": "explanations", "hint": "hints", "quote": "quotations"}
    fields["group"] = "groups"
    notes = lost_fields(written, fields, "Open Trivia DB")
    extra = sum(1 for q in written if len(q.tags) > 1)
    if extra:
        notes.append(f"Open Trivia DB keeps one category: the first tag ({extra} questions)")
    return Exported(text + "\n", skipped, notes)
