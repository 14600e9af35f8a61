"""The sides of a match as printed: ``Novak Djokovic``, ``Borussia Dortmund``, or the
sentence's subject when the winner is told by its place (``Federer ... demolished Sela``).

Read by the score, match-win and bout finders (quizcli.draft.scores, .opened_wins, .wins,
.bouts); kept apart from the score patterns so that a draft whose sentences hold no score
never compiles them (quizcli.draft.results imports quizcli.draft.scores only when
``may_hold_score``).
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.not_names import MONTHS, WEEKDAYS
from quizcli.draft.people import Cast
from quizcli.draft.quotes import Sentence

# What a sentence holding a score holds: "6-2", or a side's points before the verb
# ("South Africa 42 (...) defeated England 39"), its verb looked for first
_SCORE_DASH = re.compile(r"[\d½][-–]\d")  # (a polo score's halves: "6½-6")
# a score written with a colon ("a 31:23 victory"), never a time ("2:05:06", "13:26.98")
_SCORE_COLON = re.compile(r"(?<![\d:.])\d{1,3}:\d{1,3}(?![\d:]|\.\d)")
_POINTS_VERBS = (" beat", " defeated", " edged", " overcame", " thrashed")
_POINTS_BEFORE = re.compile(r"[\d)]\s+(?:beat|defeated|edged|overcame|thrashed)\b")


def may_hold_score(text: str) -> bool:
    """Whether ``text`` may hold a match's score (each score pattern's match holds one of
    these): most sentences are passed over with a search or two, at C speed."""
    if ("-" in text or "–" in text) and _SCORE_DASH.search(text) is not None:
        return True  # (its dash found first, at C speed: digits are everywhere)
    if ":" in text and _SCORE_COLON.search(text) is not None:
        return True
    for verb in _POINTS_VERBS:  # (a loop, not a generator: this runs for every sentence)
        if verb in text:
            return _POINTS_BEFORE.search(text) is not None
    return False


# How a roundup's result line opens ("Capitals 3, Ducks 2", "at Golden State 116, Orlando
# 110: Durant scored ...", a line "Italy 20 – 61 Wales"): quizcli.draft.result_lines.result_line
# reads it
# A page's label before a result line: "Postgame Quotes/Notes - Storm 87, Atlanta 84",
# "Final score: Sale Sharks 9, Saracens 45."
RESULT_LINE_LABEL = r"(?:[A-Z][\w/'’ ]{0,40}?\s+[-–—]\s+|Final\s+score:\s+)?"
RESULT_LINE_HINT = re.compile(
    rf"\s*{RESULT_LINE_LABEL}(?:at\s+)?[A-Z][\w.'’ -]{{0,40}}?\s\d{{1,3}}"
    r"(?:,\s+(?:at\s+)?|\s*[-–—]\s*\d{1,3}\s+)[A-Z]"
)


class FactFinder(Protocol):
    """What reading a match's sides needs of the fact finder (quizcli.draft.results.FactFinder)."""

    cast: Cast
    event: str | None

    def negated(self, sentence: Sentence, position: int) -> bool: ...

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...


