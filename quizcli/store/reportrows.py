"""Rows of the reports read over the games: a game's ranking, statistics, the filter."""

from __future__ import annotations

from typing import Any, NamedTuple

RESET = "reset"  # a Ranking's status when the game was deleted (a reset) before it was read


class Ranking(NamedTuple):
    """Where a just-stored game stands on its set's leaderboard (status RESET: the game was
    stored, then deleted by a reset before its rank was read)."""

    status: str
    position: int
    games: int
    previous_best: int | None
    personal_best: int | None
    personal_previous_best: int | None


class Accuracy(NamedTuple):
    """Accuracy over a group of answers."""

    name: str
    answers: int
    accuracy: float


class Missed(NamedTuple):
    """A question often missed."""

    set_id: str
    question_id: str
    prompt: str
    asked: int
    missed: int


class Stats(NamedTuple):
    """A player's statistics, over every set or one."""

    games: int
    finished: int
    answers: int
    accuracy: float
    best_streak: int
    points_per_question: float
    by_tag: tuple[Accuracy, ...]
    by_kind: tuple[Accuracy, ...]
    missed: tuple[Missed, ...]
    daily: int = 0  # how many of ``games`` are daily rounds (counted in every figure)

    def to_json(self) -> dict[str, Any]:
        """The statistics as plain data."""
        return {
            "games": self.games,
            "finished": self.finished,
            "daily": self.daily,
            "answers": self.answers,
            "accuracy": round(self.accuracy, 4),
            "best_streak": self.best_streak,
            "points_per_question": round(self.points_per_question, 2),
            "by_tag": [_accuracy_json(a) for a in self.by_tag],
            "by_kind": [_accuracy_json(a) for a in self.by_kind],
            "most_missed": [
                {
                    "set": m.set_id,
                    "question": m.question_id,
                    "prompt": m.prompt,
                    "asked": m.asked,
                    "missed": m.missed,
                }
                for m in self.missed
            ],
        }


def _accuracy_json(item: Accuracy) -> dict[str, Any]:
    return {"name": item.name, "answers": item.answers, "accuracy": round(item.accuracy, 4)}


class GameFilter(NamedTuple):
    """Which games a query looks at."""

    set_id: str | None = None
    player: str | None = None
    since: str | None = None  # an ISO timestamp in UTC; games finished at or after it
    # With a player: their own games (False), or their games as a remote player in live
    # rooms hosted here (True). The two never mix.
    remote: bool = False
