"""A competition told by its own name in capitals before a title, for past results of other
editions: ``2022 Indy 500 winner X``, ``the 2008 Ricoh Women's British Open Champion``,
``since Y in 2002 to successfully defend the Harbour Cup``.

Only a name that ends on a word of competitions (``Marathon``, ``Open``, ``Cup``,
``Classic``, ``500``...) and holds a word of its own besides: never a place alone
(``2014 Boston runner-up``: Boston's what?), never a meeting's generic words (``World Cup``,
``British Open``, ``Olympic Games``: of which sport or event?), never a title (``world
champion``).
"""

from __future__ import annotations

import re

from quizcli.draft.headlines import GENERIC

# The last word of a competition's name ("Daytona 500": a number of laps or miles)
_ENDS = re.compile(
    r"(?:Marathon|Open|Cup|Classic|Trophy|Masters|Championship|Prix|Series|Bowl|Shield|Derby"
    r"|Stakes|Invitational|Rally|Matchplay|Plate|Chase|Hurdle|\d{2,3})\Z"
)
# Words that tell no competition of their own: generic ones, a sex, a competition's words
_PLAIN = GENERIC | frozenset(
    "Women's Women’s Men's Men’s Ladies Cup Championship Championships Games Grand Prix Series "
    "Trophy Marathon Classic Masters Bowl Shield Stakes Rally The".split()
)
# A sex told inside the name ("AIG Women's Open")
_SEX = re.compile(r"\b(?:[Ww]omen|[Mm]en|[Ll]adies)['’]?s?\b")


def named_competition(words: str | None) -> str | None:
    """``words`` (a run of capitalised words) as a competition's name, when they name one
    by its own name: ``Indy 500``, ``AIG Women's Open``, ``Harbour Cup``; else None."""
    if not words or not _ENDS.search(words):
        return None
    own = [w for w in words.split() if w not in _PLAIN and not w.isdigit()]
    if not own:
        return None  # "World Cup", "British Open": whose?
    return words


def names_sex(race: str) -> bool:
    """Whether a competition's name tells its sex (``AIG Women's Open``)."""
    return _SEX.search(race) is not None
