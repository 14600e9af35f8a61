"""The signs around a name that ``quizcli.draft.people`` reads to tell a person from a
club, a team or a place: the words after it that make it a thing (``Dortmund coach``), a
verb or a description that make it a person's (``Kerr said``, ``the Serbian Djokovic``), an
age given to a name written alone (``the 37-year-old Djokovic``, ``Fan, 27,``), someone's
kin (``her brother, Taylor Shiffrin``); and these, for a full name:

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
from quizcli.draft.tails import Ending

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
# A word a match of _ROLE ends with, before its comma and spaces: one of its words (its
# plurals end with "s"); the pattern is case-sensitive, so are these
_ROLE_LAST = Ending(_ROLE).words
# What joins two names of one list: ", ", " and ", ", and "
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


# Words after a name that make it a club, a team or a place: "Dortmund coach Edin Terzic".
THING_CUE = re.compile(
    r"\s+(?:coach|manager|boss|head coach|captain|skipper|club|team|side|squad|stadium|arena"
    r"|fans|supporters"
    r"|goalkeeper|keeper|striker|defender|midfielder|forward|chairman|president|director"
    r"|players?|teammates?|team-mates?|academy|officials?|spokesman|spokeswoman|spokesperson"
    r"|statement|website|region|province|city|county)\b"
    # the last word of a place's name: "Salt Lake City", "Croke Park", "Madison Square Garden"
    r"|\s+(?:City|County|Stadium|Arena|Park|Garden|Gardens|Square|Street|Road|Bay|Island"
    r"|Valley|Lake|Lagoon|Reservoir|Canal|Basin|Hall|Centre|Center|Circuit|Speedway|Raceway"
    r"|Ring|Oval|Velodrome"
    r"|College|University|School|Institute|Academy|Club)\b"
    # an event's name: "Mitsubishi Motors Badminton Horse Trials", "the Wimbledon Championships"
    r"|(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Trials|Stakes|Invitational|Championships?|Tournament)\b"
)

# An age written with a name alone: "the 37-year-old Djokovic", "Fan, 27, second seed"
_AGED_BEFORE = re.compile(r"\b[Tt]he\s+\d{1,2}-year-old\s+$")
_AGED_AFTER = re.compile(r",\s+\d{2},")

# After "Mayer's": a person's teammate, coach or manager ("Petrovic's coach, Dusan Ilic").
TEAMMATE = re.compile(r"\s*(?:team[- ]?mates?|coach|manager|trainer|agent)\b")
MANAGED = re.compile(r"\s+(?:men|side)\b")
# A full name reported speaking: "Adam Kerr said", "said Adam Kerr"
SPEAKS = re.compile(r",?\s+(?:said|says|added|told|explained|admitted|insisted)\b")
SAID_BEFORE = re.compile(r".*\b(?:said|says|added|told)\s+$", re.S)  # (matched, once)
SAYS_HINT = re.compile(r"\b(?:said|says|added|told|explained|admitted|insisted)\b")
KIN_HINT = re.compile(
    r"brother|sister|son\b|daughter|father|mother|dad\b|mum\b|mom\b|husband|wife|uncle|aunt"
    r"|cousin|grand|fianc"
)
# Someone's kin named before the full name: "Her brother, Taylor Shiffrin", "his son Dominic"
KIN_BEFORE = re.compile(  # (led by the letters a match begins with: re skips the rest)
    r"(?=[HhTt])"
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:older|younger|big|little|elder|twin|late)\s+)?"
    r"(?:(?:brother|sister|son|daughter|father|mother)(?:-in-law)?|dad|mum|mom|husband|wife"
    r"|uncle|aunt|cousin|grandfather|grandmother|fianc[ée]e?)\s*,?\s*"
)  # (found once a paragraph: a name starting where one ends is that kin)
# Someone's kin told in apposition after the full name, by the other's surname: "Thomas
# Vonn, Vonn's husband and chief adviser," (the bare surname is then the other person's)
KIN_AFTER = re.compile(
    r",\s+(?P<owner>[A-Z][\w'’-]*)['’]s\s+(?:(?:older|younger|big|little|elder|twin|late)\s+)?"
    r"(?:(?:brother|sister|son|daughter|father|mother)(?:-in-law)?|dad|mum|mom|husband|wife"
    r"|uncle|aunt|cousin|grandfather|grandmother|fianc[ée]e?)\b"
)


VERBS = (
    r"said|says|told|added|explained|admitted|insisted|won|wins|beat|beats|finished|took"
    r"|claimed|clocked|ran|crossed|led|leads|attacked|celebrated|played|scored|broke|set"
    r"|finishes|came|placed|edged|defeated|lost|trailed|dominated|struck|hit|rode|swam"
    r"|raced|jumped|threw|is|was|has|had|will|would|could|gave|bagged|netted|levelled"
    r"|equalised|equalized|headed|saved|missed|made|fired|sealed|clinched|secured|grabbed"
    r"|snatched|earned|posted|carded|shot|sank|holed|served|converted|pulled|surged|kicked"
)
PERSON_AFTER = re.compile(
    rf"(?:['’]s?)?,?\s+(?:{VERBS})\b|,\s+\d{{2}},|:\s|\s+(?:of|from)\s+(?:the\s+)?[A-Z]"
    r"|,\s+(?:the|a|who|whose)\b|\s+\([A-Z]{3}\)|\s+(?:and|or)\s+(?:his|her)\b"
)
PERSON_BEFORE = re.compile(
    rf"\b(?:{VERBS}|the \d+-year-old|champion|coach|captain|team[- ]?mate|rival"
    r"|winner|compatriot|medallist|medalist|runner-up|beating|against|over|by|number \w+"
    r"|ahead of|behind|rider|driver|player|star|partner|seed|upset|girlfriend|wife|husband"
    r"|defender|forward|striker|midfielder|goalkeeper|keeper|winger|skipper|opener|bowler"
    r"|[A-Z][a-z]+(?:an|ian|ese|ish|i))\s+$"
)
# Searched only before a name whose last word (or the one before: ``number \w+``) may end
# the pattern (quizcli.draft.tails).
ENDS_PERSON = Ending(PERSON_BEFORE, any_last=True)
PLACE_BEFORE = re.compile(
    r"\b(?:at|in|into|to|from|towards?|near|on)\s+(?:the\s+(?:top\s+of\s+(?:the\s+)?)?)?$"
)


def aged(text: str, mention: Mention) -> bool:
    """Whether a name written alone is given an age (``the 37-year-old Djokovic``, ``Fan,
    27,``): a person's, never a club's or a country's."""
    return (
        _AGED_BEFORE.search(text, max(0, mention.start - 20), mention.start) is not None
        or _AGED_AFTER.match(text, mention.end) is not None
    ) and not has_country(mention.words)


def person_cued(text: str, mention: Mention, previous: int | None) -> bool:
    """Whether ``text`` writes a person's cue before the full name ``mention``; ``previous``
    is where the last name cued as a person ended in the same text (or None)."""
    if len(mention.words) < 2:
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    # (each pattern searched only when the words before the name end as its match must:
    # in a list of results most names follow a comma and no role)
    tail = before.rstrip()
    owner = _POSSESSOR.search(before) if tail.endswith(("'s", "’s")) else None
    if owner:
        words = tuple(owner[1].split())
        return is_country_name(words) or (len(words) == 1 and has_country(words))
    if tail.endswith(","):
        tail = tail[:-1].rstrip()  # "their head coach, Joe Mazzulla"
    if tail.endswith(_ROLE_LAST) and _ROLE.search(before):
        return True
    return previous is not None and _LIST_JOIN.fullmatch(text, previous, mention.start) is not None


def named_after(name: str, surnames: dict[str, list[str]]) -> bool:
    """Whether ``name`` (two words) opens with another person's surname: ``Mahomes Magic``
    beside ``Patrick Mahomes`` is no one's name."""
    words = name.split()
    if len(words) != 2:
        return False
    return any(other != name for other in surnames.get(words[0], []))
