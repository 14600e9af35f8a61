"""Races of another edition told in passing, for the times of a sentence.

``Mayer, gold medallist in downhill at the 2014 Sochi Olympics and in the super-G in
Pyeongchang in 2018, topped 135km/h to clock 1min 57.32sec``: the downhill and the super-G
are titles of other years, so the time is the race being reported. A race is another
edition's when its clause (commas and semicolons bound it) holds a medal, title or win
before it and a year after it (``in 2018``). ``another_edition`` tells a place or a time
put in another year's race by its clause (``who was fourth in Wengen last year``).
"""

from __future__ import annotations

import re

from quizcli.draft.epithets import EPITHETS, before_epithets

_WON = re.compile(
    r"\b(?:medallists?|medalists?|champions?|winners?|won|winning|gold|silver|bronze|runner-up)\b"
)
# Only a year given as a number: "last month" or "earlier this year" may be the race the
# article reports (a feature written weeks later), and ``last year`` is owners.other_edition's.
_YEAR = re.compile(r"\bin (?:19|20)\d\d\b")
YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")  # any year, not a date "2019-05-16"


def past_clause(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """The span of the clause that tells the race ``match`` names as won in another year,
    or None when the clause does not (each bound searched at most 100 characters away)."""
    low, high = max(0, match.start() - 100), match.end() + 80
    start = max(text.rfind(",", low, match.start()), text.rfind(";", low, match.start()), low)
    ends = [text.find(",", match.end(), high), text.find(";", match.end(), high)]
    end = min([i for i in ends if i >= 0] + [min(high, len(text))])
    if _YEAR.search(text, match.end(), end) and _WON.search(text, start, match.start()):
        return start, end
    return None


_ANOTHER_EDITION = re.compile(
    r"\b(?:[Ll]ast|[Pp]revious) (?:year|season|edition|time|fall|autumn|spring|summer|winter)\b"
    r"|\b[Aa] year (?:ago|earlier)\b"
    r"|\bthe year before\b|\byears? ago\b|\bin (?:19|20)\d\d\b"
    # "finishing third twice (2012 and 2013)": other years' places, in brackets
    r"|\b(?:twice|times)\s?\((?:19|20)\d\d\b"
    # "who finished ninth at the 2019 edition", "fourth in the 2021 running of the race", "at
    # the 2019 World Championships": a meeting told by its year in a place's own clause is
    # another edition's (unsure at best: the report's own is asked from its other sentences)
    r"|\b(?:at|in|of|during) the (?:19|20)\d\d "
    + EPITHETS  # (describing words: "in the 2019 season-ending Desert Classic")
    + r"(?:edition|running|renewal|race|event|final"
    r"|[A-Z]|\d)"  # "at the 2019 World Championships", "in the 2021 10,000m final"
    # "who was fourth in the 10,000 meters at the Sydney Olympics": a Games of its own
    r"|\bat the (?:[A-Z][a-z]+ )(?:Olympics|Olympic Games|Commonwealth Games|Asian Games)\b"
)
_CLAUSE_END = re.compile(r"(?<!\d)[,.](?!\d)|[;:!?]|\s(?:and|but)\s")  # not "10,000"


def another_edition(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` (a place, a time) puts it in another
    year's race: ``Huber, who was fourth in Wengen last year, said ...``."""
    low = max(start - 60, 0)  # a clause's start further back is read as ``low``: bounded
    before = max(text.rfind(",", low, start), text.rfind(";", low, start), low)
    after = _CLAUSE_END.search(text, end, end + 60)
    return bool(_ANOTHER_EDITION.search(text, before, after.start() if after else end + 60))


# A sentence opening on another year ("Last year, Quill won the 1500m in 4:03.10"): every
# result in it is that year's (a year as a number may be the reported race's own)
_FRONTED_PAST = re.compile(
    r"\A\W*(?:(?:But|And|So)\s+)?(?:(?:last|the\s+previous)\s+(?:year|season|time|edition)"
    r"|a\s+year\s+(?:ago|earlier|before)|the\s+year\s+before|twelve\s+months\s+ago"
    r"|(?:\w+|\d+)\s+years\s+(?:ago|earlier|before))\s*,",
    re.I,
)


def opens_in_another_year(text: str) -> bool:
    """Whether a sentence opens on another year (``Last year, Quill won ...``, ``Four
    years ago, ...``): its results are no result of the race being reported."""
    return _FRONTED_PAST.match(text) is not None


# A named race put in another edition where it is named: "the 2022 Berlin Marathon", "at
# last month's Berlin Marathon", "in the London Marathon last April"
_YEAR_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:19|20)\d\d|\b(?:last|previous)\s+(?:year|month|week|season|spring|summer"
    r"|autumn|fall|winter)['’]s)\s+$"
)
_WHEN_AFTER = re.compile(
    r"\s+(?:last|in)\s+(?:(?:19|20)\d\d\b|year\b|season\b|(?:January|February|March|April|May"
    r"|June|July|August|September|October|November|December)\b)"
)


def named_of_another_edition(text: str, match: re.Match[str]) -> bool:
    """Whether a race named by its name (a marathon's, a tournament's) is written as
    another edition's: a year right before it (``the 2019 rain-hit Berlin Marathon``: past
    describing words, ``quizcli.draft.epithets``), or ``last April``, ``in 2019`` right after."""
    start = before_epithets(text, match.start())
    return (
        _YEAR_BEFORE.search(text, max(0, start - 24), start) is not None
        or _WHEN_AFTER.match(text, match.end()) is not None
    )