SIDE = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der))*?"
LAST_SIDE = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|van|von|der))*"  # greedy: ends the clause
BEAT = (
    r"(?:beat|beats|defeated|defeats|overcame|edged|edged out|thrashed|routed|downed|saw off"
    r"|upset|upsets|ousted|outclassed|dispatched|eliminated|knocked out|demolished|crushed"
    r"|thumped|hammered|swept aside|brushed aside|swept past|cruised past|eased past|defeat"
    r"|dismissed|strolled past|breezed past|romped past|raced past|powered past|brushed past"
    r"|defeating|beating|rout|thrash|crush|hammer|dispatch|won against|rallied past"
    r"|crushing|thrashing|routing|hammering|thumping|demolishing|overcoming"
    r"|edging|edging out|downing|ousting|dispatching|eliminating|upsetting|knocking out"
    r"|outplaying|overpowering|overcomes|ousts|downs|edges|routs|thrashes|crushes|stuns"
    r"|stunned|stunning|took down|takes down|taking down|toppled|topples|toppling|bested"
    r"|outdueled|outduelled|overwhelmed"
    r"|battled past|fought past|edged past|squeezed past|slipped past|got past"
    # "had earlier seen off the challenge of Czech Karolina Muchova 6-2 6-3", "proved too
    # strong for Ons Jabeur 6-4 6-3"
    r"|(?:seen|sees|seeing) off(?: the challenge of)?|saw off the challenge of"
    r"|got the better of|getting the better of|outlasted|outlasting|overpowered|outplayed"
    r"|cruised beyond|eased beyond|proved too strong for|was too strong for"
    r"|were too strong for|was too good for|were too good for"
    # "The 27-year-old scored a victory against Loh 21-13, 9-21, 21-13" (the score after the
    # beaten side: "a 2-1 win over" is read with the score first)
    r"|(?:scored|recorded|posted|notched|registered|earned|secured|claimed|sealed|clinched)"
    r"\s+an?\s+(?:[a-z-]+\s+){0,2}?(?:victory|win)\s+(?:against|over))"
)
# "British 30th seed Dan Evans" (never "Truls Moregard of" or "Ratchanok Intanon from", a
# name and its country)
DESCRIBED = r"(?:(?!(?:of|from)\s)(?:[\w'’.-]+)\s+){0,4}?"
# "Carlos Berlocq of Argentina", "Michaella Krajicek of the Netherlands", "Ratchanok
# Intanon from Thailand"
OF_NATION = r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
# "beat X in straight sets, 6-1 6-2", "beat X in five sets 6-4 3-6 ..."
IN_SETS = r"(?:\s+in\s+(?:straight|two|three|four|five)\s+sets,?)?"
LEADING = re.compile(r"^(?:The|But|And|So|Yet|However|Meanwhile|Then|After|When|As)\s+")


# The title a side won, named before its win: "won their 16th Copa America title with ...",
# "lifted their second Ranji Trophy title", "clinched the World Test Championship trophy"
TITLE_WON = (
    r"\b(?:their|his|her|its|it['’]s|a|an|the)\s+(?:[a-z\d-]+\s+){0,2}(?:[A-Z][\w'’-]*\s+){1,4}"
    r"(?:final\s+)?(?:title|crown|trophy|championship|cup|premiership)\b"
)


_WHEN = re.compile(
    r"^(?:(?:On|In|At|By|Last|This|Earlier|Later|Today|Yesterday|Tonight"
    rf"|{'|'.join(WEEKDAYS + MONTHS)})\s+)+"
)


_NO_SIDES = frozenset(
    {"he", "she", "they", "it", "no", "nos", "no.", "number", "yesterday", "today", "tonight"}
    | {"a", "an", "the", "this", "that"}  # "An extra time strike from Kelly gave ...": no side
    # "after Saturday's 2-1 win over Bologna": a day, never a side
    | {day.casefold() for day in WEEKDAYS}
)


# Words before a side that describe it: "NFC North-leading Detroit", "Bundesliga-chasing
# Leipzig", "Premier League-bound Ipswich" (a side's own hyphen leads a capital).
_DESCRIBED_BY = re.compile(r"(?:[A-Z][\w'’.]*\s+){0,3}[A-Z][\w'’.]*-[a-z]+\s+(?=[A-Z])")


_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s?$")
_PLACE_STARTS = frozenset({"New", "North", "South", "East", "West", "Great", "United", "Saint"})


# "the 25-year-old Yorkshireman", "the Frenchman": a description, no side's name
_DEMONYM = re.compile(r"[A-Z][a-z]{2,}(?:man|woman|men|women)")


