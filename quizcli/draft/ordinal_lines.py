"""Results by class, one line a class under a ``Results:`` label, places written as
ordinals (``Finns 1st Rowan Tate, 2nd Ilse Marr, 3rd Owen Voss``): a club's report.

The line's label names its race (``Men's 800m 1st ...``) or, when it names none, a class of
boats or entrants (``Finns``, ``Open Juniors``: the ``Finns class``); a label of a race of a
series, a day or a sex alone (``Race 3``, ``Day two``, ``Women``) names nothing the draft
can ask about, and its line gives nothing. Rows must be numbered 1st, 2nd, 3rd ... without
a gap, three or more; a crew (``Ana Roe and Tim Roe``) gives nothing of its row (two people
share the place). The rows themselves are read by ``tables``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in

# "Results as follows:", "Final results:": the label over the lines
RESULTS_LABEL = re.compile(r"\A\s*(?:final\s+|full\s+)?results?\b[\w ]{0,20}:\s*\Z", re.I)
_LINE = re.compile(r"\A\s*(?P<label>[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*[:–-]?\s+(?=1st\s)")
_CUT = re.compile(r",\s*(?=\d{1,2}(?:st|nd|rd|th)\s)")
_ROW = re.compile(r"(?P<place>\d{1,2})(?:st|nd|rd|th)\s+(?P<name>.+?)\s*\Z")
# A label naming a part of a series or a sex alone, no class: "Race 3", "Day two", "Women"
_NO_CLASS = re.compile(
    r"\b(?:races?|days?|heats?|rounds?|stages?|legs?|overall|finals?|series|points|total"
    r"|men|women|ladies|boys|girls|results?)\b|\d",
    re.I,
)
_CREW = re.compile(r"\s(?:and|&)\s|/")


class OrdinalLine(NamedTuple):
    """A class's line: the race (or class) it names, and its rows (place, name) in order,
    a crew's row with no name."""

    event: str
    rows: list[tuple[int, str | None]]


def ordinal_line(text: str) -> OrdinalLine | None:
    """The class and rows of ``text`` when it is a line of results by ordinals, else None."""
    line = _LINE.match(text)
    if line is None:
        return None
    label = line["label"]
    events = events_in(label[:1].lower() + label[1:])
    if len(events) == 1:
        event = event_name(events[0])
    elif events or _NO_CLASS.search(label):
        return None
    else:
        event = f"{label} class"
    rows: list[tuple[int, str | None]] = []
    cuts = list(_CUT.finditer(text, line.end()))
    starts = [line.end(), *(cut.end() for cut in cuts)]
    for start, end in zip(starts, [*(cut.start() for cut in cuts), len(text)], strict=True):
        row = _ROW.match(text, start, end)  # (one row, between two cuts)
        if row is None or int(row["place"]) != len(rows) + 1:
            return None
        rows.append((len(rows) + 1, None if _CREW.search(row["name"]) else row["name"]))
    return OrdinalLine(event, rows) if len(rows) >= 3 else None
