"""Race facts in narration: times, medals, podiums, places and records.

Each fact is tied to the athlete the sentence gives it to: the sentence's subject (a name,
or ``he`` / ``the Norwegian`` resolved to the person the article is about at that point),
never to a name that follows ``ahead of`` or ``behind``. A fact whose athlete or event
cannot be told is left out. Times keep the article's precision, written the way answers
are typed (``13 mins and 13.66 secs`` -> ``13:13.66``).
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft import placings, podiums
from quizcli.draft.clauses import (
    MARGIN_AFTER,
    MARGIN_BEFORE,
    NEGATION,
    NEGATION_WORDS,
    OWN_RECORD,
    RECORD_TIME_AFTER,
    RECORD_TIME_BEFORE,
    SUBJECT_CLAUSE,
    main_subject,
    other_sex,
)
from quizcli.draft.clock import Time, find_times
from quizcli.draft.events import (
    event_name,
    events_in,
    plausible,
)
from quizcli.draft.facts import Fact
from quizcli.draft.field import article_field_event, find_marks
from quizcli.draft.index import SentenceIndex
from quizcli.draft.innings import find_innings, is_cricket
from quizcli.draft.owners import other_edition, time_owner
from quizcli.draft.people import Cast, is_anaphor, is_possessive, name_runs
from quizcli.draft.quotes import Sentence
from quizcli.draft.scores import find_scores
from quizcli.draft.tables import TableReader
from quizcli.draft.tails import Ending, lowered, may_hold

_DIGIT = re.compile(r"\d")
_RECORD = (
    r"\b(?:an?|the|his|her|a new)\s+(?P<record>(?:(?:world|Olympic|European|African|Asian|"
    r"American|British|Commonwealth|national|championship|meeting|area)\s+)"
    r"(?:[\w-]+\s+)?record)\b"
)


class FactFinder:
    """Finds the facts of sentences read in order, remembering the last event named."""

    def __init__(self, cast: Cast, sentences: list[Sentence] | None = None) -> None:
        self.cast = cast
        names = [
            re.sub(r"^(?:men|women)'s ", "", event_name(match))
            for sentence in sentences or []
            if not sentence.heading
            for match in events_in(sentence.masked)
        ]
        # With several races in the article, only the first (the report's own race) is
        # carried from one paragraph to the next; another is carried within its paragraph.
        self.main = names[0] if names else None
        self.several = len(set(names)) > 1
        self.event: str | None = None
        self.event_paragraph = -10
        self.skipped: list[tuple[str, Sentence]] = []  # (why not asked, where)
        self.switched: str | None = None  # the event before "In the women's race"
        self._index: tuple[Sentence, SentenceIndex] | None = None
        self._denials: tuple[Sentence, list[int] | None] | None = None
        self.tables = TableReader(cast, self.main)
        self.carried: str | None = None
        self.field_event = article_field_event([s.masked for s in sentences or []])
        self.cricket = is_cricket([s.masked for s in sentences or []])

    def index_of_text(self, text: str) -> SentenceIndex | None:
        """The index of the sentence being read, when ``text`` is its masked text."""
        if self._index is not None and self._index[0].masked == text:
            return self._index[1]
        return None

    def index(self, sentence: Sentence) -> SentenceIndex:
        """The sentence's index, built once."""
        if self._index is None or self._index[0] is not sentence:
            self._index = (sentence, SentenceIndex(sentence.masked, self.cast))
        return self._index[1]

    def names(self, text: str) -> list[str]:
        """The people named in ``text``, in order, as the draft prints them."""
        runs = name_runs(text, self.cast.lowercase)
        found = [None if is_possessive(text, r) else self.cast.resolve(r.words) for r in runs]
        return [name for name in found if name]

    def athlete(self, sentence: Sentence, before: int) -> str | None:
        """The athlete the sentence gives a fact at ``before`` to: the last person named or
        referred to before it, outside ``ahead of`` / ``behind`` lists and quotations. A fact
        after ``with Fraser-Pryce third`` is Fraser-Pryce's; after ``ahead of A and B`` it is
        nobody's for sure, so None."""
        index = self.index(sentence)
        text = sentence.masked
        limit = before
        clause = index.clause_start(before)
        if (
            clause
            and SUBJECT_CLAUSE.match(text, clause)
            and not index.names_between(clause, before)[0]
        ):
            # "Kroell had beaten Miller by a hundredth, winning in 2:04.22": the subject's
            # (of the nearest main clause: "A was third, while B won, clocking 19.84" is B's)
            return main_subject(index, text, clause)
        cue = index.last_cue_before(before)
        if cue is not None:
            count, last = index.names_between(cue, before)
            clause = index.clause_start(before)
            if count and clause > cue and SUBJECT_CLAUSE.match(text, clause):
                count = index.names_between(clause, before)[0]  # "..., running 3:29.41"
                cue = index.cues[0] if not count else cue
            if count:
                word = text[cue : cue + 5]
                if word.startswith("with"):  # "with Fraser-Pryce third in 10.77"
                    return last if count == 1 else None
                if word.startswith("while"):  # "..., while Aaron Royle finished 25th"
                    return last if count == 1 else None
                if word.startswith("and"):  # a clause of its own, or a pair?
                    pair = index.last_name_end_before(cue)
                    pair_ends_here = pair is not None and not text[pair:cue].strip(" ,")
                    return None if pair_ends_here or count > 1 else last
                return None  # in an "ahead of" / "behind" list: nobody's for sure
            limit = cue
        name = index.last_name_before(limit)
        clause = index.clause_start(limit)
        named, _ = index.names_between(clause, limit)
        if named >= 2 and index.names_between(clause, limit)[1] and self._two(index, clause, limit):
            return None  # "Schippers almost caught Fraser-Pryce ... in 10.81": whose?
        first = index.cues[0] if index.cues else None
        start = index.last_name_start_before(limit)
        if name and first is not None and start is not None and start > first:
            if text[first : first + 5].startswith(("ahead", "behin", "beati", "from ", "along")):
                return None  # the last name stands in a list of others
        if index.pronoun_in_clause(limit) or (not name and is_anaphor(text)):
            return sentence.focus  # "he", "she", "The Norwegian": who the text is about
        return name

    @staticmethod
    def _two(index: SentenceIndex, start: int, end: int) -> bool:
        """Whether two different people are named between two offsets."""
        first = bisect.bisect_left(index.ends, start)
        last = bisect.bisect_right(index.ends, end)
        seen = {name for name in index.names[first:last][:50] if name}
        return len(seen) >= 2

    def negated(self, sentence: Sentence, position: int) -> bool:
        """Whether the clause before ``position`` denies or only wishes it (``has not won``)."""
        start = max(self.index(sentence).clause_start(position), position - 150)
        turn = sentence.masked.rfind(" but ", start, position)  # "was not quickest ... but won"
        start = max(start, turn)
        if self._denials is None or self._denials[0] is not sentence:
            self._denials = (sentence, may_hold(lowered(sentence.masked), NEGATION_WORDS))
        words = self._denials[1]  # where a denying word stands, read once per sentence
        if words is not None:
            count = bisect.bisect_left(words, start)
            if count == len(words) or words[count] >= position:
                return False  # no word of NEGATION's starts in the clause: no search
        return bool(NEGATION.search(sentence.masked, start, position))

    def skip(self, why: str, sentence: Sentence) -> None:
        """Note a fact left out, and why, for --json."""
        self.skipped.append((why, sentence))

    def find(self, sentence: Sentence) -> list[Fact]:
        """Every fact in one sentence (none in a heading: it is said again, in full, below)."""
        text = sentence.masked
        rows = self.tables.read(sentence)
        if rows is not None:
            return rows  # "1) Tadej Pogacar (UAE), in 3:50:29" under "Stage 4 results"
        if sentence.heading:
            return []
        events = events_in(text)
        gender = re.search(r"\b(men|women)['’]s\b", text)
        if self.switched and sentence.paragraph != self.event_paragraph:
            self.event, self.switched = self.switched, None  # "the women's race" was its own
        if self.several and self.event and sentence.paragraph != self.event_paragraph:
            if not self.event.endswith(self.main or "\0"):
                self.event = None  # which of the article's races: not told here
        self.carried = self.event  # the race before this sentence names its own
        if events:
            self.event, self.event_paragraph = event_name(events[0]), sentence.paragraph
            self.switched = None
        elif gender and self.event:  # "In the women's race": the same event, for women
            base = re.sub(r"^(?:men|women)'s ", "", self.event)
            switched = f"{gender[1].casefold()}'s {base}"
            if switched != self.event:
                self.switched = self.switched or self.event
                self.event, self.event_paragraph = switched, sentence.paragraph
        facts: list[Fact] = []
        lowered = text.casefold()
        if _DIGIT.search(text):
            facts += self._times(sentence, events)
            facts += find_scores(self, sentence)
            facts += find_marks(self, sentence, self.field_event)
            facts += find_innings(self.cast, sentence) if self.cricket else []
        facts += podiums.medals(self, sentence, lowered)
        facts += placings.places(self, sentence, lowered)
        if "record" in lowered:
            facts += self._records(sentence)
        facts += self._ages(sentence)
        return facts

    def _ages(self, sentence: Sentence) -> list[Fact]:
        """``Alemu, 31,``, ``the 23-year-old Kerr`` and ``Kerr, the 23-year-old,``."""
        facts = []
        text = sentence.masked
        index = self.index(sentence)
        for run, name in zip(index.runs, index.names, strict=True):
            after = _AGE_AFTER.match(text, run.end)
            before = _ENDS_AGE.search_in(text, max(0, run.start - 30), run.start)
            age = after or before
            if name and age:
                facts.append(Fact("age", name, None, int(age[1]), sentence, age[0].strip(" ,")))
        return facts

    def event_at(
        self, events: list[re.Match[str]], position: int, end: int | None = None, text: str = ""
    ) -> str | None:
        """The race of a value at ``position``: one named just after it (``12th in the
        super-G``), else the last named before it, else the sentence's first, else the one
        carried from before; None when the sentence's sex contradicts the race's."""
        starts = [e.start() for e in events]
        count = bisect.bisect_left(starts, position)
        event = None
        if end is not None and count < len(events):
            between = text[end : events[count].start()]
            if len(between) <= 12 and re.fullmatch(r"\s*(?:in|at|of)\s+(?:the\s+)?", between):
                event = event_name(events[count])
        if event is None and count:
            event = event_name(events[count - 1])
        if event is None and events:
            # Named only later: the race of this value only within its own clause ("sixth,
            # so she leaves without a podium in the 10,000m" is not the 10,000m's sixth).
            index = self.index_of_text(text) if text else None
            later = events[count] if count < len(events) else events[0]
            if index is not None and index.clause_start(later.start()) > position:
                return None
            event = event_name(later)
        if event is None:
            event = self.event
        if event and text and other_sex(event, self.index_of_text(text)):
            return None
        return event

    def _times(self, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
        facts: list[Fact] = []
        text = sentence.masked
        for time in find_times(text):
            window = text[max(0, time.start - 40) : time.start]
            margin = _ENDS_MARGIN.search(window)
            if margin and time.answer.count(":") == 2 and _AT_END.search(window):
                margin = None  # "crossed the line at 2:05:06": a finishing time, not a gap
            short = ":" not in time.answer and float(time.answer) < 9.5
            raced = _ENDS_RACED.search(window)
            if margin or (MARGIN_AFTER.match(text, time.end) and not raced) or short:
                continue  # a margin or a clock time, not a race time
            if _ENDS_SEGMENT.search(window):
                continue  # "the fastest run time (31:19)": one leg of the race, not its time
            others = _ENDS_RECORD.search(window) and not OWN_RECORD.search(window)
            if others or RECORD_TIME_AFTER.match(text, time.end):
                self.skip(
                    f"{time.written} is a record or an old mark, not this race's time", sentence
                )
                continue
            if self.negated(sentence, time.start):
                self.skip(f"{time.written}: the sentence denies or only wishes it", sentence)
                continue
            if other_edition(text, time):
                self.skip(f"{time.written} is another year's race", sentence)
                continue
            athlete = self._bracketed(sentence, time) or self.athlete(sentence, time.start)
            event = self.event_at(events, time.start, time.end, text)
            if event is None and self.carried and events and events[0].start() > time.end:
                # "came home in 13:26.98, ..., six days after winning the 10,000m": the race
                # named later stands in another clause; the time is the carried race's
                event = None if other_sex(self.carried, self.index(sentence)) else self.carried
            if "." in time.answer and ":" not in time.answer and not _TRACK.match(event or ""):
                event = None  # "(17.57)" for a field event or an unnamed race: not a time
            if event and not plausible(event, time.answer):
                self.skip(f"{time.written} is no time for the {event}", sentence)
                continue
            if athlete:
                facts.append(Fact("time", athlete, event, time.answer, sentence, time.written))
            else:
                self.skip(f"{time.written}: whose time it is cannot be told", sentence)
        return facts

    def _bracketed(self, sentence: Sentence, time: Time) -> str | None:
        """Whose a time is when the sentence's form leaves no doubt (quizcli.draft.owners)."""
        return time_owner(sentence.masked, time, self.index(sentence))

    def _records(self, sentence: Sentence) -> list[Fact]:
        facts = []
        for match in re.finditer(_RECORD, sentence.masked):
            verb = r"\b(?:set|sets|setting|broke|breaks|breaking|shattered|smashed|lowered)\b"
            if not re.search(verb, sentence.masked[max(0, match.start() - 40) : match.start()]):
                continue
            if self.negated(sentence, match.start()):
                continue
            athlete = self.athlete(sentence, match.start())
            if athlete:
                facts.append(Fact("record", athlete, self.event, match["record"], sentence))
        return facts


_AGE_AFTER = re.compile(r",\s*(?:the\s+)?(\d{2})(?:-year-old)?\s*,")
_AGE_BEFORE = re.compile(r"\bthe\s+(\d{2})-year-old\s+$")
_TRACK = re.compile(r"(?:(?:men|women)'s )?\d+m\b")
_AT_END = re.compile(r"\bat\s*$")
_SEGMENT = re.compile(
    r"\b(?:swim|bike|run|cycle|ride|split|lap|leg|segment|sector)\b[^()]{0,25}\(\s*$", re.I
)
_RACED_END = re.compile(r"\b(?:in|of|clock|clocks|clocked|clocking|timed|ran|running|won)\s*$")
# The words before a time, searched only when they end as the pattern may (quizcli.draft.tails).
_ENDS_MARGIN = Ending(MARGIN_BEFORE)
_ENDS_RACED = Ending(_RACED_END)
_ENDS_SEGMENT = Ending(_SEGMENT)
_ENDS_RECORD = Ending(RECORD_TIME_BEFORE)
_ENDS_AGE = Ending(_AGE_BEFORE)
