"""Results tables: rows such as ``1. Geoffrey Mutai (KEN) 2:03:02`` or ``1) Tadej Pogacar
(UAE Team Emirates-XRG), in 3:50:29``, one a paragraph (or a line), or run together in one
paragraph (``Position Name Swim Bike Run Finish 1 Casper Stornes 19:11 ... 1:54:47 2 ...``),
under a heading that names the race; or a summary line, its label naming the race and its
rows cut by semicolons (``Men's 1.6 km Sprint Freestyle: 1. Sindre Skar (NOR), 3:25.94; 2.
Gleb Retivykh (RUS), +0.11; ...``), whose label naming no race (``Men's Team Sprint``) gives
nothing of its rows.

A heading names the race when it names one (``Stage 4 results``, ``Men's marathon``), or
only a sex (``Elite Men``) in an article about one race (``men's`` + that race); a
heading naming standings (``General classification after stage 4``) or nothing of this
leaves its table alone: standings are no result. Rows must be numbered 1, 2, 3 ... without
a gap. A row's time is asked only when it is written as a time (never a gap ``+3"`` or
``at same time``), fits the race, and, in a row of several times, stands in the table's
last column (``Finish``).

Medal lines (``GOLD – Boglarka Kapas (HUN), 2:06.78``) under a heading naming the race
(``WOMEN'S 200 BUTTERFLY – FINAL``), past the lines of records and a ``Medalists:`` label
between them, give medals (a podium, when gold, silver and bronze follow each other) and
the medallists' times; prose ends the race's lines.

Rows numbered with a dash (``2 – Nico ROSBERG (Mercedes)``, three at least: ``dashed_rows``)
are the one race the article tells. A page of several races in one paragraph, its lists
under ``MEN:`` / ``WOMEN:`` labels (``paged_lists``), and lines of places by class under a
``Results:`` label (``Finns 1st Rowan Tate, 2nd ...``: ``ordinal_lines``) are cut there and
their rows read here. A surname printed in capitals after a first name (``Tomas ARDELL``)
is read as prose writes it; a first name a row shortens (``Ma Elena`` for ``Maria Elena``)
is the one person named so.
"""

from __future__ import annotations

import re

from quizcli.draft.car_rows import CAR_ROW, driver, numbered
from quizcli.draft.clock import find_times
from quizcli.draft.colon_headings import colon_heading
from quizcli.draft.dashed_rows import DashedRows
from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in
from quizcli.draft.facts import Fact
from quizcli.draft.fits import plausible
from quizcli.draft.judged_lines import line_points
from quizcli.draft.medal_lines import PLACE_LINE, unnamed_final
from quizcli.draft.ordinal_lines import RESULTS_LABEL, ordinal_line
from quizcli.draft.paged_lists import PagedLists
from quizcli.draft.people import Cast, name_runs
from quizcli.draft.plain_rows import medal_last, timed_bare_row
from quizcli.draft.quotes import Sentence

