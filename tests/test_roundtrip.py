"""Property: whatever the loader accepts round-trips through the model unchanged."""

from __future__ import annotations

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from quizcli.bank.dump import to_document
from quizcli.bank.load import parse_bank
from quizcli.grading import fold, format_time, parse_time
from quizcli.model import (
    ChoiceQuestion,
    Difficulty,
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

slugs = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True)
texts = st.text(min_size=1, max_size=30).filter(lambda s: s.strip() != "")
maybe_text = st.none() | texts
lines = texts.filter(lambda s: "\n" not in s)  # what one-line fields (options, titles) hold
maybe_line = st.none() | lines
tags = st.lists(lines, max_size=3, unique=True).map(tuple)
numbers = st.integers(-(10**6), 10**6) | st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False)
tolerances = st.integers(0, 100) | st.floats(0, 100, allow_nan=False)


@st.composite
def questions(draw: st.DrawFn, qid: str, source_ids: list[str]) -> Question:
    common = {
        "id": qid,
        "prompt": draw(texts),
        "difficulty": draw(st.sampled_from(Difficulty)),
        "tags": draw(tags),
        "source": draw(st.none() | st.sampled_from(source_ids)) if source_ids else None,
        "explanation": draw(maybe_text),
        "hint": draw(maybe_text),
        "quote": draw(maybe_text),
        "attribution": draw(maybe_line),
        "group": draw(st.none() | slugs),
    }
    # Items must differ once folded (players tell options apart by what they read).
    items = draw(st.lists(lines, min_size=2, max_size=8, unique_by=fold).map(tuple))
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return ChoiceQuestion(choices=items, answer=draw(st.sampled_from(items)), **common)
    if kind == 1:
        picked = draw(st.lists(st.sampled_from(items), min_size=1, unique=True))
        return MultiQuestion(choices=items, answer=tuple(picked), **common)
    if kind == 2:
        return TrueFalseQuestion(answer=draw(st.booleans()), **common)
    if kind == 3:
        return OrderQuestion(answer=items, **common)
    if kind == 4:
        return NumberQuestion(
            answer=draw(numbers), tolerance=draw(tolerances), unit=draw(maybe_line), **common
        )
    if kind == 5:
        hundredths = draw(st.integers(0, 10 * 3600 * 100))
        answer = format_time(hundredths / 100)
        return TimeQuestion(
            answer=answer, seconds=parse_time(answer), tolerance=draw(tolerances), **common
        )
    spellings = lines.filter(lambda text: fold(text) != "")
    answer = draw(spellings)
    accept = draw(st.lists(spellings, max_size=3, unique=True).map(tuple))
    right = {fold(text).replace(" ", "") for text in (answer, *accept)}
    wrong = spellings.filter(lambda text: fold(text).replace(" ", "") not in right)
    return TextQuestion(
        answer=answer,
        accept=accept,
        reject=draw(st.lists(wrong, max_size=2, unique=True).map(tuple)),
        **common,
    )


@st.composite
def question_sets(draw: st.DrawFn) -> QuestionSet:
    source_ids = draw(st.lists(slugs, max_size=3, unique=True))
    sources = tuple(
        Source(id=sid, title=draw(lines), publisher=draw(maybe_line), url=draw(maybe_text))
        for sid in source_ids
    )
    qids = draw(st.lists(slugs, min_size=1, max_size=6, unique=True))
    return QuestionSet(
        id=draw(slugs),
        title=draw(lines),
        description=draw(maybe_text),
        tags=draw(tags),
        sources=sources,
        questions=tuple(draw(questions(qid, source_ids)) for qid in qids),
    )


@settings(max_examples=150, deadline=None)
@given(question_sets())
def test_model_to_toml_and_back_is_unchanged(qset: QuestionSet) -> None:
    text = tomli_w.dumps(to_document(qset))
    assert parse_bank(text, "gen.toml") == qset


@settings(max_examples=150, deadline=None)
@given(question_sets())
def test_loaded_bank_round_trips(qset: QuestionSet) -> None:
    loaded = parse_bank(tomli_w.dumps(to_document(qset)), "gen.toml")
    again = parse_bank(tomli_w.dumps(to_document(loaded)), "again.toml")
    assert again == loaded