def side_of(finder: FactFinder, text: str) -> str | None:
    """A winner or loser as printed: a person's full name when the cast knows the surname,
    a club or a national side as written (``Spain``); None for a nationality (``Dutch``), a
    name holding a country (``Serbia Djokovic``) or a lone unknown first word."""
    from quizcli.draft.nations import (
        has_country,
        is_country_name,
        is_given_name,
        is_place_word,
    )

    text = _WHEN.sub("", LEADING.sub("", text.strip()))  # "On Sunday Arsenal": Arsenal
    text = _POSSESSIVE_END.sub("", text)  # "Barcelona’s victory ...": Barcelona
    described = _DESCRIBED_BY.match(text)  # "NFC North-leading Detroit": Detroit
    text = text[described.end() :] if described else text
    # "Brazil's Rogerio Dutra Silva", "Great Britain's Rajiv Ouseph"
    owner = re.match(r"((?:[A-Z][\w-]*\s+){0,2}[\w-]+)['’]s\s+", text)
    if owner and (is_place_word(owner[1]) or has_country(tuple(owner[1].split()))):
        text = text[owner.end() :]
    nationality = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text)  # "American Sam Querrey"
    while (
        nationality
        and is_place_word(nationality[1])
        and nationality[1] not in _PLACE_STARTS  # "New York Knicks" keeps its "New"
        and len(text.split()) > 2
    ):
        text = text[nationality.end() :]  # also "American American CoCo Vandeweghe"
        nationality = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", text)
    words = tuple(text.split())
    if text in finder.cast.short_names:  # "HR" after "Harbour Rovers (HR)"
        return finder.cast.short_names[text]
    if not words or text.casefold() in _NO_SIDES or len(text) < 2:  # "U" of "The U's"
        return None
    if len(words) == 1 and _DEMONYM.fullmatch(words[0]):  # "the Yorkshireman": who?
        return None  # a pronoun, or "No" of "No. 3 San Jacinto College" (a rank)
    if len(words) == 2 and words[0] == "Team":  # "Team Canada" is Canada; "Team GB", "Team
        # Sky": a nickname or a trade team, not the country's name; "Team USA": a country's
        # code, its side printed by the country's name ("United States")
        if words[1].isupper():
            return _coded_country(words[1])
        return words[1] if is_country_name(words[1:]) else None
    if has_country(words):  # "Spain", "South Africa": a national side, asked as "Who won?"
        if not is_country_name(words):  # (never as a speaker)
            return None
        if len(words) == 1 and is_given_name(words[0]):  # "Jordan": a person named so?
            return finder.cast.resolve(words) or text
        return text
    if len(words) == 1 and is_place_word(words[0]):
        return None  # "The Portuguese", "Dutch", "the Kiwis": a nationality, not a side
    if len(words) <= 3:
        person = finder.cast.resolve(words)
        if person:
            return person
    return text


def _coded_country(code: str) -> str | None:
    """The country a code of capitals names, by its name (``USA``: ``United States``), when
    that name is one a country is written by; None for anything else (``GB``, ``DSM``)."""
    from quizcli.draft.nations import country_key, is_country_name

    key = country_key(code) if len(code) == 3 else None
    if key is None:
        return None
    name = " ".join(w if w in ("and", "of", "the") else w.capitalize() for w in key.split())
    return name if is_country_name(tuple(name.split())) else None


