"""People described before their names: ``the 37-year-old Djokovic``, ``Dortmund coach
Edin Terzic``, and in an attribution any epithet (``a jubilant Lonyangata said``,
``goalscorer Bowen told``) but never a word that makes the name someone else's (``the
coach of Kerr``).
"""

from __future__ import annotations

import re

from quizcli.draft.people import Cast, Mention, is_possessive, strip_possessive

_ROLE_WORDS = frozenset(
    """
    the a an his her their its coach manager head assistant captain teammate team-mate
    compatriot rival champion winner world number one two three four five veteran star
    defender striker midfielder goalkeeper keeper forward rider driver runner sprinter swimmer
    skier player leader president chief boss reigning defending former new fellow young
    top seed seeded olympic double triple legend great partner trainer director
    """.split()
)


def described_person(
    text: str, runs: list[Mention], cast: Cast, loose: bool = False
) -> tuple[str, int] | None:
    """A person after a short description: ``the 37-year-old Djokovic``, ``the Serbian
    Djokovic``, ``Dortmund coach Edin Terzic``, ``world number one Sinner``; None when any
    word between is not a description (``the coach of Kerr`` is the coach, not Kerr)."""
    for run in runs[:3]:
        prefix = text[: run.start]
        if "." in prefix:  # "U.S. forward Jocelyne Lamoureux": the initials as one word
            prefix = _INITIALS.sub(lambda m: m[0].replace(".", ""), prefix)
        if loose and prefix.rstrip().endswith(","):
            prefix = prefix.rstrip()[:-1]  # "said the Oxford president, Anastasia Chitty"
        words = prefix.split()
        if len(words) > 5 or re.search(r"[^\w\s'’-]", prefix):
            return None
        name = None if is_possessive(text, run) else cast.speaker(run.words)
        if name is None or not words:
            continue
        if all(describes(word, cast) or (loose and _epithet(word)) for word in words):
            return name, run.end
        return None
    return None


_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")  # "U.S.", "U.K."

_NOT_EPITHETS = frozenset(
    """
    of for to with from and or but after before at in on by who which that whose than as
    against over under behind beside like about said says told added when while where
    """.split()
)


def _epithet(word: str) -> bool:
    """A lower-case word that may describe the speaker of an attribution (``a jubilant``,
    ``goalscorer``), not one that makes the name someone else's (``the coach of Kerr``)."""
    return bool(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", word)) and word not in _NOT_EPITHETS


def describes(word: str, cast: Cast) -> bool:
    """A word that may stand in a description before a name."""
    from quizcli.draft.nations import is_place_word

    plain = strip_possessive(word)
    return (
        plain.casefold() in _ROLE_WORDS
        or (plain != word and plain[:1].isupper())  # "Kerr's coach Bob Smith": whose coach
        or bool(re.fullmatch(r"\d+-(?:year|time)-old|\d+-time|\d+(?:st|nd|rd|th)?", plain))
        or is_place_word(plain)
        or (plain[:1].isupper() and cast.speaker((plain,)) is None)
    )
