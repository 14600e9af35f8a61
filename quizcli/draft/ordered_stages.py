"""A stage told by its order, not its number: ``take out the opening stage of the Tour de
France Femmes`` (stage 1), ``took the final stage on the Champs-Élysées`` (the final stage),
``the 21st and final stage`` (stage 21), ``the penultimate stage``. Its name is
``quizcli.draft.event_names``'s.

Read only in a sentence naming a stage race (``quizcli.draft.stage_races``), the order
right after ``the`` or a day's (``Saturday's opening stage``): never a phase of a race or a
career (``in the final stage of the race``, ``the last stage of his career``: a stage ``of``
anything but a stage race), a stage race's own order (``the opening stage race of the
season``), someone's stage (``his first stage win``) or a rider it describes (``winner of the
final stage``). ``first stage`` is the events pattern's own (``the first stage``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from quizcli.draft.disciplines import with_disciplines
from quizcli.draft.event_names import ORDINALS
from quizcli.draft.stage_races import STAGE_RACES

_WORDS = "|".join(ORDINALS)
# "the opening stage", "Saturday's final stage", "the 21st and final stage"
_ORDERED = (
    r"(?:(?<=\bthe )|(?<=day's )|(?<=day’s ))"
    rf"(?P<order>(?:(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{_WORDS}))\s+and\s+(?:final|last)"
    r"|opening|final|last|penultimate)\s+stage)\b"
    r"(?![-'’]|\s+(?:wins?|victor(?:y|ies)|success|titles?|races?|hunters?|winners?)\b)"
)
_STAGE_RACE = re.compile(STAGE_RACES)
# A stage "of" something: only of a stage race ("of the 2022 Tour de France")
_OF = re.compile(r"\s+of\b")
_OF_STAGE_RACE = re.compile(rf"\s+of\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:{STAGE_RACES})")
_DESCRIBES = re.compile(r"\b(?:winner|champion|victor)s?\s+(?:of|in|at)\s+(?:the\s+)?$")


@functools.lru_cache(maxsize=16)
def _pattern(events: re.Pattern[str]) -> re.Pattern[str]:
    """The ordered stages' pattern, with each group of the ``events`` pattern as an
    alternative that never matches (its group then always None)."""
    groups = sorted(events.groupindex, key=events.groupindex.__getitem__)
    return re.compile(_ORDERED + "".join(f"|(?P<{g}>(?!))" for g in groups))


def _ordered_stages(text: str, events: re.Pattern[str]) -> list[re.Match[str]]:
    """The stages ``text`` tells by their order (none in a sentence naming no stage race)."""
    if " stage" not in text or not _STAGE_RACE.search(text):
        return []
    found = []
    for match in _pattern(events).finditer(text):
        if _OF.match(text, match.end()) and not _OF_STAGE_RACE.match(text, match.end()):
            continue  # "the final stage of the race": a phase, not a stage
        if _DESCRIBES.search(text, max(0, match.start() - 25), match.start()):
            continue  # "Alaphilippe, winner of the final stage, ...": a rider described
        found.append(match)
    return found


def with_stages(text: str, events: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of the events pattern in ``text`` (with its disciplines:
    ``quizcli.draft.disciplines``) and, in the order they start, the stages it tells by
    their order; each match of a stage carries every group of ``events``, and ``order``."""
    stages = _ordered_stages(text, events)
    at = 0
    for match in with_disciplines(text, events):
        while at < len(stages) and stages[at].start() < match.start():
            yield stages[at]
            at += 1
        yield match
    while at < len(stages):
        yield stages[at]
        at += 1
