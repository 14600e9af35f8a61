"""Horse races: the winner is the horse, never its jockey or trainer.

Read only in a racing report (``racing.is_horse_racing``). A sentence opening on a horse
and a win of a named race (one ending ``Cup``, ``National``, ``Derby``, ``Stakes``...):
``Silver Lantern landed a famous victory for trainer Tom Byrne and jockey Pat Kelly in the
Carlow Cup``, ``Silver Lantern powered to a thrilling win in the Carlow Cup for A and B``,
``Silver Lantern won the Carlow Cup``, and a headline ``Silver Lantern wins thrilling Carlow
Cup``. The one opening the sentence is taken for the horse only when the sentence credits
people with its win (``for trainer X and jockey Y``) or the article rides it (``X on Silver
Lantern``), and never when the article gives it a person's role or quotes it. Another
year's race (``the 2019 Carlow Cup``, ``last month's Carlow Cup``, ``in 1993`` after it) is
not read.

The other options are horses the article shows as horses: ``runner-up X``, ``with X third``,
``X, a veteran gelding``, ``X, one of three runners``, ``favourite X`` (a name opening on a
title, ``Mr Brightwater``, only when shown by what only a horse is: ``a veteran gelding``,
``a six-year-old``). Fewer than three: not asked. Facts are ``horse`` facts (horse, race,
(other horses)): "Which horse won the Carlow Cup?".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizcli.draft.facts import Fact
from quizcli.draft.people import Cast
from quizcli.draft.quotes import Sentence

WORD = r"[A-Z][\w'’-]*"  # a capitalised word of a horse's or a race's name
_NOT_HORSE = frozenset(
    "The A An In At On Of For But And As After Before When While With His Her Their Its "
    "This That It He She They We You Irish British English French Australian American "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
# A race with a name: "the Tooheys New Melbourne Cup", "the Randox Grand National"
RACE_WORDS = tuple(
    "Cup National Derby Oaks Guineas Stakes Chase Hurdle Plate Leger Handicap".split()
)
RACE = rf"(?P<race>(?:{WORD}\s+){{0,4}}(?:{'|'.join(RACE_WORDS)})(?![\w'’-]))"
_ADJECTIVES = r"(?:[a-z]+(?:-[a-z]+)?\s+){0,3}"
_WIN_NOUN = r"(?:triumph|victory|win|success)"
_HORSE = rf"(?P<horse>{WORD}(?:\s+{WORD}){{0,3}})"
# "landed an emotional triumph ... in the X", "powered to a thrilling victory in ... of the X"
_WON_IN = re.compile(
    rf"{_HORSE}\s+(?:(?:landed|claimed|secured|sealed|recorded|gained|notched)\s+"
    rf"(?:a|an|his|her|its)\s+{_ADJECTIVES}{_WIN_NOUN}"
    r"|(?:powered|stormed|romped|surged|galloped|charged|cruised|raced|swept|ran|sprinted"
    rf"|eased|coasted|bolted|strode)\s+to\s+(?:a|an|his|her|its)?\s*{_ADJECTIVES}{_WIN_NOUN})"
    rf"\b(?P<gap>[^.;:!?]{{0,120}}?)\s(?:in|of|at)\s+the\s+{RACE}"
)
_WON_THE = re.compile(rf"{_HORSE}\s+(?:won|captured|took|claimed|landed)\s+the\s+{RACE}")
_HEADLINE = re.compile(
    rf"{_HORSE}\s+(?:wins|claims|takes|lands|captures)\s+(?:the\s+)?{_ADJECTIVES}{RACE}\s*\Z"
)
# Another edition: "the 2019 Carlow Cup", "last month's", "in 1993" right after the race
_OTHER_BEFORE = re.compile(
    r"(?:(?:19|20)\d\d|last\s+\w+['’]s|previous|next|this\s+year['’]s)\s+(?:\w+\s+){0,5}\Z"
)
_OTHER_AFTER = re.compile(r"\s+(?:in|of)\s+(?:19|20)\d\d\b|\s+(?:last|next)\s+(?:year|month)")
_SPAN_OTHER = re.compile(r"\b(?:19|20)\d\d\b|\blast\s+(?:year|month|season)")
# People credited with the win: "for Irish trainer Dermot Weld and jockey Damien Oliver"
_CREDIT = re.compile(
    rf"\bfor\s+(?:[A-Z][a-z]+\s+)?(?:(?:trainer|jockey|owner|rider)\s+)?{WORD}\s+{WORD}"
    rf"(?:['’]s?)?(?:\s+and\s+(?:(?:trainer|jockey|owner|rider)\s+)?{WORD}\s+{WORD})?"
)
# What only a horse is: "Mr Brightwater, a veteran gelding", "the colt Sir Lancelot"
_BRED = re.compile(r"\b(?:gelding|mare|filly|colt|stallion|horse|chaser|\d+-year-old)\b")
_TITLES = frozenset("Mr Mrs Ms Miss Sir Lord Lady Dr".split())
# Horses shown as horses, wherever the article names them
NAMED = rf"(?P<name>{WORD}(?:\s+{WORD}){{0,3}})"  # a name of one to four words
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_SHOWN = (
    re.compile(rf"\brunner-up\s+{NAMED}"),
    re.compile(rf"\b(?:with|and)\s+{NAMED}\s+{_ORDINAL}\b"),
    re.compile(rf"\b(?:favourite|favorite|outsider|gelding|mare|filly|colt)\s+{NAMED}"),
    re.compile(
        rf"(?:^|[.;]\s+|\b(?:and|while|with|as|by|behind|past)\s+){NAMED},\s+"
        r"(?:a|an|the|one\s+of)\s+"
        r"[^.;:]{0,60}?\b(?:gelding|mare|filly|colt|stallion|horse|runners|favourite|chaser"
        r"|\d+-year-old)\b"
    ),
    re.compile(
        rf"\b(?P<rider>{WORD}\s+{WORD})\s+on\s+{NAMED}(?=[,.;]|\s+(?:in|at|to|as|was|on)\b)"
    ),
)


class Runners(NamedTuple):
    """The names an article shows as horses (in order of first mention, never a rider),
    those it shows ridden, and their riders."""

    horses: list[str]
    ridden: set[str]
    riders: set[str]


def runners(cast: Cast, sentences: list[Sentence]) -> Runners:
    """Every name the article shows as a horse (``runner-up X``, ``X, a gelding``, ``A on
    X``), and the names it shows ridden and riding."""
    ridden, riders = _ridden(sentences)
    return Runners([h for h in _horses(cast, sentences) if h not in riders], ridden, riders)


def horse_wins(cast: Cast, sentences: list[Sentence], shown: Runners | None = None) -> list[Fact]:
    """The horse winners of the races a racing report (``racing.told_racing``) names, each
    a ``horse`` fact whose value is the other horses the article shows (fewer than three:
    none); ``shown``: the article's ``runners``, when read already."""
    horses, ridden, riders = shown or runners(cast, sentences)
    # A headline's winner ("Silver Lantern wins Carlow Cup") names the horse alone: a body
    # sentence run together with the line before it ("... - Tom Byrne Silver Lantern
    # powered to victory in the Carlow Cup for ...") is read with that name
    headlined = [
        m["horse"] for s in sentences if s.heading for m in [_HEADLINE.match(s.masked)] if m
    ]
    facts: list[Fact] = []
    for sentence in sentences:
        found = None if sentence.heading else _winner(cast, sentence, ridden, headlined)
        if found is None:
            continue
        horse, race = found
        if horse in riders:
            continue  # a jockey "wins" the race too: never the horse
        others = tuple(h for h in horses if h != horse and h not in horse and horse not in h)
        if len(others) >= 3:
            facts.append(Fact("horse", horse, race, others[:3], sentence))
    return facts


