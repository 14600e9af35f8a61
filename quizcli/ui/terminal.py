"""The round's life in a real terminal: a hang-up seen through the terminal itself.

When a terminal window closes, the kernel hangs its terminal up. quizcli usually hears of
it through SIGHUP, but not always: a shell may pass its own SIGHUP on late or never, and
then the only signs are reads that end and writes that fail. A hung-up terminal answers
every request with EIO, which tells it from a pipe that ended or a full disk.
"""

from __future__ import annotations

import errno
from typing import TextIO


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