def subject_of(finder: FactFinder, sentence: Sentence, end: int) -> str | None:
    """The winner of ``... beat X 6-2 6-2`` when it is the sentence's subject: the one person
    named before ``end``, opening the sentence (after a dateline, ``NEW YORK (Reuters) -``,
    and a title, ``World number one``), or (nobody named) the person a pronoun or description
    at its start refers to. A venue or competition (``at the U.S. Open``) does not count;
    anyone else named before the verb (a byline, a rival, a club) leaves the winner untold."""
    from quizcli.draft.anaphora import anaphor_length, is_anaphor
    from quizcli.draft.nationality_openers import nationality_opening
    from quizcli.draft.nations import is_country_name
    from quizcli.draft.people import is_possessive, name_runs

    text = sentence.masked
    dateline = _DATELINE.match(text)
    start = dateline.end() if dateline and dateline.end() < end else 0
    head = text[start:end]
    described = _DESCRIBING.match(head)  # "Teenager Coco Gauff": no name of its own
    if described:
        head = " " * described.end() + head[described.end() :]
    else:  # "Chinese teenage sensation Guo Yue": the nationality and its words no one's name
        opening = nationality_opening(head)
        if opening:
            head = " " * opening + head[opening:]
    runs = [
        r
        for r in name_runs(head, finder.cast.lowercase)
        if not is_possessive(head, r)
        and not (finder.cast.resolve(r.words) is None and _VENUE.search(head, 0, r.start))
        and not _AT.search(head, 0, r.start)  # "at Flushing Meadows": a place, named or not
        and not _SINCE.search(head, 0, r.start)  # "the first champion since Lennox Lewis"
    ]
    described_by = anaphor_length(head)  # "The Columbia University star": no one's name
    runs = [r for r in runs if r.end > described_by or finder.cast.resolve(r.words)]
    opener = LEADING.sub("", head.lstrip())
    fronted = _FRONTED.match(opener)
    if fronted:  # "In the women's singles final, Kim Se-yong won ...": the phrase names no one
        cut = len(head) - len(opener) + fronted.end()
        if all(r.start >= cut for r in runs):
            opener = opener[fronted.end() :]
    owner = _COUNTRY_OWNER.match(opener)
    if owner and is_country_name(tuple(owner["country"].split())):
        # "In the women's singles, South Korea's An Se-young won ...": her country, no one else
        runs = [r for r in runs if r.start >= len(head) - len(opener) + owner.end()]
        opener = opener[owner.end() :]
    title = _TITLE.match(opener)
    if title:  # "Top seed Carlos Mendes": the title's words are no one else
        runs = [r for r in runs if r.start >= len(head) - len(opener) + title.end()]
        opener = opener[title.end() :]
    lower = _LOWER_DESCRIPTION.match(opener)
    if lower and runs and not is_anaphor(head):  # "host favorite Felix Lebrun claimed ..."
        opener = opener[lower.end() :]
    if not runs:
        return sentence.focus if is_anaphor(head) else None
    named = {finder.cast.resolve(r.words) for r in runs}
    if len(named) != 1 or None in named:
        return None
    person = named.pop()
    # (the opener's name as written, or as the cast knows it in full: "An Se-young", whose
    # given name is also a common word, is read as the run "Se-young")
    if not opener.startswith((head[runs[0].start : runs[0].end], f"{person} ")):
        return None
    if described and person and person.startswith(described[0].strip() + " "):
        return person.split(" ", 1)[1]  # (a cast that took "Teenager" for a first name)
    return person  # not a pronoun's referent: "Djokovic ... as he strolled past X 6-1"


