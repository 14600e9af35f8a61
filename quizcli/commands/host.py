"""``quizcli host [SET]``: open a live room, run the game, store every player's game.

The room listens on 127.0.0.1 unless ``--bind`` says otherwise (then one line warns that
anyone who can reach it and knows the code can join). The lobby lists players live; Enter
starts the game; ``remove NAME`` removes a player at any time. The host's own screen shows
each question, the answer count, the bars and the standings. Ctrl-C ends the game for
everyone with the standings so far, stores every game as abandoned, and exits 130.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from quizcli.commands.options import BankOption
from quizcli.kinds import Difficulty, Kind

if TYPE_CHECKING:
    import queue
    import threading

    from quizcli.live.host import HostEvent, LiveHost
    from quizcli.model import AnswerRecord
    from quizcli.party import PlayerState
    from quizcli.ui.party import PartyScreen

EXIT_INTERRUPTED = 130
STOP_SECONDS = 10.0  # how long a Ctrl-C waits for the room to close before storing anyway
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def host(
    set_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[SET]",
            help="The set to play (see `quizcli list`); left out: the --bank file's set.",
        ),
    ] = None,
    count: Annotated[int, typer.Option("--count", "-n", min=1, help="How many questions.")] = 10,
    seed: Annotated[int | None, typer.Option(help="Same seed, same questions.")] = None,
    tag: Annotated[
        list[str] | None, typer.Option("--tag", "-t", help="Only questions with this tag.")
    ] = None,
    kind: Annotated[list[Kind] | None, typer.Option("--kind", "-k", help="Only this kind.")] = None,
    difficulty: Annotated[
        list[Difficulty] | None, typer.Option("--difficulty", "-d", help="Only this difficulty.")
    ] = None,
    time_limit: Annotated[
        float,
        typer.Option(
            "--time-limit",
            min=3,
            max=600,
            metavar="SECONDS",
            help="Seconds per question; a faster answer keeps more points.",
        ),
    ] = 20.0,  # fmt: skip
    bind: Annotated[
        str, typer.Option(help="Address to listen on; other than 127.0.0.1 is opt-in.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free one).")] = 8765,
    max_players: Annotated[int, typer.Option(min=1, max=1000, help="Players at most.")] = 50,
    tls_cert: Annotated[
        Path | None,
        typer.Option(
            "--tls-cert",
            metavar="CERT",
            help="PEM certificate: serve https and wss (with --tls-key).",
        ),
    ] = None,
    tls_key: Annotated[
        Path | None,
        typer.Option("--tls-key", metavar="KEY", help="PEM private key of --tls-cert."),
    ] = None,
    banks: BankOption = None,
) -> None:
    """Host a live game: players join from a browser or with `quizcli join`.

    Shows the address, a 6-digit join code, the join URL for phones
    (http://HOST:PORT/?code=123456) and its QR code, then the lobby; Enter starts the
    game. A phone scans the code and plays in its browser; a terminal plays with
    `quizcli join`; both share one clock and one scoreboard. Use --bind with this
    computer's network address so that phones can reach it. Every player's game is
    stored here under their name. Ctrl-C ends the game for all.
    Example: quizcli host paris2024 --bind 192.168.1.20 --count 8 --time-limit 15
    """
    from quizcli.commands.options import open_catalog
    from quizcli.errors import BankError, QuizError
    from quizcli.game import Round, RoundOptions
    from quizcli.live.host import LiveHost

    if (tls_cert is None) != (tls_key is None):
        raise typer.BadParameter("give both --tls-cert and --tls-key", param_hint="--tls-cert")
    tls = None
    if tls_cert is not None and tls_key is not None:
        from quizcli.live.web import tls_context

        tls = tls_context(tls_cert, tls_key)
    if time_limit != time_limit:
        raise typer.BadParameter("must be a number of seconds, not nan", param_hint="--time-limit")
    catalog = open_catalog(banks)
    if catalog.named_failed:
        raise BankError(catalog.named_problems())
    ids = catalog.offered()
    if set_id is None and len(ids) != 1:
        raise QuizError(f"name the set to play: quizcli host SET (sets: {', '.join(ids)})")
    options = RoundOptions(
        count=count, seed=seed, tags=tuple(tag or ()), kinds=tuple(kind or ()),
        difficulties=tuple(difficulty or ()), time_limit=time_limit, hints=False,
        player="host",
    )  # fmt: skip
    game = Round.start(catalog.get(set_id or ids[0]), options)
    _check_input()
    from quizcli.commands.rounds import say_if_short

    say_if_short(game)
    import queue

    events: queue.Queue[HostEvent] = queue.Queue()
    room = LiveHost(game, bind=bind, port=port, max_players=max_players, events=events.put, tls=tls)
    keeper = _Keeper(room)
    code = _run(room, events, keeper, loopback=bind in LOOPBACK)
    if code:
        raise typer.Exit(code)


def _run(
    room: LiveHost, events: queue.Queue[HostEvent], keeper: _Keeper, *, loopback: bool
) -> int | None:
    """Serve the room in a thread while this one shows it and reads the host's commands."""
    import asyncio
    import queue
    import threading

    from quizcli.errors import QuizError
    from quizcli.ui.text import console

    ready = threading.Event()
    failure: list[BaseException] = []

    def serve() -> None:
        try:
            asyncio.run(room.run(lambda _: ready.set()))
        except BaseException as error:  # noqa: BLE001 (reported by the main thread)
            failure.append(error)
        finally:
            ready.set()

    thread = threading.Thread(target=serve, name="quizcli-host", daemon=True)
    thread.start()
    ready.wait()
    if failure:
        error = failure[0]
        reason = getattr(error, "strerror", None) or str(error)
        raise QuizError(f"cannot open the room on {room.bind}:{room.port}: {reason}")
    out, err = console(), console(stderr=True)
    if not loopback:
        err.print(
            f"Warning: listening on {room.bind}: anyone who can reach this address and knows"
            " the code can join.",
            soft_wrap=True,
        )
    shown_host = f"[{room.bind}]" if ":" in room.bind else room.bind
    address = f"{shown_host}:{room.port}"
    commands: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_read_lines, args=(commands,), daemon=True).start()
    from quizcli.live.web import join_url, reachable_address
    from quizcli.ui.host import HostScreen

    url = join_url(reachable_address(room.bind), room.port, room.code, secure=room.tls is not None)
    screen = HostScreen(
        out, room.code, address, interactive=out.is_terminal, url=url, loopback=loopback
    )
    interrupted = False
    received = _stop_on_termination()
    try:
        try:
            _lobby(room, events, commands, screen)
        except _NobodyToPlay:
            room.stop()
            thread.join(10)
            raise QuizError("input ended before any player joined: nothing to play") from None
        while thread.is_alive():
            _drain(events, screen, keeper, timeout=0.2)
            _commands(room, commands, screen, started=True)
        _drain(events, screen, keeper, timeout=0)
    except KeyboardInterrupt:
        interrupted = True
        try:
            stopped = _stop(room, thread)
            if stopped:
                _drain(events, screen, keeper, timeout=0)
        except KeyboardInterrupt:  # the second came before _stop could hold it
            stopped = False
        if not stopped:  # a second Ctrl-C while the room closed: out now, the journal keeps
            import signal  # every game for the next command

            keeper.interrupted = signal.SIGINT
    try:
        code = keeper.store(screen, interrupted)
    except KeyboardInterrupt:  # while a line was drawn: the games are in the journal
        code = EXIT_INTERRUPTED
    return 128 + received[0] if received and code else code


