"""Golf scores: a round (``carded a two-under 70``, ``a final-round 65``, ``a round of 68``)
and a total against par (``finished at 13 under par``, ``to finish 5-under``, ``finished in a
tie for third at 4-under``, ``a winning score of 13 under par``, ``a 12-under-par total of
276``).

Read only in a golf report (an article that speaks of par, birdies, bogeys, putts or
strokes at least twice: ``finished 11 under, four strokes clear``). A total's strokes are
kept when written with it (``finished at 16-under 264``, ``a 15-under total of 269``: "16
under par (264)"); a total told after a place in the past (``was fifth at 3-under``) is
one, ``is fifth`` a standing. Runners-up: ``won the Open by two shots from A and B``
makes A and B second (``runners_up``). A round counts when a verb of scoring ties it to the
player (``shot``, ``carded``, ``completed``...; its score against par may stand before or
after its name: ``a final-round five-under par 67``) or it is ``a round of N``; its strokes
must be a plausible round (59 to 89). A total counts only after a verb that ends the
tournament (``finished``, ``won``, ``ended``) or as a ``winning score``/``total``: ``was 3
under for the day`` or ``at 5 under through 12 holes`` is a running score, not a result,
and is not read.
"""

from __future__ import annotations

import bisect
import re
from typing import Protocol

from quizcli.draft.editions import another_edition
from quizcli.draft.facts import Fact
from quizcli.draft.index import SentenceIndex
from quizcli.draft.kinds import told_often
from quizcli.draft.people import is_possessive
from quizcli.draft.quotes import Sentence


