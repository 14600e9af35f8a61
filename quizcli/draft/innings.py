"""Cricket innings: ``Amol Muzumdar made 187``, ``Ajinkya Rahane compiled 149``, ``When
Abhishek Nayar (41) fell``.

Read only in a cricket report (an article that speaks of innings, wickets, bowling
or batting at least twice), and only when the batsman's name stands right before the verb
or the bracket: a bowler's figures (``took 3 for 40``), a partnership or a team's total
(``Mumbai made 287 for 6``: a team, not a person) are not a batsman's score.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.kinds import told_often
from quizcli.draft.people import Cast, is_possessive, name_runs
from quizcli.draft.quotes import Sentence

_CRICKET = re.compile(  # (led by the letters a match begins with: re skips the rest)
    r"(?=[iwbtnch])\b(?:innings|wickets?|bowl(?:ed|ing|er)|batt(?:ing|ed|er|ers)|batsman|batsmen"
    r"|test match|not out|century|half-century)\b"
)
_CRICKET_WORDS = ("innings", "wicket", "bowl", "batt", "batsm", "test match", "not out", "century")
_SCORED = re.compile(
    r"\s+(?:made|scored|hit|compiled|struck|posted)\s+(?:an?\s+(?:[a-z-]+\s+)?)?"
    r"(?P<runs>\d{1,3})\*?(?:\s+runs)?(?![\d.,:/-]|\s*(?:for\b|-|–|off\b|years|per\b|%|m\b))"
)
_BRACKET = re.compile(r"\s*\((?P<runs>\d{1,3})\*?\)")


def is_cricket(texts: list[str]) -> bool:
    """Whether an article is a cricket report (two cricket words at least)."""
    return told_often(texts, _CRICKET_WORDS, _CRICKET)


def find_innings(cast: Cast, sentence: Sentence) -> list[Fact]:
    """The batsmen's scores one sentence states, as ``runs`` facts (batsman, None, runs)."""
    text = sentence.masked
    facts = []
    for run in name_runs(text, cast.lowercase):
        scored = _SCORED.match(text, run.end) or _BRACKET.match(text, run.end)
        if scored is None or is_possessive(text, run):
            continue
        name = cast.resolve(run.words)
        if name:
            facts.append(Fact("runs", name, None, scored["runs"], sentence, scored[0].strip()))
    return facts