# (the starting position in brackets before the name: "1. (2) Josef Newgarden, Chevrolet";
# a number closed by a hyphen, the time after a dash: "1- Erik Lund (NOR) - 24:00.4"; or an
# ordinal: "2nd Paul Marin (FRA) 24:25.9")
_ROW = re.compile(
    r"\A\s*(?P<place>\d{1,2})(?:[.)]|-(?= )|(?:st|nd|rd|th):?(?= ))\s+(?:\(\d{1,2}\)\s+)?"
    r"(?P<name>[^\d(,]{3,60}?)"
    r"\s*(?:[-–—]\s*)?(?=[(,\d]|\Z)"
    r"(?:\([^)]{1,40}\))?"
)
# A line of column names over rows numbered bare: "Pos Name Nation Bib Start 1 ... Total"
_COLUMNS = re.compile(
    r"\A\s*(?:Pos(?:ition)?|Rank|Rk|Pl(?:ace)?)\.?\s+(?:Bib\s+)?Name\b"
    r"(?:[ \t]+(?:Nation|Nat|Country|Team|NOC|Bib|Club|Age|Year|YB|Time|Total|Result|Finish"
    r"|Behind|Diff\.?|Gap|Points|Pts|Penalt(?:y|ies)|Shooting"
    r"|(?:Start|Run|Heat|Race|Lap|Leg)(?:[ \t]+\d(?=[ \t]+[A-Z]))?)\b)*"  # the other columns
)
# A row numbered bare under such a line: its place, the name, and a nation's code
_BARE_ROW = re.compile(
    r"\A\s*(?P<place>\d{1,2})\s+(?P<name>[A-Z][^\d(,]{2,60}?)(?:\s+(?P<code>[A-Z]{3}))?"
    r"\s*(?=[(,\d]|\Z)"
)
_NATION_CODE = re.compile(r"\s+[A-Z]{3}\Z")
# A column's note under a table's heading: "(Starting position)"
_NOTE = re.compile(r"\A\s*\([^()]{1,40}\)\s*\Z")
# "1 Casper Stornes 19:11 1:01:42 32:51 1:54:47 2 Kristian ...": a number, then a name.
_RUN_ROW = re.compile(
    r"(?:(?<=\s)|\A)(?P<place>\d{1,2})\s+(?P<name>[A-Z][^\d()]{2,50}?)\s*(?=[(\d])"
)
# A surname printed in capitals after a first name ("Tomas ARDELL"), read as written in prose
_CAPS_SURNAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]{2,}\b")
_CAPS_WORD = re.compile(r"\b[A-Z]{2,}\b")
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
_MEDAL_ROW = re.compile(
    r"\A\s*[-•*]?\s*(?P<medal>GOLD|SILVER|BRONZE|Gold|Silver|Bronze)\s*[–—:-]+\s*"
    r"(?P<name>[^\d(,]{3,60}?)\s*(?:\([^)]{1,40}\))?\s*(?:,\s*|(?=\d)|\Z)"
)
_MEDALS = {"gold": 1, "silver": 2, "bronze": 3}
_BARE_SECONDS = re.compile(r"\s*(?P<time>\d{1,2}\.\d{2,3})\s*\Z")  # ", 46.96": a row's time
# a race of 50m or more (bare seconds under "10M AIR RIFLE" or "LONG JUMP" are no time)
_RACED = re.compile(r"(?:(?:men|women)['’]s )?(?:[5-9]\d|\d{3,5})m\b")
_LABEL = re.compile(r"\A\s*[A-Z][\w ]{0,30}:\s*\Z")  # "Medalists:", "Results:"
# A results line run together in one paragraph, cut by the sentence reader after each row's
# number: "Men's 1.6 km Sprint Freestyle: 1." / "Sindre Skar (NOR), 3:25.94; 2." / ... (or
# "Gleb Retivykh (RUS) 3:26.05, 3.": the time straight after the name, rows cut by commas)
_INLINE_LABEL = re.compile(r"\A\s*(?P<label>[A-Z][^:;]{2,60}?)\s*:\s*1\.\s*\Z")
_INLINE_ROW = re.compile(
    r"\A\s*(?P<name>[A-Z][^\d(,;]{2,60}?)\s*(?:\([^)]{1,40}\))?\s*(?:,\s*|(?=\d))"
    r"(?P<rest>[^;]{1,40}?)\s*(?:[;,]\s*(?P<next>\d{1,2})\.)?\s*\.?\s*\Z"
)
# "Women's 7.5 km Sprint", "Men's 1.6 km Sprint Freestyle": a distance in tenths of a km
_DECIMAL_KM = re.compile(
    r"(?:(?P<sex>(?:[Ww]o)?[Mm]en)['’]s\s+)?(?P<d>\d{1,2}\.\d{1,2})\s*km\b"
    r"(?P<sprint>\s+[Ss]print\b)?"
)


