"""Whose a time is, when the sentence says it in a form that leaves no doubt.

- alone in brackets after a name: ``Gebrhiwet (13:27.26)``, ``Asha Gigi (Ethiopia/2:27:41)``,
  after a name and its race (``Missy Franklin in the women's 200m backstroke (2:06.12)``),
  or after a name and its medal or place: ``Dawit Seyaum, taking bronze (14:47.36)``,
  ``Gatlin trailed in seventh (10.20)``;
- in a relative clause of a name (or of a name and the place it is from: ``Boyd, from
  Washington, DC, who finished in 1:14:27``), with nobody else named in it: ``Kroell, who won in
  2 minutes, 4.22 seconds``; ``Tola who came second in 2:09:49``;
- right after a name and its verb: ``Kipchoge clocked an unofficial 2 hours 3 minutes 5
  seconds``, or its place and ``in``: ``Ivo Rask of Valley Harriers crossed the line second
  in 28:40.2``, ``Bo Lind finished third in a time of 13:20.45``;
- right after a name and ``on``: ``ahead of Ida Kern on 1:54.02 and Mia Roe on 1:54.60``
  (each the name's just before it, even in a list of rivals);
- before ``for`` and a name: ``41.33 seconds for Polish paddler Maja Nowak and 41.34
  seconds for Ida Berg``.

Anything else is left to the fact finder's reading of the sentence's subject. A bracketed
time in a sentence about a race's parts (a swim, a bike leg, a lap, a heat) is a split, and
a relative clause about another year or a record is not this race's.
"""

from __future__ import annotations

import bisect
import functools
import re

from quizcli.draft.clock import Time
from quizcli.draft.index import SentenceIndex
from quizcli.draft.leads import Led
from quizcli.draft.nations import is_country_name
from quizcli.draft.tails import lowered

_OPEN = re.compile(r"\(\s*(?:[A-Z][\w .'’-]{1,30}?\s*[/,]\s*)?$")  # "(", "(Ethiopia/"
CLOSE = re.compile(r"\s*(?:s|secs?|seconds)?\s*\)")
# A sentence about a race's parts: its bracketed times are splits, not results.
_PARTS = Led(
    re.compile(
        r"\b(?:swim|swimming|bike|cycle|cycling|transition|splits?|leg|halfway|half-way"
        r"|intermediate|qualifying|heats?|semi-finals?)\b",
        re.I,
    ),
    "swim|bike|cycl|transition|split|leg|half|intermediate|qualifying|heat|semi",
    folded=True,
)
_CLAUSE_PARTS = Led(
    re.compile(r"\b(?:run|running|laps?|km|kilometres?|miles?)\b", re.I),
    "run|lap|km|kilometre|mile",
    folded=True,
)


@functools.lru_cache(maxsize=64)
def about_parts(sentence: str) -> bool:
    """Whether a sentence is about a race's parts (a swim, a leg, a heat): read once per
    sentence, not once per time in it (a results list of 8,000 bracketed times in one
    sentence once read the whole sentence again for each)."""
    return _PARTS.search(sentence, low=lowered(sentence)) is not None


# The sentence last read by ``bracket_start`` and its answers by a time's span: a time is
# asked for by its row's reader and by the time finder, twice at most
_ANSWERED: tuple[str, dict[tuple[int, int], int | None]] = ("", {})


def bracket_start(text: str, time: Time) -> int | None:
    """Where the bracket opens when ``time`` stands alone in brackets after a name
    (``Gebrhiwet (13:27.26)``, ``Asha Gigi (Ethiopia/2:27:41)``): the time of the name
    just before it. None otherwise, and in a sentence about a race's parts (a swim, a bike
    leg, a lap, a heat, said in its clause), whose bracketed times are splits."""
    global _ANSWERED
    if _ANSWERED[0] is not text:
        _ANSWERED = (text, {})
    span = (time.start, time.end)
    answers = _ANSWERED[1]
    if span not in answers:
        answers[span] = _bracket_start(text, time)
    return answers[span]


