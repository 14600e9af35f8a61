"""Places told in prose that the verb readers (quizcli.draft.placings, named_places) miss.

Read, each in the race being told:

- a place after a name and a description set off by commas, in a ``with`` tail of a
  sentence that told a finish (``Kipo was second in 2:04:02 with Belgium's Abed, the
  European record-holder, third in 2:04:32``: Abed third);
- a place told before its owner, opening the sentence (``Coming in second was Matt Hale``,
  ``Eighth was Raz Da Maree``, ``In third place was X``): the person the words after
  ``was`` open with; and ``X was next in third place``;
- a place after a time spelled out with its commas (``Linden finished at 2 hours, 26
  minutes, 46 seconds in 6th place``): the subject's.

Left out: a description holding another name (``with Abed, who beat Kerr, third``: whose
place it is, is told by no form), a place told at a moment of the race (``Second was Hale
at the halfway checkpoint``), a standing (``Second overall was X``), a list of places
(``third and fourth``) and a denied place.
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.facts import Fact
from quizcli.draft.fits import timed_in_field
from quizcli.draft.in_order import PLACE_LIST
from quizcli.draft.moments import at_a_moment, not_finish
from quizcli.draft.ordinals import NOT_A_PLACE, ORD, place_number
from quizcli.draft.overtakes import subject_before
from quizcli.draft.people import is_possessive
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence

# "with Belgium's Bashir Abed, the European record-holder who won bronze in Tokyo, third in
# 2:04:32": the words before the name (a nation's possessive or a word for the athlete)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[A-Z][\w.'’-]*['’]s\s+|[a-z][\w-]*\s+){0,2}$")
# after the name: the description (opening with "the", "a" or "an"), then the place, its
# time or the clause's end right after
_DESCRIBED_PLACE = re.compile(
    r",\s+(?:the|a|an)\s+(?P<what>[^,;:()\"“”]{1,90}),\s+(?P<ord>" + ORD + r")"
    r"(?:\s+(?:place|position))?" + NOT_A_PLACE + r"(?=\s+in\s+\d|\s*[,.;]|\s*$)"
)
_ORDINAL_WORD = (
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,2}(?:st|nd|rd|th)"
)
# "Coming in second was X", "Eighth was X", "In third place was X", "Third place went to"
# is quizcli.draft.placings'
_PLACE_FIRST = re.compile(
    r"^(?:(?:And|Then)\s+)?(?:(?:(?i:coming(?:\s+home)?|finishing|crossing\s+the\s+line)"
    r"\s+(?:in\s+)?)|In\s+)?(?P<ord>(?i:" + _ORDINAL_WORD + r"))"
    r"(?:\s+(?:place|position|spot))?\s+was\s+"
)
# "Holmes was next in third place"
_NEXT_IN = re.compile(
    r"\s+was\s+next(?:\s+home)?(?:,)?\s+in\s+(?P<ord>" + _ORDINAL_WORD + r")\s+place\b"
)


def prose_places(
    finder: FactFinder, sentence: Sentence, events: list[re.Match[str]], told: bool
) -> list[Fact]:
    """The places of ``sentence`` told by a described name in a ``with`` tail (only when
    ``told``: a finish was read in it) or before their owner."""
    event = finder.event
    if event is None:
        return []
    facts = []
    if told and "with " in sentence.masked:
        facts += _described(finder, sentence, event)
    facts += _placed_first(finder, sentence, event)
    if " seconds" in sentence.masked:
        facts += _after_a_spelled_time(finder, sentence, event)
    return facts


def _described(finder: FactFinder, sentence: Sentence, event: str) -> list[Fact]:
    """``with Belgium's Abed, the European record-holder, third in 2:04:32``: Abed third."""
    text = sentence.masked
    index = finder.index(sentence)
    facts = []
    for run, name in zip(index.runs, index.names, strict=True):
        if name is None or is_possessive(text, run):
            continue
        placed = _DESCRIBED_PLACE.match(text, run.end)
        if placed is None or not _WITH_BEFORE.search(text, max(0, run.start - 40), run.start):
            continue
        inside = bisect.bisect_left(index.starts, placed.start("what"))
        if inside < len(index.starts) and index.starts[inside] < placed.end("what"):
            continue  # "with Abed, the one who beat Kerr, third": another name in between
        if PLACE_LIST.match(text, placed.end("ord")) or not_finish(finder, sentence, placed):
            continue
        if finder.negated(sentence, placed.start("ord")):
            continue
        if timed_in_field(event, text, placed.end("ord")):
            continue  # a time in a field event's report: another race
        place = place_number(placed["ord"])
        facts.append(Fact("place", name, event, place, sentence, placed[0].strip(", ")))
    return facts


