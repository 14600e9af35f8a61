"""What the question makers share: each article's findings, the questions so far, their ids.

``Asked`` is the state every maker (quotations, results, matches, records) adds to: it hands
out unique ids, remembers sentences already asked about and notes what was found but not
asked, for ``--json``. ``Asked.common`` gives the fields every drafted question has the same way
(id, difficulty by the fact's place in the article, source, tags, explanation).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any

from quizcli.draft.facts import Fact
from quizcli.draft.people import Cast
from quizcli.draft.quotes import Quotation, Sentence
from quizcli.draft.words import cap, norm, slug, split_sentences
from quizcli.model import Difficulty, Question

_MEDAL_WORDS = re.compile(
    r"\b(?:(?i:medal\w*|gold|silver|bronze)|Olympics?|Games|Championships?)\b"  # "Silver went to"
)
# A clause about another meeting: "who won 800m bronze at last summer's World Championships"
# in a Diamond League report is no medal of this race
_PAST = re.compile(
    r"\b(?:last (?:summer|year|season|month|week|time)|previous|former|ago|earlier)\b"
    # a title won before ("Olympic champion Wanyonyi won the men's 800m" at a meeting)
    r"|\b(?:Olympic|[Ww]orld|reigning|defending)\s+(?:\w+\s+)?champions?\b"
)
_CLAUSE = re.compile(r"[^,;]+")


def _tells_medals(sentence: str) -> bool:
    """Whether a clause of ``sentence`` names medals or a championship, not another one's."""
    if not _MEDAL_WORDS.search(sentence):
        return False
    return any(
        _MEDAL_WORDS.search(clause[0]) and not _PAST.search(clause[0])
        for clause in _CLAUSE.finditer(sentence)
    )


class Found:
    """What one article gave: its source id, size, quotations and facts."""

    __slots__ = ("_medals", "facts", "headlines", "paragraphs", "quotations", "source")

    def __init__(
        self, source: str, paragraphs: int, quotations: list[Quotation], headlines: str = ""
    ) -> None:
        self.source = source
        self.paragraphs = paragraphs
        self.quotations = quotations
        self.headlines = headlines  # the article's headlines ("... – IAAF World Championships")
        self.facts: list[Fact] = []
        self._medals: tuple[int, bool] | None = None  # (facts read, about medals)

    def about_medals(self) -> bool:
        """Whether the article's results are medals (a championship), not just placings:
        a headline or a sentence of its results names one (not in a clause about another
        meeting: "who won bronze at last summer's World Championships")."""
        if self._medals is None or self._medals[0] != len(self.facts):  # not per question
            seen = {  # (once per sentence, not per fact; an age's sentence tells no result)
                id(fact.sentence): fact.sentence.text for fact in self.facts if fact.kind != "age"
            }
            told = _tells_medals(self.headlines) or any(map(_tells_medals, seen.values()))
            self._medals = (len(self.facts), told)
        return self._medals[1]


_NUMBERED_STAGE = re.compile(r"stage \d")


def the(event: str) -> str:
    """An event as a prompt names it: ``the 1500m``, but ``stage 15`` (a numbered stage
    takes no article: "Who won stage 15?")."""
    return event if _NUMBERED_STAGE.match(event) else f"the {event}"


def difficulty(paragraph: int, found: Found, bump: int = 0) -> Difficulty:
    """Easy near the top of an article, hard near its end; ``bump`` for numbers."""
    share = paragraph / max(found.paragraphs - 1, 1)
    level = (0 if share < 0.25 else 1 if share < 0.6 else 2) + bump
    return (Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD)[min(level, 2)]


def explain(sentence: Sentence) -> str:
    """An explanation quoting the sentence a fact came from."""
    text = sentence.text if len(sentence.text) <= 400 else sentence.text[:397] + "..."
    return f"The article: {text}"


