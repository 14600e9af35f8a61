"""Live-game screens: what a player sees of the room, and the host's lobby and game view.

Messages from the network are data: every name, option and text shown goes through
``literal``/``visible``, and a message missing a field shows less, never a traceback.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from quizcli.game import Progress, View
from quizcli.live.protocol import ProtocolError, question_from_payload
from quizcli.model import (
    AnswerRecord,
    Mark,
    Outcome,
    Points,
    Presented,
    Response,
    Verdict,
)
from quizcli.party import Standing
from quizcli.ui.party import PartyScreen
from quizcli.ui.text import visible


def standings_of(rows: object) -> tuple[list[Standing], dict[str, int]]:
    """Wire standings rows -> Standing rows and the moves they carry."""
    standings: list[Standing] = []
    moved: dict[str, int] = {}
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        name = str(row.get("name", "?"))
        standings.append(
            Standing(
                int(row.get("place", 0)),
                name,
                int(row.get("score", 0)),
                float(row.get("time", 0.0)),
                bool(row.get("gone", False)),
            )
        )
        moved[name] = int(row.get("move", 0))
    return standings, moved


class PlayerScreens:
    """A player's view of the room, on the same views and screens as ``play``."""

    def __init__(self, screen: PartyScreen, view: View, name: str) -> None:
        self.screen = screen
        self.view = view
        self.name = name
        self.title = "Live game"
        self.score = 0
        self.streak = 0
        self.current: Presented | None = None

    def note(self, text: str) -> None:
        """One line."""
        self.screen.note(text)

    def welcome(self, message: Mapping[str, Any]) -> None:
        """Joined (or rejoined) the room."""
        set_info = message.get("set") or {}
        self.title = str(set_info.get("title", self.title))
        self.score = int(message.get("score", 0))
        self.streak = int(message.get("streak", 0))  # a rejoin keeps its streak
        again = "Rejoined" if message.get("rejoined") else "Joined"
        self.note(
            f"{again} the room as {visible(str(message.get('name', self.name)))}:"
            f" {visible(self.title)}, {message.get('questions', '?')} questions,"
            f" {message.get('time_limit', '?')} s each."
        )
        if message.get("state") == "lobby":
            self.note("Waiting for the host to start the game...")

    def players(self, message: Mapping[str, Any]) -> None:
        """Who is in the room (shown while waiting in the lobby)."""
        if self.current is not None:
            return
        entries = [p for p in message.get("players") or [] if isinstance(p, dict)]
        names = [
            visible(str(p.get("name", "?"))) + ("" if p.get("connected") else " (gone)")
            for p in entries
        ]
        count = message.get("count", len(entries))
        more = count - len(entries) if isinstance(count, int) and count > len(entries) else 0
        tail = f" and {more} more" if more else ""
        self.note(f"In the room ({count}): {', '.join(names)}{tail}")

    def question(self, message: Mapping[str, Any]) -> Presented | None:
        """Show a question; the Presented to ask, or None when it cannot be read."""
        try:
            question, options = question_from_payload(dict(message.get("question") or {}))
        except ProtocolError as error:
            self.note(f"Skipped a question: {error}")
            return None
        limit = float(message.get("time_limit", 0)) or None
        remaining = float(message.get("remaining", limit or 0))
        if limit:  # the host's clock decides: a rejoin mid-question has less than the limit
            limit = max(0.1, min(limit, remaining))
        presented = Presented(
            question=question,
            number=int(message.get("number", 0)),
            total=int(message.get("total", 0)),
            options=options,
            time_limit=limit,
            deadline=time.monotonic() + remaining if limit else None,
            hints=False,
        )
        self.current = presented
        self.view.show_question(presented, Progress(self.title, self.score, self.streak))
        return presented

    def result(self, message: Mapping[str, Any]) -> None:
        """The right answer, the counts as bars, your points and place, the top five."""
        you = message.get("you") or {}
        try:
            question, options = question_from_payload(
                dict(message.get("question") or {}), dict(message.get("reveal") or {})
            )
        except ProtocolError as error:
            self.note(f"Results unreadable: {error}")
            return
        given = you.get("given")
        response = Response(
            outcome=Outcome(you.get("outcome", "timed_out")),
            value=tuple(given) if isinstance(given, list) else given,
            elapsed=float(you.get("elapsed", 0.0)),
        )
        breakdown = you.get("breakdown") or {}
        points = Points(
            base=int(breakdown.get("base", 0)),
            fraction=float(breakdown.get("fraction", 0.0)),
            streak_bonus=float(breakdown.get("streak_bonus", 0.0)),
            speed_factor=float(breakdown.get("speed_factor", 1.0)),
            hint_factor=float(breakdown.get("hint_factor", 1.0)),
            total=int(you.get("points", 0)),
        )
        mark = Mark(you.get("mark", "timed_out"))
        self.streak = int(you.get("streak", 0))
        self.score = int(you.get("score", self.score))
        record = AnswerRecord(question, response, Verdict(mark, float(you.get("fraction", 0))),
                              points, self.streak)  # fmt: skip
        presented = Presented(question=question, number=int(message.get("number", 0)),
                              total=0, options=options)  # fmt: skip
        self.current = None
        self.view.show_feedback(record, presented, Progress(self.title, self.score, self.streak))
        counts = [c for c in message.get("counts") or [] if isinstance(c, dict)]
        self.screen.counts(
            [str(c.get("label", "")) for c in counts],
            [int(c.get("count", 0)) for c in counts],
            [str(c.get("label", "")) for c in counts if c.get("right")],
        )
        self.note(
            f"You: {points.total} points, {self.score} in all,"
            f" place {you.get('place', '?')} of {you.get('players', '?')}"
        )
        rows, moved = standings_of(message.get("top"))
        self.screen.standings(rows, moved, title="Top five", you=self.name)

    def end(self, message: Mapping[str, Any]) -> None:
        """The final standings, the podium third to first, and your own summary."""
        stopped = message.get("reason") == "stopped"
        rows, _ = standings_of(message.get("standings"))
        if stopped:
            self.note("The host ended the game. Standings so far:")
        self.screen.standings(rows, {}, title="Final standings", limit=10, you=self.name)
        self.screen.podium(rows)
        you = message.get("you") or {}
        self.note(
            f"Your game: {you.get('score', self.score)} points, place {you.get('place', '?')}"
            f" of {len(rows)}, {you.get('answered', '?')} questions played."
        )
