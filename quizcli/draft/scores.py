"""Match results: ``Djokovic beat Alcaraz 6-2 6-2 7-6``, ``Dortmund won 2-0 against Bayern``.

A score counts only when one clause names the winner, the beaten side and the score
together; the winner and the loser may be clubs or teams (they are answers to "Who won?",
never speakers). A draw, a score with no winner named, or a negated clause (``could not
beat``) is not read.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.facts import Fact
from quizcli.draft.people import Cast
from quizcli.draft.quotes import Sentence


class FactFinder(Protocol):
    """What score reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    cast: Cast
    event: str | None

    def negated(self, sentence: Sentence, position: int) -> bool: ...

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...


SIDE = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der))*?"
LAST_SIDE = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|van|von|der))*"  # greedy: ends the clause
_SET = r"\d{1,3}[-–]\d{1,3}(?:\s*\(\d{1,2}(?:[-–/]\d{1,2})?\))?"
_SCORE = rf"(?P<score>{_SET}(?:(?:,\s*|\s+|,?\s+and\s+){_SET}){{0,4}})(?![\d-])"
BEAT = (
    r"(?:beat|beats|defeated|defeats|overcame|edged|edged out|thrashed|routed|downed|saw off"
    r"|upset|upsets|ousted|outclassed|dispatched|eliminated|knocked out|demolished|crushed"
    r"|thumped|hammered|swept aside|brushed aside|swept past|cruised past|eased past|defeat"
    r"|dismissed|strolled past|breezed past|romped past|raced past|powered past|brushed past"
    r"|defeating|beating)"
)
DESCRIBED = r"(?:(?:[\w'’.-]+)\s+){0,4}?"  # "British 30th seed Dan Evans"
# "Federer, already a five-time champion, demolished Israel's Dudi Sela 6-3 6-2 6-2": the
# winner is the sentence's subject (the athlete the finder gives the verb to).
# "Carlos Berlocq of Argentina", "Michaella Krajicek of the Netherlands"
OF_NATION = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
# "beat X in straight sets, 6-1 6-2", "beat X in five sets 6-4 3-6 ..."
IN_SETS = r"(?:\s+in\s+(?:straight|two|three|four|five)\s+sets,?)?"
_SCORE_HINT = re.compile(r"\d[-–]\d")  # what a sentence holding a score holds
_BEATEN = re.compile(rf"\b{BEAT}\s+{DESCRIBED}(?P<loser>{SIDE}){OF_NATION}{IN_SETS}\s+{_SCORE}")
# "West Ham United secured their first points with a 4-0 home win over Wolves": the winner
# is the subject, when the sentence names nobody else before the score.
_WIN_OVER = re.compile(
    rf"\ban?\s+{_SCORE}\s+(?:(?:home|away|opening|emphatic|comfortable|narrow)\s+)?"
    rf"(?:win|victory|triumph)\s+(?:over|against)\s+(?P<loser>{LAST_SIDE})"
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
        rf"(?P<loser>{SIDE})\s+(?:suffered|slumped\s+to|fell\s+to)\s+an?\s+{_SCORE}\s+"
        rf"(?:(?:home|away)\s+)?(?:defeat|loss)\s+(?:to|against|by)\s+(?:the\s+)?"
        rf"(?P<winner>{LAST_SIDE})"
    ),
)
_PATTERNS = (
    re.compile(rf"(?P<winner>{SIDE})\s+{BEAT}\s+{DESCRIBED}(?P<loser>{SIDE}){IN_SETS}\s+{_SCORE}"),
    re.compile(  # "Spain won the final 1-0 against England"
        rf"(?P<winner>{SIDE})\s+(?:won|triumphed|prevailed)\s+{_GAME}?{_SCORE}\s+"
        rf"(?:against|over|at)\s+(?P<loser>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<winner>{SIDE})(?:['’]s\b|(?<=s)['’])\s+{_SCORE}\s+(?:win|victory)\s+(?:over|against)"
        rf"\s+(?:the\s+)?(?P<loser>{LAST_SIDE})"
    ),
    # "big-hitting American Sam Querrey, who advanced with a 6-3 6-4 6-4 win over 28th seed
    # Guillermo Garcia-Lopez of Spain"
    re.compile(
        rf"(?P<winner>{LAST_SIDE}),\s+who\s+(?:[a-z]+\s+){{1,4}}?with\s+an?\s+{_SCORE}\s+"
        rf"(?:[a-z]+\s+)?(?:win|victory)\s+(?:over|against)\s+{DESCRIBED}(?P<loser>{LAST_SIDE})"
    ),
    # "A Ronaldo penalty helped Manchester United to a 0-1 win at bottom-placed Norwich City"
    re.compile(
        rf"\bhelped\s+(?P<winner>{LAST_SIDE})\s+to\s+an?\s+(?:[a-z-]+\s+){{0,2}}?{_SCORE}"
        rf"\s+(?:[a-z]+\s+)?(?:win|victory)\s+(?:over|against|at)\s+(?:the\s+)?"
        rf"(?:[a-z-]+\s+)?(?P<loser>{LAST_SIDE})"
    ),
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
# "Leeds drew 1-1 with Everton", "Leeds and Everton drew 2-2", "Leeds were held to a 0-0
# draw by Everton", "Leeds played out a 1-1 draw with Everton": a level score, no winner.
_DRAWS = (
    re.compile(
        rf"(?P<first>{SIDE})\s+(?:drew|draw|tied)\s+(?P<score>\d{{1,3}}[-–]\d{{1,3}})"
        rf"\s+(?:with|against)\s+(?:the\s+)?(?P<second>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<first>{SIDE})\s+and\s+(?:the\s+)?(?P<second>{SIDE})\s+(?:drew|tied)\s+"
        rf"(?P<score>\d{{1,3}}[-–]\d{{1,3}})(?![\d-])"
    ),
    re.compile(
        rf"(?P<first>{SIDE})\s+(?:were|was)\s+held\s+to\s+an?\s+(?P<score>\d{{1,3}}[-–]\d{{1,3}})"
        rf"\s+draw\s+by\s+(?:the\s+)?(?P<second>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<first>{SIDE})\s+(?:played\s+out|played\s+to|earned|secured|ground\s+out)\s+an?"
        rf"\s+(?:[a-z-]+\s+)?(?P<score>\d{{1,3}}[-–]\d{{1,3}})\s+draw\s+(?:with|against)\s+"
        rf"(?:the\s+)?(?P<second>{LAST_SIDE})"
    ),
)
_LEADING = re.compile(r"^(?:The|But|And|So|Yet|However|Meanwhile|Then|After|When|As)\s+")


_WHEN = re.compile(
    r"^(?:(?:On|In|At|By|Last|This|Earlier|Later|Today|Yesterday|Tonight|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s+)+"
)


_NO_SIDES = frozenset({"he", "she", "they", "it", "no", "nos", "no.", "number"})


def side_of(finder: FactFinder, text: str) -> str | None:
    """A winner or loser as printed: a person's full name when the cast knows the surname,
    a club as written; None for a country word or a lone unknown first word."""
    from quizcli.draft.nations import has_country, is_place_word

    text = _WHEN.sub("", _LEADING.sub("", text.strip()))  # "On Sunday Arsenal": Arsenal
    # "Brazil's Rogerio Dutra Silva", "Great Britain's Rajiv Ouseph"
    owner = re.match(r"((?:[A-Z][\w-]*\s+){0,2}[\w-]+)['’]s\s+", text)
    if owner and (is_place_word(owner[1]) or has_country(tuple(owner[1].split()))):
        text = text[owner.end() :]
    nationality = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text)  # "American Sam Querrey"
    while nationality and is_place_word(nationality[1]) and len(text.split()) > 2:
        text = text[nationality.end() :]  # also "American American CoCo Vandeweghe"
        nationality = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text)
    words = tuple(text.split())
    if not words or has_country(words) or text.casefold() in _NO_SIDES:
        return None  # a country, a pronoun, or "No" of "No. 3 San Jacinto College" (a rank)
    if len(words) <= 3:
        person = finder.cast.resolve(words)
        if person:
            return person
    return text


