"""Medals and races given to their winners with the prize as the subject: ``The bronze
medals were won by A and B`` (a bronze each), ``The women's single
sculls went to X`` (X won it). ``quizcli.draft.won_by`` reads ``The race was won by X``
without a medal's colour, ``quizcli.draft.medal_names`` ``The silver went to X``.

Left out: a subject naming two colours (``The silver and bronze went to A and B``), a
person's (``Smith's bronze went to``), another year's or a denied one, and a gold or a silver
given to more than one.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence
from quizcli.draft.won_by import ANOTHER_TIME, OTHER_YEAR

_GIVEN = re.compile(r"\s(?:(?:was|were)\s+won\s+by|(?P<went>went\s+to))\s+")
# the subject: "The bronze medals", "The women's single sculls", "the gold in the 500m"
_SUBJECT = re.compile(r"(?:^|[,;:]\s*)(?:[A-Za-z]+\s+)?[Tt]he\s+(?=\S)")
_COLOUR = re.compile(r"\b(gold|silver|bronze)\b", re.I)
_MEDAL_NUMBER = {"gold": 1, "silver": 2, "bronze": 3}
# a race named as the whole subject, with a word for its prize after it
_PRIZE = re.compile(r"(?:\s+(?:final|race|title|crown|event|contest))?\s*$")
# between two winners: "A and B", "A, B and C", "A of Israel and B"; a nation after "of" or
# in brackets is no winner
_JOIN = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?")
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_SEX = re.compile(r"(?i:(?:wo)?men['’]s\s+|mixed\s+)?")  # before a race named without it
_LAST = re.compile(r"\b(?:[Ll]ast|[Pp]revious)\s+(?:year|season|time|edition)\b")


def given_to(finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
    """``The bronze medals were won by A and B`` (a bronze each, in the race being told or
    the one the subject names), ``The women's single sculls went to X`` (X won the race the
    subject names)."""
    text = sentence.masked
    match = _GIVEN.search(text)
    if match is None or finder.negated(sentence, match.start()):
        return []
    if OTHER_YEAR.search(text) or _LAST.search(text) or ANOTHER_TIME.search(text, 0, match.start()):
        return []
    index = finder.index(sentence)
    start = index.clause_start(match.start())
    subject = _SUBJECT.match(text, start)
    if subject is None or match.start() - subject.end() > 80:
        return []
    if any(subject.end() <= r.start < match.start() for r in index.runs):
        return []  # a person's or a place's prize: "Smith's bronze", "The Boston title"
    colours = {c.lower() for c in _COLOUR.findall(text, subject.end(), match.start())}
    if not colours and not match["went"]:
        return []  # "The race was won by X": quizcli.draft.won_by's
    if len(colours) > 1 or (colours and match["went"]):
        return []  # "The silver and bronze went to A and B"; "The silver went to X" is
        # quizcli.draft.medal_names'
    named = [e for e in events if subject.end() <= e.start() and e.end() <= match.start()]
    if named:
        event = finder.event_at(events, named[-1].end(), None, text)
    elif colours:
        event = finder.event_at(events, match.start(), match.end(), text)
    else:
        return []  # "The title went to X": won_by reads a race told by its word alone
    if not colours and not (named and _PRIZE.match(text, named[-1].end(), match.start())):
        return []  # "The women's 500m heats went to ...": not the race's win
    if not colours and not _SEX.fullmatch(text, subject.end(), named[-1].start()):
        return []  # "The first heat of the women's 1500m went to X": a round's
    winners = _winners(finder, sentence, match.end())
    medal = _MEDAL_NUMBER[colours.pop()] if colours else 1
    if event is None or not winners or (medal < 3 and len(winners) > 1):
        return []
    return [Fact("medal", name, event, medal, sentence) for name in winners]


def _winners(finder: FactFinder, sentence: Sentence, at: int) -> list[str]:
    """The people named in a list starting right at ``at`` (``A and B``, ``A of Israel and
    B``); none when the first words are no one's name."""
    text = sentence.masked
    index = finder.index(sentence)
    names: list[str] = []
    for run, name in zip(index.runs, index.names, strict=True):
        if run.start < at:
            continue
        if run.start != at or name is None or text[run.end : run.end + 2] in ("'s", "’s"):
            return [] if not names else names
        names.append(name)
        joined = _JOIN.match(text, run.end)
        after = _AND.match(text, joined.end() if joined else run.end)
        if after is None:
            return names
        at = after.end()
    return names
