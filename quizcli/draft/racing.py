"""Horse racing: where horses are written as people are (``Desert Crown crossed the line``).

In a racing report (two of its words at least: ``jockey``, ``furlong``, ``the colt``, ``ridden
by``...), a name is taken for a person only when the article gives it a person's role or title
(``trainer Ruth Calder``, ``jockey Owen Pryce``, ``Sir Michael``) or quotes it; a horse, told
only by what it did, is never offered as a speaker.
"""

from __future__ import annotations

import re

from quizcli.draft.kinds import told_often

_RACING = re.compile(
    r"\b(jockeys?|furlongs?|racecourse|colt|filly|fillies|gelding|stallion|ridden by"
    r"|trained by|saddled|horses?|trainer)\b",
    re.I,
)
# A piece of every word _RACING matches (kinds.told_often searches no text without one).
_RACING_WORDS: tuple[str, ...] = ("jockey", "furlong", "racecourse", "colt", "fill", "gelding")
_RACING_WORDS += ("stallion", "ridden by", "trained by", "saddled", "horse", "trainer")
# A person's role or title just before a name: "trainer Ruth Calder", "owner Saeed Suhail".
ROLE_BEFORE = re.compile(
    r"\b(?:trainer|jockey|owner|rider|breeder|handler|apprentice|co-owner|Sir|Mr|Mrs|Ms|Dr"
    r"|Lord|Lady|Sheikh)\.?,?\s+$"
)


def is_horse_racing(texts: list[str]) -> bool:
    """Whether the articles are racing reports: two different racing words at least."""
    return told_often(texts, _RACING_WORDS, _RACING, key=lambda word: word.rstrip("s"))
