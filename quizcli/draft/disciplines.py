"""Races named by a discipline with its sex, which ``quizcli.draft.events``' pattern does
not know: gymnastics' ``the women's all-around``, an orienteering race ``the men's long
distance`` / ``the women's middle distance``, a weight class ``the women's 55-kilogram
class`` / ``the men's -73kg`` / ``the men's +100kg`` (a lifter's or a judoka's).

Only with its sex right before it: without one the words describe (``two Olympic
all-around titles``, ``a long distance runner``, ``lifted 127kg``). Never a title or a
record that only describes someone (``the women's all-around champion Lee``), a round
before the final (``the men's 73kg qualifying``) or many races (``men's long distance
running``).

Each match carries every group of the events pattern (the others never set), so the code
reading an event's match reads these the same: ``word`` for a discipline, ``weight`` for a
weight class (its name made ``55kg`` by ``weight_name``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

_SEXED = r"(?:(?<=men's )|(?<=men’s )|(?<=Men's )|(?<=Men’s ))"
# The disciplines of the judged and the freestyle sports, each a competition of its own once
# its sex is named: a fencing weapon (``the women's individual foil``, ``the men's team
# sabre``, ``the women's foil team event``), a gymnastics apparatus (``the men's pommel
# horse``, ``the women's uneven bars``), a freestyle ski or snowboard event (``the men's
# moguls``, ``the women's big air``), skateboarding's ``street`` and ``park``, artistic
# swimming's ``duet``, a ski race by its format (``the women's pursuit``, ``the men's mass
# start``), a shooting or an archery event (``the women's trap``, ``the men's recurve``) and
# a team event (``the women's team event``, ``the men's team final``), sepak takraw's
# ``quadrant`` and ``regu``, a weight class by its name (``the men's middleweight``), and a
# track race in a title's capitals (``the Women's Team Sprint``).
_NAMED = (
    r"(?:(?:individual|team) )?(?:foil|sabre|saber|épée|epee)"
    r"(?: team(?= (?:event|final|competition)\b))?"
    r"|pommel horse|(?:still )?rings|(?:uneven )?parallel bars|uneven bars|horizontal bar"
    r"|high bar|(?:balance )?beam|floor(?: exercise)?|vault|(?:synchroni[sz]ed )?trampoline"
    r"|tumbling|half-?pipe|(?:dual )?moguls|aerials|slopestyle|big air|ski ?cross"
    r"|snowboard ?cross|boardercross|street|park|duet|pursuit|mass start|skiathlon|sprint"
    r"|(?:super |alpine )?combined|steeplechase|(?:double )?trap|skeet"
    r"|(?:(?:individual|team) )?(?:recurve|compound)|boulder(?:ing)?"
    r"|team(?= (?:event|final|competition)\b)|quadrant|regu"
    # a track race the events pattern reads in lower case, written in a title's capitals
    # ("the Women’s Team Sprint", "the Men's Keirin")
    r"|keirin|omnium|madison|team sprint|(?:team|individual) pursuit|scratch race"
    r"|points race|elimination race"
    # a weight class by its name (a boxer's, a judoka's): "the men's middleweight final",
    # "the women's half-lightweight"; never a rowing boat ("the men's lightweight four")
    r"|(?:(?:super|light|half|extra|junior)[- ]?)?"
    r"(?:fin|straw|minimum|fly|bantam|feather|light|welter|middle|cruiser|heavy)weight"
    r"(?! (?:single|double|quad|quadruple|four|pair|eight|sculls|coxless|coxed|rowing|rowers?"
    r"|titles?|belts?|division|crown|boxing|boxers?|judokas?|fighters?|king|queen)\b)"
)
_DISCIPLINES = (
    rf"{_SEXED}(?P<word>(?i:all-around|all around)(?![\w-])"
    r"|(?i:long|middle) distance(?![\w-])"
    rf"|(?i:{_NAMED})(?![\w-]))"
    # a weight class: "the women's 55-kilogram class", "men's -73kg", "women's under 57 kg"
    rf"|{_SEXED}(?P<weight>(?:under |over |[-+−])?\d{{2,3}}(?:\s?kg|-kilogram|\s+kilograms?)"
    r"(?:\s+(?:class|category|division))?)(?![\w-])"
)
# What follows a discipline that only describes someone ("the women's all-around champion")
# or names a round before its final ("the men's 73kg qualifying", "all-around heats")
_DESCRIBES = re.compile(
    r"\s+(?:(?:world|Olympic|national|defending|reigning|former)\s+)?"
    r"(?:champions?|medall?ists?|gold\s+medall?ists?|records?|runners?|specialists?|stars?"
    r"|qualif\w*|heats?|prelim\w*|semi\w*|rounds?|subdivisions?|rankings?|standings?"
    r"|running|events|races|squads?|teams?|programmes?|programs?"
    # a round before the final ("the men's sabre quarterfinals", "the women's foil pools")
    r"|quarter\w*|pools?|repechages?|eliminations?|last\s+(?:16|32|64|eight|four)"
    # someone of the discipline ("the women's street skaters", "the men's moguls skier")
    r"|skaters?|skateboarders?|skiers?|snowboarders?|riders?|gymnasts?|fencers?|divers?"
    r"|swimmers?|shooters?|archers?|climbers?|athletes?|competitors?|coach(?:es)?"
    r"|favou?rites?|hopefuls?|contenders?|pairs?|duos?|partners?|double|hurdles"
    # a season or a series of many competitions ("the men's moguls World Cup standings")
    r"|world\s+cup|cup|league|series|season|tour|circuit|globe|overall"
    # a part or a measure of it ("the men's sprint classification", "the women's combined
    # time"), or the word as a plain noun ("the men's pursuit of the title")
    r"|classifications?|jerseys?|points|times?|totals?|scores?|of)\b",
    re.I,
)
# A discipline that is also a plain word ("street", "park", "floor", "team"): only before
# what ends its name or tells of its contest ("the women's street final", "the men's park
# on Sunday", "the men's floor, where"), never before another noun ("the men's floor
# manager", "the women's street clothes", "the Men's Street Mile")
_PLAIN = frozenset(
    ("street", "park", "floor", "beam", "rings", "trap", "compound", "combined", "sprint")
    + ("pursuit", "team")
)
_PLAIN_AFTER = re.compile(
    r"(?!\s+[A-Za-z])|\s+(?i:finals?|event|competition|contest|race|title|gold|silver|bronze"
    r"|medals?|podium|crown|skateboarding|and|or|at|in|on|was|were|is|are|with|after|before"
    r"|by|for|from|to|when|while|as|but|went|ended|began|saw|today|tonight|yesterday"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
# A sex told with another before it: "the women's and men's individual foil" is both's
_BOTH = re.compile(r"(?:[Mm]en|[Ww]omen)['’]s\s+(?:and|&|or)\s+(?:[Mm]en|[Ww]omen)['’]s $")
_WEIGHT_PARTS = re.compile(r"(under |over |[-+−])?(\d{2,3})")


_SEX = re.compile(r"[Mm]en['’]s ")  # where a discipline may start: right after its sex


@functools.lru_cache(maxsize=16)
def _pattern(events: re.Pattern[str]) -> re.Pattern[str]:
    """The disciplines' pattern, with each group of the ``events`` pattern it lacks as an
    alternative that never matches (its group then always None)."""
    groups = sorted(events.groupindex, key=events.groupindex.__getitem__)
    missing = "".join(f"|(?P<{g}>(?!))" for g in groups if g not in ("word", "weight"))
    return re.compile(_DISCIPLINES + missing)


def with_disciplines(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of the events ``pattern`` in ``text`` and, in the order they start, the
    disciplines it names with their sex (tried only right after a sex)."""
    matches = pattern.finditer(text)
    if "men's " not in text and "men’s " not in text and "Men" not in text:
        yield from matches
        return
    disciplines = _pattern(pattern)
    extra = [
        m
        for sex in _SEX.finditer(text)
        for m in (disciplines.match(text, sex.end()),)
        if m is not None
        and not _DESCRIBES.match(text, m.end())
        and (m["word"] is None or m["word"].casefold() not in _PLAIN or _plain_ok(m))
        and not _BOTH.search(text, max(0, sex.start() - 20), sex.end())
    ]
    at, end = 0, 0
    for match in matches:  # (a discipline the events pattern reads too is its match alone)
        while at < len(extra) and extra[at].start() <= match.start():
            if extra[at].start() >= end and extra[at].end() <= match.start():
                yield extra[at]
            at += 1
        yield match
        end = match.end()
    while at < len(extra):
        if extra[at].start() >= end:
            yield extra[at]
        at += 1


