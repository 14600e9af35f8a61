"""What reading places, wins and medals in narration needs of the fact finder
(quizcli.draft.results.FactFinder): quizcli.draft.placings, podiums, named_places and the
readers they call (ties, in_order)."""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.index import SentenceIndex
from quizcli.draft.quotes import Sentence


class FactFinder(Protocol):
    """What place reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    event: str | None
    carried: str | None
    winners: dict[str, str]  # race -> its winner, as told so far
    sexes_named: bool  # whether the article names a sex ("men's", "women's")

    def index(self, sentence: Sentence) -> SentenceIndex: ...
    def names(self, text: str) -> list[str]: ...
    def athlete(self, sentence: Sentence, before: int) -> str | None: ...
    def negated(self, sentence: Sentence, position: int) -> bool: ...
    def lowered(self, sentence: Sentence) -> str | None: ...
    def events(self, text: str) -> list[re.Match[str]]: ...
    def skip(self, why: str, sentence: Sentence) -> None: ...
    def event_at(
        self, events: list[re.Match[str]], position: int, end: int | None = None, text: str = ""
    ) -> str | None: ...
