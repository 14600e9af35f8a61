"""Past winners of the article's own race listed with their years in passing:

- each with its years in brackets, in a clause of titles won: ``She joined Ann Lee (1998),
  Canada's Mia Holt (2004) and Sue Park (2010, 12) as the only champions from abroad``;
- two years before a plural title and two names, in the same order: ``led by 2012 and 2011
  Harbour winners Ann Lee and Mia Holt``.

Each is a ``medal`` fact of the race named with its year ("Who won the Harbour Marathon in
2004?"), never of the race being reported. The race is the article's own, found as for a
single past title (``past_titles``: a race with a name; the first words of it, ``Harbour``,
only when they begin it), with the sex the sentence speaks of in an article naming one.
Never a bracket holding anything but years (``(NOR, 1908-1914)``, ``(69)``), a list of one
name, a clause without a title's word (``joined A (1998) and B (2004) in the final``), nor
two years before two names in a list of three.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.past_titles import HINT, Finder, fact_of, own_or_named, run_at, years_of
from quizcli.draft.quotes import Sentence

_YEAR = r"(?:19|20)\d\d"
# "(1980)", "(2007, 09, 10)", "(2006 and 2008)": years only
_BRACKET = re.compile(
    rf"\s?\((?P<years>{_YEAR}(?:(?:,\s*|,?\s+and\s+)(?:{_YEAR}|\d\d)(?![\w/-])){{0,8}})\)"
)
# Between one listed name's bracket and the next name: a comma or "and", a description
# ("the Republic of Ireland's", "Australian"), never a digit, a bracket or a clause's end
_BETWEEN = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)[^\d();:.,]{0,50}")
# The clause after the list tells titles won ("had claimed five titles", "as the only
# champions from abroad"); searched up to its end
_TITLES = re.compile(
    r"\b(?:champions?|winners?|titles|crowns|won|claimed|captured|lifted|victories)\b"
)
_CLAUSE_END = re.compile(r"[.;:!?]|\s[-–—]\s")
# "2012 and 2011 Harbour winners A and B"
_PAIRED = re.compile(
    rf"(?<![\w'’/.:-])(?P<first>{_YEAR})\s+and\s+(?P<second>{_YEAR})\s+"
    r"(?:(?P<race>[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*){0,3})\s+)?"
    r"(?P<title>winners|champions|runners-up)\s+(?=[A-Z])"
)
_AND = re.compile(r"\s+and\s+")
# "finishing third twice (2012 and 2013)", "won it three times (2007, 09 and 2010)": a
# place (or a win) with a count of its years, then the years in brackets
_COUNTED = re.compile(
    r"\b(?:(?:finish(?:ed|ing)?|plac(?:ed|ing)|c(?:a|o)m(?:e|ing))\s+(?P<place>second|third"
    r"|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner-up)"
    r"|(?P<won>won|winning)(?:\s+(?:it|the\s+(?:race|title|event)))?)\s+"
    r"(?P<count>twice|(?:two|three|four|five|six)\s+times)"
    rf"\s?\((?P<years>{_YEAR}(?:(?:,\s*|,?\s+and\s+)(?:{_YEAR}|\d\d)(?![\w/-])){{0,8}})\)"
)
_COUNTS = {"twice": 2, "two times": 2, "three times": 3, "four times": 4, "five times": 5}
_COUNTS |= {"six times": 6}
_PLACE_WORDS = {"second": 2, "runner-up": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
_PLACE_WORDS |= {"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_MORE = re.compile(r",?\s+(?:and|&)\s+[A-Z]|,\s+[A-Z]")  # a third name after the second


def past_lists(finder: Finder, sentence: Sentence) -> list[Fact]:
    """The past winners one sentence lists with their years (bracketed or paired)."""
    text = sentence.masked
    if not HINT.search(text):
        return []
    facts = []
    if "(" in text:
        facts += _bracketed(finder, sentence, text)
    if " and " in text:
        facts += _paired(finder, sentence, text)
    if "(" in text and (" times" in text or "twice" in text):
        facts += _counted(finder, sentence, text)
    return facts


def _counted(finder: Finder, sentence: Sentence, text: str) -> list[Fact]:
    """``X ..., finishing third twice (2012 and 2013)``: the article's own race, each year
    its place, when the count and the years agree (the place's owner as for any place)."""
    facts: list[Fact] = []
    for match in _COUNTED.finditer(text):
        years = years_of(match["years"])
        if _COUNTS[re.sub(r"\s+", " ", match["count"])] != len(set(years)):
            continue  # "third twice (2012)": which other year?
        race = own_or_named(finder, None)
        if race is None or finder.negated(sentence, match.start()):
            continue
        who = finder.athlete(sentence, match.start())
        place = _PLACE_WORDS[match["place"]] if match["place"] else 1
        for year in years:
            for fact in fact_of(finder, sentence, who, race, year, place):
                facts.append(fact if place == 1 else fact._replace(kind="place"))
    return facts


def _bracketed(finder: Finder, sentence: Sentence, text: str) -> list[Fact]:
    """``Ann Lee (1998), Canada's Mia Holt (2004) and Sue Park (2010, 12) as the only
    champions``: each name right before its bracket of years, two names at least."""
    index = finder.index(sentence)
    listed: list[tuple[str, list[str], int, int]] = []  # (who, years, start, end)
    facts: list[Fact] = []
    for match in _BRACKET.finditer(text):
        at = run_at(index.ends, match.start())
        who = index.names[at[0]] if at else None
        start = index.starts[at[0]] if at else -1
        if who is None:
            facts += _listed(finder, sentence, text, listed)
            listed = []
            continue
        if listed and not _BETWEEN.fullmatch(text, listed[-1][3], start):
            facts += _listed(finder, sentence, text, listed)
            listed = []
        listed.append((who, years_of(match["years"]), start, match.end()))
    return facts + _listed(finder, sentence, text, listed)


def _listed(
    finder: Finder, sentence: Sentence, text: str, listed: list[tuple[str, list[str], int, int]]
) -> list[Fact]:
    """One list of names with their years, when the clause after it tells titles won."""
    if len(listed) < 2 or len({who for who, _, _, _ in listed}) < len(listed):
        return []
    end = listed[-1][3]
    stop = _CLAUSE_END.search(text, end, end + 120)
    if not _TITLES.search(text, end, stop.start() if stop else min(len(text), end + 120)):
        return []
    if finder.negated(sentence, listed[0][2]):
        return []
    race = own_or_named(finder, None)
    if race is None:
        return []
    return [
        fact
        for who, years, _, _ in listed
        for year in years
        for fact in fact_of(finder, sentence, who, race, year, 1)
    ]


def _paired(finder: Finder, sentence: Sentence, text: str) -> list[Fact]:
    """``2012 and 2011 Harbour winners Ann Lee and Mia Holt``: each year its name, in order."""
    facts: list[Fact] = []
    for match in _PAIRED.finditer(text):
        race = own_or_named(finder, match["race"])
        index = finder.index(sentence)
        first = run_at(index.starts, match.end())
        if race is None or not first or not index.names[first[0]]:
            continue
        second = first[0] + 1
        if second >= len(index.names) or not index.names[second]:
            continue
        if not _AND.fullmatch(text, index.ends[first[0]], index.starts[second]):
            continue
        if _MORE.match(text, index.ends[second]):
            continue  # "2012 and 2011 winners A, B and C": whose?
        place = 2 if match["title"] == "runners-up" else 1
        for who, year in (
            (index.names[first[0]], match["first"]),
            (index.names[second], match["second"]),
        ):
            facts += fact_of(finder, sentence, who, race, year, place)
    return facts
