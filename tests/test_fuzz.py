"""Fuzzing the loader: whatever a bank file holds, the only error is a BankError naming it.

Three sources of input: arbitrary TOML documents (and TOML-like text), near-valid banks
(the demo bank with fields deleted, retyped or given odd values), and arbitrary bytes. Each
goes through ``check_text`` and through ``load_bank`` on a real file; a bank that loads is
then shown the way a round shows it, so a value the loader lets through cannot crash play.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli
import tomli_w
from helpers import VALID
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizcli.bank.load import check_text, load_bank, parse_bank
from quizcli.errors import BankError
from quizcli.grading import grade
from quizcli.model import Outcome, QuestionSet, Response
from quizcli.ui import describe
from quizcli.ui.text import visible

NAME = "FILE.toml"
FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

KNOWN_KEYS = [
    "format", "set", "sources", "questions", "id", "title", "description", "tags",
    "publisher", "url", "kind", "prompt", "difficulty", "source", "explanation", "hint",
    "quote", "attribution", "choices", "answer", "tolerance", "unit", "accept", "group",
    "reject",
]  # fmt: skip
HOSTILE_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\t",
        "\u001b[2J\u001b[H",
        "\u001b]0;pwned\u0007",
        "[bold red]x[/]",
        "[/]",
        "\u202eevil",
        "zero\u200bwidth",
        "\ufeff",
        "\U000e0041",
        "13:13.66",
        "9" * 400,
        "choice",
        "easy",
        "src",
        "q-1",
    ]
)
SCALARS = st.one_of(
    st.text(max_size=20),
    HOSTILE_TEXT,
    st.integers(),
    st.sampled_from([0, 1, -1, 2**63 - 1, -(2**63), 10**308, 10**400]),
    st.floats(),
    st.booleans(),
    st.datetimes(timezones=st.none() | st.just(dt.UTC)),
    st.dates(),
    st.times(),
)
KEYS = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(min_size=1, max_size=10))


def toml_values() -> st.SearchStrategy[Any]:
    return st.recursive(
        SCALARS,
        lambda children: st.one_of(
            st.lists(children, max_size=5), st.dictionaries(KEYS, children, max_size=5)
        ),
        max_leaves=30,
    )


TOML_DOCUMENTS = st.dictionaries(KEYS, toml_values(), max_size=6)

# Pieces of TOML, right and wrong, joined into text that tomli may or may not accept.
FRAGMENTS = st.sampled_from(
    [
        "\n", " ", "=", "format = 1\n", "[set]\n", "[[sources]]\n", "[[questions]]\n",
        'id = "q-1"\n', 'kind = "choice"\n', 'prompt = "P"\n', "answer = ", "choices = ",
        '"x"', "'y'", '"""', "'''", "[", "]", "{", "}", ",", ".", "a", "1", "1" * 5000,
        "0x" + "f" * 5000, "1e999", "nan", "-inf", "1979-05-27", "07:32:00", "true",
        "\\u001b", "\\U0001F600", "\\ud800", "\r\n", "\r", "\x00", "\u2028", "\x85",
        "\ufeff", "#", "[" * 500, "]" * 500, "a = " + "[" * 500, "n = " + "1" * 5000 + "\n",
    ]
)  # fmt: skip
TOML_TEXT = st.lists(FRAGMENTS, max_size=40).map("".join)


def assert_names_the_file(error: BankError, name: str) -> None:
    assert error.problems, "a BankError without problems"
    assert str(error).startswith(f"{name}:")
    for problem in error.problems:
        assert problem.file == name
        assert problem.line >= 1
        assert str(problem).startswith(f"{name}:{problem.line}:"), str(problem)


def shown(qset: QuestionSet) -> None:
    """Render every question's texts the way both views do; must not raise."""
    visible(qset.title)
    for question in qset.questions:
        visible(question.prompt)
        describe.right_answer(question)
        if question.source is not None:
            source = qset.source(question.source)
            assert source is not None
            describe.source_title(source)


def check_both_ways(text: str, path: Path) -> None:
    """``check_text`` on the text and ``load_bank`` on it as a file agree, and fail only
    with a BankError that names the file."""
    try:
        check_text(text, NAME)
    except BankError as error:
        assert_names_the_file(error, NAME)
        text_ok = False
    else:
        text_ok = True
    path.write_text(text, encoding="utf-8")
    try:
        qset = load_bank(path)
    except BankError as error:
        assert_names_the_file(error, str(path))
        assert not text_ok
    else:
        assert text_ok
        shown(qset)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("fuzz")


# --- arbitrary TOML ---------------------------------------------------------------------


@FUZZ
@given(TOML_DOCUMENTS)
def test_arbitrary_toml_documents(folder: Path, document: dict[str, Any]) -> None:
    check_both_ways(tomli_w.dumps(document), folder / "document.toml")


@FUZZ
@given(TOML_TEXT)
def test_arbitrary_toml_like_text(folder: Path, text: str) -> None:
    if "\x00" in text:
        text = text.replace("\x00", "")  # NUL makes the file binary: covered by bytes below
    check_both_ways(text, folder / "text.toml")


# --- near-valid banks -------------------------------------------------------------------

