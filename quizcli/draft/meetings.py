"""Meetings of two sides an article tells with no score (``Korea upset Canada on Saturday
afternoon during the playoff``): not asked themselves (a verb alone may tell a race as well
as a match), but a result of the same pair the other way round (``Canada defeated Korea 9-6
to claim the bronze medal``) is then one of two meetings, and "Who won the match between
Canada and Korea?" has two answers: it is not asked.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence
from quizcli.draft.sides import LAST_SIDE, FactFinder, same_side, side_of
from quizcli.draft.tails import Hint


class Finder(FactFinder, Protocol):
    """The fact finder, as far as leaving a fact out needs it (it notes why, for --json)."""

    def skip(self, why: str, sentence: Sentence) -> None: ...


_VERBS = (
    r"upset|upsets|stunned|shocked|beat|beats|defeated|defeats|edged|outlasted|ousted"
    r"|eliminated|knocked out|topped|downed|bested|overcame"
)
# a cheap test on the lower case first: most sentences hold none of these stems
HINT = Hint(
    re.compile(
        r"upset|stunned|shocked|beat|defeat|edged|outlast|ousted|eliminat|knocked"
        r"|topped|downed|bested|overcame"
    )
)
_TOLD = re.compile(rf"(?P<winner>{LAST_SIDE})\s+(?:{_VERBS})\s+(?:the\s+)?(?P<loser>{LAST_SIDE})")


def told_meetings(finder: FactFinder, sentence: Sentence) -> list[tuple[str, str]]:
    """Every (winner, loser) pair of sides the sentence tells one beat the other."""
    pairs = []
    for match in _TOLD.finditer(sentence.masked):
        winner, loser = side_of(finder, match["winner"]), side_of(finder, match["loser"])
        if winner and loser and not same_side(finder.cast, winner, loser):
            pairs.append((winner, loser))
    return pairs


def one_way(finder: Finder, facts: list[Fact], meetings: set[tuple[str, str]]) -> list[Fact]:
    """``facts`` without the match results whose pair the article also tells won the other
    way (noted for --json)."""
    if not meetings:
        return facts
    read = {
        (f.athlete, str(f.value[0]))
        for f in facts
        if f.kind in ("score", "beat") and isinstance(f.value, tuple)
    }  # (a pair read both ways is the asker's to leave out: quizcli.draft.ask_matches)
    meetings = {
        (winner, beaten)
        for winner, beaten in meetings
        if not any(
            same_side(finder.cast, winner, w) and same_side(finder.cast, beaten, b) for w, b in read
        )
    }
    kept = []
    for fact in facts:
        if fact.kind in ("score", "beat") and isinstance(fact.value, tuple):
            loser = fact.value[0]
            if any(
                same_side(finder.cast, winner, loser)
                and same_side(finder.cast, beaten, fact.athlete)
                for winner, beaten in meetings
            ):
                finder.skip(
                    f"{fact.athlete} and {loser} met twice, each winning once", fact.sentence
                )
                continue
        kept.append(fact)
    return kept
