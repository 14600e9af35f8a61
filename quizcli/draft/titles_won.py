"""A title won, told by its name in a sentence: ``Leo Kane retained his WBX middleweight
title against Ivan Petrov``, ``Ana Ruiz claimed the 2024 Harbour Open title``.

Read only where the sentence's one person named before the verb stands right before it
(``A and B won the World Allround title``, two winners of two titles, is not read), the
title is named in capitals (never only ``World``, ``Olympic``, ``European``...; a class in
lower case may follow: ``heavyweight``), and nothing after it makes it another time's
(``in 2019``, ``last year``, ``three times``) or another thing (``title fight``, ``title
rival``). A year before the title is kept in its name ("Who won the 2024 Harbour Open
title?"). In an article naming a sex, a title naming none is not read (whose?). Facts are
``medal`` facts (winner, title, 1): "Who won the WBX middleweight title?".
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.editions import opens_in_another_year
from quizcli.draft.epithets import past_epithets
from quizcli.draft.facts import Fact
from quizcli.draft.headlines import GENERIC
from quizcli.draft.index import SentenceIndex
from quizcli.draft.people import Cast
from quizcli.draft.quotes import Sentence
from quizcli.draft.tails import Hint


class Finder(Protocol):
    """What reading a title won needs of the fact finder (``results.FactFinder``)."""

    sexes_named: bool
    cast: Cast

    def index(self, sentence: Sentence) -> SentenceIndex: ...

    def negated(self, sentence: Sentence, position: int) -> bool: ...


HINT = Hint(
    re.compile(
        r"\b(?:won|claimed|clinched|captured|retained|secured|defended|regained|reclaimed)"
        r"\s+(?:the|his|her)\s+"
    )
)
_TITLE = re.compile(
    r"(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<title>(?P<name>(?:[A-Z][\w'’-]*\s+){1,4})"
    r"(?:[a-z][a-z-]*\s+){0,2}(?:title|crown))\b"
    r"(?!['’]|\s+(?:fights?|bouts?|defen[cs]es?|eliminators?|races?|rivals?|hopes?|bids?|shots?"
    r"|chances?|belts?|holders?|winners?|contenders?|challengers?|match(?:es)?)\b)"
)
# After the title: another time's ("in 2019", "last year", "for the third time in 2015"),
# or a count of titles ("three times")
_ANOTHER_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|season|month)|(?:two|three|four|five"
    r"|six|\d)\s+times|twice|previously|before)\b"
)


def titles_won(finder: Finder, sentence: Sentence) -> list[Fact]:
    """The title the sentence's one named person won, as a ``medal`` fact (else none)."""
    text = sentence.masked
    if sentence.heading or not HINT.search(text) or opens_in_another_year(text):
        return []
    facts = []
    for verb in HINT.pattern.finditer(text):
        title = _TITLE.match(text, past_epithets(text, verb.end()))  # "the prestigious"
        if title is None or set(title["name"].split()) <= GENERIC:
            continue
        if finder.sexes_named and not re.search(r"[Mm]en['’]s", title["title"]):
            continue  # a title without its sex in an article naming one: whose?
        if _ANOTHER_AFTER.match(text, title.end()) or finder.negated(sentence, verb.start()):
            continue
        index = finder.index(sentence)
        count, name = index.names_between(0, verb.start())
        if count != 1 or name is None or _names_someone(finder, index, title):
            continue  # two people (two titles?) or none before it; a person's name in it
        last = index.last_named_run(verb.start())
        if last < 0 or text[index.runs[last].end : verb.start()].strip():
            continue  # the person stands elsewhere than right before the verb
        event = f"{title['year']} {title['title']}" if title["year"] else title["title"]
        facts.append(Fact("medal", name, event, 1, sentence, title[0]))
    return facts


def _names_someone(finder: Finder, index: SentenceIndex, title: re.Match[str]) -> bool:
    """Whether the title holds a person the article shows doing what people do (``the Sam
    Holt crown``): a name in capitals that is no one's (``Harbour Belt``) is the title's."""
    inside = [
        name
        for run, name in zip(index.runs, index.names, strict=True)
        if name and title.start() <= run.start and run.end <= title.end()
    ]
    return bool(inside) and bool(set(inside) & _people(finder.cast))


_SEEN: list[tuple[Cast, int, frozenset[str]]] = []  # the last cast's people, read once


def _people(cast: Cast) -> frozenset[str]:
    """``cast.people()``, made once per cast (and again only when it learns more names)."""
    if not _SEEN or _SEEN[0][0] is not cast or _SEEN[0][1] != len(cast.order):
        _SEEN[:] = [(cast, len(cast.order), frozenset(cast.people()))]
    return _SEEN[0][2]
