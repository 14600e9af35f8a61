"""The one error family quizcli's core raises; the CLI turns each into one line on stderr."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class QuizError(Exception):
    """An error a user can cause and fix: shown as one line, never as a traceback."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a bank, located as precisely as the file allows."""

    file: str
    line: int
    message: str
    where: str | None = None
    column: int | None = None

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
