"""Race times in a sentence: whose each time is and which race's, or why it is left out.

``won in 13:13.66`` is the winner's; ``ahead of Eve Park (10.91)`` is Park's; a time
bracketed after its owner's name is of the one race the sentence names later (``Ana Roe
(2:08.14) and Ivy Lane (2:09.30) finished fourth and fifth in the women's 200m
backstroke``), never of a race told as another day's (``..., a day after the 400m``); a margin
(``by 0.4 seconds``), a clock time, a leg of a triathlon, a record or an old mark, another
year's race and a time the sentence denies give no question (each noted for --json).
"""

from __future__ import annotations

import bisect
import re
from typing import Protocol

from quizcli.draft.bare_times import bare_times
from quizcli.draft.bare_times import owner as bare_owner
from quizcli.draft.clauses import (
    MARGIN_AFTER,
    MARGIN_BEFORE,
    OWN_RECORD,
    RECORD_TIME_AFTER,
    RECORD_TIME_BEFORE,
    other_sex,
)
from quizcli.draft.clock import Time, find_times
from quizcli.draft.crew_times import crew_of, crew_time
from quizcli.draft.editions import past_clause
from quizcli.draft.facts import Fact
from quizcli.draft.fits import plausible
from quizcli.draft.holders import time_holder
from quizcli.draft.index import SentenceIndex
from quizcli.draft.not_names import MONTHS
from quizcli.draft.owners import bracket_start, other_edition, time_owner
from quizcli.draft.paired_times import paired_owners
from quizcli.draft.quotes import Sentence
from quizcli.draft.rows import row_holder
from quizcli.draft.tails import Ending, Window


