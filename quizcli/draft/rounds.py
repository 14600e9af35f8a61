"""Results of a round, not of the race: ``In the men's 200m semi-final, X was second in
20.05``, ``X clocked 20.35 in the heats``, ``fastest in qualifying``. A heat's, a
semi-final's or a qualifying session's place, time or win is never the race's (the race's
final is asked of the sentences that tell it): each is left out, and noted for --json.

A round rules a clause: the one it is named in (commas, semicolons and a turn such as
``but``/``while`` bound it), or the whole sentence when it is named in a phrase opening it
(``In the semi-finals on Wednesday, ...``), or the rest of its paragraph when a sentence
keeping no result of the race names it (``Greece had two young swimmers in tonight's
semi-finals. ... Drymonakos finished 12th in the men's 200 fly``), until a sentence tells the
final. ``Marchand, who set an Olympic record in the semifinals, won the final in 2:05.85``
keeps the final's win and time, and so does a place told ``in the final`` right after it.
A sentence opening on another year (``Last year, Quill won the 1500m ...``) keeps none of
its results either.
"""

from __future__ import annotations

import re

from quizcli.draft.editions import opens_in_another_year
from quizcli.draft.facts import Fact
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence
from quizcli.draft.tails import lowered

# A round of a race: never "the heat" (the day's temperature), "final" alone, or a match's
# round (a match's results are no race kinds)
_ROUND = re.compile(
    r"\b(?:heats|semi-?finals?|semis|quarter-?finals?|qualifying|qualification|qualifiers?"
    r"|prelims|preliminar(?:y|ies)|repechages?"
    r"|(?:his|her|their|first|second|third|fourth|fifth|sixth|opening)\s+heat"
    r"|heat\s+(?:\d|one|two|three|four|five|six))\b"
    # a word describing someone, no round told: "qualification winner X", "a qualifying time"
    r"(?!\s+(?:winners?|leaders?|champions?|records?|times?|marks?|standards?)\b)",
    re.I,
)
_RACE_KINDS = frozenset(("time", "place", "medal", "podium"))
_CLAUSE_END = re.compile(r"[,;:]\s|\s(?:but|while|whereas|before|after|and then)\s")
# A phrase opening the sentence ("In the semi-finals on Wednesday, ", "During qualifying, ")
_OPENING = re.compile(r"\A\W*(?:In|During|At|From|Earlier,?\s+in)\s+[^,;]{0,80}?,\s")


# The final told as a fact's race: "finished 6th in the final", "won the men's final"
_FINAL_TOLD = re.compile(
    r"\b(?:in|won|wins|win|of|into|took|take)\s+the\s+(?:[\w'’-]+\s+){0,3}?final\b", re.I
)
# ... right after the fact, no turn or round between ("won the semifinal in 20.01 but faded
# in the final" is the semifinal's)
_FINAL_AFTER = re.compile(
    r"(?:(?!\b(?:but|while|whereas|though|although|semi|heat|quarter|qualif|prelim|repech))"
    r"[^,;]){0,60}?\bin\s+the\s+final\b",
    re.I,
)


class Rounds:
    """The rounds an article's sentences tell, read sentence by sentence: a round named in a
    sentence that keeps no result of the race (``Greece had two swimmers in tonight's
    semi-finals.``) rules the rest of its paragraph, until a sentence tells the final."""

    def __init__(self) -> None:
        self.paragraph = -1  # the paragraph a round rules, if any

    def of_the_race(self, finder: FactFinder, sentence: Sentence, facts: list[Fact]) -> list[Fact]:
        """``facts`` without those of a round (or of a sentence opening on another year)."""
        text = sentence.masked
        rounds = list(_ROUND.finditer(text)) if _may_name_round(text) else []
        low = lowered(text)  # every match holds "final" (searched only then)
        final = (low is None or "final" in low) and _FINAL_TOLD.search(text) is not None
        carried = self.paragraph == sentence.paragraph and not final
        if final or self.paragraph != sentence.paragraph:
            self.paragraph = -1
        kept = _of_the_race(finder, sentence, facts, rounds, carried)
        if rounds and not final and not any(f.kind in _RACE_KINDS for f in kept):
            self.paragraph = sentence.paragraph  # a sentence about the round: it rules on
        return kept


def _of_the_race(
    finder: FactFinder,
    sentence: Sentence,
    facts: list[Fact],
    rounds: list[re.Match[str]],
    carried: bool,
) -> list[Fact]:
    """``facts`` without those of a round: all race facts when the round is ``carried`` or
    named in a phrase opening the sentence, else those told in the round's clause."""
    if not facts:
        return facts
    text = sentence.masked
    if opens_in_another_year(text):  # "Last year, Quill won the 1500m in ..."
        finder.skip("another year's race: the sentence opens on it", sentence)
        return []
    if not rounds and not carried:
        return facts
    opening = _OPENING.match(text)
    whole = carried or bool(opening and any(m.start() < opening.end() for m in rounds))
    clauses = [_clause(text, m.start()) for m in rounds]
    kept = []
    for fact in facts:
        at = _position(text, fact)
        if fact.kind in _RACE_KINDS and at is not None and _FINAL_AFTER.match(text, at):
            kept.append(fact)  # "finished 6th in the final and lowered the record she set
            continue  # in the heats": the final's
        if fact.kind in _RACE_KINDS and (
            whole or at is None or any(start <= at < end for start, end in clauses)
        ):
            finder.skip(f"{fact.athlete}: a round's result, not the race's", sentence)
            continue
        kept.append(fact)
    return kept


def _may_name_round(text: str) -> bool:
    """A cheap test before the pattern: a round's words hold one of these."""
    low = text.casefold()
    return any(word in low for word in ("heat", "semi", "quarter", "qualif", "prelim", "repech"))


def _clause(text: str, at: int) -> tuple[int, int]:
    """The span of the clause around ``at`` (at most 200 characters each way)."""
    start = max(0, at - 200)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, start, at)]
    start = ends[-1] if ends else start
    after = _CLAUSE_END.search(text, at, at + 200)
    return start, after.start() if after else min(len(text), at + 200)


def _position(text: str, fact: Fact) -> int | None:
    """Where the sentence tells ``fact``: its written words, else its athlete's surname;
    None when neither is found (the fact is then taken as the round's: unsure)."""
    for piece in (fact.written, fact.athlete.split()[-1] if fact.athlete else ""):
        if piece:
            at = text.find(piece)
            if at >= 0:
                return at
    return None
