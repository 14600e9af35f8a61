"""A round as the journal holds it, and as a store takes it: the game, its reviews, the
daily attempt. Built from a journal file's lines, from a played round, or from an old
``quizcli-rescue-*.json`` file (those stay importable)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from quizcli.errors import QuizError
from quizcli.store.base import (
    DailyGame,
    NewAnswer,
    NewGame,
    Review,
    Reviews,
    timestamp,
)

if TYPE_CHECKING:
    from pathlib import Path

    from quizcli.model import AnswerRecord, GameResult

MODES = ("play", "daily", "review", "hotseat", "live", "join")


class Entry(NamedTuple):
    """One journalled round: what mode played it, the game, and the day of a daily."""

    mode: str  # one of MODES
    game: NewGame
    reviews: tuple[Review, ...]
    reviewed_at: float  # epoch seconds: when the ratings were given
    day: str | None = None  # the daily's UTC day

    @property
    def review_mode(self) -> str:
        """The mode the review log names: play, daily or review."""
        return self.mode if self.mode in ("daily", "review") else "play"

    def review_rows(self) -> Reviews:
        """The ratings of the round, as a store applies them to the cards."""
        from quizcli.review import schedule

        return Reviews(
            player=self.game.player,
            set_id=self.game.set_id,
            mode=self.review_mode,
            reviewed_at=self.reviewed_at,
            game_uid=self.game.uid,
            items=self.reviews,
            schedule=schedule,
        )

    def daily_row(self) -> DailyGame:
        """The round as the day's attempt (``daily_games``)."""
        letters = {"right": "r", "partial": "p"}
        marks = "".join(letters.get(answer.verdict, "x") for answer in self.game.answers)
        return DailyGame(
            set_id=self.game.set_id,
            day=self.day or self.game.finished_at[:10],
            player=self.game.player,
            uid=self.game.uid,
            score=self.game.score,
            max_score=self.game.max_score,
            asked=self.game.asked,
            right=self.game.right,
            accuracy=self.game.accuracy,
            duration=self.game.duration,
            marks=marks + "x" * (self.game.asked - len(self.game.answers)),
            finished_at=self.game.finished_at,
        )

    def describe(self) -> str:
        """``play paris2024 (alice, 3 answers)``: the round in a few words."""
        count = len(self.game.answers)
        return (
            f"{self.mode} {self.game.set_id} ({self.game.player}, "
            f"{count} answer{'' if count == 1 else 's'})"
        )


# --- lines written to the journal ------------------------------------------------------


def header(
    mode: str,
    *,
    uid: str,
    set_id: str,
    set_title: str,
    player: str,
    started: float,
    asked: int,
    max_score: int,
    options: dict[str, object],
    version: str,
    day: str | None = None,
) -> dict[str, Any]:
    """The first line of a round's file, written as the round starts."""
    line: dict[str, Any] = {
        "mode": mode,
        "uid": uid,
        "set": set_id,
        "set_title": set_title,
        "player": player,
        "started": started,
        "asked": asked,
        "max_score": max_score,
        "options": options,
        "version": version,
    }
    if day is not None:
        line["day"] = day
    return line


def answer_line(record: AnswerRecord, time_limit: float | None, at: float) -> dict[str, Any]:
    """One graded answer as its journal line, with the rating it gives its card."""
    from quizcli.review import fingerprint, rating

    return {
        "answer": {
            "question": record.question.id,
            "kind": record.question.kind.value,
            "response": record.response.value,
            "verdict": record.verdict.mark.value,
            "fraction": record.verdict.fraction,
            "points": record.points.total,
            "base": record.points.base,
            "streak": record.streak,
            "elapsed": record.response.elapsed,
            "hint_taken": record.response.hint_taken,
            "prompt": record.question.prompt,
            "tags": list(record.question.tags),
            "fingerprint": fingerprint(record.question),
            "rating": int(rating(record, time_limit)),
        },
        "at": at,
    }