def _placed_first(finder: FactFinder, sentence: Sentence, event: str) -> list[Fact]:
    """``Coming in second was Matt Hale``, ``Eighth was X``; ``X was next in third place``."""
    text = sentence.masked
    first = _PLACE_FIRST.match(text)
    nexts = [*_NEXT_IN.finditer(text)] if " next" in text else []
    if (first is None and not nexts) or at_a_moment(text):
        return []  # "Second was Hale at the halfway checkpoint": a moment, not the finish
    index = finder.index(sentence)
    facts = []
    if first and not not_finish(finder, sentence, first):
        at = bisect.bisect_left(index.starts, first.end())
        if at < len(index.starts) and index.starts[at] == first.end():
            run, name = index.runs[at], index.names[at]
            if name and not is_possessive(text, run) and not finder.negated(sentence, run.end):
                place = place_number(first["ord"])
                facts.append(Fact("place", name, event, place, sentence, first[0].strip()))
    for match in nexts:
        at = bisect.bisect_left(index.ends, match.start())  # the run ending right before it
        if at == len(index.ends) or index.ends[at] != match.start():
            continue
        if not_finish(finder, sentence, match) or finder.negated(sentence, match.start()):
            continue
        run, name = index.runs[at], index.names[at]
        if name and not is_possessive(text, run):
            place = place_number(match["ord"])
            facts.append(Fact("place", name, event, place, sentence, match[0].strip()))
    return facts


# ", who finished second in a time of 4:10.57,": a relative clause of a finish, closed
_WHO_FINISHED = re.compile(
    r",\s+who\s+(?:finished|came\s+(?:home|in)|crossed\s+the\s+(?:finish\s+)?line|placed)\s+$"
)


def finished_in_own_clause(text: str, match: re.Match[str]) -> bool:
    """Whether the place ``match`` read is told in a relative clause of a finish closed by a
    comma, no moment of the race inside (``Cole sat in front of X, who finished second in
    4:10.57, for three laps``: the laps are Cole's race, the clause X's finish)."""
    start = match.start("ord")
    if _WHO_FINISHED.search(text, max(0, start - 40), start) is None:
        return False
    end = text.find(",", match.end(), match.end() + 200)  # (a clause of a few words)
    return end > 0 and at_a_moment(text[start:end]) is None


# "Linden finished at 2 hours, 26 minutes, 46 seconds in 6th place": a time spelled out with
# its commas between the finish and the place
_SPELLED_TIME_PLACE = re.compile(
    r"\s+(?:finished|crossed\s+the\s+line|came\s+home)\s+(?:at|in)\s+"
    r"(?:\d{1,2}\s+hours?,?\s+(?:and\s+)?)?\d{1,2}\s+minutes?,?\s+(?:and\s+)?"
    r"\d{1,2}(?:\.\d{1,3})?\s+seconds,?\s+in\s+(?P<ord>" + ORD + r")\s+(?:place|position)\b"
)


def _after_a_spelled_time(finder: FactFinder, sentence: Sentence, event: str) -> list[Fact]:
    """``Linden finished at 2 hours, 26 minutes, 46 seconds in 6th place``: the subject's."""
    text = sentence.masked
    facts = []
    for match in _SPELLED_TIME_PLACE.finditer(text):
        who = subject_before(finder.index(sentence), text, match.start())
        if who is None or finder.negated(sentence, match.start("ord")):
            continue
        if not_finish(finder, sentence, match) or at_a_moment(match[0]):
            continue
        place = place_number(match["ord"])
        facts.append(Fact("place", who, event, place, sentence, match[0].strip()))
    return facts
