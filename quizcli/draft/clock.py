"""Race times in every common written form, read as answers are typed.

``2:05:06``, ``13:13.66``, ``9.79s``, ``13 mins and 13.66 secs``, ``three minutes 27.65``,
``two hours, 13 minutes and 44 seconds`` (2:13:44, never 13:44), ``two hours and 35 seconds``
(2:00:35), ``a minute 53.51 seconds`` (1:53.51, never 53.51), ``5h13'55"``, ``1 min 54 sec
06`` (1:54.06) and ``in 10.77`` (two decimals after ``in``/``clocked``/``the clock
at``/``ran``/``a swift``, or alone in brackets: ``Campbell-Brown (10.91)``, for sprints
and swims; never a jump's ``8.27 leap``). A time keeps the article's precision. A lone ``13
minutes`` is a duration, not a time, and is not read; nor is a clock time (``7:30pm``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
)
_N = rf"(?:\d{{1,2}}|{_WORD_NUMBER})"
_SEP = r"\s*,?\s*(?:and\s+)?"
_HOURS = rf"(?P<h>{_N}|[Aa]n(?=\s+hour\b))\s*(?:hours?\b|hrs?\b|h(?=\s*\d)|h\b)"  # "an hour"
_MINUTES = rf"(?P<m>{_N}|[Aa](?=\s+minute\b))\s*(?:minutes?\b|mins?\b|min(?=\s*\d)|['’′](?![a-z]))"
# After hours, a bare ``m`` is minutes too: ``1h 42m 22s`` (never 42:22).
_HOUR_MINUTES = rf"(?P<m>{_N})\s*(?:minutes?\b|mins?\b|min(?=\s*\d)|m\b|['’′](?![a-z]))"
_BARE_MINUTES = r"(?P<bm>\d{1,2})\s*m(?=\s*\d)"
_SECONDS_UNIT = r"(?:\s*(?:seconds?\b|secs?\b|sec(?=\s*\d)|s\b|[\"”″]))"
_SECONDS = rf"(?P<s>\d{{1,2}}(?:\.\d{{1,3}})?|{_WORD_NUMBER})"
_HUNDREDTHS = r"(?:\s*(?P<frac>\d{2})(?!\d|[.:]\d))"
_PATTERNS = (
    r"(?<![\d:.,])(?P<clock>\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?)(?![\d:]|,\d|['’′]\d)"
    r"(?!\s*(?:[ap]\.?m\b|GMT|BST|CET|ET\b|local))",
    rf"(?i)\b{_HOURS}{_SEP}{_HOUR_MINUTES}(?:{_SEP}{_SECONDS}{_SECONDS_UNIT}?)?",
    rf"(?i)\b{_HOURS}{_SEP}{_SECONDS}{_SECONDS_UNIT}",
    rf"(?i)(?<![:.])\b{_MINUTES}{_SEP}{_SECONDS}(?:{_SECONDS_UNIT}{_HUNDREDTHS}?)?"
    r"(?![\d,]|\s*(?:metres|meters|m\b|km\b))",
    rf"(?i)\b{_BARE_MINUTES}\s*{_SECONDS}{_SECONDS_UNIT}",
    rf"(?<![\d:.,])(?P<sec>\d{{1,2}}\.\d{{1,3}}){_SECONDS_UNIT}",
    r"(?:(?<=\bin )|(?<=\bclocked )|(?<=\bclocking )|(?<=\btimed )|(?<=\btime of )"
    r"|(?<=\bclock at )"  # "stopped the clock at 34.01"
    # "with a swift 54.15 in the 400m hurdles", "who ran a 54.29 season's best"
    r"|(?<=\bran a )|(?<=\bran )|(?<=\bswift )|(?<=\bquick )|(?<=\bfast )"
    r"|(?<=\bblistering ))"
    r"(?P<bare>\d{1,2}\.\d{2,3})(?!\d|\.\d|\s*(?:m\b|metres|meters|km|points|pts"
    r"|leap|jump|throw|heave|vault|clearance|effort|mark))",
    r"(?<=\()(?P<paren>\d{1,2}\.\d{2,3})(?=\))",  # "Campbell-Brown (10.91)"
    # Minutes and seconds with full stops, after a word of timing: "took silver in 14.44.07"
    r"(?:(?<=\bin )|(?<=\bclocked )|(?<=\bclocking )|(?<=\btimed )|(?<=\btime of ))"
    r"(?P<dotted>\d{1,2}\.[0-5]\d\.\d{2})(?!\d|\.\d)",
)


class Time(NamedTuple):
    """A time found at ``start``..``end``: its answer (``2:13:44``) and the words as written."""

    start: int
    end: int
    answer: str
    written: str


# What a sentence must hold for each pattern to have a chance (tested on its lower case),
# and, before that search, a piece of text every match of the test holds ("h" for
# ``\dh|hour``; "" for none): a sentence without it is passed over with no search at all
# (tests/test_draft_speed.py checks that each test's matches hold it).
_NEEDED = (
    (re.compile(r"\d:\d"), ":"),
    (re.compile(r"h(?:(?<=\dh)|our|rs?\b)"), "h"),  # \dh, hour, hr: each led by a literal,
    (re.compile(r"h(?:(?<=\dh)|our|rs?\b)"), "h"),  # so that re skips to its places at once
    (re.compile(r"min|'|’|′"), ""),
    (re.compile(r"m(?<=\dm)\s*\d"), "m"),
    (re.compile(r"\.(?<=\d\.)\d{1,3}\s*[s\"”″]"), "."),  # seconds with their unit
    (
        re.compile(
            r" (?=\d)(?:(?<=in )|(?<=clocked )|(?<=clocking )|(?<=timed )|(?<=time of )"
            r"|(?<=clock at )|(?<=ran )|(?<=ran a )|(?<=swift )|(?<=quick )|(?<=fast )"
            r"|(?<=blistering ))\d{1,2}\.\d\d"  # (tried after a space before a digit)
        ),
        ".",
    ),
    (re.compile(r"\(\d"), "("),
    (re.compile(r"\.(?<=\d\.)\d\d\.\d"), "."),
)

_TESTS = tuple(dict.fromkeys(_NEEDED))  # each test once (two patterns need the same)
_TEST_OF = tuple(_TESTS.index(test) for test in _NEEDED)

# How each pattern's match begins (a digit, or a digit or a number word), said first as a
# lookahead: the scan then passes over other characters at once instead of trying the whole
# pattern at each (the same matches: tests/test_draft_speed.py compares every pattern with
# and without it).
_DIGIT_FIRST = r"(?=\d)"
_INITIALS = "".join(sorted({word[0] for word in [*_UNITS, *_TENS, "an"]}))
_NUMBER_FIRST = rf"(?=[\d{_INITIALS}{_INITIALS.upper()}])"  # a digit or a number word
_FIRST = (
    _DIGIT_FIRST,
    _NUMBER_FIRST,
    _NUMBER_FIRST,
    _NUMBER_FIRST,
    _DIGIT_FIRST,
    _DIGIT_FIRST,
    _DIGIT_FIRST,
    _DIGIT_FIRST,
    _DIGIT_FIRST,
)


_READY: list[re.Pattern[str] | None] = [None] * len(_PATTERNS)


def _pattern(k: int) -> re.Pattern[str]:
    """The ``k``-th pattern, led by the lookahead of how its match begins: compiled the
    first time a sentence may hold its match (a draft needs few of them; compiling all
    nine at import cost 12 ms of every draft)."""
    pattern = _READY[k]
    if pattern is None:
        source = _PATTERNS[k]
        first = _FIRST[k] if k < len(_FIRST) else ""  # a pattern added: no lead yet
        flags = "(?i)" if source.startswith("(?i)") else ""
        pattern = _READY[k] = re.compile(flags + first + source[len(flags) :])
    return pattern


def _compiled() -> tuple[re.Pattern[str], ...]:
    """Every pattern, each led by the lookahead of how its match begins (for the tests)."""
    return tuple(map(_pattern, range(len(_PATTERNS))))


def number(word: str) -> int:
    """``13`` -> 13, ``thirteen`` -> 13, ``forty-four`` -> 44."""
    if word.isdigit():
        return int(word)
    if word.casefold() in ("an", "a"):  # "an hour", "a minute 53.51 seconds"
        return 1
    parts = re.split(r"[- ]", word.casefold())
    total = _TENS.get(parts[0], 0)
    if total:
        return total + (_UNITS.index(parts[1]) if len(parts) > 1 else 0)
    return _UNITS.index(parts[0])


def _seconds(text: str | None, fraction: str | None) -> tuple[str, bool]:
    """Seconds as ``SS`` or ``SS.ff`` (two digits before the point), and whether given."""
    if text is None:
        return "00", False
    whole, _, decimals = text.partition(".") if text[0].isdigit() else (text, "", "")
    decimals = decimals or (fraction or "")
    return f"{number(whole):02d}" + (f".{decimals}" if decimals else ""), True


def _answer(match: re.Match[str]) -> str | None:
    """The typed form of one match, or None when it is no plausible race time."""
    groups = match.groupdict()  # a group the pattern lacks reads as None, like one unmatched
    clock = groups.get("clock")
    if clock:
        return clock
    dotted = groups.get("dotted")
    if dotted:
        whole, secs, hundredths = dotted.split(".")
        return f"{int(whole)}:{secs}.{hundredths}"
    plain = groups.get("sec") or groups.get("bare") or groups.get("paren")
    if plain:
        return plain
    hours = number(groups["h"]) if groups.get("h") else None
    minutes_text = groups.get("m") or groups.get("bm")
    minutes = number(minutes_text) if minutes_text else None
    seconds, given = _seconds(groups.get("s"), groups.get("frac"))
    if minutes is not None and minutes > 59 and hours is None:
        return None
    if hours is not None:
        if hours > 99 or (minutes or 0) > 59:
            return None
        return f"{hours}:{minutes or 0:02d}:{seconds}"
    if not given or float(seconds) >= 60:
        return None
    return f"{minutes}:{seconds}"


# "1 hour 59:52": the hours stand apart from the minutes; no reading of it is sure
_AFTER_HOURS = re.compile(r"(?i)\b(?:hours?|hrs?)\W*(?:and\s+)?$")
_ANY_DIGIT = re.compile(r"\d")


def find_times(text: str) -> list[Time]:
    """Every race time in ``text``, in order, none overlapping."""
    if not _ANY_DIGIT.search(text):
        return []
    candidates = []
    lowered = text.casefold()
    # a cheap test first, once for the patterns that share it: most sentences have no
    # such unit at all
    held = [hint in lowered and needed.search(lowered) is not None for needed, hint in _TESTS]
    for k, test in enumerate(_TEST_OF):
        if not held[test]:
            continue
        for match in (_READY[k] or _pattern(k)).finditer(text):
            answer = _answer(match)
            if answer is not None:
                candidates.append(Time(match.start(), match.end(), answer, match[0].strip()))
    candidates = [  # "1 hour 59:52", searched for only when the time holds no hours
        t
        for t in candidates
        if t.answer.count(":") == 2 or not _AFTER_HOURS.search(text, max(0, t.start - 12), t.start)
    ]
    if len(candidates) > 1:
        candidates.sort(key=lambda t: (t.start, -t.end))
    found: list[Time] = []
    for time in candidates:  # the longest reading wins: "two hours, 13 minutes ..." not "13:44"
        if not found or time.start >= found[-1].end:
            found.append(time)
        elif time.end > found[-1].end and time.start == found[-1].start:
            found[-1] = time
    return found
