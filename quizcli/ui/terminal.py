"""The round's life in a real terminal: keys pressed ahead, suspending, and a hang-up.

A prompt only takes keys pressed after it was drawn (:func:`drop_early_keys`): keys
pressed ahead (a second Enter, a held Enter, lines pasted into a terminal without bracketed
paste) would otherwise answer a question the player has not seen.

When a terminal window closes, the kernel hangs its terminal up. quizcli usually hears of
it through SIGHUP, but not always: a shell may pass its own SIGHUP on late or never, and
then the only signs are reads that end and writes that fail. A hung-up terminal answers
every request with EIO, which tells it from a pipe that ended or a full disk.
"""

from __future__ import annotations

import errno
import os
import select
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from prompt_toolkit.application import Application
    from prompt_toolkit.key_binding import KeyPress


def hung_up(*streams: TextIO) -> bool:
    """True if one of ``streams`` is a terminal that has been hung up (its window closed)."""
    try:
        import termios
    except ImportError:  # not POSIX: no terminal to hang up
        return False

    for stream in streams:
        try:
            fd = stream.fileno()
        except (AttributeError, ValueError, OSError):
            continue  # closed or not a file: not a terminal
        try:
            termios.tcgetattr(fd)
        except termios.error as error:
            if error.args and error.args[0] == errno.EIO:
                return True
    return False


# Keys that keep coming after a prompt opened on early keys (a held Enter repeating) are
# dropped until none has come for this long.
SETTLE_SECONDS = 0.3


class _LastKey:
    """Which key the terminal last gave a prompt, and when, on which clock: one terminal,
    so one record for every prompt of the process."""

    clock: Callable[[], float] | None = None
    at: float = 0.0
    key: object = None

    def since(self, clock: Callable[[], float]) -> float | None:
        """Seconds since the last key, if it was timed on ``clock``."""
        return clock() - self.at if self.clock is clock else None

    def seen(self, clock: Callable[[], float], key: object) -> None:
        """``key`` came now."""
        self.clock, self.at, self.key = clock, clock(), key


_last_key = _LastKey()
_ANY_KEY = object()  # stands for every key: the question ended by itself (time ran out)


def question_timed_out(clock: Callable[[], float]) -> None:
    """The open question's time ran out: a key that comes within SETTLE_SECONDS was pressed
    for it (the player saw "Time's up" too late), so the next question drops it."""
    _last_key.seen(clock, _ANY_KEY)


def drop_early_keys(
    app: Application[Any], clock: Callable[[], float], *, new_question: bool = True
) -> None:
    """Keep keys pressed before ``app``'s prompt was drawn from answering it.

    When the prompt opens, the keys a previous prompt left unread (prompt_toolkit's
    type-ahead) are dropped and the terminal's pending input is flushed (tcflush). If
    anything was dropped, keys go on being dropped until none has come for SETTLE_SECONDS.
    And the first prompt of a ``new_question`` drops the key that answered the previous
    prompt when it comes again within SETTLE_SECONDS (a held Enter repeating, or a second
    quick Enter, however quickly the next question is drawn: the gap between two prompts
    may hold no key to flush), or any key within SETTLE_SECONDS of the previous question's
    time running out (:func:`question_timed_out`), and goes on dropping while keys keep
    coming. The later
    prompts of one question (an order's next pick) take keys at once. A
    bracketed paste is one key press, so it is dropped or kept whole. Ctrl-C, Ctrl-D,
    Ctrl-Z and the terminal's answers to cursor requests are never dropped.
    """
    from prompt_toolkit.input.typeahead import get_typeahead
    from prompt_toolkit.keys import Keys

    always = {Keys.ControlC, Keys.ControlD, Keys.ControlZ, Keys.CPRResponse, Keys.SIGINT}
    settling = False
    repeat: object = None  # the previous question's last key, while it may still repeat

    def flush() -> None:
        nonlocal settling, repeat
        early = get_typeahead(app.input)  # taken, so never fed to this prompt
        pending = _flush_terminal(app.input.fileno())
        if pending or early:
            _last_key.seen(clock, None)
            settling = True
        elif new_question:
            repeat = _last_key.key
        if b"\x03" in pending or any(press.key == Keys.ControlC for press in early):
            # Ctrl-C pressed while no prompt was reading (the terminal was raw): it counts.
            app.exit(exception=KeyboardInterrupt, style="class:aborting")

    processor = app.key_processor
    feed = processor.feed_multiple

    def feed_multiple(key_presses: list[KeyPress], first: bool = False) -> None:
        nonlocal settling, repeat
        keys = [press.key for press in key_presses if press.key != Keys.CPRResponse]
        if keys:
            since = _last_key.since(clock)
            recent = since is not None and since < SETTLE_SECONDS
            if repeat is not None and recent and (repeat is _ANY_KEY or keys[0] == repeat):
                settling = True  # the previous question's key again, at once: a repeat
            repeat = None
            if settling and recent:
                key_presses = [press for press in key_presses if press.key in always]
            else:
                settling = False
            _last_key.seen(clock, keys[-1])
        feed(key_presses, first)

    app.pre_run_callables.append(flush)
    # The instance attribute shadows the method: every key read reaches the prompt here.
    processor.feed_multiple = feed_multiple  # type: ignore[method-assign]


def _flush_terminal(fd: int) -> bytes:
    """Discard the input pending on terminal ``fd``; return what could be read of it.

    What is readable is read (so that a Ctrl-C in it can be honoured), the rest (a line not
    yet ended, in the terminal's cooked mode) is flushed with tcflush.
    """
    try:
        import termios
    except ImportError:  # not POSIX
        return b""
    if not os.isatty(fd):
        return b""  # a pipe (tests) holds keys sent on purpose
    pending = b""
    try:
        while len(pending) < 65536 and select.select([fd], [], [], 0)[0]:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            pending += chunk
        termios.tcflush(fd, termios.TCIFLUSH)
    except (OSError, termios.error):
        pass  # gone: the prompt will see the end of its input
    return pending


def suspend(
    app: Application[Any], clock: Callable[[], float], on_resume: Callable[[float], None]
) -> None:
    """Stop quizcli as any terminal program stops on Ctrl-Z, and carry on after ``fg``.

    The prompt is erased and the terminal put back in its normal mode before the process
    group stops (SIGTSTP). On resuming, keys pressed meanwhile (the Enter after ``fg``)
    are dropped, ``on_resume`` is told how many seconds the stop lasted (it pauses the
    clock and shows the question again) and the prompt is drawn again.
    """
    if not hasattr(signal, "SIGTSTP"):
        return  # not POSIX: nothing to suspend to
    from prompt_toolkit.application import run_in_terminal

    def stop() -> None:
        stopped = clock()
        previous = signal.signal(signal.SIGTSTP, signal.SIG_DFL)
        try:
            os.kill(0, signal.SIGTSTP)  # the whole job, as a shell's Ctrl-Z does
        finally:
            signal.signal(signal.SIGTSTP, previous)
        _flush_terminal(app.input.fileno())
        on_resume(clock() - stopped)

    run_in_terminal(stop)
