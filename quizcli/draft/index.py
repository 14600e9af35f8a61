"""One sentence read once, so that a fact is tied to its athlete in logarithmic time.

``SentenceIndex`` holds the sentence's name runs (resolved to people), where its cues stand
(``ahead of``, ``with``, ``and``...), its pronouns and its commas; the fact finder asks it
"the last person named before this offset", "how many people between these two", "where
does this clause start" by bisection. A one-sentence 1 MB paragraph stays linear.
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.people import Cast, is_possessive, name_runs

# "from" lists rivals ("pulled away from Kerr and Nuguse"), but not a starting place ("having
# started from ninth place", "from pole", "from 19th", "from the back of the grid").
_FROM_PLACE = (
    r"(?!\s+(?:(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth|last)\b|pole\b|the\s+(?:back|pit|front|rear"
    r"|grid|start)\b))"
)
CUE_BARE = re.compile(
    rf"\b(?:ahead of|behind|beating|from{_FROM_PLACE}|alongside|with|while|and)\b"
)
_PRONOUN = re.compile(r"\b(?:he|she)\b")
_DELIMITER = re.compile(r"[,;]")
# "Kerr's coach", "Kiptum's record": someone else, or no result of this race; but
# "Lindqvist's time as 1:43.25" is Lindqvist's.
_SOMEONE_ELSES = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:coach|manager|trainer|agent|father|mother|brother|sister|wife"
    r"|husband|partner|team[- ]?mate|compatriot|rival|record|best|mark|opponent|team"
    r"|country|compatriots|friend|son|daughter)\b"
)
# Words of each sex, read in one scan and only when a race's sex is checked.
SEXES_BARE = re.compile(
    r"\b(?:(?P<women>woman|women|she|her|female|ladies|girls?)|man|men|he|his|him|male|boys?)\b",
    re.I,
)
# Each led by a lookahead of the letters its words begin with: the scan passes over other
# characters at once (the same matches as the bare patterns: tests/test_draft_speed.py).
_CUE = re.compile(r"(?=[abfw])" + CUE_BARE.pattern)
_SEXES = re.compile(r"(?=[bfghlmsw])" + SEXES_BARE.pattern, SEXES_BARE.flags)


def sexes_in(text: str) -> tuple[bool, bool]:
    """Whether words for women, and for men, stand in ``text`` (``she``, ``men's``)."""
    women = men = False
    for match in _SEXES.finditer(text):
        women, men = women or bool(match["women"]), men or not match["women"]
        if women and men:
            break
    return women, men


class SentenceIndex:
    """One sentence read once: its name runs and cue positions, so each fact is tied to its
    athlete in logarithmic time (a 1 MB paragraph of one sentence stays linear)."""

    __slots__ = (
        "_cues",
        "_delimiters",
        "_masked",
        "_pronouns",
        "_sexes",
        "counts",
        "ends",
        "last_named",
        "names",
        "runs",
        "starts",
    )

    def __init__(self, masked: str, cast: Cast) -> None:
        self.runs = name_runs(masked, cast.lowercase)
        self.names = [
            None
            if is_possessive(masked, run)
            and _SOMEONE_ELSES.match(masked, run.end - 2 if masked[run.end - 1] == "s" else run.end)
            else cast.resolve(run.words)
            for run in self.runs
        ]
        for at in range(1, len(self.runs)):  # "Julian Alaphilippe of Deceuninck-Quick Step
            # crossed the line 10th": the name after "of" is the person's team, never a person
            before, run = self.runs[at - 1], self.runs[at]
            if self.names[at - 1] and masked[before.end : run.start] == " of ":
                self.names[at] = None
        self.starts = [run.start for run in self.runs]
        self.ends = [run.end for run in self.runs]
        self.last_named: list[int] = []  # index of the last resolved name up to each run
        self.counts: list[int] = []  # resolved names up to each run
        last, count = -1, 0
        for index, name in enumerate(self.names):
            last, count = (index, count + 1) if name else (last, count)
            self.last_named.append(last)
            self.counts.append(count)
        # What only a fact's finder asks for is read when first asked (most sentences
        # hold no fact): the cues, pronouns, commas and words of each sex.
        self._masked = masked
        self._cues: list[int] | None = None
        self._pronouns: list[int] | None = None
        self._delimiters: list[int] | None = None
        self._sexes: tuple[bool, bool] | None = None

    @property
    def cues(self) -> list[int]:
        """Where ``ahead of``, ``behind``, ``with``, ``while``, ``and``... stand."""
        if self._cues is None:
            self._cues = [m.start() for m in _CUE.finditer(self._masked)]
        return self._cues

    @property
    def pronouns(self) -> list[int]:
        """Where ``he`` and ``she`` stand."""
        if self._pronouns is None:
            self._pronouns = [m.start() for m in _PRONOUN.finditer(self._masked)]
        return self._pronouns

    @property
    def delimiters(self) -> list[int]:
        """Where the commas and semicolons stand."""
        if self._delimiters is None:
            self._delimiters = [m.start() for m in _DELIMITER.finditer(self._masked)]
        return self._delimiters

    @property
    def women(self) -> bool:
        """Whether the sentence has a word for a woman (``she``, ``women``, ``her``...)."""
        return self.sexes()[0]

    @property
    def men(self) -> bool:
        """Whether the sentence has a word for a man (``he``, ``men``, ``his``...)."""
        return self.sexes()[1]

    def sexes(self) -> tuple[bool, bool]:
        """Whether words for women, and for men, stand in the sentence (read once)."""
        if self._sexes is None:
            self._sexes = sexes_in(self._masked)
        return self._sexes

    def last_name_before(self, position: int, after: int = -1) -> str | None:
        """The last person named wholly before ``position`` (and starting after ``after``)."""
        count = bisect.bisect_right(self.ends, position)
        index = self.last_named[count - 1] if count else -1
        if index < 0 or self.runs[index].start < after:
            return None
        return self.names[index]

    def first_name_before(self, position: int) -> str | None:
        """The first person the sentence names, when it is named before ``position``."""
        for run, name in zip(self.runs[:20], self.names[:20], strict=True):
            if run.end > position:
                return None
            if name:
                return name
        return None

    def last_named_run(self, position: int) -> int:
        """Which run is the last person named wholly before ``position`` (-1: nobody)."""
        count = bisect.bisect_right(self.ends, position)
        return self.last_named[count - 1] if count else -1

    def last_name_end_before(self, position: int) -> int | None:
        """Where the last person named before ``position`` ends."""
        count = bisect.bisect_right(self.ends, position)
        index = self.last_named[count - 1] if count else -1
        return self.runs[index].end if index >= 0 else None

    def last_cue_before(self, position: int) -> int | None:
        """The last ``ahead of`` / ``with`` / ``and`` ... before ``position``."""
        count = bisect.bisect_left(self.cues, position)
        return self.cues[count - 1] if count else None

    def names_between(self, start: int, end: int) -> tuple[int, str | None]:
        """How many people are named wholly between two offsets, and the last of them."""
        first = bisect.bisect_left(self.ends, start)
        while first < len(self.runs) and self.runs[first].start < start:
            first += 1
        last = bisect.bisect_right(self.ends, end)
        if last <= first:
            return 0, None
        count = self.counts[last - 1] - (self.counts[first - 1] if first else 0)
        return count, self.last_name_before(end, start) if count else None

    def clause_start(self, position: int) -> int:
        """Where the clause holding ``position`` begins (after a comma or semicolon)."""
        count = bisect.bisect_left(self.delimiters, position)
        return self.delimiters[count - 1] + 1 if count else 0

    def pronoun_after(self, start: int, end: int) -> bool:
        """Whether ``he`` or ``she`` stands from ``start`` to before ``end``."""
        pronouns = self.pronouns
        count = bisect.bisect_left(pronouns, end)
        return bool(count) and pronouns[count - 1] >= start

    def first_cue_before(self, position: int) -> int | None:
        """The first ``ahead of`` / ``with`` / ... before ``position``."""
        return self.cues[0] if self.cues and self.cues[0] < position else None
