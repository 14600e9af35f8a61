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
_DISCIPLINES = (
    rf"{_SEXED}(?P<word>(?i:all-around|all around)(?![\w-])"
    r"|(?i:long|middle) distance(?![\w-]))"
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
    r"|running|events|races|squads?|teams?|programmes?|programs?)\b",
    re.I,
)
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
        if m is not None and not _DESCRIBES.match(text, m.end())
    ]
    at = 0
    for match in matches:
        while at < len(extra) and extra[at].start() < match.start():
            yield extra[at]
            at += 1
        yield match
    while at < len(extra):
        yield extra[at]
        at += 1


def weight_name(weight: str) -> str:
    """``55-kilogram class`` -> ``55kg``, ``-73kg`` -> ``-73kg``, ``under 57 kg`` ->
    ``-57kg``, ``over 100kg`` -> ``+100kg``."""
    parts = _WEIGHT_PARTS.match(weight)
    if parts is None:
        return weight
    sign = {"under ": "-", "over ": "+", "−": "-"}.get(parts[1] or "", parts[1] or "")
    return f"{sign}{parts[2]}kg"
