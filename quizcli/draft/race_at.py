"""Which race a value in a sentence is of: the one named just after it (``12th in the
super-G``), else the last named before it in its clause, else the sentence's first, else
the one the article was telling (quizcli.draft.results reads values with it). A race named
in a relative clause closed before the value (``Lorentzen, who had won Friday's 500m and
1000m, finished sixth``) is that clause's, never the value's."""

from __future__ import annotations

import bisect
import re

from quizcli.draft.clauses import other_sex
from quizcli.draft.event_names import event_name
from quizcli.draft.index import SentenceIndex

_JUST_BEFORE = re.compile(r"\s*(?:in|at|of)\s+(?:the\s+)?(?:(?:wo)?men['’]s\s+)?")
_OWN_RACE = re.compile(  # "in the men's canoe slalom", never "in the women's race"
    r"\s*in\s+the\s+(?:wo)?men['’]s\s+(?!(?:race|final|event|competition|contest|field|heat"
    r"|semi|standings|overall|classification)\b)[a-z]"
)

# A relative clause about a name: ", who had won Friday's 500m and 1000m, finished sixth"
_RELATIVE_OPENS = re.compile(r",\s+(?:who|whose|which)\s")
_CLAUSE_BREAK = re.compile(r"[,;:]\s")
_REACH = 200  # characters a clause is searched for on either side of its race: linear time
# What sets such a clause in another time ("had won", "Friday's", "last year", "in 2019");
# never "already set the record in the heats of the 400m": the same race, another round
# and a title held, which describes the person ("who is a silver medallist from London in
# the men's quadruple sculls", "who has won the 1500m twice")
_ANOTHER_TIME = re.compile(
    r"\b(?:had|has|have|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|previous(?:ly)?"
    r"|earlier|last\s+(?:year|season|week|month|time)|(?:in|at)\s+(?:the\s+)?(?:19|20)\d\d"
    r"|(?:is|was)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:medall?ist|champion|winner"
    r"|record[- ]holder|finalist)s?)\b"
)


def in_closed_relative(text: str, event: re.Match[str], position: int) -> bool:
    """Whether ``event`` (a match in ``text``) stands in a relative clause of another time
    (``, who had won Friday's 500m and 1000m,``) that a comma closes before ``position``:
    the race is that clause's, not the value's."""
    opened = None
    for match in _RELATIVE_OPENS.finditer(text, max(0, event.start() - _REACH), event.start()):
        opened = match  # the last one before the race, within reach
    if opened is None or _CLAUSE_BREAK.search(text, opened.end(), event.start()):
        return False
    closed = _CLAUSE_BREAK.search(text, event.end(), min(position, event.end() + _REACH))
    if closed is None:
        return False
    return _ANOTHER_TIME.search(text, opened.end(), closed.start()) is not None


def race_at(
    events: list[re.Match[str]],
    starts: list[int],
    position: int,
    end: int | None,
    text: str,
    index: SentenceIndex | None,
    carried: str | None,
) -> str | None:
    """The race of a value from ``position`` to ``end`` in ``text`` (``events`` the races it
    names, ``starts`` where they begin, ``index`` the sentence's, ``carried`` the race being
    told): one named just after it, else the last named before it, else the sentence's
    first, else ``carried``; None when the sentence's sex contradicts the race's, or when
    the value names a race of its own the events do not hold."""
    count = bisect.bisect_left(starts, position)
    event = None
    if end is not None and count < len(events):
        between = text[end : events[count].start()]
        if len(between) <= 22 and _JUST_BEFORE.fullmatch(between):  # "in the women's"
            event = event_name(events[count])
    before = count
    while event is None and before and in_closed_relative(text, events[before - 1], position):
        before -= 1
    if before < count:  # the races before it are a relative clause's: the next, or carried
        return _settled(_outside_relative(events, before, count, position, index), carried, index)
    if event is None and count:
        if end is not None and index is not None and _OWN_RACE.match(text, end):
            # "..., Spencer placed ninth in the men's canoe slalom": a race of its own the
            # events do not hold; never the race of the clause before it
            if index.clause_start(position) > events[count - 1].start():
                return None
        event = event_name(events[count - 1])
    if event is None and events:
        # Named only later: the race of this value only within its own clause ("sixth,
        # so she leaves without a podium in the 10,000m" is not the 10,000m's sixth).
        later = events[count] if count < len(events) else events[0]
        if index is not None and index.clause_start(later.start()) > position:
            return None
        event = event_name(later)
    return _settled(event, carried, index) if text else event or carried


def _settled(event: str | None, carried: str | None, index: SentenceIndex | None) -> str | None:
    """``event``, else ``carried``; None when the sentence's sex contradicts the race's."""
    event = event or carried
    return None if event and other_sex(event, index) else event


def _outside_relative(
    events: list[re.Match[str]],
    before: int,
    count: int,
    position: int,
    index: SentenceIndex | None,
) -> str | None:
    """The race named for a value whose nearest races before it are a closed relative
    clause's: the last one before that clause, else one named after the value in its own
    clause (None: neither)."""
    if before:
        return event_name(events[before - 1])
    if count < len(events):
        later = events[count]
        if index is None or index.clause_start(later.start()) <= position:
            return event_name(later)
    return None
