"""The journal seen from the commands: saves that Ctrl-C can cut short at any moment, and
the rounds the journal still holds, finished at start-up with one line saying so.

A save (or a replay) runs in a helper thread while the main thread waits for it a tenth of
a second at a time, with SIGINT and SIGTERM raising there: either is honoured at once, even
while the store waits for a lock or for a server that does not answer (a hang-up is not a
hurry: it waits for the save). Nothing is
lost by it: the round is in the journal, and the next command stores it. The helper thread
is a daemon; whatever it was doing is rolled back when the process ends (a transaction never
committed), and the replay stores the round once, by its uid.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")
POLL = 0.1  # seconds between two looks at a signal while a save runs


class SaveInterrupted(Exception):
    """A signal came while saving: the round stays in the journal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def in_background(work: Callable[[], T]) -> T:
    """``work()`` run in a helper thread; its result, or its exception raised here;
    SaveInterrupted as soon as SIGINT or SIGTERM arrives (in the main thread)."""
    if threading.current_thread() is not threading.main_thread():
        return work()  # signals only reach the main thread: nothing to honour here
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # noqa: BLE001 (raised again in the main thread)
            failure.append(error)

    thread = threading.Thread(target=run, name="quizcli-save", daemon=True)
    received: list[int] = []
    try:
        with _signals_raise(received):
            thread.start()
            while thread.is_alive():
                thread.join(POLL)
    except KeyboardInterrupt:
        raise SaveInterrupted(received[0] if received else signal.SIGINT) from None
    if failure:
        raise failure[0]
    return outcome[0]


@contextmanager
def _signals_raise(received: list[int]) -> Iterator[None]:
    """SIGINT and SIGTERM raise KeyboardInterrupt for the block (``received`` gets the
    signal's number); the handlers before are put back after. A hang-up is no hurry: the
    save goes on, and the handler in place notes it."""

    def handle(signum: int, frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    watched = [signal.SIGINT, signal.SIGTERM]  # not SIGHUP: see above
    previous = {signum: signal.signal(signum, handle) for signum in watched}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def finish_journal() -> None:
    """Store what the journal still holds (rounds cut off by a kill, a crash, a dead
    server), each once, and say so in one line on stderr. Quiet and cheap when the journal
    is empty. A Ctrl-C here leaves it for the next command."""
    from quizcli.journal import log

    if not log.pending():
        return
    from quizcli.journal.replay import finish
    from quizcli.ui.journal import finished_lines
    from quizcli.ui.text import console, literal

    try:
        finished = in_background(finish)
    except SaveInterrupted:
        return
    err = console(stderr=True)
    for line in finished_lines(finished.stored, finished.kept, finished.damaged):
        err.print(literal(line), soft_wrap=True)
