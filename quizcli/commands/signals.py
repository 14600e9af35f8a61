"""Signals during a round: SIGTERM and SIGHUP end it like Ctrl-C; none can cut a save short.

While the round is played, SIGTERM and SIGHUP (the terminal was closed) raise
KeyboardInterrupt, which the engine turns into an abandoned round, just as Ctrl-C does.
Once the round is over, :meth:`RoundSignals.deferred` holds every one of them, Ctrl-C
included, until the round is stored and its summary shown; the command then exits with the
conventional code (128 + the signal's number).
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class RoundSignals:
    """Which signal ended the round, if any, and the handlers that say so."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._deferring = False
        self._watched = [signal.SIGTERM]
        if hasattr(signal, "SIGHUP"):
            self._watched.append(signal.SIGHUP)

    @property
    def exit_code(self) -> int | None:
        """128 + the number of the signal that ended the round, or None."""
        return None if self.received is None else 128 + self.received

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.received is None:
            self.received = signum
        if not self._deferring:
            raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[RoundSignals]:
        """Handle SIGTERM and SIGHUP for the duration of the block."""
        previous = {signum: signal.signal(signum, self._handle) for signum in self._watched}
        try:
            yield self
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """Hold SIGINT, SIGTERM and SIGHUP until the block ends (the round is being saved)."""
        self._deferring = True
        previous_int = signal.signal(signal.SIGINT, self._handle)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous_int)
            self._deferring = False
