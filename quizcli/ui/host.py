"""The host's screen: the lobby (a count, the newest names, the join code once), then each
question with a countdown and "N of M answered", the bars and the top five, then the
podium. Plain lines when not a terminal. Every redraw costs the same whatever the size of
the room: the room sends summaries (counts, the newest names, the top five), never every
player, and the screen draws only those."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console, Group
from rich.live import Live
from rich.text import Text

from quizcli.live.room import HostEvent
from quizcli.live.tally import rows
from quizcli.model import Presented
from quizcli.ui.live import standings_of
from quizcli.ui.party import PartyScreen, PlainPartyScreen, RichPartyScreen
from quizcli.ui.text import literal, visible

FINAL_ROWS = 10  # rows of the final standings shown (the podium follows)
PLAIN_ANSWERED_EVERY = 1.0  # seconds between "N of M answered" lines when not a terminal


class _Lobby:
    """The lobby's live region: a few lines, whatever the number of players."""

    def __init__(self, code: str, address: str) -> None:
        self.code, self.address = code, address
        self.count = self.connected = self.wrong = 0
        self.newest: list[str] = []

    def __rich__(self) -> Group:
        head = Text.assemble(
            ("Join code ", "bold"), (self.code, "bold yellow"), "   ", ("quizcli join ", "dim"),
            literal(self.address), (f" --code {self.code}", "dim"),
        )  # fmt: skip
        count = Text.assemble(
            (f"{self.count} player{'s' if self.count != 1 else ''}", "bold"),
            f" in the room, {self.connected} connected",
            (f" · {self.wrong} wrong codes" if self.wrong else "", "dim"),
        )
        newest = Text("Newest: ", style="dim")
        for index, name in enumerate(reversed(self.newest)):
            newest.append(", " if index else "")
            newest.append_text(literal(name))
        foot = Text(
            "Enter starts the game · type `remove NAME` and Enter to remove a player",
            style="dim",
        )
        return Group(head, count, newest if self.newest else Text(""), foot)


class _Status:
    """The open question's line: seconds left and how many have answered."""

    def __init__(self, number: int, total: int, limit: float, expected: int) -> None:
        self.number, self.total = number, total
        self.deadline = time.monotonic() + limit
        self.answered, self.expected = 0, expected

    def __rich__(self) -> Text:
        left = max(0, round(self.deadline - time.monotonic()))
        return Text.assemble(
            (f"Question {self.number} of {self.total}", "bold"),
            f" · {left} s left · ",
            (f"{self.answered} of {self.expected} answered", "bold cyan"),
        )


class HostScreen:
    """Shows a room's events on ``console``."""

    def __init__(
        self,
        console: Console,
        code: str,
        address: str,
        *,
        interactive: bool,
        url: str | None = None,
        loopback: bool = True,
    ) -> None:
        self.console = console
        self.url = url  # the browser players' join address, drawn as a QR code too
        self.loopback = loopback
        self.code = code
        self.address = address
        self.interactive = interactive
        self.party: PartyScreen = (
            RichPartyScreen(console) if interactive else PlainPartyScreen(sys.stdout, sys.stdin)
        )
        self.live: Live | None = None
        self.board = _Lobby(code, address)
        self.status: _Status | None = None
        self._status_live: Live | None = None
        self.said_at = 0.0

    def note(self, text: str) -> None:
        """One line (above the live region while one is shown)."""
        if self.live is not None:
            self.live.console.print(visible(text), markup=False, highlight=False)
        else:
            self.party.note(text)

    def echo(self, line: str) -> None:
        """A command the host typed, shown back (a live region hides the terminal's echo)."""
        self.note(f"> {line}")

    @contextmanager
    def lobby(self) -> Iterator[None]:
        """The lobby, redrawn as players come and go."""
        self.note(f"Room open on {self.address}, join code {self.code}")
        self.note(f"Players join with: quizcli join {self.address} --code {self.code}")
        if self.url is not None:
            self.note(f"or from a phone or a browser: {self.url}")
            if self.loopback:
                self.note(
                    "Note: the room listens on 127.0.0.1, so only this computer can join;"
                    " start it with --bind and this computer's network address for phones."
                )
            if self.interactive:
                from quizcli.ui.qr import qr_text

                self.console.print(qr_text(self.url))
        if not self.interactive:
            self.note("Press Enter to start the game; `remove NAME` removes a player.")
            yield
            return
        with self._live(self.board):
            yield

    @contextmanager
    def _live(self, renderable: Any) -> Iterator[None]:
        with Live(renderable, console=self.console, refresh_per_second=4) as live:
            self.live = live
            try:
                yield
            finally:
                self.live = None

    def event(self, event: HostEvent) -> None:
        """Show one event from the room."""
        if event.kind == "lobby":
            summary = event.data
            self.board.count, self.board.connected = summary["count"], summary["connected"]
            self.board.newest, self.board.wrong = summary["newest"], summary["wrong_codes"]
        elif event.kind in ("joined", "left", "removed", "notice"):
            self.note(event.text)
        elif event.kind == "question":
            presented: Presented
            presented, limit, expected = event.data
            self.note("")
            self.note(f"{event.text}: {presented.question.prompt}")
            self.status = _Status(presented.number, presented.total, limit, expected)
            if self.interactive:
                self._start_status()
        elif event.kind == "answered":
            took, expected = event.data
            if self.status is not None:
                self.status.answered, self.status.expected = took, expected
            now = time.monotonic()
            if not self.interactive and (took >= expected or now >= self.said_at + 1):
                self.said_at = now
                self.note(event.text)
        elif event.kind == "closed":
            self._stop_status()
            counts, top, _players, _took = event.data
            self.note(event.text)
            self.party.counts(
                [c["label"] for c in counts],
                [c["count"] for c in counts],
                [c["label"] for c in counts if c["right"]],
            )
            standings, moved = standings_of(top)
            self.party.standings(standings, moved, title="Top five", limit=5)
        elif event.kind == "over":
            self._stop_status()
            self.note(event.text)
            standings, _ = standings_of(rows(event.data[:FINAL_ROWS]))
            self.party.standings(standings, {}, title="Final standings")
            if len(event.data) > FINAL_ROWS:
                self.note(f"... and {len(event.data) - FINAL_ROWS} more")
            self.party.podium(standings)

    def _start_status(self) -> None:
        self._stop_status()
        self._status_live = Live(self.status, console=self.console, refresh_per_second=4,
                                 transient=True)  # fmt: skip
        self._status_live.start()
        self.live = self._status_live

    def _stop_status(self) -> None:
        live = self._status_live
        if live is not None:
            live.stop()
            self._status_live = None
            self.live = None