def find_scores(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The match results one sentence states, as ``score`` facts (winner, (loser, score))."""
    text = sentence.masked
    if not _SCORE_HINT.search(text):
        return []
    facts = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if finder.negated(sentence, match.start("score")):
                continue
            winner = side_of(finder, match["winner"])
            loser = side_of(finder, match["loser"])
            score = re.sub(r"\s+", " ", match["score"].replace("–", "-")).strip(" ,")
            if winner and loser and winner != loser and not _draw(score):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    for pattern in _LOST if not facts else ():
        for match in pattern.finditer(text):
            score = re.sub(r"\s+", " ", match["score"].replace("–", "-")).strip(" ,")
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
            winner = subject_of(finder, sentence, match.start())
            loser = side_of(finder, match["loser"])
            score = re.sub(r"\s+", " ", match["score"].replace("–", "-")).strip(" ,")
            if finder.negated(sentence, match.start("score")) or _draw(score):
                continue
            if winner and loser and not same_side(finder.cast, winner, loser):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    if not facts:
        facts = _wins_over(finder, sentence)
    if not facts:
        facts = _coached(finder, sentence) + _draws(finder, sentence)
    return facts


def _coached(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """``Dortmund coach Klopp ... the 2-1 win over Stuttgart``: the coach's side won, when
    it opens the sentence (after ``The``/``But``) and is not a person."""
    text = sentence.masked
    start = _LEADING.match(text)
    match = _COACHED.match(text, start.end() if start else 0)
    if match is None or finder.negated(sentence, match.start("score")):
        return []
    if finder.cast.resolve(tuple(match["winner"].split())) in finder.cast.people():
        return []  # "Smith coach ...": a person's coach, not a side's
    winner = side_of(finder, match["winner"])
    loser = side_of(finder, match["loser"])
    score = re.sub(r"\s+", " ", match["score"].replace("–", "-")).strip(" ,")
    if not winner or not loser or winner == loser or _draw(score):
        return []
    return [Fact("score", winner, finder.event, (loser, score), sentence, match[0])]


def _draws(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """Level scores with both sides named, as ``draw`` facts (first side, (second, score))."""
    text, facts = sentence.masked, []
    for pattern in _DRAWS:
        for match in pattern.finditer(text):
            score = match["score"].replace("–", "-")
            if not _draw(score) or finder.negated(sentence, match.start("score")):
                continue
            first = side_of(finder, match["first"])
            second = side_of(finder, match["second"])
            if first and second and not same_side(finder.cast, first, second):
                facts.append(Fact("draw", first, finder.event, (second, score), sentence, match[0]))
    return facts


def subject_of(finder: FactFinder, sentence: Sentence, end: int) -> str | None:
    """The winner of ``... beat X 6-2 6-2`` when it is the sentence's subject: the one person
    named before ``end``, opening the sentence (after a dateline, ``NEW YORK (Reuters) -``,
    and a title, ``World number one``), or (nobody named) the person a pronoun or description
    at its start refers to. A venue or competition (``at the U.S. Open``) does not count;
    anyone else named before the verb (a byline, a rival, a club) leaves the winner untold."""
    from quizcli.draft.anaphora import is_anaphor
    from quizcli.draft.people import is_possessive, name_runs

    text = sentence.masked
    dateline = _DATELINE.match(text)
    start = dateline.end() if dateline and dateline.end() < end else 0
    head = text[start:end]
    runs = [
        r
        for r in name_runs(head, finder.cast.lowercase)
        if not is_possessive(head, r)
        and not (finder.cast.resolve(r.words) is None and _VENUE.search(head, 0, r.start))
        and not _AT.search(head, 0, r.start)  # "at Flushing Meadows": a place, named or not
        and not _SINCE.search(head, 0, r.start)  # "the first champion since Lennox Lewis"
    ]
    opener = _LEADING.sub("", head.lstrip())
    title = _TITLE.match(opener)
    if title:  # "Top seed Carlos Mendes": the title's words are no one else
        runs = [r for r in runs if r.start >= len(head) - len(opener) + title.end()]
        opener = opener[title.end() :]
    if not runs:
        return sentence.focus if is_anaphor(head) else None
    named = {finder.cast.resolve(r.words) for r in runs}
    if len(named) != 1 or None in named or not opener.startswith(head[runs[0].start : runs[0].end]):
        return None
    return named.pop()  # not a pronoun's referent: "Djokovic ... as he strolled past X 6-1"


# "NEW YORK (Reuters) - ", "(March 18, 2016) INDIAN WELLS, California – "
_DATELINE = re.compile(
    r"(?:\([^()]{1,40}\)\s*)?[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w .]{1,30}?)?"
    r"(?:\s*\([^()]{1,30}\))?\s*[-–—]\s*"
)
_VENUE = re.compile(r"\b(?:at|in|on|to|of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)?$")
# "of the Premier League season", "at the Etihad": a competition or a ground, not a side
_COMPETITION = re.compile(r"\b(?:of|in|at)\s+the\s+(?:[A-Z][\w'’-]*\s+){1,3}")
_AT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")
_SINCE = re.compile(r"\bsince\s+$")
_TITLE = re.compile(
    r"(?:(?:[Ww]orld\s+)?(?:number|No\.)\s+\w+|(?:[Tt]op|\w+)\s+seed|(?:[Dd]efending|[Rr]eigning"
    r"|[Ff]ormer|Olympic|[Ww]orld)\s+champion)\s+"
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
    head = _LEADING.sub("", text[: match.start()])
    opener = re.match(rf"(?P<side>{LAST_SIDE})\s+[a-z]", head)
    rest = _COMPETITION.sub(" ", head[opener.end("side") :]) if opener else ""
    if not opener or re.search(r"\b[A-Z]", rest):
        return []  # nobody opens the sentence, or someone else is named before the score
    if finder.negated(sentence, match.start("score")):
        return []
    winner = side_of(finder, opener["side"])
    loser = side_of(finder, match["loser"])
    score = re.sub(r"\s+", " ", match["score"].replace("–", "-")).strip(" ,")
    if winner and loser and winner != loser and not _draw(score):
        return [Fact("score", winner, finder.event, (loser, score), sentence, match[0])]
    return []


def same_side(cast: Cast, one: str, other: str) -> bool:
    """Whether two printed sides are one: equal, or one a lone word and the other's last
    (``Djokovic``, ``Novak Djokovic``); ``Stoke City`` and ``Hull City`` are two."""
    if one == other:
        return True
    single = len(one.split()) == 1 or len(other.split()) == 1
    return single and cast.key(one) == cast.key(other)


def _winner_first(score: str) -> bool:
    """Whether a score reads from the winner's side: more sets (or goals) first."""
    sets = re.findall(r"(\d+)-(\d+)", re.sub(r"\([^)]*\)", "", score))
    won = sum(1 for a, b in sets if int(a) > int(b))
    return won > len(sets) - won and all(a != b for a, b in sets)


def _draw(score: str) -> bool:
    """A single level score (``1-1``) names no winner."""
    sets = re.findall(r"(\d+)-(\d+)", score)
    return len(sets) == 1 and sets[0][0] == sets[0][1]
