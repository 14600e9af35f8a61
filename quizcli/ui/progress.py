"""A spinner on stderr while a big bank is read for the first time.

Shown only when the load has taken more than half a second and stderr is a terminal; a
fast load or a pipe sees nothing.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DELAY_SECONDS = 0.5


@contextmanager
def first_load(path: Path) -> Iterator[None]:
    """Show a spinner naming ``path`` if reading it takes longer than DELAY_SECONDS."""
    from quizcli.ui.text import dumb_terminal

    if not sys.stderr.isatty() or dumb_terminal():  # a spinner moves the cursor
        yield
        return
    from rich.console import Console

    from quizcli.ui.text import literal

    console = Console(stderr=True)
    message = literal(f"Reading {path.name} for the first time; later runs use the cache…")
    status = console.status(message, spinner="dots")
    lock = threading.Lock()
    shown = False

    def show() -> None:
        nonlocal shown
        with lock:
            if not done.is_set():
                status.start()
                shown = True

    done = threading.Event()
    timer = threading.Timer(DELAY_SECONDS, show)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        done.set()
        timer.cancel()
        with lock:
            if shown:
                status.stop()
