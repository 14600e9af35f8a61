"""A place told ``overall`` with the finishing time it was run in: ``Sam Pike placed third
overall in a time of 4:12.41``, ``finished fifth overall in 1:45.20``, ``lowered his best
to 4:13.58, placing fourth overall``.

``overall`` is most often a standing (``second overall in the World Cup``, ``third overall
at the Vuelta``, ``his third title overall``), which quizcli.draft.placings leaves out. With
a clock time right after it (or right before ``placing``), it is where the race finished:
the time is the race's, never a gap (``1:20 behind``). The place is the subject's, the
one person named before the verb with nobody named between; the race is the one the
sentence names or the one being told; never in a stage (a stage race's ``overall`` is
its general classification) nor another year's.
"""

from __future__ import annotations

import re

from quizcli.draft.clauses import other_sex
from quizcli.draft.editions import another_edition
from quizcli.draft.facts import Fact
from quizcli.draft.ordinals import ORD, place_number
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence

HINT = re.compile(r"\boverall\b")
_CLOCK = r"\d{1,2}:\d\d(?:[:.]\d{1,3})?(?![\d:]|\.\d)"
_GAP = r"(?!\s*(?:behind|back|off|adrift|down|ahead|clear)\b)"
_OVERALL = re.compile(
    r"\b(?:(?:placed|placing|finished|finishing|came|coming)\s+(?:in\s+)?"
    r"(?P<ord>" + ORD + r")\s+overall\s+(?:in|with)\s+(?:a\s+(?:winning\s+)?time\s+of\s+)?"
    r"(?:" + _CLOCK + ")" + _GAP + r"|(?:" + _CLOCK + r"),?\s+placing\s+(?P<after>" + ORD + r")"
    r"\s+overall\b)"
)


def overall_places(
    finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]
) -> list[Fact]:
    """``X placed third overall in a time of 4:12.41``: X third in the race being told."""
    text = sentence.masked
    facts: list[Fact] = []
    for match in _OVERALL.finditer(text):
        value = match["ord"] or match["after"]
        if finder.negated(sentence, match.start()) or another_edition(
            text, match.start(), match.end()
        ):
            continue
        athlete = finder.athlete(sentence, match.start())
        index = finder.index(sentence)
        if athlete is None or athlete not in index.names:
            continue  # only a person the sentence names ("he" may be anyone's)
        event = finder.event_at(events, match.start(), match.end(), text)
        if event is None or "stage" in event or other_sex(event, index):
            continue
        facts.append(Fact("place", athlete, event, place_number(value), sentence, match[0]))
    return facts
