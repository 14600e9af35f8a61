"""Several players on the same questions: per-player scores, standings, games to store.

Shared by hot-seat (one terminal) and live games (the host): each player keeps their own
streak and records, graded and scored by the solo rules (grading.py, scoring.py). Places
go by score, ties broken by the total time taken to answer (less is better). No terminal,
no network, no database here.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from quizcli.game import Round
from quizcli.grading import grade
from quizcli.model import (
    AnswerRecord,
    GameResult,
    Outcome,
    Presented,
    Response,
    RoundEnd,
    new_game_id,
)
from quizcli.scoring import max_score, next_streak, score

__all__ = ["Party", "PlayerState", "Standing"]


@dataclass(slots=True)
class PlayerState:
    """One player's game so far."""

    name: str
    records: list[AnswerRecord] = field(default_factory=list)
    streak: int = 0
    gone: bool = False
    # Records kept when the player left (None while playing): a game left for good is
    # stored as abandoned at that point, not as a run of unanswered questions.
    left_after: int | None = None
    uid: str = field(default_factory=new_game_id)  # the game's id, journal and store alike

    def leave(self) -> None:
        """The player is gone (left, dropped or removed)."""
        self.gone = True
        if self.left_after is None:
            self.left_after = len(self.records)

    def back(self) -> None:
        """The player has rejoined: their game goes on."""
        self.gone = False
        self.left_after = None

    @property
    def kept(self) -> list[AnswerRecord]:
        """The records to store: up to where a player who left for good left."""
        if self.gone and self.left_after is not None:
            return self.records[: self.left_after]
        return self.records

    @property
    def score(self) -> int:
        """Points so far."""
        return sum(record.points.total for record in self.records)

    @property
    def time_used(self) -> float:
        """Seconds taken over every question so far (the tie-breaker: less is better)."""
        return sum(_time_taken(record) for record in self.records)


def _time_taken(record: AnswerRecord) -> float:
    elapsed = record.response.elapsed
    return elapsed if math.isfinite(elapsed) and elapsed > 0 else 0.0


class Standing(NamedTuple):
    """A player's place after some questions: 1 is first; equal score and time share it."""

    place: int
    name: str
    score: int
    time_used: float
    gone: bool


class Party:
    """A round played by several players: the questions come from ``game`` (the picker in
    game.py chose them); every player answers each of them."""

    def __init__(
        self,
        game: Round,
        names: Sequence[str],
        *,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.game = game
        self.players: dict[str, PlayerState] = {name: PlayerState(name) for name in names}
        self.started = wall_clock()
        self.wall_clock = wall_clock
        # Called with (player, answer) as soon as an answer is graded: the journal keeps it.
        self.on_answer: Callable[[PlayerState, AnswerRecord], None] | None = None

    def add(self, name: str) -> PlayerState:
        """Add a player (live games: while in the lobby)."""
        state = self.players.setdefault(name, PlayerState(name))
        return state

    def present(self, number: int) -> Presented:
        """Question ``number`` (1-based) as every player sees it: the same shuffles for all."""
        question = self.game.questions[number - 1]
        return self.game.present(question, number, len(self.game.questions))

    def answer(self, name: str, presented: Presented, response: Response) -> AnswerRecord:
        """Grade and score ``name``'s ``response`` to ``presented`` and keep it.

        An answer slower than the time limit counts as too slow, whatever it says.
        """
        player = self.players[name]
        limit = self.game.options.time_limit
        if limit and response.outcome is Outcome.ANSWERED and not response.elapsed <= limit:
            response = response._replace(outcome=Outcome.TIMED_OUT)
        question = presented.question
        verdict = grade(question, response)
        player.streak = next_streak(player.streak, verdict)
        points = score(
            question,
            verdict,
            streak=player.streak,
            elapsed=response.elapsed,
            time_limit=limit,
            hint_taken=response.hint_taken,
        )
        record = AnswerRecord(
            question=question,
            response=response,
            verdict=verdict,
            points=points,
            streak=player.streak,
        )
        player.records.append(record)
        if self.on_answer is not None:
            self.on_answer(player, record)
        return record

    def standings(self) -> list[Standing]:
        """Every player, best first: by score, then by the least time taken."""
        return rank(self.players.values())

    def results(self, *, end: RoundEnd, extra: dict[str, object] | None = None) -> list[GameResult]:
        """Every player's game, ready to store under their name (``extra`` joins the
        options kept with each game)."""
        finished = self.wall_clock()
        questions = self.game.questions
        return [
            GameResult(
                set_id=self.game.qset.id,
                set_title=self.game.qset.title,
                player=player.name,
                started=self.started,
                finished=finished,
                end=end if len(player.kept) < len(questions) else RoundEnd.COMPLETED,
                asked=len(questions),
                max_score=max_score(questions),
                answers=tuple(player.kept),
                options={**self.game.options.to_json(), **(extra or {})},
                uid=player.uid,
            )
            for player in self.players.values()
        ]


def rank(players: Iterable[PlayerState]) -> list[Standing]:
    """``players`` in order of place: score (more first), then time taken (less first)."""
    ordered = sorted(players, key=lambda p: (-p.score, round(p.time_used, 3), p.name))
    standings: list[Standing] = []
    for index, player in enumerate(ordered):
        key = (player.score, round(player.time_used, 3))
        previous = standings[-1] if standings else None
        same = previous is not None and (previous.score, round(previous.time_used, 3)) == key
        place = previous.place if same and previous is not None else index + 1
        standings.append(Standing(place, player.name, player.score, player.time_used, player.gone))
    return standings