class FactFinder(Protocol):
    """What golf reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    event: str | None

    def negated(self, sentence: Sentence, position: int) -> bool: ...

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...

    def index(self, sentence: Sentence) -> SentenceIndex: ...


_GOLF = re.compile(
    r"(?=[pbefts])\b(?:par|birdies?|bogey(?:s|ed)?|eagles?|fairways?|putts?|tee|strokes?)\b"
)
_GOLF_WORDS = ("par", "birdie", "bogey", "eagle", "fairway", "putt", "tee", "stroke")
_NUMBER = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)
_TO_PAR = rf"(?:{_NUMBER}[- ](?:under|over)(?:[- ]par)?|level[- ]par|even[- ]par)"
_STROKES = (
    r"(?P<strokes>(?:59|[6-8]\d))"
    r"(?![\d-]|[.,:/]\d|\s*(?:%|per\b|yards?|metres|meters|feet|years))"
)
_ROUND_NAME = r"(?:(?P<which>opening|first|second|third|fourth|final|last|closing)[- ]round\s+)"
_ROUNDS = (
    re.compile(  # "carded a two-under 70", "fired a bogey-free final-round 65"
        r"\b(?:shot|shoots|shoot|carded|cards|fired|fires|signed for|completed|posted|returned"
        r"|closed\s+with|finished\s+with|carding|firing|shooting|posting)\s+an?\s+"
        r"(?:(?:bogey-free|superb|brilliant|stunning|impressive|fine|solid|steady|flawless)\s+)?"
        rf"(?:{_TO_PAR}\s+)?{_ROUND_NAME}?(?:{_TO_PAR}\s+)?{_STROKES}"  # "a final-round 5-under 67"
    ),
    re.compile(rf"\ban?\s+(?:{_TO_PAR}\s+)?{_ROUND_NAME}{_STROKES}"),  # "a final-round 65"
    re.compile(  # "a round of 68", "a third round of 66"
        rf"\ban?\s+(?:(?P<which>opening|first|second|third|fourth|final|last|closing)\s+)?"
        rf"round\s+of\s+{_STROKES}"
    ),
)
# A total of strokes over 54 or 72 holes, after the total against par ("16-under 264")
_SUM = r"(?:1[89]\d|2\d\d)(?!\d|[.,:/-]\d|\s*(?:%|yards|metres|meters|feet))"
# "finished in a tie for third at 4-under", "finished fifth on 3 under": a place, then the total
_PLACED = (
    r"(?:in\s+)?(?:an?\s+)?(?:(?:tie|share)\s+(?:of|for)\s+|tied\s+(?:for\s+)?|joint\s+)?"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s+place)?\s+"
)
_TOTAL = re.compile(
    rf"\b(?:(?P<finish>finish(?:ed|es|ing)?)|ended|ends|won|wins|closed|closes)\s+"
    rf"(?:the\s+\w+\s+)?(?:(?:{_PLACED})?(?:at|on)\s+|(?(finish)|(?!)))"  # "to finish 5-under"
    rf"(?P<total>{_TO_PAR})(?!\s+(?:for|through|thru|after|at\s+the|on\s+the\s+day)\b)"
    r"(?(finish)|(?!\s+overall\b))"  # "to finish 15-under overall", never "ended 5 under overall"
    rf"(?:\s+(?P<strokes>{_SUM}))?"  # "finished at 16-under 264": the strokes too
    # "Loren Roberts (74) was fifth at 8 under": a place told, then the total (never "is")
    rf"|\b(?:was|were)\s+{_PLACED}(?:at|on)\s+(?P<placed>{_TO_PAR})"
    r"(?!\s+(?:for|through|thru|after)\b)"
    # "Homa, Morikawa and Fleetwood tied for third at 4 under" (never "are tied": a standing)
    rf"|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)\btied\s+for\s+{_PLACED}(?:at|on)\s+"
    rf"(?P<tied>{_TO_PAR})(?!\s+(?:for|through|thru|after)\b)"
    rf"|\bwinning\s+(?:score|total)\s+of\s+(?P<winning>{_TO_PAR})"
    rf"|\ban?\s+(?P<before>{_TO_PAR})\s+(?:winning\s+)?total\b(?:\s+of\s+(?P<of>{_SUM}))?"
)
# "to capture the $5.25 million PGA Memorial by one stroke": a tournament won, by its name
_WON_BY_STROKES = re.compile(
    r"\b(?:won|wins|win|captured|captures|capture|claimed|claims|clinched|clinches|took"
    r"|takes)\s+the\s+(?:\$[\d.,]+\s*(?:million\s+)?)?"
    r"(?P<name>(?:[A-Z][\w'’.&-]*\s+){0,3}(?:Memorial|Open|Classic|Invitational|Championship"
    r"|Masters))\s+by\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|a|\d{1,2})\s+"
    r"(?:strokes?|shots?)\b"
)
# "to win the Open by two shots from South Koreans, A and B": the ones named after it were
# second (a tie for second when two); the win is the sentence's own (a medal read of it)
_BY_SHOTS_FROM = re.compile(
    r"\bby\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|a|\d{1,2})\s+"
    r"(?:strokes?|shots?)\s+(?:from|over)\s+(?:(?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s|compatriots|countrymen)\s*,?\s+)?"
)
# between the names after it, and after the last: "A (70), B and C." (a round in brackets)
_FROM_GAP = re.compile(r"(?:\s*\(\d{2}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_FROM_END = re.compile(r"(?:\s*\(\d{2}\))?\s*(?:[.;,]|\s+(?:in|at|on|with|after)\b|$)")
_BEFORE_WIN = re.compile(r"\b(?:who|which|after|before|since|when|having|once)\s+(?:had\s+)?$")
_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}


def is_golf(texts: list[str]) -> bool:
    """Whether an article is a golf report (two golf words at least)."""
    return told_often(texts, _GOLF_WORDS, _GOLF)


def find_golf(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """A golfer's round (``round`` facts, strokes) and total against par (``to par``
    facts, ``13 under par``) one sentence states."""
    text = sentence.masked
    facts, seen = [], set()
    for match in (m for pattern in _ROUNDS for m in pattern.finditer(text)):
        if match.end() in seen or finder.negated(sentence, match.start()):
            continue  # "carded a final-round 65" is read once
        seen.add(match.end())
        golfer = finder.athlete(sentence, match.start())
        if golfer:
            value = (match["strokes"], match["which"] or "")
            facts.append(Fact("round", golfer, finder.event, value, sentence, match[0]))
    for match in _TOTAL.finditer(text):
        if finder.negated(sentence, match.start()):
            continue
        golfer = finder.athlete(sentence, match.start())
        written = (
            match["total"]
            or match["winning"]
            or match["before"]
            or match["tied"]
            or match["placed"]
        )
        golfers = [golfer] if golfer else _pair(finder, sentence, match.start())
        for name in golfers:  # "Tom Frey and Al Ness finished in a tie for third at 4-under"
            strokes = match["strokes"] or match["of"]  # "16 under par (264)"
            total = f"{to_par(written)} ({strokes})" if strokes else to_par(written)
            facts.append(Fact("to par", name, finder.event, total, sentence, written))
    return facts


def _pair(finder: FactFinder, sentence: Sentence, verb: int) -> list[str]:
    """The golfers a sentence opens with, listed by commas and ``and``, right before the
    verb of their total at ``verb`` (``Tom Frey and Al Ness finished ... at 4-under``,
    ``Homa, Morikawa and Fleetwood tied for third at 4 under``); else none."""
    index, text = finder.index(sentence), sentence.masked
    count = bisect.bisect_right(index.ends, verb)
    if not 2 <= count <= 6 or index.runs[0].start > 3 or verb - index.runs[count - 1].end > 3:
        return []  # (a list of a few names, opening the sentence: read no further)
    runs, names = index.runs[0:count], index.names[0:count]
    if text[0 : runs[0].start].strip() or text[runs[-1].end : verb].strip():
        return []
    gaps = [text[a.end : b.start] for a, b in zip(runs, runs[1:], strict=False)]
    if gaps[-1] != " and " or any(gap != ", " for gap in gaps[:-1]):
        return []
    golfers = [name for name in names if name]
    return golfers if len(golfers) == len(runs) == len(set(golfers)) else []


def to_par(written: str) -> str:
    """A score against par as the draft prints it: ``13 under par``, ``2 over par``,
    ``level par``."""
    lowered = written.casefold().replace("-", " ")
    if lowered.startswith(("level", "even")):
        return "level par"
    number, side = lowered.split()[:2]
    return f"{_WORDS.get(number, number)} {side} par"


def golf_wins(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """A tournament won by a margin of strokes, named where it is won (``captured the PGA
    Memorial by one stroke``): its winner, as a ``medal`` fact of 1. Never one won before
    (``who won the Masters by two shots``) or in another year's edition."""
    text = sentence.masked
    if "stroke" not in text and "shot" not in text:
        return []
    facts = []
    for match in _WON_BY_STROKES.finditer(text):
        if _BEFORE_WIN.search(text, max(0, match.start() - 25), match.start()):
            continue
        if another_edition(text, match.start(), match.end()) or finder.negated(
            sentence, match.start()
        ):
            continue
        winner = finder.athlete(sentence, match.start())
        if winner:
            name = " ".join(match["name"].split())
            facts.append(Fact("medal", winner, name, 1, sentence, match[0]))
    return facts


