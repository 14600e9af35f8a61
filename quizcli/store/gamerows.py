"""Rows of games: going in (a played round as the row and answers a store keeps) and
coming out (a stored game as listings show it).

NamedTuples, not dataclasses: each frozen dataclass costs about a millisecond to create at
import on Python 3.11, and ``play`` imports this module.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:  # the model is imported where it is used
    from quizcli.model import GameResult

# The marks of ``games.daily`` (migration 9): a daily round, the day's ranked attempt or a
# later (practice) one; 0 for every other game.
DAILY_SCORED, DAILY_PRACTICE = 1, 2
DAILY_KINDS = {DAILY_SCORED: "scored", DAILY_PRACTICE: "practice"}


def timestamp(epoch: float) -> str:
    """An epoch time as a sortable ISO 8601 UTC string, to the millisecond."""
    whole = int(epoch)
    millis = int(round((epoch - whole) * 1000))
    if millis == 1000:
        whole, millis = whole + 1, 0
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + f".{millis:03d}Z"


# --- rows going in --------------------------------------------------------------------


class NewAnswer(NamedTuple):
    """One answer of a game about to be stored."""

    position: int
    question_id: str
    kind: str
    response: str | None  # the answer as JSON text, None when nothing was given
    verdict: str
    fraction: float
    points: int
    elapsed: float
    hint_taken: int
    tags: str  # a JSON list
    prompt: str


class NewGame(NamedTuple):
    """A game about to be stored, as the columns hold it: from a round, a local store being
    synced, or a rescue file."""

    uid: str
    set_id: str
    set_title: str
    player: str
    started_at: str
    finished_at: str
    status: str
    score: int
    max_score: int
    asked: int
    answered: int
    right: int
    partial: int
    wrong: int
    skipped: int
    timed_out: int
    best_streak: int
    duration: float
    options: str  # a JSON object
    version: str
    accuracy: float
    answers: tuple[NewAnswer, ...]
    # 1: a remote player's game in a live room hosted here (on leaderboards, never in the
    # host's own profile: history, stats and cards ask for remote = 0).
    remote: int = 0
    # A daily round: DAILY_SCORED (the day's ranked attempt) or DAILY_PRACTICE; 0 for any
    # other game. Shown in history, stats and exports, never on a games leaderboard.
    daily: int = 0


def is_remote(result: GameResult) -> bool:
    """Whether ``result`` is a remote player's game in a live room hosted here."""
    return result.options.get("mode") == "live"


def new_game(result: GameResult, version: str) -> NewGame:
    """A played round as the row and answers a store keeps."""
    from quizcli.model import Mark

    return NewGame(
        uid=result.uid,
        set_id=result.set_id,
        set_title=result.set_title,
        player=result.player,
        started_at=timestamp(result.started),
        finished_at=timestamp(result.finished),
        status="abandoned" if result.abandoned else "finished",
        score=result.score,
        max_score=result.max_score,
        asked=result.asked,
        answered=len(result.answers),
        right=result.count(Mark.RIGHT),
        partial=result.count(Mark.PARTIAL),
        wrong=result.count(Mark.WRONG),
        skipped=result.count(Mark.SKIPPED),
        timed_out=result.count(Mark.TIMED_OUT),
        best_streak=result.best_streak,
        duration=max(0.0, result.finished - result.started),
        options=json.dumps(result.options, ensure_ascii=False),
        version=version,
        accuracy=result.accuracy,
        remote=int(is_remote(result)),
        answers=tuple(
            NewAnswer(
                position=position,
                question_id=record.question.id,
                kind=record.question.kind.value,
                response=json.dumps(record.response.value, ensure_ascii=False)
                if record.response.value is not None
                else None,
                verdict=record.verdict.mark.value,
                fraction=record.verdict.fraction,
                points=record.points.total,
                elapsed=record.response.elapsed,
                hint_taken=int(record.response.hint_taken),
                tags=json.dumps(list(record.question.tags), ensure_ascii=False),
                prompt=record.question.prompt,
            )
            for position, record in enumerate(result.answers, 1)
        ),
    )


# --- rows coming out ------------------------------------------------------------------


class GameRow(NamedTuple):
    """One stored game, as listings show it."""

    id: int
    set_id: str
    set_title: str
    player: str
    started_at: str
    finished_at: str
    status: str
    score: int
    max_score: int
    asked: int
    answered: int
    right: int
    partial: int
    wrong: int
    skipped: int
    timed_out: int
    best_streak: int
    duration: float
    accuracy: float
    options: dict[str, Any]
    version: str
    daily: int = 0  # see NewGame.daily

    @property
    def daily_kind(self) -> str | None:
        """``scored`` (the day's ranked daily attempt), ``practice`` (a later daily
        attempt), or None (not a daily round)."""
        return DAILY_KINDS.get(self.daily)

    def to_json(self) -> dict[str, Any]:
        """The game as plain data."""
        return {
            "id": self.id,
            "set": self.set_id,
            "set_title": self.set_title,
            "player": self.player,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "status": self.status,
            "score": self.score,
            "max_score": self.max_score,
            "asked": self.asked,
            "answered": self.answered,
            "right": self.right,
            "partly_right": self.partial,
            "wrong": self.wrong,
            "skipped": self.skipped,
            "timed_out": self.timed_out,
            "best_streak": self.best_streak,
            "duration": round(self.duration, 3),
            "accuracy": round(self.accuracy, 4),
            "options": self.options,
            "version": self.version,
            "daily": self.daily_kind,
        }


# The fields of GameRow and NewGame whose ``games`` column is named otherwise; the rest are
# named alike.
_COLUMN_OF = {
    "right": "right_count",
    "partial": "partial_count",
    "wrong": "wrong_count",
    "skipped": "skipped_count",
    "timed_out": "timed_out_count",
}


def game_columns(row: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """The values of the fields ``names`` in a ``games`` row, each read from its column."""
    return {name: row[_COLUMN_OF.get(name, name)] for name in names}


def game_row(row: Mapping[str, Any]) -> GameRow:
    """A ``games`` row (any engine's mapping of column to value) as a :class:`GameRow`."""
    try:
        options = json.loads(row["options"])
    except (TypeError, ValueError):
        options = {}
    return GameRow(
        **{
            **game_columns(row, GameRow._fields),
            "options": options if isinstance(options, dict) else {},
        }
    )
