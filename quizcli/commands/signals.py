"""Signals during a round: SIGTERM and SIGHUP end it like Ctrl-C; none can cut a save short.

While the round is played, SIGTERM and SIGHUP (the terminal was closed) end it as Ctrl-C
does: an open prompt is closed with KeyboardInterrupt, and anywhere else KeyboardInterrupt
is raised; the engine turns it into an abandoned round.
Once the round is over, :meth:`RoundSignals.deferred` holds every one of them, Ctrl-C
included, until the round is stored and its summary shown; the command then exits with the
conventional code (128 + the signal's number).
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prompt_toolkit.application import Application


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
        if self._deferring:
            return
        prompt = _open_prompt()
        if prompt is not None:
            # Close the prompt the way its own Ctrl-C key does. Raising here instead could
            # land in whatever its event loop runs at that moment (a callback, a finaliser)
            # and be swallowed there, leaving the prompt open.
            prompt.exit(exception=KeyboardInterrupt, style="class:aborting")
            return
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


def _open_prompt() -> Application[Any] | None:
    """The prompt_toolkit application reading keys right now, if any (without importing
    prompt_toolkit when no prompt was ever shown)."""
    current = sys.modules.get("prompt_toolkit.application.current")
    if current is None:
        return None
    app: Application[Any] | None = current.get_app_or_none()
    if app is None or not app.is_running or app.is_done:
        return None
    return app
