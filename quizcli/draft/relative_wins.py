"""One-on-one match wins told in a relative clause after the winner's name, in a report of
matches between two people (tennis, squash, snooker, fencing, boxing...):
``Pliskova will meet second seed Rita Moll, who proved too strong for Olga Penn``,
``It was better news for Dana Kessel, who cruised beyond Sweden's Ines Varga``, and the
clause set between dashes, ``beating compatriot Lena Ostrova – who knocked out Kate Brill on
Monday night – in straight sets`` (both matches: the aside is blanked for the outer one).

Read only when the article is a report of such matches (``is_duel_report``: its words of
sets, frames, seeds or bouts twice at least), both sides are people the article names, the
winner stands alone (never ``A and B, who beat ...``: a pair) and nothing after the loser
tells of another time or place (``who beat X in last year's final``, ``... at the Open``,
``in 2019``): such a win is another meeting, whose question would be ambiguous.
Facts are ``beat`` facts (winner, (loser, "")): "Who won?" is asked, no score.
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.facts import Fact
from quizcli.draft.kinds import told_often
from quizcli.draft.quotes import Sentence
from quizcli.draft.sides import BEAT, DESCRIBED, LAST_SIDE, FactFinder, same_side, side_of


class DuelFinder(FactFinder, Protocol):
    """What reading these wins needs of the fact finder (quizcli.draft.results.FactFinder)."""

    duels: bool  # the article reports matches between two people (``is_duel_report``)


# The words of a report of matches between two people, case-folded (two at least)
_DUEL_WORDS = re.compile(  # (led by the letters a match begins with: re skips the rest)
    r"(?=[sftodmbqrluk\d])"
    r"\b(?:straight[- ]sets|(?:first|second|third|fourth|fifth|opening|deciding|final)"
    r" (?:set|frame|game)|set points?|match points?|break points?|tie-?breaks?|frames"
    r"|(?:top|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)) seed|seeded|bouts?"
    r"|quarter-?finals?|round of (?:16|32|64)|last (?:16|32|64)"
    r"|(?:unanimous|split|majority) decision|stoppage|knockout|title fight)\b"
)
_DUEL_HINTS = (
    *("set", "frame", "game", "point", "tie", "seed", "bout", "final", "round", "last"),
    *("decision", "stoppage", "knockout", "fight"),
)


def is_duel_report(texts: list[str]) -> bool:
    """Whether the articles' ``texts`` report matches between two people: words of sets,
    frames, seeds, bouts or rounds of a draw, twice at least."""
    return told_often(texts, _DUEL_HINTS, _DUEL_WORDS)


_VERB = (
    rf"(?:{BEAT}|stunned|outlasted|(?:cruised|eased|breezed|powered|swept)\s+beyond"
    r"|proved\s+(?:too\s+strong|too\s+good|too\s+much)\s+for|got\s+the\s+better\s+of)"
)
# "Rita Moll, who proved too strong for giant-killer Olga Penn", "Lena Ostrova – who knocked
# out Kate Brill on Monday night –": the relative's opening found first, the winner read
# right before it and the clause after it, to its next comma, dash or stop
_WHO = re.compile(r"(?:,|\s[–—])\s+who\s+")
_WINNER = re.compile(rf"(?<![\w'’-])(?P<winner>{LAST_SIDE})\s*\Z")
_WHO_BEAT = re.compile(
    rf"(?P<verb>{_VERB})\s+{DESCRIBED}(?P<loser>{LAST_SIDE})(?P<rest>[^,.;:!?–—()]{{0,200}})"
)
# What names another meeting after the loser: a year, a past season, another tournament
_ELSEWHERE = re.compile(
    r"\b(?:(?:19|20)\d\d|last(?!\s+(?:16|32|64|eight|four)\b)|previous|ago|once|former|season"
    r"|year|years|month|months|at\s+the|of\s+the|earlier\s+this)\b",
    re.I,
)
# What joins a second name to the winner or the loser: a pair, no one person
_PAIRED_BEFORE = re.compile(r"(?:\band|&|/)\s*$")
_PAIRED_AFTER = re.compile(r"\s*(?:and|&|/)\s+[A-Z]")
# An aside between dashes opening with "who": blanked for the clause around it
_ASIDE = re.compile(r"\s[–—]\s+who\s[^–—]{1,200}?\s[–—](?=\s)")


def relative_wins(finder: DuelFinder, sentence: Sentence) -> list[Fact]:
    """The wins the relative clauses of one sentence tell, as ``beat`` facts, in a report of
    matches between two people (``finder.duels``; else nothing is read)."""
    text = sentence.masked
    if not finder.duels or " who " not in text:
        return []
    facts = []
    for who in _WHO.finditer(text):
        named = _WINNER.search(text, max(0, who.start() - 80), who.start())
        match = _WHO_BEAT.match(text, who.end())
        if named is None or match is None or _ELSEWHERE.search(match["rest"]):
            continue
        if _PAIRED_BEFORE.search(text, max(0, named.start() - 6), named.start()):
            continue
        if _PAIRED_AFTER.match(text, match.end("loser")):
            continue
        if finder.negated(sentence, match.start("verb")):
            continue
        winner = side_of(finder, named["winner"])
        loser = side_of(finder, match["loser"])
        if not winner or not loser or not _person(finder, winner) or not _person(finder, loser):
            continue
        if same_side(finder.cast, winner, loser):
            continue
        written = text[named.start() : match.end("loser")]
        facts.append(Fact("beat", winner, finder.event, (loser, ""), sentence, written))
    return facts


def without_asides(sentence: Sentence, duels: bool) -> Sentence | None:
    """``sentence`` with each aside between dashes that opens with ``who`` blanked (``beating
    X – who knocked out Z on Monday – in straight sets``: X beaten in straight sets), in a
    report of matches between two people; None when it holds none."""
    text = sentence.masked
    if not duels or " who " not in text:
        return None
    blanked = _ASIDE.sub(lambda m: " " * len(m[0]), text)
    return sentence._replace(masked=blanked) if blanked != text else None


def _person(finder: FactFinder, side: str) -> bool:
    """Whether a printed side is a person the articles name in full: no club, no country."""
    from quizcli.draft.nations import is_country_name

    cast = finder.cast
    words = tuple(side.split())
    if side in cast.things or is_country_name(words):
        return False
    return len(words) >= 2 and side in cast.full_names.get(cast.key(side), ())
