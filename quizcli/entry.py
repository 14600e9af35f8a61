"""The ``quizcli`` console script: pause the garbage collector, then run the CLI.

A command runs for a fraction of a second and creates next to no reference cycles, so the
cyclic garbage collector only slows start-up down (about 10 ms of collections while Typer
and Rich are imported). It is paused here, before those imports, and not in ``quizcli.cli``
so that importing the CLI (as the tests do) changes nothing. ``play`` switches it back on
for the length of a round.
"""

from __future__ import annotations

import gc


def main() -> None:
    """Run quizcli."""
    gc.disable()
    from quizcli.cli import main as run

    run()
