"""Places of pairs and crews: a duet, a two-person boat, an endurance race's car.

A crew is a side of two or three people (``quizcli.draft.pairs.sides``) told as one:

- placed in a crew's event the same clause names: ``A and B placed fourth in duet``,
  ``A and B finished fifth in the women's C2 200-metre event`` (a doubles, pairs, duet,
  K2/C2/K4/C4 boat, two- or four-man bob, double sculls, beach volleyball);
- a car or crew ``of`` its people (``the #2 Cadillac of A, B and C``, ``Ferrari #50 of A, B
  and C``, ``the trio of A, B and C``) placed in its clause: ``In third place ... finished
  the #2 ... of A, B and C``, ``#3 of A, B and C another lap behind in fourth``, ``Top five
  was rounded out by ... #50 of A, B and C``, ``Their winning margin was 1 minute ...
  ahead of the #8 Toyota of A, B and C`` (second); its race is the endurance race the article
  names (``24 Hours of Le Mans``), else none and nothing is read.

Never in a sentence naming a year or another time (``when in 1965 the duo of A and B
won``), nor two places for one crew. Facts are ``crew_place`` facts: the crew (``A, B and
C``), the race, the place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from quizcli.draft.event_names import ORDINALS
from quizcli.draft.facts import Fact
from quizcli.draft.ordinal_lines import ordinal_line
from quizcli.draft.ordinals import ORD, place_number
from quizcli.draft.pairs import sides
from quizcli.draft.quotes import Sentence
from quizcli.draft.tails import lowered

if TYPE_CHECKING:
    from quizcli.draft.index import SentenceIndex

_BOAT = r"[KC][24]\s*(?:[-‑]\s*)?\d{3,4}(?:\s*[-‑]?\s*(?:m|metres?|meters?)\b)?"
_CREW_EVENT = (
    r"(?:(?:men|women)['’]s\s+|mixed\s+)?(?:(?:synchroni[sz]ed\s+(?:swimming\s+)?)?duet"
    r"|doubles|pairs|" + _BOAT + r"|(?:two|four)-(?:man|woman)(?:\s+bob(?:sleigh)?)?"
    r"|double\s+sculls|beach\s+volleyball)"
)
_PLACED = re.compile(
    r"\s*,?\s+(?:who\s+)?(?:placed|finished|came|ended|were)\s+(?:in\s+)?(?P<ord>" + ORD + r")"
    r"(?:\s+place)?(?:\s+in\s+(?:the\s+)?(?P<event>" + _CREW_EVENT + r")(?:\s+event)?\b"
    # no race named: the one being told, when a crew's ("who finished eighth with a time")
    r"|(?!\s*(?:,|and\b|or\b|&|[-‑/]|respectively\b|overall\b|in\b|at\b|on\b|of\b)))",
    re.I,
)
_MEDALLED = re.compile(
    r"\s*,?\s+(?:who\s+)?(?:won|claimed|took|captured|grabbed)\s+(?:the\s+)?"
    r"(?P<medal>gold|silver|bronze)(?:\s+medals?)?(?:\s+on\s+[A-Z]\w+day)?\s+in\s+(?:the\s+)?"
    r"(?P<event>" + _CREW_EVENT + r")(?:\s+event)?\b"
)
_A_CREW_EVENT = re.compile(_CREW_EVENT + r"\Z", re.I)
_MEDALS = {"gold": 1, "silver": 2, "bronze": 3}


def is_crew_event(event: str) -> bool:
    """Whether a race is a crew's (``women's C2 500m``, ``duet``, ``double sculls``,
    ``two-man bob``)."""
    return _A_CREW_EVENT.match(event) is not None


_HEAD = re.compile(
    r"(?:#\d{1,3}(?:\s+[A-Z][\w-]+)?|\b[A-Z][\w-]+\s+#\d{1,3}|\b(?:duo|trio|crew|quartet))"
    r"\s+of\s+\Z"
)
_IN_PLACE_BEFORE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?P<ord>" + ORD + r")\s+place\b[^.;]*\bfinished\b", re.I
)
_ROUNDED = re.compile(
    r"\b[Tt]op\s+(?P<n>three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:was|were)\s+"
    r"rounded\s+out\s+by\b[^.;]*\Z"
)
# "Their winning margin was 1 minute and 21.793 seconds ahead of the #8 Toyota of": second
_MARGIN_AHEAD = re.compile(
    r"\bwinning\s+margin\s+(?:was|of)\b[^;]{0,120}\bahead\s+of\s+[^;,]{0,40}\Z", re.I
)
_IN_AFTER = re.compile(r"[^.;#]{0,80}?\bin\s+(?P<ord>" + ORD + r")(?:\s+place)?\b", re.I)
_METRES = re.compile(r"(\d{3,4})\s*[-‑]?\s*(?:metres?|meters?|m)\b")  # "200-metre": "200m"
_A_PLACE = re.compile(r"\b(?:" + ORD + r"|rounded out|winning margin|gold|silver|bronze)\b", re.I)
# What every match of _A_PLACE holds (in lower case), looked for first
_PLACE_WORDS = (*ORDINALS, "rounded out", "winning margin", "gold", "silver", "bronze")
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_NUMBERS["ten"] = 10
_ANOTHER_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|last (?:year|season|time)|previous|ago|earlier this)\b"
)
_ENDURANCE = re.compile(
    r"\b(?P<hours>\d{1,2})\s+[Hh]ours\s+of\s+(?P<place>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|le|la"
    r"|de)(?=\s|$|[.,;:]))*)"
)


class CrewReader:
    """Reads crews' places sentence by sentence; the race of a car's is the endurance race
    the article names first (its headings and sentences, ``texts``)."""

    def __init__(self, texts: list[str]) -> None:
        self.race: str | None = None  # "24 Hours of Le Mans", the first one the article names
        for text in texts:
            race = _ENDURANCE.search(text) if "ours of" in text else None
            if race:
                self.race = f"{race['hours']} Hours of {race['place']}"
                break

    def read(
        self, sentence: Sentence, index: Callable[[], SentenceIndex], event: str | None
    ) -> list[Fact]:
        """The places the sentence gives crews of two or three people (``index`` gives
        the sentence's index, built only when the sentence may tell one; ``event`` is the
        race being told)."""
        text = sentence.masked
        if sentence.heading or " and " not in text or not _may_place(text):
            return []
        if _ANOTHER_TIME.search(text):
            return []
        found = sides(text, index())
        facts: list[Fact] = []
        for at, (people, start, end, _, _) in enumerate(found):
            after_end = found[at + 1][1] if at + 1 < len(found) else len(text)
            before_start = found[at - 1][2] if at else 0
            crew = ", ".join(people[:-1]) + " and " + people[-1]
            told = _told(text, end, event)
            if told:
                facts.append(Fact("crew_place", crew, told[0], told[1], sentence))
                continue
            if self.race is None or not _HEAD.search(text, max(before_start, start - 40), start):
                continue
            places = _places(text, before_start, start, end, after_end)
            if len(places) == 1:
                facts.append(Fact("crew_place", crew, self.race, places.pop(), sentence))
        return facts


def _told(text: str, end: int, event: str | None) -> tuple[str, int] | None:
    """(race, place) told right after a side: ``placed fourth in the duet``, ``won gold in
    the women's C2 500-metre event``, ``, who finished eighth`` in a crew's race being told."""
    placed = _PLACED.match(text, end)
    if placed and placed["event"]:
        return _event(placed["event"]), place_number(placed["ord"])
    if placed and event and _A_CREW_EVENT.match(event):
        return event, place_number(placed["ord"])
    medalled = _MEDALLED.match(text, end)
    if medalled:
        return _event(medalled["event"]), _MEDALS[medalled["medal"]]
    return None


def _event(written: str) -> str:
    """A crew's event as a prompt names it (``women's C2 200m`` of ``women's C2 200-metre``)."""
    return _METRES.sub(r"\1m", " ".join(written.split()))


