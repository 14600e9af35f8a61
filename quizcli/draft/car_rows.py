"""A results table pasted from a motor race's page, its rows run together in one paragraph
under a heading naming the race: the place, the car's number, the driver and the team, then
laps, gap and grid (``3 16 Jarno Trulli Toyota 66 +45.9 secs 5 6``).

Read by quizcli.draft.tables only when the rows do not read without a car's number (a table
of places and names alone keeps its reading). A row's driver is the shortest run of its
first words the article names as that very person (all its words), the rest of its
capitalised words the team (``Jarno Trulli`` of ``Jarno Trulli Toyota``); a row whose words
name nobody gives nothing, and a team is never taken for its driver.
"""

from __future__ import annotations

import re

from quizcli.draft.accents import folded
from quizcli.draft.people import Cast, name_runs

CAR_ROW = re.compile(
    r"(?:(?<=\s)|\A)(?P<place>\d{1,2})\s+\d{1,3}\s+(?P<name>[A-Z][^\d()]{2,50}?)\s*(?=[(\d])"
)
# What may follow a driver's name in a row: the team, in capitalised words
_TEAM = re.compile(r"\s*(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?\s*")


def numbered(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[re.Match[str]]:
    """The rows ``pattern`` finds from ``start`` to ``end`` numbered 1, 2, 3 ... in order
    (any other number between them is passed over)."""
    rows: list[re.Match[str]] = []
    for match in pattern.finditer(text, start, end):
        if int(match["place"]) == len(rows) + 1:
            rows.append(match)
    return rows


def driver(cast: Cast, written: str) -> str | None:
    """The driver's name as the row writes it (``Jarno Trulli`` of ``Jarno Trulli Toyota``),
    or None when no run of its first words (two at least) names a person."""
    runs = name_runs(written, cast.lowercase)
    if not runs or written[0 : runs[0].start].strip():  # (a row's name: 50 characters)
        return None
    words = runs[0].words
    for count in range(2, len(words) + 1):
        named = cast.resolve(words[0:count])
        if named is None or list(map(folded, named.split())) != list(map(folded, words[0:count])):
            continue  # (never a person by the team's word alone: "Kimi Raikkonen McLaren";
            # the person however accented: "Kimi Räikkönen" for "Kimi Raikkonen")
        prefix = " ".join(words[0:count])
        at = written.find(prefix)
        if at >= 0 and _TEAM.fullmatch(written, at + len(prefix)):
            return prefix
        return None
    return None
