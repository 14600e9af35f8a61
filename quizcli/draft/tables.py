"""Results tables: rows such as ``1. Geoffrey Mutai (KEN) 2:03:02`` or ``1) Tadej Pogacar
(UAE Team Emirates-XRG), in 3:50:29``, one a paragraph (or a line), under a heading that
names the race (``Stage 4 results``, ``Men's marathon``).

A table is read only when its heading names a race and its rows are numbered 1, 2, 3 ...
without a gap; a heading naming no race (``General classification``, ``Elite Men``)
leaves its table alone (standings are no result). A row's time is asked only when it is
written as a time (never a gap ``+3"`` or ``at same time``) and fits the race.
"""

from __future__ import annotations

import re

from quizcli.draft.clock import find_times
from quizcli.draft.events import event_name, events_in, plausible
from quizcli.draft.facts import Fact
from quizcli.draft.people import Cast, name_runs
from quizcli.draft.quotes import Sentence

_ROW = re.compile(
    r"\A\s*(?P<place>\d{1,2})[.)]\s+(?P<name>[^\d(,]{3,60}?)\s*(?=[(,\d]|\Z)(?:\([^)]{1,40}\))?"
)
_GAP = re.compile(r"[+]|\b(?:at|back|behind|same time|s\.t\.)\b", re.I)


class TableReader:
    """Follows headings and numbered rows through an article's sentences."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.event: str | None = None  # the race the current heading names
        self.next = 1  # the number the next row must carry

    def read(self, sentence: Sentence) -> list[Fact] | None:
        """The facts of one table row; None when ``sentence`` is no row (a heading resets
        the table; any other paragraph ends it)."""
        text = sentence.text
        row = _ROW.match(text)
        if row is None:
            heading = text[:1].lower() + text[1:]  # "Stage 4 results"
            events = events_in(heading) if sentence.heading else []
            self.event = event_name(events[0]) if len(events) == 1 else None
            self.next = 1
            return None
        place = int(row["place"])
        if self.event is None or place != self.next:
            self.event = None  # no race named, or a gap in the numbers: no table
            return None
        self.next += 1
        runs = name_runs(row["name"], self.cast.lowercase)
        if len(runs) != 1 or row["name"][runs[0].end :].strip():
            return []
        athlete = self.cast.resolve(runs[0].words)
        if athlete is None:
            return []
        facts = [Fact("place", athlete, self.event, place, sentence, row[0].strip())]
        rest = text[row.end() :]
        times = find_times(rest)
        if times and not _GAP.search(rest[: times[0].start]):
            time = times[0]
            if plausible(self.event, time.answer):
                facts.append(Fact("time", athlete, self.event, time.answer, sentence, time.written))
        return facts
