"""Running a round for a mode other than ``play`` (review, daily): the same views, prompts,
signal handling and exit codes, with the mode's own save and report."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

import typer

from quizcli.commands.exits import EXIT_INTERRUPTED
from quizcli.model import GameResult, RoundEnd

if TYPE_CHECKING:
    from quizcli.game import Round
    from quizcli.ui.plain import PlainView
    from quizcli.ui.round import RichView


class SaveOutcome(Protocol):
    """What a mode's save says besides its own report: a signal that cut it short (the
    round stays in the journal), and whether the round is lost (no journal, no store)."""

    @property
    def interrupted(self) -> int | None: ...

    @property
    def lost(self) -> bool: ...


T = TypeVar("T", bound=SaveOutcome)


def is_interactive(plain: bool) -> bool:
    """Arrow keys and Rich when both ends are a terminal that can move its cursor (not
    TERM=dumb) and --plain is not given. Otherwise the round is plain, and so is everything
    printed after it: no colour, bold or italics (see ui.text.plain_styles)."""
    from quizcli.ui.text import dumb_terminal, plain_styles

    if not plain and sys.stdin.isatty() and sys.stdout.isatty() and not dumb_terminal():
        return True
    plain_styles()
    return False


def say_if_short(game: Round) -> None:
    """One line on stderr when the spoiler check left the round shorter than asked."""
    note = game.short_note()
    if note is not None:
        typer.echo(note, err=True)


def run_round(
    game: Round,
    interactive: bool,
    save: Callable[[GameResult], T],
    report: Callable[[RichView | PlainView, GameResult, T], None],
) -> None:
    """Play ``game`` as ``play`` does, then ``save`` what was answered (Ctrl-C included) and
    ``report`` it; exit 130 (or 128 + the signal) when the round was cut short."""
    from quizcli.commands.signals import RoundSignals
    from quizcli.ui.text import console

    gc.freeze()
    gc.enable()
    signals = RoundSignals()
    with signals.installed():
        view: RichView | PlainView
        if interactive:
            from quizcli.ui.prompts import InteractiveAsker
            from quizcli.ui.round import RichView

            out = console()
            view = RichView(out, game.qset)
            asker = InteractiveAsker(out, redraw_question=view.show_question_again)
            result = game.play(signals.guarded(asker), view)
        else:
            from quizcli.ui import plain as plain_ui

            view = plain_ui.PlainView(sys.stdout, game.qset)
            result = game.play(signals.guarded(plain_ui.PlainAsker(sys.stdin, sys.stdout)), view)
        saved = save(result)  # a signal now cuts the save short (the journal keeps it)
        if saved.interrupted is not None and signals.received is None:
            signals.received = saved.interrupted
        try:
            report(view, result, saved)
        except OSError:
            pass  # the terminal or the pipe is gone; what was answered is stored
    exit_after(result, saved, signals.exit_code, kept="the answers were kept")


def exit_after(result: GameResult, saved: SaveOutcome, signaled: int | None, kept: str) -> None:
    """Exit as a round saved and reported must: 1 when it is lost (neither the journal nor
    the store could keep it) or its output could not be written (the line ends saying
    ``kept``), ``signaled`` (128 + a signal's number) when a signal ended it, 130 when it was
    interrupted; return when it ended well."""
    if saved.lost:
        raise typer.Exit(1)
    if signaled is not None:
        raise typer.Exit(signaled)
    if result.end is RoundEnd.OUTPUT_LOST:
        typer.echo(f"Error: could not write the output; {kept}", err=True)
        raise typer.Exit(1)
    if result.end is RoundEnd.INTERRUPTED:
        raise typer.Exit(EXIT_INTERRUPTED)