def _bracket_start(text: str, time: Time) -> int | None:
    """``bracket_start``, read anew."""
    head = text[max(0, time.start - 40) : time.start]
    if "(" not in head:
        return None  # no bracket opens before it: most times
    opened = _OPEN.search(head)
    if opened is None or not CLOSE.match(text, time.end):
        return None
    low = max(0, time.start - 80)  # the clause, read no further back than this
    clause = max(text.rfind(",", low, time.start), text.rfind(";", low, time.start), low)
    if about_parts(text) or _CLAUSE_PARTS.search(text, clause, time.end + 40, lowered(text)):
        return None
    return time.start - len(head) + opened.start()


_ORDINAL = (
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,2}(?:st|nd|rd|th))"
)
# Between a name and its bracketed time: its medal or its place ("Dawit Seyaum, taking bronze
# (14:47.36)", "Gatlin trailed in seventh (10.20)", "Kerr was fifth (3:29.10)"), after a
# description of the name between commas.
_AFTER_MEDAL = re.compile(
    r"(?:,\s+(?:the|a|an)\s+[^,()]{1,40},)?"  # "Ivo Dix, the Olympic bronze medallist, ..."
    r",?\s+(?:(?:taking|took|claiming|claimed|grabbing|winning|in)\s+(?:the\s+)?(?:gold|silver"
    rf"|bronze|{_ORDINAL})"
    r"|(?:finish(?:ed|ing)|came|coming|trail(?:ed|ing)|ended|ending|placed|was|crossed\s+the"
    rf"\s+line)\s+(?:(?:home|up|back)\s+)?(?:in\s+)?{_ORDINAL})"
    r"(?:\s+(?:medal|place|position|spot))?\s*$"
)
_WHO = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?,?\s+who\s+")
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
_FROM_WHO = re.compile(rf",\s+(?:from|of)\s+{_PLACE}(?:,\s+{_PLACE})?,\s+who\s+")
_OTHER_TIME = re.compile(
    r"\b(?:last|previous|earlier|former|record|best|19\d\d|20\d\d|ago|once|twice)\b|[;:]"
)
_VERB = re.compile(
    r"\s+(?:clocked|ran|timed|stopped the clock (?:at|in)|won in|finished in|crossed the line in"
    r"|came home in)\s+(?:an?\s+)?(?:[a-z]+\s+)?$"
)

# "Ivo Rask of Valley Harriers crossed the line second in 28:40.2": a name, its club or
# country, its place and the time
_PLACED_IN = re.compile(
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?\s+"
    rf"(?:finished|crossed\s+the\s+line|came(?:\s+home)?|placed|was)\s+{_ORDINAL}\s+"
    r"(?:in|with\s+a\s+time\s+of|in\s+a\s+time\s+of)\s+$"
)

_ON = re.compile(r"\s+on\s+")


# "gave 41.33 seconds for Polish paddler Maja Nowak and 41.34 seconds for Ida Berg": the
# time of the name after "for" (after at most three words that describe her)
_FOR = re.compile(
    r"(?:\s*(?:seconds|secs?|s)\b)?\s+for\s+(?:(?:[a-z]+|[A-Z][a-z]+(?=\s+[a-z]))\s+){0,3}?"
    r"(?=[A-Z])"
)


def time_owner(text: str, time: Time, index: SentenceIndex) -> str | None:
    """The person a time certainly belongs to, by one of the forms above; None otherwise."""
    at = bracket_start(text, time)
    if at is not None:
        owner = _named_before(text, at, index, _AFTER_MEDAL, adjacent=True)
        if owner is None and " " in text[max(0, at - 30) : at]:  # (a sentence's start too)
            owner = _named_before_country(text, at, index)
        if owner is None and " in the " in text[max(0, at - 60) : at]:
            owner = _named_before(text, at, index, _IN_THE_RACE)
        return owner
    owner = _relative(text, time, index) or _named_before(text, time.start, index, _VERB)
    if owner is None and text[max(0, time.start - 4) : time.start] == " on ":
        owner = _named_before(text, time.start, index, _ON)  # "Ida Kern on 1:54.02"
    if owner is None and " in " in text[max(0, time.start - 20) : time.start]:
        owner = _named_before(text, time.start, index, _PLACED_IN)  # "... second in 28:40.2"
    if owner is None and " for " in text[time.end : time.end + 14]:  # (most times: no call)
        owner = _named_after_for(text, time, index)
    return owner


