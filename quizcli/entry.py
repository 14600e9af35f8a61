"""The ``quizcli`` console script: pause the garbage collector, then run the CLI.

A command runs for a fraction of a second and creates next to no reference cycles, so the
cyclic garbage collector only slows start-up down (about 10 ms of collections while Typer
and Rich are imported). It is paused here, before those imports, and not in ``quizcli.cli``
so that importing the CLI (as the tests do) changes nothing. ``play`` switches it back on
for the length of a round.

``quizcli --version`` is answered here, before the CLI (and Typer, Rich) is imported at all:
it needs nothing but the version string.

A Ctrl-C that no command catches (one pressed while the CLI is still being imported, or a
second one pressed while a command that has already stored everything is leaving) ends the
process with exit code 130 and no traceback; once the command is over, the process ignores
Ctrl-C while it shuts down, so its exit code is the command's, not a death by SIGINT.
"""

from __future__ import annotations

import gc
import sys


def main() -> None:
    """Run quizcli."""
    if sys.argv[1:] == ["--version"] and sys.stdout is not None:
        _print_version()
        return
    gc.disable()
    try:
        from quizcli.cli import main as run

        run()
    except KeyboardInterrupt:
        _leaving()
        sys.exit(130)  # 128 + SIGINT, as a shell reports a command Ctrl-C ended
    finally:
        _leaving()


def _leaving() -> None:
    """The command is over: a Ctrl-C from here on would only turn its exit code into a
    death by SIGINT (or a traceback from the interpreter's shutdown), so ignore it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _print_version() -> None:
    """``quizcli --version``; an output that cannot take it is one line on stderr, exit 1
    (a reader that went away, ``| head``, quietly), as for every other command."""
    import os

    from quizcli import __version__

    try:
        sys.stdout.write(f"quizcli {__version__}\n")
        sys.stdout.flush()
    except OSError as error:
        from quizcli.errors import os_reason

        if not isinstance(error, BrokenPipeError) and sys.stderr is not None:
            sys.stderr.write(f"Error: could not write the output: {os_reason(error)}\n")
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        sys.exit(1)
