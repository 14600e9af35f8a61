"""The kinds and difficulties of questions, and the bank format's version: the vocabulary
every layer shares.

Kept apart from the model so that the CLI can name them in its options, and the loader can
check them, without creating the model's dataclasses (about 15 ms on Python 3.11).
"""

from __future__ import annotations

from enum import StrEnum

FORMAT_VERSION = 1
"""The bank format (``format = 1``) this quizcli reads and writes."""


class Kind(StrEnum):
    """The kinds of question a bank may hold."""

    CHOICE = "choice"
    MULTI = "multi"
    TRUEFALSE = "truefalse"
    ORDER = "order"
    NUMBER = "number"
    TIME = "time"
    TEXT = "text"


class Difficulty(StrEnum):
    """How hard a question is; it sets the question's base points."""

    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"
