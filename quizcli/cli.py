"""The ``quizcli`` command line: options, environment variables, exit codes, wiring.

No game logic lives here. Each command is a function in ``quizcli.commands``; this module
registers them and turns every ``QuizError`` into one ``Error: ...`` line on stderr with
exit code 1 (``QUIZCLI_DEBUG=1`` shows the traceback instead). Heavy modules are imported
inside the commands that need them so ``--help`` and ``list`` start fast.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Annotated, ParamSpec, TypeVar

import typer

from quizcli import __version__
from quizcli.commands import banks, play, scores
from quizcli.errors import QuizError

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="quizcli",
    help="A terminal trivia game: play question banks, keep high scores.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    # Plain click help and usage errors: Typer's Rich formatter imports rich.markdown and
    # markdown_it (about 70 ms) before the first line is printed.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _friendly(command: Callable[P, R]) -> Callable[P, R]:
    """Run ``command``, turning a QuizError into one line on stderr and exit code 1."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except QuizError as error:
            if os.environ.get("QUIZCLI_DEBUG") == "1":
                raise
            from quizcli.ui.text import console, literal

            console(stderr=True).print(literal(f"Error: {error}"), soft_wrap=True)
            raise typer.Exit(1) from None

    return run


def _register(name: str, command: Callable[P, R]) -> None:
    app.command(name)(_friendly(command))


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"quizcli {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Show the version and exit.",
            callback=_show_version,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """A terminal trivia game: play question banks, keep high scores."""


_register("list", banks.list_sets)
_register("validate", banks.validate)
_register("play", play.play)
_register("scores", scores.scores)
_register("history", scores.history)
_register("stats", scores.stats)
_register("reset", scores.reset)
app.add_typer(banks.cache_app, name="cache")


def main() -> None:
    """Entry point of the ``quizcli`` console script."""
    app()
