"""More signs that a full name is a person's, read where ``quizcli.draft.people`` reads its
own (a verb after the name, a role before it):

- a nation's possessive before it: ``to beat Russia's Yevgeny Ustyugov``, ``New Zealand's
  Richie McCaw`` (a country's name only: ``Sunday's Chicago Marathon`` is no person);
- a role a person holds, written before it, with or without a comma: ``race director Marion
  Rousse``, ``their head coach, Joe Mazzulla,``, ``his New Zealand counterpart``,
  ``reliever Luke Jackson``;
- a name in a list that a cued person opens: ``teammates Suryakumar Yadav, Kuldeep Yadav
  and Mohd Siraj``, ``the quarterbacks Tom Brady, Joe Montana and Terry Bradshaw``. (A list
  with no cue, ``behind only Tom Brady, Joe Montana and Terry Bradshaw``, stays unread: a
  surname written alone later was tried as the cue and made "Royal Troon" a person.)

A run whose first word is another person's surname (``Mahomes Magic`` beside ``Patrick
Mahomes``) is a nickname or a thing of theirs, never a person: see ``named_after``.
"""

from __future__ import annotations

import re

from quizcli.draft.nations import has_country, is_country_name
from quizcli.draft.runs import Mention

# A nation's possessive right before the name: "Russia's ", "New Zealand’s "
_POSSESSOR = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+$")
_ROLE = re.compile(
    r"\b(?:director|president|chairman|chairwoman|owner|counterpart|teammates|team-mates"
    r"|quarterback|pitcher|reliever|catcher|shortstop|outfielder|baseman|receiver|linebacker"
    r"|fly-half|scrum-half|flanker|hooker|cox|referee|umpire|caddie|jockey|trainer|boss"
    r"|manager|batter|batsman|spinner|all-rounder|point guard|guard|centre-back|full-back"
    r"|legend|great|veteran|rookie|newcomer|debutant|teenager|youngster|sprinter|swimmer"
    r"|skier|skater|cyclist|runner|golfer|boxer|wrestler|gymnast|diver|rower|sailor|archer"
    r"|judoka|fencer|weightlifter|shooter|opponent|challenger|compatriots|countryman"
    r"|countrywoman|countrymen|daughter|son|father|mother|brother|sister|coach|captain"
    # a player's position: "left back Mikkel Hansen", "line player Jannik Kohlbacher"
    r"|(?:left|right|centre|center|wing|full|half)[- ]back|line player|playmaker|setter"
    r"|libero|wicketkeeper|wicket-keeper|stand-off|fly half|scrum half|prop|winger|striker"
    r"|midfielder|defender|goalkeeper|keeper)"
    r"(?:e?s)?(?:\s*,)?\s+$"
)
# What joins two names of one list: ", ", " and ", ", and "
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def person_cued(text: str, mention: Mention, previous: int | None) -> bool:
    """Whether ``text`` writes a person's cue before the full name ``mention``; ``previous``
    is where the last name cued as a person ended in the same text (or None)."""
    if len(mention.words) < 2:
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    owner = _POSSESSOR.search(before)
    if owner:
        words = tuple(owner[1].split())
        return is_country_name(words) or (len(words) == 1 and has_country(words))
    if _ROLE.search(before):
        return True
    return previous is not None and _LIST_JOIN.fullmatch(text, previous, mention.start) is not None


def named_after(name: str, surnames: dict[str, list[str]]) -> bool:
    """Whether ``name`` (two words) opens with another person's surname: ``Mahomes Magic``
    beside ``Patrick Mahomes`` is no one's name."""
    words = name.split()
    if len(words) != 2:
        return False
    return any(other != name for other in surnames.get(words[0], []))
