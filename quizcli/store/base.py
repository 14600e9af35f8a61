"""What every store shares: the :class:`GameStore` protocol, the rows, the errors.

Rows coming out are NamedTuples, not dataclasses: each frozen dataclass costs about a
millisecond to create at import on Python 3.11, and ``play`` imports this module.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from quizcli.errors import QuizError

# Re-exported: the rows of review cards and daily games, which the protocol names.
from quizcli.store.cardrows import Card as Card
from quizcli.store.cardrows import DailyGame as DailyGame
from quizcli.store.cardrows import Review as Review
from quizcli.store.cardrows import Reviewed as Reviewed
from quizcli.store.cardrows import Reviews as Reviews
from quizcli.store.cardrows import Schedule as Schedule
from quizcli.store.migrations import DAILY_PRACTICE as DAILY_PRACTICE
from quizcli.store.migrations import DAILY_SCORED as DAILY_SCORED

# Re-exported: how long a connection waits for a lock (in ``peek``, which ``list`` imports alone).
from quizcli.store.peek import BUSY_TIMEOUT_SECONDS as BUSY_TIMEOUT_SECONDS
from quizcli.store.peek import busy_timeout as busy_timeout

# The order of a leaderboard; the summary table ``bests`` and the indexes follow it too.
RANK_ORDER = "score DESC, accuracy DESC, duration ASC, finished_at ASC, id ASC"

if TYPE_CHECKING:  # the model is imported where it is used: `list` reads due cards
    from quizcli.model import GameResult


def timestamp(epoch: float) -> str:
    """An epoch time as a sortable ISO 8601 UTC string, to the millisecond."""
    whole = int(epoch)
    millis = int(round((epoch - whole) * 1000))
    if millis == 1000:
        whole, millis = whole + 1, 0
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + f".{millis:03d}Z"


# --- errors ---------------------------------------------------------------------------


class StoreError(QuizError):
    """The database cannot be used; the message names it and what to do."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code  # SQLite's extended result code behind it, if any


class StoreWriteError(StoreError):
    """A game could not be saved (read-only folder, full disk, locked database)."""


class ServerUnavailable(StoreWriteError):
    """The database server could not be reached, or failed during the work."""


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


DAILY_KINDS = {DAILY_SCORED: "scored", DAILY_PRACTICE: "practice"}

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


class GameStore(Protocol):
    """What the commands need of a store of games, whatever the engine behind it."""

    def record(self, result: GameResult, version: str, reviews: Reviews | None = None) -> int:
        """Store a played round in one transaction (with ``reviews`` applied to the
        player's cards in the same); return its id."""
        ...

    def add(self, game: NewGame) -> int | None:
        """Store ``game`` in one transaction unless a game with its uid is stored already;
        its new id, or None when it was there."""
        ...

    def game_id(self, uid: str) -> int | None:
        """The id of the game stored with ``uid``, or None."""
        ...

    def ranking(self, game_id: int) -> Ranking:
        """Where a stored game stands among the finished games of its set."""
        ...

    def leaderboard(
        self, where: GameFilter, *, every_game: bool, limit: int | None
    ) -> list[GameRow]:
        """Finished games ranked by score, accuracy, then time."""
        ...

    def history(self, where: GameFilter, limit: int | None) -> list[GameRow]:
        """Games newest first, finished or abandoned."""
        ...

    def count(self, where: GameFilter) -> int:
        """How many games match ``where``."""
        ...

    def stats(self, where: GameFilter) -> Stats:
        """Statistics over the games matching ``where``."""
        ...

    def delete(self, where: GameFilter) -> int:
        """Delete the games matching ``where`` (and their answers); return how many."""
        ...

    def progress(self, player: str | None, set_id: str | None) -> dict[str, int]:
        """Rows of ``cards``, ``review_log`` and ``daily_games`` of a player and a set
        (None: every one)."""
        ...

    def delete_progress(self, player: str | None, set_id: str | None) -> dict[str, int]:
        """Delete those rows in one transaction; how many of each went."""
        ...

    def set_ids(self) -> list[str]:
        """The ids of the sets with stored games, sorted."""
        ...

    def players(self) -> list[str]:
        """The names of the players with stored games, sorted."""
        ...

    def save_reviews(self, reviews: Reviews, *, unshared: bool = False) -> list[Reviewed]:
        """Apply a review round's ratings to the player's cards and log them, in one
        transaction (marked for ``sync`` when ``unshared``); what each card became."""
        ...

    def restart_cards(
        self, player: str, set_id: str, changed: dict[str, tuple[str, str]], now: float
    ) -> int:
        """Start over the cards whose question changed: id -> (old, new fingerprint)."""
        ...

    def save_daily(
        self,
        game: DailyGame | None,
        reviews: Reviews,
        *,
        unshared: bool = False,
        any_day: bool = False,
    ) -> bool:
        """Store a daily attempt (None for practice) and its ratings in one transaction
        (marked for ``sync`` when ``unshared``; ranked on its own day whatever a server's
        clock says when ``any_day``); False when it was not the player's first of the day."""
        ...

    def cards(self, player: str, set_id: str) -> list[Card]:
        """The player's cards of a set, soonest due first."""
        ...

    def due_now(self, player: str, now: float, set_id: str | None = None) -> dict[str, int]:
        """How many of the player's cards are due at ``now``, per set."""
        ...

    def dues(self, player: str, before: float, set_id: str | None = None) -> list[float]:
        """The due times of the player's cards due before ``before``."""
        ...

    def daily_game(self, set_id: str, day: str, player: str) -> DailyGame | None:
        """The player's scored attempt at the day's challenge, if any."""
        ...

    def daily_ranking(
        self, set_id: str | None, day: str, limit: int, player: str | None = None
    ) -> list[DailyGame]:
        """The day's scored attempts (of one player, if given), best first."""
        ...

    def close(self) -> None:
        """Let go of the database."""
        ...
