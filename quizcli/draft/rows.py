"""A results list's rows: ``Elena Ivers 2:05:04,``, ``3. Carla Eriksen (KEN) 2:05:14.02;``
and ``Brian Haddad (KEN/28:07.01),``.

A time whose clause (from the last comma or semicolon) holds nothing but a list's number or
label, one person's name, maybe a bracketed nation code, and the time (or the time alone in
brackets, as ``quizcli.draft.owners.bracket_start`` reads them: never a split), closed by a
comma, a semicolon or a stop, is that person's: a row of a results list says so by its form
alone.
Read so, a list of thousands of rows costs one short match per time instead of the whole
reading of whose a time is (``FactFinder.athlete``), and a row after ``ahead of A and B``
or ``with C`` is still its own person's, never "nobody's for sure".
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.clock import Time
from quizcli.draft.index import SentenceIndex
from quizcli.draft.owners import CLOSE, bracket_start
from quizcli.draft.runs import is_possessive

# What may open a row's clause: its number ("3. ", "12) ") or the list's label ("Results: ",
# "Men's marathon: "), but no label that denies its rows or puts them in another year ("Did
# not finish:", "Last year:"): those are read as any other clause is
_HEAD = re.compile(
    r"\s*(?:\d{1,3}[.)]\s+"
    r"|(?![^:]*(?:\b(?:not|never|no|without|last|previous|ago|year|earlier|before)\b|n['’]t\b))"
    r"[A-Z][\w'’]*(?: [\w'’]+){0,3}:\s+)?",
    re.I,
)
# Between the name and its time: spaces, maybe a nation's code ("Anna Achebe (KEN) 2:05:00")
_BETWEEN = re.compile(r"\s+(?:\([A-Z]{3}\)\s+)?")
# A bracket right after the name: "Anna Achebe (27:00.00)", "Brian Haddad (KEN/28:07.01)"
_OPENS = re.compile(r"\s*\(")
# What ends a row: a comma, a semicolon, a stop, the sentence's end, or "and" and the next
# name ("Elena Ivers 30:52.40 and Femi Jansen 31:02.11")
_END = re.compile(r"\s*(?:[,;.]|\Z)|\s+and\s+(?=[A-Z])")


def row_holder(text: str, time: Time, index: SentenceIndex) -> str | None:
    """The person whose results-list row ``time`` ends (see above); None when its clause
    says more than a row does (a verb, ``and``, ``with``, a second name, a possessive)."""
    count = bisect.bisect_right(index.ends, time.start)
    if not count:
        return None
    name = index.names[count - 1]
    if name is None:
        return None
    run = index.runs[count - 1]
    end = time.end
    if not _BETWEEN.fullmatch(text, run.end, time.start):
        at = bracket_start(text, time) if _OPENS.match(text, run.end) else None
        closed = CLOSE.match(text, end) if at is not None else None
        if closed is None or text[run.end : at].strip():
            return None
        end = closed.end()  # "Anna Achebe (27:00.00)", "Brian Haddad (KEN/28:07.01)"
    if not _END.match(text, end):
        return None
    clause = index.clause_start(time.start)
    if clause > run.start or not _HEAD.fullmatch(text, clause, run.start):
        return None
    return None if is_possessive(text, run) else name