ODD_VALUES = st.one_of(
    HOSTILE_TEXT,
    st.sampled_from(["x", "Kerr", "Cole Hocker", "???", "13:75", "1:02:03", "brutal", "Q 1"]),
    st.sampled_from(
        [True, 0, -1, 4, 2.5, -0.0, 2**63 - 1, 10**308, 10**400, -(10**400), 1e308, 5e-324]
        + [math.nan, math.inf, -math.inf]
    ),
    st.sampled_from(
        [
            [],
            [[]],
            [[[["deep"]]]],
            ["Kerr"],
            ["Kerr", "Kerr"],
            ["Kerr", "KERR"],
            ["Kerr", 1],
            ["Kerr", ""],
            ["Cole Hocker", "Josh Kerr", "Yared Nuguse"],
            [str(n) for n in range(9)],
            [str(n) for n in range(2000)],
        ]
    ),
    st.sampled_from(
        [
            {},
            {"a": 1},
            {"id": "src", "title": "A source"},
            dt.datetime(1979, 5, 27, 7, 32, tzinfo=dt.UTC),
            dt.date(2024, 8, 10),
            dt.time(13, 13, 6),
        ]
    ),
    st.text(max_size=30),
    st.integers(),
    st.floats(),
)


@st.composite
def near_valid_banks(draw: st.DrawFn) -> dict[str, Any]:
    """The demo bank with a few fields deleted, replaced or added, anywhere in it."""
    document = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        tables = list(_tables(document))
        questions = [t for t in tables if "kind" in t]
        table = draw(st.sampled_from(questions if questions and draw(st.booleans()) else tables))
        key = draw(st.sampled_from(sorted(table)) if table and draw(st.booleans()) else KEYS)
        action = draw(st.sampled_from(["delete", "replace", "replace"]))
        if action == "delete":
            table.pop(key, None)
        else:  # a copy: sampled values are shared between examples
            table[key] = copy.deepcopy(draw(ODD_VALUES))
    questions = document.get("questions")
    if isinstance(questions, list) and draw(st.booleans()):  # a question of odd fields
        questions.append(copy.deepcopy(draw(st.dictionaries(KEYS, ODD_VALUES, max_size=6))))
    return document


def _tables(value: Any) -> Iterator[dict[str, Any]]:
    """Every table in a document, the document first."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _tables(item)
    elif isinstance(value, list):
        for item in value:
            yield from _tables(item)


BASE: dict[str, Any] = tomli.loads(VALID)


@FUZZ
@given(near_valid_banks())
def test_near_valid_banks(folder: Path, document: dict[str, Any]) -> None:
    check_both_ways(tomli_w.dumps(document), folder / "near.toml")


def test_the_unmutated_base_loads(folder: Path) -> None:
    check_both_ways(tomli_w.dumps(BASE), folder / "base.toml")
    assert len(load_bank(folder / "base.toml").questions) == 7


# --- numbers ----------------------------------------------------------------------------

NUMBERS = st.one_of(
    st.integers(),
    st.floats(),
    st.sampled_from([10**308, 2 * 10**308, 10**400, -(10**400), 1e308, -1e308, 5e-324]),
)
TIMES = st.from_regex(r"[0-9]{1,400}(:[0-5][0-9]){0,2}(\.[0-9]{1,6})?", fullmatch=True)


@FUZZ
@given(
    kind=st.sampled_from(["number", "time"]),
    answer=st.one_of(NUMBERS, TIMES, st.text(max_size=12)),
    tolerance=st.none() | NUMBERS,
)
def test_any_number_the_loader_accepts_can_be_shown_and_graded(
    kind: str, answer: Any, tolerance: Any
) -> None:
    table = {"id": "q", "kind": kind, "prompt": "How many?", "answer": answer}
    if tolerance is not None:
        table["tolerance"] = tolerance
    document = {"format": 1, "set": {"id": "n", "title": "Numbers"}, "questions": [table]}
    try:
        qset = parse_bank(tomli_w.dumps(document), NAME)
    except BankError as error:
        assert_names_the_file(error, NAME)
        return
    shown(qset)
    (question,) = qset.questions
    for typed in (0.0, 1.5, 1e308, -1e308):
        grade(question, Response(outcome=Outcome.ANSWERED, value=typed))


# --- arbitrary bytes --------------------------------------------------------------------


@st.composite
def damaged_bytes(draw: st.DrawFn) -> bytes:
    """The demo bank's bytes with a few bytes inserted, deleted or changed."""
    data = bytearray(VALID.encode("utf-8"))
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["insert", "delete", "replace"]))
        if edit == "delete":
            del data[at : at + draw(st.integers(1, 20))]
        else:
            piece = draw(st.binary(min_size=1, max_size=8))
            data[at : at + (len(piece) if edit == "replace" else 0)] = piece
    return bytes(data)


@FUZZ
@given(st.one_of(st.binary(max_size=2000), damaged_bytes()))
def test_arbitrary_bytes(folder: Path, data: bytes) -> None:
    path = folder / "bytes.toml"
    path.write_bytes(data)
    try:
        qset = load_bank(path)
    except BankError as error:
        assert_names_the_file(error, str(path))
    else:
        shown(qset)
