"""Ages the article gives its people: ``Alemu, 31,``, ``the 23-year-old Kerr`` and
``Kerr, the 23-year-old,`` (asked as "How old is X, according to the article?")."""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.index import SentenceIndex
from quizcli.draft.quotes import Sentence
from quizcli.draft.traits import AGE_AFTER, ENDS_AGE

# What a sentence giving an age holds (every match of AGE_AFTER or ENDS_AGE holds one)
_AGE_HINT = re.compile(r"year-old|,\s*(?:the\s+)?\d\d")


# A name standing before a noun for a person: it describes that person (a club, a country,
# a sponsor), whose age it is.
_NAME_DESCRIBES = re.compile(
    r"['’]?\s+(?:[a-z-]+\s+)?(?:right-hander|left-hander|righty|lefty|pitcher|catcher|slugger"
    r"|outfielder|infielder|shortstop|quarterback|receiver|linebacker|guard|forward|center"
    r"|centre|striker|midfielder|defender|winger|goalkeeper|keeper|full-back|fly-half"
    r"|scrum-half|flanker|prop|hooker|bowler|batsman|batter|all-rounder|opener|rider|driver"
    r"|cyclist|runner|sprinter|swimmer|skier|skater|jumper|thrower|boxer|fighter|golfer"
    r"|player|star|veteran|rookie|youngster|teenager|international|captain|coach|manager)s?\b"
)


def may_give_age(text: str) -> bool:
    """Whether ``text`` may give an age (one search; most sentences do not)."""
    return _AGE_HINT.search(text) is not None


def ages(sentence: Sentence, index: SentenceIndex) -> list[Fact]:
    """Every age the sentence gives a person it names (``index`` is its SentenceIndex)."""
    facts = []
    text = sentence.masked
    for run, name in zip(index.runs, index.names, strict=True):
        after = AGE_AFTER.match(text, run.end)
        before = ENDS_AGE.search_in(text, max(0, run.start - 30), run.start)
        age = after or before
        if before and not after and _NAME_DESCRIBES.match(text, run.end):
            continue  # "the 29-year-old Houston Astros right-hander": the pitcher's age
        if name and age:
            facts.append(Fact("age", name, None, int(age[1]), sentence, age[0].strip(" ,")))
    return facts
