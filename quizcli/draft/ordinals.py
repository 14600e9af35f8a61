"""Places and medals as articles write them: ordinals in words or digits (``third``,
``25th``), ``runner-up``, ``gold``/``silver``/``bronze``, and lists of them told
``respectively``; read as numbers by ``place_number``."""

from __future__ import annotations

import re

from quizcli.draft.event_names import ORDINALS

MEDALS = {"gold": 1, "silver": 2, "bronze": 3}
ORD = "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th)"  # an ordinal, in words or digits
VALUE = r"(?:gold|silver|bronze|" + ORD + r")"  # a medal or an ordinal
# "second and third, respectively": each value is another name's (quizcli.draft.respectively)
RESPECTIVELY = re.compile(
    rf"(?P<values>{VALUE}(?:\s*,\s*{VALUE})*\s*,?\s+and\s+{VALUE})\s*,?\s+respectively\b"
    # "A and B took silver and bronze", "to win the silver and bronze": medals taken in the
    # order of the names, as reporters write it without "respectively"
    r"|\b(?:took|take|takes|taking|won|win|wins|winning|claimed|claim|claiming|collected"
    r"|grabbed|picked\s+up|earned|settled\s+for)\s+(?:the\s+)?"
    r"(?P<medals>(?:gold|silver|bronze)(?:\s*,\s*(?:gold|silver|bronze))*\s*,?\s+and\s+"
    r"(?:gold|silver|bronze))(?:\s+medals)?(?!\s*,?\s+respectively)(?=\s*(?:[.,;]|$|\s+in\b))"
)


def place_number(spelled: str) -> int:
    """``third`` -> 3, ``25th`` -> 25, ``runner-up`` -> 2, ``silver`` -> 2."""
    spelled = spelled.casefold()
    if spelled == "runner-up":
        return 2
    return MEDALS.get(spelled) or ORDINALS.get(spelled) or int(re.sub(r"\D", "", spelled))


# What an ordinal after a verb must not be followed by: "took the second stage", "was
# second fastest", "finished second overall" are no finishing places; nor is an order of
# starting, "was first to go on the short course", "was last to jump" (but "first to cross
# the line" is).
NOT_A_PLACE = (
    r"(?![-‑]|\s+(?:stage|lap|leg|set|round|half|time|title|straight|consecutive|successive"
    r"|career|season|year|day|week|attempt|jump|try|game|match|hole|quarter|period|fastest"
    r"|best|major|gold|silver|bronze|medal|win|victory|overall|on the grid|in the standings"
    r"|to\s+(?:go|start|jump|ride|skate|ski|dive|bat|bowl|tee|compete|perform|leave|set off"
    r"|take (?:to )?the|attempt|try|throw|vault|lift|race|run|swim|fly|drive))\b)"
)
