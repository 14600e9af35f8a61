"""A round that could not be saved is never lost silently: it goes to a rescue file.

The rescue file holds the round as JSON, in the data folder when it is writable, else in
the system's temporary folder; when no file can be written at all the caller prints the
JSON on stderr. A rescue file that cannot be written whole (a full disk) is removed, not
left behind empty or cut short.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import suppress
from pathlib import Path
from typing import Any

from quizcli.decoding import storable
from quizcli.model import GameResult


def result_json(result: GameResult) -> dict[str, Any]:
    """A played round as plain data: the game and every answer."""
    from quizcli.store import timestamp

    return {
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
