"""Values told for a list of names at once: ``A and B finished with silver and bronze
respectively``, ``beating A and B, who came in second and third, respectively``, ``A and B
took silver and bronze`` (a value for each name, in order; none when the list and the values
differ in length)."""

from __future__ import annotations

import re

from quizcli.draft.editions import another_edition
from quizcli.draft.facts import Fact
from quizcli.draft.ordinals import MEDALS, RESPECTIVELY, VALUE, place_number
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence

_LIST_START = re.compile(r"(?:,\s*(?:while|and|but|as|with)\s|;|\bwhile\s|^)")
# "beating A and B, who came in ...": the names of the list a relative clause follows
_WHO_LIST = re.compile(
    r"(?P<list>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"[A-Z][\w'’.-]*)*,?\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+who\b[^,;]*$"
)
_JOINED_BEFORE = re.compile(r"[\w'’.-],\s*$")  # "C, A and B, who": C is one of the list too
# Medals of another time: "have (both) won ...", "... in 2003", "... before"
_EARLIER_BEFORE = re.compile(
    r"\b(?:after|since|having|has|have|had|once|previously)\s+"
    r"(?:(?:both|each|also|already|previously|had|has)\s+)*(?:\w+\s+)?$"
)
_EARLIER_AFTER = re.compile(
    r"[^.;]*?\b(?:(?:in|at\s+the)\s+(?:19|20)\d\d|ago|before|previously|last\s+(?:year|season|time)"
    r"|the\s+previous\s+(?:year|season|edition))\b"
)


def respectively(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """``A and B finished with silver and bronze respectively``: a value for each name."""
    text = sentence.masked
    if "respectively" not in text and not any(m in text for m in ("gold", "silver", "bronze")):
        return []  # every match holds one of these words (searched only then)
    match = RESPECTIVELY.search(text)
    if match is None or finder.negated(sentence, match.start()):
        return []
    values = re.findall(VALUE, match["values"] or match["medals"])
    starts = [m.end() for m in _LIST_START.finditer(text, 0, match.start())]
    names = finder.names(text[starts[-1] if starts else 0 : match.start()])
    who = _WHO_LIST.search(text, 0, match.start())
    if who is not None and len(names) > len(values):
        # "beating A and B, who came in second and third, respectively": the list before "who"
        names = finder.names(who["list"])
        earlier = finder.names(text[max(0, who.start("list") - 40) : who.start("list")])
        if earlier and _JOINED_BEFORE.search(text, 0, who.start("list")):
            return []  # "A, B and C, who ...": a longer list than the values
    if len(names) != len(values) or len(set(names)) != len(names):
        return []
    if _EARLIER_BEFORE.search(text, max(0, match.start() - 40), match.start()) or (
        _EARLIER_AFTER.match(text, match.end(), match.end() + 60)
        or another_edition(text, match.start(), match.end())
    ):
        return []  # "who won silver and bronze in 2003", "have won ... before": not this race
    event = finder.event_at(finder.events(text), match.start(), match.end(), text)
    if event is None:
        return []
    facts = []
    for name, value in zip(names, values, strict=True):
        kind = "medal" if value.casefold() in MEDALS else "place"
        facts.append(Fact(kind, name, event, place_number(value), sentence, match[0]))
    return facts
