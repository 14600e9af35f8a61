"""Score headers of press-conference transcripts: a line naming the two players,
``M. KEYS/A. Riske``, and right below it a line holding only the score, ``4-6, 7-6, 6-2``.

Transcripts list the winner first and give the score from the winner's side. That order is
believed only when the score agrees with it: the first-named player must have won more sets
than the other. Anything between the two lines, a third name, a level score, or a line that
is more than names or more than a score, and nothing is read.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.facts import Fact
from quizcli.draft.people import Cast
from quizcli.draft.quotes import Sentence


class FactFinder(Protocol):
    """What header reading needs of the fact finder (quizcli.draft.results.FactFinder)."""

    cast: Cast
    event: str | None


# "R. FEDERER", "M. KEYS", "A. Riske", "J.-W. Tsonga", "R. Bautista Agut"
_PLAYER = r"(?:[A-Z]\.(?:\s*-?[A-Z]\.)*\s*)(?:[A-Z][A-Za-z'’-]+)(?:\s+[A-Z][A-Za-z'’-]+)?"
_PAIR = re.compile(rf"(?P<first>{_PLAYER})\s*/\s*(?P<second>{_PLAYER})")
_SET = r"\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}(?:[-/]\d{1,2})?\))?"
_SCORE_LINE = re.compile(rf"{_SET}(?:\s*,\s*{_SET}|\s+{_SET}){{1,4}}")


class Headers:
    """Reads the header lines one sentence at a time, remembering the player line."""

    __slots__ = ("_pair",)

    def __init__(self) -> None:
        self._pair: tuple[Sentence, re.Match[str]] | None = None

    def read(self, finder: FactFinder, sentence: Sentence) -> list[Fact]:
        """A ``score`` fact (winner, (loser, score)) when ``sentence`` is the score line
        right below a player line; remembers a player line; else nothing."""
        text = sentence.text.strip()
        pair, self._pair = self._pair, None
        if len(text) > 80:
            return []
        players = _PAIR.fullmatch(text)
        if players:
            self._pair = (sentence, players)
            return []
        if pair is None or sentence.paragraph != pair[0].paragraph + 1:
            return []
        if not _SCORE_LINE.fullmatch(text.replace("–", "-")):
            return []
        score = re.sub(r"\s+", " ", text.replace("–", "-"))
        if not _first_won(score):
            return []
        header, names = pair
        winner = _player(finder.cast, names["first"], header.focus)
        loser = _player(finder.cast, names["second"], header.focus)
        if winner is None or loser is None or finder.cast.key(winner) == finder.cast.key(loser):
            return []
        joined = f"{header.text.strip()} {text}"
        said = Sentence(header.paragraph, joined, joined, header.focus, False)
        return [Fact("score", winner, finder.event, (loser, score), said, joined)]


def _first_won(score: str) -> bool:
    """Whether the first-named side won more sets than the other (tie-breaks left out)."""
    sets = re.findall(r"(\d+)-(\d+)(?!\))", re.sub(r"\([^)]*\)", "", score))
    won = sum(1 for a, b in sets if int(a) > int(b))
    lost = sum(1 for a, b in sets if int(a) < int(b))
    return won > lost and all(a != b for a, b in sets)


def _player(cast: Cast, written: str, focus: str | None) -> str | None:
    """A header's player as the draft prints them: the full name the article gives the
    surname (or the transcript's speaker of that surname, ``focus``), else the initial and
    surname as written (``R. Gasquet``), capitals undone."""
    words = re.sub(r"^(?:[A-Z]\.\s*-?)+", "", written).split()
    if not words:
        return None
    surname = tuple(w.capitalize() if w.isupper() else w for w in words)
    known = cast.resolve(surname) if surname[-1] in cast.full_names else None
    if known:
        return known
    if focus and focus.split()[-1] == surname[-1] and focus[0] == written[0]:
        return focus
    if surname[-1] in cast.things or " ".join(surname) in cast.things:
        return None
    initials = written[: len(written) - len(" ".join(words))].strip()
    return f"{initials} {' '.join(surname)}"
