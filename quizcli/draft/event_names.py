"""A race's name as questions print it, from a match of ``quizcli.draft.events``'s
pattern: ``5,000-meter`` -> ``5000m``, ``the women's 4x100m medley relay``, ``stage 15``,
``the men's C1 1000m``, ``the women's 400m T54``, ``the Indianapolis 500``, ``the women's
large hill``."""

from __future__ import annotations

import functools
import re

from quizcli.draft.disciplines import discipline_name, weight_name

ORDINALS = {
    w: n
    for n, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh"
        " twelfth".split()
    )
    if n
}
# The numbers a stage race's stages run to, in words ("stage four", "Stage Twenty-One")
STAGE_NUMBERS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
    if n
} | {"twenty-one": 21}
_NOT_DIGIT = re.compile(r"\D")
_SEX_BEFORE = re.compile(r"\b([Mm]en|[Ww]omen)['’]s\s+$")


@functools.lru_cache(maxsize=4096)  # a match is its own key (by identity): a race named
def event_name(match: re.Match[str]) -> str:  # once is asked for by each value after it
    """``5,000-meter`` -> ``5000m``; ``200m breaststroke`` keeps its stroke; ``marathon``,
    ``stage 15`` and ``Monaco Grand Prix`` stay words."""
    start, boat = match.start(), ""
    if match["word"] in ("pair", "four"):  # matched after "coxless " or "coxed "
        boat = match.string[max(0, start - 8) : start].split()[-1].casefold() + " "
        start -= len(boat)
    relay = _RELAY_BEFORE.search(match.string, max(0, start - 6), start) if match["d"] else None
    if relay:  # "the women's 4x100m medley relay": a relay, never the 100m medley
        start = relay.start()
    sex = _SEX_BEFORE.search(match.string, max(0, start - 10), start)
    if relay:
        gender = f"{sex[1].casefold()}'s " if sex else ""
        legs = f"{relay[1]}x{match['d'].replace(',', '')}m"
        stroke = _stroke(match["h"] or match["stroke"] or "", relay=True)
        return f"{gender}{legs}{' ' if stroke else ''}{stroke} relay"
    gender = f"{sex[1].casefold()}'s " if sex else ""
    if boat:
        return f"{gender}{boat}{match['word']}"
    if match["word"]:
        return gender + discipline_name(match["word"])
    if "weight" in match.re.groupindex and match["weight"]:  # "the women's 55-kilogram class"
        return gender + weight_name(match["weight"])
    if match["hill"]:  # "the women's large hill": a ski jumping competition
        return gender + match["hill"]
    if "order" in match.re.groupindex and match["order"]:  # quizcli.draft.ordered_stages
        return _ordered_stage(match["order"])
    if match["stage"]:
        return " ".join(match["stage"].casefold().split())
    if match["sword"]:
        return f"stage {STAGE_NUMBERS[match['sword'].casefold()]}"
    if match["nth"]:
        nth = match["nth"].casefold()
        return f"stage {ORDINALS.get(nth) or int(_NOT_DIGIT.sub('', nth))}"
    if match["gp"]:
        return " ".join(match["gp"].split())
    # "the Women's World Matchplay": the women's World Matchplay; "the Tour Of Flanders" in a
    # headline's title case: the Tour of Flanders
    if match["classic"]:
        owned = _SPORTS_WORLD.match(match["classic"])  # "snooker's World Championship"
        if owned:
            return f"World {owned[1].capitalize()} Championship"
        return gender + " ".join(match["classic"].split()).replace(" Of ", " of ")
    if match["boat"]:  # "the men's C1 1000", "the C1 men's 1000": the men's C1 1000m
        gender = f"{match['bsex'].casefold()}'s " if match["bsex"] else gender
        return f"{gender}{match['boat']} {match['bd'].replace(',', '')}m"
    if match["named"]:  # "the Indy 500" is the Indianapolis 500, however it is written
        return gender + _INDY.sub("Indianapolis 500", " ".join(match["named"].split()))
    if match["stroke"]:  # "the 100 freestyle": a swim, in metres
        return gender + match["d"].replace(",", "") + "m" + match["stroke"].casefold()
    if match["short"]:  # "the 50 free": the 50m freestyle
        return f"{gender}{match['d']}m {_STROKES[match['short'].strip()]}"
    unit = "km" if match["u"].casefold().startswith("k") else "m"
    kind = _KM_RACE.match(match.string, match.end()) if unit == "km" else None
    discipline = f" {kind[1].casefold()}" if kind else ""  # "the women's 7.5km sprint"
    para = _PARA_CLASS.match(match.string, match.end())  # "the women's 400m T54"
    discipline += f" {para[1].upper()}" if para else ""
    as_relay = match.string.startswith(" relay", match.end())  # "the 400m medley relay"
    stroke = _stroke(match["h"] or "", as_relay)
    stroke = f" {stroke}" if stroke else ""
    return gender + match["d"].replace(",", "") + unit + stroke + discipline


_SPORTS_WORLD = re.compile(r"(\w+)['’]s\s+World\s+Championship\Z")
_INDY = re.compile(r"\AIndy 500\Z")
# A relay's legs before its distance: "4x100m", "4×100-meter", "4 x 400m"
_RELAY_BEFORE = re.compile(r"\b([2-8])\s*[x×X]\s*$")
# A Paralympic class after a race's distance: "400m T54", "100m T11/12" (T for track), "200m
# freestyle S14", "100m breaststroke SB8" (S for a swim)
_PARA_CLASS = re.compile(r"\s+([Tt]\d{2}(?:/\d{2})?|S[BM]?\d{1,2})\b")
# A skiing or biathlon race after its distance: "7.5km sprint", "12.5km pursuit"
_KM_RACE = re.compile(
    r"\s+(sprint|pursuit|individual|mass start|relay|skiathlon|classic|freestyle)\b", re.I
)
_STROKES = {
    "free": "freestyle",
    "fly": "butterfly",
    "back": "backstroke",
    "breast": "breaststroke",
    "IM": "individual medley",
    "medley": "individual medley",  # (a relay's medley is named in the relay's branch)
}


def _stroke(written: str, relay: bool) -> str:
    """A stroke or a discipline as questions print it: ``IM`` and a lone ``medley`` are the
    individual medley (a relay's ``medley`` stays), ``free`` is freestyle."""
    word = written.strip()
    if relay and word.casefold() == "medley":
        return "medley"
    return _STROKES.get(word) or _STROKES.get(word.casefold()) or word.casefold()


def _ordered_stage(order: str) -> str:
    """``opening stage`` -> ``stage 1``, ``21st and final stage`` -> ``stage 21``; ``final
    stage`` and ``penultimate stage`` stay words (their number is not told)."""
    first = order.split()[0].casefold()
    if first == "opening":
        return "stage 1"
    if " and " in order:
        return f"stage {ORDINALS.get(first) or int(_NOT_DIGIT.sub('', first))}"
    return "final stage" if first in ("final", "last") else f"{first} stage"