class TableReader:
    """Follows headings and numbered rows through an article's sentences."""

    def __init__(self, cast: Cast, main: str | None = None) -> None:
        self.cast = cast
        self.main = main  # the article's race, for a heading that names only a sex
        self.event: str | None = None  # the race the current heading names
        self.next = 1  # the number the next row must carry
        self.medal_event: str | None = None  # the race medal lines are under
        self.medallists: list[str] = []  # its gold, silver, 4th ... so far, in order
        self.untimed = False  # its heading names a final the draft knows no race of: no time
        self.inline: tuple[int, int] | None = None  # (paragraph, next place) of a results line
        self.filled = False  # whether the last row held more than its name (a team, a time)
        # after a line of column names: True when its last column is the time, None when
        # not; False when no such line stands above (rows need their "1." then)
        self.columns: bool | None = False
        self.labelled = False  # the paragraph before was a bare label ("Results:") or heading
        self.times: list[str] = []  # the times of a table's rows so far, as written
        self.pages = PagedLists()  # a page of races, its lists under "MEN:" run together
        self.by_class = False  # after "Results:", lines "Finns 1st Rowan Tate, 2nd ..."
        self.dashed = DashedRows()  # "1 – Lewis HAMILTON (Mercedes)", "2 – ..."

    def read(self, sentence: Sentence, told: str | None = None) -> list[Fact] | None:
        """The facts of one table row (or of a paragraph of rows run together); None when
        ``sentence`` is no row (a heading resets the table; any other paragraph ends it).
        ``told``: the one race the article tells, for a table under a bare ``Results:``."""
        text = sentence.text
        segments = self.pages.read(sentence)
        if segments is not None:  # "MEN: 1 Jo ARDELL KEN 2:11:05 2 ... WOMEN: 1 ..."
            facts: list[Fact] = []
            for segment in segments:
                self.event = segment.event
                facts += self._run_together(sentence, segment.start, segment.end) or []
            self.event, self.next = None, 1
            return facts
        dashed = self.dashed.read(sentence)
        if dashed is not None:  # "2 – Nico ROSBERG (Mercedes)": the one race told
            facts = []
            for dashed_row in dashed if told else []:
                self.event = told
                facts += self._row(
                    dashed_row.sentence, dashed_row.place, dashed_row.name, "", False
                )
            self.event, self.next = None, 1
            return facts
        line = ordinal_line(text) if self.by_class else None
        if line is not None:  # "Finns 1st Rowan Tate, 2nd Ilse Marr, 3rd Owen Voss"
            facts = []
            for place, name in line.rows:
                self.event = line.event
                facts += self._row(sentence, place, name, "", False) if name else []
            self.event, self.next = None, 1
            return facts
        self.by_class = bool(RESULTS_LABEL.match(text))
        columns = _COLUMNS.match(text)  # (a short line of them reads as a heading)
        if columns is not None:  # "Pos Name Nation Bib ... Total": rows numbered bare below
            self.event, self.next = self.event or (told if self.labelled else None), 1
            if self.event is None:
                return None
            if columns.end() < len(text.rstrip()):  # the rows run on in the same paragraph
                return self._run_together(sentence, columns.end()) or []
            self.columns = bool(_LAST_COLUMN.search(text)) or None
            return []
        self.labelled = bool(_LABEL.match(text)) or (sentence.heading and not self.event)
        if self.inline is not None:
            inline = self._inline_row(sentence)
            if inline is not None:
                return inline
        label = _INLINE_LABEL.match(text) if not sentence.heading else None
        if label is not None:  # a line whose label names no race ("Men's Team Sprint"):
            # its rows are read, and give nothing (pairs, or a race the draft cannot name)
            self.event, self.next = _label_event(label["label"]), 1
            self.inline = (sentence.paragraph, 1)
            return []
        medal = _MEDAL_ROW.match(text) or medal_last(text)  # "Kathryn Vale, Australia, Gold"
        if medal is not None:
            return self._medal_row(sentence, medal) if self.medal_event else None
        placed = PLACE_LINE.match(text) if len(self.medallists) >= 3 else None
        if placed is not None and int(placed["place"]) == len(self.medallists) + 1:
            return self._medal_row(sentence, placed)  # "4th: Lia Moreau" after the medals
        # "Men's 10km sprint results:" (a bare label, "Medalists:", heads nothing of its own)
        heading = sentence.heading or (colon_heading(text) and not _LABEL.match(text))
        if heading:  # ("Women's Street Final": a final named for its lines only)
            words = text.strip().removesuffix(":")  # (a line with a colon carries no race on)
            named, kept = self._heading_event(sentence), sentence.heading and self.medal_event
            self.untimed = named is None and unnamed_final(words) is not None
            self.medal_event = named or unnamed_final(words) or kept or None
            self.medallists = [] if self.medal_event is None else self.medallists
        elif not _LABEL.match(text):
            self.medal_event, self.medallists = None, []
        row = _ROW.match(text)
        plain = row is None and self.columns is False and timed_bare_row(text)  # "1 Ann Ray 9.8"
        if row is None and (self.columns is not False or plain) and self.event is not None:
            row = _BARE_ROW.match(text)  # "1 Natalie Geisenberger GER 23 6.805 ... 1:22.388"
        else:
            self.columns = False
        if row is None and self.event is not None and self.next == 1 and _NOTE.match(text):
            return None  # "(Starting position)" between the heading and its rows
        if row is None:
            if self.event is not None and self.next == 1 and not sentence.heading:
                rows = self._run_together(sentence)
                if rows is not None:
                    return rows
            self.event = self._heading_event(sentence) if heading else None
            self.next = 1
            return None
        place = int(row["place"])
        if self.event is None or place != self.next:
            self.event = None  # no race named, or a gap in the numbers: no table
            return None
        self.next += 1
        after = text[row.end("name") :].strip()  # a team in brackets, a time, a maker
        if place > 1 and self.filled and not after:
            return []  # "9. (21) Rinus VeeKa" after rows with teams: a row cut off, its name too
        self.filled = bool(after)
        bare = row.re is _BARE_ROW  # (under column names: the last column's time, if any)
        found = self._row(
            sentence, place, row["name"], text[row.end() :], last=bare and bool(self.columns)
        )
        times = [f.written for f in found if f.kind == "time"]
        if bare and times and _cut_short(times[0], self.times if place > 1 else []):
            found = [f for f in found if f.kind != "time"]  # "5 Kimberley McRae CAN ... 1:22"
        self.times = [*(self.times if place > 1 else []), *times]
        return found

    def _inline_row(self, sentence: Sentence) -> list[Fact] | None:
        """One row of a results line (``Gieb Retivykh (RUS), +0.11; 3.``): its place is the
        number the row before ended with; None, ending the line, when it is no such row."""
        assert self.inline is not None
        paragraph, place = self.inline
        row = _INLINE_ROW.match(sentence.text)
        if sentence.heading or sentence.paragraph != paragraph or row is None:
            self.inline, self.event, self.next = None, None, 1
            return None
        facts = self._row(sentence, place, row["name"], row["rest"], False) if self.event else []
        if row["next"] is not None and int(row["next"]) == place + 1:
            self.inline = (paragraph, place + 1)
        else:  # the last row (or a gap in the numbers): the line ends here
            self.inline, self.event, self.next = None, None, 1
        return facts

    def _heading_event(self, sentence: Sentence) -> str | None:
        """The race a heading names (``Stage 4 results``, ``Elite Men``, ``General
        classification`` after a stage's table), or None."""
        heading = sentence.text.strip().removesuffix(":").rstrip()
        if _STANDINGS_HEADING.match(heading):
            return None  # "General classification after stage 4": standings, not the stage
        # "Stage 4 results"; "WOMEN'S 200 BUTTERFLY – FINAL" read in lower case
        events = events_in(
            heading.lower() if heading.isupper() else heading[:1].lower() + heading[1:]
        )
        if len(events) == 1:
            return event_name(events[0])
        sex = _SEX_HEADING.fullmatch(heading)
        if sex and self.main and not events:
            base = re.sub(r"^(?:men|women)['’]s ", "", self.main)
            return f"{sex['sex'].casefold()}'s {base}"
        return None

    def _run_together(
        self, sentence: Sentence, start: int = 0, end: int | None = None
    ) -> list[Fact] | None:
        """Rows 1, 2, 3 ... written in one paragraph, after column names (which end at
        ``start`` when they are known), up to ``end`` (a list's next label, when there is
        one); None when the paragraph is no such table."""
        text = sentence.text
        end = len(text) if end is None else end
        rows = numbered(_RUN_ROW, text, start, end)
        car = len(rows) < 3 and not self.columns  # "3 16 Jarno Trulli Toyota 66 +45.9 secs"
        rows = numbered(CAR_ROW, text, start, end) if car else rows
        if len(rows) < 3:
            return None
        last = bool(_LAST_COLUMN.search(text, 0, rows[0].start()))
        facts: list[Fact] = []
        written: list[str] = []  # the times of the rows so far, as written
        for number, row in enumerate(rows):
            cut = rows[number + 1].start() if number + 1 < len(rows) else end
            name = driver(self.cast, row["name"]) if car else row["name"]
            rest = text[row.end() : cut]
            found = self._row(sentence, number + 1, name, rest, last) if name else []
            times = [f.written for f in found if f.kind == "time"]
            if number + 1 == len(rows) and times and _cut_short(times[0], written):
                found = [f for f in found if f.kind != "time"]  # "5 Kimberley McRae CAN ... 1:22"
            written += times
            facts += found
        self.event = None
        return facts

    def _row(self, sentence: Sentence, place: int, name: str, rest: str, last: bool) -> list[Fact]:
        """A row's place, and its time when it has one (the last column's, with ``last``)."""
        assert self.event is not None
        name = _NATION_CODE.sub("", name.strip())  # "Natalie Geisenberger GER"
        if _CAPS_SURNAME.search(name) and not name.isupper():  # "Tomas ARDELL": Tomas Ardell
            name = _CAPS_WORD.sub(lambda word: word[0].capitalize(), name)
        runs = name_runs(name, self.cast.lowercase)
        if len(runs) != 1 or name[runs[0].end :].strip():
            return []
        athlete = self.cast.resolve(runs[0].words) or _shortened(self.cast, runs[0].words)
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

    def _medal_row(self, sentence: Sentence, row: re.Match[str]) -> list[Fact]:
        """``GOLD – Boglarka Kapas (HUN), 2:06.78``: a medal, its time, and the podium once
        gold, silver and bronze have followed each other; or a place numbered on after
        them (``4th: Lia Moreau, France``)."""
        assert self.medal_event is not None
        medal = row.groupdict().get("medal")  # else a place numbered on ("4th: ...")
        event = self.medal_event
        place = _MEDALS[medal.casefold()] if medal else int(row["place"])
        runs = name_runs(row["name"], self.cast.lowercase)
        athlete = self.cast.resolve(runs[0].words) if len(runs) == 1 else None
        if athlete is None or row["name"][runs[0].end :].strip():
            self.medallists = []
            return []
        written = f"{medal} – {row['name'].strip()}" if medal else row[0][: row.end("name")].strip()
        kind = "medal" if medal else "place"
        facts = [Fact(kind, athlete, event, place, sentence, written)]
        self.medallists = [*self.medallists, athlete] if place == len(self.medallists) + 1 else []
        if place == 3 and len(self.medallists) == 3:
            podium = tuple(self.medallists)
            facts.append(Fact("podium", podium[0], event, podium, sentence))
        rest = "" if self.untimed else sentence.text[row.end() :]  # "(15.26)": points?
        times = find_times(rest)
        bare = _BARE_SECONDS.match(rest) if not times and _RACED.match(event) else None
        answer = times[0].answer if len(times) == 1 else (bare["time"] if bare else None)
        if answer and plausible(event, answer):
            facts.append(Fact("time", athlete, event, answer, sentence, answer))
        points = line_points(event, sentence.text[row.end() :])
        if points:  # "Gold: Ana Sato, Japan (15.26)" in a street final: her score
            how = {1: "gold", 2: "silver", 3: "bronze"}[place] if medal else f"place {place}"
            facts.append(Fact("points", athlete, event, (how, points), sentence, points))
        return facts


