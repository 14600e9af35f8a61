"""Fights won on the judges' cards: ``Usyk beat Joshua by unanimous decision``, ``Canelo
won a split decision over Golovkin``, ``a majority-decision win over Parker (115-113,
114-114, 116-112)``.

A decision counts only when one clause names the winner right before the verb (or as the
subject opening the sentence, for ``... to a unanimous decision win over Y``) and the loser
right after it; the cards are read only when they follow the loser or the decision at once,
two or three of them, each a plausible twelve- or ten-round card. A knockout, a draw
(``split draw``) or a negated clause is not read.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.facts import Fact
from quizcli.draft.leads import Led
from quizcli.draft.people import Cast
from quizcli.draft.quotes import Sentence


class FactFinder(Protocol):
    """What bout reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    cast: Cast
    event: str | None

    def negated(self, sentence: Sentence, position: int) -> bool: ...

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|la|van|von|der|dos))*"
_KIND = r"(?P<kind>unanimous|split|majority|technical)"
_CARD = r"\d{2,3}-\d{2,3}"
_CARDS = (  # "(116-112, ...)", "on Saturday night (...)", ", with scores of ...", "on the cards"
    r"(?:(?:\s+on\s+[A-Z][a-z]+(?:\s+night)?)?\s*\(|,?\s+(?:with\s+)?(?:scores\s+of|cards\s+of|on\s+(?:the\s+)?(?:judges['’]\s+)?"
    rf"(?:score)?cards\s+(?:of\s+|reading\s+)?)\s*)(?P<cards>{_CARD}(?:,?\s+(?:and\s+)?{_CARD}"
    rf"|,\s*{_CARD}){{1,2}})"
)
_PATTERNS = (
    # "Usyk beat Joshua by unanimous decision", "Parker outpointed Whyte on a split decision"
    re.compile(
        rf"(?P<winner>{_NAME})\s+(?:beat|defeated|outpointed|edged|edged past|overcame)\s+"
        rf"(?P<loser>{_NAME})\s+(?:by|on|via|with|in)\s+(?:an?\s+)?{_KIND}[- ]decision"
        rf"(?:{_CARDS})?"
    ),
    # "Alvarez won a unanimous decision over Golovkin", "won by split decision against Y"
    re.compile(
        rf"(?P<winner>{_NAME})\s+(?:won|earned|claimed|took|secured)\s+(?:by\s+|an?\s+)?{_KIND}"
        rf"[- ]decision\s+(?:win\s+|victory\s+)?(?:over|against)\s+(?P<loser>{_NAME})"
        rf"(?:{_CARDS})?"
    ),
    # "Smith ... with a unanimous decision win over Jones (116-112, 115-113, 117-111)"
    re.compile(
        rf"(?:(?:The|But|And|So|Then)\s+)?(?P<winner>{_NAME})\s+(?:[a-z]+\s+){{1,6}}?an?\s+"
        rf"{_KIND}[- ]decision\s+"
        rf"(?:win|victory)\s+(?:over|against)\s+(?P<loser>{_NAME})(?:{_CARDS})?"
    ),
)
# "Shields became the undisputed champion, defeating her bitter rival Marshall by unanimous
# decision": the winner is the sentence's subject (scores.subject_of), no one else named
_PARTICIPLE = re.compile(
    r",\s+(?:defeating|beating|outpointing|edging)\s+(?:(?:his|her|their|the)\s+)?"
    rf"(?:[a-z-]+\s+){{0,3}}(?P<loser>{_NAME})\s+(?:by|on|via|with)\s+(?:an?\s+)?{_KIND}"
    rf"[- ]decision(?:{_CARDS})?"
)
# "X became champion when he scored a victory over Y (115-112, 114-113, 113-114)": the
# cards say it went to the judges; the winner is the sentence's subject (scores.subject_of).
_CARDED = Led(
    re.compile(
        r"\b(?:scored|earned|claimed|secured|recorded|won|took|sealed)\s+an?\s+(?:[a-z-]+\s+)?"
        rf"(?:victory|win)\s+(?:over|against)\s+(?P<loser>{_NAME})\s*\((?P<cards>{_CARD}"
        rf"(?:,\s*{_CARD}){{1,2}})\)"
    ),
    "scored|earned|claimed|secured|recorded|won|took|sealed",
)
_LEADING = re.compile(r"(?:The|But|And|So|Yet|However|Meanwhile|Then)\s+")
_CARDS_OPEN = re.compile(r"\(" + _CARD)  # what every match of _CARDED holds


