"""The built-in Paris 2024 bank: it loads, it is balanced, and its quotations are faithful."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from quizcli.bank.load import load_bank
from quizcli.game import Round, RoundOptions
from quizcli.grading import grade
from quizcli.model import (
    ChoiceQuestion,
    Difficulty,
    Kind,
    Mark,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Outcome,
    Question,
    QuestionSet,
    Response,
    TextQuestion,
    TimeQuestion,
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
    # Two questions with one answer (the same time, the same name) make a round repeat itself,
    # unless they share a group (a round asks one of them: Kerr took silver in Paris and won
    # the final before it). Counts (number) may coincide; true/false has only two answers.
    rounds: dict[tuple[Kind, str], set[str]] = {}
    for q in questions:
        if q.kind in (Kind.TEXT, Kind.TIME, Kind.ORDER, Kind.MULTI):
            rounds.setdefault((q.kind, fold(str(q.answer)).casefold()), set()).add(q.group or q.id)
    assert [answer for answer, groups in rounds.items() if len(groups) > 1] == []


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


# --- fair rounds: no repeats, no giveaways -------------------------------------------------

NUMBER_WORDS = {
    1: ("one", "first"),
    2: ("two", "second"),
    3: ("three", "third"),
    4: ("four", "fourth"),
    5: ("five", "fifth"),
}
# "Six letters" in a hint counts letters, not anything a question asks.
LETTER_COUNT = re.compile(r"\b\w+ letters?\b")


def shown(question: Question) -> list[str]:
    """What a player sees before answering, folded, one piece each: prompt, quote, hint,
    and every option (choices, or the items of an order question)."""
    parts = [question.prompt, question.quote or "", question.hint or ""]
    if isinstance(question, ChoiceQuestion | MultiQuestion):
        parts += question.choices
    if isinstance(question, OrderQuestion):
        parts += question.answer
    return [f" {LETTER_COUNT.sub(' ', answer_fold(part))} " for part in parts if part]


def answers(question: Question) -> list[tuple[str, ...]]:
    """The ways a question's answer can be given away: each tuple, all of it in one piece."""
    if isinstance(question, TextQuestion):
        return [(spelling,) for spelling in (question.answer, *question.accept)]
    if isinstance(question, ChoiceQuestion | TimeQuestion):
        return [(question.answer,)]
    if isinstance(question, MultiQuestion):
        return [question.answer]
    if isinstance(question, NumberQuestion):
        words = NUMBER_WORDS.get(int(question.answer), ())
        return [(str(question.answer),), *((word,) for word in words)]
    return []  # truefalse; order, whose items are shown anyway


def gives_away(shower: Question, asked: Question) -> bool:
    """True when ``shower`` shows, before it is answered, the answer to ``asked``."""
    return any(
        all(f" {answer_fold(item)} " in piece for item in way)
        for way in answers(asked)
        for piece in shown(shower)
    )


def test_questions_that_give_each_other_away_share_a_group(
    questions: tuple[Question, ...],
) -> None:
    loose = [
        (shower.id, asked.id)
        for shower in questions
        for asked in questions
        if shower is not asked
        and gives_away(shower, asked)
        and (shower.group is None or shower.group != asked.group)
    ]
    assert loose == []


def test_two_hundred_seeded_rounds_are_fair(bank: QuestionSet) -> None:
    for seed in range(200):
        asked = Round.start(bank, RoundOptions(count=10, seed=seed)).questions
        assert len(asked) == 10
        groups = [q.group for q in asked if q.group]
        assert len(groups) == len(set(groups)), (seed, groups)
        leaks = [(a.id, b.id) for a in asked for b in asked if a is not b and gives_away(a, b)]
        assert leaks == [], seed


def test_no_prompt_answers_itself(questions: tuple[Question, ...]) -> None:
    # Words found only in the right option must not be in the prompt or quote: "how he put
    # the defeat behind him" pointed at "that it's something you put behind you".
    def words(text: str) -> set[str]:
        return {word for word in answer_fold(text).split() if len(word) >= 4}

    telling = []
    for q in questions:
        if isinstance(q, ChoiceQuestion):
            others = set().union(*(words(c) for c in q.choices if c != q.answer))
            own = words(q.answer) - others
        elif isinstance(q, TextQuestion):
            own = words(q.answer)
        else:
            continue
        if own & words(f"{q.prompt} {q.quote or ''}"):
            telling.append(q.id)
    assert telling == []


