"""A named race's sex, when the article reports both a men's and a women's race under one
name (``the London Marathon``): a result told of ``she`` (and no man) is the women's race's,
one of ``he`` the men's, so that "Who won the London Marathon?" is never asked of one of two
winners. (A race named by its distance carries its sex where the article writes it.)
"""

from __future__ import annotations

import re

from quizcli.draft.event_names import event_name
from quizcli.draft.facts import Fact
from quizcli.draft.index import SentenceIndex, sexes_in
from quizcli.draft.quotes import Sentence

_MENS = re.compile(r"(?<!wo)men['’]s")  # "men's", never the "men's" of "women's"
_SEXED = re.compile(r"\b(?:(?:wo)?men['’]s|mixed)\s", re.I)  # ("AIG Women's Open")
_NAMED = re.compile(r"[A-Z][a-z]")  # "London Marathon", never a boat's "K1 1000m"
_RACE_KINDS = frozenset(("time", "medal", "place", "podium", "completed"))


def both_sexes(texts: list[str]) -> bool:
    """Whether the article names a men's and a women's race (``men's`` and ``women's``)."""
    women = any("women's" in t or "women’s" in t for t in texts)
    return women and any(_MENS.search(t) for t in texts)


def sexed(
    facts: list[Fact], index: SentenceIndex, paragraph: tuple[bool, bool] = (False, False)
) -> list[Fact]:
    """``facts`` with each unsexed race named for the sex the sentence speaks of (only
    women's words, ``she``/``her``, or only men's), else the sex its ``paragraph`` speaks
    of (``Hassan won in 2:13:44.`` before ``her time trailed only the women's world
    record``); unchanged when they speak of both or neither."""
    women, men = index.sexes()
    if not women and not men:
        women, men = paragraph
    if women == men:
        return facts
    sex = "women's " if women else "men's "
    return [
        f._replace(event=sex + f.event)
        if f.event
        and _NAMED.match(f.event)
        and f.kind in _RACE_KINDS
        and not _SEXED.search(f.event)  # "the Indonesia Open men's singles": told already
        else f
        for f in facts
    ]


def paragraph_sexes(sentences: list[Sentence]) -> dict[int, tuple[bool, bool]]:
    """Whether words for women, and for men, stand in each paragraph (by its number)."""
    sexes: dict[int, tuple[bool, bool]] = {}
    for sentence in sentences:
        women, men = sexes.get(sentence.paragraph, (False, False))
        here = sexes_in(sentence.masked) if not (women and men) else (False, False)
        sexes[sentence.paragraph] = (women or here[0], men or here[1])
    return sexes


def untold_sex(facts: list[Fact], events: list[re.Match[str]]) -> list[Fact]:
    """Of a sentence's ``facts`` in a race named as both sexes' (``the men's world record to
    win the Chicago Marathon ... the fastest women's time``), those of the race carried by its
    name alone (``Hassan won in 2:13:44``) that ``sexed`` could give no sex: the men's or the
    women's race? Not asked."""
    named = {event_name(e) for e in events}
    return [
        f
        for f in facts
        if f.event
        and f.event[:1].isupper()
        and f.event not in named
        and f.kind in ("time", "medal", "place", "podium")
    ]