def _shortened(cast: Cast, words: tuple[str, ...]) -> str | None:
    """The one person the articles name in full whose first name a row shortens (``Ma Elena
    Valencia`` for ``Maria Elena Valencia``: three words, the last two the same), or None."""
    if len(words) != 3 or len(words[0]) < 2:
        return None
    named = cast.full_names.get(words[-1], [])
    if len(named) != 1 or named[0].split()[1:] != list(words[1:]):
        return None
    first = named[0].split()[0]
    return named[0] if first.startswith(words[0]) and first != words[0] else None


def _cut_short(time: str, before: list[str]) -> bool:
    """Whether a table's last time is cut short by a stored copy's end (``1:22`` under rows
    of ``1:22.388``): fewer decimals than every time above it."""
    decimals = len(time.rpartition(".")[2]) if "." in time else 0
    return bool(before) and all(
        decimals < (len(t.rpartition(".")[2]) if "." in t else 0) for t in before
    )


def _label_event(label: str) -> str | None:
    """The race a results line's label names (``Women's 200m Freestyle``, ``Men's 1.6 km
    Sprint Freestyle`` -> men's 1.6km sprint), or None (``Men's Team Sprint``: no race)."""
    # as written ("Men's K1 1000m"), and in lower case ("Women's 200m Freestyle"): the one
    # race it names, said the longest way
    read = [events_in(label[:1].lower() + label[1:]), events_in(label.lower())]
    named = [event_name(events[0]) for events in read if len(events) == 1]
    if named:
        return max(named, key=len)
    decimal = _DECIMAL_KM.search(label) if not any(read) else None
    if decimal is None:
        return None
    sex = f"{decimal['sex'].casefold()}'s " if decimal["sex"] else ""
    return f"{sex}{decimal['d']}km" + (" sprint" if decimal["sprint"] else "")
