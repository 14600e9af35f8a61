"""A side's match result told by ``They`` opening a sentence: ``Norway won the group on
Friday. They beat Sweden 24-20 in the final.``

``They`` stands for a side only when exactly one fits: the sentence just before (in the
same paragraph, or the last of the paragraph before) opens with a side as its subject
(``Norway won ...``, read by ``quizcli.draft.sides.opening_side``), that side is no person
the article names (a person's result is never a side's, nor a side's a person's), and the
``They`` sentence does not name that side again (``They beat Norway``: someone else). The
sentence is then read as if it opened with the side's name, and only a score won by that
side is kept. A sentence after one opening otherwise (``After three losses, they ...``,
``Kerr scored twice.``) gives ``They`` no side.
"""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact
from quizcli.draft.people import name_runs
from quizcli.draft.quotes import Sentence
from quizcli.draft.sides import FactFinder, opening_side, side_of

# "They beat ...", "But they edged ...": the pronoun opening the sentence, a verb after it
_PRONOUN = re.compile(r"\A(?P<lead>\s*(?:(?:But|And|So|Then)\s+)?)[Tt]hey\b")
_THEY = re.compile(r"\s*(?:(?:But|And|So|Then)\s+[Tt]hey|They)\s+(?=[a-z])")


def they_scores(finder: FactFinder, sentence: Sentence, before: Sentence | None) -> list[Fact]:
    """The scores ``sentence`` gives the side its opening ``They`` stands for (the side
    opening ``before``, the sentence just before it; see the module's docstring)."""
    from quizcli.draft.sides import may_hold_score

    text = sentence.masked
    if not _THEY.match(text):
        return []
    if sentence.heading or before is None or before.heading or not may_hold_score(text):
        return []
    if before.paragraph not in (sentence.paragraph, sentence.paragraph - 1):
        return []
    side = _subject_side(finder, before)
    if side is None or re.search(rf"\b{re.escape(side)}\b", text):
        return []
    name: str = side

    def told(opening: re.Match[str]) -> str:
        return opening["lead"] + name  # "But they edged" as "But Norvik edged"

    rewritten = sentence._replace(
        text=_PRONOUN.sub(told, sentence.text, count=1),
        masked=_PRONOUN.sub(told, text, count=1),
        focus=None,
    )
    from quizcli.draft.scores import find_scores

    return [
        fact._replace(sentence=sentence)
        for fact in find_scores(finder, rewritten)
        if fact.athlete == side
    ]


def _subject_side(finder: FactFinder, sentence: Sentence) -> str | None:
    """The side opening ``sentence`` as its subject, or None (none, or a person)."""
    opening = opening_side(sentence.masked, len(sentence.masked))
    if opening is None:
        return None
    side = side_of(finder, opening["side"])
    if side is None:
        return None
    people = set(finder.cast.people())
    if side in people or finder.cast.resolve(tuple(side.split())) in people:
        return None  # "Kerr scored twice. They beat ...": a person is no side
    for run in name_runs(sentence.masked, finder.cast.lowercase):
        if set(run.words) <= set(side.split()) or finder.cast.resolve(run.words) in people:
            continue  # the side again, or one of its people ("Norvik captain Kari Lund")
        return None  # another side or a place: "Norvik praised Eastmoor. They ...": whom?
    return side
