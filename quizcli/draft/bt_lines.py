"""A results line's match, written with ``bt`` for "beat", as squash and racket results
are printed: ``[2] Ana Bell (FRA) bt [1] Cora Dunn (ENG) 3-0: 11-3, 11-6, 11-2 [45m]``.

Read only as a whole line: the winner (after a seed in brackets at most) opens it, ``bt``
follows the winner's country code, and the loser's score follows theirs; the games' scores
after a colon or in brackets are kept when they add up to the score (``3-0 (11-3, 11-6,
11-2)``). Facts are ``score`` facts, read by quizcli.draft.scores for a line that holds
`` bt ``.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence
from quizcli.draft.score_forms import games_of
from quizcli.draft.sides import FactFinder, side_of

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|da|dos)){0,3}"
_SEED = r"(?:\[\d{1,2}(?:/\d{1,2})?\]\s*)?"
_NATION = r"(?:\s+\([A-Z]{3}\))?"
_GAMES = r"\d{1,2}-\d{1,2}(?:,\s*\d{1,2}-\d{1,2}){1,6}"
_LINE = re.compile(
    rf"\s*{_SEED}(?P<winner>{_NAME}){_NATION}\s+bt\.?\s+{_SEED}(?P<loser>{_NAME}){_NATION}\s+"
    rf"(?P<score>\d-\d)(?::\s*(?P<games>{_GAMES})|\s+\((?P<bracketed>{_GAMES})\))?"
    r"(?:\s*\[\d{1,3}m\])?\s*\Z"
)


def bt_line(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The match a ``bt`` results line gives, as a ``score`` fact (winner, (loser, score)),
    or none."""
    line = _LINE.match(sentence.text)
    if line is None or finder.negated(sentence, line.start("score")):
        return []
    winner, loser = side_of(finder, line["winner"]), side_of(finder, line["loser"])
    if not winner or not loser or winner == loser:
        return []
    score = line["score"]
    games = games_of(score, line["games"] or line["bracketed"] or "")
    value = (loser, f"{score} ({games})" if games else score)
    return [Fact("score", winner, finder.event, value, sentence, line[0].strip())]
