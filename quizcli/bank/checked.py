"""A checked bank: the tables of a bank that passed every check, as parsed.

Shared by the loader that checks them (:mod:`quizcli.bank.load`), the readers of other
formats, the cache that stores them and :mod:`quizcli.bank.build` that turns them into the
model's dataclasses; it imports none of them.
"""

from __future__ import annotations

from typing import Any

Table = dict[str, Any]


class CheckedBank:
    """A bank that passed every check: its set, sources and question tables, as parsed."""

    __slots__ = ("questions", "set", "sources")

    def __init__(self, set_table: Table, sources: list[Table], questions: list[Table]) -> None:
        self.set = set_table
        self.sources = sources
        self.questions = questions