def test_hints_do_not_name_the_right_option(questions: tuple[Question, ...]) -> None:
    choices = [q for q in questions if isinstance(q, ChoiceQuestion) and q.hint]
    named = [q.id for q in choices if answer_fold(q.answer) in answer_fold(q.hint or "")]
    assert named == []


# --- the second source is a report about the post, not the post --------------------------


def test_the_instagram_source_is_titled_as_a_report_on_the_post(bank: QuestionSet) -> None:
    title = bank.source("instagram").title
    assert title.startswith("A report on") and "Instagram post" in title


# --- answers accepted and refused ----------------------------------------------------------

ANSWERS = [
    ("lost-final-first-winner", "Whiteman", True),
    ("lost-final-first-winner", "Jake Whiteman", True),
    ("m1500-silver-medallist", "J. Kerr", True),
    ("m1500-gold-medallist", "C. Hocker", True),
    ("ruin-chances-where", "back of the field", True),
    ("ruin-chances-where", "at the back", True),
    ("doha-loss", "Doha, Qatar", True),
    ("next-olympics-city", "LA 2028", True),
    ("next-olympics-city", "LA28", True),
    ("next-olympics-city", "Los Angeles, USA", True),
    ("podium-photo-stadium", "Stade de France, Paris", True),
    # a typo that is another word, or another runner, is refused
    ("haunt-word", "hunt", False),
    ("m5000-silver-medallist", "Kemoi", False),
    # genuine typos are still forgiven
    ("haunt-word", "huant", True),
    ("m5000-silver-medallist", "Kwemio", True),
    ("lost-final-first-winner", "Jake Wightmann", True),
]


@pytest.mark.parametrize(("qid", "typed", "right"), ANSWERS)
def test_answers_accepted_and_refused(bank: QuestionSet, qid: str, typed: str, right: bool) -> None:
    (question,) = [q for q in bank.questions if q.id == qid]
    verdict = grade(question, Response(outcome=Outcome.ANSWERED, value=typed))
    assert (verdict.mark is Mark.RIGHT) is right


# --- quotations beyond the quote field ------------------------------------------------------

# 'A quotation' in an explanation: opens after a space or at the start, closes before a
# space, punctuation or the end; apostrophes inside words (it's) do not end it.
EXPLAINED = re.compile(r"(?:(?<=\s)|^)'((?:[^']|(?<=\w)'(?=\w))+)'(?=[\s.,;:!?)]|$)")


def test_quotations_in_explanations_are_verbatim(
    questions: tuple[Question, ...], articles: str
) -> None:
    quotations = [(q.id, m) for q in questions for m in EXPLAINED.findall(q.explanation or "")]
    assert len(quotations) >= 20
    assert [(qid, text) for qid, text in quotations if fold(text) not in articles] == []


def test_quoted_options_are_verbatim_or_invented_on_purpose(
    bank: QuestionSet, articles: str
) -> None:
    by_id = {q.id: q for q in bank.questions}
    lines = by_id["real-line-instagram"]
    assert isinstance(lines, MultiQuestion)
    assert [c for c in lines.choices if fold(c) not in articles] == []
    statement = by_id["real-statement-defeats"]
    assert isinstance(statement, ChoiceQuestion)
    assert fold(statement.answer) in articles
    assert [c for c in statement.choices if c != statement.answer and fold(c) in articles] == []


def test_the_readme_round_shows_what_the_bank_says(bank: QuestionSet) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## A round", 1)[1].split("\n## ", 1)[0]
    panel = re.search(r"│  (\S.*?)\s+│", section)
    assert panel is not None
    (question,) = [q for q in bank.questions if q.prompt == panel.group(1)]
    told = section.split("Two presses later:", 1)[1]
    assert fold(question.explanation or "") in fold(told)
    source = bank.source(question.source)
    assert source is not None
    assert fold(f"Source: {source.title} ({source.publisher})") in fold(told)
    assert re.search(rf"\b{len(bank.questions)} questions\b", readme)