class _NobodyToPlay(Exception):
    """The host's input ended in the lobby with nobody in the room."""


def _check_input() -> None:
    """The host types its commands (Enter starts the game): with nothing to read from
    (``< /dev/null``, an empty file) the game would play to nobody, so say so and stop."""
    import os
    import stat

    from quizcli.errors import QuizError

    try:
        if sys.stdin is None or sys.stdin.isatty():
            return
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError):
        return
    empty_file = stat.S_ISREG(mode) and os.fstat(sys.stdin.fileno()).st_size == 0
    if stat.S_ISCHR(mode) or empty_file:  # /dev/null, or a file with no line in it
        raise QuizError(
            "quizcli host reads its commands (Enter starts the game) from a terminal or a"
            " pipe, and standard input is empty"
        )


def _stop(room: LiveHost, thread: threading.Thread) -> bool:
    """End the game for everyone and wait for the room to close (STOP_SECONDS at most);
    False when another Ctrl-C came meanwhile."""
    import signal
    import time

    again: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: again.append(signum))
    try:
        room.stop()
        deadline = time.monotonic() + STOP_SECONDS  # a player's connection may be slow to close
        while thread.is_alive() and not again and time.monotonic() < deadline:
            thread.join(0.1)
    finally:
        signal.signal(signal.SIGINT, previous)
    return not again


def _stop_on_termination() -> list[int]:
    """SIGTERM and SIGHUP (the terminal closed) end the game as Ctrl-C does: the players
    get the standings and every game is stored. The list fills with the signal's number."""
    import signal

    received: list[int] = []

    def interrupt(signum: int, frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), interrupt)
    return received


