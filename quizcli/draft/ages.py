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
        if name and age:
            facts.append(Fact("age", name, None, int(age[1]), sentence, age[0].strip(" ,")))
    return facts