def _plain_ok(match: re.Match[str]) -> bool:
    """Whether a discipline that is also a plain word is followed by what makes it the
    discipline (``_PLAIN_AFTER``)."""
    return _PLAIN_AFTER.match(match.string, match.end()) is not None


def weight_name(weight: str) -> str:
    """``55-kilogram class`` -> ``55kg``, ``-73kg`` -> ``-73kg``, ``under 57 kg`` ->
    ``-57kg``, ``over 100kg`` -> ``+100kg``."""
    parts = _WEIGHT_PARTS.match(weight)
    if parts is None:
        return weight
    sign = {"under ": "-", "over ": "+", "−": "-"}.get(parts[1] or "", parts[1] or "")
    return f"{sign}{parts[2]}kg"


def discipline_name(word: str) -> str:
    """A discipline's name as questions print it: ``All Around`` -> ``all-around``,
    ``team`` (``the women's team final``) -> ``team event``, ``foil team`` -> ``team foil``."""
    name = " ".join(word.casefold().split()).replace("all around", "all-around")
    if name == "team":
        return "team event"
    if name.endswith(" team"):
        return "team " + name[: -len(" team")]
    return name


# The disciplines judged or scored, never timed: a bout's, an apparatus', a freestyle
# trick's, a routine's, a shot's, a weight class' ("15.26" after a skater is her score)
_JUDGED = re.compile(
    r"\b(?:foil|sabre|saber|épée|epee|pommel|rings|bars?|beam|floor|vault|trampoline"
    r"|tumbling|half-?pipe|moguls|aerials|slopestyle|big air|street|park|duet|team event"
    r"|quadrant|regu|trap|skeet|recurve|compound|boulder\w*|all-around|\w*weight)\Z"
    r"|[-+]?\d{2,3}kg\Z"
)


def judged(event: str) -> bool:
    """Whether a race named ``event`` is a discipline judged or scored, never timed
    (``women's street``, ``men's pommel horse``, ``men's 73kg``)."""
    return _JUDGED.search(event) is not None