def _winner(
    cast: Cast, sentence: Sentence, ridden: set[str], headlined: list[str]
) -> tuple[str, str] | None:
    """(horse, race) when the sentence opens on a horse's win of a named race (or names a
    headline's winner winning it)."""
    text = sentence.masked
    match = _WON_IN.match(text) or _WON_THE.match(text)
    horse = match["horse"] if match else ""
    if match is None:
        if not headlined:
            return None
        match = _WON_IN.search(text)
        named = [h for h in headlined if match and match["horse"].endswith(" " + h)]
        if match is None or not named:
            return None
        horse = named[0]
    race = match["race"]
    credited = _CREDIT.search(text, match.end("horse")) is not None
    if len(horse) < 2 or horse.split()[0] in _NOT_HORSE or not (credited or horse in ridden):
        return None
    if (
        not _horse_like(cast, horse)
        or "gap" in match.groupdict()
        and _SPAN_OTHER.search(match["gap"] or "")
    ):
        return None
    if _OTHER_BEFORE.search(text, match.end("horse"), match.start("race")):
        return None
    if _OTHER_AFTER.match(text, match.end("race")):
        return None
    return horse, race


def _horse_like(cast: Cast, name: str) -> bool:
    """Whether a name may be a horse: never one the article gives a person's role or
    shows speaking."""
    last = name.split()[-1]
    return last not in cast.roles and name not in cast.speaking and last not in cast.lone


def _titled_horse(cast: Cast, name: str, shown: str) -> bool:
    """Whether a name opening on a title (``Mr Brightwater``, taken for a person by it) is
    a horse: shown as one by what it is (``Mr Brightwater, a veteran gelding``), never
    quoted."""
    words = name.split()
    return (
        len(words) > 1
        and words[0] in _TITLES
        and name not in cast.speaking
        and _BRED.search(shown) is not None
    )


def _ridden(sentences: list[Sentence]) -> tuple[set[str], set[str]]:
    """Names the article shows ridden, and their riders: ``Damien Oliver on Media Puzzle``."""
    matches = [m for s in sentences for m in _SHOWN[-1].finditer(s.masked)]
    return {m["name"] for m in matches}, {m["rider"] for m in matches}


def _horses(cast: Cast, sentences: list[Sentence]) -> list[str]:
    """Every name the article shows as a horse, in order of first mention."""
    found: dict[str, int] = {}
    for sentence in sentences:
        if sentence.heading or " " not in sentence.masked:
            continue
        for pattern in _SHOWN:
            for match in pattern.finditer(sentence.masked):
                name = match["name"]
                if name.split()[0] in _NOT_HORSE:
                    continue
                if not _horse_like(cast, name) and not _titled_horse(cast, name, match[0]):
                    continue
                key = (sentence.paragraph, match.start("name"))
                found.setdefault(name, key[0] * 100000 + key[1])
    return sorted(found, key=found.__getitem__)
