"""``quizcli host [SET]``: open a live room, run the game, store every player's game.

The room listens on 127.0.0.1 unless ``--bind`` says otherwise (then one line warns that
anyone who can reach it and knows the code can join). The lobby lists players live; Enter
starts the game; ``remove NAME`` removes a player at any time. The host's own screen shows
each question, the answer count, the bars and the standings. Ctrl-C ends the game for
everyone with the standings so far, stores every game as abandoned, and exits 130.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from quizcli.commands.options import BankOption
from quizcli.kinds import Difficulty, Kind

if TYPE_CHECKING:
    import queue

    from quizcli.live.host import HostEvent, LiveHost
    from quizcli.ui.party import PartyScreen

EXIT_INTERRUPTED = 130
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def host(
    set_id: Annotated[
        str | None,
        typer.Argument(metavar="[SET]", help="The set to play (see `quizcli list`)."),
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
    banks: BankOption = None,
) -> None:
    """Host a live game: players join with `quizcli join`, everyone answers at once.

    Shows the address and a 6-digit join code, then the lobby; Enter starts the game.
    Every player's game is stored here under their name. Ctrl-C ends the game for all.
    Example: quizcli host paris2024 --count 8 --time-limit 15
    """
    from quizcli.commands.options import open_catalog
    from quizcli.errors import BankError, QuizError
    from quizcli.game import Round, RoundOptions
    from quizcli.live.host import LiveHost

    if time_limit != time_limit:
        raise typer.BadParameter("must be a number of seconds, not nan", param_hint="--time-limit")
    catalog = open_catalog(banks)
    if catalog.named_failed:
        raise BankError(catalog.named_problems())
    ids = list(catalog.sets)
    if set_id is None and len(ids) != 1:
        raise QuizError(f"name the set to play: quizcli host SET (sets: {', '.join(ids)})")
    options = RoundOptions(
        count=count, seed=seed, tags=tuple(tag or ()), kinds=tuple(kind or ()),
        difficulties=tuple(difficulty or ()), time_limit=time_limit, hints=False,
        player="host",
    )  # fmt: skip
    game = Round.start(catalog.get(set_id or ids[0]), options)
    from quizcli.commands.rounds import say_if_short

    say_if_short(game)
    import queue

    events: queue.Queue[HostEvent] = queue.Queue()
    room = LiveHost(game, bind=bind, port=port, max_players=max_players, events=events.put)
    code = _run(room, events, loopback=bind in LOOPBACK)
    if code:
        raise typer.Exit(code)


def _run(room: LiveHost, events: queue.Queue[HostEvent], *, loopback: bool) -> int | None:
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
    from quizcli.ui.host import HostScreen

    screen = HostScreen(out, room.code, address, interactive=out.is_terminal)
    interrupted = False
    received = _stop_on_termination()
    try:
        _lobby(room, events, commands, screen)
        while thread.is_alive():
            _drain(events, screen, timeout=0.2)
            _commands(room, commands, screen, started=True)
        _drain(events, screen, timeout=0)
    except KeyboardInterrupt:
        interrupted = True
        room.stop()
        thread.join(10)
        _drain(events, screen, timeout=0)
    code = _store(room, screen, interrupted)
    return 128 + received[0] if received and code else code


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
                screen.note("Input ended: starting the game.")
                room.start_game()
                return True
            continue
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


def _drain(events: queue.Queue[HostEvent], screen: Any, *, timeout: float) -> None:
    """Show every event waiting (waiting up to ``timeout`` for the first)."""
    import queue

    try:
        event = events.get(timeout=timeout) if timeout else events.get_nowait()
    except queue.Empty:
        return
    while True:
        screen.event(event)
        try:
            event = events.get_nowait()
        except queue.Empty:
            return


def _store(room: LiveHost, screen: PartyScreen | Any, interrupted: bool) -> int | None:
    """Store every player's game under their name; the exit code."""
    from quizcli.commands.saving import save_round
    from quizcli.model import RoundEnd

    end = RoundEnd.INTERRUPTED if interrupted else room.ending
    results = room.party.results(end=end, extra={"mode": "live", "room": room.code})
    problems = [saved.problem for saved in map(save_round, results) if saved.problem]
    kept = len(results) - len(problems)
    screen.note(f"Stored {kept} of {len(results)} players' games.")
    for problem in problems:
        screen.note(f"Warning: a game could not be saved: {problem}")
    return EXIT_INTERRUPTED if interrupted or end is RoundEnd.INTERRUPTED else None
