"""Standings after a stage: who leads a stage race overall, and who stands where.

Read, in the present or just now: ``X is back in the yellow jersey``, ``retained the leader's
yellow jersey``, ``seized the overall lead``, ``remains the overall leader``, ``leads the
overall standings`` (first); ``is in second in the overall standings``, ``moved up to third
overall``, ``sits fourth overall`` and, in the same sentence, ``while Y ... is in seventh``;
``in 17th place, 55 seconds off the leader``. The standings are those after the stage the
sentence names, else after the article's own race when it is a stage (``stage 4``): a
sentence naming no stage in an article about no stage gives none.

And the places overall in a stage race the article told won, once it is won: ``Evans
became the first Australian to win the Tour de France`` ... ``Andy Schleck was second
overall`` (``quizcli.draft.stage_races``).

Left out: a standing told with a year (``took the yellow jersey in 2020``), a denied or
wished one (``hopes to take the yellow jersey``), the leader before the stage (``was the
leader heading into the stage``: past, and no verb here reads it).
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.event_names import event_name
from quizcli.draft.facts import Fact
from quizcli.draft.ordinals import ORD, place_number
from quizcli.draft.quotes import Sentence
from quizcli.draft.stage_races import OVERALL, StageRaceWon
from quizcli.draft.tails import Hint


class FactFinder(Protocol):
    """What standings need of the fact finder (quizcli.draft.results.FactFinder)."""

    main: str | None
    stage_won: StageRaceWon

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...
    def names(self, text: str) -> list[str]: ...
    def negated(self, sentence: Sentence, position: int) -> bool: ...
    def events(self, text: str) -> list[re.Match[str]]: ...


_HINT = Hint(re.compile(r"overall|jersey|standings|general classification|maglia rosa"))
_JERSEY = r"(?:(?:the\s+)?(?:leader['’]s\s+)?(?:yellow|pink|red|leader['’]s)\s+jersey|maglia rosa)"
_LEADS = re.compile(
    r"\b(?:is|remains|stays)\s+(?:back\s+|still\s+)?in\s+(?:the\s+)?" + _JERSEY + r"\b"
    r"|\b(?:retain(?:ed|s)|kept|keeps|took|takes|seized|seizes|grabbed|grabs|claimed|claims"
    r"|snatched|inherited|moved\s+into|moves\s+into)\s+(?:the\s+overall\s+lead|" + _JERSEY + r")"
    r"\b|\b(?:remains|is|became|becomes)\s+the\s+(?:new\s+)?overall\s+(?:race\s+)?leader\b"
    r"|\bleads\s+the\s+(?:overall\s+standings|general\s+classification)\b",
    re.I,
)
_STANDS = re.compile(
    r"\b(?:is|sits|lies|remains|stays)\s+(?:now\s+)?(?:in\s+)?(?P<ord>" + ORD + r")"
    r"(?:\s+place)?\s+(?:in\s+the\s+(?:overall\s+standings|general\s+classification)|overall)\b"
    r"|\b(?:moved|moves|climbed|climbs|rose|rises|jumped|jumps)\s+(?:up\s+)?(?:to|into)\s+"
    r"(?P<ord2>" + ORD + r")(?:\s+place)?\s+(?:overall|in\s+the\s+(?:overall\s+standings"
    r"|general\s+classification))\b"
    r"|\bin\s+(?P<ord3>" + ORD + r")\s+place,\s+[^.;]{0,30}?\boff\s+(?:of\s+)?the\s+"
    r"(?:leader|lead|yellow\s+jersey)\b",
    re.I,
)
_ALSO = re.compile(
    r"\b(?:while|and)\s+(?P<who>[^.;]{1,80}?)\s+is\s+(?:now\s+)?in\s+(?P<ord>" + ORD + r")\b"
)
_YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])|\b(?:last|next)\s+year\b")
_STAGE = re.compile(r"stage \d{1,2}")


def standings(finder: FactFinder, sentence: Sentence, lowered: str) -> list[Fact]:
    """Places in the overall standings the sentence states, each as a ``place`` fact of
    the event ``overall standings after stage N``."""
    if not _HINT.search(lowered) or _YEAR.search(sentence.masked):
        return []
    text = sentence.masked
    if finder.stage_won.won and not finder.events(text):
        final = _final(finder, sentence, finder.stage_won.won)
        if final:
            return final
    stages = {name for e in finder.events(text) if _STAGE.fullmatch(name := event_name(e))}
    stage = next(iter(stages)) if len(stages) == 1 else None
    if stage is None and not stages and finder.main and _STAGE.fullmatch(finder.main):
        stage = finder.main
    if stage is None:
        return []
    event = f"overall standings after {stage}"
    facts = []
    found = [(m.start(), 1) for m in _LEADS.finditer(text)]
    for match in _STANDS.finditer(text):
        spelled = match["ord"] or match["ord2"] or match["ord3"]
        found.append((match.start(), place_number(spelled)))
        also = _ALSO.search(text, match.end())
        names = finder.names(also["who"]) if also else []
        if also and names and not finder.negated(sentence, also.start("ord")):
            # "..., while Tom Dumoulin, Froome's biggest challenger, is in seventh": the
            # clause's first name, not the one just before the verb
            facts.append(Fact("place", names[0], event, place_number(also["ord"]), sentence))
    for where, place in found:
        if finder.negated(sentence, where):
            continue
        athlete = finder.athlete(sentence, where)
        if athlete:
            facts.append(Fact("place", athlete, event, place, sentence))
    return facts


def _final(finder: FactFinder, sentence: Sentence, race: str) -> list[Fact]:
    """The places overall in a stage race the article told won (``Schleck was second
    overall``, after ``Evans became the first Australian to win the Tour de France``)."""
    facts = []
    for match in OVERALL.finditer(sentence.masked):
        if finder.negated(sentence, match.start()):
            continue
        athlete = finder.athlete(sentence, match.start())
        if athlete:
            facts.append(Fact("place", athlete, race, place_number(match["ord"]), sentence))
    return facts
