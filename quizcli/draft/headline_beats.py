"""A winner a headline states through a rival beaten: ``Cole downs Reed to lift Harbour
Open trophy``, ``Cole tops Reed for Lakeside women's crown``, ``Cole beats Reed in Lakeside
Marathon final``.

Read as ``headlines.headline_wins`` reads ``Cole wins Lakeside Marathon``: a person the
article names opens the headline (a nationality or ``Q&A:`` aside), then a verb of beating
in the present (``beats``, ``downs``, ``tops``, ``edges``), the rival, and a win of a race
with a name or a discipline (``events_in``) ending the headline or its clause: ``to win``,
``to lift`` or ``to claim`` the race (a ``title``, ``trophy``, ``crown`` or ``gold`` after
it or not), ``for`` the race's title, crown, trophy or gold (never the race alone: ``for
Wimbledon`` is no win, ``for Wimbledon final`` a place in it), or ``in`` the race's
``final``. A win ``in`` the race without ``final`` (``beats Reed in Wimbledon``) is a
round, no title. The rival is second only when the race is its final (``in the Harbour
Open final``): a rival beaten on the way to a title (``beat Wales to win the Grand Slam``,
a league's title) may stand anywhere else.

A race named with its sex after it (``Lakeside women's title``) is that sex's. In an article
naming a sex, a race without its own is read only when the article never names that race
with a sex (then it is the one race of that name: ``100m`` beside a ``women's long jump``).
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in
from quizcli.draft.facts import Fact
from quizcli.draft.index import SentenceIndex
from quizcli.draft.quotes import Sentence


class Finder(Protocol):
    """What reading a headline's beaten rival needs of the fact finder."""

    sexes_named: bool
    sexed_races: set[str]

    def index(self, sentence: Sentence) -> SentenceIndex:
        """The names of ``sentence``, resolved to people."""


HINT = re.compile(
    r"\b(?:beats?|downs|tops|edges|defeats|stuns|overcomes|outlasts|upsets|outduels)\s"
)
# between the winner and the rival
_BEATS = re.compile(
    r"\s+(?:beats?|downs|tops|edges|defeats|stuns|overcomes|outlasts|upsets|outduels)\s+\Z"
)
# between the rival and the race: a win of it ("to lift", "for"; "in" only before "final")
_TO_WIN = re.compile(
    r"\s+(?P<how>to\s+(?:win|lift|claim|take|clinch|capture|seal)|for|in)\s+(?:the\s+)?"
    r"(?:(?:19|20)\d\d\s+)?\Z"
)
# after the race: its sex, what was won, then the headline's end or a clause of its own
_AFTER = re.compile(
    r"(?:\s+(?P<sex>(?:[Ww]o)?[Mm]en['’]s))?"
    r"(?:\s+(?P<won>[Tt]itle|[Tt]rophy|[Cc]rown|[Gg]old|[Ff]inal|[Vv]ictory|[Ww]in))?"
    r"(?:\s*\Z|\s*[-–—|:;,]\s|\s+(?:as|after|with|while|in|at|on|for)\s)"
)
_OPENER = re.compile(r"(?:[\w&]+:\s+)?(?:[A-Z][a-z]+\s+)?")  # "Q&A: ", "Kenyan "
_SEX = re.compile(r"^(?:men|women)['’]s ")


def headline_beats(finder: Finder, sentence: Sentence) -> list[Fact]:
    """The winner (and a final's runner-up) one headline states by a rival beaten, as
    ``medal`` and ``place`` facts of its race (else none)."""
    text = sentence.masked
    if len(text) > 200 or not HINT.search(text):
        return []
    index = finder.index(sentence)
    if (
        len(index.runs) > 1
        and _OPENER.fullmatch(text, 0, index.starts[0])
        and _BEATS.fullmatch(text, index.ends[0], index.starts[1])
    ):
        return _beaten(finder, sentence, index)
    return []


def _beaten(finder: Finder, sentence: Sentence, index: SentenceIndex) -> list[Fact]:
    """``Cole downs Reed to lift Harbour Open trophy``: the first name won; the second is
    second when the race is its final."""
    text = sentence.masked
    winner, rival = index.names[0], index.names[1]
    if not winner or not rival or winner == rival:
        return []
    tail = text[index.ends[1] :]  # (the races after the rival: never one read with it)
    for race in events_in(tail):
        how = _TO_WIN.fullmatch(tail, 0, race.start())
        if how is None:
            return []  # (the first race after the rival is the one won, or none is)
        after = _AFTER.match(tail, race.end())
        event = _event(finder, race, after)
        if event is None or after is None:
            return []
        won = (after["won"] or "").casefold()
        final = won == "final"
        if how["how"] == "in" and not final:
            return []  # "beats Reed in Wimbledon": a round, no title
        if how["how"] == "for" and won not in ("title", "trophy", "crown", "gold"):
            return []  # "for Wimbledon": no win told ("for Wimbledon final": a place in it)
        facts = [Fact("medal", winner, event, 1, sentence, race[0])]
        if final:
            facts.append(Fact("place", rival, event, 2, sentence, race[0]))
        return facts
    return []


def _event(finder: Finder, race: re.Match[str], after: re.Match[str] | None) -> str | None:
    """The race's name, with the sex told after it (``Lakeside women's title``); None for
    a race without a sex in an article that names this race with one."""
    if after is None:
        return None
    event = event_name(race)
    if after["sex"]:
        if _SEX.match(event):
            return None  # "men's 100m women's": garbled
        event = after["sex"].casefold().replace("’", "'") + " " + event
    if finder.sexes_named and not _SEX.match(event) and event in finder.sexed_races:
        return None  # maybe one of two races of one name (a women's told below): which?
    return event
