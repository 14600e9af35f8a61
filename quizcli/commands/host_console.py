"""The host's console while a live room runs: the lobby, the typed commands, the events.

The room is served in another thread; this one reads the host's lines (Enter starts the
game, ``remove NAME`` removes a player) and draws the events the room queues. Ctrl-C,
SIGTERM and SIGHUP stop the room for everyone (:func:`stop_room`) and have every game stored.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import queue
    import threading

    from quizcli.commands.host_keeper import Keeper
    from quizcli.live.host import HostEvent, LiveHost

STOP_SECONDS = 10.0  # how long a Ctrl-C waits for the room to close before storing anyway


class NobodyToPlay(Exception):
    """The host's input ended in the lobby with nobody in the room."""


def stop_room(room: LiveHost, thread: threading.Thread) -> bool:
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


def stop_on_termination() -> list[int]:
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


def read_lines(commands: queue.Queue[str | None]) -> None:
    """Every line the host types, for the main thread; None when input ends."""
    for line in sys.stdin:
        commands.put(line.strip())
    commands.put(None)


def lobby(
    room: LiveHost,
    events: queue.Queue[HostEvent],
    commands: queue.Queue[str | None],
    screen: Any,
) -> None:
    """The lobby until the host presses Enter with at least one player in the room."""
    with screen.lobby():
        while True:
            drain(events, screen, timeout=0.2)
            if run_commands(room, commands, screen, started=False):
                return


def run_commands(
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
                    raise NobodyToPlay
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


def drain(
    events: queue.Queue[HostEvent], screen: Any, keeper: Keeper | None = None, *, timeout: float
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
