"""Found facts in, bank questions out: one question a fact, never one fact twice.

Quotations give "Who said this?" choice questions (the wrong options are other people the
articles quote or name) and "complete the quotation" text questions (the gap is a telling
word of another sentence of the quotation). Times give time questions, full podiums order
questions, places number questions, lone medals and records choice questions. A point the
articles state two ways (two times for one race, two places for one athlete) is not asked.
"""

from __future__ import annotations

import re
from collections import defaultdict

from quizcli.draft.facts import Fact
from quizcli.draft.people import Cast
from quizcli.draft.quotes import Quotation, Sentence
from quizcli.draft.words import cap, gap, norm, slug, split_sentences, telling_word
from quizcli.model import (
    ChoiceQuestion,
    Difficulty,
    NumberQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TimeQuestion,
)
from quizcli.parsing import parse_time

_MEDAL_NAMES = {1: "Gold", 2: "Silver", 3: "Bronze"}
_RECORD_KINDS = ("world", "Olympic", "European", "national")


class Found:
    """What one article gave: its source id, size, quotations and facts."""

    __slots__ = ("facts", "paragraphs", "quotations", "source")

    def __init__(self, source: str, paragraphs: int, quotations: list[Quotation]) -> None:
        self.source = source
        self.paragraphs = paragraphs
        self.quotations = quotations
        self.facts: list[Fact] = []


def _difficulty(paragraph: int, found: Found, bump: int = 0) -> Difficulty:
    """Easy near the top of an article, hard near its end; ``bump`` for numbers."""
    share = paragraph / max(found.paragraphs - 1, 1)
    level = (0 if share < 0.25 else 1 if share < 0.6 else 2) + bump
    return (Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD)[min(level, 2)]


def _explain(sentence: Sentence) -> str:
    """An explanation quoting the sentence a fact came from."""
    text = sentence.text if len(sentence.text) <= 400 else sentence.text[:397] + "..."
    return f"The article: {text}"


def _about_medals(found: Found) -> bool:
    """Whether the article's results are medals (a championship), not just placings."""
    return any(_MEDAL_WORDS.search(fact.sentence.text) for fact in found.facts)


_MEDAL_WORDS = re.compile(r"\b(?:medal\w*|gold|silver|bronze|Olympics?|Games|Championships?)\b")


