"""One match's score told twice, as the games each side won and as the games' scores: ``Fan
overcame Moregard 4-1`` and, later, ``outclassed Moregard 7-11, 11-9, 11-9, 11-8, and 11-8``.

The two are one score when the games' scores add up to the games count, each game won by
one side (``4-1 (7-11, 11-9, 11-9, 11-8, 11-8)``); any other pair of scores (two meetings,
a run of play, a misreading) stays two, and the match's score is not asked.

Read by quizcli.draft.ask_matches for a pair of sides given two scores.
"""

from __future__ import annotations

import re

from quizcli.draft.score_forms import games_of

_COUNT = re.compile(r"\d{1,2}-\d{1,2}")
_GAMES = re.compile(r"\d{1,3}-\d{1,3}(?:(?:,\s*|\s+|,?\s+and\s+)\d{1,3}-\d{1,3}){1,6}")


def agreed(scores: set[str]) -> str:
    """The one score two written scores of a match make (``4-1 (7-11, 11-9, 11-9, 11-8,
    11-8)``), when one is a games count and the other the games' scores adding up to it,
    or one already holds the other (``3-0`` and ``3-0 (11-3, 11-6, 11-2)``); else ``""``."""
    if len(scores) != 2:
        return ""
    first, second = sorted(scores, key=len)
    if second.startswith(first + " (") and _COUNT.fullmatch(first):
        return second  # "3-0" and "3-0 (11-3, 11-6, 11-2)"
    if not _COUNT.fullmatch(first) or not _GAMES.fullmatch(second):
        return ""
    games = games_of(first, second)
    return f"{first} ({games})" if games else ""
