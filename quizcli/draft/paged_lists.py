"""Results lists of a page of several races, run together in one paragraph: each race under
a dated heading in capitals (``12 APRIL 2009: PORTO MARATHON, PORTUGAL`` glued to its first
sentence), its lists under a sex's label (``MEN: 1 Tomas ARDELL KEN 2:11:05 2 ... WOMEN:
1 ...``, ``WOMEN (ONLY): 1 ...``).

A list is the race's whose heading stands last before it in the paragraph (a list after
the next race's heading is that race's); a heading naming no marathon (``NILE 10K, EGYPT``)
names no race, and its lists give nothing. A second list of one sex of one race gives
nothing: a race the heading did not name, or another year's (``5 MARCH 2005: LALA
MARATHON`` below the 2006 race). The rows themselves are read by ``tables``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in
from quizcli.draft.not_names import MONTHS
from quizcli.draft.quotes import Sentence

_MONTHS = "|".join(month.upper() for month in MONTHS)  # a heading in capitals
# A race's dated heading, or a sex's label before a list's first row ("MEN (ONLY): 1 Jo")
_MARK = re.compile(
    rf"(?P<date>\b\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}\s*:\s*)"
    r"|\b(?P<sex>MEN|WOMEN)(?:\s*\(ONLY\))?:\s+(?=1\s+[A-Z])"
)
# The race the dated heading names: "LALA MARATHON", "LAKE BIWA MAINICHI MARATHON"
_CAPS_RACE = re.compile(r"(?:[A-Z][A-Z'’.&-]+\s+){1,4}(?:HALF\s+)?MARATHON\b")
_STARTS_LIST = re.compile(r"\A\s*(?:MEN|WOMEN)(?:\s*\(ONLY\))?:\s+1\s+[A-Z]")
# A month in capitals: what a heading holds when no label does (a label holds "MEN"), so a
# sentence holding neither is not searched for either
_CAPS_MONTH = re.compile(_MONTHS)


class Segment(NamedTuple):
    """One list of a sentence: the race it is of, and where its rows stand."""

    event: str
    start: int
    end: int


class PagedLists:
    """Follows the dated headings of a paragraph, and cuts its sentences that are lists
    under a sex's label into one ``Segment`` a list."""

    def __init__(self) -> None:
        self.paragraph = -1
        self.race: str | None = None  # the race the last dated heading named (title case)
        # (race, sex) read so far in the article: another list of them is another edition's
        self.read_lists: set[tuple[str | None, str]] = set()

    def read(self, sentence: Sentence) -> list[Segment] | None:
        """The lists of a sentence that opens with a sex's label (their race unknown:
        none); None for any other sentence, whose dated headings are noted."""
        if sentence.paragraph != self.paragraph or sentence.heading:
            self.paragraph, self.race = sentence.paragraph, None
        if sentence.heading:
            return None
        text = sentence.text
        listed = _STARTS_LIST.match(text) is not None
        segments: list[Segment] = []
        open_list: tuple[str | None, str, int] | None = None  # (race, sex, start)
        marked = "MEN" in text or _CAPS_MONTH.search(text) is not None
        for mark in _MARK.finditer(text) if marked else ():
            if open_list is not None:
                segments += self._segment(*open_list, mark.start())
                open_list = None
            if mark["date"] is not None:
                race = _CAPS_RACE.match(text, mark.end())
                self.race = race[0] if race else None
            elif listed:
                open_list = (self.race, mark["sex"].casefold(), mark.end())
        if open_list is not None:
            segments += self._segment(*open_list, len(text))
        return segments if listed else None

    def _segment(self, race: str | None, sex: str, start: int, end: int) -> list[Segment]:
        """The list of ``sex`` under ``race`` between ``start`` and ``end``, when the race
        is named and no list of that sex was read under it before."""
        if race is None or (race, sex) in self.read_lists:
            self.read_lists.add((race, sex))
            return []
        self.read_lists.add((race, sex))
        title = " ".join(word.capitalize() for word in race.split())
        events = events_in(f"{sex}'s {title}")
        if len(events) != 1:
            return []
        return [Segment(event_name(events[0]), start, end)]
