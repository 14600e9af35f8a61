"""Match results: ``Djokovic beat Alcaraz 6-2 6-2 7-6``, ``Dortmund won 2-0 against Bayern``.

A score counts only when one clause names the winner, the beaten side and the score
together; the winner and the loser may be clubs or teams (they are answers to "Who won?",
never speakers). A draw, a score with no winner named, or a negated clause (``could not
beat``) is not read.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.facts import Fact
from quizcli.draft.people import Cast
from quizcli.draft.quotes import Sentence


class FactFinder(Protocol):
    """What score reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    cast: Cast
    event: str | None

    def negated(self, sentence: Sentence, position: int) -> bool: ...

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...


_SIDE = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der))*?"
_LAST_SIDE = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|van|von|der))*"  # greedy: ends the clause
_SET = r"\d{1,2}[-–]\d{1,2}(?:\s*\(\d{1,2}(?:[-–]\d{1,2})?\))?"
_SCORE = rf"(?P<score>{_SET}(?:(?:,\s*|\s+|,?\s+and\s+){_SET}){{0,4}})(?![\d-])"
_BEAT = (
    r"(?:beat|beats|defeated|defeats|overcame|edged|edged out|thrashed|routed|downed|saw off"
    r"|upset|upsets|ousted|outclassed|dispatched|eliminated|knocked out|demolished|crushed"
    r"|thumped|hammered|swept aside|brushed aside|swept past|cruised past|eased past)"
)
_DESCRIBED = r"(?:(?:[\w'’.-]+)\s+){0,4}?"  # "British 30th seed Dan Evans"
# "Federer, already a five-time champion, demolished Israel's Dudi Sela 6-3 6-2 6-2": the
# winner is the sentence's subject (the athlete the finder gives the verb to).
_BEATEN = re.compile(rf"\b{_BEAT}\s+{_DESCRIBED}(?P<loser>{_SIDE})\s+{_SCORE}")
_PATTERNS = (
    re.compile(rf"(?P<winner>{_SIDE})\s+{_BEAT}\s+{_DESCRIBED}(?P<loser>{_SIDE})\s+{_SCORE}"),
    re.compile(
        rf"(?P<winner>{_SIDE})\s+(?:won|triumphed|prevailed)\s+{_SCORE}\s+(?:against|over|at)"
        rf"\s+(?P<loser>{_LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<winner>{_SIDE})'s\s+{_SCORE}\s+(?:win|victory)\s+(?:over|against)\s+(?P<loser>{_LAST_SIDE})"
    ),
)
_LEADING = re.compile(r"^(?:The|But|And|So|Yet|However|Meanwhile|Then|After|When|As)\s+")


def _side(finder: FactFinder, text: str) -> str | None:
    """A winner or loser as printed: a person's full name when the cast knows the surname,
    a club as written; None for a country word or a lone unknown first word."""
    from quizcli.draft.nations import has_country, is_place_word

    text = _LEADING.sub("", text.strip())
    owner = re.match(r"([\w-]+)['’]s\s+", text)  # "Brazil's Rogerio Dutra Silva"
    if owner and (is_place_word(owner[1]) or has_country((owner[1],))):
        text = text[owner.end() :]
    words = tuple(text.split())
    if not words or has_country(words) or text.casefold() in ("he", "she", "they", "it"):
        return None
    if len(words) <= 3:
        person = finder.cast.resolve(words)
        if person:
            return person
    return text


def find_scores(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The match results one sentence states, as ``score`` facts (winner, (loser, score))."""
    text = sentence.masked
    if not re.search(r"\d[-–]\d", text):
        return []
    facts = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if finder.negated(sentence, match.start("score")):
                continue
            winner = _side(finder, match["winner"])
            loser = _side(finder, match["loser"])
            score = re.sub(r"\s+", " ", match["score"].replace("–", "-")).strip(" ,")
            if winner and loser and winner != loser and not _draw(score):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    if not facts:
        for match in _BEATEN.finditer(text):
            winner = finder.athlete(sentence, match.start())
            loser = _side(finder, match["loser"])
            score = re.sub(r"\s+", " ", match["score"].replace("–", "-")).strip(" ,")
            if finder.negated(sentence, match.start("score")) or _draw(score):
                continue
            if winner and loser and finder.cast.key(winner) != finder.cast.key(loser):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    return facts


def _draw(score: str) -> bool:
    """A single level score (``1-1``) names no winner."""
    sets = re.findall(r"(\d+)-(\d+)", score)
    return len(sets) == 1 and sets[0][0] == sets[0][1]
