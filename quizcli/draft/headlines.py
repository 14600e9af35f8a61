"""A winner a headline states: ``Cole wins Lakeside Marathon``, ``Ana Ruiz claims the 2024
Harbour Marathon``, ``Odermatt wins Wengen downhill as Kilde crashes out``.

A headline is read for little else (the story says it again, in full), but a winner it
names may be told below only in a form not read (``take out the opening stage``). Only one
form is read: a person the article names opens the headline (a nationality or ``Q&A:``
aside), a verb of winning in the present follows, and right after it a race with a name or
a discipline (``events_in``), ending the headline or its clause (its year, ``title`` or
``crown`` aside), or a title by its name (``Haye wins WBA heavyweight title``: a name in
capitals, never only ``World`` or ``Olympic``, a class in lower case, ``title`` or
``crown``). In an article naming a sex (``the women's final``), the race must carry its
own: ``Gaultier Wins British Open`` over a report of the men's and the women's titles is
one of two winners.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in, without_sex
from quizcli.draft.facts import Fact
from quizcli.draft.headline_beats import HINT as BEATS_HINT
from quizcli.draft.headline_beats import headline_beats
from quizcli.draft.index import SentenceIndex
from quizcli.draft.kinds_of_race import headline_kind_race, kind_race_won
from quizcli.draft.quotes import Sentence


class Finder(Protocol):
    """What reading a headline's winner needs of the fact finder (``results.FactFinder``)."""

    sexes_named: bool
    sexed_races: set[str]

    def index(self, sentence: Sentence) -> SentenceIndex: ...


_WINS_HINT = re.compile(
    r"\b(?:[Ww]ins|[Cc]laims|[Cc]aptures|[Cc]linches|[Rr]etains)\s|\s[a-z]+s\s+to\s"
)
# "Sagan sprints to stage five victory", "Hassan storms to victory in women's marathon": a
# headline's win told by how it was won, in the present tense
_TO_WIN = re.compile(
    r"\s+(?:[Ss]prints|[Ss]torms|[Pp]owers|[Rr]aces|[Ss]urges|[Cc]ruises|[Cc]harges|[Ss]peeds"
    r"|[Rr]omps|[Ss]oars|[Rr]ides|[Dd]ashes|[Ss]treaks|[Ss]wims|[Ee]dges|[Gg]lides|[Ss]ails)"
    r"\s+to\s+(?P<first>(?:victory|win|gold)\s+in\s+)?(?:[Tt]he\s+)?(?:(?:[Ww]o)?[Mm]en['’]s\s+)?\Z"
)
_WIN_AFTER = re.compile(r"\s+(?:[Vv]ictory|[Ww]in|[Tt]itle|[Gg]old|[Cc]rown)\b")
HINT = re.compile(f"{_WINS_HINT.pattern}|{BEATS_HINT.pattern}")
_WINS = re.compile(
    r"\s+(?:[Ww]ins|[Cc]laims|[Cc]aptures|[Cc]linches)\s+(?:[Tt]he\s+)?(?:(?:19|20)\d\d\s+)?\Z"
)
# after the race: the headline's end or a clause of its own ("as Kilde crashes out")
_RACE_END = re.compile(
    r"(?:\s+(?:(?:19|20)\d\d|[Tt]itle|[Cc]rown))?"
    r"(?:\s*\Z|\s*[-–—|:;,]\s|\s+(?:as|after|with|while|in|at|on|for)\s)"
)
# A title by its name, when no race is named: "Haye wins WBA heavyweight title", "Lind claims
# World Allround crown" (a name, a class in lower case, then "title" or "crown")
_TITLE = re.compile(
    r"\s+(?:[Ww]ins|[Cc]laims|[Cc]aptures|[Cc]linches|[Rr]etains)\s+(?:[Tt]he\s+)?"
    r"(?:(?:19|20)\d\d\s+)?(?P<title>(?P<name>(?:[A-Z][\w'’-]*\s+){1,3})(?:[a-z][a-z-]*\s+){0,2}"
    r"(?:[Tt]itle|[Cc]rown))(?=\s*\Z|\s*[-–—|:;,]\s|\s+(?:as|after|with|while|in|at|on|for)\s)"
)
# Words that name no title on their own ("Bolt wins World title", "X claims Grand Slam crown")
GENERIC = frozenset(
    "World European Commonwealth National Olympic Asian African American British Grand Slam "
    "Major Junior Senior Indoor Outdoor Open Pan Continental Tour Season".split()
)
_OPENER = re.compile(r"(?:[\w&]+:\s+)?(?:[A-Z][a-z]+\s+)?")  # "Q&A: ", "Kenyan "
_SEX = re.compile(r"^(?:men|women)['’]s ")


