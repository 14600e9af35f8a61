"""Tests for quizcli.scoring: base points, streaks, speed, hints, and the maximum possible."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizcli.model import (
    ChoiceQuestion,
    Difficulty,
    Mark,
    Points,
    Question,
    TextQuestion,
    TrueFalseQuestion,
    Verdict,
)
from quizcli.scoring import (
    BASE_POINTS,
    STREAK_CAP,
    STREAK_STEP,
    max_points,
    max_score,
    next_streak,
    score,
    speed_factor,
)

no_deadline = settings(deadline=None)


def question(difficulty: Difficulty = Difficulty.MEDIUM) -> Question:
    """A true/false question of the given difficulty."""
    return TrueFalseQuestion(
        id=f"q-{difficulty}", prompt="Is it so?", answer=True, difficulty=difficulty
    )


RIGHT = Verdict(mark=Mark.RIGHT, fraction=1.0)
WRONG = Verdict(mark=Mark.WRONG, fraction=0.0)
SKIPPED = Verdict(mark=Mark.SKIPPED, fraction=0.0)
TIMED_OUT = Verdict(mark=Mark.TIMED_OUT, fraction=0.0)


def partial(fraction: float) -> Verdict:
    """A partly right verdict."""
    return Verdict(mark=Mark.PARTIAL, fraction=fraction)


def test_constants() -> None:
    assert dict(BASE_POINTS) == {Difficulty.EASY: 100, Difficulty.MEDIUM: 200, Difficulty.HARD: 300}
    assert set(BASE_POINTS) == set(Difficulty)
    assert STREAK_STEP == 0.1
    assert STREAK_CAP == 0.5


@pytest.mark.parametrize(
    ("previous", "verdict", "expected"),
    [
        (0, RIGHT, 1),
        (4, RIGHT, 5),
        (4, partial(0.9), 0),
        (4, WRONG, 0),
        (4, SKIPPED, 0),
        (4, TIMED_OUT, 0),
        (0, WRONG, 0),
    ],
)
def test_next_streak(previous: int, verdict: Verdict, expected: int) -> None:
    assert next_streak(previous, verdict) == expected


@pytest.mark.parametrize(
    ("difficulty", "points"),
    [(Difficulty.EASY, 100), (Difficulty.MEDIUM, 200), (Difficulty.HARD, 300)],
)
def test_base_points_by_difficulty(difficulty: Difficulty, points: int) -> None:
    assert score(question(difficulty), RIGHT, streak=1) == Points(base=points, total=points)


@pytest.mark.parametrize(
    ("streak", "bonus", "total"),
    [(0, 0.0, 200), (1, 0.0, 200), (2, 0.1, 220), (3, 0.2, 240), (4, 0.3, 260), (6, 0.5, 300)],
)
def test_streak_bonus(streak: int, bonus: float, total: int) -> None:
    points = score(question(), RIGHT, streak=streak)
    assert points.streak_bonus == bonus
    assert points.total == total


@pytest.mark.parametrize("streak", [6, 7, 20, 1000])
def test_streak_bonus_is_capped(streak: int) -> None:
    assert score(question(), RIGHT, streak=streak).streak_bonus == STREAK_CAP


@pytest.mark.parametrize("verdict", [partial(0.5), WRONG, SKIPPED, TIMED_OUT])
def test_streak_bonus_only_for_fully_right(verdict: Verdict) -> None:
    assert score(question(), verdict, streak=5).streak_bonus == 0.0


@pytest.mark.parametrize(
    ("fraction", "total"), [(1 / 3, 67), (0.5, 100), (2 / 3, 133), (0.99, 198)]
)
def test_partial_scales_the_points(fraction: float, total: int) -> None:
    points = score(question(), partial(fraction), streak=0)
    assert points.fraction == fraction
    assert points.total == total


@pytest.mark.parametrize(
    ("elapsed", "limit", "factor"),
    [
        (0.0, None, 1.0),
        (99.0, None, 1.0),
        (0.0, 20.0, 1.0),
        (5.0, 20.0, 0.875),
        (10.0, 20.0, 0.75),
        (20.0, 20.0, 0.5),
        (30.0, 20.0, 0.5),
        (-1.0, 20.0, 1.0),
        (math.inf, 20.0, 0.5),
        (math.nan, 20.0, 0.5),
    ],
)
def test_speed_factor(elapsed: float, limit: float | None, factor: float) -> None:
    assert speed_factor(elapsed, limit) == factor
    points = score(question(), RIGHT, streak=1, elapsed=elapsed, time_limit=limit)
    assert points.speed_factor == factor
    assert points.total == round(200 * factor)


@pytest.mark.parametrize("limit", [0.0, -5.0, math.nan, math.inf])
def test_time_limit_must_be_positive(limit: float) -> None:
    with pytest.raises(ValueError):
        score(question(), RIGHT, streak=1, elapsed=1.0, time_limit=limit)


def test_hint_halves_the_points() -> None:
    points = score(question(), RIGHT, streak=1, hint_taken=True)
    assert points.hint_factor == 0.5
    assert points.total == 100


@pytest.mark.parametrize("verdict", [WRONG, SKIPPED, TIMED_OUT])
def test_no_points_without_a_right_answer(verdict: Verdict) -> None:
    points = score(question(Difficulty.HARD), verdict, streak=3, elapsed=1.0, time_limit=10.0)
    assert points.total == 0
    assert points.base == 300
    assert points.fraction == 0.0


@pytest.mark.parametrize("mark", [Mark.SKIPPED, Mark.TIMED_OUT])
def test_skipped_or_timed_out_score_nothing_whatever_the_fraction(mark: Mark) -> None:
    assert score(question(), Verdict(mark=mark, fraction=1.0), streak=1).total == 0


def test_every_factor_together() -> None:
    points = score(
        question(Difficulty.HARD), RIGHT, streak=4, elapsed=10.0, time_limit=40.0, hint_taken=True
    )
    assert points == Points(
        base=300,
        fraction=1.0,
        streak_bonus=0.3,
        speed_factor=0.875,
        hint_factor=0.5,
        total=round(300 * 1.3 * 0.875 * 0.5),
    )
    assert points.total == 171


def test_partial_timed_and_hinted() -> None:
    points = score(
        question(Difficulty.MEDIUM),
        partial(2 / 3),
        streak=0,
        elapsed=10.0,
        time_limit=20.0,
        hint_taken=True,
    )
    assert points.total == 50


@pytest.mark.parametrize(
    ("difficulty", "position", "expected"),
    [
        (Difficulty.EASY, 0, 100),
        (Difficulty.EASY, 1, 110),
        (Difficulty.EASY, 5, 150),
        (Difficulty.EASY, 9, 150),
        (Difficulty.MEDIUM, 2, 240),
        (Difficulty.HARD, 3, 390),
    ],
)
def test_max_points(difficulty: Difficulty, position: int, expected: int) -> None:
    assert max_points(question(difficulty), position) == expected


def test_max_points_refuses_negative_position() -> None:
    with pytest.raises(ValueError):
        max_points(question(), -1)


def test_max_score() -> None:
    round_ = [question(Difficulty.EASY), question(Difficulty.HARD), question(Difficulty.MEDIUM)]
    assert max_score(round_) == 100 + 330 + 240
    assert max_score([]) == 0


def test_max_score_equals_a_perfect_round() -> None:
    questions: list[Question] = []
    for n in range(4):
        questions.append(ChoiceQuestion(id=f"c{n}", prompt="?", choices=("a", "b"), answer="a"))
        questions.append(
            TextQuestion(id=f"t{n}", prompt="?", answer="x", difficulty=Difficulty.HARD)
        )
    streak = 0
    total = 0
    for q in questions:
        streak = next_streak(streak, RIGHT)
        total += score(q, RIGHT, streak=streak, elapsed=0.0, time_limit=30.0).total
    assert total == max_score(questions)


verdicts = st.one_of(
    st.just(RIGHT),
    st.builds(
        Verdict,
        mark=st.sampled_from(Mark),
        fraction=st.floats(0.0, 1.0),
    ),
)


@no_deadline
@given(
    difficulty=st.sampled_from(Difficulty),
    verdict=verdicts,
    position=st.integers(0, 30),
    data=st.data(),
    elapsed=st.floats(allow_nan=True, allow_infinity=True),
    time_limit=st.none() | st.floats(min_value=0.001, max_value=1e6),
    hint_taken=st.booleans(),
)
def test_points_are_never_negative_nor_above_the_maximum(
    difficulty: Difficulty,
    verdict: Verdict,
    position: int,
    data: st.DataObject,
    elapsed: float,
    time_limit: float | None,
    hint_taken: bool,
) -> None:
    q = question(difficulty)
    streak = data.draw(st.integers(0, position + 1), label="streak")
    points = score(
        q, verdict, streak=streak, elapsed=elapsed, time_limit=time_limit, hint_taken=hint_taken
    )
    assert isinstance(points.total, int)
    assert 0 <= points.total <= max_points(q, position)
    assert 0.0 <= points.streak_bonus <= STREAK_CAP
    assert 0.5 <= points.speed_factor <= 1.0
    assert points.hint_factor in {0.5, 1.0}