# "NEW YORK (Reuters) - ", "(March 18, 2016) INDIAN WELLS, California – "
_DATELINE = re.compile(
    r"(?:\([^()]{1,40}\)\s*)?[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w .]{1,30}?)?"
    r"(?:\s*\([^()]{1,30}\))?\s*(?:[-–—]{1,2}|:(?=\s+[A-Z]))\s*"
)
# A phrase fronted before the subject: "In the women's singles final, ", "On Sunday, "
_FRONTED = re.compile(r"(?:In|At|On|During|Earlier|Later)\b[^,;:\"“”]{1,60},\s+")
# A word describing the subject, written capitalised before its name: "Teenager Coco
# Gauff", "Journeyman Stuart Bingham"
_DESCRIBING = re.compile(
    r"\s*(?:Teenager|Teen|Journeyman|Veteran|Youngster|Rookie|Unseeded|Qualifier|Wildcard)\s+"
    r"(?=[A-Z])"
)
# (or a competition won before the win told: "won the Harbour Open, beating X 6-3, 6-4")
_VENUE = re.compile(
    r"\b(?:at|in|on|to|of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)?$"
    r"|\b(?:won|claimed|captured|lifted|clinched|retained)\s+(?:the|her|his|their)\s+"
    r"(?:[a-z\d]+\s+){0,2}(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
_AT = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$")
_SINCE = re.compile(r"\bsince\s+$")
# A country owning the subject: "South Korea's An Se-young"
_COUNTRY_OWNER = re.compile(r"(?P<country>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s\s+(?=[A-Z])")
_TITLE = re.compile(  # (also "British No. 2", "Fellow Briton", "second-seeded")
    r"(?:(?:[Ww]orld\s+|[A-Z][a-z]+\s+)?(?:number|No\.?)\s+\w+|(?:[Tt]op|\w+)\s+seed"
    r"|(?:[Dd]efending|[Rr]eigning|[Ff]ormer|Olympic|[Ww]orld)\s+champion|[Ff]ellow\s+[A-Z][a-z]+"
    r"|(?:Olympic|[Ww]orld)\s+(?:gold\s+)?medall?ist"
    r"|[\w]+-(?:seeded|ranked))\s+"
)
# Words of no one's name describing the subject before it: "host favorite Felix Lebrun",
# "home hope Jo Lane" (never a word tying the name to someone else: "the coach of Kerr")
_LOWER_DESCRIPTION = re.compile(
    r"(?:(?!(?:the|a|an|of|for|with|by|from|to|and|but|or|after|before|than|against|over|as"
    r"|while|when|if|that|who|which|in|at|on|said|says|coach|manager|team-?mates?|partner"
    r"|wife|husband|son|daughter|brother|sister|father|mother)\s)[a-z][a-z-]*\s+){1,3}(?=[A-Z])"
)
_OPENING = re.compile(rf"(?P<side>{LAST_SIDE})\s+[a-z]")
_LEADING_AT = re.compile(LEADING.pattern.removeprefix("^"))  # ... after a dateline too
# A nationality and a word for a club before its name: "Irish heavyweights Leinster",
# "Italian giants Juventus", "Spanish side Sevilla"
_NATION_SIDE = re.compile(
    r"(?P<nation>[A-Z][a-z]+)\s+(?:heavyweights|giants|side|outfit|club|champions|holders"
    r"|minnows|underdogs|strugglers|powerhouse|high-flyers|leaders)\s+(?=[A-Z])"
)


def opening_side(text: str, end: int, start: int = 0) -> re.Match[str] | None:
    """The side opening ``text[:end]`` (after a dateline, ``LILLE, France (Reuters) -``,
    a leading ``The``, ``But`` ..., and a nationality's word for a club, ``Irish
    heavyweights``), read in place, its offsets ``text``'s: ``Exeter City`` of ``Exeter
    City finally got back to ...``; from ``start`` when a phrase before it names no one."""
    from quizcli.draft.nations import is_place_word

    dateline = _DATELINE.match(text, start, end)
    start = dateline.end() if dateline else start
    lead = _LEADING_AT.match(text, start, end)
    start = lead.end() if lead else start
    described = _NATION_SIDE.match(text, start, end)  # "Irish heavyweights Leinster"
    if described and is_place_word(described["nation"]):
        start = described.end()
    return _OPENING.match(text, start, end)


# A clause of its own after a person's: "Boskovic led from the front as Serbia defended ..."
# (or "..., before Hungary secured bronze with a 25:24 victory over France")
_SIDE_CLAUSE = re.compile(r"\s(?:as|while|when|before)\s+(?:the\s+)?(?=[A-Z])")


def clause_side(text: str, end: int) -> re.Match[str] | None:
    """The side opening the last ``as`` / ``while`` / ``when`` / ``before`` clause before
    ``end`` (``Tijana Boskovic led from the front as Serbia successfully defended their
    title following a 3-0 win over Brazil``: Serbia), read in place; None when there is
    none."""
    clauses = list(_SIDE_CLAUSE.finditer(text, 0, end))
    return _OPENING.match(text, clauses[-1].end(), end) if clauses else None


def same_side(cast: Cast, one: str, other: str) -> bool:
    """Whether two printed sides are one: equal, or one a lone word and the other's last
    (``Djokovic``, ``Novak Djokovic``); ``Stoke City`` and ``Hull City`` are two."""
    if one == other:
        return True
    single = len(one.split()) == 1 or len(other.split()) == 1
    return single and cast.key(one) == cast.key(other)
