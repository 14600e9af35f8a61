"""What kind of report an article is, told by how often it uses a sport's words.

Golf, cricket, triathlon, skating and cycling, horse racing: each finder that reads a sport's
own forms (``carded a 68``, ``made 112``, a triathlon's "marathon" as its run leg) asks first
whether the article is about that sport, with ``told_often``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def told_often(
    texts: list[str],
    hints: tuple[str, ...],
    words: re.Pattern[str],
    key: Callable[[str], str] | None = None,
) -> bool:
    """Whether ``words`` matches twice at least in the articles' ``texts`` (read case-folded),
    or, with ``key``, matches two words that ``key`` tells apart (``jockey`` and ``colt``,
    not ``horse`` and ``horses``). ``hints`` hold a piece (case-folded) of every match
    ``words`` can make: a text holding none of them is not searched."""
    lowered = _folded(tuple(texts))
    if not any(hint in lowered for hint in hints):
        return False  # a cheap test first: most articles are about other sports
    seen: set[str] = set()
    count = 0
    for match in words.finditer(lowered):  # read until the second: a long article ends early
        count += 1
        if key is None:
            if count >= 2:
                return True
            continue
        seen.add(key(match[0] if words.groups == 0 else match[1]))
        if len(seen) >= 2:
            return True
    return False


@functools.lru_cache(maxsize=4)
def _folded(texts: tuple[str, ...]) -> str:
    """The texts joined and case-folded, once for every sport asked about."""
    return "\n".join(texts).casefold()