def end_line(result: GameResult) -> dict[str, Any]:
    """The last line: the round ended (finished or cut short) while the process lived."""
    return {"end": "abandoned" if result.abandoned else "finished", "finished": result.finished}


# --- reading them back ------------------------------------------------------------------


def from_lines(lines: list[dict[str, Any]], where: str) -> Entry | None:
    """The round a journal file's lines hold; None when no answer was journalled (nothing
    to keep). QuizError when the header is damaged (the file is then left alone)."""
    if not lines or lines[0].get("journal") is None:
        raise QuizError(f"{where} is not a quizcli journal file (no header)")
    head = lines[0]
    answers = [line["answer"] for line in lines[1:] if isinstance(line.get("answer"), dict)]
    if not answers:
        return None
    ends = [line for line in lines[1:] if "end" in line]
    try:
        started = float(head["started"])
        times = [float(line.get("at", started)) for line in lines[1:] if "answer" in line]
        finished = float(ends[-1]["finished"]) if ends else max([started, *times])
        asked = int(head["asked"])
        game = _game(
            head,
            answers,
            started=timestamp(started),
            finished=timestamp(finished),
            status="finished" if len(answers) >= asked else "abandoned",
            duration=max(0.0, finished - started),
        )
        reviews = tuple(
            Review(
                question_id=_text(answer["question"]),
                fingerprint=_text(answer["fingerprint"]),
                verdict=_text(answer["verdict"]),
                rating=int(answer["rating"]),
                elapsed=float(answer["elapsed"]),
            )
            for answer in answers
        )
        mode = _text(head["mode"])
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}")
        day = head.get("day")
        return Entry(mode, game, reviews, finished, _text(day) if day is not None else None)
    except (ValueError, KeyError, TypeError) as error:
        what = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise QuizError(f"{where} is not a quizcli journal file ({what})") from None


def _game(
    head: dict[str, Any],
    answers: list[dict[str, Any]],
    *,
    started: str,
    finished: str,
    status: str,
    duration: float,
) -> NewGame:
    """The game row of a round, from its header and answers (journal or rescue file)."""
    rows = tuple(
        NewAnswer(
            position=position,
            question_id=_text(answer["question"]),
            kind=_text(answer["kind"]),
            response=None
            if answer["response"] is None
            else json.dumps(answer["response"], ensure_ascii=False),
            verdict=_text(answer["verdict"]),
            fraction=float(answer["fraction"]),
            points=int(answer["points"]),
            elapsed=float(answer["elapsed"]),
            hint_taken=int(bool(answer["hint_taken"])),
            tags=json.dumps([_text(tag) for tag in answer.get("tags", [])], ensure_ascii=False),
            prompt=_text(answer.get("prompt", "")),
        )
        for position, answer in enumerate(answers, 1)
    )
    verdicts = [row.verdict for row in rows]
    options = head.get("options", {})
    if not isinstance(options, dict):
        raise ValueError("options is not an object")
    streaks = [int(answer.get("streak", 0)) for answer in answers]
    max_score = int(head["max_score"])
    if not max_score:  # a live player's own game learns each question's worth as it goes
        max_score = sum(int(answer.get("base", 0)) for answer in answers)
    return NewGame(
        uid=_text(head.get("uid") or head.get("id")),
        set_id=_text(head["set"]),
        set_title=_text(head["set_title"]),
        player=_text(head["player"]),
        started_at=started,
        finished_at=finished,
        status=status,
        score=sum(row.points for row in rows),
        max_score=max_score,
        asked=int(head["asked"]),
        answered=len(rows),
        right=verdicts.count("right"),
        partial=verdicts.count("partial"),
        wrong=verdicts.count("wrong"),
        skipped=verdicts.count("skipped"),
        timed_out=verdicts.count("timed_out"),
        best_streak=int(head["best_streak"]) if "best_streak" in head else max(streaks, default=0),
        duration=duration,
        options=json.dumps(options, ensure_ascii=False),
        version=_text(head.get("version", "")),
        accuracy=sum(row.fraction for row in rows) / len(rows) if rows else 0.0,
        answers=rows,
        # The host's journal of a remote player's game ("live"), not a player's own copy
        # ("join"): kept apart from the host's own profile, as when stored at the round's end.
        remote=int(head.get("mode") == "live"),
    )


