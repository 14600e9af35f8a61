"""``quizcli host [SET]``: open a live room, run the game, store every player's game.

The room listens on 127.0.0.1 unless ``--bind`` says otherwise (then one line warns that
anyone who can reach it and knows the code can join). The lobby lists players live; Enter
starts the game; ``remove NAME`` removes a player at any time. The host's own screen shows
each question, the answer count, the bars and the standings. Ctrl-C ends the game for
everyone with the standings so far, stores every game as abandoned, and exits 130.

This module wires the options to the room; the host's console (lobby, typed commands,
events, stopping) is :mod:`quizcli.commands.host_console`, the players' games (journalled,
then stored) :mod:`quizcli.commands.host_keeper`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quizcli.commands.exits import EXIT_INTERRUPTED
from quizcli.commands.host_console import (
    NobodyToPlay,
    drain,
    lobby,
    read_lines,
    run_commands,
    stop_on_termination,
    stop_room,
)
from quizcli.commands.host_keeper import Keeper
from quizcli.commands.options import BankOption
from quizcli.kinds import Difficulty, Kind

if TYPE_CHECKING:
    import queue

    from quizcli.live.host import HostEvent, LiveHost

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
    keeper = Keeper(room)
    code = _run(room, events, keeper, loopback=bind in LOOPBACK)
    if code:
        raise typer.Exit(code)


def _run(
    room: LiveHost, events: queue.Queue[HostEvent], keeper: Keeper, *, loopback: bool
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
    threading.Thread(target=read_lines, args=(commands,), daemon=True).start()
    from quizcli.live.web import join_url, reachable_address
    from quizcli.ui.host import HostScreen

    url = join_url(reachable_address(room.bind), room.port, room.code, secure=room.tls is not None)
    screen = HostScreen(
        out, room.code, address, interactive=out.is_terminal, url=url, loopback=loopback
    )
    interrupted = False
    received = stop_on_termination()
    try:
        try:
            lobby(room, events, commands, screen)
        except NobodyToPlay:
            room.stop()
            thread.join(10)
            raise QuizError("input ended before any player joined: nothing to play") from None
        while thread.is_alive():
            drain(events, screen, keeper, timeout=0.2)
            run_commands(room, commands, screen, started=True)
        drain(events, screen, keeper, timeout=0)
    except KeyboardInterrupt:
        interrupted = True
        try:
            stopped = stop_room(room, thread)
            if stopped:
                drain(events, screen, keeper, timeout=0)
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
