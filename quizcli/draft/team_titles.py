"""A title won by a team: ``The Harbour Hawks won the Coast Cup for the first time``,
``Lakeside claimed their second Island Trophy title``, ``Rovers were crowned Coast Cup
champions``, ``Lakeside beat Rovers 3-1 to win the Coast Series``, ``Kane's hat-trick
powered Lakeside to a third Island Cup title``.

Read only of a team the article shows playing a match (a side of a score, a win or a draw
it reads; never a person), named opening the sentence right before the verb (or right after
a verb that carries it to the title: ``powered Lakeside to``); the title is named in capitals
ending on a word of titles (``Cup``, ``Trophy``, ``Series``, ``Shield``...) or followed by
``title``, ``crown``, ``championship``, never only ``World``, ``European``...; nothing after
it makes it another time's (``in 2019``, ``last year``, ``three times``) or another thing
(``title race``). A ``to win the X`` needs the match won in the same sentence by the same
side. Facts are ``team title`` facts (team, title, 1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizcli.draft.editions import opens_in_another_year
from quizcli.draft.facts import Fact
from quizcli.draft.headlines import GENERIC
from quizcli.draft.quoted import Sentence
from quizcli.draft.sides import opening_side

MATCH_KINDS = frozenset({"score", "beat", "margin", "draw"})

_COUNTS = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)"
    r"|first-ever|maiden|successive|consecutive|straight|back-to-back|record|record-extending"
    r"|record-equalling|record-equaling|historic)"
)
_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*"
_TITLE = (
    rf"(?:(?P<year>(?:19|20)\d\d)\s+)?(?P<name>{_NAME})"
    r"(?:\s+(?P<tail>title|crown|championship|trophy))?\b"
)
_OWNER = r"(?:the|their|its|it['’]s|a|an)\s+"
# "won the", "has won their third", "were crowned"
_WON = re.compile(
    r"(?:has\s+|have\s+)?(?:won|claimed|clinched|captured|retained|lifted|secured|regained"
    r"|reclaimed|sealed|seized|defended)\s+"
    + _OWNER
    + rf"(?:{_COUNTS}\s+){{0,3}}"
    + _TITLE
    + r"|(?:was|were)\s+crowned\s+(?:the\s+)?"
    + rf"(?:(?P<cyear>(?:19|20)\d\d)\s+)?(?P<cname>{_NAME})\s+champions?\b"
)
# "... beat X 7-6 in Game 5 to win the Coast Series"
_TO_WIN = re.compile(
    r"\bto\s+(?:win|claim|clinch|capture|lift|seal|take)\s+"
    + _OWNER
    + rf"(?:{_COUNTS}\s+){{0,3}}"
    + _TITLE
)
# "powered Lakeside to a third Island Cup title", "to guide Rovers to the Coast Cup"
_CARRIED = re.compile(
    r"\b(?:powered|power|guided|guide|steered|steer|propelled|propel|fired|fire|led|lead"
    r"|sent|send|sending|carried|carry|inspired|inspire)\s+(?:the\s+)?"
    r"(?P<side>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+to\s+"
    + _OWNER
    + rf"(?:{_COUNTS}\s+){{0,3}}"
    + _TITLE
)
_HINT = re.compile(
    r"\b(?:won|claimed|clinched|captured|retained|lifted|secured|regained|reclaimed|sealed"
    r"|seized|defended|crowned|win|claim|clinch|capture|lift|seal|take|to)\b"
)
# The last word of a title's name when no ``title`` follows it
_HEADS = frozenset(
    "Cup Trophy Series Shield Bowl Championship Championships League Final Slam Premiership "
    "Plate Vase Classic Crown".split()
)
# After the title: another time's ("in 2019", "last season"), a count of titles ("three
# times"), or another thing ("title race", "Cup final" of a match only)
_ANOTHER_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|season|month|time)|(?:two|three"
    r"|four|five|six|\d+)\s+times|twice|previously|before|earlier)\b"
)
_NOT_A_TITLE_AFTER = re.compile(
    r"['’]|\s+(?:race|races|fight|bout|hopes?|bids?|chances?|rivals?|holders?|winners?"
    r"|contenders?|challengers?|match(?:es)?|tie|game|semi-finals?|semifinals?"
    r"|qualifiers?|run|defen[cs]e|tournament|campaign|draw)\b"
)
# A word describing a side, written before its name: "Hosts Egypt", "Holders Lakeside"
_DESCRIBED = re.compile(
    r"^(?:Hosts|Holders|Champions|Defending champions|Title-holders|Visitors|Favourites"
    r"|Favorites|Underdogs|Minnows|Newcomers)\s+(?=[A-Z])"
)
# A stage of a competition reached, not won: "guided Rovers to the Coast Cup final"
_STAGE_AFTER = re.compile(
    r"\s+(?:final|finals|play-?offs?|quarter-?finals?|semi-?finals?|knockouts?|rounds?|stages?)\b"
)
# The name right before a verb ("... and Los Angeles FC won"), and what opens its clause
_BEFORE = re.compile(r"(?P<side>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})\s+$")
_CLAUSE_OPENS = re.compile(r"(?:[,;–—]|\s-|\b(?:and|as|when|after|while))\s+(?:the\s+)?$")
_DENIED = re.compile(
    r"\b(?:not|never|no|failed|fail|hoped|hope|hoping|bid|bidding|would|could|will|can|might"
    r"|may|should|must|chance|attempt|attempting|trying|tried|aim|aiming|bid|hopes|seeking)\b"
)


def match_sides(facts: Iterable[Fact]) -> set[str]:
    """The sides of the matches the facts read (winners, losers, drawn sides)."""
    sides: set[str] = set()
    for fact in facts:
        if fact.kind in MATCH_KINDS and isinstance(fact.value, tuple) and fact.value:
            sides.update((fact.athlete, str(fact.value[0])))
    return sides


def team_titles(
    sentences: Iterable[Sentence], facts: list[Fact], people: frozenset[str]
) -> list[Fact]:
    """The titles the teams of ``facts``' matches won, as the sentences tell them."""
    teams = {side for side in match_sides(facts) if side and side not in people}
    if not teams:
        return []
    won_in: dict[int, set[str]] = {}  # id of a sentence -> the sides it tells winning a match
    for fact in facts:
        if fact.kind in ("score", "beat", "margin"):
            won_in.setdefault(id(fact.sentence), set()).add(fact.athlete)
    found = []
    for sentence in sentences:
        text = sentence.masked
        if sentence.heading or not _HINT.search(text) or opens_in_another_year(text):
            continue
        found += _told(sentence, teams, won_in.get(id(sentence), set()))
    return found


