"""Horse race places: the runner-up, third, fourth... of the race whose winner
``horses.horse_wins`` reads, each a name the article shows as a horse.

Read only when the report has one such race, in the sentences from its winner's on (to the
next heading: another item of a page), each naming no other race, year or time (``the Irish
Grand National``, ``in 2019``, ``last month``, ``on his previous start``):

- ``from runner-up Red Harbour``, and a list after it: ``with Dusty Road third and Copper
  Kettle fourth``;
- a sentence opening on the horse, its place the first one told with a verb: ``Red Harbour,
  a nine-year-old gelding, stayed on to be second``, ``Dusty Road ran on for fourth``,
  ``Copper Kettle finished a brave fifth``, ``Red Harbour edged past Dusty Road to grab
  third`` (a horse passed may stand between; no clause of another subject: ``who``,
  ``while``, a comma, a name), and a list after it (``was second, Dusty Road third and
  Copper Kettle fourth``);
- an inverted one: ``Third was Dusty Road``; two told ``respectively``: ``Red Harbour and
  Dusty Road finished second and third, respectively``.

A place told by ``was``, ``took``, ``grab`` or in a list (not ``finished``) is read only in
a sentence naming no point of the race (``at halfway``, ``two out``, ``the last``): ``X was
second at halfway`` is no result. Never a rider or trainer (a name given a role, quoted or
shown riding), never the winner, never a horse given two places or a place given two
horses, never an ordinal of odds (``second favourite``, ``third in the betting``) or a fence
(``the second-last``), a place hoped for (``looked set to finish second``) or taken away
(``disqualified``). Facts are ``horse place`` facts (horse, race, place): "In what place did
Red Harbour finish in the Carlow Cup?".
"""

from __future__ import annotations

import itertools
import re

from quizcli.draft.facts import Fact
from quizcli.draft.horses import NAMED, RACE, RACE_WORDS, WORD
from quizcli.draft.ordinals import place_number
from quizcli.draft.quotes import Sentence

_ORD = r"(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|runner-up)"
# What may follow a place: the sentence's end or a comma, "and Y fourth", "for trainer X",
# "beaten a neck", "behind the winner", "in the two-mile showpiece" (never "second favourite",
# "the second-last", "second to halfway")
_TAIL = (
    r"(?=\s*(?:[,.;!?)]|\Z)|\s+(?:and|for|beaten|behind|ahead|under|with|place)\b"
    r"|\s+in\s+the\s+(?!betting|market|weights|ratings?|handicap|paddock|parade)[a-z])"
)
# A place right after its verb: "stayed on to be second", "finished a brave fourth",
# "came home a respectable ninth", "ran on for fourth", "to grab third", "was the runner-up"
_FINISHED = r"(?P<finished>finish(?:ed|ing)?|(?:came|come|coming)\s+home|(?:ran|stayed)\s+on\s+for)"
_PLACED = re.compile(
    rf"\b(?:{_FINISHED}|was|be|took|take|grab(?:bed)?|snatch(?:ed)?|claim(?:ed)?|secured?)"
    rf"\s+(?:(?:a|an|in|the)\s+)?(?:[a-z]+\s+)?{_ORD}{_TAIL}"
)
_RUNNER_UP = re.compile(rf"\b(?:from|over|beating|ahead\s+of)\s+runner-up\s+{NAMED}")
_LISTED = re.compile(rf"\bwith\s+{NAMED}\s+(?:in\s+)?{_ORD}{_TAIL}")
_LISTED_NEXT = re.compile(rf"(?:,?\s+and|,)\s+{NAMED}\s+(?:in\s+)?{_ORD}{_TAIL}")
_INVERTED = re.compile(
    r"(?P<ord>Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+(?:was|went\s+to)\s+"
    rf"{NAMED}(?=[,.;]|\s+(?:for|under|ridden|trained)\b)"
)
# "Red Harbour and Dusty Road, both Irish-trained, finished second and third, respectively"
_RESPECTIVELY = re.compile(
    rf"{NAMED}\s+and\s+(?P<other>{WORD}(?:\s+{WORD}){{0,3}})(?:,[^,;:.]{{1,100}},)?\s+"
    r"(?:finished|were|came\s+home)\s+"
    + _ORD
    + r"\s+and\s+(?P<next>"
    + _ORD.removeprefix("(?P<ord>")
    + r",?\s+respectively\b"
)
_OPENER = re.compile(
    rf"(?:(?:The\s+)?(?:[\w/-]+\s+){{0,2}}?(?:favourite|outsider|gelding|mare|filly|colt)\s+)?"
    rf"{NAMED}"
)
# Another time than the race's: a year, "last month", "on his previous start", "ago"
_ELSEWHEN = re.compile(
    r"(?<![\w-])(?:(?:19|20)\d\d|last|previous(?:ly)?|earlier|ago|before|since|prior|next"
    r"|former|career|seasons?|years?|months?|weeks?|outings?|starts?|renewals?|editions?"
    r"|yesterday|twice|times?|disqualified|demoted|promoted|relegated|reversed|amended)(?![\w-])"
)
# A point of the race: "at halfway", "two out", "the last", "approaching the straight"
_RUNNING = re.compile(
    r"(?<![\w-])(?:halfway|furlongs?|out|fences?|turn|straight|stage|early|led|lead|leading"
    r"|approaching|rounding|turning|jumping|entering|when|until|while|miles?|circuit|flights?"
    r"|hurdles?|obstacles?|jumps?|way|much|most|bulk|go|left|remaining)(?![\w-])"
)
# Another subject's clause, or a place only hoped for: "looked set to finish second"
_CLAUSE = re.compile(
    r"[,;:]|(?<![\w-])(?:who|which|whose|that|while|whereas|but|although|though|when|where"
    r"|set|bound|bid|bidding|course|looked|looking|like|seemed|threatened|would|could|might"
    r"|should|hoped|expected|poised|likely|tipped|fancied|trying|tried|going|if)(?![\w-])"
)
_CAPITALS = re.compile(rf"{WORD}(?:\s+{WORD}){{0,4}}")
_RACE_NAMED = re.compile(RACE)
# A piece of every place read (RACE_WORDS: of every race named; each searched only then)
_PLACE_WORDS = tuple("econd hird ourth ifth ixth eventh ighth inth enth unner-up".split())
_PASSED = re.compile(r"\b(?:past|passing|overhauled|outpaced|collared|pipped|caught)\s+\Z")
_PRONOUN = re.compile(r"(?<![\w-])(?:he|she|it)(?![\w-])")


