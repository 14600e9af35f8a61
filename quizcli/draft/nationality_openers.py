"""A sentence's subject described by a nationality before its name: ``Chinese teenage
sensation Guo Yue came back, beating ...``, ``Serbian star Ana Ilic ...``, ``Kenyan Ruth Sang
...``. The nationality and the lower-case words after it are no one's name, so the name after
them is the subject (quizcli.draft.sides reads a match's winner so). Never a country's name
(``Spain coach Luis ...`` may be a side), never a word that makes the name someone else's
(``Chinese coach Li Wei``, ``Kenyan teammate of ...``), and never a possessive.
"""

from __future__ import annotations

import re

# The nationality, then at most three lower-case words, then a capital (the name)
_OPENER = re.compile(
    r"\s*(?P<nation>[A-Z][a-z]{2,})\s+(?P<words>(?:[a-z][a-z-]*\s+){0,3})(?=[A-Z])"
)
# Words that tie the name after them to someone else, or end the description
_TURNING = frozenset(
    """
    the a an of for with by from to and but or after before than against over as while when
    if that who which in at on said says coach coaches manager managers trainer partner
    partners teammate teammates team-mate team-mates wife husband son daughter brother sister
    father mother mentor agent
    """.split()
)


def nationality_opening(head: str) -> int | None:
    """Where the name starts after an opening nationality and its description (``Chinese
    teenage sensation `` before ``Guo Yue``), or None when the sentence opens otherwise."""
    from quizcli.draft.nations import is_country_name, is_place_word

    match = _OPENER.match(head)
    if match is None:
        return None
    nation = match["nation"]
    if not is_place_word(nation) or is_country_name((nation,)):
        return None  # a name, or a country (a side of its own: "Spain beat ...")
    if any(word in _TURNING for word in match["words"].split()):
        return None  # "Chinese coach Li Wei": the coach, not a player
    return match.end()
