"""The round a match was played in, as its questions name it: ``semifinal`` of ``beat X in
the semifinal 15-10`` or of a sentence opening ``In the semifinal round, ...``, and ``match
for third place`` of a bronze medal's match (``Hungary secured bronze with a 25:24 victory
over France``, ``The bronze medal went to Poland over Japan, 44-41``).

The draw a racket sport's match was played in names it as well, when the match's fact
holds it (``Who won the women's singles final between A and B?``), and so does a fencing
event its bout was fenced in (``the women's individual foil final``): the notes of a
tournament of several draws tie each final to its draw.

Read by quizcli.draft.ask_matches for each match fact it asks.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.series import is_series

# The round a score's words name: "beat Alice Volpi in the round of 16, 15-7", "defeated
# Kidambi in the final 21-15, 22-20"
_ROUND = re.compile(
    r"\bin\s+the\s+(?P<round>final|semi-?final|quarter-?final|round\s+of\s+\d{1,3}"
    r"|(?:first|second|third|fourth)\s+round)s?,?\s+\d"
)


# A draw of a racket sport, as the events read it: "women's singles", "mixed doubles final"
# (after a tournament's name: "Indonesia Open men's singles"), or a fencing event, its bouts
# one on one or team against team ("men's individual sabre", "women's team foil")
_DRAW = re.compile(
    r"(?:(?<=\s)|^)(?P<draw>(?:men|women|boy|girl)(?:['’]s|s['’])\s+(?:singles|doubles"
    r"|(?:(?:individual|team)\s+)?(?:foil|sabre|saber|épée|epee))"
    r"|mixed\s+doubles)"
    r"(?:\s+(?P<final>final))?$"
)
# The sentence of a final's match: "secured the title after beating", "in the final", "won
# the women's singles crown" ...
_FINAL_TOLD = re.compile(
    r"\bin\s+the\s+final\b|\b(?:won|secured|claimed|clinched|took|lifted|captured"
    r"|sealed|retained|defended|grabbed|collected|bagged)\s+(?:the|her|his|their|a)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:title|crown|gold(?:\s+medal)?|championship)\b"
)
# ... and what makes it another round's, or another match's: "reached the final after
# beating X", "on her way to the title", "beat X in the semi-finals"
_NOT_THE_FINAL = re.compile(
    r"semi|quarter|round|last\s+\d|last[- ](?:four|eight)|reach|into\s+the\s+final|way\s+to"
    r"|book|set\s+up|advance|progress|through\s+to|will\s+(?:face|meet|play)|next|earlier"
    r"|previous|last\s+(?:year|week|month|season)|since|\b(?:19|20)\d\d\b|\bwho\b|twice|times"
    r"|\b(?:has|have|had)\s+(?:\w+\s+)?won\b",
    re.I,
)


def contest_of(fact: Fact) -> str:
    """What a match's questions call it: its round (``round_of``), after the draw the fact's
    event names (``women's singles final`` when the event or its sentence tells the final:
    ``secured the title after beating X``; else ``women's singles match``, or ``women's
    singles semifinal`` of its round); ``""`` when neither is told."""
    contest = round_of(fact)
    draw = _DRAW.search(fact.event or "")
    if draw is None:
        return contest
    named = " ".join(draw["draw"].replace("’", "'").split())
    if contest:
        return f"{named} {contest}"
    final = draw["final"] or (
        _FINAL_TOLD.search(fact.sentence.masked) and not _NOT_THE_FINAL.search(fact.sentence.masked)
    )
    return f"{named} final" if final else f"{named} match"


def round_of(fact: Fact) -> str:
    """The round a match fact's own words name before its score (``quarterfinal`` of ``won
    against Lee Kiefer in the quarterfinals, 15-13``) or its sentence opens with (``In the
    semifinal round, ...``), asked in its questions; ``match for third place`` for a bronze
    medal's match (``Hungary secured bronze with a 25:24 victory over France``, ``... over
    France in the small final``); else ``""``."""
    if _for_bronze(fact):
        return "match for third place"
    if is_series(fact):
        return "series"
    found = _ROUND.search(fact.written) or _fronted_round(fact.sentence.masked)
    return " ".join(found["round"].split()) if found else ""


def _fronted_round(text: str) -> re.Match[str] | None:
    """The round fronted before a whole sentence (``In the semifinal round, ...``), when
    the rest of it names no other round or match (``..., and Italy beat France in the bronze
    match``: that one is not the semifinal)."""
    fronted = _FRONTED_ROUND.match(text)
    if fronted is None or _OTHER_ROUND.search(text, fronted.end()):
        return None
    return fronted


# A round fronted before the whole sentence, all its matches that round's: "In the semifinal
# round, A won against B, 15-14, while C defeated D, 15-13."
# (also "Earlier in the subsidiary final, ASC defeated PBG Risala by 6½-6.")
_FRONTED_ROUND = re.compile(
    r"\s*(?:(?:Earlier|Later|Then|Meanwhile)\s+(?:in|during)|In|During)\s+the\s+(?P<round>"
    r"(?:(?!(?:same|other|previous|last|next|earlier|later)\s)[a-z]+\s+)?"
    r"(?:final|semi-?final|quarter-?final)|round\s+of\s+\d{1,3}"
    r"|(?:first|second|third|fourth)\s+round)s?(?:\s+(?:round|stage))?,"
)
_OTHER_ROUND = re.compile(
    r"\b(?:final|semi|quarter|round|bronze|third|play-?off|game|match|tie|leg|stage|pool|group)",
    re.I,
)


# The winner's bronze told right before the match's words: "Hungary secured bronze with a
# 25:24 victory", "Lebrun claimed the bronze medal after beating Calderano 4-0"
_BRONZE_BEFORE = re.compile(
    r"\b(?:secured|won|claimed|took|clinched|grabbed|snatched|earned|collected|sealed"
    r"|picked\s+up)\s+(?:the\s+|a\s+)?bronze(?:\s+medal)?\s+(?:with|after|by)\s+$"
)
# ... or the match named after them: "in the bronze medal match", "in the small final"
_BRONZE_MATCH = re.compile(
    r"(?:bronze[- ]medal|third[- ]place)\s+(?:match|game|play-?off|contest|final|decider|bout)"
    r"|[\"“'‘]?small\s+final\b|\bbronze\s+(?:medal\s+)?went\s+to\b"
)
_BRONZE_AFTER = re.compile(rf",?\s+in\s+the\s+(?:{_BRONZE_MATCH.pattern})")


def _for_bronze(fact: Fact) -> bool:
    """Whether a match fact's sentence makes it the match for the bronze medal, in the words
    right before or after the fact's own (or in them: ``beat X in the bronze medal match
    3-1``)."""
    text = fact.sentence.masked
    start = text.find(fact.written) if fact.written else -1
    if start < 0:
        return False
    end = start + len(fact.written)
    return bool(
        _BRONZE_BEFORE.search(text, max(0, start - 60), start)
        or _BRONZE_AFTER.match(text, end)
        or _BRONZE_MATCH.search(fact.written)
    )
