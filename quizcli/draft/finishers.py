"""A place told as a description before the name: ``second-place finisher Joanne Jackson``,
``over second-place finisher, Sweden's Ludvig Aberg`` (the name right after, perhaps after
its nation's possessive), ``Third-place home favourite Ida Lind``, ``second-placed skier X``
(a word for the athlete, never a race's: ``third-place match``, ``fourth-place finish``).
Left out: another year's (``last year's third-place finisher X``, ``the 2019 runner-up``)
and a standing's (``third-place finisher in the standings``).
"""

from __future__ import annotations

import bisect
import re
from typing import Protocol

from quizcli.draft.editions import another_edition
from quizcli.draft.facts import Fact
from quizcli.draft.index import SentenceIndex
from quizcli.draft.moments import not_finish
from quizcli.draft.nations import is_country_name
from quizcli.draft.ordinals import ORD, place_number
from quizcli.draft.people import is_possessive
from quizcli.draft.quotes import Sentence


class Finder(Protocol):
    """What reading a finisher's place needs of the fact finder (``results.FactFinder``)."""

    event: str | None

    def index(self, sentence: Sentence) -> SentenceIndex: ...
    def lowered(self, sentence: Sentence) -> str | None: ...
    def negated(self, sentence: Sentence, position: int) -> bool: ...
    def event_at(
        self, events: list[re.Match[str]], position: int, end: int | None = None, text: str = ""
    ) -> str | None: ...


_FINISHER = re.compile(
    r"\b(?P<ord>(?i:" + ORD + r"))[- ]place(?:d)?\s+(?:home\s+)?"
    r"(?:finisher|favou?rite|hope|skier|racer|rider|runner|swimmer|skater|jumper|driver"
    r"|athlete|teammate|team-mate|compatriot),?\s+"
    r"(?:(?P<nation>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+)?"  # "Sweden's", "South Korea's"
)
# "last year's second-place finisher", "the 2019 third-place finisher": another race's
_PAST = re.compile(r"(?:['’]s|former|previous|last year|two-time|\d{4}|Olympic|world)\s+$", re.I)


def finisher_places(finder: Finder, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
    """``second-place finisher Joanne Jackson``: the place of the person named next."""
    text = sentence.masked
    if "place" not in text:
        return []  # (searched once a sentence that holds the word)
    index = finder.index(sentence)
    facts = []
    for match in _FINISHER.finditer(text):
        at = bisect.bisect_left(index.starts, match.end())
        if at >= len(index.starts) or index.starts[at] != match.end():
            continue  # no name right after
        run, name = index.runs[at], index.names[at]
        if name is None or is_possessive(text, run):
            continue  # "second-place finisher Jackson's coach": not the finisher
        if match["nation"] and not is_country_name(tuple(match["nation"].split())):
            continue  # "second-place finisher Tom Lee's brother Sam": not Sam
        if _PAST.search(text, max(0, match.start() - 25), match.start()):
            continue
        if another_edition(text, match.start(), run.end) or not_finish(finder, sentence, match):
            continue
        if finder.negated(sentence, match.start()):
            continue
        event = finder.event_at(events, match.start(), run.end, text) if events else finder.event
        if event:
            place = place_number(match["ord"])
            facts.append(Fact("place", name, event, place, sentence, match[0].strip(" ,")))
    return facts
