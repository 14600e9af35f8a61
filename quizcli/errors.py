"""The one error family quizcli's core raises; the CLI turns each into one line on stderr."""

from __future__ import annotations

from collections.abc import Sequence


class QuizError(Exception):
    """An error a user can cause and fix: shown as one line, never as a traceback."""


class Problem:
    """One thing wrong with a bank, located as precisely as the file allows.

    A plain class rather than a dataclass: it is imported by every command, and creating a
    dataclass costs about a millisecond at start-up on Python 3.11.
    """

    __slots__ = ("column", "file", "line", "message", "where")

    def __init__(
        self,
        file: str,
        line: int,
        message: str,
        where: str | None = None,
        column: int | None = None,
    ) -> None:
        self.file = file
        self.line = line
        self.message = message
        self.where = where
        self.column = column

    def _key(self) -> tuple[str, int, str, str | None, int | None]:
        return (self.file, self.line, self.message, self.where, self.column)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Problem) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Problem{self._key()!r}"

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}"
        if self.column is not None:
            place += f":{self.column}"
        if self.where:
            return f"{place}: {self.where}: {self.message}"
        return f"{place}: {self.message}"


class BankError(QuizError):
    """A bank that cannot be used, with every problem found in it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        first = str(self.problems[0]) if self.problems else "invalid bank"
        more = len(self.problems) - 1
        super().__init__(first if more == 0 else f"{first} (and {more} more)")


class UnknownSetError(QuizError):
    """A set id that no loaded bank defines."""


DISK_FULL = "the disk is full"


def os_reason(error: OSError) -> str:
    """Why an operating-system call failed, in words a player can act on: a full disk
    (ENOSPC) is "the disk is full", anything else the system's own words."""
    import errno

    if error.errno == errno.ENOSPC:
        return DISK_FULL
    return error.strerror or str(error)
