"""Running a round for a mode other than ``play`` (review, daily): the same views, prompts,
signal handling and exit codes, with the mode's own save and report."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import typer

from quizcli.model import GameResult, RoundEnd

if TYPE_CHECKING:
    from quizcli.game import Round
    from quizcli.ui.plain import PlainView
    from quizcli.ui.round import RichView

EXIT_INTERRUPTED = 130
T = TypeVar("T")


def is_interactive(plain: bool) -> bool:
    """Arrow keys and Rich when both ends are a terminal and --plain is not given."""
    return not plain and sys.stdin.isatty() and sys.stdout.isatty()


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
            result = game.play(signals.guarded(InteractiveAsker(out)), view)
        else:
            from quizcli.ui import plain as plain_ui

            view = plain_ui.PlainView(sys.stdout, game.qset)
            result = game.play(signals.guarded(plain_ui.PlainAsker(sys.stdin, sys.stdout)), view)
        saved = save(result)  # signals are held: no question is open
        try:
            report(view, result, saved)
        except OSError:
            pass  # the terminal or the pipe is gone; what was answered is stored
    if signals.exit_code is not None:
        raise typer.Exit(signals.exit_code)
    if result.end is RoundEnd.OUTPUT_LOST:
        typer.echo("Error: could not write the output; the answers were kept", err=True)
        raise typer.Exit(1)
    if result.end is RoundEnd.INTERRUPTED:
        raise typer.Exit(EXIT_INTERRUPTED)
