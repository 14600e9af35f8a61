"""Cycling's stage races (``the Tour de France``, ``the Giro d'Italia``, ``the Vuelta``):
a race only as the object of a win (``became the first Australian to win the Tour de
France``, ``clinched his second Giro title``), never in a report of one of its stages
(``won his maiden Giro d'Italia stage``, ``stage 13 of the Giro``, ``the overall lead of the
Tour``), and never carried to the sentences after it: a stage report's ``X was third`` is
the stage's place, not the race's.
"""

from __future__ import annotations

import re

from quizcli.draft.editions import named_of_another_edition
from quizcli.draft.facts import Fact

# The stage races by name (a piece of ``events``' pattern, in its ``classic`` group)
STAGE_RACES = (
    r"Tour\s+de\s+France(?:\s+Femmes)?|Giro(?:\s+d['’]Italia)?(?:\s+Donne|\s+Women)?"
    r"|Vuelta(?:\s+a\s+Espa[ñn]a)?|Tour\s+de\s+Suisse|Crit[ée]rium\s+du\s+Dauphin[ée]"
    r"|Paris[- ]Nice|Tirreno[- ]Adriatico|Tour\s+Down\s+Under|Tour\s+de\s+Pologne"
    r"|Tour\s+de\s+Romandie|Volta\s+a\s+Catalunya"
)
# A word of each name: a text holding none of them holds no stage race
STAGE_RACE_WORDS = ("Tour", "Giro", "Vuelta", "Dauphin", "Nice", "Tirreno", "Volta")
_STAGE_RACE = re.compile(rf"(?:{STAGE_RACES})\Z")
# The win whose object the race is: "to win the", "won the 2019", "clinched his second",
# "claimed her maiden"
_WON = re.compile(
    r"(?<!has )(?<!have )(?<!had )(?<!ever )(?<!never )"  # "has won the Giro": a career's
    r"\b(?:win|wins|won|winning|clinch(?:es|ed|ing)?|claim(?:s|ed|ing)?|secur(?:es|ed|ing)"
    r"|seal(?:s|ed|ing)?|captur(?:es|ed|ing)|lift(?:s|ed|ing)?)\s+"
    r"(?:the\s+|(?:his|her|their)\s+(?:first|second|third|fourth|fifth|sixth|maiden"
    r"|\d{1,2}(?:st|nd|rd|th))\s+)?(?:\d{4}\s+)?$"
)
# A part of the race, not the race: its stage, a jersey, a classification, its lead
_PART_AFTER = re.compile(
    r"\s*(?:['’]s?\s+)?(?:[\w-]+\s+)?(?:stages?|prologue|time[- ]trials?|points|mountains?"
    r"|youth|green|polka|pink|red|yellow|white|jerseys?|classifications?|teams?|opener"
    r"|opening|leads?|leaders?|sprints?|finale?|route|climbs?|debut|peloton|podium|wildcard"
    r"|squad|roster|team-mates?|riders?)\b",
    re.I,
)
_TIMES = re.compile(r"\s+(?:twice|three times|four times|five times|again)\b")
_HIS = re.compile(r"\b(?:his|her|their)\s+\S+\s+$")
_TITLE = re.compile(
    r"\s+(?:title|crown|victory|win|triumph)\b|\s*[.,;]|\s*\Z|\s+(?:on|in|at|last|this)\s"
)


def is_stage_race(name: str) -> bool:
    """Whether a race's name (``events``' ``classic`` group) is a stage race's."""
    return _STAGE_RACE.match(" ".join(name.split())) is not None


def won_overall(match: re.Match[str]) -> bool:
    """Whether the stage race named by ``match`` (``events``') is the object of a
    win (``to win the Tour de France``; ``clinched his second Giro title``, with its title
    said, or the clause ended, when a possessive stands before it), not a stage or a jersey of
    it."""
    text, start, end = match.string, match.start(), match.end()
    before = _WON.search(text, max(0, start - 40), start)
    if before is None or _PART_AFTER.match(text, end) or _TIMES.match(text, end):
        return False
    if named_of_another_edition(text, match):
        return False  # "won the 2019 Vuelta", "won the Giro in 2021": another edition's
    return not _HIS.search(before[0]) or _TITLE.match(text, end) is not None


# A place overall in the report of a stage race won: "Schleck was second overall", "finished
# third in the general classification" (never "moved up to second overall", nor last
# year's, nor after a stage)
OVERALL = re.compile(
    r"\b(?:was|finished|ended|placed|came|wound\s+up)\s+(?:in\s+)?(?P<ord>second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))(?:\s+place)?\s+"
    r"(?:overall|in\s+the\s+(?:final\s+)?(?:general|overall)\s+(?:classification|standings))\b"
    r"(?!\s+(?:last|in\s+\d{4}|a\s+year|the\s+year|before|after|heading|going|into|with\s+\d"
    r"|at\s+the\s+(?:start|halfway|end\s+of\s+stage)))"
)


class StageRaceWon:
    """The stage race an article tells won (``became the first Australian to win the Tour de
    France``), for the sentences after it telling a place ``overall`` in it (``Schleck was
    second overall``: ``standings``)."""

    def __init__(self) -> None:
        self.won: str | None = None

    def note(self, facts: list[Fact]) -> None:
        """Note the stage race a sentence naming one gave the winner of (its ``facts``)."""
        for fact in facts:
            if fact.kind == "medal" and fact.value == 1 and fact.event and not self.won:
                if _STAGE_RACE.search(fact.event):  # (its sex before it)
                    self.won = fact.event
