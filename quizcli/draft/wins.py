"""Match wins told without a score: ``Djokovic cruised past Japan's Tatsuma Ito in straight
sets``, ``Swiatek continued her run with a straight-sets win over Collins in the second
round``.

Only forms that can only describe a match are read: a beaten side followed by ``in straight
sets`` / ``in three sets`` / ``on penalties`` / ``after extra time`` / a cricket margin
(``by five wickets``, ``won the first Test by 76 runs against X``, a scorecard's line
``Australia 184 for 4 (...) beat India 99 all out (...) by 85 runs``), a round or prize
(``beat X in the final``, ``dominated X to win the final``; never ``to take the title``: a
league's season), or a ``win over X`` whose adjectives name a match (``straight-set``,
``second-round``, ``semi-final``, ``home``, ``derby``, a cricket margin ``six-wicket``...).
``Pogacar beat Vingegaard by three seconds`` (a race) is not a match. The winner is the side
named right before the verb, else the sentence's subject (see
``quizcli.draft.sides.subject_of``); for ``a win over X`` it must open the sentence with
no other side named before the win (a competition after ``to the``/``at the`` aside).
Facts are ``beat`` facts (winner, (loser, "")): "Who won?" is asked, no score.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.not_names import WEEKDAYS
from quizcli.draft.opened_wins import their_side
from quizcli.draft.quotes import Sentence
from quizcli.draft.relative_wins import DuelFinder, relative_wins, without_asides
from quizcli.draft.short_names import written_short
from quizcli.draft.sides import (
    BEAT,
    DESCRIBED,
    LAST_SIDE,
    OF_NATION,
    SIDE,
    TITLE_WON,
    FactFinder,
    opening_side,
    same_side,
    side_of,
    subject_of,
)

# a cricket margin: "by five wickets", "by 76 runs", "by an innings and 12 runs"
_MARGIN = (
    r"by\s+(?:an\s+innings(?:\s+and\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+runs?)?"
    r"|(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:wickets?|runs?))\b"
)
_MATCH_END = (
    r"(?:in\s+(?:straight|two|three|four|five)\s+sets|on\s+penalties|after\s+extra[- ]time"
    rf"|in\s+an?\s+(?:[a-z-]+\s+)?(?:penalty\s+)?shoot-?out|in\s+a\s+(?:final-set\s+)?tie-?break|{_MARGIN})"
)
# A club, county or force in brackets after a player: "Lesley Slack (Gloucestershire)"
# (never an abbreviation: "Delhi Capitals (DC)")
_AFFILIATION = r"(?:\s+\([A-Z][a-z][\w .'’-]{0,40}\))?"
# The short name the article gives the beaten side, in brackets: "Delhi Lions (DL)" (read
# only when it is: quizcli.draft.short_names)
_SHORT = r"(?:\s+(?P<short>\([A-Z]{2,5}\)))?"
_BEAT_IN_SETS = re.compile(
    rf"(?:(?P<winner>{SIDE})\s+(?:has\s+|had\s+)?)?{BEAT}\s+{DESCRIBED}(?P<loser>{SIDE})"
    rf"{OF_NATION}{_AFFILIATION}{_SHORT}\s+{_MATCH_END}"
)
# Which final: "in the final", "in today's final", "in Sunday's final", "in a one-sided final"
_WHICH = (
    r"(?:the\s+|(?:today|tonight|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+"
    r"|an?\s+(?:[a-z]+-)?[a-z]+\s+)"
)
# "clinched the title after beating Singapore's Loh Kean Yew in the final on Sunday", "defeated
# South Korea's Kim Min-jong for the gold", "beat France in the bronze medal match": a match's
# round or prize (read only in an article of no race: "Lyles beat Thompson in the final" is a
# race's)
_BEAT_IN_FINAL = re.compile(  # (also "dominated the United States to win the final")
    rf"(?:(?P<winner>{SIDE})\s+(?:has\s+|had\s+)?)?(?:{BEAT}|dominated)\s+{DESCRIBED}"
    rf"(?P<loser>{SIDE}){OF_NATION}{_AFFILIATION}{_SHORT}"
    rf"\s+(?:in\s+{_WHICH}(?:final|semi-?final|quarter-?final)s?|for\s+the\s+(?:gold"
    r"(?:\s+medal)?|title)|in\s+the\s+(?:bronze[- ]medal|third[- ]place)\s+(?:match|game|play-?off)"
    r"|for\s+(?:the\s+)?bronze(?:\s+medal)?"
    # "Italy beat the United States to win the Olympic women's volleyball final" (never a
    # title: "had seen off Hibs to take the Championship title" tells a league's season)
    r"|to\s+(?:win|claim|take|clinch|capture|secure)\s+(?:the|their|its|a)\s+"
    r"(?:(?!(?:in|into|to|place|spot|berth)\b)[\w'’-]+\s+){0,5}?(?:[Ff]inal|gold(?:\s+medal)?))"
    r"(?=\s*[,.;]|\s*\Z|\s+(?:on|at|in|of|to|and|after|as|with|before|for)\b)"
)
# A round of a fight or of a draw, or a stoppage: "defeating Sam Fuller in the eighth round",
# "stopping Adam Serra by referee stoppage" (read only in a report of matches between two
# people: quizcli.draft.relative_wins.is_duel_report)
_BEAT_IN_ROUND = re.compile(
    rf"(?:(?P<winner>{SIDE})\s+(?:has\s+|had\s+)?)?(?:{BEAT}|stopped|stopping)\s+{DESCRIBED}"
    rf"(?P<loser>{SIDE}){OF_NATION}{_AFFILIATION}\s+(?:in\s+the\s+(?:first|second|third|fourth"
    r"|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\s+round"
    r"|by\s+(?:(?:technical|referee)\s+)?(?:knockout|stoppage)|by\s+T?KO)"
    r"(?=\s*[,.;]|\s*\Z|\s+(?:on|at|in|to|and|after|as|with|before|earlier|later)\b)"
)
_ROUND_REACH = 600
# What names a race, not a match: a distance or a number, a race's word; or a time told
_RACE = re.compile(
    r"\d|marathon|stage|grand prix|\brace|relay|downhill|slalom|super-g|sprint|pursuit"
    r"|trial|hurdles|steeplechase|luge|skeleton|bob|athlon|medley|freestyle|stroke|fly",
    re.I,
)
_TIME = re.compile(r"\d[:.]\d\d")


def _race(event: str | None, text: str) -> bool:
    """Whether a sentence of ``event`` may tell a race (``Lyles beat Thompson in the final``:
    finishing ahead of a rival, not winning a match): the event or the sentence says so."""
    return bool((event and _RACE.search(event)) or _TIME.search(text))


# "India won the first Test by five wickets against Australia"
_WON_BY = re.compile(
    rf"(?P<winner>{SIDE})\s+won\s+(?:the\s+(?:[\w-]+\s+){{0,3}}?)?{_MARGIN}\s+"
    rf"(?:against|over)\s+(?:the\s+)?(?P<loser>{LAST_SIDE})"
)
# A scorecard's line: "Australia 184 for 4 (Mooney 78*, Healy 75) beat India 99 all out
# (Sharma 33, Schutt 4-18) by 85 runs", the innings and their best figures between
_INNINGS = (
    r"\d{1,3}(?:\s*(?:for|-|/)\s*\d{1,2}(?:\s+dec)?|\s+all\s+out)?"
    r"(?:\s+\((?:[^()]|\([^()]{0,40}\)){0,200}\))?"
)
_SCORECARD = re.compile(
    rf"(?P<winner>{SIDE})\s+{_INNINGS}\s+beat\s+(?P<loser>{SIDE})\s+{_INNINGS}\s+{_MARGIN}"
)
_MATCH_WORD = (
    r"(?:straight-sets?|(?:two|three|four|five)-set|(?:first|second|third|fourth|opening"
    r"|quarter-final|semi-final|quarterfinal|semifinal|final|last-16|last-eight)(?:-round)?"
    r"|home|away|derby|cup|league|title|play-?off)"
)
# a margin before the match's word: "a 17-point grand final win over"
_MARGIN_WORD = r"(?:\d{1,3}-(?:point|goal|try|shot)\s+)?"
# A cricket margin's count, in figures or words (quizcli.draft.ask_margins reads them too)
COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNT = r"(?:\d{1,3}|" + "|".join(COUNT_WORDS) + ")"
# a cricket margin as a noun, in figures or words: "78-run", "six-wicket", "one-run"
_MARGIN_NOUN = rf"{_COUNT}[- ](?:runs?|wickets?)"
# a margin of points or goals in words: "a five-point win over", "a two-goal victory over"
_POINTS_NOUN = rf"{_COUNT}-(?:point|goal)"
_WIN_OVER = re.compile(  # (a cricket margin as a noun: "a hard-fought 78-run win over", "a
    # six-wicket victory at home over")
    rf"\ban?\s+{_MARGIN_WORD}(?:[a-z-]+\s+){{0,2}}?"
    rf"(?:{_MATCH_WORD}|{_MARGIN_NOUN}|{_POINTS_NOUN})\s+"
    rf"(?:win|victory)\s+(?:at\s+home\s+)?(?:over|against)\s+"
    rf"{DESCRIBED}(?P<loser>{LAST_SIDE})(?=\s*[,.;]|\s+(?:in|at|on|to|for|and|as|after)\b)"
)
# A phrase fronted before the sentence's subject that names no one: "In the women's
# competition, ", "Earlier in the day, " (only a sex's word in capitals)
_FRONTED = re.compile(
    r"(?:In|At|On|During|Earlier|Later)\s+(?:the\s+)?(?:(?:[Mm]en|[Ww]omen|[Bb]oys|[Gg]irls)"
    r"['’]s?\s+)?[a-z][^,;:\"“”A-Z\d]{0,50},\s+(?:the\s+)?"
)
# what may stand between the opener and the win: a competition or a venue, not a rival
# (also a competition won by its name, "won cricket's World Cup for the first time", and a
# day, "Saturday with a six-wicket victory": no rival)
_SCENERY = re.compile(
    r"\b(?:of|in|at|to|for)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}|" + TITLE_WON + "|"
    r"\b(?:won|lifted|claimed|clinched|retained|captured)\s+(?:the\s+|[a-z]+['’]s\s+)"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Cup|Trophy|Shield|Series|Bowl|Championship)\b"
    rf"|\b(?:on\s+)?(?:{'|'.join(WEEKDAYS)})\b"
)


# What a sentence telling a match won holds, one of these words at least (searched first)
_WORDS_OF_A_MATCH = (
    *("win", "victory", " sets", "penalties", "extra", "tie", "shoot"),
    *(
        " wicket",
        " run",
        "innings",
        " round",
        " stoppage",
        "knockout",
        " final",
        "final ",
        " the gold",
        " the title",
        "bronze",
    ),
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_AFTER = re.compile(r"\s+in\s+(?:19|20)\d\d\b")
_SINCE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,3}$")


def find_wins(finder: DuelFinder, sentence: Sentence) -> list[Fact]:
    """The match wins one sentence tells without a score, as ``beat`` facts (and those its
    relative clauses tell: quizcli.draft.relative_wins)."""
    told = relative_wins(finder, sentence)
    if not any(word in sentence.masked for word in _WORDS_OF_A_MATCH):
        return told
    sentence = without_asides(sentence, finder.duels) or sentence  # "X – who beat Z – in ..."
    text = sentence.masked
    facts = told
    scorecard = _SCORECARD.finditer(text) if " beat " in text else ()
    final = _BEAT_IN_FINAL.finditer(text) if not _race(finder.event, text) else ()
    rounds = (  # (in a sentence's first 600 characters: each match asks for its subject)
        _BEAT_IN_ROUND.finditer(text, 0, _ROUND_REACH)
        if finder.duels and (" round" in text or " by " in text)
        else ()
    )
    for match in (
        *_BEAT_IN_SETS.finditer(text),
        *_WON_BY.finditer(text),
        *scorecard,
        *final,
        *rounds,
    ):
        if finder.negated(sentence, match.end("loser")):
            continue
        if _YEAR_AFTER.match(text, match.end()) or _SINCE.search(text, 0, match.start()):
            continue  # "since Sri Lanka beat Australia by eight wickets in 1996": another final
        if match["winner"]:
            winner = side_of(finder, match["winner"])
        else:  # (or "Great Britain's women won gold by beating the Netherlands in a shootout")
            winner = subject_of(finder, sentence, match.start()) or their_side(
                finder, sentence, match.start()
            )
        facts += _fact(finder, sentence, match, winner)
    if len(facts) > len(told):
        return facts
    fronted = _FRONTED.match(text)  # "In the women's competition, the Braves ...": no one
    cut = fronted.end() if fronted else 0
    for match in _WIN_OVER.finditer(text, cut):
        opener = opening_side(text, match.start(), cut)
        if opener is None or finder.negated(sentence, match.start()):
            continue
        if re.search(r"\w['’]s?(?:\s|\Z)", opener["side"]):
            continue  # "Mia Stone's title defence is on track after a win over ...": whose?
        between = _SCENERY.sub(" ", text[opener.end("side") : match.start()])
        if re.search(r"\b[A-Z]", between):
            continue  # someone else named before the win: whose win is not sure
        if _YEAR.search(between) or _YEAR_AFTER.match(text, match.end()):
            continue  # "won the Cup in 1983 with a 43-run win over X": another year's
        facts += _fact(finder, sentence, match, side_of(finder, opener["side"]))
    return facts


# A cricket margin the match's words tell, as a question writes it: "by six wickets",
# "a 78-run win" (never "by an innings and 12 runs": asked as no margin)
_MARGIN_TOLD = re.compile(
    rf"\bby\s+(?P<by>{_COUNT}\s+(?:wickets?|runs?))\b"
    rf"|\b(?P<count>{_COUNT})[- ](?P<unit>run|wicket)s?\s+(?:win|victory)\b"
)


def _fact(
    finder: FactFinder, sentence: Sentence, match: re.Match[str], winner: str | None
) -> list[Fact]:
    """A ``beat`` fact when both sides are sides and not the same one, and a ``margin``
    fact (winner, (loser, ``six wickets``)) when its words tell a cricket margin."""
    loser = side_of(finder, match["loser"])
    if not winner or not loser or same_side(finder.cast, winner, loser):
        return []
    short = match.groupdict().get("short")
    if short and not written_short(finder.cast.short_names, loser, short):
        return []  # "beat Ann Lee (USA) by ...": a code, not the side's short name
    facts = [Fact("beat", winner, finder.event, (loser, ""), sentence, match[0])]
    margins = list(_MARGIN_TOLD.finditer(match[0]))
    if len(margins) == 1:
        told = margins[0]
        one = told["count"] in ("1", "one")
        margin = told["by"] or f"{told['count']} {told['unit']}{'' if one else 's'}"
        facts.append(Fact("margin", winner, finder.event, (loser, margin), sentence, match[0]))
    return facts


# (read also by quizcli.draft.carried_wins: "powered X to a six-wicket win over Y")
WIN_OVER = _WIN_OVER
win_facts = _fact
