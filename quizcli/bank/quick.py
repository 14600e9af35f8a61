"""The fast check of one question table: the common, valid case, accepted in microseconds.

:mod:`quizcli.bank.load` runs it on every question of a bank and sends whatever it refuses
to its detailed checks, which word the problems (a property test holds the two to the same
verdict). The bank cache runs it again on each question it hands out, so that an entry that
reads but was not written by quizcli's checks cannot reach a round. Kept apart from the
loader so that a round served from the cache does not import the loader.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeGuard

from quizcli.kinds import Difficulty, Kind
from quizcli.parsing import AnswerFormatError, fold, fold_case, parse_time

Table = dict[str, Any]

MIN_CHOICES, MAX_CHOICES = 2, 8
MIN_ORDER, MAX_ORDER = 2, 8

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# One-line fields (titles, options, answers, tags, units, attributions) may not hold a
# newline: a bank could otherwise fake a line of output ("Right answer: ..."). Every other
# character that could end or move a line (CR, U+2028, ...) is shown as an escape anyway.
NEWLINE = "\n"


COMMON_KEYS = frozenset(
    {
        "id",
        "kind",
        "prompt",
        "difficulty",
        "tags",
        "source",
        "explanation",
        "hint",
        "quote",
        "attribution",
        "group",
    }
)
KIND_KEYS: Mapping[Kind, frozenset[str]] = {
    Kind.CHOICE: frozenset({"choices", "answer"}),
    Kind.MULTI: frozenset({"choices", "answer"}),
    Kind.TRUEFALSE: frozenset({"answer"}),
    Kind.ORDER: frozenset({"answer"}),
    Kind.NUMBER: frozenset({"answer", "tolerance", "unit"}),
    Kind.TIME: frozenset({"answer", "tolerance"}),
    Kind.TEXT: frozenset({"answer", "accept", "reject"}),
}

_KIND_VALUES = {kind.value: COMMON_KEYS | keys for kind, keys in KIND_KEYS.items()}
_DIFFICULTY_VALUES = frozenset(d.value for d in Difficulty)
_OPTIONAL_TEXTS = ("explanation", "hint", "quote")


def quick_check(table: Table, source_ids: frozenset[str], seen: set[str]) -> bool:
    """True when ``table`` is a valid question (and its id is then marked as seen).

    Accepts exactly what the detailed checks accept, faster, without a word for what is
    wrong: a False sends the question to the detailed checks, which say what it is.
    """
    kind = table.get("kind")
    if not isinstance(kind, str):
        return False
    allowed = _KIND_VALUES.get(kind)
    if allowed is None or not table.keys() <= allowed:
        return False
    qid = table.get("id")
    if type(qid) is not str or qid in seen or not SLUG.fullmatch(qid):
        return False
    if not _text_ok(table.get("prompt")):
        return False
    get = table.get
    for key in _OPTIONAL_TEXTS:
        value = get(key)
        if value is not None and not _text_ok(value):
            return False
    attribution = get("attribution")
    if attribution is not None and not _line_ok(attribution):
        return False
    difficulty = get("difficulty")
    if difficulty is not None and (
        type(difficulty) is not str or difficulty not in _DIFFICULTY_VALUES
    ):
        return False
    source = get("source")
    if source is not None and (type(source) is not str or source not in source_ids):
        return False
    tags = get("tags")
    if tags is not None and not _strings_ok(tags):
        return False
    group = get("group")
    if group is not None and (type(group) is not str or not SLUG.fullmatch(group)):
        return False
    if not _QUICK_KIND_CHECKS[kind](table):
        return False
    seen.add(qid)
    return True


def _text_ok(value: object) -> TypeGuard[str]:
    return type(value) is str and bool(value.strip())


def _line_ok(value: object) -> TypeGuard[str]:
    return _text_ok(value) and NEWLINE not in value


def _strings_ok(value: object) -> TypeGuard[list[str]]:
    """A list of non-blank one-line strings without repeats."""
    if type(value) is not list:
        return False
    try:
        # str.strip refuses anything that is not a string with a TypeError.
        return (
            all(map(str.strip, value))
            and len(set(value)) == len(value)
            and NEWLINE not in "".join(value)
        )
    except TypeError:
        return False


def _number_ok(value: object) -> bool:
    return (type(value) is int or type(value) is float) and finite(value)


def finite(value: float) -> bool:
    """True for a finite number that is also finite as a float (which 10**400 is not)."""
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def _tolerance_ok(table: Table) -> bool:
    value = table.get("tolerance")
    return value is None or (_number_ok(value) and value >= 0)


def _choices_ok(table: Table) -> bool:
    choices = table.get("choices")
    return (
        _strings_ok(choices)
        and MIN_CHOICES <= len(choices) <= MAX_CHOICES
        and len({fold_case(choice) for choice in choices}) == len(choices)
    )


def _quick_choice(table: Table) -> bool:
    answer = table.get("answer")
    return _choices_ok(table) and type(answer) is str and answer in table["choices"]


def _quick_multi(table: Table) -> bool:
    answer = table.get("answer")
    if not (_choices_ok(table) and _strings_ok(answer) and answer):
        return False
    choices = table["choices"]
    return all(item in choices for item in answer)


def _quick_truefalse(table: Table) -> bool:
    return type(table.get("answer")) is bool


def _quick_order(table: Table) -> bool:
    answer = table.get("answer")
    return _strings_ok(answer) and MIN_ORDER <= len(answer) <= MAX_ORDER


def _quick_number(table: Table) -> bool:
    unit = table.get("unit")
    return (
        _number_ok(table.get("answer"))
        and _tolerance_ok(table)
        and (unit is None or _line_ok(unit))
    )


# The usual way of writing a race time (13:13.66, 3:27.65): parse_time accepts every
# string of this shape, so checking the shape is enough (a test holds the two together).
USUAL_TIME = re.compile(r"[0-9]{1,3}:[0-5][0-9](?:\.[0-9]{1,3})?")


def _quick_time(table: Table) -> bool:
    answer = table.get("answer")
    if type(answer) is not str or not _tolerance_ok(table):
        return False
    if USUAL_TIME.fullmatch(answer):
        return True
    try:
        parse_time(answer)
    except AnswerFormatError:
        return False
    return True


def _quick_text(table: Table) -> bool:
    answer = table.get("answer")
    if not _line_ok(answer) or not fold(answer):
        return False
    accept = table.get("accept")
    if accept is not None and not (_strings_ok(accept) and all(fold(item) for item in accept)):
        return False
    reject = table.get("reject")
    if reject is None:
        return True
    if not (_strings_ok(reject) and all(fold(item) for item in reject)):
        return False
    right = {spacefree(answer), *(spacefree(item) for item in accept or ())}
    return right.isdisjoint(spacefree(item) for item in reject)


def spacefree(text: str) -> str:
    """``text`` as typed answers are compared: folded, spaces dropped."""
    return fold(text).replace(" ", "")


_QUICK_KIND_CHECKS: Mapping[str, Callable[[Table], bool]] = {
    Kind.CHOICE.value: _quick_choice,
    Kind.MULTI.value: _quick_multi,
    Kind.TRUEFALSE.value: _quick_truefalse,
    Kind.ORDER.value: _quick_order,
    Kind.NUMBER.value: _quick_number,
    Kind.TIME.value: _quick_time,
    Kind.TEXT.value: _quick_text,
}
