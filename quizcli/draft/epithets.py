"""Words that describe a competition before its name without making it another one:
``won the season-ending LPGA Tour Championship``, ``second in the rain-delayed Desert
Classic``, ``the prestigious``, ``the annual``, ``the inaugural``, an edition's ordinal
(``the 88th playing of the Masters``, ``the 108th running of the Indianapolis 500``, ``the
centenary edition of the``). The finders that read a race right after a verb or a
preposition let these stand between them and its name.

Never a word that tells another edition or another race: ``last year's``, ``the previous``,
``the 2019`` (a year is read by ``quizcli.draft.editions``), ``next``; nor a word that
tells a part of the race (``the opening stage``: ``quizcli.draft.ordered_stages``).
"""

from __future__ import annotations

import re

# One describing word: a point of the season ("season-ending"), the weather or a delay that
# struck this edition ("rain-delayed", "pandemic-hit"), a word of praise or habit
# ("prestigious", "annual"), or this edition's ordinal ("the 45th", "the inaugural").
_STRUCK = r"(?:delayed|hit|affected|interrupted|shortened|disrupted|soaked|lashed|battered)"
_PRAISED = (
    r"prestigious|annual|storied|historic|famous|iconic|traditional|lucrative|richest"
    r"|showpiece|marquee|flagship|centenary|centennial|inaugural|revamped|rescheduled"
    r"|postponed|legendary|venerable|renowned|coveted|gruelling|grueling|blue-riband"
    r"|high-profile|star-studded|sold-out"
)
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_EPITHET = (
    r"(?:season|series|tour|year)[- ](?:ending|opening|closing)"
    rf"|(?:rain|weather|wind|storm|fog|snow|heat|pandemic|virus|COVID|Covid|covid)-{_STRUCK}"
    rf"|{_PRAISED}"
    # an edition told by its ordinal: "the 88th", "the 108th running of the"
    rf"|{_ORDINAL}(?:\s+(?:running|edition|renewal|playing|staging)\s+of\s+the)?"
    r"|(?:centenary|centennial|inaugural)\s+(?:running|edition|renewal|playing|staging)"
    r"\s+of\s+the"
)
# The last word of a run of them (read first, alone: most names have none before them)
_LAST_WORD = re.compile(
    rf"(?:[\w-]*-)?(?:ending|opening|closing|{_STRUCK})|ending|opening|closing|{_PRAISED}"
    rf"|{_ORDINAL}"
)
_OF_THE = re.compile(r"\sof\s+the\s+\Z")  # "the 45th edition of the": a run's end too
# Describing words in a row, each followed by its space ("the rain-delayed 45th"): at most
# three, none repeated by a backtracking quantifier (each word ends on a space)
EPITHETS = rf"(?:(?:{_EPITHET})\s+){{0,3}}"
# Describing words right before a capitalised name or a distance ("prestigious Desert
# Classic", "annual 10,000m"): no race of their own
EPITHETS_BEFORE_NAME = rf"(?:(?:{_EPITHET})\s+){{1,3}}(?=[A-Z\d])"
_BEFORE_NAME = re.compile(EPITHETS_BEFORE_NAME)
# Describing words ending where a name starts, read back from it (no word cut in two:
# "biannual" is none)
_RUN_BEFORE = re.compile(rf"(?<![\w'’-])(?:(?:{_EPITHET})\s+){{1,3}}\Z")


def past_epithets(text: str, position: int) -> int:
    """Where the name a run of describing words at ``position`` leads to starts (the same
    ``position`` when none stands there, or when they lead to no name)."""
    run = _BEFORE_NAME.match(text, position)
    return run.end() if run else position


def before_epithets(text: str, position: int) -> int:
    """Where a run of describing words ending at ``position`` (a race's name) starts, for
    the guards that read what stands before a race: ``six days after winning the
    season-ending Harbour Marathon`` is a race won before, as without the word (the same
    ``position`` when none stands there; read at most 80 characters back)."""
    before = text[max(0, position - 24) : position]
    words = before.rsplit(None, 1)
    if not before[-1:].isspace() or not words:
        return position
    if not _LAST_WORD.fullmatch(words[-1]) and not _OF_THE.search(before):
        return position  # (no describing word ends here: no search)
    run = _RUN_BEFORE.search(text, max(0, position - 80), position)
    return run.start() if run else position
