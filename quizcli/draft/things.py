"""Names written as things, not people: a team (``the San Antonio Spurs``), a term in
quotation marks (``Serena Slam``), a results list's team in brackets (``Verstappen (Red
Bull)``), an organisation followed by its initials (``Delhi Capitals (DC)``), a club named
from a compass point (``West Ham``), a team owning a driver (``Oracle Red Bull Racing's Max
Verstappen``), a sponsor (``sponsored by Banca Mediolanum``), a nickname (``McLaren's
Flying Finn``), a name opened by a city or club a person is "of" (``Delhi Dabang`` where
the article writes ``Szocs of Delhi``). quizcli.draft.people.Cast keeps them out of the
people.
"""

from __future__ import annotations

import re

from quizcli.draft.nations import is_country_name
from quizcli.draft.runs import Mention, is_possessive
from quizcli.draft.tails import Ending


def written_as_thing(text: str, mention: Mention) -> bool:
    """Whether ``text`` writes ``mention`` as a team, a term or an organisation."""
    after = text[mention.end : mention.end + 3]  # (most names: no bracket after them)
    if after[:1] == ")" and _bracketed_after_name(text, mention):
        return True
    if "(" in after and _initials_after(text, mention):
        return True
    if _CREDIT_BEFORE.search_in(text, max(0, mention.start - 24), mention.start):
        return True  # "(Reporting by Rohith Nair)", "By Anthony Cocks", "Photo by Richard Gray"
    if text.startswith("by ", mention.start - 3) or text.startswith("by the ", mention.start - 7):
        if _SPONSOR_BEFORE.search(text, max(0, mention.start - 20), mention.start):
            return True  # "sponsored by Banca Mediolanum": a company
    return (
        (mention.words[0].endswith("ing") and _epithet(text, mention))  # "the Flying Finn"
        or (len(mention.words) >= 2 and mention.words[0] in _COMPASS)
        or _TEAM_OWNING.match(text, mention.end) is not None
        or _is_team(text, mention)
        or _in_quotes(text, mention)
    )


_THE_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he\s$")
_TEAM_ACTS = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,3}(?:man|men|woman|women|player|players|side|team|coach|manager"
    r"|pitcher|closer|captain|fans|defen[cs]e|attack|lead|win|victory|defeat)\b"
    r"|\s+(?:against|scored|won|lost|led|trailed|rallied|struck|hit)\b"
)
_FAMILY_AFTER = re.compile(r"\s+(?:brothers|sisters|twins|family|siblings|household)\b")


def _in_quotes(text: str, mention: Mention) -> bool:
    """Whether a mention is quoted on its own: the second “Serena Slam” is a term."""
    before, after = text[mention.start - 1 : mention.start], text[mention.end : mention.end + 1]
    if text[mention.end - 1 : mention.end] in ("’", "'"):  # "The ‘Iron Lady’ took over":
        after = text[mention.end - 1 : mention.end]  # the closing mark read with the word
    return bool(before) and before in "\"'“‘" and bool(after) and after in "\"'”’"


# A name's first word that makes it a club or a place: "West Ham", "North Melbourne"
_COMPASS = frozenset(
    ("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western")
)
# A page's credit before a name: a reporter, an editor, a photographer, never the story's
# (searched only before a name whose words before it end with one of the pattern's: most
# names follow a comma or a verb)
_CREDIT_BEFORE = Ending(
    re.compile(
        r"(?:\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Aa]dditional reporting)(?:\s+by)?"
        r"|\b(?:[Pp]hotos?|[Pp]hotograph|[Ii]mage|[Pp]icture)\s+by|\b[Cc]redit\s*:"
        r"|(?:^|\n|\(|\s\s)By|\b(?:journalist|reporter|correspondent|columnist))\s*:?\s*$"
    )
)
# A sponsor before its name: "Maglia Azzurra, sponsored by Banca Mediolanum" (a company)
_SPONSOR_BEFORE = re.compile(r"\b(?:sponsored|presented|powered)\s+by\s+(?:the\s+)?$")
# What stands before a nickname: "the Flying Finn", "McLaren's Flying Finn"
_OWNER_OR_THE = re.compile(r"(?:\b[Tt]he|\w['’]s)\s+$")


def _epithet(text: str, mention: Mention) -> bool:
    """Whether a run is a nickname of two words, a participle and a noun, after ``the`` or
    someone's (``the Flying Finn``, ``McLaren's Flying Dutchman``): no first name ends so."""
    first = mention.words[0]
    return (
        len(mention.words) == 2
        and len(first) >= 5
        and first.endswith("ing")
        and _OWNER_OR_THE.search(text, max(0, mention.start - 20), mention.start) is not None
    )


# A team owning a person by its team word: "Oracle Red Bull Racing's Max Verstappen"
_TEAM_OWNING = re.compile(r"\s+(?:Racing|Motorsports?|Team|F1 Team)['’]s\s+[A-Z]")
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w'’.-]+\s*\($")


_INITIALS = re.compile(r"\s*\(([A-Z]{2,5})\)")


def _initials_after(text: str, mention: Mention) -> bool:
    """Whether a mention is followed by its initials in brackets, as organisations are
    written: ``Delhi Capitals (DC)``, ``Mumbai Indians (MI)``."""
    found = _INITIALS.match(text, mention.end)
    return found is not None and found[1] == "".join(w[0] for w in mention.words).upper()


def _bracketed_after_name(text: str, mention: Mention) -> bool:
    """Whether a mention stands alone in brackets after a name, a results list's team:
    ``Verstappen (Red Bull) 1:19:41.993``, ``Kvyat (Alpha Tauri)``."""
    return (
        text[mention.end : mention.end + 1] == ")"
        and _NAME_BEFORE_BRACKET.search(text, max(0, mention.start - 40), mention.start) is not None
    )


def _is_team(text: str, mention: Mention) -> bool:
    """Whether a mention is written as a team: ``the San Antonio Spurs``, ``the Miami Heat``,
    ``the Spurs' victory`` (a person is never "the Tim Duncan"; "the Williams sisters" are)."""
    if not _THE_BEFORE.search(text, max(0, mention.start - 5), mention.start):
        return False
    if _FAMILY_AFTER.match(text, mention.end):
        return False
    plural_possessive = mention.words[-1].endswith("s") and text[mention.end : mention.end + 1] in (
        "'",
        "’",
    )
    # "the Eagles simply executed", "the Knicks held off": a team's plural name
    plural = mention.words[-1].endswith("s") and not is_possessive(text, mention)
    # "the Carp's setup man", "started for the Carp against": a team by one word
    acting = _TEAM_ACTS.match(text, mention.end) is not None
    return len(mention.words) >= 2 or plural_possessive or plural or acting


# "Bernadette Szocs of Delhi": the one capitalised word after a name and "of" (never a
# country's: "Georgia Hall" stays a person beside "Salukvadze of Georgia")
_OF_PLACE = re.compile(r"\b[A-Z][\w'’-]+ of (?P<place>[A-Z][a-z]{2,})\b(?![\s-]+[A-Z])")


def affiliation_words(text: str) -> set[str]:
    """The cities and clubs ``text`` says people are of (``Petrissa of Chennai``): a name
    they open (``Chennai Lions``, ``Delhi Dabang``) is a team, not a person."""
    if " of " not in text:
        return set()
    found = {m["place"] for m in _OF_PLACE.finditer(text)}
    return {word for word in found if not is_country_name((word,))}
