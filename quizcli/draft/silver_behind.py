"""The winner named after a silver: ``X took silver behind A``, ``X and Y settled for silver
and bronze behind A``, ``X claimed the silver, 0.6 seconds behind A``, ``X took the silver
medal with a time of 2:06.79, finishing 0.94 seconds behind A``: A took the gold of the
race the clause tells (``quizcli.draft.medal_names`` reads X's silver itself).

Left out: a bronze alone before ``behind`` (the one ahead may be the winner or second), a
silver of another year or a denied one, a possessive (``behind A's time``) and anyone not
named right after ``behind``.
"""

from __future__ import annotations

import re

from quizcli.draft.editions import another_edition
from quizcli.draft.leads import Led
from quizcli.draft.medals_given import Finder, Given, named_at
from quizcli.draft.quotes import Sentence

_SILVER_BEHIND = Led(
    re.compile(
        r"\b(?:took|taking|takes|claimed|claiming|won|winning|earned|grabbed|collected"
        r"|secured|securing|snatched|(?:had\s+to\s+)?settled?\s+for|settling\s+for)\s+"
        r"(?:the\s+)?(?P<medal>silver)(?:\s+(?:and|&)\s+(?:the\s+)?bronze)?(?:\s+medals?)?"
        # "with a time of 2:06.79, finishing 0.94 seconds behind", "0.6 seconds behind"
        r"(?:\s+(?:with\s+a\s+time\s+of|in)\s+\d[\d:.]{2,8}\d)?"
        r"(?:,?\s+(?:finishing|touching|crossing\s+the\s+line))?"
        r"(?:,?\s+(?:just\s+)?\d{1,2}(?:\.\d{1,3})?\s*(?:s|secs?|seconds?)\b)?"
        r",?\s+behind\s+(?:(?:his|her|their)\s+(?:compatriot|teammate)\s+)?"
    ),
    "took|taking|takes|claim|won|winning|earned|grabbed|collected|secur|snatched|settl",
)
_EARLIER = re.compile(r"\b(?:[Ll]ast|[Pp]revious)\s+(?:year|season|time|edition)\b")


def gold_ahead(finder: Finder, sentence: Sentence) -> list[Given]:
    """``X took silver behind A``: A's gold, as (medal, name, where the silver is said)."""
    text, found = sentence.masked, list[Given]()
    index = finder.index(sentence)
    for match in _SILVER_BEHIND.finditer(text):
        if finder.negated(sentence, match.start()) or another_edition(
            text, match.start(), match.end()
        ):
            continue  # "did not take silver behind A", "took silver behind A in 2019"
        if _EARLIER.search(text, max(0, match.start() - 60), match.end()):
            continue  # "Last year she took silver behind A"
        named = named_at(index, text, match.end())
        if named is not None:
            found.append(("gold", named[0], match.start("medal")))
    return found
