"""The score a judged final's result line gives in brackets: ``Gold: Ana Sato, Japan
(15.26)``, ``4th: Lia Moreau, France (13.57)`` under a heading ``Women's Street Final``.

Read only in a discipline judged or scored, never timed (quizcli.draft.disciplines.judged:
a skater's street or park final, a gymnast's apparatus), only a decimal alone in brackets
at the line's end, after the athlete's country at most (a time, a rank or a record in
brackets is no score). Read by quizcli.draft.tables for its medal and place lines.
"""

from __future__ import annotations

import re

from quizcli.draft.disciplines import judged

# "Japan (15.26)", "United States (13.57)", "(9.66)": a country of one to three words
_SCORE = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*)?\((?P<points>\d{1,3}\.\d{1,3})\)\s*\Z"
)


def line_points(event: str, rest: str) -> str | None:
    """The score a judged final's result line ends with (``15.26`` of ``Japan (15.26)``),
    or None (a timed race, no score, or anything else after the name)."""
    if not judged(event.removesuffix(" final")):
        return None
    found = _SCORE.match(rest)
    return found["points"] if found else None
