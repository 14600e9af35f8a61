"""The built-in Paris 2024 bank: it loads, it is balanced, and its quotations are faithful."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from quizcli.bank.load import load_bank
from quizcli.model import (
    Difficulty,
    Kind,
    MultiQuestion,
    OrderQuestion,
    Question,
    QuestionSet,
    TextQuestion,
)
from quizcli.parsing import fold as answer_fold

BANK = Path(__file__).parents[1] / "questions" / "paris2024.toml"
# The source articles live beside the repo, not in it: the project does not ship them.
ARTICLES = Path(__file__).parents[2] / "shared" / "articles"

GAP = re.compile(r"…|_{3,}")
TYPOGRAPHIC = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
SOURCE_IDS = ("haunted", "instagram")


def fold(text: str) -> str:
    """Straighten typographic quotes and collapse white space, as the bank may."""
    return " ".join(text.translate(TYPOGRAPHIC).split())


@pytest.fixture(scope="module")
def bank() -> QuestionSet:
    return load_bank(BANK)


@pytest.fixture(scope="module")
def questions(bank: QuestionSet) -> tuple[Question, ...]:
    return bank.questions


@pytest.fixture(scope="module")
def articles() -> str:
    texts = sorted(ARTICLES.glob("*.txt")) if ARTICLES.is_dir() else []
    if not texts:
        pytest.skip(f"source articles not found in {ARTICLES} (they are not shipped)")
    return "\n".join(fold(path.read_text(encoding="utf-8")) for path in texts)


def quoted(questions: tuple[Question, ...]) -> list[Question]:
    return [q for q in questions if q.quote]


# --- loading and metadata ----------------------------------------------------------------


def test_bank_loads_and_validates(bank: QuestionSet) -> None:
    assert bank.id == "paris2024"
    assert bank.title == "Paris 2024: Ingebrigtsen's Games"
    assert bank.description


def test_sources_are_declared_with_titles(bank: QuestionSet) -> None:
    assert [source.id for source in bank.sources] == list(SOURCE_IDS)
    assert all(source.title for source in bank.sources)
    assert bank.source("haunted").publisher == "The Independent"
    assert bank.source("instagram").publisher is None


def test_every_question_names_a_declared_source(questions: tuple[Question, ...]) -> None:
    assert all(q.source in SOURCE_IDS for q in questions)


# --- counts and balance --------------------------------------------------------------------


def test_has_at_least_45_questions(questions: tuple[Question, ...]) -> None:
    assert len(questions) >= 45


def test_every_kind_is_used_and_most_at_least_twice(questions: tuple[Question, ...]) -> None:
    counts = Counter(q.kind for q in questions)
    assert {kind for kind in Kind if counts[kind] == 0} == set()
    # The articles give one race time: a second time question would ask it again.
    assert {kind for kind in Kind if counts[kind] < 2} <= {Kind.TIME}


def test_difficulties_are_roughly_a_third_each(questions: tuple[Question, ...]) -> None:
    counts = Counter(q.difficulty for q in questions)
    shares = {level: counts[level] / len(questions) for level in Difficulty}
    assert all(0.25 <= share <= 0.42 for share in shares.values()), shares


def test_each_source_has_at_least_ten_questions(questions: tuple[Question, ...]) -> None:
    counts = Counter(q.source for q in questions)
    assert all(counts[source] >= 10 for source in SOURCE_IDS), counts


def test_at_least_ten_questions_quote_him(questions: tuple[Question, ...]) -> None:
    assert len(quoted(questions)) >= 10


# --- quality of play -----------------------------------------------------------------------


def test_every_question_has_an_explanation(questions: tuple[Question, ...]) -> None:
    assert [q.id for q in questions if not q.explanation] == []


def test_every_hard_question_has_a_hint(questions: tuple[Question, ...]) -> None:
    hard = [q for q in questions if q.difficulty is Difficulty.HARD]
    assert [q.id for q in hard if not q.hint] == []


def test_no_two_questions_share_a_prompt(questions: tuple[Question, ...]) -> None:
    prompts = Counter(fold(q.prompt).casefold() for q in questions)
    assert [prompt for prompt, count in prompts.items() if count > 1] == []


def test_no_two_questions_ask_for_the_same_answer(questions: tuple[Question, ...]) -> None:
    # Two questions with one answer (the same time, the same name) make a round repeat itself.
    # Counts (number) may coincide, and true/false has only two answers.
    asked = Counter(
        (q.kind, fold(str(q.answer)).casefold())
        for q in questions
        if q.kind in (Kind.TEXT, Kind.TIME, Kind.ORDER, Kind.MULTI)
    )
    assert [answer for answer, count in asked.items() if count > 1] == []


def test_ticking_every_box_of_a_multi_question_does_not_pay(
    questions: tuple[Question, ...],
) -> None:
    multis = [q for q in questions if isinstance(q, MultiQuestion)]
    assert [q.id for q in multis if len(q.choices) - len(q.answer) < len(q.answer)] == []


def test_hints_do_not_give_a_text_answer_away(questions: tuple[Question, ...]) -> None:
    def words(text: str) -> set[str]:
        return {word for word in answer_fold(text).split() if len(word) >= 3}

    given_away = [
        q.id
        for q in questions
        if isinstance(q, TextQuestion)
        and q.hint
        and words(q.hint) & {w for spelling in (q.answer, *q.accept) for w in words(spelling)}
    ]
    assert given_away == []


def test_order_questions_have_at_least_three_items(questions: tuple[Question, ...]) -> None:
    orders = [q for q in questions if isinstance(q, OrderQuestion)]
    assert [q.id for q in orders if len(q.answer) < 3] == []


def test_accented_text_answers_accept_an_ascii_spelling(questions: tuple[Question, ...]) -> None:
    texts = [q for q in questions if isinstance(q, TextQuestion) and not q.answer.isascii()]
    assert [q.id for q in texts if not any(a.isascii() for a in q.accept)] == []


def test_kwemoi_is_right_under_both_first_names(questions: tuple[Question, ...]) -> None:
    # The Independent says Ronald Kwemoi, the Instagram piece Rodgers Kwemoi.
    texts = [q for q in questions if isinstance(q, TextQuestion) and "Kwemoi" in q.answer]
    assert texts
    for q in texts:
        spellings = {q.answer, *q.accept}
        assert {"Ronald Kwemoi", "Rodgers Kwemoi"} <= spellings, q.id


# --- fidelity to the articles ----------------------------------------------------------------


def test_quotes_are_copied_verbatim_from_the_articles(
    questions: tuple[Question, ...], articles: str
) -> None:
    missing = [
        (q.id, part)
        for q in quoted(questions)
        for part in (fold(piece) for piece in GAP.split(q.quote or ""))
        if part and part not in articles
    ]
    assert missing == []


def test_attributions_name_people_in_the_articles(
    questions: tuple[Question, ...], articles: str
) -> None:
    attributed = [q for q in questions if q.attribution]
    assert attributed
    assert [q.id for q in attributed if fold(q.attribution or "") not in articles] == []