def horse_places(sentences: list[Sentence], wins: list[Fact], shown: list[str]) -> list[Fact]:
    """The places of the other horses (of ``shown``: ``horses.runners``) in the one race
    whose winner ``wins`` (``horse`` facts) give, each a ``horse place`` fact (horse, race,
    place)."""
    races = {fact.event for fact in wins}
    if len(races) != 1 or not wins[0].event:
        return []
    race, winner = wins[0].event, wins[0].athlete
    horses = set(shown) - {winner}
    start = next(i for i, s in enumerate(sentences) if s is wins[0].sentence)
    told: dict[str, set[int]] = {}
    said: dict[str, Sentence] = {}
    for sentence in itertools.islice(sentences, start, None):
        if sentence.heading and sentence is not wins[0].sentence:
            break  # another item of the page
        if not any(word in sentence.masked for word in _PLACE_WORDS):
            continue
        if _elsewhen(sentence.masked, race):
            continue
        for horse, place in _placed(sentence.masked, horses):
            told.setdefault(horse, set()).add(place)
            said.setdefault(horse, sentence)
    by_place: dict[int, list[str]] = {}
    for horse, places in told.items():
        for place in places:
            by_place.setdefault(place, []).append(horse)
    return [
        Fact("horse place", horse, race, min(places), said[horse])
        for horse, places in told.items()
        if len(places) == 1 and len(by_place[min(places)]) == 1
    ]


def _elsewhen(text: str, race: str) -> bool:
    """Whether a sentence names another time or another race than ``race``."""
    if _ELSEWHEN.search(text):
        return True
    if not any(word in text for word in RACE_WORDS):
        return False
    for match in _RACE_NAMED.finditer(text):
        named = match["race"].removeprefix("The ")
        if not (race.endswith(named) or named.endswith(race)):
            return True
    return False


def _placed(text: str, horses: set[str]) -> list[tuple[str, int]]:
    """(horse, place) of every place the sentence tells of a known horse."""
    running = _RUNNING.search(text) is not None
    found: list[tuple[str, int]] = []
    if "runner-up" in text:
        found += [(match["name"], 2) for match in _RUNNER_UP.finditer(text)]
    if not running:
        for first in _LISTED.finditer(text) if "with" in text else ():
            listed: re.Match[str] | None = first
            while listed:
                found.append((listed["name"], place_number(listed["ord"])))
                listed = _LISTED_NEXT.match(text, listed.end())
        inverted = _INVERTED.match(text)
        if inverted:
            found.append((inverted["name"], place_number(inverted["ord"])))
        respectively = _RESPECTIVELY.match(text)
        if respectively:
            found.append((respectively["name"], place_number(respectively["ord"])))
            found.append((respectively["other"], place_number(respectively["next"])))
    found += _opened(text, horses, running)
    return [(horse, place) for horse, place in found if horse in horses]


def _opened(text: str, horses: set[str], running: bool) -> list[tuple[str, int]]:
    """(horse, place) when the sentence opens on a known horse and its first place told
    with a verb is the horse's own (nothing of another subject between), and the horses
    listed after it (``Red Harbour was second, Dusty Road third and Copper Kettle fourth``)."""
    opener = _OPENER.match(text)
    if opener is None or opener["name"] not in horses:
        return []
    placed = _PLACED.search(text, opener.end())
    if placed is None or (running and not placed["finished"]):
        return []
    begin = opener.end()
    if text.startswith(",", begin):  # "X, a veteran gelding prepared near Melbourne, ran on"
        close = text.find(",", begin + 1, placed.start())
        if close < 0 or _CAPITALS.match(text, begin + 2):
            return []
        begin = close + 1
    between = text[begin : placed.start()]
    if _CLAUSE.search(between) or len(between.split()) > 12:
        return []
    passed = False
    for words in _CAPITALS.finditer(between):
        if _PASSED.search(between, 0, words.start()):
            passed = True
        elif not between.endswith("the ", 0, words.start()) or words[0] in horses:
            return []  # another subject: "X led and Y was second"
    if passed and _PRONOUN.search(between):
        return []  # "X edged past Y as he took third": whose place?
    found = [(opener["name"], place_number(placed["ord"]))]
    listed = None if running else _LISTED_NEXT.match(text, placed.end())
    while listed:
        found.append((listed["name"], place_number(listed["ord"])))
        listed = _LISTED_NEXT.match(text, listed.end())
    return found