class Asked:
    """The questions drafted so far, with what every maker needs to add more."""

    def __init__(self, cast: Cast, founds: list[Found]) -> None:
        self.cast = cast
        self.founds = founds
        self.questions: list[Question] = []
        self.ids: set[str] = set()
        self.speakers = list(dict.fromkeys(q.speaker for f in founds for q in f.quotations))
        self.used: set[str] = set()  # sentences already asked about, folded
        horses = {  # a horse race's runners, written as people are: never a person
            name
            for found in founds
            for fact in found.facts
            if fact.kind in ("horse", "horse place")
            for name in (fact.athlete, *(fact.value if isinstance(fact.value, tuple) else ()))
        }
        people = dict.fromkeys([*self.speakers, *cast.people()])
        self.people = [p for p in people if p not in horses]
        self.not_asked: list[dict[str, str]] = []  # what was found but not asked, and why

    @functools.cached_property
    def said(self) -> Counter[str]:
        """How many quotations say each sentence, folded (counted once, when a short line
        asks): a short line two people say ("I'm so happy") is no one's in particular."""
        return Counter(
            line
            for f in self.founds
            for q in f.quotations
            for line in {norm(s) for part in q.parts for s in split_sentences(part)}
        )

    def leave_out(self, source: str, why: str, sentence: str) -> None:
        """Note something found but not asked, for --json."""
        self.not_asked.append({"source": source, "why": why, "sentence": cap(sentence, 200)})

    def new_id(self, base: str) -> str:
        """``base`` as a slug, numbered when taken."""
        stem, number = slug(base)[:60].strip("-"), 1
        candidate = stem
        while candidate in self.ids:
            number += 1
            candidate = f"{stem}-{number}"
        self.ids.add(candidate)
        return candidate

    def person_key(self, name: str) -> str:
        """Who a printed name is, for telling people apart: its surname, but the full name
        when the surname is two different people's (brothers ``Johannes Thingnes Boe`` and
        ``Tarjei Boe``: one's time is never the other's win)."""
        surname = self.cast.key(name)
        return name if " " in name and self.cast.distinct(surname) else surname

    def alike(self, answer: str, wrong: list[str]) -> tuple[str, tuple[str, ...]] | None:
        """The answer and the sorted choices printed alike: when some are a surname alone
        (a person the article never names in full, ``Ditlev``) and others full names, all
        by surname, so the odd one out gives nothing away; None when two then read the same."""
        names = [answer, *wrong]
        if len({" " in name for name in names}) == 1:
            return answer, tuple(sorted(names))
        short = [self.cast.key(name) for name in names]
        if len(set(short)) < len(short):
            return None
        return short[0], tuple(sorted(short))

    def others(self, person: str) -> list[str]:
        """The people the articles name, ``person`` (in any spelling) left out."""
        key = self.person_key(person)
        return [p for p in self.people if self.person_key(p) != key]

    def facts(self, kind: str) -> dict[tuple[str, str | None], list[tuple[Found, Fact]]]:
        """Every fact of ``kind``, grouped by (person's key, event)."""
        grouped: dict[tuple[str, str | None], list[tuple[Found, Fact]]] = {}
        for found in self.founds:
            for fact in found.facts:
                if fact.kind == kind:
                    key = (self.person_key(fact.athlete), fact.event)
                    grouped.setdefault(key, []).append((found, fact))
        return grouped

    def common(
        self,
        base: str,
        found: Found,
        paragraph: int,
        tags: tuple[str, ...],
        explanation: str,
        bump: int = 0,
    ) -> dict[str, Any]:
        """The fields every drafted question fills the same way: a fresh id from ``base``,
        the difficulty by the ``paragraph`` it came from, the article's source, ``tags`` and
        ``explanation``."""
        return {
            "id": self.new_id(base),
            "difficulty": difficulty(paragraph, found, bump),
            "tags": tags,
            "source": found.source,
            "explanation": explanation,
        }

    def stated(
        self,
        base: str,
        found: Found,
        sentence: Sentence,
        tags: tuple[str, ...],
        bump: int = 0,
    ) -> dict[str, Any]:
        """``common`` for a question on what ``sentence`` states: its difficulty by the
        sentence's paragraph, the sentence quoted as the explanation."""
        return self.common(base, found, sentence.paragraph, tags, explain(sentence), bump)