def _named_after_for(text: str, time: Time, index: SentenceIndex) -> str | None:
    """``41.34 seconds for Ida Berg``: the person named right after ``for``."""
    found = _FOR.match(text, time.end)
    if found is None:
        return None
    count = bisect.bisect_left(index.starts, found.end())
    if count < len(index.starts) and index.starts[count] == found.end():
        return index.names[count]
    return None


def _named_before(
    text: str, at: int, index: SentenceIndex, link: re.Pattern[str], adjacent: bool = False
) -> str | None:
    """The person whose name ends just before ``at`` with only ``link`` between (or, when
    ``adjacent``, nothing but spaces)."""
    count = bisect.bisect_right(index.ends, at)
    if not count or index.names[count - 1] is None:
        return None
    between = text[index.ends[count - 1] : at]
    if (adjacent and not between.strip()) or link.fullmatch(between):
        return index.names[count - 1]
    return None


# "Missy Franklin in the women's 200m backstroke (2:06.12)", "Elizabeth Beisel in the women's
# 200 back (2:07.58)": a results list's row, its race between the name and the time
_IN_THE_RACE = re.compile(
    r"\s+in\s+the\s+(?:(?:men|women|girls|boys)['’]s\s+)?\d{2,5}\s*(?:m|metres|meters)?"
    r"(?:\s+[a-z]+){0,3}\s*"
)
# "Edina Mueller of Germany (56.97)", "Maryna Mazhula from Ukraine (55.99 seconds)"
_OF_COUNTRY = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(?P<country>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*"
)


def _named_before_country(text: str, at: int, index: SentenceIndex) -> str | None:
    """The person named just before ``of Germany`` / ``from New Zealand`` and a bracket."""
    count = bisect.bisect_right(index.ends, at)
    while count and index.ends[count - 1] > at - 40:  # the country may be a run of its own
        count -= 1
        found = _OF_COUNTRY.fullmatch(text, index.ends[count], at)
        if found and index.names[count] is not None:
            return index.names[count] if is_country_name(tuple(found["country"].split())) else None
    return None


def _relative(text: str, time: Time, index: SentenceIndex) -> str | None:
    """``NAME, who won in TIME``: the name before the nearest ``who``, when nobody else is
    named between it and the time and the clause is about this race."""
    who = text.rfind(" who ", max(0, time.start - 120), time.start)
    if who < 0 or _OTHER_TIME.search(text, who, time.start):
        return None
    count = bisect.bisect_right(index.ends, who + 1)  # the runs ending before "who"
    if count < len(index.runs) and index.runs[count].start <= time.start:
        return None  # someone else named inside the clause
    if not count:
        return None
    if index.names[count - 1] is not None and _WHO.fullmatch(
        text, index.ends[count - 1], who + len(" who ")
    ):
        return index.names[count - 1]
    # "Wyatt Boyd, from Washington, DC, who finished in 1:14:27": the name before the
    # place it is from (a place's run is nobody's; a person's run there makes it unsure)
    for at in range(count - 1, max(-1, count - 4), -1):
        if at < 0 or index.names[at] is None:
            continue
        if all(name is None for name in index.names[at + 1 : count]) and _FROM_WHO.fullmatch(
            text, index.ends[at], who + len(" who ")
        ):
            return index.names[at]
        break
    return None


_OTHER_EDITION = re.compile(
    r"\b(?:last|previous) (?:year|season|edition|time)\b|\ba year (?:ago|earlier)\b"
    r"|\bthe year before\b|\byears? ago\b"
)


def other_edition(text: str, time: Time) -> bool:
    """Whether the words just before a time put it in another year's race (``who won the
    women's race last year in 2:21:30``)."""
    low = max(0, time.start - 80)  # the clause, read no further back than this
    clause = max(text.rfind(",", low, time.start), text.rfind(";", low, time.start), low)
    return bool(_OTHER_EDITION.search(text, clause, time.start))
