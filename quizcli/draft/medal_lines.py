"""Result lines under a heading naming a final the draft does not know as a race
(``Women's Street Final``): the heading's final is the race of the medal lines right under
it (``Gold: Ana Sato, Japan (15.26)``) and of the places numbered on after them (``4th:
Lia Moreau, France (13.57)``), never of any other line or sentence (quizcli.draft.tables
reads the lines).

Left out: a heading of a team's, pair's or relay's final (its lines name sides, not one
person), one naming no sex, and a line numbered out of turn (``6th:`` after ``4th:``).
"""

from __future__ import annotations

import re

# "Women's Street Final", "Men's Park Final": a sex, one to three words, "Final"
_FINAL = re.compile(
    r"\s*(?P<sex>Men|Women)['’]s\s+(?P<what>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+Final\s*"
)
_SIDES = re.compile(r"\b(?:Team|Teams|Relay|Doubles|Pairs?|Synchro\w*|Mixed|Duet|Group)\b")
# "4th: Lia Moreau, France (13.57)": a place numbered on after the medals
PLACE_LINE = re.compile(
    r"\A\s*[-•*]?\s*(?P<place>\d{1,2})(?:st|nd|rd|th)\s*[–—:-]+\s*"
    r"(?P<name>[^\d(,]{3,60}?)\s*(?:\([^)]{1,40}\))?\s*(?:,\s*|\Z)"
)


def unnamed_final(heading: str) -> str | None:
    """The final a heading names when the draft knows no race in it (``Women's Street
    Final``: the women's street final), or None."""
    text = heading.title() if heading.isupper() else heading
    final = _FINAL.fullmatch(text)
    if final is None or _SIDES.search(final["what"]):
        return None
    return f"{final['sex'].casefold()}'s {final['what'].casefold()} final"
