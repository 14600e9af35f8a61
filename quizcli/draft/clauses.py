"""Clause-level patterns of race sentences, for ``results``: what denies a result (``has
not won``), what makes a time a record or a margin rather than a result, what wins a title,
whose a participle clause is (``..., while Levell won, clocking 19.84``), where a list of
names ends, whether a race's sex contradicts the sentence's people, and who was beaten
(``overcame world champion Justin Gatlin to win``: the win is not Gatlin's).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from quizcli.draft.events import DISCIPLINE
from quizcli.draft.leads import Led

if TYPE_CHECKING:
    from quizcli.draft.index import SentenceIndex

NEGATION = re.compile(
    r"n['’]t\b|\b(?:not(?!\s+long\b)|never|no longer|failed to|yet to|without|unable to"
    r"|(?-i:[Nn]or)"  # "nor", never Norway's code: "Ingebrigtsen (NOR) 3:28.24"
    r"|missed out|denied|instead of|would have|could have|hop(?:e|es|ed|ing) to|aim(?:s|ed)? to"
    r"|want(?:s|ed)? to|bid to"
    r"|bid for|chance to|if"
    # what is only looked forward to: "is expected to win", "the favourite to win", "will try"
    r"|(?P<ahead>expected to|tipped to|favou?rites? to|set to|going to|(?-i:will)|plans? to"
    r"|planning to|tr(?:y|ies|ying) to|look(?:s|ing)? to|poised to|intend(?:s|ing)? to))\b",
    re.I,
)
# After what is looked forward to, what has happened: "The Serb will meet him after Nishioka
# upset Evans 6-4 6-3 6-4" (the upset is no wish).
_HAPPENED = re.compile(r"\s(?:after|because|since|when|now that)\s")


def denied(text: str, start: int, position: int) -> bool:
    """Whether ``text[start:position]`` (a clause before a fact) denies or only wishes it: a
    word of NEGATION, but for a forward-looking one (``will``, ``expected to``) followed by
    ``after`` and what happened."""
    for match in NEGATION.finditer(text, start, position):
        if not match["ahead"] or not _HAPPENED.search(text, match.end(), position):
            return True
    return False


# Every match of NEGATION holds one of these (in lower case), so a clause holding none is
# not searched (tests/test_draft_speed.py checks each alternative of NEGATION is covered).
NEGATION_WORDS = (
    *("n'", "n’", "not", "never", "no longer", "failed to", "yet to", "without", "nor"),
    *("unable to", "missed out", "denied", "instead of", "would have", "could have", "hope"),
    *("aim", "want", "bid ", "chance to", "if", "hoping", "expected to", "tipped to", "favo"),
    *("set to", "going to", "will", "plan", "try to", "tries to", "trying to", "look"),
    *("poised to", "intend"),
)
# A time that is someone's record or an old mark, not a result of the race reported.
RECORD_TIME_BEFORE = re.compile(
    r"\b(?:record|best|mark|PB|PR|SB|standard|target|qualifying)\s+(?:of|was|is|stood at"
    r"|stands at|at)\s*$|\b(?:record|best)\s*[(:–—-]?\s*$|\b(?:under|below|inside|outside|beneath"
    r"|than|previous|old|former)\s+$"
    r"|\bsub\s*-?\s*$",  # "a sub-8:00 time": a target, not a result
    re.I,
)
RECORD_TIME_AFTER = re.compile(
    r"\s*[),]?\s*(?:(?:was|were|had been|has been)\s+)?(?:set|run|established|held|clocked)\s+by\b"
    r"|\s*(?:barrier|mark)\b",
    re.I,
)
SUBJECT_CLAUSE = re.compile(
    r"\s*(?:running|clocking|timing|finishing|crossing the line|stopping the clock|in a time"
    r"|winning|taking|setting)\b"
)
OWN_RECORD = re.compile(
    r"\b(?:set|sets|setting|ran|clocked|clocking|with|in)\s+(?:a|an|his|her)\s+(?:new\s+)?"
    r"(?:personal|season['’]?s?|lifetime)\s+(?:record|best)\s+(?:of\s+)?$",
    re.I,
)
MARGIN_BEFORE = re.compile(
    r"(?:\b(?:at|by|until|from|to|gap of|margin of|separated by)|\+)\s*"
    r"(?:(?:only|just|a mere|a|barely|nearly|almost|about|some)\s+)?$",
    re.I,
)
MARGIN_AFTER = re.compile(
    r"\s*(?:seconds?|secs?|s)?\s*(?:behind|back|clear|adrift|ahead|faster|slower|off|quicker"
    r"|better|down|up|outside|inside|short)\b",
    re.I,
)


def other_sex(event: str, index: SentenceIndex | None) -> bool:
    """Whether a sentence about a woman is given a men's race, or the other way round."""
    if index is None:
        return False
    if event.startswith("men's"):
        return index.women and not index.men
    if event.startswith("women's"):
        return index.men and not index.women
    return False


TITLE = Led(
    re.compile(
        r"\b(?:won|wins|claimed|took)\s+(?:the\s+)?(?:(?:men|women)['’]s\s+)?(?:Olympic\s+)?"
        r"(?:(?:\d{1,3},\d{3}|\d{2,5})\s*-?\s*(?:m|metres?|meters?|meter|metre)"
        r"(?:\s+(?:" + DISCIPLINE + r"))?|(?:half[- ])?marathon|stage\s+\d{1,2}|downhill|slalom"
        r"|super-G|time trial|road race|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Grand\s+Prix)\b"
        r"(?:\s+(?:title|final|gold))?"
        r"(?![\w-]|\s+(?:silver|bronze|medal|heat|semi))"  # "won 10,000m silver" is no gold
    ),
    "won|wins|claimed|took",
)


