"""``quizcli join HOST[:PORT] --code CODE``: play in a live room.

The same prompts and views as ``play`` (interactive, or one plain line per answer), with
the host's countdown. A question the host closes early (everyone else answered) closes
the open prompt too. Ctrl-C leaves the game (exit 130); the others play on. Each result
is journalled here as it comes, and the player's game is stored in this machine's store
too (under the uid the host gives it), even when the host dies.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from quizcli.commands.exits import EXIT_INTERRUPTED
from quizcli.commands.options import PlainOption

if TYPE_CHECKING:
    from quizcli.game import Asker, View
    from quizcli.journal.live import PlayerJournal
    from quizcli.live.client import LiveClient
    from quizcli.model import Presented
    from quizcli.ui.party import PartyScreen

LOST = 3  # the exit code when the connection was lost for good (the seat is kept)


class QuestionClosed(Exception):
    """The host closed the question being asked."""


def join(
    address: Annotated[
        str,
        typer.Argument(
            metavar="HOST[:PORT]",
            help="The room's address (port 8765 if left out); wss://HOST:PORT for a TLS room.",
        ),
    ],
    code: Annotated[str, typer.Option("--code", "-c", help="The 6-digit join code.")],
    player: Annotated[
        str | None,
        typer.Option(
            envvar="QUIZCLI_PLAYER",
            help="Your name in the room (default: $QUIZCLI_PLAYER, else your login).",
        ),
    ] = None,
    ca: Annotated[
        Path | None,
        typer.Option(
            "--ca",
            metavar="FILE",
            help="PEM certificate(s) to trust for a wss:// room (a private certificate).",
        ),
    ] = None,
    plain: PlainOption = False,
) -> None:
    """Join a live game: answer each question as the host opens it.

    After each question: the right answer, how many picked each option, your points and
    place, and the top five. Ctrl-C leaves the game.
    Example: quizcli join 192.168.1.20:8765 --code 123456 --player ana
    """
    from quizcli.commands.rounds import is_interactive
    from quizcli.live import seats
    from quizcli.live.client import LiveClient
    from quizcli.players import player_name

    interactive = is_interactive(plain)
    name = player_name(player)
    code = code.strip()
    closer = _Closer()
    client = LiveClient(
        address, code, name, secret=seats.recall(address, code, name),
        on_message=closer.on_message, on_busy=_busy, ca=ca,
    )  # fmt: skip
    welcome = client.connect()
    if client.secret is not None:
        seats.keep(address, code, name, client.secret)
    from quizcli import __version__
    from quizcli.journal.live import PlayerJournal

    mine = PlayerJournal(client.code, name, welcome, __version__)  # your game, kept here too
    try:
        code_out = _play(client, welcome, closer, interactive, mine)
    except KeyboardInterrupt:
        client.leave()
        typer.echo("\nYou left the game.")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except EOFError:
        client.leave()
        typer.echo("\nInput ended: you left the game.")
        return
    finally:
        client.close()
        _store_own(mine)
    if code_out != LOST:
        seats.forget(address, code, name)  # the game is over for this seat
    if code_out:
        raise typer.Exit(code_out)


def _busy(pause: float) -> None:
    typer.echo(f"The room is busy, retrying in {pause:g} s...", err=True)


class _Closer:
    """Closes the open prompt when the host closes its question (a signal to the main
    thread, handled the way Ctrl-C is: the prompt exits, a plain read is interrupted)."""

    def __init__(self) -> None:
        import signal
        import threading

        self.asking: int | None = None
        self.main = threading.main_thread().ident
        self.usable = hasattr(signal, "pthread_kill") and hasattr(signal, "SIGUSR1")
        if self.usable:
            signal.signal(signal.SIGUSR1, self._handle)

    def on_message(self, message: dict[str, Any]) -> None:
        """In the network thread: a result for the question being asked closes it."""
        import signal

        if (
            self.usable
            and message.get("type") in ("result", "end", "removed")
            and self.asking is not None
            and self.main is not None
        ):
            signal.pthread_kill(self.main, signal.SIGUSR1)

    def _handle(self, signum: int, frame: object) -> None:
        if self.asking is None:
            return
        from quizcli.commands.signals import close_open_prompt

        if not close_open_prompt(QuestionClosed):
            raise QuestionClosed  # a plain prompt reading a line: nothing else can stop it


def _store_own(mine: PlayerJournal) -> None:
    """Store the player's own game, from its journal, in this machine's store (the host
    stores it too, under the same uid). When the store cannot take it now, or a Ctrl-C
    cuts the save short, the journal keeps it for the next command."""
    from quizcli.commands.journaling import SaveInterrupted, in_background
    from quizcli.errors import QuizError
    from quizcli.journal.replay import entry_of, store_game

    journal = mine.journal
    if journal is None or journal.log is None:
        return  # nothing answered (or no journal): the host keeps the game
    try:
        entry = entry_of(journal.log.path)
        if entry is not None:
            in_background(lambda: store_game(entry, rank=False, ending=True))
    except (SaveInterrupted, QuizError, OSError):
        journal.keep()
        return
    journal.done()


def _play(
    client: LiveClient,
    welcome: dict[str, Any],
    closer: _Closer,
    interactive: bool,
    mine: PlayerJournal,
) -> int | None:
    """The game as the host runs it; the exit code when it cannot go on."""
    from quizcli.model import QuestionSet
    from quizcli.ui.text import console

    title = str(welcome.get("set", {}).get("title", "Live game"))
    qset = QuestionSet(id=str(welcome.get("set", {}).get("id", "live")), title=title)
    screen: PartyScreen
    view: View
    asker: Asker
    if interactive:
        from quizcli.ui.party import RichPartyScreen
        from quizcli.ui.prompts import InteractiveAsker
        from quizcli.ui.round import RichView

        out = console()
        view, screen = RichView(out, qset), RichPartyScreen(out)
        asker = InteractiveAsker(out, redraw_question=view.show_question_again)
    else:
        from quizcli.ui.party import PlainPartyScreen
        from quizcli.ui.plain import PlainAsker, PlainView

        view, asker = PlainView(sys.stdout, qset), PlainAsker(sys.stdin, sys.stdout)
        screen = PlainPartyScreen(sys.stdout, sys.stdin)
    from quizcli.ui.live import PlayerScreens

    show = PlayerScreens(screen, view, client.name)
    show.welcome(welcome)
    while True:
        message = client.next()
        if message is None:
            continue
        kind = message.get("type")
        if kind == "question":
            presented = show.question(message)
            if presented is not None:
                _ask(client, asker, presented, closer, show)
        elif kind == "players":
            show.players(message)
        elif kind == "result":
            mine.result(message)  # on the disk before it is shown
            show.result(message)
        elif kind == "refused":
            show.note(f"Not counted: {message.get('message', '')}")
        elif kind == "end":
            show.end(message)
            return None
        elif kind == "removed":
            show.note("The host removed you from the game.")
            return 1
        elif kind == "_lost":
            again = _rejoin(client, show)
            if again is None:
                show.note(
                    "Error: the connection to the host was lost; join again with the same"
                    " name and code to keep your score"
                )
                return LOST
            show.welcome(again)


def _rejoin(client: LiveClient, show: Any) -> dict[str, Any] | None:
    """Take the seat back with its secret after a lost connection: the welcome, or None
    when the host stays out of reach (a few tries over about 15 seconds)."""
    import time

    from quizcli.live.client import LiveError

    if client.secret is None:
        return None
    show.note("The connection to the host was lost: rejoining...")
    for pause in (0.5, 1.0, 2.0, 4.0, 8.0):
        try:
            return client.connect(timeout=5.0, busy_for=5.0)
        except LiveError:
            time.sleep(pause)
    return None


def _ask(
    client: LiveClient, asker: Asker, presented: Presented, closer: _Closer, show: Any
) -> None:
    """Ask one question until answered, skipped, timed out or closed by the host."""
    from quizcli.model import Outcome

    closer.asking = presented.number
    try:
        response = asker.ask(presented)
    except QuestionClosed:
        show.note("The question closed.")
        return
    finally:
        closer.asking = None
    if response.outcome is Outcome.ANSWERED:
        value = response.value
        client.answer(presented.number, list(value) if isinstance(value, tuple) else value)
    elif response.outcome is Outcome.SKIPPED:
        client.answer(presented.number, None)
