"""Signals during a round: Ctrl-C, SIGTERM and SIGHUP end it; none can cut a save short.

While a question is being asked (:meth:`RoundSignals.guarded`), SIGTERM and SIGHUP (the
terminal was closed) end the round as Ctrl-C does: an open prompt is closed with
KeyboardInterrupt, and a plain read is interrupted by it; the engine turns it into an
abandoned round. At any other time a signal is held: between questions (while feedback is
drawn) it ends the round at the next question, and after the last one it waits while the
round is stored and its summary shown, so no signal can escape the engine or cut a save
short. The command then exits with the conventional code (128 + the signal's number).
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

    from quizcli.game import Asker
    from quizcli.model import Presented, Response


class RoundSignals:
    """Which signal ended the round, if any, and the handlers that say so."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._asking = False
        self._watched = [signal.SIGINT, signal.SIGTERM]
        if hasattr(signal, "SIGHUP"):
            self._watched.append(signal.SIGHUP)

    @property
    def exit_code(self) -> int | None:
        """128 + the number of the signal that ended the round, or None."""
        return None if self.received is None else 128 + self.received

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.received is None:
            self.received = signum
        if not self._asking:
            return  # held: the next question acts on it, or the command's exit code
        prompt = _open_prompt()
        if prompt is not None:
            # Close the prompt the way its own Ctrl-C key does. Raising here instead could
            # land in whatever its event loop runs at that moment (a callback, a finaliser)
            # and be swallowed there, leaving the prompt open.
            prompt.exit(exception=KeyboardInterrupt, style="class:aborting")
            return
        raise KeyboardInterrupt

    def guarded(self, asker: Asker) -> Asker:
        """``asker``, with signals acted on while it asks and held between questions."""
        return _GuardedAsker(asker, self)

    @contextmanager
    def asking(self) -> Iterator[None]:
        """A question is open: a signal now (or one held since the last) ends the round."""
        if self.received is not None:
            raise KeyboardInterrupt
        self._asking = True
        try:
            yield
        finally:
            self._asking = False

    @contextmanager
    def installed(self) -> Iterator[RoundSignals]:
        """Handle Ctrl-C, SIGTERM and SIGHUP for the duration of the block."""
        previous = {signum: signal.signal(signum, self._handle) for signum in self._watched}
        try:
            yield self
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)


class _GuardedAsker:
    """An asker whose questions are the only place a signal ends the round."""

    def __init__(self, asker: Asker, signals: RoundSignals) -> None:
        self.asker = asker
        self.signals = signals

    def ask(self, presented: Presented) -> Response:
        """Ask as the wrapped asker does, inside :meth:`RoundSignals.asking`."""
        with self.signals.asking():
            return self.asker.ask(presented)


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
