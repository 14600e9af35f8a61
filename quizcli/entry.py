"""The ``quizcli`` console script: pause the garbage collector, then run the CLI.

A command runs for a fraction of a second and creates next to no reference cycles, so the
cyclic garbage collector only slows start-up down (about 10 ms of collections while Typer
and Rich are imported). It is paused here, before those imports, and not in ``quizcli.cli``
so that importing the CLI (as the tests do) changes nothing. ``play`` switches it back on
for the length of a round.

``quizcli --version`` is answered here, before the CLI (and Typer, Rich) is imported at all:
it needs nothing but the version string.
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
    from quizcli.cli import main as run

    run()


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
