"""A side's short name the article gives it in brackets: ``Harbour Rovers (HR)`` and then
``HR beat Delhi Lions (DL) by six wickets``.

A reporter who names a club in full once may put its initials in brackets after it and use
them after. Such a bracket is read as the name's other form only when its capitals are the
initials of the capitalised words right before it (``Harbour Rovers (HR)``; never a
country's code after a person, ``Ann Lee (USA)``), and an abbreviation two names claim is
read for neither. Read by quizcli.draft.sides (a side written short is printed in full) and
quizcli.draft.wins (the bracket after a beaten side is no part of it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Capitalised words, then capitals alone in brackets: "Mumbai Harbour Rovers (MHR)"
_NAMED_SHORT = re.compile(r"(?=[A-Z])((?:[A-Z][\w'’.-]*\s+){1,5})\(([A-Z]{2,5})\)")


def short_names(texts: Iterable[str]) -> dict[str, str]:
    """Each abbreviation the texts define after a name (``HR`` -> ``Harbour Rovers``): the
    last capitalised words before the bracket whose initials spell it; one name each."""
    found: dict[str, set[str]] = {}
    for text in texts:
        if "(" not in text:
            continue
        for match in _NAMED_SHORT.finditer(text):
            short = match[2]
            words = match[1].split()[-len(short) :]
            if len(words) == len(short) and "".join(w[0] for w in words) == short:
                found.setdefault(short, set()).add(" ".join(words))
    return {short: names.pop() for short, names in found.items() if len(names) == 1}


def written_short(short_of: dict[str, str], name: str, bracket: str) -> bool:
    """Whether ``bracket`` (``(DL)``) holds the short name the article gives ``name``."""
    return short_of.get(bracket.strip().strip("()")) == name
