"""Match results whose winner stands outside the clause of the score: the side opening the
sentence (``West Ham United ... with a 4-0 home win over Wolves``), the side right before
the verb (``Wales claimed their victory over Ireland 15-13``), a coach's side
(``Dortmund coach Klopp ... the 2-1 win over Stuttgart``), a result line of points
(``South Africa 42 (...) defeated England 39``) or the side ``they`` stands for.

Read by quizcli.draft.scores.find_scores when the sentence's own clauses gave nothing.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.leads import Led
from quizcli.draft.not_names import WEEKDAYS
from quizcli.draft.quotes import Sentence
from quizcli.draft.score_forms import SCORE, is_draw, score_of
from quizcli.draft.sides import (
    BEAT,
    LAST_SIDE,
    LEADING,
    SIDE,
    TITLE_WON,
    FactFinder,
    clause_side,
    opening_side,
    same_side,
    side_of,
)

# "West Ham United secured their first points with a 4-0 home win over Wolves", "... in
# their 3-2 OT win over": the winner is the subject, when nobody else is named before it.
_WIN_OVER = re.compile(  # "a 92-88 comeback victory over the Golden State Warriors"
    rf"\b(?:an?|their|its)\s+(?:[a-z-]+\s+)?{SCORE}\s+(?:(?P<games>\([\d\s,;–-]{{3,80}}\))\s+)?"
    rf"(?:\(?(?:OT|SO)\)?\s+)?(?:[a-z-]+\s+)?"
    rf"(?:win|victory|triumph)\s+(?:over|against)\s+(?:(?:the|its|their)\s+)?"
    rf"(?:(?:rival|rivals|visiting|hosts?|neighbou?rs?|old\s+foes?)\s+)?(?P<loser>{LAST_SIDE})"
)
# "Wales claimed their victory over Ireland 15-13", "sealed a win over the Jets, 24-17":
# searched from the verb, the winner the side right before it
_CLAIMED_VERBS = (
    "claimed|secured|sealed|earned|clinched|recorded|completed|grabbed|picked up|ground out"
    "|notched|posted|registered|celebrated"
)
_CLAIMED = Led(
    re.compile(
        rf"(?:{_CLAIMED_VERBS})\s+(?:their|his|her|its|an?|the)\s+(?:[a-z-]+\s+){{0,2}}?"
        rf"(?:win|victory|triumph)\s+(?:over|against)\s+(?:the\s+)?(?P<loser>{SIDE}),?\s+{SCORE}"
    ),
    _CLAIMED_VERBS,
)
_SIDE_BEFORE = re.compile(rf"(?<![\w'’-])(?P<winner>{LAST_SIDE})\s+$")
# A result line of points, each side's after its name and its scorers in brackets: "South
# Africa 42 (Nkosi 2, de Klerk tries; Pollard 4 conversions) defeated England 39 (May
# try; Farrell 2 penalties)": opening the sentence, the winner's points the greater.
_POINTS_LINE = re.compile(
    rf"(?P<winner>{SIDE})\s+(?P<won>\d{{1,3}})\s*(?:\([^()]{{0,400}}\)\s*)?{BEAT}\s+"
    rf"(?:the\s+)?(?P<loser>{SIDE})\s+(?P<lost>\d{{1,3}})(?![\d.,:%-]|\s*(?:[-–]|points|pts)\b)"
)
# "Borussia Dortmund coach Juergen Klopp was pleased with the 2-1 win over Stuttgart": the
# win is the side of the coach who opens the sentence, when nobody else is named before it.
_COACHED = re.compile(
    rf"(?!(?:Former|Ex|Then)\b)(?P<winner>{LAST_SIDE})\s+(?:head\s+)?"
    rf"(?:coach|manager|boss|captain|skipper)\s+"
    rf"(?P<person>{LAST_SIDE})\s+[a-z][^A-Z\d]{{0,80}}?\b(?:the|his\s+side['’]s|her\s+side['’]s"
    rf"|his\s+team['’]s|her\s+team['’]s|their)\s+{SCORE}\s+(?:(?:home|away)\s+)?"
    rf"(?:win|victory)\s+(?:over|against)\s+(?:the\s+)?(?P<loser>{LAST_SIDE})(?!\s+by\b)"
)


# ", defeating the Florida Panthers 9-3": the sentence's subject won
_COMMA_PARTICIPLE = re.compile(r",\s[a-z]+ing\b")  # (the verb is one of BEAT)
# A competition's name between the winner and the verb: "won the Stanley Cup", "became World
# Series champions": no rival
_CUP = re.compile(  # (also "won the State of Origin series")
    r"\b(?:[A-Z][\w'’-]*\s+(?:of\s+)?){1,3}(?:[Cc]up|Championships?|Trophy|[Ss]eries|League|Open"
    r"|Finals?|Bowl|[Tt]itle)\b"
)
# A competition's adjective, no side: "their second Olympic handball gold"
_EVENT_WORDS = re.compile(
    r"\b(?:Olympic|Olympics|Paralympic|World|European|Commonwealth|Asian|African|Games)\b"
)
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b")  # "champions Wednesday, stunning"
_THEY_BEFORE = re.compile(r"\b(?:they|it)\s+(?:had\s+|have\s+|then\s+)?$")
# "won the Cup by beating Ipsley Town 1-0", "were crowned champions after crushing Trefin
# 38-12": a participle after "by" or "after" is the subject's
_BY_PARTICIPLE = re.compile(r"\b(?:by|after)\s+$")
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
# A caption: "Connecticut players celebrate with the trophy after defeating Notre Dame,
# 63-53": the players' side, wherever the caption starts
_CELEBRATING = re.compile(
    rf"(?<![\w'’-])(?P<side>{LAST_SIDE})\s+(?:players|teammates|team-mates)\s+"
    r"(?:celebrate|celebrates|celebrating|mob|mobs|lift|lifts|pose|poses)\b"
)


def their_side(finder: FactFinder, sentence: Sentence, at: int) -> str | None:
    """``Everton moved up to ninth after they beat Fulham 2-1``, ``The Vegas Golden Knights
    won the Stanley Cup, defeating the Florida Panthers 9-3``: the side opening the
    sentence, when ``they`` (or ``it``, or a participle after a comma, ``by`` or ``after``:
    ``Wigan won the Cup by beating City 1-0``) is the verb's subject and nobody but a
    competition is named between them; or the side whose players a caption shows
    celebrating (``Connecticut players celebrate ... after defeating``); never a person's."""
    text = sentence.masked
    if at > 200:
        return None  # (a side opening a long sentence is too far back to be sure of)
    if not (
        _THEY_BEFORE.search(text, max(0, at - 16), at)
        or _COMMA_PARTICIPLE.match(text, at - 2)
        or (_BY_PARTICIPLE.search(text, max(0, at - 8), at) and _PARTICIPLE.match(text, at))
    ):
        return None  # (or "The Vegas Golden Knights won the Stanley Cup, defeating ...")
    celebrating = list(_CELEBRATING.finditer(text, max(0, at - 200), at))[-1:]
    for opener in (opening_side(text, at), *celebrating):
        between = text[opener.end("side") : at] if opener else ""
        between = _WEEKDAY.sub(" ", _EVENT_WORDS.sub(" ", _CUP.sub(" ", between)))
        if opener and not re.search(r"\b[A-Z]", between):
            break
    else:
        return None
    if _EVENT_WORDS.fullmatch(opener["side"]):
        return None  # "Olympic gold medalist clinched the title after beating X": whose?
    side = side_of(finder, opener["side"])
    return None if side is None or side in finder.cast.people() else side


