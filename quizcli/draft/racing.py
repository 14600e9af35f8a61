"""Horse racing: where horses are written as people are (``Desert Crown crossed the line``).

In a racing report (two of its words at least: ``jockey``, ``furlong``, ``the colt``, ``ridden
by``...), a name is taken for a person only when the article gives it a person's role or title
(``trainer Ruth Calder``, ``jockey Owen Pryce``, ``Sir Michael``) or quotes it; a horse, told
only by what it did, is never offered as a speaker.
"""

from __future__ import annotations

import re

from quizcli.draft.kinds import told_often

_RACING = re.compile(  # (led by the letters a match begins with: re skips the rest)
    r"(?=[jfrcgsth])\b(jockeys?|furlongs?|racecourse|colt|filly|fillies|gelding|stallion|ridden by"
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


# Words of a racing report, besides those ``is_horse_racing`` counts: two at least
_RACING_TOLD = re.compile(
    r"\b(lengths?|fences?|furlongs?|jockeys?|trainers?|horses?|saddle|gelding|steeplechase"
    r"|\d{1,2}[-/]\d{1,2}\s+(?:joint\s+|co-|second\s+)?favourite)\b"
)
_TOLD_WORDS: tuple[str, ...] = ("length", "fence", "furlong", "jockey", "trainer", "horse")
_TOLD_WORDS += ("saddle", "gelding", "steeplechase", "favourite")


def told_racing(texts: list[str]) -> bool:
    """Whether the report is a horse race's by a wider test than ``is_horse_racing`` (the
    lengths won by, the fences, a favourite's odds): two different such words at least."""
    return told_often(texts, _TOLD_WORDS, _RACING_TOLD, key=_told_key)


def _told_key(word: str) -> str:
    """One racing word however written (``fence``, ``fences``; any odds of a favourite)."""
    return "odds" if word[0].isdigit() else word.rstrip("s")
