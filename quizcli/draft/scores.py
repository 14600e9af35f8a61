"""Match results: ``Djokovic beat Alcaraz 6-2 6-2 7-6``, ``Dortmund won 2-0 against Bayern``.

A score counts only when one clause names the winner, the beaten side and the score
together; the winner and the loser may be clubs or teams (they are answers to "Who won?",
never speakers). A draw, a score with no winner named, or a negated clause (``could not
beat``) is not read.
"""

from __future__ import annotations

import re

from quizcli.draft.draws import draws
from quizcli.draft.facts import Fact
from quizcli.draft.leads import Led
from quizcli.draft.not_names import WEEKDAYS
from quizcli.draft.quotes import Sentence
from quizcli.draft.sides import (
    BEAT,
    DESCRIBED,
    IN_SETS,
    LAST_SIDE,
    LEADING,
    OF_NATION,
    SIDE,
    TITLE_WON,
    FactFinder,
    clause_side,
    opening_side,
    same_side,
    side_of,
    subject_of,
)

_SET = r"\d{1,3}[-–]\d{1,3}(?:\s*\(\d{1,2}(?:[-–/]\d{1,2})?\))?"
_SCORE = rf"(?P<score>{_SET}(?:(?:,\s*|\s+|,?\s+and\s+){_SET}){{0,4}})(?![\d-])"
# "Federer, already a five-time champion, demolished Israel's Dudi Sela 6-3 6-2 6-2": the
# winner is the sentence's subject (the athlete the finder gives the verb to).
# After the beaten side: the score ("in straight sets, 6-1 6-2"), or the score inside a
# match's words ("in a marathon 3-6 6-2 6-4 match")
_SCORE_AFTER_LOSER = (
    rf"(?:(?P<ina>\s+in\s+an?\s+(?:[a-z-]+\s+){{0,2}}?)|{IN_SETS}\s+|(?P<comma>,\s+)){_SCORE}"
    r"(?(ina)\s+(?:[a-z-]+\s+)?(?:match|contest|battle|encounter|final|tie|thriller|epic|clash"
    r"|affair)\b)"
    # "defeated teammate Filippo Macchi, 15-9.": a score between commas ends its clause
    r"(?(comma)(?=\s*[,.;]|\s*\Z|\s+(?:in|on|at|to|and|while|for|after|as)\b))"
)
_BEATEN = re.compile(rf"\b{BEAT}\s+{DESCRIBED}(?P<loser>{SIDE}){OF_NATION}{_SCORE_AFTER_LOSER}")
# "Fellow Briton Aljaz Bedene, ranked 48th in the world, lost 6-4 7-5 to Italy's Andreas
# Seppi": the loser is the sentence's subject.
_LOST_TO = re.compile(
    rf"\b(?:lost|went\s+down|fell)\s+{_SCORE}\s+(?:to|against)\s+(?:the\s+)?(?P<winner>{LAST_SIDE})"
)
# "West Ham United secured their first points with a 4-0 home win over Wolves", "... in
# their 3-2 OT win over": the winner is the subject, when nobody else is named before it.
_WIN_OVER = re.compile(  # "a 92-88 comeback victory over the Golden State Warriors"
    rf"\b(?:an?|their|its)\s+(?:[a-z-]+\s+)?{_SCORE}\s+(?:\([\d\s,;–-]{{3,80}}\)\s+)?"
    rf"(?:\(?(?:OT|SO)\)?\s+)?(?:[a-z-]+\s+)?"
    rf"(?:win|victory|triumph)\s+(?:over|against)\s+(?:(?:the|its|their)\s+)?"
    rf"(?:(?:rival|rivals|visiting|hosts?|neighbou?rs?|old\s+foes?)\s+)?(?P<loser>{LAST_SIDE})"
)
_GAME = (
    r"(?:the\s+(?:[a-z-]+\s+)?(?:final|semi-final|semifinal|quarter-final|quarterfinal|tie|match"
    r"|game|derby|decider|replay)\s+)"
)
# The loser first: "Chelsea lost 3-2 to Leeds", "Leeds were beaten 2-0 by Everton",
# "Ruud lost to Sinner 6-3 6-4", "Wolves suffered a 4-0 defeat to West Ham". The score must
# read from the winner's side (more sets or goals first), as reports write it.
_LOST = (
    re.compile(
        rf"(?P<loser>{SIDE})\s+(?:lost|fell|went\s+down|slumped)\s+{_GAME}?{_SCORE}\s+"
        rf"(?:to|against)\s+(?:the\s+)?(?P<winner>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<loser>{SIDE})\s+(?:were|was)\s+(?:beaten|defeated|thrashed|edged)\s+{_SCORE}"
        rf"\s+by\s+(?:the\s+)?(?P<winner>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<loser>{SIDE})\s+(?:lost|fell)\s+to\s+{DESCRIBED}(?P<winner>{SIDE}){OF_NATION}"
        rf"{IN_SETS}\s+{_SCORE}"
    ),
    re.compile(
        rf"(?P<loser>{SIDE})\s+(?:suffered|slumped\s+to|fell\s+to)\s+an?\s+(?:[a-z]+\s+)?{_SCORE}\s+"
        rf"(?:(?:home|away)\s+)?(?:defeat|loss)\s+(?:to|against|by)\s+(?:the\s+)?"
        rf"(?P<winner>{LAST_SIDE})"
    ),
)
_PATTERNS = (
    re.compile(  # "the Lakers went on to rout the Boston Celtics 117-102"
        rf"(?P<winner>{SIDE})\s+(?:went\s+on\s+to\s+)?{BEAT}\s+{DESCRIBED}(?P<loser>{SIDE})"
        rf"{OF_NATION}{_SCORE_AFTER_LOSER}"
    ),
    re.compile(  # "Chen faced Italy's Elena Tangherlini in the final, winning with a 15-13 score"
        rf"(?P<winner>{SIDE})\s+faced\s+{DESCRIBED}(?P<loser>{SIDE})\s+in\s+the\s+[a-z -]{{1,40}}?,"
        rf"\s+winning\s+(?:with\s+an?\s+)?{_SCORE}(?:\s+(?:score|scoreline)\b|(?=\s*[,.;]|\s*\Z))"
    ),
    re.compile(  # "Spain won the final 1-0 against England"
        rf"(?P<winner>{SIDE})\s+(?:won|triumphed|prevailed)\s+{_GAME}?{_SCORE}\s+"
        rf"(?:against|over|at)\s+(?P<loser>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<winner>{SIDE})(?:['’]s\b|(?<=s)['’])\s+{_SCORE}\s+(?:win|victory)\s+(?:over|against)"
        rf"\s+(?:the\s+)?(?:(?:former|old|arch|local|fierce)\s+)?(?:(?:club|rivals?|foes?"
        rf"|neighbou?rs?|hosts?|champions)\s+)?(?P<loser>{LAST_SIDE})"
    ),
    # "big-hitting American Sam Querrey, who advanced with a 6-3 6-4 6-4 win over 28th seed
    # Guillermo Garcia-Lopez of Spain"
    re.compile(
        rf"(?P<winner>{LAST_SIDE}),\s+who\s+(?:[a-z]+\s+){{1,4}}?with\s+an?\s+{_SCORE}\s+"
        rf"(?:[a-z]+\s+)?(?:win|victory)\s+(?:over|against)\s+{DESCRIBED}(?P<loser>{LAST_SIDE})"
    ),
    # "A Ronaldo penalty helped Manchester United to a 0-1 win at bottom-placed Norwich City",
    # "Verhaeghe scored to give the Florida Panthers a 5-4 victory over the Tampa Bay Lightning"
    Led(
        re.compile(
            rf"\b(?:(?:helped|help|helps|lifted|lift|lifts|carried|carry|powered|propelled|pushed)"
            rf"\s+(?:the\s+)?(?P<winner>{LAST_SIDE})\s+(?:hold\s+on\s+for|to)|(?:gave|give|gives|giving"
            rf"|handed|hand|hands|handing)\s+(?:the\s+)?(?P<given>{LAST_SIDE}))\s+an?\s+"
            rf"(?:[a-z-]+\s+){{0,2}}?{_SCORE}\s+(?:[a-z-]+\s+)?(?:win|victory)\s+"
            rf"(?:over|against|at)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?P<loser>{LAST_SIDE})"
        ),
        "help|lift|carr|powered|propelled|pushed|gave|giv|hand",
    ),
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
        rf"(?:win|victory|triumph)\s+(?:over|against)\s+(?:the\s+)?(?P<loser>{SIDE}),?\s+{_SCORE}"
    ),
    _CLAIMED_VERBS,
)
_SIDE_BEFORE = re.compile(rf"(?<![\w'’-])(?P<winner>{LAST_SIDE})\s+$")
# "... to lead the Philadelphia Eagles over the Dallas Cowboys 28-23 on Sunday night" (read
# only in a sentence holding " over " or " past ")
_LED_OVER = re.compile(
    r"\b(?:lead|led|leads|leading|lift|lifted|lifts|lifting|carry|carried|carries"
    r"|propel|propelled|propels|power|powered|powers|help|helped|helps|send|sent|sends)"
    rf"\s+(?:the\s+)?(?P<winner>{SIDE})\s+(?:past|over)\s+(?:the\s+)?(?P<loser>{SIDE})"
    rf"\s+{_SCORE}"
)
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
    rf"|his\s+team['’]s|her\s+team['’]s|their)\s+{_SCORE}\s+(?:(?:home|away)\s+)?"
    rf"(?:win|victory)\s+(?:over|against)\s+(?:the\s+)?(?P<loser>{LAST_SIDE})(?!\s+by\b)"
)


