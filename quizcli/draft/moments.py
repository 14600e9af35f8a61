"""Places told at a moment of a race, or in another day's race, not where it finished.

``He made it to 12th place in the early laps`` is a moment (``laps``, ``moved up``,
``Safety Car``...): a sentence naming one gives only the places told as the finish after
its last moment (``... but did it all again to finish in a mighty fifth place``), and a
sentence past ``ONE_SENTENCE`` characters (a results list run together) none. ``after
taking third in Friday's super-G race`` is another day's race, never the one carried. A
standing or a moment near a place (``Overall World Cup leader``, ``on the grid``, ``at that
point``) makes it no finish (``not_finish``).
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.index import SentenceIndex
from quizcli.draft.not_names import WEEKDAYS
from quizcli.draft.quotes import Sentence
from quizcli.draft.tails import Words


class Finder(Protocol):
    """What reading a moment needs of the fact finder (quizcli.draft.results.FactFinder)."""

    def index(self, sentence: Sentence) -> SentenceIndex: ...
    def lowered(self, sentence: Sentence) -> str | None: ...


IN_RACE_BARE = re.compile(
    r"\b(?:laps?|dropped to|dropped back|moved up|climbed to|fell to|fell back|running in|lying"
    r"|was running|restart|Safety Car|at the start|off the line|at the halfway|at halfway"
    r"|led after|after \d+ (?:laps|holes|km|kilometres|metres|meters))\b"
)
IN_RACE = re.compile(r"(?=[acdflmorwS])" + IN_RACE_BARE.pattern)  # led by its first letters
_OTHER_DAY = re.compile(
    rf"\s+(?:in|at)\s+(?:the\s+)?(?:{'|'.join(WEEKDAYS)}|yesterday"
    r"|last\s+(?:week|weekend|month|year|season))['’]s\b",
    re.I,
)
ONE_SENTENCE = 600  # characters: longer is a list run together, read as before
_TOLD_FINISHED = re.compile(r"\b(?:finish(?:ed|es|ing)?|crossed the line|came home)\b")


def at_a_moment(text: str) -> re.Match[str] | None:
    """The first moment of the race ``text`` names (``in the early laps``), if any."""
    return IN_RACE.search(text)


def finished_after(
    text: str, moment: re.Match[str], places: list[re.Match[str]]
) -> list[re.Match[str]]:
    """The ``places`` told as the finish after the sentence's last moment of the race."""
    last = [*IN_RACE.finditer(text, moment.start())][-1].end()
    return [place for place in places if _TOLD_FINISHED.search(text, last, place.end())]


def another_days(text: str, end: int) -> bool:
    """Whether the words after a place at ``end`` put it in another day's race."""
    return _OTHER_DAY.match(text, end) is not None


# A position at a moment of the race, or a standing, near the place: not where it finished.
NOT_FINISH = re.compile(
    r"\b(?:overall|standings?|general classification|yellow jersey|leader|rankings?|ranked"
    r"|on the grid|grid|qualifying|shootout"
    r"|after the (?:[\w,.’'-]+\s+){0,3}(?:swim|bike|run|legs?|split"
    r"|round|checkpoint|descent|climb|intermediate)|sitting|through \d+ starters|at the bell"
    r"|at (?:that|this) (?:point|stage|time)"  # "Voss was in second at that point"
    # a standing at a moment: "fifth in the championship before the race"
    r"|(?:before|going into|coming into) the (?:race|final|stage|weekend|round|game)"
    # "She came into her second run in fourth place": a standing between runs
    r"|into (?:the|her|his|their) (?:[\w-]+\s+)?(?:run|round|leg|heat|day|race|final|stage)"
    r")\b",
    re.I,
)
# Every match of NOT_FINISH starts with one of these (in lower case: tests/test_draft_leads.py)
NOT_FINISH_WORDS = Words(
    (*("overall", "standing", "general", "yellow", "leader", "ranking", "ranked", "on the grid"),)
    + ("grid", "qualifying", "shootout", "after", "sitting", "through", "at the bell", "before")
    + ("going", "coming", "at that", "at this", "into")
)


def not_finish(finder: Finder, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a standing or a moment of the race stands just before the place or just after
    it (``Overall World Cup leader X finished third`` is a place: the standing describes X)."""
    text = sentence.masked
    start = max(finder.index(sentence).clause_start(match.start()), match.start() - 25)
    end = min(len(text), match.end() + 40)
    if not NOT_FINISH_WORDS.start_between(finder.lowered(sentence), start, end):
        return False  # none of its words starts there: no search (most places)
    return bool(NOT_FINISH.search(text, start, end))