class Maker:
    """Turns every article's findings into questions with unique ids."""

    def __init__(self, cast: Cast, founds: list[Found]) -> None:
        self.cast = cast
        self.founds = founds
        self.questions: list[Question] = []
        self.ids: set[str] = set()
        self.speakers = list(dict.fromkeys(q.speaker for f in founds for q in f.quotations))
        self.used: set[str] = set()  # sentences already asked about, folded
        self.people = list(dict.fromkeys([*self.speakers, *cast.people()]))
        self.not_asked: list[dict[str, str]] = []  # what was found but not asked, and why

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

    def make(self) -> list[Question]:
        """All the questions, in the order: quotations, times, podiums, places, records."""
        for found in self.founds:
            previous: Quotation | None = None
            blanks = 0  # fill-in questions on one speech (its paragraphs in a row)
            for quotation in found.quotations:
                if not (
                    previous
                    and previous.speaker == quotation.speaker
                    and quotation.start - previous.paragraph <= 1
                ):
                    blanks = 0
                blanks = self._quotation(found, quotation, blanks)
                previous = quotation
        self._times()
        self._podiums()
        self._records()
        self._scores()
        self._ages()
        return self.questions

    # --- quotations ------------------------------------------------------------------

    def _quotation(self, found: Found, quotation: Quotation, blanks: int) -> int:
        """A "Who said this?" on the first sentence, fill-ins on others (at most two a
        speech, counting ``blanks`` already asked); returns the fill-ins asked so far."""
        sentences = [
            s
            for part in quotation.parts
            for s in split_sentences(part)
            if 5 <= len(s.split()) <= 45 and norm(s) not in self.used
        ]
        if not sentences:
            return blanks
        first, rest = sentences[0], sentences[1:]
        others = [p for p in self.people if self.cast.key(p) != self.cast.key(quotation.speaker)]
        wrong = others[:3] if len(others) >= 3 else []
        if not wrong:
            self.leave_out(
                found.source,
                'not asked as "Who said this?", because the article names fewer than four '
                "people to choose from",
                first,
            )
        difficulty = _difficulty(quotation.paragraph, found)
        explanation = f"{quotation.speaker} said it: \u201c{cap(quotation.text)}\u201d"
        if wrong:
            self.used.add(norm(first))
            self.questions.append(
                ChoiceQuestion(
                    id=self.new_id(f"who-said-{first[:40]}"),
                    prompt="Who said this?",
                    quote=first,
                    difficulty=difficulty,
                    tags=("quotes",),
                    source=found.source,
                    explanation=explanation,
                    choices=tuple(sorted([quotation.speaker, *wrong])),
                    answer=quotation.speaker,
                )
            )
        else:
            rest = sentences
        used: set[str] = set()
        for sentence in rest:
            word = telling_word(sentence, quotation.speaker)
            if word is None or word.casefold() in used or blanks >= 2:
                continue
            used.add(word.casefold())
            blanks += 1
            self.used.add(norm(sentence))
            gapped = gap(sentence, word)
            self.questions.append(
                TextQuestion(
                    id=self.new_id(f"quote-{word}"),
                    prompt=f"Complete what {quotation.speaker} said: which word is missing?",
                    quote=gapped,
                    attribution=quotation.speaker,
                    difficulty=difficulty,
                    tags=("quotes",),
                    source=found.source,
                    explanation=explanation,
                    answer=word,
                )
            )
        return blanks

    # --- times -----------------------------------------------------------------------

    def _facts(self, kind: str) -> dict[tuple[str, str | None], list[tuple[Found, Fact]]]:
        grouped: dict[tuple[str, str | None], list[tuple[Found, Fact]]] = defaultdict(list)
        for found in self.founds:
            for fact in found.facts:
                if fact.kind == kind:
                    grouped[(self.cast.key(fact.athlete), fact.event)].append((found, fact))
        return grouped

    def _winner_of(self, athlete: str, event: str) -> bool:
        """Whether the articles say ``athlete`` won ``event`` (gold, or first on a podium)."""
        key = self.cast.key(athlete)
        for found in self.founds:
            for fact in found.facts:
                if fact.event != event and not (fact.event and event.endswith(" " + fact.event)):
                    continue
                if fact.kind == "medal" and fact.value == 1 and self.cast.key(fact.athlete) == key:
                    return True
                if fact.kind == "podium" and isinstance(fact.value, tuple):
                    if self.cast.key(fact.value[0]) == key:
                        return True
        return False

    def _times(self) -> None:
        grouped = self._facts("time")
        for (athlete, event), items in grouped.items():
            unplaced = grouped.get((athlete, None), []) if event else []
            values = {round(parse_time(str(fact.value)), 3) for _, fact in [*items, *unplaced]}
            if len(values) != 1 or event is None:
                continue  # the articles disagree, or the race is not named: not asked
            found, fact = items[0]
            won = self._winner_of(fact.athlete, event)
            prompt = (
                f"In what time did {fact.athlete} win the {event}?"
                if won
                else f"What time does the article give for {fact.athlete} in the {event}?"
            )
            self.questions.append(
                TimeQuestion(
                    id=self.new_id(f"time-{event}-{fact.athlete}"),
                    prompt=prompt,
                    difficulty=_difficulty(fact.sentence.paragraph, found),
                    tags=("times", slug(event)),
                    source=found.source,
                    explanation=_explain(fact.sentence),
                    answer=str(fact.value),
                    seconds=parse_time(str(fact.value)),
                )
            )

    # --- podiums, medals and places --------------------------------------------------

    def _podiums(self) -> None:
        by_event: dict[str, list[tuple[Found, tuple[str, ...], Sentence]]] = defaultdict(list)
        medals: dict[tuple[str, str], set[int]] = defaultdict(set)
        medal_facts: dict[tuple[str, str], tuple[Found, Fact]] = {}
        for found in self.founds:
            per_event: dict[str, dict[int, str]] = defaultdict(dict)
            for fact in found.facts:
                if fact.event is None:
                    continue
                if fact.kind == "podium" and isinstance(fact.value, tuple):
                    by_event[fact.event].append((found, fact.value, fact.sentence))
                    for place, name in enumerate(fact.value, 1):
                        medals[(fact.event, self.cast.key(name))].add(place)
                elif fact.kind == "medal" and isinstance(fact.value, int):
                    per_event[fact.event][fact.value] = fact.athlete
                    medals[(fact.event, self.cast.key(fact.athlete))].add(fact.value)
                    medal_facts.setdefault((fact.event, self.cast.key(fact.athlete)), (found, fact))
            for fact in found.facts:
                gold = per_event.get(fact.event or "", {}).get(1)
                if fact.kind == "completed" and gold and isinstance(fact.value, tuple):
                    for place, name in enumerate(fact.value, 2):
                        per_event[fact.event or ""][place] = name
                        medals[(fact.event or "", self.cast.key(name))].add(place)
                        medal_facts.setdefault(
                            (fact.event or "", self.cast.key(name)), (found, fact)
                        )
            for event, places in per_event.items():
                if set(places) == {1, 2, 3}:
                    last = max(
                        (
                            f
                            for f in found.facts
                            if f.kind in ("medal", "completed") and f.event == event
                        ),
                        key=lambda f: f.sentence.paragraph,
                    )
                    podium: tuple[str, ...] = (places[1], places[2], places[3])
                    by_event[event].append((found, podium, last.sentence))
        asked: set[tuple[str, str]] = set()
        for event, podiums in by_event.items():
            keys = {tuple(self.cast.key(n) for n in podium) for _, podium, _ in podiums}
            if len(keys) != 1 or len(set(next(iter(keys)))) != 3:
                continue
            if any(len(medals[(event, k)]) > 1 for k in next(iter(keys))):
                continue
            found, podium, sentence = podiums[0]
            asked.update((event, self.cast.key(n)) for n in podium)
            prompt = (
                f"Put the {event} medallists in order: gold, silver, bronze."
                if _about_medals(found)
                else f"Put the first three of the {event} in finishing order."
            )
            self.questions.append(
                OrderQuestion(
                    id=self.new_id(f"podium-{event}"),
                    prompt=prompt,
                    difficulty=_difficulty(sentence.paragraph, found),
                    tags=("podium", slug(event)),
                    source=found.source,
                    explanation=_explain(sentence),
                    answer=tuple(self.cast.resolve((n,)) or n for n in podium),
                )
            )
        for (event, key), (found, fact) in medal_facts.items():
            if (event, key) in asked or len(medals[(event, key)]) != 1:
                continue
            asked.add((event, key))
            value = int(str(fact.value))
            if _about_medals(found):
                self.questions.append(
                    ChoiceQuestion(
                        id=self.new_id(f"medal-{event}-{key}"),
                        prompt=f"Which medal did {fact.athlete} take in the {event}?",
                        difficulty=_difficulty(fact.sentence.paragraph, found),
                        tags=("podium", slug(event)),
                        source=found.source,
                        explanation=_explain(fact.sentence),
                        choices=("Gold", "Silver", "Bronze"),
                        answer=_MEDAL_NAMES[value],
                    )
                )
            elif value == 1:
                self._winner(found, fact, event)
        self._places(medals)

    def _winner(self, found: Found, fact: Fact, event: str) -> None:
        """ "Who won the stage 15?": the other options are people the articles name."""
        others = [p for p in self.people if self.cast.key(p) != self.cast.key(fact.athlete)]
        if len(others) < 3:
            self.leave_out(
                found.source,
                f"{fact.athlete} won the {event}: not asked, because the article names fewer "
                "than four people to choose from",
                fact.sentence.text,
            )
            return
        self.questions.append(
            ChoiceQuestion(
                id=self.new_id(f"winner-{event}"),
                prompt=f"Who won the {event}?",
                difficulty=_difficulty(fact.sentence.paragraph, found),
                tags=("winners", slug(event)),
                source=found.source,
                explanation=_explain(fact.sentence),
                choices=tuple(sorted([fact.athlete, *others[:3]])),
                answer=fact.athlete,
            )
        )

    def _scores(self) -> None:
        """Match results: who won (a choice of the two sides) and the score (text)."""
        seen: set[tuple[str, str]] = set()
        for found in self.founds:
            for fact in found.facts:
                if fact.kind != "score" or not isinstance(fact.value, tuple):
                    continue
                loser, score = fact.value
                key = (fact.athlete, loser)
                if key in seen:
                    continue
                seen.add(key)
                explanation = _explain(fact.sentence)
                self.questions.append(
                    ChoiceQuestion(
                        id=self.new_id(f"match-{fact.athlete}-{loser}"),
                        prompt=f"Who won the match between {fact.athlete} and {loser}?",
                        difficulty=_difficulty(fact.sentence.paragraph, found),
                        tags=("matches",),
                        source=found.source,
                        explanation=explanation,
                        choices=tuple(sorted([fact.athlete, loser])),
                        answer=fact.athlete,
                    )
                )
                spaced = re.sub(r",\s*", " ", score)
                self.questions.append(
                    TextQuestion(
                        id=self.new_id(f"score-{fact.athlete}-{loser}"),
                        prompt=f"By what score did {fact.athlete} beat {loser}?",
                        difficulty=_difficulty(fact.sentence.paragraph, found, bump=1),
                        tags=("matches", "scores"),
                        source=found.source,
                        explanation=explanation,
                        answer=spaced,
                        accept=tuple({score, score.replace(" ", ", ")} - {spaced}),
                    )
                )

    def _places(self, medals: dict[tuple[str, str], set[int]]) -> None:
        for (key, event), items in self._facts("place").items():
            if event is None:
                continue
            places = {int(str(fact.value)) for _, fact in items} | medals.get((event, key), set())
            if len(places) != 1 or (event, key) in medals:
                continue  # disputed, or a medal or podium question asks it already
            found, fact = items[0]
            self.questions.append(
                NumberQuestion(
                    id=self.new_id(f"place-{event}-{key}"),
                    prompt=f"In what place did {fact.athlete} finish in the {event}?",
                    difficulty=_difficulty(fact.sentence.paragraph, found),
                    tags=("places", slug(event)),
                    source=found.source,
                    explanation=_explain(fact.sentence),
                    answer=int(str(fact.value)),
                )
            )

    # --- ages and counts --------------------------------------------------------------

    def _ages(self) -> None:
        for (key, _), items in self._facts("age").items():
            if len({fact.value for _, fact in items}) != 1:
                continue  # two ages for one person: not asked
            found, fact = items[0]
            self.questions.append(
                NumberQuestion(
                    id=self.new_id(f"age-{key}"),
                    prompt=f"How old is {fact.athlete}, according to the article?",
                    difficulty=_difficulty(fact.sentence.paragraph, found, bump=1),
                    tags=("ages",),
                    source=found.source,
                    explanation=_explain(fact.sentence),
                    answer=int(str(fact.value)),
                    unit="years",
                )
            )

    # --- records ---------------------------------------------------------------------

    def _records(self) -> None:
        seen: set[tuple[str, str]] = set()
        for found in self.founds:
            for fact in found.facts:
                if fact.kind != "record":
                    continue
                record = str(fact.value)
                key = (self.cast.key(fact.athlete), record.casefold())
                if key in seen:
                    continue
                seen.add(key)
                kind = record.split()[0]
                options = [record] + [
                    record.replace(kind, other, 1)
                    for other in _RECORD_KINDS
                    if other.casefold() != kind.casefold()
                ]
                self.questions.append(
                    ChoiceQuestion(
                        id=self.new_id(f"record-{fact.athlete}"),
                        prompt=f"Which record did {fact.athlete} break, as the article says?",
                        difficulty=_difficulty(fact.sentence.paragraph, found, bump=1),
                        tags=("records",),
                        source=found.source,
                        explanation=_explain(fact.sentence),
                        choices=tuple(sorted(options[:4])),
                        answer=record,
                    )
                )
