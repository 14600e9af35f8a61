"""A fact found in an article: who, which race, which value, and the sentence saying it."""

from __future__ import annotations

from typing import NamedTuple

from quizcli.draft.quotes import Sentence


class Fact(NamedTuple):
    """One finding: ``kind`` is time, podium, place, medal or record; ``sentence`` says it."""

    kind: str
    athlete: str
    event: str | None
    value: str | int | tuple[str, ...]
    sentence: Sentence
    written: str = ""  # the words as the article prints them
