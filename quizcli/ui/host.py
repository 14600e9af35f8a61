"""The host's screen: the live lobby (Rich ``Live``), then each question, the answer
count, the bars and the standings, then the podium. Plain lines when not a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.live import Live

from quizcli.live.host import HostEvent
from quizcli.live.tally import rows
from quizcli.model import Presented
from quizcli.party import Standing
from quizcli.ui.live import lobby_table, standings_of
from quizcli.ui.party import PartyScreen, PlainPartyScreen, RichPartyScreen
from quizcli.ui.text import visible


class HostScreen:
    """Shows a room's events on ``console``."""

    def __init__(self, console: Console, code: str, address: str, *, interactive: bool) -> None:
        self.console = console
        self.code = code
        self.address = address
        self.interactive = interactive
        self.party: PartyScreen = (
            RichPartyScreen(console) if interactive else PlainPartyScreen(sys.stdout, sys.stdin)
        )
        self.live: Live | None = None
        self.players: list[dict[str, Any]] = []
        self.previous: list[Standing] = []

    def note(self, text: str) -> None:
        """One line (above the lobby while it is shown)."""
        if self.live is not None:
            self.live.console.print(visible(text), markup=False, highlight=False)
        else:
            self.party.note(text)

    @contextmanager
    def lobby(self) -> Iterator[None]:
        """The lobby, redrawn as players come and go."""
        self.note(f"Room open on {self.address}, join code {self.code}")
        self.note(f"Players join with: quizcli join {self.address} --code {self.code}")
        if not self.interactive:
            self.note("Press Enter to start the game; `remove NAME` removes a player.")
            yield
            return
        with Live(self._lobby(), console=self.console, refresh_per_second=4) as live:
            self.live = live
            try:
                yield
            finally:
                self.live = None

    def _lobby(self) -> Any:
        return lobby_table(self.code, self.address, self.players)

    def event(self, event: HostEvent) -> None:
        """Show one event from the room."""
        if event.kind == "lobby":
            self.players = list(event.data)
            if self.live is not None:
                self.live.update(self._lobby())
        elif event.kind in ("joined", "left", "removed", "notice"):
            self.note(event.text)
        elif event.kind == "question":
            presented: Presented = event.data
            self.note("")
            self.note(f"{event.text}: {presented.question.prompt}")
        elif event.kind == "answered" and not self.interactive:
            self.note(event.text)
        elif event.kind == "closed":
            counts, after = event.data
            self.party.counts(
                [c["label"] for c in counts],
                [c["count"] for c in counts],
                [c["label"] for c in counts if c["right"]],
            )
            standings, moved = standings_of(rows(after, self.previous))
            self.party.standings(standings, moved, title="Top five", limit=5)
            self.previous = list(after)
        elif event.kind == "over":
            self.note(event.text)
            standings, _ = standings_of(rows(event.data))
            self.party.standings(standings, {}, title="Final standings")
            self.party.podium(standings)
