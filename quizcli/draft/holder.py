"""Who holds a value a sentence states (a time, a place, a win): the last person named or
referred to before it, read clause by clause. A value after ``with Fraser-Pryce third`` is
Fraser-Pryce's; after ``ahead of A and B`` nobody's for sure; after a clause of a pronoun
(``not intimidated by the likes of Emily Chebet ... as she triumphed in 26:01``) the
pronoun's; after ``Starting three shots off the lead held by Broadhurst, the 61-year-old
German fired a 66`` the description's. ``quizcli.draft.results.FactFinder.athlete`` asks it.
"""

from __future__ import annotations

import bisect
import re
from typing import Protocol

from quizcli.draft.anaphora import is_anaphor
from quizcli.draft.clauses import SUBJECT_CLAUSE, beaten_at, main_subject, outside_apposition
from quizcli.draft.index import SentenceIndex
from quizcli.draft.people import is_possessive
from quizcli.draft.quotes import Sentence


class Finder(Protocol):
    """What reading a value's holder needs of the fact finder."""

    def index(self, sentence: Sentence) -> SentenceIndex: ...


# A name in a phrase of its own (an agent, a comparison, a rival): "by the likes of
# two-time world champion", "than", "against"; never a sentence's subject
_AGENT_BEFORE = re.compile(
    r"\b(?:by|of|over|against|than|like|beating|beat|past)\s+(?:[\w'’-]+\s+){0,6}$"
)
# "lap times comparable to Mulder's made him the winner in 35.15": whom "him" is, is unsure
_PRONOUN_AFTER = re.compile(r"\b(?:he|she|him|her)\b")
_UNKNOWN_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z'’-]+\b")  # two capitalised words


def named_before(finder: Finder, sentence: Sentence, before: int) -> str | None:
    """Who holds a value at ``before``: the last person named or referred to before it,
    outside ``ahead of`` / ``behind`` lists (``FactFinder.athlete``, but for a beaten
    rival)."""
    index = finder.index(sentence)
    text = sentence.masked
    limit = before
    clause = index.clause_start(before)
    nearest = index.last_named_run(before)
    if nearest >= 0 and is_possessive(text, index.runs[nearest]):
        if _PRONOUN_AFTER.search(text, index.runs[nearest].end, before):
            return None  # "with lap times like X's made him the winner in 35.15": whose?
    if clause and SUBJECT_CLAUSE.match(text, clause) and not index.names_between(clause, before)[0]:
        # "Kroell had beaten Miller by a hundredth, winning in 2:04.22": the subject's
        # (of the nearest main clause: "A was third, while B won, clocking 19.84" is B's)
        return main_subject(index, text, clause)
    opening = text[clause : clause + 60]  # (a bounded slice: read once a value)
    if clause and is_anaphor(opening) and not index.names_between(clause, before)[0]:
        # "Starting three shots off the lead held by Broadhurst, the 61-year-old German
        # fired a 66": the description's, never the name in the phrase before it
        return sentence.focus
    cues = index.cues
    cue = index.last_cue_before(before)
    if cue is not None:
        count, last = index.names_between(cue, before)
        if count and clause > cue and SUBJECT_CLAUSE.match(text, clause):
            count = index.names_between(clause, before)[0]  # "..., running 3:29.41"
            cue = cues[0] if not count else cue
        if count:
            word = text[cue : cue + 5]
            if word.startswith("with"):  # "with Fraser-Pryce third in 10.77"
                return last if count == 1 else None
            if word.startswith("while"):  # "..., while Aaron Royle finished 25th"
                return last if count == 1 else None
            if word.startswith("and"):  # a clause of its own, or a pair?
                pair = index.last_name_end_before(cue)
                pair_ends_here = pair is not None and not text[pair:cue].strip(" ,")
                return None if pair_ends_here or count > 1 else last
            return None  # in an "ahead of" / "behind" list: nobody's for sure
        if text.startswith("and", cue) and _UNKNOWN_NAME.search(text, cue, before):
            return None  # "..., and the veteran Tim Holder came in ninth": not a name known
        limit = cue
        clause = index.clause_start(limit)
    last_run = index.last_named_run(limit)
    name = index.names[last_run] if last_run >= 0 else None
    named, last = index.names_between(clause, limit)
    if named >= 2 and last and _two(index, text, clause, limit):
        return None  # "Schippers almost caught Fraser-Pryce ... in 10.81": whose?
    if name and cues and index.runs[last_run].start > cues[0]:
        first = cues[0]
        if text[first : first + 5].startswith(("ahead", "behin", "beati", "from ", "along")):
            return None  # the last name stands in a list of others
    if index.pronoun_after(clause, limit) or (not name and is_anaphor(text)):
        return sentence.focus  # "he", "she", "The Norwegian": who the text is about
    run = index.runs[last_run] if name else None
    if run and limit < before and index.pronoun_after(run.end, before):
        if _AGENT_BEFORE.search(text, max(0, run.start - 60), run.start):
            # "not intimidated by the likes of Emily Chebet and a strong set of Ethiopians
            # as she triumphed ... in 26:01": the pronoun's, never the name in the list
            return sentence.focus if sentence.focus != name else name
    if name and last_run >= 0:
        return outside_apposition(index, text, last_run, limit, name)
    return name


def beater(finder: Finder, sentence: Sentence, before: int) -> str | None:
    """Who beat the person named last before a result at ``before`` (``A beat B by two
    shots to win``: A), when A is the one person named in the verb's clause before it
    (``A and C beat B``: nobody); else None."""
    index = finder.index(sentence)
    last = index.last_named_run(before)
    if last < 0 or not index.names[last]:
        return None
    run = index.runs[last]
    beaten = beaten_at(sentence.masked, run.start, run.end, before)
    if beaten is None or index.names_between(index.clause_start(beaten), beaten)[0] != 1:
        return None
    return named_before(finder, sentence, beaten)


def _two(index: SentenceIndex, text: str, start: int, end: int) -> bool:
    """Whether two different people are named between two offsets."""
    first = bisect.bisect_left(index.ends, start)
    last = bisect.bisect_right(index.ends, end)
    seen = {  # "X's teammate Y was edged into fifth": X is no candidate
        name
        for run, name in zip(index.runs[first:last][:50], index.names[first:last][:50], strict=True)
        if name and not is_possessive(text, run)
    }
    return len(seen) >= 2
