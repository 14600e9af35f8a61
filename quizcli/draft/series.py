"""A series won with the game that clinched it: ``the Panthers beat the Oilers 2-1 on Monday
to take the series 4-3``, ``Queensland beat New South Wales 22-12 in Brisbane to clinch
series 2-1``.

Read by quizcli.draft.scores.find_scores after a sentence's match results: the series is the
game's winner's, over the game's loser, when the words between the game and the series name
no one else (a place or a day after ``in``/``at``/``on`` aside) and its score in games reads
from the winner's side (``4-3``, never ``3-4`` nor a game's ``22-12``). Its fact's words
name the series, and quizcli.draft.ask_matches asks it apart from the game (``Who won the
series between A and B?``).
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence

# "to take the back-and-forth series 4-3", "to clinch series 2-1", "and won the series 4-1"
_SERIES = re.compile(
    r"\s(?:to|and)\s+(?:take|took|clinch|clinched|win|won|seal|sealed|claim|claimed|wrap\s+up"
    r"|close\s+out)\s+(?:the\s+|their\s+|its\s+)?(?:[a-z-]+\s+){0,2}?series\s+"
    r"(?P<score>(?P<won>[1-4])[-–](?P<lost>[0-3]))(?![\d–-]|\s*\(\d)"
)
# A place or a day told between the game and the series: "in Brisbane", "on a memorable
# Monday", "at the Rod Laver Arena"
_SCENE = re.compile(
    r"\b(?:in|at|on)\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}?"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
)
# What makes the series another clause's: another side's verb, a stop
_ANOTHER_CLAUSE = re.compile(r"[,;:.()]|\b(?:while|as|but|when|after|before|with|and|who)\b")


def series_won(sentence: Sentence, games: list[Fact]) -> list[Fact]:
    """The series each game of ``games`` (score facts of ``sentence``) clinched, as a score
    fact of the game's two sides whose words name the series (``to take the series 4-3``)."""
    text = sentence.masked
    if "series" not in text:
        return []
    facts = []
    for game in games:
        if game.kind != "score" or not isinstance(game.value, tuple) or not game.written:
            continue
        start = text.find(game.written)
        if start < 0:
            continue
        end = start + len(game.written)
        found = _SERIES.search(text, end, end + 160)
        if found is None or int(found["won"]) <= int(found["lost"]):
            continue
        gap = _SCENE.sub(" ", text[end : found.start()])
        if len(gap) > 60 or re.search(r"[A-Z]", gap) or _ANOTHER_CLAUSE.search(gap):
            continue
        score = found["score"].replace("–", "-")
        loser = game.value[0]
        facts.append(game._replace(value=(loser, score), written=found[0].strip()))
    return facts


_NAMED = re.compile(r"\bseries\s+[1-4][-–][0-3]\b")


def is_series(fact: Fact) -> bool:
    """Whether a score fact is a series' (``series_won``): its words name the series."""
    return bool(_NAMED.search(fact.written))