def find_bouts(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The fights one sentence says were won on the cards, as ``decision`` facts
    (winner, (loser, decision, cards or ""))."""
    text = sentence.masked
    if "decision" not in text:  # cards in brackets, "(115-112, ...": one search first
        return _carded(finder, sentence) if _CARDS_OPEN.search(text) else []
    for index, pattern in enumerate(_PATTERNS):
        # the third form gives the win to the subject opening the sentence, and only to it
        matches = pattern.finditer(text) if index < 2 else filter(None, [pattern.match(text)])
        for match in matches:
            if finder.negated(sentence, match.start("kind")):
                continue
            winner = _fighter(finder.cast, match["winner"])
            loser = _fighter(finder.cast, match["loser"])
            cards = re.sub(r",?\s+(?:and\s+)?", ", ", match["cards"] or "").replace(",,", ",")
            if not winner or not loser or winner == loser or not _plausible(cards):
                continue
            value = (loser, f"{match['kind']} decision", cards)
            return [Fact("decision", winner, finder.event, value, sentence, match[0])]
    return _participle(finder, sentence) if ", " in text else []


def _participle(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """A decision told in a participle after the winner's clause: ``X became champion,
    defeating Y by unanimous decision`` (the winner is the sentence's subject)."""
    from quizcli.draft.sides import subject_of

    for match in _PARTICIPLE.finditer(sentence.masked):
        cards = re.sub(r",?\s+(?:and\s+)?", ", ", match["cards"] or "").replace(",,", ",")
        if finder.negated(sentence, match.start("kind")) or not _plausible(cards):
            continue
        winner = subject_of(finder, sentence, match.start())
        loser = _fighter(finder.cast, match["loser"])
        if winner and loser and winner != loser:
            value = (loser, f"{match['kind']} decision", cards)
            return [Fact("decision", winner, finder.event, value, sentence, match[0])]
    return []


def _carded(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """A win over a named fighter with the judges' cards in brackets, no decision named:
    the winner is the sentence's subject, else nothing is read."""
    from quizcli.draft.sides import subject_of

    for match in _CARDED.finditer(sentence.masked):
        cards = re.sub(r",\s*", ", ", match["cards"])
        if finder.negated(sentence, match.start()) or not _plausible(cards):
            continue
        winner = subject_of(finder, sentence, match.start())
        loser = _fighter(finder.cast, match["loser"])
        if winner and loser and winner != loser:
            return [Fact("decision", winner, finder.event, (loser, "", cards), sentence, match[0])]
    return []


def _fighter(cast: Cast, written: str) -> str | None:
    """A fighter as the draft prints them: the full name the articles give, or None for a
    pronoun, a thing or a country."""
    from quizcli.draft.nations import has_country

    words = tuple(_LEADING.sub("", written).split())
    if not words or has_country(words) or len(words) > 3:
        return None
    return cast.resolve(words)


def _plausible(cards: str) -> bool:
    """No cards, or two or three cards of a ten- or twelve-round fight (each side 80-120,
    the two sides at most 20 apart)."""
    if not cards:
        return True
    pairs = [tuple(map(int, card.split("-"))) for card in cards.split(", ")]
    return 2 <= len(pairs) <= 3 and all(
        80 <= a <= 120 and 80 <= b <= 120 and abs(a - b) <= 20 for a, b in pairs
    )
