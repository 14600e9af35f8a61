"""The live host: the authoritative game behind a room (docs/protocol.md).

It picks the questions (the engine's picker, through :class:`~quizcli.game.Round`), keeps
the clock, grades and scores every answer (through :class:`~quizcli.party.Party`), and
tells each client only what it may know: a question's answer leaves the host only after
the question has closed, and scores and places stay as they were at the last close until
the next one. Answers arriving after the close are refused whatever they say. Each seat
has a secret, issued in ``welcome`` and needed to rejoin it; names that look alike (NFKC,
case, TS #39 confusables) are one seat. No terminal and no database: the command shows
:class:`HostEvent` s and stores the games. What the room says about its players (the
checks on a hello, the ``welcome``, the ``players`` list) is built by
:mod:`quizcli.live.lobby`. ``websockets`` is imported only when a room opens (by
``quizcli.live.server``, which this module imports only then).
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from quizcli.errors import QuizError
from quizcli.game import Round
from quizcli.live import protocol as wire
from quizcli.live.guard import CodeBrake
from quizcli.live.lobby import Shown, players_update, read_hello, welcome
from quizcli.live.names import seat_key
from quizcli.live.room import HostEvent, Reply, broadcast, refuse, send_text
from quizcli.live.room import error as error_message
from quizcli.live.room import send as _send
from quizcli.live.seating import SeatRefused, Seats
from quizcli.live.tally import closing, reveal_for, tally
from quizcli.live.tally import rows as rows_of
from quizcli.model import Outcome, Presented, Response, RoundEnd
from quizcli.party import Party, Standing, rank
from quizcli.players import PlayerNameError

if TYPE_CHECKING:
    import ssl

    from websockets.asyncio.server import Server, ServerConnection

__all__ = ["HostEvent", "LiveHost", "Reply", "Shown"]

DEFAULT_PAUSE = 5.0  # seconds between a question's results and the next question
LOBBY_EVERY = 0.5  # seconds: the list of players is sent at most this often


class LiveHost:
    """One room: its code, its players, and the game they play."""

    def __init__(
        self,
        game: Round,
        *,
        code: str | None = None,
        bind: str = "127.0.0.1",
        port: int = 0,
        max_players: int = 50,
        pause: float = DEFAULT_PAUSE,
        hello_timeout: float = wire.HELLO_TIMEOUT,
        events: Callable[[HostEvent], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        if not game.options.time_limit:
            raise QuizError("a live game needs a time limit per question")
        self.game = game
        self.limit: float = game.options.time_limit
        self.code = code or f"{secrets.randbelow(10**wire.CODE_LENGTH):0{wire.CODE_LENGTH}d}"
        self.bind, self.port = bind, port
        self.tls = tls  # serve https and wss with this context, plain http without
        self.max_players = max_players
        self.pause = pause
        self.hello_timeout = hello_timeout
        self.events = events or (lambda event: None)
        self.clock = clock
        self.party = Party(game, [])
        self.conns: dict[str, ServerConnection] = {}
        self.seats = Seats()
        self.shown: dict[str, Shown] = {}  # frozen at each close (and empty in the lobby)
        self.before: list[Standing] = []  # the standings when the open question opened
        self.wrong_codes = 0
        self.brake = CodeBrake()
        self.state = "lobby"  # then "playing", then "over"
        self.number = 0  # the question open or last closed
        self.current: Presented | None = None
        self.closes_at = 0.0
        self.opened_at = 0.0
        self.answered: dict[str, Response] = {}
        self.ending = RoundEnd.COMPLETED
        self._lobby_due = False
        self._start = asyncio.Event()
        self._all_in = asyncio.Event()
        self._server: Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[None] | None = None

    # --- running ------------------------------------------------------------------

    async def open(self) -> int:
        """Start listening; return the port (a free one when asked for port 0)."""
        from quizcli.live.server import listen  # the one way between these two modules

        seat_key("warm-up")  # load the confusables table now, not during someone's hello

        self._loop = asyncio.get_running_loop()
        self._server = await listen(self)
        self.port = next(iter(self._server.sockets)).getsockname()[1]
        return self.port

    async def run(self, ready: Callable[[LiveHost], None] | None = None) -> None:
        """Open the room, play the game once started, end it for everyone, close."""
        await self.open()
        if ready is not None:
            ready(self)
        try:
            self._task = asyncio.current_task()
            await self.play()
        except asyncio.CancelledError:
            self.ending = RoundEnd.INTERRUPTED
        finally:
            self._finish()
            await self.close()

    async def play(self) -> None:
        """Wait for the start, then ask every question and send the final standings."""
        await self._start.wait()
        self.state = "playing"
        self.events(HostEvent("notice", f"Game on: {len(self.party.players)} players"))
        total = len(self.game.questions)
        for number in range(1, total + 1):
            await self.ask(number)
            if number < total and self.pause > 0:
                await asyncio.sleep(self.pause)

    async def close(self) -> None:
        """Stop listening and close every connection."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def start_game(self) -> None:
        """Start the game (safe from another thread)."""
        self._call(self._start.set)

    def stop(self) -> None:
        """End the game now for everyone, as abandoned (safe from another thread)."""
        self._call(self._cancel)

    def remove(self, name: str) -> None:
        """Remove a player from the room (safe from another thread)."""
        self._call(lambda: self._remove(name))

    def _call(self, action: Callable[[], None]) -> None:
        if self._loop is not None and self._loop.is_running():
            self._loop.call_soon_threadsafe(action)
        else:
            action()

    def _cancel(self) -> None:
        self.ending = RoundEnd.INTERRUPTED
        if self._task is not None:
            self._task.cancel()

    # --- the game -----------------------------------------------------------------

    async def ask(self, number: int) -> None:
        """Open question ``number``, wait for every answer or the bell, then close it."""
        presented = self.party.present(number)
        self.before = self.standings()  # moves are counted against these
        self.number, self.current, self.answered = number, presented, {}
        self.opened_at = self.clock()
        self.closes_at = self.opened_at + self.limit
        self._all_in.clear()
        self._broadcast(self._question_message())
        self.events(HostEvent("question", f"Question {number} of {presented.total}",
                              (presented, self.limit, len(self.conns))))  # fmt: skip
        try:
            await asyncio.wait_for(self._all_in.wait(), max(0.0, self.closes_at - self.clock()))
        except TimeoutError:
            pass
        self._close_question()

    def _question_message(self) -> dict[str, Any]:
        assert self.current is not None
        return {
            "type": "question",
            "number": self.current.number,
            "total": self.current.total,
            "time_limit": self.limit,
            "remaining": round(max(0.0, self.closes_at - self.clock()), 3),
            "question": wire.question_payload(self.current),
        }

    def _close_question(self) -> None:
        presented = self.current
        assert presented is not None
        self.current = None
        for name in self.party.players:
            if name not in self.answered:
                missed = Response(outcome=Outcome.TIMED_OUT, elapsed=self.limit)
                self.party.answer(name, presented, missed)
        self.shown = {
            name: Shown(player.score, player.streak, len(player.records))
            for name, player in self.party.players.items()
        }
        after = self.standings()
        counts = tally(presented, [p.records[-1] for p in self.party.players.values()])
        shared = closing(presented, counts, self.before, after)
        for name, conn in list(self.conns.items()):
            _send(conn, reveal_for(presented.number, self.party.players[name], shared))
        took = len(self.answered)
        self.events(HostEvent(
            "closed", f"Question {presented.number} closed: {took} of {len(after)} answered",
            (counts, shared.top, len(after), took),
        ))  # fmt: skip

    def _finish(self) -> None:
        """Send everyone the final standings (the standings so far when stopped)."""
        if self.state == "over":
            return
        self.state = "over"
        rows = self.standings()
        reason = "finished" if self.ending is RoundEnd.COMPLETED else "stopped"
        places = {row.name: row.place for row in rows}
        # The standings are the same for all: encoded once, whatever the room's size.
        head = wire.encode({"type": "end", "reason": reason, "standings": rows_of(rows)})[:-1]
        for name, conn in list(self.conns.items()):
            player = self.party.players[name]
            you = {"score": player.score, "answered": len(player.records),
                   "place": places.get(name)}  # fmt: skip
            send_text(conn, f'{head},"you":{wire.encode(you)}}}')
        self.events(HostEvent("over", f"Game {reason}", rows))

    def standings(self) -> list[Standing]:
        """Every player but the removed ones, best first (score, then least time)."""
        removed = self.seats.removed
        if not removed:
            return rank(self.party.players.values())
        return rank(p for p in self.party.players.values() if p.name not in removed)

    # --- connections ----------------------------------------------------------------

    def admit(self, address: str, raw: str | bytes) -> str | Reply:
        """Check a hello: the cleaned player name, or the error reply that refuses it."""
        hello = read_hello(raw)
        if not isinstance(hello, wire.Hello):
            return hello
        if not secrets.compare_digest(hello.code.encode(), self.code.encode()):
            self.brake.failed(address)
            self.wrong_codes += 1
            return _refuse("bad_code", "wrong code for this room")
        closed = None
        if self.state != "lobby":
            closed = "started: the game has started; only its players can rejoin"
        elif len(self.party.players) >= self.max_players:
            closed = f"full: the room is full ({self.max_players} players)"
        try:
            return self.seats.claim(hello.name, hello.secret, open_for_new=closed)
        except PlayerNameError as error:
            return _refuse("bad_name", str(error))
        except SeatRefused as refused:
            return _refuse(refused.code, str(refused))

    def enter(self, name: str, conn: ServerConnection) -> None:
        """Seat the admitted player ``name`` (new or rejoining) on connection ``conn``; a
        connection still holding the seat is closed (its player rejoined elsewhere)."""
        rejoined = name in self.party.players
        player = self.party.add(name)
        player.back()
        old = self.conns.get(name)
        if old is not None and old is not conn:
            asyncio.ensure_future(old.close(1000, "rejoined elsewhere"))
        self.conns[name] = conn
        _send(conn, welcome(
            name, self.seats.secret(name), rejoined=rejoined, qset=self.game.qset,
            questions=len(self.game.questions), time_limit=self.limit,
            shown=self.shown.get(name, Shown()), state=self.state,
        ))  # fmt: skip
        self._lobby()
        self.events(HostEvent("joined", f"{name} {'rejoined' if rejoined else 'joined'}", name))
        if self.current is not None and name not in self.answered:
            _send(conn, self._question_message())

    def receive(self, name: str, raw: str | bytes) -> Reply:
        """Handle one message from the admitted player ``name``: never raises."""
        try:
            message = wire.parse_client(raw)
        except wire.ProtocolError as error:
            return Reply((_error(error.code, str(error)),))
        if isinstance(message, wire.Leave):
            self.gone(name, "left")
            return Reply(close=1000)
        if isinstance(message, wire.Hello):
            return Reply((_error("bad_message", "already joined"),))
        return Reply((self._answer(name, message),))

    def _answer(self, name: str, answer: wire.Answer) -> dict[str, Any]:
        number, current = answer.question, self.current
        refused = {"type": "refused", "question": number}
        if current is None or number != self.number or self.clock() > self.closes_at:
            return {**refused, "reason": "closed", "message": "this question is closed"}
        if name in self.answered:
            return {**refused, "reason": "answered", "message": "already answered"}
        try:
            value = wire.answer_value(current, answer.value)
        except wire.ProtocolError as error:
            return {**refused, "reason": "bad_answer", "message": str(error)}
        elapsed = self.clock() - self.opened_at
        if value is None:
            response = Response(outcome=Outcome.SKIPPED, elapsed=elapsed)
        else:
            response = Response(outcome=Outcome.ANSWERED, value=value, elapsed=elapsed)
        self.answered[name] = response
        self.party.answer(name, current, response)
        took, expected = len(self.answered), max(len(self.conns), len(self.answered))
        self.events(HostEvent("answered", f"{took} of {expected} answered", (took, expected)))
        self._check_all_in()
        return {"type": "answered", "question": number}

    def _check_all_in(self) -> None:
        if not self.conns or len(self.answered) < len(self.conns):
            return  # cheap: most answers arrive while others are still thinking
        if all(name in self.answered for name in self.conns):
            self._all_in.set()

    def gone(self, name: str, how: str) -> None:
        """``name`` has left, dropped or been removed: shown as gone, their game kept."""
        self.conns.pop(name, None)
        player = self.party.players.get(name)
        if player is not None:
            player.leave()
            if self.state == "lobby":  # nothing played yet: nothing to keep, seat free
                del self.party.players[name]
                self.seats.free(name)
        self._lobby()
        self.events(HostEvent(how, f"{name} {how}", name))
        if self.current is not None:
            self._check_all_in()

    def _remove(self, typed: str) -> None:
        name = self.seats.find(typed)
        if name is None or name not in self.party.players:
            self.events(HostEvent("notice", f"no player named {typed}"))
            return
        self.seats.ban(name)
        conn = self.conns.get(name)
        self.gone(name, "removed")
        if conn is not None:
            _send(conn, {"type": "removed", "message": "the host removed you from the game"})
            asyncio.ensure_future(conn.close(1000, "removed"))

    def _lobby(self) -> None:
        """Tell everyone who is in the room: at most every LOBBY_EVERY seconds, so that
        hundreds of players joining at once cost a few lists, not one per join each."""
        if self._lobby_due:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._send_lobby()
            return
        self._lobby_due = True
        loop.call_later(LOBBY_EVERY, self._send_lobby)

    def _send_lobby(self) -> None:
        """The ``players`` message and the host's lobby event (see
        :func:`~quizcli.live.lobby.players_update`)."""
        self._lobby_due = False
        message, summary = players_update(
            self.party.players, self.seats.removed, self.conns, self.shown, self.wrong_codes
        )
        self._broadcast(message)
        text = f"{summary['count']} players, {summary['connected']} connected"
        self.events(HostEvent("lobby", text, summary))

    def _broadcast(self, message: dict[str, Any]) -> None:
        """The same bytes to every connected player (the library's broadcast: no waiting)."""
        broadcast(self.conns.values(), message)


_error = error_message
_refuse = refuse
