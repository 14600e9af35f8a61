"""Games built for the store tests: a fixed instant, rounds of given scores, and the games
a data folder's local file holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quizcli.model import (
    AnswerRecord,
    Difficulty,
    GameResult,
    Mark,
    Outcome,
    Points,
    Response,
    RoundEnd,
    TrueFalseQuestion,
    Verdict,
)

T0 = 1_790_000_000.0  # a fixed instant (2026-09-21)


def result(
    player: str,
    fractions: list[float],
    *,
    set_id: str = "demo",
    duration: float = 10.0,
    asked: int | None = None,
    started: float = T0,
    tags: tuple[str, ...] = ("a",),
) -> GameResult:
    """A round whose answers earn 100 points times each fraction."""
    records = []
    for n, fraction in enumerate(fractions):
        mark = Mark.RIGHT if fraction == 1 else Mark.PARTIAL if fraction else Mark.WRONG
        records.append(
            AnswerRecord(
                question=TrueFalseQuestion(
                    id=f"q{n}",
                    prompt=f"Question {n}?",
                    answer=True,
                    difficulty=Difficulty.EASY,
                    tags=tags,
                ),
                response=Response(outcome=Outcome.ANSWERED, value=True, elapsed=1.5),
                verdict=Verdict(mark=mark, fraction=fraction),
                points=Points(base=100, fraction=fraction, total=round(100 * fraction)),
                streak=1 if fraction == 1 else 0,
            )
        )
    return GameResult(
        set_id=set_id,
        set_title="Demo set",
        player=player,
        started=started,
        finished=started + duration,
        end=RoundEnd.COMPLETED,
        asked=len(fractions) if asked is None else asked,
        max_score=100 * len(fractions),
        answers=tuple(records),
        options={"seed": 1},
    )


def local_games(home: Path) -> list[tuple[str, int]]:
    """(player, unshared) of every game in the local file of data folder ``home`` (none
    when there is no file; reading it creates none)."""
    path = home / "quizcli.db"
    if not path.exists():
        return []
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT player, unshared FROM games ORDER BY id").fetchall()
    finally:
        db.close()
