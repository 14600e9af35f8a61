"""Races won told with the race as the subject: ``The race was won by X``, ``The women's
10,000m was won by X in 31:27.18``, ``The men's 1500m final was won by X, ahead of A and
B`` (a podium); and the patterns ``quizcli.draft.podiums`` shares with it.
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.clauses import list_clause
from quizcli.draft.facts import Fact
from quizcli.draft.leads import Led
from quizcli.draft.people import is_possessive
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence

# "won ..., ahead of A and B": who came after the winner
AHEAD = Led(re.compile(r"\bahead of\s+(?P<list>(?:[^.;]|(?<=\d)\.(?=\d)){1,300})"), "ahead of")
# "who had won the 1,500m on Tuesday": a win told in passing, another race
ANOTHER_TIME = re.compile(
    r"\b(?:who|which|after|before|since|when|having|also|previously|once|twice)\s+"
    r"(?:also\s+)?(?:had\s+|has\s+)?$"
)
# "won the Boston Marathon in 2014": another edition
OTHER_YEAR = re.compile(r"\b(?:in|at the|of)\s+(?:\d{4}|last year|the previous)\b|\blast year\b")

_WON_BY = re.compile(r"\b(?:was|were)\s+won\s+by\s+")
_COLOUR = re.compile(r"\b(?:gold|silver|bronze)\b", re.I)
# A nation or a place owning the winner: "Scotland's", "New Zealand's" (no person's name:
# a run of the sentence's names starting there is read as written)
_PLACE_OWNS = re.compile(r"(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['’]s\s")
_LAST = re.compile(r"\b(?:[Ll]ast|[Pp]revious)\s+(?:year|season|time|edition)\b")
_RACE_WORD = re.compile(r"(?:\s+(?:final|race|event|title|contest))?\s*$")
_RACE_SUBJECT = re.compile(
    r"(?:^|\b[Tt]he\s+)(?:[\w'’,.-]+\s+){0,4}?(?:race|final|event|title|stage|contest)\s+$"
)


def won_by(finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
    """``The race was won by X``, ``The women's 1500m was won by X``: the race the subject
    names, else the one being told when the subject is only "the race"; never another
    year's (``in 2019``, ``last year``) nor a denied one."""
    text = sentence.masked
    match = _WON_BY.search(text)
    if match is None or finder.negated(sentence, match.start()):
        return []
    if OTHER_YEAR.search(text) or _LAST.search(text) or ANOTHER_TIME.search(text, 0, match.start()):
        return []  # "Last year the race was won by X"
    if _COLOUR.search(text, 0, match.start()):
        return []  # "The bronze medals were won by A and B": a medal's (quizcli.draft.given_to)
    index = finder.index(sentence)
    at = bisect.bisect_left(index.starts, match.end())
    owner = _PLACE_OWNS.match(text, match.end())  # "won by Scotland's Duncan Scott"
    if owner and at < len(index.runs) and index.runs[at].start == match.end():
        owner = None  # a person's possessive ("won by Scott's coach"): read as written
    start = owner.end() if owner else match.end()
    at = bisect.bisect_left(index.starts, start)
    if at >= len(index.runs) or index.runs[at].start != start or index.names[at] is None:
        return []  # "was won by a street", "by the Kenyan": no one named
    if is_possessive(text, index.runs[at]):
        return []
    race_word = _RACE_WORD.search(text, 0, match.start())  # "The men's 1500m final"
    subject_end = race_word.start() if race_word else match.start()
    named = [e for e in events if e.end() <= match.start()]
    if named and named[-1].end() == subject_end:
        event = finder.event_at(events, named[-1].end(), None, text)
    elif _RACE_SUBJECT.search(text, 0, match.start()) and not named:
        event = finder.event_at(events, match.start(), match.end(), text)
    else:
        event = None
    winner = index.names[at]
    if event is None or winner is None:
        return []
    ahead = AHEAD.search(text, match.end())  # "..., ahead of A and B": the podium
    rest = finder.names(list_clause(ahead["list"])) if ahead else []
    if len(rest) >= 2 and winner not in rest:
        return [Fact("podium", winner, event, (winner, *rest[:2]), sentence)]
    return [Fact("medal", winner, event, 1, sentence)]
