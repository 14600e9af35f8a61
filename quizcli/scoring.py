"""Scoring: how many points a verdict earns, with every factor kept for the round summary.

Pure arithmetic on a question's difficulty, the verdict, the streak of fully right answers,
the time taken in timed rounds and whether a hint was taken (design.md, "Scoring"):

    total = round(base * fraction * (1 + streak_bonus) * speed_factor * hint_factor)

- ``base``: 100, 200 or 300 points for an easy, medium or hard question.
- ``fraction``: how right the answer was (partial verdicts scale the points).
- ``streak_bonus``: +10% for each fully right answer in a row after the first, at most +50%;
  only a fully right answer earns it.
- ``speed_factor``: in timed rounds, 1 for an instant answer down to 0.5 at the deadline.
- ``hint_factor``: 0.5 when a hint was taken.

Skipped and timed-out questions score 0.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Final

from quizcli.model import Difficulty, Mark, Points, Question, Verdict

__all__ = [
    "BASE_POINTS",
    "HINT_FACTOR",
    "STREAK_CAP",
    "STREAK_STEP",
    "max_points",
    "max_score",
    "next_streak",
    "score",
    "speed_factor",
]

BASE_POINTS: Final[Mapping[Difficulty, int]] = MappingProxyType(
    {Difficulty.EASY: 100, Difficulty.MEDIUM: 200, Difficulty.HARD: 300}
)
STREAK_STEP: Final = 0.1
STREAK_CAP: Final = 0.5
HINT_FACTOR: Final = 0.5


def next_streak(previous: int, verdict: Verdict) -> int:
    """The streak after ``verdict``: one longer when fully right, else back to 0."""
    return previous + 1 if verdict.mark == Mark.RIGHT else 0


def streak_bonus(streak: int) -> float:
    """The bonus for the ``streak``-th fully right answer in a row (1 for the first)."""
    # Rounded so that the summary shows 0.3 and not 0.30000000000000004.
    return round(min(STREAK_STEP * max(streak - 1, 0), STREAK_CAP), 10)


def speed_factor(elapsed: float, time_limit: float | None) -> float:
    """The share of points an answer keeps for its speed: 1 when instant, 0.5 at the limit.

    ``time_limit`` None means an untimed round (factor 1). Elapsed times below 0 count as 0
    and above the limit as the limit; an unknown (nan) elapsed time counts as the limit.
    Raises ValueError when ``time_limit`` is not a positive, finite number of seconds.
    """
    if time_limit is None:
        return 1.0
    if not (math.isfinite(time_limit) and time_limit > 0):
        raise ValueError(f"time limit must be a positive number of seconds, not {time_limit!r}")
    used = elapsed / time_limit
    used = 1.0 if math.isnan(used) else min(max(used, 0.0), 1.0)
    return 1.0 - used / 2


def score(
    question: Question,
    verdict: Verdict,
    *,
    streak: int,
    elapsed: float = 0.0,
    time_limit: float | None = None,
    hint_taken: bool = False,
) -> Points:
    """The points a verdict earns, with the breakdown.

    ``streak`` counts fully right answers in a row including this one (1 for the first), as
    returned by :func:`next_streak`. ``elapsed`` and ``time_limit`` are in seconds; leave
    ``time_limit`` None for an untimed round. The total is a non-negative int.
    """
    base = BASE_POINTS[question.difficulty]
    fraction = verdict.fraction
    if verdict.mark in (Mark.SKIPPED, Mark.TIMED_OUT) or math.isnan(fraction):
        fraction = 0.0
    fraction = min(max(fraction, 0.0), 1.0)
    bonus = streak_bonus(streak) if verdict.mark == Mark.RIGHT else 0.0
    speed = speed_factor(elapsed, time_limit)
    hint = HINT_FACTOR if hint_taken else 1.0
    total = max(0, round(base * fraction * (1 + bonus) * speed * hint))
    return Points(
        base=base,
        fraction=fraction,
        streak_bonus=bonus,
        speed_factor=speed,
        hint_factor=hint,
        total=total,
    )


def max_points(question: Question, position: int) -> int:
    """The most ``question`` can earn as the ``position``-th (0-based) question of a round.

    That is a fully right, instant answer without a hint, after ``position`` fully right
    answers (so with a streak of ``position + 1``).
    """
    if position < 0:
        raise ValueError(f"position must be 0 or more, not {position}")
    right = Verdict(mark=Mark.RIGHT, fraction=1.0)
    return score(question, right, streak=position + 1).total


def max_score(questions: Sequence[Question]) -> int:
    """The most a round of ``questions``, asked in this order, can earn."""
    return sum(max_points(question, position) for position, question in enumerate(questions))