class FactFinder(Protocol):
    """What time reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    carried: str | None
    unowned: list[str]  # races given a result whose owner could not be told
    fast: bool  # a sport raced faster than running (quizcli.draft.fits.is_fast_sport)

    def index(self, sentence: Sentence) -> SentenceIndex: ...
    def athlete(self, sentence: Sentence, before: int) -> str | None: ...
    def negated(self, sentence: Sentence, position: int) -> bool: ...
    def skip(self, why: str, sentence: Sentence) -> None: ...
    def event_at(
        self, events: list[re.Match[str]], position: int, end: int | None = None, text: str = ""
    ) -> str | None: ...


# A game's clock, not a race's time: "with 4:37 to play", "1:58 into overtime", "with 1:50
# left.", "3:10 remaining in the third period" (never "clocked 12:48.45 to go fourth on the
# all-time list", nor "3:29 left him fourth": the clause ends there)
_GAME_CLOCK_AFTER = (
    r"\s*(?:seconds?|secs?|s)?\s+(?:(?:to\s+(?:play|go)|left|remaining)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:in|on|before|until|to\s+play)\b)"
    r"|into\s+(?:overtime|extra[- ]time|the\s+\w+\s+(?:period|quarter|half|inning|frame)))"
)
# What follows a time: a margin ("2.1 seconds behind") or a game's clock, read with one
# match (their first words differ, so at most one of them matches)
_AFTER = re.compile(f"(?P<margin>{MARGIN_AFTER.pattern})|(?P<clock>{_GAME_CLOCK_AFTER})", re.I)
_AGO = re.compile(r"\s+(?:(?:last|the previous)\s+(?:week|weekend|month)|yesterday)\b")
_TRACK = re.compile(r"(?:(?:men|women)'s )?(?:(?:[KC][1-4]|[KV]L[1-3]) )?\d+m\b")  # "K1 200m"
# "her personal best of 2:19:35 in Milan last April", "2:03:36 in Berlin in 2019": the
# words after a time put it in another race
_MONTHS = "|".join(MONTHS)
_ELSEWHERE_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+)?"
    rf"(?:last\s+(?:year|season|month|spring|summer|autumn|fall|winter|{_MONTHS})"
    r"|in\s+(?:19|20)\d\d|(?:a|two|three|four|five|\d+)\s+(?:years?|months?)\s+ago)\b"
)
_AT_END = re.compile(r"\bat\s*$")
# "stretched his lead over his great rival to a yawning 1:03": a margin
_LEAD_TO = re.compile(r"\b(?:lead|gap)\b[^.;:]{0,40}\bto\s+(?:an?\s+)?(?:[a-z]+\s+)?$")


# (never "the fastest ever 200m heat, clocking 19.84": the runner's own time)
_ALL_TIME = re.compile(r"\ball[- ]time\b")
# "who ran 10.99 in her heat", "52.1 in the semi-finals": an earlier round's time
_HEAT_AFTER = re.compile(
    r"\s*(?:seconds|secs?|s\b)?\s*in\s+(?:his|her|their|the|a)\s+(?:[a-z]+\s+)?"
    r"(?:heats?|semi-?finals?|semis|qualifying|qualifiers?|prelims?|preliminar(?:y|ies)"
    r"|repechage|round)\b"
)
_SEGMENT = re.compile(
    r"\b(?:swim|bike|run|cycle|ride|split|lap|leg|segment|sector)\b[^()]{0,25}\(\s*$", re.I
)
_RACED_END = re.compile(r"\b(?:in|of|clock|clocks|clocked|clocking|timed|ran|running|won)\s*$")
# The words before a time, searched only when they end as the pattern may (quizcli.draft.tails).
_ENDS_MARGIN = Ending(MARGIN_BEFORE)
_ENDS_RACED = Ending(_RACED_END)
_ENDS_SEGMENT = Ending(_SEGMENT)
_ENDS_RECORD = Ending(RECORD_TIME_BEFORE)
# "stopping the clock at 34.18s", "hit the line at 9.98": where the race ended, not a gap
_ENDS_STOPPED = Ending(
    re.compile(
        r"\b(?:stop(?:ped|ping|s)?\s+the\s+clock|(?:cross(?:ed|ing|es)?|hit(?:ting|s)?)\s+the"
        r"\s+(?:finish(?:ing)?\s+)?line)\s+at\s*$",
        re.I,
    )
)
# "entered T2 with a bike split time of 4:12:54", "a swim split of 51:02": one leg's time;
# "the fastest hypercar lap at Le Mans of 3:22.982", "a pole time of 1:29.7": one lap's
_ENDS_SPLIT = Ending(
    re.compile(
        r"\b(?:split|splits)(?:\s+time)?(?:\s+of)?\s*$"
        r"|\b(?:lap|pole|qualifying)(?:\s+(?:time|position))?"
        r"(?:\s+(?:at|around)\s+[A-Z][\w'’ -]{0,25}?)?\s+(?:of|in)\s*$",
        re.I,
    )
)


def race_times(finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
    """The race times one sentence gives its athletes, as ``time`` facts; a margin, a clock
    time, a leg, a record, another year's race or a time whose owner is unsure is left out
    (and noted for --json)."""
    facts: list[Fact] = []
    text = sentence.masked
    past = [span for e in events if (span := past_clause(text, e))]
    if past:  # "gold medallist in the super-G in 2018": not the race of these times
        events = [e for e in events if past_clause(text, e) is None]
    # "a poor seventh in the 3,000m last week to claim gold with a time of 6:48.06" in a
    # sentence naming the 5,000m too: a time after a race told as last week's is unsure
    ends = [e.end() for e in events] if len(events) > 1 else []
    ago = {end for end in ends if _AGO.match(text, end)}
    # "fourth all time behind A (1:54.98), B (1:56.11)": where an all-time list starts
    all_time = [m.end() for m in _ALL_TIME.finditer(text)] if "time" in text else []
    times = find_times(text)
    # "Holt's 39.37", "her time was 38.30", "Lind was 14th with 40.31": bare seconds
    bare = bare_times(text, times) if "." in text else {}
    times = sorted([*times, *bare.values()]) if bare else times
    # "A and B, second and third in times of X and Y": each time its own name's
    paired = paired_owners(text, times, finder.index(sentence)) if len(times) > 1 else {}
    for time in times:
        if past and any(start <= time.start < end for start, end in past):
            finder.skip(f"{time.written} is another year's race", sentence)
            continue
        window = Window(text[max(0, time.start - 40) : time.start])
        margin = _ENDS_MARGIN.search_window(window)
        if (
            margin
            and _AT_END.search(window.text)
            and (time.answer.count(":") == 2 or _ENDS_STOPPED.search_window(window))
        ):
            margin = None  # "crossed the line at 2:05:06", "stopping the clock at 34.18s"
        short = ":" not in time.answer and float(time.answer) < 9.5
        raced = _ENDS_RACED.search_window(window)
        after = _AFTER.match(text, time.end)
        kind = after.lastgroup if after else None
        if margin is None and ("lead" in window.text or "gap" in window.text):
            margin = _LEAD_TO.search(window.text)  # "his lead ... to a yawning 1:03"
        if margin or (kind == "margin" and not raced) or short:
            continue  # a margin or a clock time, not a race time
        if kind == "clock":
            finder.skip(f"{time.written} is a game's clock, not a race's time", sentence)
            continue
        if _ENDS_SEGMENT.search_window(window) or _ENDS_SPLIT.search_window(window):
            continue  # "the fastest run time (31:19)": one leg of the race, not its time
        others = _ENDS_RECORD.search_window(window) and not OWN_RECORD.search(window.text)
        if all_time and any(0 <= time.start - end <= 100 for end in all_time):
            finder.skip(f"{time.written} is in an all-time list, not this race's", sentence)
            continue  # "fourth all time behind Michael Phelps (1:54.98), Ryan Lochte ..."
        if _HEAT_AFTER.match(text, time.end):
            finder.skip(f"{time.written} is a heat's time, not the final's", sentence)
            continue
        if others or RECORD_TIME_AFTER.match(text, time.end) or _owned_mark(text, time):
            finder.skip(
                f"{time.written} is a record or an old mark, not this race's time", sentence
            )
            continue
        # "Elena Ivers 2:05:04, Femi Jansen 2:05:11": a results list's row is its name's
        athlete, rivaled = None, False
        if time.start not in bare:
            athlete = row_holder(text, time, finder.index(sentence))
        if athlete is None and time.start in paired:
            athlete = paired[time.start]
            if athlete is None:  # "times of X and Y" for two names, order untold
                finder.skip(f"{time.written}: whose time it is cannot be told", sentence)
                continue
        own = athlete is not None
        if athlete is None:
            if finder.negated(sentence, time.start):
                finder.skip(f"{time.written}: the sentence denies or only wishes it", sentence)
                continue
            if other_edition(text, time) or _ELSEWHERE_AFTER.match(text, time.end):
                finder.skip(f"{time.written} is another year's race", sentence)
                continue
            if time.start in bare:  # (only its form tells whose it is)
                athlete = bare_owner(text, time, finder.index(sentence))
                if athlete is None:
                    finder.skip(f"{time.written}: whose time it is cannot be told", sentence)
                    continue
            else:
                athlete, rivaled = _bracketed(finder, sentence, time)
            if athlete is None and bracket_start(text, time) is not None:
                # "ahead of Eve Park (10.91)": the bracket's, never the subject's
                finder.skip(f"{time.written}: whose time it is cannot be told", sentence)
                continue
        event = finder.event_at(events, time.start, time.end, text)
        after_race = _race_after(text, time, events)
        if after_race == "heat":
            finder.skip(f"{time.written} is a heat's time, not the final's", sentence)
            continue
        event = None if after_race else event  # "..., a day after the 100m": not its race
        event = finder.carried if past and not events else event
        if ago and (count := bisect.bisect_right(ends, time.start)) and ends[count - 1] in ago:
            finder.skip(f"{time.written}: the race named before it is another week's", sentence)
            continue
        if event is None and finder.carried and events and events[0].start() > time.end:
            # "came home in 13:26.98, ..., six days after winning the 10,000m": the race
            # named later stands in another clause; the time is the carried race's
            event = None if other_sex(finder.carried, finder.index(sentence)) else finder.carried
        bracketed = athlete and not rivaled and not after_race and bracket_start(text, time)
        if event is None and events and bracketed:
            event = _named_later(text, time, events)  # "Ana Roe (2:08.14) ..., in the 200m"
        if "." in time.answer and ":" not in time.answer and not _TRACK.match(event or ""):
            event = None  # "(17.57)" for a field event or an unnamed race: not a time
        if event and not plausible(event, time.answer, finder.fast):
            finder.skip(f"{time.written} is no time for the {event}", sentence)
            continue
        # a row's or a pair's time ("A and B, second and third in times of X and Y"), or
        # one bracketed after its name, is its own; any other after a list of people is a
        # crew's ("A, B and C were third in 3:01.22", "A and B, who finished in T")
        told = own or bracket_start(text, time) is not None
        athlete = athlete or (  # (read only for a time that fits its race)
            None if rivaled else finder.athlete(sentence, time.start)
        )  # "Kirui was passed by A and B to finish in T": not B's, and "he" is unsure
        if athlete and event and event.endswith(" relay") and not _a_team(athlete):
            finder.skip(f"{time.written} is a relay team's time, not {athlete}'s", sentence)
            continue
        crew = None if told or not athlete else crew_of(finder.index(sentence), text, athlete, time)
        if athlete and crew is not None:
            fact = crew_time(crew, event, text, time, sentence, finder.index(sentence))
            if fact is None:
                finder.skip(
                    f"{time.written} is the time of several people named together, not {athlete}'s",
                    sentence,
                )
            else:
                facts.append(fact)
            continue
        if athlete:
            facts.append(Fact("time", athlete, event, time.answer, sentence, time.written))
        else:
            finder.skip(f"{time.written}: whose time it is cannot be told", sentence)
            finder.unowned += [event] if event else []
    return facts


# Between a time and a race named after it: words that put that race on another day or in
# another round ("(2:08.14), a day after winning the 400m", "through the heats of the
# 100m"), or make it a race still to come ("... and will swim the 100m tomorrow")
_NOT_THIS_RACE = re.compile(
    r"\b(?:after|before|earlier|yesterday|tomorrow|will|next|heats?|semi|semi-finals?"
    r"|prelim\w*|qualif\w*)\b|;|:\s",
    re.I,
)
_ROUND = re.compile(r"\b(?:heats?|semi|prelim|qualif)", re.I)
# ... and, for a bracketed time whose race stands in another clause, any word of another
# time ("also", "again", "last", "a week")
_ANOTHER_TIME = re.compile(
    r"\b(?:later|last|previous|also|again|then|since|once|day|week|year)\b", re.I
)


def _race_after(text: str, time: Time, events: list[re.Match[str]]) -> str | None:
    """Why the race a sentence names only after a time is not that time's (another day's,
    a round's, a race still to come: ``Lena Moor (1:07.66) was quickest through the heats
    of the 100m``), or None when nothing between says so or a race is named before it."""
    if not events or events[0].start() < time.end or events[0].start() - time.end > 200:
        return None  # (read no further than a clause's length)
    found = _NOT_THIS_RACE.search(text, time.end, events[0].start())
    if found is None:
        return None
    return "heat" if _ROUND.match(found[0]) else "other"


def _named_later(text: str, time: Time, events: list[re.Match[str]]) -> str | None:
    """The race of a time bracketed after its owner's name when the sentence names it only
    later, in another clause (``Ana Roe (2:08.14) and Ivy Lane (2:09.30) opened the night,
    Roe fourth and Lane fifth in the women's 200m backstroke``): the one race the sentence
    names, when nothing between puts it on another day or in another round; else None."""
    from quizcli.draft.event_names import event_name

    if not 0 <= events[0].start() - time.end <= 200 or len(events) > 3:
        return None  # a race named before the time, or far after it (read no further)
    if len({event_name(e) for e in events}) > 1:
        return None  # two races: unsure
    if _ANOTHER_TIME.search(text, time.end, events[0].start()):
        return None  # ("_race_after" has read the rest)
    return event_name(events[0])


# "her sister Tirunesh's 14:11.15 world record", "Kipchoge's 2:01:39 mark": another's mark
_MARK_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:records?|marks?|bests?)\b", re.I)


def _owned_mark(text: str, time: Time) -> bool:
    """Whether a time is someone's mark by a possessive (``Tirunesh's 14:11.15 world
    record``) or the mark a race is measured against (``a second outside the 13:07.80
    meeting record``): a record or a best, never the time of the race being told."""
    before = text[max(0, time.start - 4) : time.start]
    owned = before[1:] in ("'s ", "’s ") or before.casefold() == "the "
    return owned and _MARK_AFTER.match(text, time.end) is not None


def _a_team(athlete: str | None) -> bool:
    """Whether a relay's time is given to a team (a country: ``the United States``)."""
    from quizcli.draft.nations import is_country_name

    return athlete is not None and is_country_name(tuple(athlete.split()))


def _bracketed(finder: FactFinder, sentence: Sentence, time: Time) -> tuple[str | None, bool]:
    """Whose a time is when the sentence's form leaves no doubt (quizcli.draft.owners,
    quizcli.draft.holders), and whether a rival named before it makes it nobody's."""
    index = finder.index(sentence)
    owner = time_owner(sentence.masked, time, index)
    return (owner, False) if owner else time_holder(sentence.masked, time, index)
