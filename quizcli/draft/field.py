"""Field-event marks: ``a last-round leap of 8.36 metres to snatch gold``, ``taking bronze
with 8.16m``, ``a third-round effort of 7.02m earned her victory``.

A field athlete jumps or throws several times, and an article names marks that did not count
(``a best of only 8.03m in his first five attempts``, a qualifying mark, a world lead from
another meeting). So a mark is read only when the clause ties it to the medal or the win it
earned: ``MEDAL with MARK``, ``MARK to claim MEDAL``, ``MARK earned her MEDAL``, ``won MEDAL
as his final leap of MARK``, ``won the shot put with a throw of MARK``, ``threw MARK to
win``, ``his winning throw of MARK``. The event is the field event the sentence names, else the one
the article names (a field-event report names one). A denied clause (``was unable to``) is
not read.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence


class FactFinder(Protocol):
    """What mark reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    def negated(self, sentence: Sentence, position: int) -> bool: ...

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...

    def skip(self, why: str, sentence: Sentence) -> None: ...


FIELD_EVENT_BARE = re.compile(
    r"\b(?:(?P<sex>men|women)['’]s\s+)?(?P<event>long jump|triple jump|high jump|pole vault"
    r"|shot put|discus(?: throw)?|javelin(?: throw)?|hammer throw)\b",
    re.I,
)
# The letters a match begins with (a sex or an event), said first as a lookahead: the scan
# passes over other characters at once (the same matches: tests/test_draft_speed.py).
FIELD_EVENT_LEAD = r"(?=[dhjlmpstw])"
FIELD_EVENT = re.compile(FIELD_EVENT_LEAD + FIELD_EVENT_BARE.pattern, FIELD_EVENT_BARE.flags)
_UNIT = r"(?:\s*(?:m\b|metres\b|meters\b))"
_ATTEMPTS = ("leap", "jump", "throw", "effort", "vault", "attempt", "mark", "heave", "best")
_ATTEMPT = "(?:" + "|".join(_ATTEMPTS) + ")"
_AFTER_ATTEMPT = "(?:" + "|".join(f"(?<={word} of )" for word in _ATTEMPTS) + ")"
# A mark with its unit, or bare right after "leap of" ("his final leap of 8.27").
_MARK = (
    rf"(?:(?P<m1>\d{{1,2}}\.\d{{2}}){_UNIT}"
    rf"|{_AFTER_ATTEMPT}(?P<m2>\d{{1,2}}\.\d{{2}})(?!\d|\.\d|\s*(?:cm|km|sec|s\b|points)))"
)
_MEDAL = r"(?P<medal>gold|silver|bronze|victory|the title|the win)"
_FEW = r"(?:[\w'’-]+\s+){0,5}?"
_TIES = (
    # "taking bronze with 8.16m", "captured the silver medal with a season's best leap of 8.34m"
    re.compile(rf"\b{_MEDAL}(?:\s+medal)?\s+with\s+(?:a|an|his|her|their)?\s*{_FEW}{_MARK}", re.I),
    # "a last-round leap of 8.36 metres to snatch World Championships long jump gold"
    re.compile(
        rf"{_MARK}\s+to\s+(?:snatch|seize|claim|win|take|seal|grab|clinch|secure|earn|capture)\s+"
        rf"{_FEW}{_MEDAL}\b",
        re.I,
    ),
    # "a third-round effort of 7.02m earned her victory"
    re.compile(
        rf"{_MARK}\s+(?:earned|won|gave|handed|secured|sealed|clinched|brought)\s+(?:him|her)"
        rf"\s+(?:the\s+|a\s+)?{_FEW}{_MEDAL}\b",
        re.I,
    ),
    # "won long jump gold on Thursday as his final leap of 8.52 metres edged him ahead"
    re.compile(
        rf"\b(?:won|took|claimed|clinched|snatched|grabbed|captured)\s+{_FEW}{_MEDAL}\b"
        rf"[^.;:!?]{{0,80}}?\bas\s+(?:his|her)\s+(?:[\w'’-]+\s+){{0,2}}?{_ATTEMPT}\s+of\s+{_MARK}",
        re.I,
    ),
)
_FIELD_NAME = (
    r"(?:(?:men|women)['’]s\s+)?(?:long jump|triple jump|high jump|pole vault|shot put"
    r"|discus(?: throw)?|javelin(?: throw)?|hammer(?: throw)?|shot|discus|javelin|hammer)"
)
# up to 60 characters of where and when ("at the nationals on Saturday "), naming no rival
_BETWEEN = r"(?:(?!ahead|behind|beat|while|\band\b|\bas\b|\bfrom\b)[^,;.:!?\d]){0,60}?"
# a mark another set, or set elsewhere: "winning throw of 66.02m by Frey in 2019"
_NOT_THIS = r"(?!\s*(?:m|metres|meters)?\s*(?:in (?:qualifying|the heats|(?:19|20)\d\d)|by|from)\b)"
_MORE_TIES = (
    # "won the shot put with a throw of 22.94m", "won with 8.41m", "won gold with": the
    # second is _TIES' own; a mark after "won ... with" that is not the winner's is no form
    re.compile(
        rf"\b(?P<medal>won|triumphed|prevailed)\s+(?:the\s+)?(?:{_FIELD_NAME}\s+)?"
        rf"(?:(?:title|competition|event|contest)\s+)?{_BETWEEN}with\s+(?:a|an|his|her)?\s*"
        rf"{_FEW}{_MARK}{_NOT_THIS}",
        re.I,
    ),
    # "threw 22.94m to win", "cleared 6.10m to win the competition"
    re.compile(
        rf"{_MARK}\s+to\s+(?P<medal>win)\b(?=\s*(?:[.,;]|$|(?:the\s+)?(?:competition|event"
        r"|contest|it)\b|(?:the\s+)?"
        rf"{_FIELD_NAME}\b|(?:on|in|at|ahead of|from|by)\s))",
        re.I,
    ),
    # "his winning throw of 22.94m", "Crouser's winning heave of 23.11 metres"
    re.compile(
        rf"\b(?P<medal>winning)\s+{_ATTEMPT}\s+of\s+{_MARK}{_NOT_THIS}",
        re.I,
    ),
)
_CUE = re.compile(r"\.(?<=\d\.)\d\d")  # a decimal, found from its point (digits are many)
_FIELD_WORDS = ("jump", "vault", "shot put", "discus", "javelin", "hammer")


