"""Signals during a round: Ctrl-C, Ctrl-\\, SIGTERM and SIGHUP end it; none cuts a save short.

While a question is being asked (:meth:`RoundSignals.guarded`), SIGINT, SIGQUIT (Ctrl-\\ in
plain mode), SIGTERM and SIGHUP (the terminal was closed) end the round as Ctrl-C does; the
engine turns that into an abandoned round, which is stored. How a question is interrupted
depends on how it is asked:

- A plain read (no event loop) is interrupted by raising KeyboardInterrupt from the handler.
- With prompts (``interactive``), nothing is ever raised from the handler: an exception
  raised there lands in whatever prompt_toolkit's event loop runs at that moment (a
  callback, a finaliser, ``asyncio.run``'s task cancellation) and can leave the process
  stuck for ever. The handler asks the loop to close the open prompt the way its own Ctrl-C
  key does; a prompt that opens later closes itself at once (the asker's ``interrupted``
  check), and the next question ends the round.

At any other time a signal is held: between questions (while feedback is drawn) it ends
the round at the next question, and after the last one it waits while the round is stored
and its summary shown. The command then exits with the conventional code (128 + the
signal's number). Once the terminal has hung up, later SIGHUPs (a shell passes its own on
to its jobs) are ignored, so the exit code stays 129.
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

    def __init__(self, *, interactive: bool = False) -> None:
        self.received: int | None = None
        self._asking = False
        self._interactive = interactive
        self._watched = [signal.SIGINT, signal.SIGTERM]
        for name in ("SIGHUP", "SIGQUIT"):  # POSIX only
            if hasattr(signal, name):
                self._watched.append(getattr(signal, name))

    @property
    def exit_code(self) -> int | None:
        """128 + the number of the signal that ended the round, or None."""
        return None if self.received is None else 128 + self.received

    @property
    def pending(self) -> bool:
        """True once a signal has ended (or will end) the round."""
        return self.received is not None

    def hung_up(self) -> None:
        """Note that the terminal went away (reads or writes failed), as SIGHUP would."""
        if self.received is None and hasattr(signal, "SIGHUP"):
            self.received = signal.SIGHUP

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.received is None:
            self.received = signum
        if not self._asking:
            return  # held: the next question acts on it, or the command's exit code
        if self._interactive:
            close_open_prompt()
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
        """Handle Ctrl-C, SIGQUIT, SIGTERM and SIGHUP for the duration of the block."""
        previous = {signum: signal.signal(signum, self._handle) for signum in self._watched}
        try:
            yield self
        finally:
            for signum, handler in previous.items():
                if signum == self.received == getattr(signal, "SIGHUP", None):
                    handler = signal.SIG_IGN  # the terminal is gone: more SIGHUPs say no more
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


def close_open_prompt(exception: type[BaseException] = KeyboardInterrupt) -> bool:
    """Ask the running prompt's event loop to close its prompt with ``exception``, as its
    Ctrl-C key does; True when there was a loop to ask.

    Runs in a signal handler: it only schedules the closing (``call_soon_threadsafe`` also
    wakes the loop), since an exception raised in the handler lands in whatever the loop
    runs at that moment. Without a running loop there is nothing to close now; the next
    prompt to open sees the signal through the asker's ``interrupted`` check.
    """
    asyncio = sys.modules.get("asyncio")  # not imported: no event loop to close
    if asyncio is None:
        return False
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return False
    loop.call_soon_threadsafe(_exit_prompt, exception)
    return True


def _exit_prompt(exception: type[BaseException]) -> None:
    """Close the prompt_toolkit application reading keys right now, if any."""
    current = sys.modules.get("prompt_toolkit.application.current")
    if current is None:
        return
    app: Application[Any] | None = current.get_app_or_none()
    if app is not None and app.is_running and not app.is_done:
        app.exit(exception=exception, style="class:aborting")