def from_result(mode: str, result: GameResult, version: str, day: str | None = None) -> Entry:
    """A round just played, as the entry its journal file holds."""
    from quizcli.store.base import new_game

    limit = result.options.get("time_limit")
    time_limit = float(limit) if isinstance(limit, int | float) else None
    lines = [answer_line(record, time_limit, result.finished) for record in result.answers]
    return Entry(
        mode,
        new_game(result, version),
        tuple(
            Review(
                question_id=line["answer"]["question"],
                fingerprint=line["answer"]["fingerprint"],
                verdict=line["answer"]["verdict"],
                rating=line["answer"]["rating"],
                elapsed=line["answer"]["elapsed"],
            )
            for line in lines
        ),
        result.finished,
        day,
    )


# --- old rescue files ---------------------------------------------------------------------


def rescue_json(result: GameResult) -> dict[str, Any]:
    """A played round as a rescue file holds it (what ``quizcli rescue import`` reads): the
    last resort, printed when neither the journal nor the store could keep the round."""
    return {
        "id": result.uid,
        "set": result.set_id,
        "set_title": result.set_title,
        "player": result.player,
        "started_at": timestamp(result.started),
        "finished_at": timestamp(result.finished),
        "status": "abandoned" if result.abandoned else "finished",
        "score": result.score,
        "max_score": result.max_score,
        "asked": result.asked,
        "best_streak": result.best_streak,
        "accuracy": round(result.accuracy, 4),
        "options": result.options,
        "answers": [
            {
                "question": record.question.id,
                "kind": record.question.kind.value,
                "response": record.response.value,
                "verdict": record.verdict.mark.value,
                "fraction": record.verdict.fraction,
                "points": record.points.total,
                "elapsed": round(record.response.elapsed, 3),
                "hint_taken": record.response.hint_taken,
                "prompt": record.question.prompt,
                "tags": list(record.question.tags),
            }
            for record in result.answers
        ],
    }


RESCUE_PATTERN = "quizcli-rescue-*.json"


def rescue_files(folders: list[Path]) -> list[Path]:
    """The old rescue files in ``folders``, oldest first."""
    found: dict[Path, float] = {}
    for folder in folders:
        try:
            for path in folder.glob(RESCUE_PATTERN):
                found.setdefault(path, path.stat().st_mtime)
        except OSError:
            continue
    return sorted(found, key=lambda path: (found[path], str(path)))


def from_rescue_file(path: Path, version: str) -> NewGame:
    """The round in an old rescue file (written before the journal); QuizError when the
    file is not one. Its uid is the file's ``id`` (for the oldest files, a digest)."""
    import hashlib

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise QuizError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        started, finished = _text(data["started_at"]), _text(data["finished_at"])
        duration = (
            datetime.fromisoformat(finished) - datetime.fromisoformat(started)
        ).total_seconds()
        if data["status"] not in ("finished", "abandoned"):
            raise ValueError("status")
        uid = data.get("id") or "rescue-" + hashlib.sha256(raw).hexdigest()[:32]
        game = _game(
            {**data, "uid": uid, "version": data.get("version", version)},
            list(data["answers"]),
            started=started,
            finished=finished,
            status=data["status"],
            duration=max(0.0, duration),
        )
        return game._replace(score=int(data["score"]))
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        what = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise QuizError(f"{path} is not a quizcli rescue file ({what})") from None


def _text(value: object) -> str:
    """A string field (anything else makes the file invalid)."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value