def runners_up(finder: FactFinder, sentence: Sentence, wins: list[Fact]) -> list[Fact]:
    """Who a tournament's winner beat by a margin of strokes, named after it (``won the
    Open by two shots from A and B``): second, as ``place`` facts of the win's event. Read
    only in a sentence whose one win (``wins``, its ``medal`` facts of 1) is named before
    the margin, and when the names after it end their clause."""
    text = sentence.masked
    medals = [f for f in wins if f.kind == "medal" and f.value == 1]
    won = list({(f.athlete, str(f.event).casefold()): f for f in medals}.values())
    margin = _BY_SHOTS_FROM.search(text) if len(won) == 1 else None
    if margin is None or finder.negated(sentence, margin.start()):
        return []
    winner = won[0]
    index = finder.index(sentence)
    names: list[str] = []
    position = margin.end()
    for count in range(bisect.bisect_left(index.starts, position), len(index.runs)):
        run, name = index.runs[count], index.names[count]
        if run.start != position and not (names and _FROM_GAP.fullmatch(text, position, run.start)):
            break
        if name is None or is_possessive(text, run):
            return []
        names.append(name)
        position = run.end
    if not names or not _FROM_END.match(text, position) or winner.athlete in names:
        return []
    before = bisect.bisect_left(index.starts, margin.start())
    if not any(index.names[at] == winner.athlete for at in range(before)):
        return []  # the winner is named before the margin: "A won ... by two shots from B"
    return [Fact("place", name, winner.event, 2, sentence, margin[0]) for name in names]
