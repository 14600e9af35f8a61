"""Which race a value in a sentence is of: the one named just after it (``12th in the
super-G``), else the last named before it in its clause, else the sentence's first, else
the one the article was telling (quizcli.draft.results reads values with it)."""

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
    if event is None:
        event = carried
    if event and text and other_sex(event, index):
        return None
    return event