MAIN_CLAUSE = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas)|\bwhile|\bwhereas|;)\s+")
PAIR = re.compile(r"\s*(?:,|and|&)\s*$")


@functools.lru_cache(maxsize=16)
def _main_clause_ends(text: str) -> tuple[int, ...]:
    """Where each main clause's opening words end in a sentence (0 first), read once for
    all its values: a match never straddles a clause's start, just after a comma."""
    return (0, *(match.end() for match in MAIN_CLAUSE.finditer(text)))


def main_subject(index: SentenceIndex, text: str, clause: int) -> str | None:
    """The subject of the main clause a participle clause at ``clause`` hangs on: the person
    opening the last main clause before it; None for a pair (``A and B were third``)."""
    ends = _main_clause_ends(text)
    opened = ends[bisect.bisect_right(ends, clause) - 1]  # the last one ending by ``clause``
    first = bisect.bisect_left(index.starts, opened)
    last = bisect.bisect_left(index.starts, clause)
    runs = list(zip(index.runs[first:last], index.names[first:last], strict=True))
    while runs and not runs[0][1]:
        runs = runs[1:]  # "In Chamonix, Kroell ...": places are no subject
    if not runs or not runs[0][1]:
        return None
    run, name = runs[0]
    if len(runs) > 1 and PAIR.fullmatch(text[run.end : runs[1][0].start]):
        return None  # "Taylor and Kerr finished third, ...": whose?
    return name


def list_clause(names: str) -> str:
    """A list of names up to the end of its clause: ``A and B, while C ...`` -> ``A and B``."""
    return re.split(
        r",\s*(?:and|while|but|with|as|after|before)\s|;|\s(?:took|won|was|were)\s", names
    )[0]


# "overcame world champion Justin Gatlin", "edged out local favourite Su", "beating the
# defending champion Dostal": the verb, a few words describing the name, then the name
_BEATING = Led(
    re.compile(
        r"\b(?:beat|beats|beating|overcame|overcomes|overcoming|defeated|defeats|defeating"
        r"|edged|edges|edging|outsprinted|outkicked|outran|outpaced|pipped|held\s+off"
        r"|holding\s+off|holds\s+off|saw\s+off|seeing\s+off|denied"
        # ("was passed by X": X passed; never read as beating)
        r"|(?:passed|passing|overtook|overtaking)(?![^.,;]{0,30}\bby\b))(?:\s+out)?\s+"
        r"(?:[\w'’-]+\s+){0,4}$"
    ),
    "beat|overc|defeat|edg|out|pipped|held|holding|holds|saw|seeing|denied|pass|overt",
)
# after the beaten name, up to the result: "to win", "(10.20) to win in", ", and won", "by
# two shots to win" (the margin of the beating), "at the final corner to win" (where)
_TO_RESULT = re.compile(
    r"\s*(?:\([^()]{0,20}\)\s*)?(?:by\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|\d{1,2}(?:\.\d{1,3})?)\s+(?:strokes?|shots?|seconds?|points?|lengths?)\s*)?"
    r"(?:(?:on|at|in|into|out\s+of)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?[a-z]+\s*)?"
    r",?\s*(?:(?:to|and)\s+[^,;()]{0,40})?$"
)


def beaten_at(text: str, start: int, end: int, before: int) -> int | None:
    """Where the verb that beat the person named at ``start``..``end`` stands, when the
    result at ``before`` follows it (``A overcame B to win``: A's win, not B's); else None."""
    if not _TO_RESULT.match(text, end, before):
        return None
    beating = _BEATING.search(text, max(0, start - 60), start)
    return beating.start() if beating else None


# "as Skistad claimed", "while Kerr won": another clause, with a subject of its own
_NEW_SUBJECT = re.compile(r" (?:as|while|whereas) (?=[A-Z])")


def last_turn(text: str, start: int, end: int) -> int:
    """Where the last clause between ``start`` and ``end`` that a denial before it does not
    reach begins (``was not quickest ... but won``, ``could not respond as Skistad
    claimed``); -1 when none does."""
    turns = [m.start() for m in _NEW_SUBJECT.finditer(text, start, end)]
    return max(text.rfind(" but ", start, end), turns[-1] if turns else -1)


_APPOSITION = re.compile(r"\s*(?:a|an|the|his|her|their)\s+[a-z]")  # ", a training partner"


def outside_apposition(
    index: SentenceIndex, text: str, run: int, limit: int, name: str
) -> str | None:
    """``Blake, a training partner of Bolt under coach Glen Mills, made ... to win in
    9.92``: a name inside an apposition is not the subject; the name before it is."""
    start = index.clause_start(index.runs[run].start)
    if not start or not _APPOSITION.match(text, start, start + 12):
        return name
    close = text.find(",", index.runs[run].end, limit)
    if close < 0:
        return name  # the clause runs on to the value: the name is the clause's own
    outer = index.last_named_run(start - 1)
    if outer >= 0 and not text[index.runs[outer].end : start - 1].strip():
        return index.names[outer]
    return None
