"""A time told after a list of people named together: a crew's, never one member's.

``A, B, C and D were celebrating their win in 41.29``, ``the trio of A, B and C were third
in 3:21.40``, ``A and B, who finished eighth with a time of 2:05.958``: the words before
the time lead to its last name, but the time is the list's. It is a ``crew_time`` fact
(``A and B``, the race, the time) when the race is a crew's (a duet, a K2 or C2 boat, a
double sculls: ``quizcli.draft.crews``) of two or three people, every one of them named
in full, and nothing after the time gives each their own (``respectively``); else it is
nobody's (a relay's quartet, a team pursuit's trio: the team's time, asked of no member).
"""

from __future__ import annotations

import re

from quizcli.draft.clock import Time
from quizcli.draft.crews import is_crew_event
from quizcli.draft.facts import Fact
from quizcli.draft.index import SentenceIndex
from quizcli.draft.quotes import Sentence

# What joins the names of one list of people: "A, B", "A and B", "A, B, and C", "A & B"
_LIST_JOIN = re.compile(r",\s+and\s+|,\s+|\s+and\s+|\s+&\s+")
_LAST_JOIN = re.compile(r"(?:,\s+|\s+)(?:and|&)\s+")
_EACH = re.compile(r"(?:[^.;]|\.(?=\d)){0,60}?\b(?:respectively|each)\b")


def crew_of(index: SentenceIndex, text: str, athlete: str, time: Time) -> list[int] | None:
    """The name runs of the list of people ``athlete``, the last one named before ``time``,
    belongs to (joined by commas and ``and``, all before the time), or None when that person
    is named alone, or is not the last named (``A won ahead of B and C, running T``: A's). A
    name the cast does not know counts (``Fraser-Pryce``)."""
    last = index.last_named_run(time.start)
    if last < 0 or index.names[last] != athlete:
        return None
    if text.startswith(("'s", "’s"), index.runs[last].end):
        return None  # "B, and Lindqvist's 39.22 earned her bronze": hers by the possessive
    runs = index.runs
    first = last
    while first > 0 and _LIST_JOIN.fullmatch(text, runs[first - 1].end, runs[first].start):
        first -= 1
    end = last
    while (
        end + 1 < len(runs)
        and runs[end + 1].end <= time.start
        and _LIST_JOIN.fullmatch(text, runs[end].end, runs[end + 1].start)
    ):
        end += 1
    if end == first + 1 and text[runs[first].end : runs[end].start].startswith(","):
        return None  # "paired with Ona Varga, and Lindqvist ...": two clauses, no list
    return list(range(first, end + 1)) if end > first else None


def crew_time(
    crew: list[int],
    event: str | None,
    text: str,
    time: Time,
    sentence: Sentence,
    index: SentenceIndex,
) -> Fact | None:
    """The ``crew_time`` fact of a time told after a list of people: only for a crew of two
    or three people named in full, joined as one side (``A and B``, ``A, B and C``), in a
    crew's race, with no ``respectively`` after the time; else None."""
    if event is None or not is_crew_event(event) or not 2 <= len(crew) <= 3:
        return None
    people = [index.names[at] for at in crew]
    if any(name is None for name in people) or len(set(people)) != len(people):
        return None
    runs = index.runs
    joins = [text[runs[a].end : runs[b].start] for a, b in zip(crew, crew[1:], strict=False)]
    if not _LAST_JOIN.fullmatch(joins[-1]) or any(_LAST_JOIN.fullmatch(j) for j in joins[:-1]):
        return None
    if _EACH.match(text, time.end):
        return None
    named = [str(name) for name in people]
    side = ", ".join(named[:-1]) + " and " + named[-1]
    return Fact("crew_time", side, event, time.answer, sentence, time.written)