def claimed(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """``Wales claimed their victory over Ireland 15-13``: the side right before the verb
    won."""
    text, facts = sentence.masked, []
    for match in _CLAIMED.finditer(text):
        before = _SIDE_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if before is None or finder.negated(sentence, match.start("score")):
            continue
        winner = side_of(finder, before["winner"])
        loser = side_of(finder, match["loser"])
        score = score_of(match)
        if winner and loser and winner != loser and not is_draw(score):
            facts.append(Fact("score", winner, finder.event, (loser, score), sentence, match[0]))
    return facts


def points_line(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """``South Africa 42 (...) defeated England 39 (...)``: a result line opening the
    sentence, asked as the score ``42-39``."""
    text = sentence.masked
    start = LEADING.match(text)
    match = _POINTS_LINE.match(text, start.end() if start else 0)
    if match is None or int(match["won"]) <= int(match["lost"]):
        return []
    if finder.negated(sentence, match.start("won")):
        return []
    winner = side_of(finder, match["winner"])
    loser = side_of(finder, match["loser"])
    if not winner or not loser or same_side(finder.cast, winner, loser):
        return []
    score = f"{int(match['won'])}-{int(match['lost'])}"
    return [Fact("score", winner, finder.event, (loser, score), sentence, match[0])]


def coached(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """``Dortmund coach Klopp ... the 2-1 win over Stuttgart``: the coach's side won, when
    it opens the sentence (after ``The``/``But``) and is not a person."""
    text = sentence.masked
    start = LEADING.match(text)
    match = _COACHED.match(text, start.end() if start else 0)
    if match is None or finder.negated(sentence, match.start("score")):
        return []
    if finder.cast.resolve(tuple(match["winner"].split())) in finder.cast.people():
        return []  # "Smith coach ...": a person's coach, not a side's
    winner = side_of(finder, match["winner"])
    loser = side_of(finder, match["loser"])
    score = score_of(match)
    if not winner or not loser or winner == loser or is_draw(score):
        return []
    return [Fact("score", winner, finder.event, (loser, score), sentence, match[0])]


# "of the Premier League season", "at the Etihad": a competition or a ground, not a side
_COMPETITION = re.compile(
    r"\b(?:of|in|at)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    # a ground, not a rival: "at Coogee Oval", "at Madison Square Garden"
    r"|\b(?:at|in)\s+(?:[A-Z][\w'’-]*\s+){1,3}?(?:Oval|Stadium|Park|Arena|Ground|Field|Centre"
    r"|Center|Palace|Gardens?|Speedway|Circuit)\b"
    rf"|\b(?:{'|'.join(WEEKDAYS)})\b"  # "on Thursday night with a 92-88 ..."
    rf"|{TITLE_WON}"  # "won their 16th Copa America title with a 1-0 win over ..."
    # a league's letters before its season: "their best start to a WSL season", "an NBA
    # record" (never a side's: "against the USA team")
    r"|\b(?:an?|the|this|its|their)\s+[A-Z]{2,5}\s+(?:regular\s+)?(?:season|campaign|record"
    r"|history|opener|fixture|title|playoffs?|standings|table)\b"
)


def wins_over(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """``X ... with a 4-0 home win over Y``: X must open the sentence and be the only side
    named before the score."""
    text = sentence.masked
    # Only the first such score can be asked: before any later one stands the first's
    # loser, a capitalised side (so reading them all re-read the sentence for each).
    match = _WIN_OVER.search(text)
    if match is None:
        return []
    for opener in (opening_side(text, match.start()), clause_side(text, match.start())):
        between = text[opener.end("side") : match.start()] if opener else ""  # (or "as X")
        rest = _CUP.sub(" ", _COMPETITION.sub(" ", between))
        if opener and not re.search(r"\b[A-Z]", rest):
            break
    if not opener or re.search(r"\b[A-Z]", rest):
        return []  # nobody opens the sentence, or someone else is named before the score
    if finder.negated(sentence, match.start("score")):
        return []
    winner = side_of(finder, opener["side"])
    loser = side_of(finder, match["loser"])
    score = score_of(match)
    if winner and loser and winner != loser and not is_draw(score):
        return [Fact("score", winner, finder.event, (loser, score), sentence, match[0])]
    return []
