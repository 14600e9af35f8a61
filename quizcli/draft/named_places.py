"""Places told right after a name or before it, with no verb of finishing between them:
``with Kerr second in 3:27.79``, ``runner-up Jessica Learmouth``, ``Ganong in seventh``,
``Suter of Switzerland fifth``, ``Harrison (Honda Racing UK) in third`` (quizcli.draft.placings
reads the places told with a verb).

Left out: ``and Hamilton third`` before the race is over (a position), a name with its nation
and a place and a time (``Neethling (RSA) second in 54.05``: maybe a split), a past runner-up
(``last year's runner-up``, ``the 2019 runner-up``) and one of a standing.
"""

from __future__ import annotations

import re

from quizcli.draft.event_names import event_name
from quizcli.draft.facts import Fact
from quizcli.draft.fits import timed_in_field
from quizcli.draft.in_order import PLACE_LIST
from quizcli.draft.leads import Led
from quizcli.draft.moments import NOT_FINISH, not_finish
from quizcli.draft.ordinals import ORD, place_number
from quizcli.draft.people import is_possessive
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence

_RUNNER_UP = re.compile(r"\brunner-up,?\s+")
_PAST = re.compile(
    r"(?:['’]s|former|defending|previous|last year|twice|two-time|Olympic|world"
    r"|\d{4}(?:\s+[A-Z][\w'’-]*){0,3})\s+$",  # "the 2014 Harbour runner-up": that year's
    re.I,
)
# Between a name and its place: its nation or club ("Suter of Switzerland fifth", "Harrison
# (Honda Racing UK) in third")
_OF = (
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"|\s*\((?=[^)]{1,30}\))[^)\d]+\))?"
)
_NAME_PLACE = re.compile(
    _OF + r"\s+(?:was\s+)?(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|\d{1,2}(?:st|nd|rd|th))(?:(?P<in>\s+in\s+\d)|(?=\s*[,.;]|\s+and\b|\s*$)"
    # "and Eva Kron 24th to round out the team's effort": the list's last place
    r"|(?=\s+to\s+(?:round|complete)\s+(?:out|off)?\s*(?:the|a|an|their|his|her)\b)"
    # "and Lee sixth in the Men's 200m Individual Medley": the race told (checked by its name)
    r"|(?=(?P<the>\s+in\s+the\s+)(?:[Ww]omen['’]s\s+|[Mm]en['’]s\s+)?\d))"
)
_NAME_IN = re.compile(
    _OF + r"\s+in\s+(?P<ord>" + ORD + r")(?:\s+place)?(?=\s*[,.;]|\s+(?:and|for|with)\b|\s*$)"
)
_FINISHED = Led(
    re.compile(
        r"\b(?:finish\w*|podium|cross(?:ed|es|ing) the line|results?|c(?:a|o)me home|comes home"
        r"|coming home|won|victory)\b"
    ),
    "finish|podium|crossed the|crosses the|crossing the|result|came home|come|coming home|won"
    "|victory",
)
_ABSENT = re.compile(r"\b(?:absence|absent|without|missing)\b")


def named_places(
    finder: FactFinder, sentence: Sentence, events: list[re.Match[str]], told: bool = False
) -> list[Fact]:
    """``with Kerr second in 3:27.79``, ``runner-up Jessica Learmouth``, ``Ganong in seventh``;
    ``and Hamilton third`` once the race is over, or after a finish the sentence told
    (``told``: ``Chaves was second and Karam was third, with Munoz fourth``)."""
    text = sentence.masked
    index = finder.index(sentence)
    finished = told or _FINISHED.search(text)
    runner_up = "runner-up" in text  # (searched before each name only then)
    facts = []
    ranked: bool | None = None  # whether the sentence tells a standing: read once, if asked
    absent: re.Match[str] | None = None  # its first "absence", "without"...
    for run, named in zip(index.runs, index.names, strict=True):
        if named is None:
            continue
        placed = _NAME_PLACE.match(text, run.end) or (
            _NAME_IN.match(text, run.end) if finished else None
        )
        before = runner_up and _RUNNER_UP.search(text, max(0, run.start - 12), run.start)
        if not (placed or before) or finder.negated(sentence, run.start):
            continue  # no place told of the name (its clause's denial is not read), or denied
        if placed and placed["of"] and placed.groupdict().get("in"):
            continue  # "with Neethling (RSA) second in 54.05" at the 100: maybe a split
        if placed and PLACE_LIST.match(text, placed.end("ord")):
            continue  # "A and B in sixth and seventh place": a list (quizcli.draft.in_order)
        if placed and not (placed.groupdict().get("in") or finished):
            continue  # "and Hamilton third": a position, unless the race is over
        if (
            placed
            and placed.groupdict().get("the")
            and not _names_told(finder, events, placed.end("the"))
        ):
            continue  # "and Lee sixth in the 400m": maybe another race than the one told
        if placed and finder.event and not not_finish(finder, sentence, placed):
            if timed_in_field(finder.event, text, placed.end("ord")):
                continue  # "Ayana was second in 14:21.97" is no shot put's second
            place = place_number(placed["ord"])
            facts.append(Fact("place", named, finder.event, place, sentence, placed[0].strip()))
        if before and before.end() == run.start and not is_possessive(text, run):
            if _PAST.search(text, max(0, before.start() - 25), before.start()):
                continue  # "last year's runner-up", "the 2019 runner-up"
            if ranked is None:  # at the sentence's first runner-up, not at each
                ranked, absent = NOT_FINISH.search(text) is not None, _ABSENT.search(text)
            if ranked or (absent and absent.end() <= before.start()):
                continue  # "the absence of runner-up X ... in the World Cup ranking": a standing
            event = finder.event_at(events, run.start, run.end, text) if events else finder.event
            if event and not not_finish(finder, sentence, before):
                facts.append(Fact("place", named, event, 2, sentence, "runner-up"))
    return facts


def _names_told(finder: FactFinder, events: list[re.Match[str]], at: int) -> bool:
    """Whether the race named at ``at`` (its sex perhaps before it) is the one being told."""
    return any(at <= e.start() <= at + 8 and event_name(e) == finder.event for e in events)
