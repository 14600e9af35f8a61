"""Results tables: rows such as ``1. Geoffrey Mutai (KEN) 2:03:02`` or ``1) Tadej Pogacar
(UAE Team Emirates-XRG), in 3:50:29``, one a paragraph (or a line), or run together in one
paragraph (``Position Name Swim Bike Run Finish 1 Casper Stornes 19:11 ... 1:54:47 2 ...``),
under a heading that names the race.

A heading names the race when it names one (``Stage 4 results``, ``Men's marathon``), or
only a sex (``Elite Men``) in an article about one race (``men's`` + that race); a
heading naming standings (``General classification after stage 4``) or nothing of this
leaves its table alone: standings are no result. Rows must be numbered 1, 2, 3 ... without
a gap. A row's time is asked only when it is written as a time (never a gap ``+3"`` or
``at same time``), fits the race, and, in a row of several times, stands in the table's
last column (``Finish``).
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
# "1 Casper Stornes 19:11 1:01:42 32:51 1:54:47 2 Kristian ...": a number, then a name.
_RUN_ROW = re.compile(
    r"(?:(?<=\s)|\A)(?P<place>\d{1,2})\s+(?P<name>[A-Z][^\d()]{2,50}?)\s*(?=[(\d])"
)
_GAP = re.compile(r"[+]|\b(?:at|back|behind|same time|s\.t\.)\b", re.I)
_SEX_HEADING = re.compile(
    r"(?:(?:elite|senior|open|top(?:\s+\d+)?)\s+)?(?P<sex>men|women)(?:['’]s)?"
    r"(?:\s+(?:elite|race|results?|top(?:\s+\d+)?(?:\s+finishers)?|finishers|standings"
    r"|classification))?",
    re.I,
)
_STANDINGS_HEADING = re.compile(
    r"(?:general|overall|points|mountains?|youth|team)\s+(?:classification|standings)|GC\b"
    r"|overall\b|standings\b",
    re.I,
)
_LAST_COLUMN = re.compile(r"\b(?:finish|time|total|result)\s*$", re.I)


class TableReader:
    """Follows headings and numbered rows through an article's sentences."""

    def __init__(self, cast: Cast, main: str | None = None) -> None:
        self.cast = cast
        self.main = main  # the article's race, for a heading that names only a sex
        self.event: str | None = None  # the race the current heading names
        self.next = 1  # the number the next row must carry

    def read(self, sentence: Sentence) -> list[Fact] | None:
        """The facts of one table row (or of a paragraph of rows run together); None when
        ``sentence`` is no row (a heading resets the table; any other paragraph ends it)."""
        text = sentence.text
        row = _ROW.match(text)
        if row is None:
            if self.event is not None and self.next == 1 and not sentence.heading:
                rows = self._run_together(sentence)
                if rows is not None:
                    return rows
            self.event = self._heading_event(sentence) if sentence.heading else None
            self.next = 1
            return None
        place = int(row["place"])
        if self.event is None or place != self.next:
            self.event = None  # no race named, or a gap in the numbers: no table
            return None
        self.next += 1
        return self._row(sentence, place, row["name"], text[row.end() :], last=False)

    def _heading_event(self, sentence: Sentence) -> str | None:
        """The race a heading names (``Stage 4 results``, ``Elite Men``, ``General
        classification`` after a stage's table), or None."""
        heading = sentence.text.strip()
        if _STANDINGS_HEADING.match(heading):
            return None  # "General classification after stage 4": standings, not the stage
        events = events_in(heading[:1].lower() + heading[1:])  # "Stage 4 results"
        if len(events) == 1:
            return event_name(events[0])
        sex = _SEX_HEADING.fullmatch(heading)
        if sex and self.main and not events:
            base = re.sub(r"^(?:men|women)['’]s ", "", self.main)
            return f"{sex['sex'].casefold()}'s {base}"
        return None

    def _run_together(self, sentence: Sentence) -> list[Fact] | None:
        """Rows 1, 2, 3 ... written in one paragraph, after column names; None when the
        paragraph is no such table."""
        text = sentence.text
        rows: list[re.Match[str]] = []
        for match in _RUN_ROW.finditer(text):
            if int(match["place"]) == len(rows) + 1:
                rows.append(match)
        if len(rows) < 3:
            return None
        last = bool(_LAST_COLUMN.search(text[: rows[0].start()]))
        facts: list[Fact] = []
        for number, row in enumerate(rows):
            end = rows[number + 1].start() if number + 1 < len(rows) else len(text)
            facts += self._row(sentence, number + 1, row["name"], text[row.end() : end], last)
        self.event = None
        return facts

    def _row(self, sentence: Sentence, place: int, name: str, rest: str, last: bool) -> list[Fact]:
        """A row's place, and its time when it has one (the last column's, with ``last``)."""
        assert self.event is not None
        runs = name_runs(name, self.cast.lowercase)
        if len(runs) != 1 or name[runs[0].end :].strip():
            return []
        athlete = self.cast.resolve(runs[0].words)
        if athlete is None:
            return []
        facts = [Fact("place", athlete, self.event, place, sentence, f"{place} {name.strip()}")]
        times = find_times(rest)
        if len(times) > 1 and not last:
            return facts  # several times and no column says which is the race's
        if times and not _GAP.search(rest[: times[0].start]):
            time = times[-1]
            if plausible(self.event, time.answer):
                facts.append(Fact("time", athlete, self.event, time.answer, sentence, time.written))
        return facts