def headline_wins(finder: Finder, sentence: Sentence) -> list[Fact]:
    """The winner one headline states, as a ``medal`` fact of its race (else none); else
    one it states by a rival beaten (``headline_beats``)."""
    return _wins(finder, sentence) or headline_beats(finder, sentence)


def _wins(finder: Finder, sentence: Sentence) -> list[Fact]:
    """``Cole wins Lakeside Marathon``: the winner, as a ``medal`` fact of its race."""
    text = sentence.masked
    if len(text) > 200 or not _WINS_HINT.search(text):
        return []
    index = finder.index(sentence)
    if not index.runs or not index.names[0]:
        return []
    start = index.starts[0]
    if not _OPENER.fullmatch(text, 0, start):
        return []  # someone or something else opens the headline
    for race in events_in(text):
        end = race.end()
        to_win = _TO_WIN.fullmatch(text, index.ends[0], race.start())
        if to_win and not to_win["first"]:  # "sprints to stage five victory": the win after
            after = _WIN_AFTER.match(text, end)
            end = after.end() if after else -1
        if end < 0 or not (to_win or _WINS.fullmatch(text, index.ends[0], race.start())):
            continue
        if not _RACE_END.match(text, end):
            return []
        event = event_name(race)
        if finder.sexes_named and not _SEX.match(event):
            return []  # maybe one of two races of one name (a women's told below): which?
        return [Fact("medal", index.names[0], event, 1, sentence, race[0])]
    kind = None if finder.sexes_named else kind_race_won(text, index.ends[0])
    if kind:  # "Reed wins truck race": a race named by its kind only
        return [Fact("medal", index.names[0], kind, 1, sentence, kind)]
    title = _TITLE.match(text, index.ends[0])
    if title is None or set(title["name"].split()) <= GENERIC or finder.sexes_named:
        return []  # (a title without its sex, in an article naming one: which?)
    if index.names_between(title.start("title"), title.end("title"))[0]:
        return []  # "Kerr wins Tom Pike title": someone's, not a title by its name
    return [Fact("medal", index.names[0], title["title"], 1, sentence, title["title"])]


def headline_race(sentences: list[Sentence]) -> str | None:
    """The one race the article's headline names (``Odermatt wins Wengen classic downhill as
    Kilde crashes out``: the downhill), for the sentences before the story names its own;
    None when the headlines (headings among the first paragraphs) name none, or the first
    naming one names several. A web address heading the text (the page it was saved from)
    is no headline, and the first paragraphs are counted after it."""
    skipped = 0
    for sentence in sentences:
        if sentence.paragraph > 2 + skipped:
            return None
        if sentence.heading and _ADDRESS.fullmatch(sentence.masked):
            skipped = sentence.paragraph + 1
        elif sentence.heading:
            names = {event_name(match) for match in events_in(sentence.masked)}
            kind = None if names else headline_kind_race(sentence.masked)
            if kind:  # "Reed wins truck race": a race named by its kind only
                return kind
            if names:  # (a heading naming none is a site's menu or kicker: "Print", "Sport")
                return names.pop() if len(names) == 1 else None
    return None


_ADDRESS = re.compile(r"\s*https?://\S+\s*")  # a page's address alone (no spaces: linear)


def sexed_races(named: Iterable[list[re.Match[str]]]) -> set[str]:
    """The races (without their sex) named with a sex among the sentences' ``events_in``
    matches: ``women's 100m`` names ``100m``."""
    names = (event_name(match) for events in named for match in events)
    return {without_sex(name) for name in names if _SEX.match(name)}
