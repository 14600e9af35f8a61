"""What kind of report an article is, told by how often it uses a sport's words.

Golf, cricket, triathlon, skating and cycling, horse racing: each finder that reads a sport's
own forms (``carded a 68``, ``made 112``, a triathlon's "marathon" as its run leg) asks first
whether the article is about that sport, with ``told_often``.
"""

from __future__ import annotations

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
    lowered = "\n".join(texts).casefold()
    if not any(hint in lowered for hint in hints):
        return False  # a cheap test first: most articles are about other sports
    found = words.findall(lowered)
    return len({key(word) for word in found} if key else found) >= 2