def _told(sentence: Sentence, teams: set[str], winners: set[str]) -> list[Fact]:
    """The team titles one sentence tells (at most one)."""
    text = sentence.masked
    for won in _WON.finditer(text):
        side = _side_before(text, won.start(), teams)
        if side is not None and not _DENIED.search(text, max(0, won.start() - 40), won.start()):
            return _fact(sentence, side, won, "c" if won["cname"] else "")
    opening = opening_side(text, len(text))
    if opening is not None:
        side = _team(opening["side"], teams)
        if side is not None and side in winners:
            after = opening.end("side")
            for to_win in _TO_WIN.finditer(text, after):
                if not _DENIED.search(text, after, to_win.start()):
                    return _fact(sentence, side, to_win, "")
                break
    carried = _CARRIED.search(text)
    if carried is not None:
        side = _team(carried["side"], teams)
        if side is not None and not _DENIED.search(text, 0, carried.start()):
            if not _STAGE_AFTER.match(text, carried.end()):  # "led X to the Coast Cup final"
                return _fact(sentence, side, carried, "")
    return []


def _side_before(text: str, end: int, teams: set[str]) -> str | None:
    """The team named right before ``end`` opening its clause (the sentence, after a
    dateline, or after ``and``, ``as``, ``when``, a comma or a dash), else None."""
    before = _BEFORE.search(text, max(0, end - 90), end)
    if before is None:
        return None
    opening = opening_side(text, len(text))
    if opening is not None and opening.end("side") == before.end("side"):
        return _team(opening["side"], teams)
    if not _CLAUSE_OPENS.search(text, max(0, before.start() - 12), before.start()):
        return None
    return _team(before["side"], teams)


def _team(written: str, teams: set[str]) -> str | None:
    """The one team of ``teams`` written so: the same, or its last words (``Golden Knights``
    for ``Vegas Golden Knights``)."""
    if written in teams:
        return written
    fits = {t for t in teams if t.endswith(" " + written)}
    return fits.pop() if len(fits) == 1 else None


def _fact(sentence: Sentence, side: str, match: re.Match[str], prefix: str) -> list[Fact]:
    """The ``team title`` fact of a title read (``prefix`` "c" for a crowning's groups)."""
    text = sentence.masked
    name, year = match[f"{prefix}name"], match[f"{prefix}year"]
    tail = None if prefix else match["tail"]
    words = name.split()
    if set(words) <= GENERIC or (tail is None and not prefix and words[-1] not in _HEADS):
        return []
    end = match.end()
    if _ANOTHER_AFTER.match(text, end) or (tail and _NOT_A_TITLE_AFTER.match(text, end)):
        return []
    if not tail and not prefix and _NOT_A_TITLE_AFTER.match(text, end):
        return []
    title = f"{name} {tail}" if tail else name
    if prefix and words[-1] not in _HEADS:
        title = f"{name} title"  # "crowned NBA champions": the NBA title
    event = f"{year} {title}" if year else title
    team = _DESCRIBED.sub("", side, count=1)  # "Hosts Egypt": Egypt
    return [Fact("team title", team, event, 1, sentence, match[0])]
