"""A round that could not be saved is never lost silently: it goes to a rescue file.

The rescue file holds the round as JSON, in the data folder when it is writable, else in
the system's temporary folder; when no file can be written at all the caller prints the
JSON on stderr. ``quizcli rescue import`` reads one back into the store: the round's
unique id (``id``; for files from before it existed, a digest of the file) makes a second
import store nothing. A rescue file that cannot be written
whole (a full disk) is removed, not left behind empty or cut short.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizcli.decoding import storable
from quizcli.errors import QuizError
from quizcli.model import GameResult

if TYPE_CHECKING:
    from quizcli.store.base import NewGame

PATTERN = "quizcli-rescue-*.json"


def result_json(result: GameResult) -> dict[str, Any]:
    """A played round as plain data: the game and every answer."""
    from quizcli.store import timestamp

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


def write_rescue(result: GameResult, folders: list[Path]) -> Path | None:
    """Write the round to a new file in the first folder that takes it; None if none does.

    The file is flushed to the disk before it counts as written; one that fails on the way
    is removed, so a failed attempt leaves nothing in the folder.
    """
    text = storable(json.dumps(result_json(result), ensure_ascii=False, indent=2)) + "\n"
    for folder in [*folders, Path(tempfile.gettempdir())]:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix="quizcli-rescue-", suffix=".json", dir=folder)
        except OSError:
            continue
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            with suppress(OSError):
                os.unlink(name)
            continue
        return Path(name)
    return None


def rescue_folders(data_dir: Path) -> list[Path]:
    """Where rescue files are written: the data folder, then the temporary folder."""
    return [data_dir, Path(tempfile.gettempdir())]


def rescue_files(folders: list[Path]) -> list[Path]:
    """The rescue files in ``folders``, oldest first."""
    found: dict[Path, float] = {}
    for folder in folders:
        try:
            for path in folder.glob(PATTERN):
                found.setdefault(path, path.stat().st_mtime)
        except OSError:
            continue
    return sorted(found, key=lambda path: (found[path], str(path)))


def read_rescue(path: Path, version: str) -> NewGame:
    """The round in rescue file ``path``, as a store takes it; a QuizError when the file is
    not one (``version`` is used for files that do not name the quizcli that wrote them)."""
    import hashlib
    from datetime import datetime

    from quizcli.store.base import NewAnswer, NewGame

    try:
        raw = path.read_bytes()
    except OSError as error:
        raise QuizError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
        answers = tuple(
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
                tags=json.dumps([_text(tag) for tag in answer.get("tags", [])]),
                prompt=_text(answer.get("prompt", "")),
            )
            for position, answer in enumerate(data["answers"], 1)
        )
        verdicts = [answer.verdict for answer in answers]
        started, finished = _text(data["started_at"]), _text(data["finished_at"])
        duration = (
            datetime.fromisoformat(finished) - datetime.fromisoformat(started)
        ).total_seconds()
        uid = data.get("id") or "rescue-" + hashlib.sha256(raw).hexdigest()[:32]
        if data["status"] not in ("finished", "abandoned") or not isinstance(data["options"], dict):
            raise ValueError("status or options")
        return NewGame(
            uid=_text(uid),
            set_id=_text(data["set"]),
            set_title=_text(data["set_title"]),
            player=_text(data["player"]),
            started_at=started,
            finished_at=finished,
            status=data["status"],
            score=int(data["score"]),
            max_score=int(data["max_score"]),
            asked=int(data["asked"]),
            answered=len(answers),
            right=verdicts.count("right"),
            partial=verdicts.count("partial"),
            wrong=verdicts.count("wrong"),
            skipped=verdicts.count("skipped"),
            timed_out=verdicts.count("timed_out"),
            best_streak=int(data["best_streak"]),
            duration=max(0.0, duration),
            options=json.dumps(data["options"], ensure_ascii=False),
            version=_text(data.get("version", version)),
            accuracy=sum(a.fraction for a in answers) / len(answers) if answers else 0.0,
            answers=answers,
        )
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as error:
        what = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise QuizError(f"{path} is not a quizcli rescue file ({what})") from None


def _text(value: object) -> str:
    """A string field of a rescue file (anything else makes the file invalid)."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value
