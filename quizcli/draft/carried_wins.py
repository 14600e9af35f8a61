"""A team carried to its win by someone: ``Reed hit 120 to power Northfield to a third
Island Cup title with a six-wicket win over Eastgate``, ``Moss's late basket sent the
Lakeside Bears to their first Coast championship, 93-89 over the Harbour Seals`` (a score
right after ``to a``, ``led X to a 23-16 victory over Y``, is read by quizcli.draft.scores).

The winner is the side right after the verb that carries it (``led``, ``powered``,
``sent``, ``guided``...) and before ``to``; the loser the side right after ``over`` (or
``against``); the win is a cricket margin's (``to a ... six-wicket win over``, also after a
title won ``with`` it), or a title's and the score after a comma (``to their first Coast
championship, 93-89 over``). Never a score the loser leads
(``16-23 victory over``), a win denied or of another year (``in 2019`` after it). Facts are
the ``score``, ``beat`` and ``margin`` facts of other match forms.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence
from quizcli.draft.sides import DESCRIBED, LAST_SIDE, FactFinder, same_side, side_of
from quizcli.draft.wins import WIN_OVER, win_facts

# "powered Northfield to", "to lead the Harbour Hawks to", "sending the Bears to"
_CARRIED = re.compile(
    r"\b(?:led|lead|leads|leading|powered|power|powers|powering|sent|send|sends|sending"
    r"|guided|guide|guides|guiding|steered|steer|steering|propelled|propel|propelling"
    r"|fired|fire|firing|carried|carry|carrying|inspired|inspire|inspiring|lifted|lift"
    r"|lifting|helped|help|helping|spurred|spur|spurring)\s+(?:the\s+)?"
    rf"(?P<winner>{LAST_SIDE})\s+to\s+"
)
_SCORE = r"(?P<won>\d{1,3})\s?[-–]\s?(?P<lost>\d{1,3})"
_LOSER = (
    rf"{DESCRIBED}(?P<loser>{LAST_SIDE})"
    r"(?=\s*[,.;]|\s*\Z|\s+(?:in|at|on|to|for|and|as|after|with)\b)"
)
# "to their first Coast championship, 93-89 over the Harbour Seals"
_TITLE_THEN_SCORE = re.compile(
    r"(?:their|its|a|an|the)\s+(?:[a-z\d-]+\s+){0,3}(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?:title|crown|championship|trophy|cup|Cup|Trophy|Series|Shield|Bowl|Championship)"
    rf",\s+{_SCORE}\s+(?:over|against)\s+(?:the\s+)?{_LOSER}"
)
# "a record sixth Island Cup title with " before the win
_TITLE_WITH = re.compile(
    r"(?:their|its|a|an|the)\s+(?:[a-z\d-]+\s+){0,3}(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?:title|crown|championship|trophy|Cup|Trophy|Series|Shield|Bowl|Championship)\s+with\s+"
)
_YEAR_AFTER = re.compile(r"[^.;,]{0,30}?\bin\s+(?:19|20)\d\d\b")
_HINT = re.compile(r"\bto\s+(?:a|an|their|its|the)\b")


def carried_wins(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The match wins one sentence tells of a side carried to them (at most one)."""
    text = sentence.masked
    if sentence.heading or not _HINT.search(text):
        return []
    for carried in _CARRIED.finditer(text):
        at = carried.end()
        if finder.negated(sentence, carried.start()):
            continue
        winner = side_of(finder, carried["winner"])
        if winner is None:
            continue
        scored = _TITLE_THEN_SCORE.match(text, at)
        if scored is not None:
            return _scored(finder, sentence, scored, winner)
        titled = _TITLE_WITH.match(text, at)  # "to a sixth Island Cup title with a ..."
        margin = WIN_OVER.match(text, titled.end() if titled else at)
        if margin is not None and not _YEAR_AFTER.match(text, margin.end()):
            return win_facts(finder, sentence, margin, winner)
    return []


def _scored(
    finder: FactFinder, sentence: Sentence, scored: re.Match[str], winner: str
) -> list[Fact]:
    """The ``score`` fact of a carried win told with its score (the winner's first)."""
    loser = side_of(finder, scored["loser"])
    if loser is None or same_side(finder.cast, winner, loser):
        return []
    if int(scored["won"]) <= int(scored["lost"]) or _YEAR_AFTER.match(
        sentence.masked, scored.end()
    ):
        return []
    score = f"{scored['won']}-{scored['lost']}"
    return [Fact("score", winner, finder.event, (loser, score), sentence, scored[0])]
