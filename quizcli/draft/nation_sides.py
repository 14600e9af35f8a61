"""A national side told by its people's plural: ``The Norwegians beat Spain 29:23``.

A reporter who has named a national side once calls it by its nationality's plural after
(``the Norwegians``, ``the Brazilians``). Such a word is taken for the country's side only
when the other side of the match is another country's side (a match between nations), so
that the team of that nation is the one the word can stand for; against a club, a person
or the same country it stays unread. Read by the score finder (quizcli.draft.scores).
"""

from __future__ import annotations

import re

# Plurals of nationality words the usual English endings do not make from the country's
# name (quizcli.draft.nations.country_key reads the others: "Brazilians", "Italians")
_IRREGULAR_PLURALS = {
    "norwegians": "norway",
    "swedes": "sweden",
    "danes": "denmark",
    "spaniards": "spain",
    "germans": "germany",
    "croats": "croatia",
    "serbs": "serbia",
    "poles": "poland",
    "finns": "finland",
    "argentines": "argentina",
    "belgians": "belgium",
    "egyptians": "egypt",
    "peruvians": "peru",
    "ukrainians": "ukraine",
}

# "The Norwegians", "the Brazilians": one capitalised plural after an optional "the"
_PLURAL = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]{2,}s)")


def nation_side(text: str, other: str) -> str | None:
    """The country whose side ``text`` (``The Norwegians``) stands for, written as its
    one-word name (``Norway``), when ``other`` (the match's other side) is another country's
    name; None for anything else (``the Swiss``, a club, a person, a two-word country)."""
    from quizcli.draft.nations import country_key, is_country_name

    plural = _PLURAL.fullmatch(text.strip())
    if plural is None or not is_country_name(tuple(other.split())):
        return None
    word = plural[1].casefold()
    country = _IRREGULAR_PLURALS.get(word) or country_key(plural[1])
    if country is None or country == word or " " in country:  # ("the Philippines": a
        return None  # country's own name; "the Americans": USA, the United States?)
    name = country.capitalize()
    if not is_country_name((name,)) or country_key(other) in (None, country):
        return None
    return name