def _read_lines(commands: queue.Queue[str | None]) -> None:
    """Every line the host types, for the main thread; None when input ends."""
    for line in sys.stdin:
        commands.put(line.strip())
    commands.put(None)


def _lobby(
    room: LiveHost,
    events: queue.Queue[HostEvent],
    commands: queue.Queue[str | None],
    screen: Any,
) -> None:
    """The lobby until the host presses Enter with at least one player in the room."""
    with screen.lobby():
        while True:
            _drain(events, screen, timeout=0.2)
            if _commands(room, commands, screen, started=False):
                return


def _commands(
    room: LiveHost, commands: queue.Queue[str | None], screen: Any, *, started: bool
) -> bool:
    """Act on typed lines; True when the game should start."""
    import queue

    while True:
        try:
            line = commands.get_nowait()
        except queue.Empty:
            return False
        if line is None:
            if not started:
                if not room.party.players:
                    raise _NobodyToPlay
                screen.note("Input ended: starting the game.")
                room.start_game()
                return True
            continue
        if line:
            screen.echo(line)
        if line.casefold().startswith(("remove ", "kick ")):
            room.remove(line.split(" ", 1)[1].strip())
        elif line == "" and not started:
            if not room.party.players:
                screen.note("No player has joined yet.")
                continue
            room.start_game()
            return True
        elif line:
            screen.note("Commands: Enter (start), remove NAME")


def _drain(
    events: queue.Queue[HostEvent], screen: Any, keeper: _Keeper | None = None, *, timeout: float
) -> None:
    """Show every event waiting (waiting up to ``timeout`` for the first). Every player's
    game is stored before the final standings are drawn."""
    import queue

    try:
        event = events.get(timeout=timeout) if timeout else events.get_nowait()
    except queue.Empty:
        return
    while True:
        if event.kind == "over" and keeper is not None:
            keeper.store(screen, interrupted=False)
        screen.event(event)
        try:
            event = events.get_nowait()
        except queue.Empty:
            return


class _Keeper:
    """Every player's game: journalled answer by answer as the room grades them, stored
    once (before the podium is drawn), each from its journal."""

    def __init__(self, room: LiveHost) -> None:
        from quizcli.journal.round import RoundJournal

        self.room = room
        self.extra: dict[str, object] = {"mode": "live", "room": room.code}
        self.journals: dict[str, RoundJournal] = {}
        self.code: int | None = None
        self.done = False
        self.interrupted: int | None = None
        room.party.on_answer = self._answered

    def _answered(self, player: PlayerState, record: AnswerRecord) -> None:
        """In the room's thread: journal the answer (a player gone for good keeps none)."""
        import time

        from quizcli import __version__
        from quizcli.journal.round import RoundJournal

        if player.gone:
            return
        journal = self.journals.get(player.name)
        if journal is None:
            from quizcli.journal.live import live_uid

            game = self.room.game
            player.uid = live_uid(  # the uid the player's own client gives the game too
                self.room.code, game.qset.id, player.name, len(game.questions), time.time()
            )
            journal = self.journals[player.name] = RoundJournal.for_round(
                "live", self.room.game, __version__, player=player.name, uid=player.uid,
                extra=self.extra,
            )  # fmt: skip
        journal.answered(record)

    def store(self, screen: PartyScreen | Any, interrupted: bool) -> int | None:
        """Store every player's game under their name (once); the exit code."""
        from quizcli.commands.saving import save_round
        from quizcli.model import RoundEnd

        if self.done:
            return self.code
        self.done = True
        end = RoundEnd.INTERRUPTED if interrupted else self.room.ending
        self.code = EXIT_INTERRUPTED if interrupted or end is RoundEnd.INTERRUPTED else None
        if self.room.number == 0:  # stopped in the lobby: no question, nothing to store
            return self.code
        results = self.room.party.results(end=end, extra=self.extra)
        if self.interrupted is not None:
            self._kept(screen, len(results))
            return self.code
        problems: list[str] = []
        stored = 0
        for result in results:
            saved = save_round(result, self.journals.get(result.player), "live")
            if saved.interrupted is not None:
                self.interrupted = saved.interrupted
                self._kept(screen, len(results) - stored)
                return self.code
            if saved.problem is None or saved.kept_locally:
                stored += 1
            else:
                problems.append(saved.problem)
        screen.note(f"Stored {stored} of {len(results)} players' games.")
        for problem in problems:
            screen.note(f"Warning: a game is not stored yet: {problem} (the journal keeps it)")
        return self.code

    def _kept(self, screen: PartyScreen | Any, count: int) -> None:
        for journal in self.journals.values():
            journal.keep()
        screen.note(
            f"Interrupted: {count} players' games are kept in the journal; "
            "the next quizcli command stores them."
        )
