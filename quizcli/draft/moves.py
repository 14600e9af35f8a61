"""A final place told as a move up the order in a competition of runs or rounds: ``Hamlin
moved up from 12th to eighth`` in a luge race, ``fighting her way up from 28th to 17th place``
in the final round of a ski jumping competition, or down it: ``Moll dropped from fourth after
the first run to sixth`` in a slalom. Only the place moved to is read, never the one moved
from (a standing after the first run).

Left out: a move in a race of laps or a road race (``moved up from 12th to eighth`` there is
a position during the race, not where it finished), a move in a standing (``from fifth to
third overall``), and one the sentence denies or puts in another year.
"""

from __future__ import annotations

import re

from quizcli.draft.editions import another_edition
from quizcli.draft.facts import Fact
from quizcli.draft.leads import Led
from quizcli.draft.moments import NOT_FINISH, not_finish
from quizcli.draft.ordinals import NOT_A_PLACE, ORD, place_number
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence

_MOVE = Led(
    re.compile(
        r"\b(?:(?:moved|climbed|jumped|rose|improved)(?:\s+up)?"
        r"|(?:dropped|fell|slipped|slid)(?:\s+back)?"
        r"|(?:fought|fighting|worked|working|battled|battling|clawed|clawing)\s+"
        r"(?:his|her|their)\s+way\s+up)"
        r"\s+from\s+(?P<start>" + ORD + r")(?:\s+place)?"
        # "dropped from fourth after the first run to fifth": the run the first place was at
        r"(?P<run>\s+after\s+the\s+(?:first|opening)\s+(?:run|round))?"
        r"\s+to\s+(?P<ord>" + ORD + r")"
        r"(?:\s+(?:place|position|spot))?\b" + NOT_A_PLACE
    ),
    "moved|climbed|jumped|rose|improved|dropped|fell|slipped|slid|fought|fighting|worked"
    "|working|battled|clawed",
)
# A competition decided over runs or rounds, where the second is the last: a move in it
# ends where the competition finished.
_OF_RUNS = re.compile(r"\b(?:luge|skeleton|bobsleigh|monobob|hill|slalom)\b")
_FINAL_ROUND = re.compile(
    r"\b(?:in|on)\s+(?:the|her|his|their)\s+(?:final|second|last)\s+(?:round|run)\b"
)


def moved_places(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The places moved to (``moved up from 12th to eighth``) in a competition of runs or
    rounds, or in its final round as the sentence says, each of the name before the verb."""
    text = sentence.masked
    events = finder.events(text)
    facts = []
    for match in _MOVE.finditer(text):
        if finder.negated(sentence, match.start()) or _not_finish(finder, sentence, match):
            continue
        if another_edition(text, match.start(), match.end()):
            continue
        event = finder.event_at(events, match.start(), match.end(), text)
        if event is None:
            continue
        if not (_OF_RUNS.search(event) or _FINAL_ROUND.search(text)):
            continue  # a race of laps: a position on the way, not the finish
        athlete = finder.athlete(sentence, match.start())
        if athlete:
            facts.append(Fact("place", athlete, event, place_number(match["ord"]), sentence))
    return facts


def _not_finish(finder: FactFinder, sentence: Sentence, match: re.Match[str]) -> bool:
    """Whether a standing or a moment stands around the move (``not_finish``), the run its
    first place was at (``from fourth after the first run``) left out."""
    if match["run"] is None:
        return not_finish(finder, sentence, match)
    text = sentence.masked
    start = max(finder.index(sentence).clause_start(match.start()), match.start() - 25)
    end = min(len(text), match.end() + 40)
    return bool(
        NOT_FINISH.search(text, start, match.start("run"))
        or NOT_FINISH.search(text, match.end("run"), end)
    )
