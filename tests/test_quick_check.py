"""The loader's fast check and its detailed checks must always agree on a question."""

from __future__ import annotations

import math
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from quizcli.bank.quick import quick_check
from quizcli.bank.rules import QuestionChecker as _Checker

SOURCES = frozenset({"src"})

VALID: dict[str, dict[str, Any]] = {
    "choice": {"choices": ["Kerr", "Hocker", "Nuguse"], "answer": "Kerr"},
    "multi": {"choices": ["Kerr", "Hocker", "Nuguse"], "answer": ["Kerr", "Nuguse"]},
    "truefalse": {"answer": True},
    "order": {"answer": ["Hocker", "Kerr", "Nuguse"]},
    "number": {"answer": 4, "tolerance": 0.5, "unit": "places"},
    "time": {"answer": "13:13.66", "tolerance": 1},
    "text": {"answer": "Sørum", "accept": ["Sorum"]},
}

# Values that are right for some field and wrong for others.
ODD_VALUES = st.sampled_from(
    [
        None,
        "",
        "   ",
        "x",
        "Kerr",
        "kerr!",
        "???",
        "13:75",
        "1:02:03",
        "easy",
        "brutal",
        "src",
        "bbc",
        "q-1",
        "Q 1",
        True,
        0,
        -1,
        4,
        2.5,
        math.nan,
        math.inf,
        [],
        ["Kerr"],
        ["Kerr", "Kerr"],
        ["Kerr", "KERR"],
        ["Kerr", 1],
        ["Kerr", ""],
        ["Kerr", "Hocker", "Nuguse"],
        ["Sorum"],
        ["Kerr", "SORUM"],
        "Kerr\nHocker",
        ["Kerr", "Hocker\nNuguse"],
        [str(n) for n in range(9)],
        {"a": 1},
    ]
)
FIELDS = st.sampled_from(
    [
        "id", "kind", "prompt", "difficulty", "tags", "source", "explanation", "hint",
        "quote", "attribution", "choices", "answer", "tolerance", "unit", "accept", "typo",
        "group", "reject",
    ]
)  # fmt: skip


@st.composite
def near_valid_questions(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(st.sampled_from(sorted(VALID)))
    table: dict[str, Any] = {
        "id": "q-1",
        "kind": kind,
        "prompt": "Who?",
        "difficulty": "hard",
        "tags": ["a", "b"],
        "source": "src",
        "explanation": "Because.",
        **VALID[kind],
    }
    for _ in range(draw(st.integers(0, 3))):
        field = draw(FIELDS)
        if draw(st.booleans()) and field in table:
            del table[field]
        else:
            value = draw(ODD_VALUES)
            if value is not None:
                table[field] = value
    return table


def detailed_ok(table: dict[str, Any]) -> bool:
    checker = _Checker()
    return checker.question(0, table, SOURCES, set()) and not checker.found


@settings(max_examples=3000, deadline=None)
@given(near_valid_questions())
def test_fast_and_detailed_checks_agree(table: dict[str, Any]) -> None:
    assert quick_check(table, SOURCES, set()) == detailed_ok(table), table


def test_every_valid_kind_takes_the_fast_path() -> None:
    for kind, fields in VALID.items():
        table = {"id": "q-1", "kind": kind, "prompt": "Who?", **fields}
        assert quick_check(table, SOURCES, set()), kind


def test_a_seen_id_is_refused_by_both() -> None:
    table = {"id": "q-1", "kind": "truefalse", "prompt": "Yes?", "answer": True}
    seen: set[str] = set()
    assert quick_check(table, SOURCES, seen)
    assert seen == {"q-1"}
    assert not quick_check(table, SOURCES, seen)
    checker = _Checker()
    assert not checker.question(0, table, SOURCES, seen)


@settings(max_examples=500, deadline=None)
@given(st.from_regex(r"[0-9]{1,3}:[0-5][0-9](\.[0-9]{1,3})?", fullmatch=True))
def test_every_usual_time_is_a_time(text: str) -> None:
    from quizcli.bank.quick import USUAL_TIME
    from quizcli.parsing import parse_time

    assert USUAL_TIME.fullmatch(text)
    assert parse_time(text) >= 0
