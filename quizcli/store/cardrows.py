"""Rows of spaced review and the daily challenge: cards, ratings, daily attempts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

# --- memory cards (spaced review) and the daily challenge ------------------------------

# (a card's state or None for a new card, a rating 1-4, when in epoch seconds, whether the
# answer was right but slow) -> (the new state, its due time, the rating applied):
# quizcli.review.schedule, FSRS behind it.
Schedule = Callable[[str | None, int, float, bool], tuple[str, float, int]]


class Review(NamedTuple):
    """One answer, as it changes its card."""

    question_id: str
    fingerprint: str  # the question's kind, text and answer, hashed: a change restarts the card
    verdict: str
    rating: int  # 1 again, 2 hard, 3 good, 4 easy
    elapsed: float
    slow: bool = False  # right, but far slower than the player's usual: Hard, not twice running


class Reviews(NamedTuple):
    """The answers of one round, applied to the player's cards (and logged) in the round's
    own transaction, each from the card as it is then, never from an older copy."""

    player: str
    set_id: str
    mode: str  # "play", "review" or "daily"
    reviewed_at: float  # epoch seconds
    game_uid: str
    items: tuple[Review, ...]
    schedule: Schedule


class Card(NamedTuple):
    """A player's memory card for one question of a set."""

    question_id: str
    fingerprint: str
    due: float  # epoch seconds
    reviews: int


class Reviewed(NamedTuple):
    """What a saved review did to one card: its rating and when it comes back."""

    question_id: str
    rating: int
    due: float


class DailyGame(NamedTuple):
    """A scored attempt at a set's daily challenge (one per player, set and UTC day)."""

    set_id: str
    day: str  # YYYY-MM-DD (UTC)
    player: str
    uid: str
    score: int
    max_score: int
    asked: int
    right: int
    accuracy: float
    duration: float
    marks: str  # one letter per question: r right, p partly right, x anything else
    finished_at: str

    @classmethod
    def of_row(cls, row: Mapping[str, Any]) -> DailyGame:
        """The attempt a ``daily_games`` row holds."""
        return cls(
            set_id=row["set_id"],
            day=row["day"],
            player=row["player"],
            uid=row["uid"],
            score=int(row["score"]),
            max_score=int(row["max_score"]),
            asked=int(row["asked"]),
            right=int(row["right_count"]),
            accuracy=float(row["accuracy"]),
            duration=float(row["duration"]),
            marks=row["marks"],
            finished_at=row["finished_at"],
        )

    def to_json(self) -> dict[str, Any]:
        """The attempt as plain data."""
        return {
            "set": self.set_id,
            "date": self.day,
            "player": self.player,
            "score": self.score,
            "max_score": self.max_score,
            "asked": self.asked,
            "right": self.right,
            "accuracy": round(self.accuracy, 4),
            "duration": round(self.duration, 3),
            "marks": self.marks,
            "finished_at": self.finished_at,
        }
