"""Whether a time fits a race (a walk's pace to a sprint's; a swim's for strokes; a skater's
or a track cyclist's in a fast sport), and which articles are of such sports: a time carried
to the wrong race (52.49 for a 200m breaststroke) is never asked.
"""

from __future__ import annotations

import functools
import re

from quizcli.draft.disciplines import judged
from quizcli.draft.kinds import told_often

_FIELD = re.compile(r"jump|vault|put|discus|javelin|hammer")
# A tournament of matches or rounds: its times are a match's length, never a result
_TOURNAMENT = re.compile(r"\bOpen$|^Wimbledon$|^Masters$|Championship$")
_SWIM = re.compile(r"butterfly|breaststroke|backstroke|freestyle|medley")
_METRES = re.compile(r"(\d+(?:\.\d+)?)(m|km)\b")
_LONG = {"marathon": 42195, "half marathon": 21097, "half-marathon": 21097}


# Sports raced faster than a sprinter runs: a 500m skated in 34.41, a kilometre ridden in 58.
# A skating report may only say "ISU", "the final pairing", "Wüst was paired with" (skaters
# race in pairs) and "allround" (a skating championship of four distances).
_FAST = re.compile(
    r"\b(?:speed[- ]?skat\w*|skat(?:e|es|er|ers|ing|ed)|velodrome|track cycling|cyclists?|keirin"
    r"|luge|bobsle(?:d|igh)|skeleton|isu|pairings?|paired|allround)\b"
)


# A word of each of _FAST's alternatives (each match holds one of them).
_FAST_WORDS = (
    *("skat", "velodrome", "cycl", "keirin", "luge", "bobsle", "skeleton", "isu", "pair"),
    "allround",
)


_MULTISPORT = re.compile(r"(?=[tid])\b(?:triathl\w*|ironman|duathl\w*|T1|T2|transition)\b", re.I)
_MULTISPORT_WORDS = ("triathl", "ironman", "duathl", "t1", "t2", "transition")


def is_multisport(texts: list[str]) -> bool:
    """Whether an article reports a triathlon (or duathlon): two of its words at least
    (``IRONMAN``, ``T2``, ``triathlete``), where a "marathon" or a "bike" is one leg of it."""
    return told_often(texts, _MULTISPORT_WORDS, _MULTISPORT)


def is_fast_sport(texts: list[str]) -> bool:
    """Whether an article is about a sport raced faster than running (skating, cycling or
    sliding: two of its words at least), where a race over a distance
    may be faster than a sprinter's 10.8 metres a second."""
    return told_often(texts, _FAST_WORDS, _FAST)


@functools.lru_cache(maxsize=1024)
def plausible(event: str, answer: str, fast: bool = False) -> bool:
    """Whether a time fits a race (speed between a walk and a sprint; for swims, a swim's;
    in a ``fast`` sport, up to a track cyclist's), so that a time carried to the wrong race
    (52.49 for a 200m breaststroke) is not asked."""
    from quizcli.parsing import AnswerFormatError, parse_time

    base = re.sub(r"^(?:(?:men|women)'s )?(?:[KC][1-4] )?", "", event)
    if _FIELD.search(base) or _TOURNAMENT.search(base) or judged(base):
        return False  # a jump or a throw is measured, never timed; a match lasts; a routine
        # or a bout is judged
    metres = _METRES.match(base)
    named = re.search(r"half[- ]marathon$|marathon$", base.casefold())
    distance = (_LONG.get(named[0]) if named else None) or (
        float(metres[1]) * (1000 if metres[2] == "km" else 1) if metres else None
    )
    if not distance:
        return True
    try:
        seconds = parse_time(answer)
    except AnswerFormatError:
        return False
    if seconds <= 0:
        return False
    speed = distance / seconds
    low, high = (0.7, 2.6) if _SWIM.search(base) else (1.0, 25.0 if fast else 10.8)
    return low <= speed <= high


# a race's time after a place ("second in 14:21.97", "(14.21.97)"), never a mark "in 8.01m"
_TIMED = re.compile(r"[^.;,]{0,12}?(?:\bin\s+|\(\s*)(?:\d{1,2}:\d\d|\d{1,2}\.\d\d\.\d)")


def timed_in_field(event: str, text: str, end: int) -> bool:
    """Whether a place ending at ``end`` is followed by a race's time while its event is a
    field event (a jump or a throw: measured, never timed): ``Ayana was second in 14:21.97``
    carried to the shot put is another race's place."""
    return _FIELD.search(event) is not None and _TIMED.match(text, end) is not None
