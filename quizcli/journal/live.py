"""A live game's journal on each side: the uid both sides give a player's game, and the
journal a player's own client (``quizcli join``) keeps of its answers and results.

A player's game gets the same uid from the host and from the player's own client (the
room's code, the set, the player's name, the number of questions and the UTC day), so the
game stored on both machines, or twice on one, is one game wherever it meets itself: in a
store, or on a shared server through ``sync``.
"""

from __future__ import annotations

import hashlib
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizcli.journal.round import RoundJournal
    from quizcli.model import AnswerRecord


def live_uid(code: str, set_id: str, player: str, questions: int, when: float) -> str:
    """The uid of ``player``'s game in room ``code`` (32 hex digits, as every game's)."""
    day = time.strftime("%Y-%m-%d", time.gmtime(when))
    key = "\x1f".join(["live", code, set_id, player, str(questions), day])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class PlayerJournal:
    """The journal a player's client keeps of its own game, from the host's results."""

    def __init__(self, code: str, name: str, welcome: dict[str, Any], version: str) -> None:
        self.code = code
        self.name = str(welcome.get("name") or name)  # as the host cleaned it
        found = welcome.get("set")
        room_set: dict[str, Any] = found if isinstance(found, dict) else {}
        self.set_id = str(room_set.get("id", "live"))
        self.set_title = str(room_set.get("title", "Live game"))
        self.questions = int(welcome.get("questions") or 0)
        limit = welcome.get("time_limit")
        self.time_limit = float(limit) if isinstance(limit, int | float) else None
        self.version = version
        self.journal: RoundJournal | None = None
        self.max_score = 0

    def result(self, message: dict[str, Any]) -> None:
        """Journal the player's answer that a ``result`` message reports (ignored when the
        message is not what this version reads: the host keeps the game all the same)."""
        record = _record(message)
        if record is None:
            return
        if self.journal is None:
            self.journal = self._begin()
        self.journal.answered(record)

    def _begin(self) -> RoundJournal:
        from quizcli.journal.entry import header
        from quizcli.journal.round import RoundJournal, home

        now = time.time()
        head = header(
            "join",
            uid=live_uid(self.code, self.set_id, self.name, self.questions, now),
            set_id=self.set_id,
            set_title=self.set_title,
            player=self.name,
            started=now,
            asked=self.questions,
            max_score=0,  # the questions' worth is learnt one by one (see Entry: join)
            options={"mode": "live", "room": self.code, "time_limit": self.time_limit},
            version=self.version,
        )
        head["home"] = home()
        return RoundJournal(head)


def _record(message: dict[str, Any]) -> AnswerRecord | None:
    """The player's answer in a ``result`` message, as the engine's record."""
    from quizcli.live.protocol import ProtocolError, question_from_payload
    from quizcli.model import AnswerRecord, Mark, Outcome, Points, Response, Verdict

    try:
        you = message["you"]
        question, _options = question_from_payload(message["question"], message.get("reveal"))
        given = you.get("given")
        breakdown = you.get("breakdown") or {}
        return AnswerRecord(
            question=question,
            response=Response(
                outcome=Outcome(you["outcome"]),
                value=tuple(given) if isinstance(given, list) else given,
                elapsed=float(you.get("elapsed", 0.0)),
            ),
            verdict=Verdict(Mark(you["mark"]), float(you["fraction"])),
            points=Points(base=int(breakdown.get("base", 0)), total=int(you["points"])),
            streak=int(you.get("streak", 0)),
        )
    except (KeyError, TypeError, ValueError, ProtocolError):
        return None