_ROW_PLACE = re.compile(r"(?<![\w-])(?P<place>\d{1,2})(?:st|nd|rd|th)\s+\Z")


def listed_crews(sentence: Sentence, index: Callable[[], SentenceIndex]) -> list[Fact]:
    """The crews' rows of a class's line of results read as a table (``Open Senior 1st A
    and B, 2nd C and D, ...``: ``quizcli.draft.ordinal_lines`` gives a crew's row no
    name): each side of two or three people that opens a row numbered for a crew (``index``
    gives the sentence's index, built only for such a line)."""
    text = sentence.masked
    line = ordinal_line(text) if " and " in text or "&" in text else None
    if line is None:
        return []
    crews = {place for place, name in line.rows if name is None}
    facts = []
    for people, start, end, _, _ in sides(text, index()):
        row = _ROW_PLACE.search(text, max(0, start - 8), start)
        if row is None or int(row["place"]) not in crews:
            continue
        if not (text.startswith(",", end) or end == len(text.rstrip(" .;"))):
            continue  # the row goes on past the side: someone else's words too
        crew = ", ".join(people[:-1]) + " and " + people[-1]
        facts.append(Fact("crew_place", crew, line.event, int(row["place"]), sentence))
    return facts


def _places(text: str, before_start: int, start: int, end: int, after_end: int) -> set[int]:
    """The places a car's clause gives it: before it (``In third place ... finished``,
    ``Top five was rounded out by``, ``winning margin was ... ahead of``) back to the side
    before, or after it (``... in fourth``) up to the side after."""
    places: set[int] = set()
    window = max(before_start, start - 200)
    before = _IN_PLACE_BEFORE.search(text, window, start)
    if before:
        places.add(place_number(before["ord"]))
    rounded = _ROUNDED.search(text, window, start)
    if rounded:
        n = rounded["n"]
        places.add(int(n) if n.isdigit() else _NUMBERS[n.casefold()])
    if _MARGIN_AHEAD.search(text, window, start):
        places.add(2)
    after = _IN_AFTER.match(text, end, min(after_end, end + 100))
    if after:
        places.add(place_number(after["ord"]))
    return places


def _may_place(text: str) -> bool:
    """``_A_PLACE.search(text)``, searched only when the text's lower case holds one of the
    words every match holds (or may not be read so: ``lowered``)."""
    low = lowered(text)
    if low is not None and not any(word in low for word in _PLACE_WORDS):
        if _DIGIT_ORDINAL.search(low) is None:
            return False
    return _A_PLACE.search(text) is not None