def article_field_event(texts: list[str]) -> str | None:
    """The one field event an article names (``men's long jump``), or None for none or
    several."""
    names: dict[str, str] = {}
    joined = "\n".join(texts)
    lowered = joined.casefold()
    if not any(word in lowered for word in _FIELD_WORDS):
        return None  # a cheap test first: most articles name no field event
    for match in FIELD_EVENT.finditer(joined):
        event = match["event"].casefold()
        sex = f"{match['sex'].casefold()}'s " if match["sex"] else ""
        if sex or event not in names:
            names[event] = sex + event
    return next(iter(names.values())) if len(names) == 1 else None


def find_marks(finder: FactFinder, sentence: Sentence, event: str | None) -> list[Fact]:
    """The marks one sentence ties to a medal or win, as ``mark`` facts (athlete, event,
    (medal, mark)); ``event`` is the article's field event, used when the sentence names
    none."""
    text = sentence.masked
    if not _CUE.search(text):
        return []
    named = FIELD_EVENT.search(text)
    if named:
        sex = f"{named['sex'].casefold()}'s " if named["sex"] else ""
        here = sex + named["event"].casefold()
        event = event if event and event.endswith(here) else here
    if event is None:
        return []
    facts: list[Fact] = []
    seen: set[int] = set()
    for pattern in (*_TIES, *_MORE_TIES):
        for match in pattern.finditer(text):
            mark_at = match.start("m1") if match["m1"] else match.start("m2")
            if mark_at in seen:
                continue
            position = min(match.start("medal"), mark_at)
            if finder.negated(sentence, position) or finder.negated(sentence, match.end()):
                continue
            athlete = finder.athlete(sentence, position)
            if not athlete:
                continue
            seen.add(mark_at)
            if not fits(event, float(match["m1"] or match["m2"])):
                finder.skip(f"{match[0]}: no mark for the {event}", sentence)
                continue  # a pole vaulter's 5.91m carried to the article's shot put
            mark = (match["m1"] or match["m2"]) + "m"
            medal = match["medal"].casefold().removeprefix("the ")
            medal = medal if medal in ("gold", "silver", "bronze") else "win"
            facts.append(Fact("mark", athlete, event, (medal, mark), sentence, match[0]))
    return facts


# What each field event's marks may be, in metres (any age or sex, generously): a mark
# outside its range belongs to another event than the one the sentence is read in.
_RANGES = (
    ("high jump", 1.0, 2.6),
    ("pole vault", 1.5, 6.6),
    ("long jump", 3.0, 9.5),
    ("triple jump", 8.0, 19.0),
    ("shot put", 7.0, 24.0),
    ("discus", 15.0, 80.0),
    ("hammer", 15.0, 90.0),
    ("javelin", 15.0, 105.0),
)


def fits(event: str, metres: float) -> bool:
    """Whether a mark may be one of ``event``'s (``men's shot put``: 7 to 24 metres); true
    for an event not listed."""
    for name, low, high in _RANGES:
        if name in event:
            return low <= metres <= high
    return True


def marked_medals(facts: list[Fact]) -> list[Fact]:
    """The medal a field-event mark earned (``a leap of 8.36 metres to snatch gold``), when
    the sentence gives its athlete no medal otherwise: gold, silver, bronze or the win."""
    medalled = {f.athlete for f in facts if f.kind in ("medal", "podium")}
    places = {"gold": 1, "win": 1, "silver": 2, "bronze": 3}
    return [
        Fact("medal", f.athlete, f.event, places[str(f.value[0])], f.sentence, f.written)
        for f in facts
        if f.kind == "mark" and isinstance(f.value, tuple) and f.athlete not in medalled
    ]
