"""Records set in a race: ``broke the world record``, ``setting a new national record``,
credited to the athlete the sentence gives them to, unless the sentence denies it."""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence

_RECORD = re.compile(
    r"\b(?:an?|the|his|her|a new)\s+(?P<record>(?:(?:world|Olympic|European|African|Asian|"
    r"American|British|Commonwealth|national|championship|meeting|area)\s+)"
    r"(?:[\w-]+\s+)?record)\b"
)
_SET = re.compile(r"\b(?:set|sets|setting|broke|breaks|breaking|shattered|smashed|lowered)\b")


class FactFinder(Protocol):
    """What record reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    event: str | None

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...
    def negated(self, sentence: Sentence, position: int) -> bool: ...


def records(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The records the sentence says were set (or broken), each its athlete's."""
    facts = []
    for match in _RECORD.finditer(sentence.masked):
        if not _SET.search(sentence.masked[max(0, match.start() - 40) : match.start()]):
            continue
        if finder.negated(sentence, match.start()):
            continue
        athlete = finder.athlete(sentence, match.start())
        if athlete:
            facts.append(Fact("record", athlete, finder.event, match["record"], sentence))
    return facts