def find_scores(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The match results one sentence states, as ``score`` facts (winner, (loser, score)).
    Called only for a sentence that ``may_hold_score`` (quizcli.draft.results tests it
    once, before importing this module)."""
    text = sentence.masked
    facts = []
    over = " over " in text or " past " in text
    for pattern in (*_PATTERNS, _LED_OVER) if over else _PATTERNS:
        for match in pattern.finditer(text):
            if finder.negated(sentence, match.start("score")):
                continue
            winner = side_of(finder, _given_to(finder, sentence, match) or _winner(match))
            loser = side_of(finder, match["loser"])
            score = _score_of(match)
            if winner and loser and winner != loser and not _draw(score):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    facts += _claimed(finder, sentence)
    for pattern in _LOST if not facts else ():
        for match in pattern.finditer(text):
            score = _loser_first(_score_of(match))
            if finder.negated(sentence, match.start("score")) or not _winner_first(score):
                continue
            winner = side_of(finder, match["winner"])
            loser = side_of(finder, match["loser"])
            if winner and loser and not same_side(finder.cast, winner, loser):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    if not facts:
        for match in _BEATEN.finditer(text):
            winner = subject_of(finder, sentence, match.start()) or _their_side(
                finder, sentence, match.start()
            )
            loser = side_of(finder, match["loser"])
            score = _score_of(match)
            if finder.negated(sentence, match.start("score")) or _draw(score):
                continue
            if winner and loser and not same_side(finder.cast, winner, loser):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    if not facts and (" lost " in text or " down " in text or " fell " in text):
        for match in _LOST_TO.finditer(text):
            score = _loser_first(_score_of(match))
            if finder.negated(sentence, match.start("score")) or not _winner_first(score):
                continue
            loser = subject_of(finder, sentence, match.start())
            winner = side_of(finder, match["winner"])
            if winner and loser and not same_side(finder.cast, winner, loser):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    if not facts:
        facts = _wins_over(finder, sentence)
    if not facts:
        facts = _coached(finder, sentence) + draws(finder, sentence)
    if not facts:
        facts = _points_line(finder, sentence)
    return facts


# ", defeating the Florida Panthers 9-3": the sentence's subject won
_COMMA_PARTICIPLE = re.compile(r",\s(?:defeating|beating|edging|downing|routing|thrashing)\b")
# A competition's name between the winner and the verb: "won the Stanley Cup", "became World
# Series champions": no rival
_CUP = re.compile(
    r"\b(?:[A-Z][\w'’-]*\s+){1,3}(?:Cup|Championships?|Trophy|Series|League|Open|Finals?|Bowl"
    r"|Title)\b"
)
# A competition's adjective, no side: "their second Olympic handball gold"
_EVENT_WORDS = re.compile(
    r"\b(?:Olympic|Olympics|Paralympic|World|European|Commonwealth|Asian|African|Games)\b"
)
_THEY_BEFORE = re.compile(r"\b(?:they|it)\s+(?:had\s+|have\s+|then\s+)?$")


def _their_side(finder: FactFinder, sentence: Sentence, at: int) -> str | None:
    """``Everton moved up to ninth after they beat Fulham 2-1``, ``The Vegas Golden Knights
    won the Stanley Cup, defeating the Florida Panthers 9-3``: the side opening the
    sentence, when ``they`` (or ``it``, or a participle after a comma) is the verb's subject
    and nobody but a competition is named between them; never a person's."""
    text = sentence.masked
    if at > 200:
        return None  # (a side opening a long sentence is too far back to be sure of)
    if not (
        _THEY_BEFORE.search(text, max(0, at - 16), at) or _COMMA_PARTICIPLE.match(text, at - 2)
    ):
        return None  # (or "The Vegas Golden Knights won the Stanley Cup, defeating ...")
    opener = opening_side(text, at)
    between = _EVENT_WORDS.sub(" ", _CUP.sub(" ", text[opener.end("side") : at])) if opener else ""
    if opener is None or re.search(r"\b[A-Z]", between):
        return None
    side = side_of(finder, opener["side"])
    return None if side is None or side in finder.cast.people() else side


def _claimed(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """``Wales claimed their victory over Ireland 15-13``: the side right before the verb
    won."""
    text, facts = sentence.masked, []
    for match in _CLAIMED.finditer(text):
        before = _SIDE_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if before is None or finder.negated(sentence, match.start("score")):
            continue
        winner = side_of(finder, before["winner"])
        loser = side_of(finder, match["loser"])
        score = _score_of(match)
        if winner and loser and winner != loser and not _draw(score):
            facts.append(Fact("score", winner, finder.event, (loser, score), sentence, match[0]))
    return facts


def _points_line(finder: FactFinder, sentence: Sentence) -> list[Fact]:
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


def _coached(finder: FactFinder, sentence: Sentence) -> list[Fact]:
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
    score = _score_of(match)
    if not winner or not loser or winner == loser or _draw(score):
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
)


def _wins_over(finder: FactFinder, sentence: Sentence) -> list[Fact]:
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
    score = _score_of(match)
    if winner and loser and winner != loser and not _draw(score):
        return [Fact("score", winner, finder.event, (loser, score), sentence, match[0])]
    return []


def _given_to(finder: FactFinder, sentence: Sentence, match: re.Match[str]) -> str | None:
    """The club opening the sentence, when a win is given to its nickname: "Exeter City
    ... to hand the Grecians a 3-0 win over Fleetwood Town" is Exeter City's (a person
    opening it, "Verhaeghe scored to give the Panthers ...", leaves the Panthers)."""
    from quizcli.draft.nations import is_country_name

    given = match.groupdict().get("given")
    if not given or " " in given or is_country_name((given,)):
        return None  # (a country is its own team: "gave England a 2-1 win")
    opener = opening_side(sentence.masked, len(sentence.masked))
    if opener is None or opener.end("side") > match.start():
        return None
    side = side_of(finder, opener["side"])
    if not side or side in finder.cast.people():
        return None
    return side


def _winner(match: re.Match[str]) -> str:
    """The winning side a pattern read: its ``winner``, else the one ``given`` the win."""
    groups = match.groupdict()
    return groups["winner"] or groups.get("given") or ""


def _winner_first(score: str) -> bool:
    """Whether a score reads from the winner's side: more sets (or goals) first."""
    sets = re.findall(r"(\d+)-(\d+)", re.sub(r"\([^)]*\)", "", score))
    won = sum(1 for a, b in sets if int(a) > int(b))
    return won > len(sets) - won and all(a != b for a, b in sets)


def _score_of(match: re.Match[str]) -> str:
    """A match's ``score`` group as the questions write it: hyphens, single spaces."""
    return re.sub(r"\s+", " ", match["score"].replace("–", "-")).strip(" ,")


def _loser_first(score: str) -> str:
    """A single score told from the loser's side (``The Red Roses lost 32-41 to New
    Zealand``) turned to the winner's (``41-32``); sets and anything else as they are."""
    single = re.fullmatch(r"(\d+)\s*-\s*(\d+)", score)
    if single and int(single[1]) < int(single[2]):
        return f"{single[2]}-{single[1]}"
    return score


def _draw(score: str) -> bool:
    """A single level score (``1-1``) names no winner."""
    sets = re.findall(r"(\d+)-(\d+)", score)
    return len(sets) == 1 and sets[0][0] == sets[0][1]
