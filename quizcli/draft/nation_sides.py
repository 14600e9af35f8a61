"""A national side told by its people's plural: ``The Norwegians beat Spain 29:23``.

A reporter who has named a national side once calls it by its nationality's plural after
(``the Norwegians``, ``the Brazilians``). Such a word is taken for the country's side only
when the other side of the match is another country's side (a match between nations), so
that the team of that nation is the one the word can stand for; against a club, a person
or the same country it stays unread. Read by the score finder (quizcli.draft.scores).

Against a franchise written as its place and a plural (``the Chicago Hawks edged the
Indians, 8-7``), which the article also calls by its plural alone (``the Hawks``), such a
plural is the other franchise's nickname, printed as written (``Indians``): a league of
clubs so named plays no nation's side.
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
_PLURAL = re.compile(r"(?:[Tt]he\s+)?([A-Z][a-z]{2,}(?<!s)s)")


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


# A franchise's name: a place's one or two words and a plural ("Chicago Hawks", "New York
# Giants")
_FRANCHISE = re.compile(r"(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]{2,}s")


def franchise_side(text: str, other: str, nicknamed: frozenset[str]) -> str | None:
    """The nickname ``text`` (``the Indians``) stands for when ``other`` (the match's other
    side) is a franchise written as a place and a plural (``Chicago Hawks``) that the
    article also calls by its plural alone (``the Hawks``: ``Hawk`` in ``nicknamed``,
    quizcli.draft.runs.team_members): the plural as written (``Indians``); None when
    ``other`` is anything else (a country, a club written otherwise, a person)."""
    from quizcli.draft.nations import has_country, is_place_word

    plural = _PLURAL.fullmatch(text.strip())
    if plural is None or _FRANCHISE.fullmatch(other) is None:
        return None
    if other.split()[-1][:-1] not in nicknamed:
        return None  # "Harbour Rovers", never "the Rovers": no league of nicknames told
    if has_country(tuple(other.split())) or is_place_word(other.split()[-1]):
        return None  # "South Koreans", "New Zealanders": a nation's people
    return plural[1]
