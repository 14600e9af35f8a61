"""The round engine with a scripted asker: selection, shuffles, scoring, interruptions."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import VALID, write
from hypothesis import given, settings
from hypothesis import strategies as st

from quizcli.bank.load import load_bank
from quizcli.draw import NoQuestionsError
from quizcli.game import Progress, Round, RoundOptions, present_options
from quizcli.model import (
    AnswerRecord,
    AnswerValue,
    ChoiceQuestion,
    Difficulty,
    Kind,
    Mark,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Outcome,
    Presented,
    QuestionSet,
    Response,
    RoundEnd,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)
from quizcli.scoring import max_score

PARIS = Path(__file__).resolve().parents[1] / "questions" / "paris2024.toml"


def right_value(presented: Presented) -> AnswerValue:
    """The value a perfect player gives."""
    q = presented.question
    match q:
        case ChoiceQuestion() | TextQuestion():
            return q.answer
        case MultiQuestion() | OrderQuestion():
            return q.answer
        case TrueFalseQuestion():
            return q.answer
        case NumberQuestion():
            return float(q.answer)
        case TimeQuestion():
            return q.seconds


class ScriptedAsker:
    """Answers from a function of the presented question; records what it was shown."""

    def __init__(self, answer: Callable[[Presented], Response]) -> None:
        self.answer = answer
        self.shown: list[Presented] = []

    def ask(self, presented: Presented) -> Response:
        self.shown.append(presented)
        return self.answer(presented)


class RecordingView:
    def __init__(self) -> None:
        self.questions: list[tuple[int, Progress]] = []
        self.feedback: list[tuple[AnswerRecord, Progress]] = []

    def show_question(self, presented: Presented, progress: Progress) -> None:
        self.questions.append((presented.number, progress))

    def show_feedback(self, record: AnswerRecord, presented: Presented, progress: Progress) -> None:
        self.feedback.append((record, progress))


def perfect(presented: Presented) -> Response:
    return Response(outcome=Outcome.ANSWERED, value=right_value(presented), elapsed=1.0)


@pytest.fixture(scope="module")
def paris() -> QuestionSet:
    return load_bank(PARIS)


@pytest.fixture
def demo(tmp_path: Path) -> QuestionSet:
    return load_bank(write(tmp_path, VALID))


def test_same_seed_same_round(paris: QuestionSet) -> None:
    def shown(seed: int) -> list[tuple[str, tuple[str, ...]]]:
        asker = ScriptedAsker(perfect)
        Round.start(paris, RoundOptions(count=8, seed=seed)).play(asker, RecordingView())
        return [(p.question.id, p.options) for p in asker.shown]

    assert shown(7) == shown(7)
    assert shown(7) != shown(8)


def test_unseeded_rounds_record_their_seed_for_replay(paris: QuestionSet) -> None:
    first = Round.start(paris, RoundOptions(count=5))
    seed = first.options.seed
    assert isinstance(seed, int)
    again = Round.start(paris, RoundOptions(count=5, seed=seed))
    assert [q.id for q in first.questions] == [q.id for q in again.questions]


def test_count_defaults_to_ten_or_all_when_fewer(paris: QuestionSet, demo: QuestionSet) -> None:
    assert len(Round.start(paris, RoundOptions(seed=1)).questions) == 10
    assert len(Round.start(demo, RoundOptions(seed=1)).questions) == 7
    assert len(Round.start(demo, RoundOptions(seed=1, count=None)).questions) == 7


def test_filters_tags_any_of_kinds_and_difficulties(paris: QuestionSet) -> None:
    options = RoundOptions(count=None, seed=3, tags=("1500m", "records"))
    picked = Round.start(paris, options).questions
    assert picked
    assert all({"1500m", "records"} & set(q.tags) for q in picked)
    matching = [q for q in paris.questions if {"1500m", "records"} & set(q.tags)]
    # Every matching question, but one question per group (a group is asked once a round).
    assert {q.id for q in picked} <= {q.id for q in matching}
    assert {q.id for q in picked if q.group is None} == {q.id for q in matching if not q.group}
    groups = [q.group for q in picked if q.group]
    assert sorted(groups) == sorted({q.group for q in matching if q.group})

    options = RoundOptions(count=None, seed=3, kinds=(Kind.ORDER, Kind.TIME))
    assert {q.kind for q in Round.start(paris, options).questions} == {Kind.ORDER, Kind.TIME}

    options = RoundOptions(count=None, seed=3, difficulties=(Difficulty.HARD,))
    assert {q.difficulty for q in Round.start(paris, options).questions} == {Difficulty.HARD}


def test_a_filter_that_leaves_nothing_is_an_error(paris: QuestionSet) -> None:
    with pytest.raises(NoQuestionsError) as caught:
        Round.start(paris, RoundOptions(tags=("curling",), kinds=(Kind.TIME,)))
    assert str(caught.value) == (
        "no question matches --tag curling --kind time (see the tags in `quizcli list`)"
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1), min_size=2, max_size=8, unique=True), st.integers())
def test_order_is_never_shown_already_in_order(items: list[str], seed: int) -> None:
    question = OrderQuestion(id="o", prompt="Order.", answer=tuple(items))
    shown = present_options(question, random.Random(seed))
    assert shown != question.answer
    assert sorted(shown) == sorted(items)


def test_choices_are_shuffled_but_complete(paris: QuestionSet) -> None:
    for question in paris.questions:
        if isinstance(question, ChoiceQuestion | MultiQuestion):
            shown = present_options(question, random.Random(1))
            assert sorted(shown) == sorted(question.choices)


def test_a_perfect_round_scores_the_maximum(paris: QuestionSet) -> None:
    game = Round.start(paris, RoundOptions(count=10, seed=11))
    view = RecordingView()
    result = game.play(ScriptedAsker(perfect), view)
    assert result.end is RoundEnd.COMPLETED
    assert not result.abandoned
    assert result.count(Mark.RIGHT) == 10
    assert result.score == result.max_score == max_score(game.questions)
    assert result.best_streak == 10
    assert result.accuracy == 1.0


def test_the_round_adds_up(paris: QuestionSet) -> None:
    answers = iter(
        [
            lambda p: perfect(p),
            lambda p: Response(outcome=Outcome.SKIPPED),
            lambda p: perfect(p),
            lambda p: Response(outcome=Outcome.ANSWERED, value=right_value(p), hint_taken=True),
            lambda p: Response(outcome=Outcome.ANSWERED, value=("nobody",)),
        ]
    )
    view = RecordingView()
    game = Round.start(paris, RoundOptions(count=5, seed=5))
    result = game.play(ScriptedAsker(lambda p: next(answers)(p)), view)
    marks = [record.verdict.mark for record in result.answers]
    assert marks[:4] == [Mark.RIGHT, Mark.SKIPPED, Mark.RIGHT, Mark.RIGHT]
    assert marks[4] is Mark.WRONG
    assert [record.streak for record in result.answers] == [1, 0, 1, 2, 0]
    assert result.answers[3].points.hint_factor == 0.5
    assert result.score == sum(record.points.total for record in result.answers)
    # The view saw the running score before each question and after each answer.
    running = 0
    for (_, before), (record, after) in zip(view.questions, view.feedback, strict=True):
        assert before.score == running
        running += record.points.total
        assert after.score == running
        assert after.streak == record.streak
    assert [n for n, _ in view.questions] == [1, 2, 3, 4, 5]


def raising(exc: BaseException, after: int) -> Callable[[Presented], Response]:
    calls: Iterator[int] = iter(range(10**6))

    def answer(presented: Presented) -> Response:
        if next(calls) >= after:
            raise exc
        return perfect(presented)

    return answer


def test_ctrl_c_abandons_the_round_with_what_was_answered(paris: QuestionSet) -> None:
    result = Round.start(paris, RoundOptions(count=6, seed=2)).play(
        ScriptedAsker(raising(KeyboardInterrupt(), after=2)), RecordingView()
    )
    assert result.end is RoundEnd.INTERRUPTED
    assert result.abandoned
    assert len(result.answers) == 2
    assert result.asked == 6


def test_end_of_input_ends_the_round(paris: QuestionSet) -> None:
    result = Round.start(paris, RoundOptions(count=6, seed=2)).play(
        ScriptedAsker(raising(EOFError(), after=0)), RecordingView()
    )
    assert result.end is RoundEnd.END_OF_INPUT
    assert result.answers == ()
    assert result.score == 0


def test_an_output_that_fails_ends_the_round_with_what_was_answered(paris: QuestionSet) -> None:
    class FailingView(RecordingView):
        def show_question(self, presented: Presented, progress: Progress) -> None:
            if presented.number == 3:
                raise OSError(28, "No space left on device")
            super().show_question(presented, progress)

    result = Round.start(paris, RoundOptions(count=6, seed=2)).play(
        ScriptedAsker(perfect), FailingView()
    )
    assert result.end is RoundEnd.OUTPUT_LOST
    assert len(result.answers) == 2
    assert result.asked == 6


def test_timed_round_deadline_and_speed(demo: QuestionSet) -> None:
    now = [100.0]
    game = Round.start(demo, RoundOptions(count=2, seed=1, time_limit=10), clock=lambda: now[0])

    def answer(presented: Presented) -> Response:
        assert presented.time_limit == 10
        assert presented.deadline == 110.0
        elapsed = 5.0 if presented.number == 1 else 12.0
        return Response(outcome=Outcome.ANSWERED, value=right_value(presented), elapsed=elapsed)

    result = game.play(ScriptedAsker(answer), RecordingView())
    first, second = result.answers
    assert first.points.speed_factor == 0.75
    assert second.response.outcome is Outcome.TIMED_OUT
    assert second.verdict.mark is Mark.TIMED_OUT
    assert second.points.total == 0


def test_no_hints_option_hides_hints(demo: QuestionSet) -> None:
    asker = ScriptedAsker(perfect)
    Round.start(demo, RoundOptions(count=None, seed=1, hints=False)).play(asker, RecordingView())
    assert not any(p.hints for p in asker.shown)
    asker = ScriptedAsker(perfect)
    Round.start(demo, RoundOptions(count=None, seed=1)).play(asker, RecordingView())
    assert {p.question.id for p in asker.shown if p.hints} == {"q-order"}


def test_result_options_keep_the_round_settings(demo: QuestionSet) -> None:
    options = RoundOptions(count=3, seed=9, tags=("1500m",), time_limit=20, player="ana")
    result = Round.start(demo, options).play(ScriptedAsker(perfect), RecordingView())
    assert result.player == "ana"
    assert result.options == {
        "count": 3,
        "seed": 9,
        "tags": ["1500m"],
        "kinds": [],
        "difficulties": [],
        "time_limit": 20,
        "hints": True,
    }
