"""Horse racing: where horses are written as people are (``Desert Crown crossed the line``).

In a racing report (two of its words at least: ``jockey``, ``furlong``, ``the colt``, ``ridden
by``...), a name is taken for a person only when the article gives it a person's role or title
(``trainer Ruth Calder``, ``jockey Owen Pryce``, ``Sir Michael``) or quotes it; a horse, told
only by what it did, is never offered as a speaker.
"""

from __future__ import annotations

import re

_RACING = re.compile(
    r"\b(jockeys?|furlongs?|racecourse|colt|filly|fillies|gelding|stallion|ridden by"
    r"|trained by|saddled|horses?|trainer)\b",
    re.I,
)
# A person's role or title just before a name: "trainer Ruth Calder", "owner Saeed Suhail".
ROLE_BEFORE = re.compile(
    r"\b(?:trainer|jockey|owner|rider|breeder|handler|apprentice|co-owner|Sir|Mr|Mrs|Ms|Dr"
    r"|Lord|Lady|Sheikh)\.?,?\s+$"
)


def is_horse_racing(texts: list[str]) -> bool:
    """Whether the articles are racing reports: two different racing words at least."""
    joined = "\n".join(texts)
    if "orse" not in joined and "ockey" not in joined and "urlong" not in joined:
        if "rainer" not in joined and "idden by" not in joined and "colt" not in joined:
            return False  # a cheap test first: most articles are about other sports
    return len({m[1].casefold().rstrip("s") for m in _RACING.finditer(joined)}) >= 2
