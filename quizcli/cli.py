"""The ``quizcli`` command line: options, environment variables, exit codes, wiring.

No game logic lives here. Each command is a function in ``quizcli.commands``; this module
registers them and turns every ``QuizError`` into one ``Error: ...`` line on stderr with
exit code 1 (``QUIZCLI_DEBUG=1`` shows the traceback instead). Heavy modules are imported
inside the commands that need them so ``--help`` and ``list`` start fast, and a run that
names its command (``quizcli list``) registers that command alone: building every command's
options, and importing every command module, would cost ``list`` about a fifth of its time.
No ``from __future__ import annotations`` here: Typer reads the root callback's annotations
on every run, and each one written as a string would be compiled first (half a percent of
``list``; tests/test_startup.py checks they are objects).
"""

import contextlib
import functools
import importlib
import io
import os
import sys
from collections.abc import Callable
from typing import Annotated, Any, ParamSpec, TypeVar

import typer

from quizcli import __version__
from quizcli.errors import QuizError, os_reason

P = ParamSpec("P")
R = TypeVar("R")


def _friendly(command: Callable[P, R], *, journal: bool = False) -> Callable[P, R]:
    """Run ``command``, turning a QuizError into one line on stderr and exit code 1; with
    ``journal``, first store the rounds the journal still holds (commands that play or
    read the store; ``list`` and ``--help`` never look)."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            if journal:
                from quizcli.commands.journaling import finish_journal

                finish_journal()
            return command(*args, **kwargs)
        except QuizError as error:
            if os.environ.get("QUIZCLI_DEBUG") == "1":
                raise
            from quizcli.ui.text import console, literal

            console(stderr=True).print(literal(f"Error: {error}"), soft_wrap=True)
            raise typer.Exit(1) from None

    return run


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"quizcli {__version__}")
        raise typer.Exit()


def _help_when_bare(ctx: typer.Context) -> None:
    """``quizcli`` (or ``quizcli cache``) alone: its help on stdout, exit 0.

    Click's ``no_args_is_help`` prints it on stderr with exit 2, as for a usage error.
    """
    if ctx.invoked_subcommand is None and not ctx.resilient_parsing:
        typer.echo(ctx.get_help())
        raise typer.Exit(0)


def _root(
    ctx: typer.Context,
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
    _help_when_bare(ctx)


# Every command: (group or "", name, module in quizcli.commands, function, plain usage line,
# journal: it plays or reads the store, so it first stores what the journal still holds).
COMMANDS: tuple[tuple[str, str, str, str, bool, bool], ...] = (
    ("", "list", "banks", "list_sets", False, False),
    ("", "validate", "banks", "validate", True, False),
    ("", "play", "play", "play", False, True),
    ("", "review", "review", "review", False, True),
    ("", "daily", "daily", "daily", False, True),
    ("", "scores", "scores", "scores", False, True),
    ("", "history", "scores", "history", False, True),
    ("", "stats", "scores", "stats", False, True),
    ("", "reset", "scores", "reset", False, True),
    ("", "sync", "share", "sync", False, True),
    ("", "import", "convert", "import_bank", True, False),
    ("", "export", "convert", "export_bank", True, False),
    ("", "host", "host", "host", False, True),
    ("", "join", "join", "join", False, True),
    ("", "draft", "draft", "draft", False, False),
    ("cache", "path", "banks", "cache_path", False, False),
    ("cache", "clear", "banks", "cache_clear", False, False),
    ("rescue", "list", "share", "rescue_list", False, True),
    ("rescue", "import", "share", "rescue_import", False, True),
)
GROUPS = {
    "cache": ("The compiled bank cache: safe to delete, rebuilt when needed.", False),
    "rescue": (
        "Rounds not stored yet (in the journal, or old rescue files): list them, import them.",
        True,
    ),
}
TOP_NAMES = frozenset(group or name for group, name, *_ in COMMANDS)


def build_app(only: str | None = None) -> typer.Typer:
    """The Typer app with every command, or with only the top-level command ``only``
    (its help, options and errors are the same either way)."""
    app = typer.Typer(
        name="quizcli",
        help="A terminal trivia game: play question banks, keep high scores.",
        pretty_exceptions_enable=False,
        add_completion=False,
        # Plain click help and usage errors: Typer's Rich formatter imports rich.markdown and
        # markdown_it (about 70 ms) before the first line is printed.
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback(invoke_without_command=True)(_root)
    groups: dict[str, typer.Typer] = {}
    for group, name, module, function, plain, journal in COMMANDS:
        if only is not None and (group or name) != only:
            continue
        target = app
        if group:
            if group not in groups:
                text, bare_is_help = GROUPS[group]
                groups[group] = typer.Typer(help=text, no_args_is_help=bare_is_help)
                if not bare_is_help:
                    groups[group].callback(invoke_without_command=True)(_help_when_bare)
                app.add_typer(groups[group], name=group)
            target = groups[group]
        command = getattr(importlib.import_module(f"quizcli.commands.{module}"), function)
        cls: Any = None
        if plain:
            from quizcli.commands.options import PlainUsage

            cls = PlainUsage
        target.command(name, cls=cls)(_friendly(command, journal=journal))
    return app


@functools.cache
def _full_app() -> typer.Typer:
    return build_app()


def __getattr__(name: str) -> Any:
    """``quizcli.cli.app``: the app with every command, built when first asked for."""
    if name == "app":
        return _full_app()
    raise AttributeError(name)


def main() -> None:
    """Entry point of the ``quizcli`` console script.

    Shell completion is served when ``$_QUIZCLI_COMPLETE`` is set (its code is imported
    only then). Besides running the app: a missing (closed) stdin reads as empty input and a
    closed stdout is one error line; text the output encoding cannot hold is escaped rather
    than fatal, and input bytes the input encoding cannot decode are read (see
    quizcli.decoding); and an output that fails mid-command (a full disk, a vanished
    terminal) ends in one line on stderr, never a traceback. (A reader that goes away,
    ``| head``, is handled quietly by click itself.)
    """
    if not _prepare_streams():
        sys.exit(1)
    try:
        if os.environ.get("_QUIZCLI_COMPLETE"):  # a shell asking for completions
            from quizcli.commands import completion

            completion.prepare()
            _full_app()(prog_name="quizcli", complete_var=completion.COMPLETE_VAR)
        else:
            named = sys.argv[1] if len(sys.argv) > 1 else None
            build_app(named if named in TOP_NAMES else None)()
    except OSError as error:
        if os.environ.get("QUIZCLI_DEBUG") == "1":
            raise
        reason = os_reason(error)
        where = f"{error.filename}: " if error.filename else "could not write the output: "
        _say(f"Error: {where}{reason}")
        _silence_stdout()
        sys.exit(1)


def _prepare_streams() -> bool:
    """Make the standard streams usable; False (with the reason said) when stdout is closed."""
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process)
    if sys.stdin is None:
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
    if sys.stdout is None:
        _say("Error: standard output is closed; quizcli has nowhere to write")
        return False
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")
    if isinstance(sys.stdin, io.TextIOWrapper) and sys.stdin.errors == "strict":
        # Bytes not valid in the input's character set are read, never fatal; the askers
        # turn them into U+FFFD (quizcli.decoding).
        sys.stdin.reconfigure(errors="surrogateescape")
    return True


def _say(line: str) -> None:
    """Write one line to stderr, if stderr can still take it."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(line + "\n")
        sys.stderr.flush()


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
