"""Places told for a list of names in order, without ``respectively``: ``Searle and South
African Rattray came home fourth and fifth``, ``A, B, C and D all finished in the midfield
in 16th, 18th, 21st and 25th``, ``with A and the previous day's winner B in sixth and
seventh place``, ``A and B, the defending champion, second and third tonight in times of X
and Y`` (no verb: only with the two times right after the places).

Read only when the names stand in one list right before the places (joined by commas and
``and``, each perhaps described: ``compatriot``, ``the previous day's winner``), the list
holds as many names as places, and the places rise (``fourth and fifth``; never ``fifth and
second``, nor a list holding the winner's ``first``). A list told ``respectively`` is
quizcli.draft.respectively's.
"""

from __future__ import annotations

import re

from quizcli.draft.clauses import other_sex
from quizcli.draft.editions import another_edition
from quizcli.draft.facts import Fact
from quizcli.draft.index import SentenceIndex
from quizcli.draft.moments import another_days, at_a_moment, not_finish
from quizcli.draft.ordinals import ORD, place_number
from quizcli.draft.people import is_possessive
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence

_VALUES = rf"(?P<values>(?:{ORD})(?:\s*,\s*(?:{ORD}))*\s*,?\s+and\s+(?:{ORD}))"
# "fourth and fifth", "16th, 18th, 21st and 25th": a list of places (a single place read
# at its first value would give the list's last name the first value)
PLACE_LIST = re.compile(rf"(?:\s*,\s*(?:{ORD}))*\s*,?\s+and\s+(?:{ORD})\b")
# After the list's last name: its verb, or "in", then the places; the verb also after a
# comma closing the list set off ("Two stars of the near future, A and B, placed third and
# fourth")
_AFTER_LIST = re.compile(
    r"(?:\s*\([^)]{1,40}\))?"
    r"(?:\s+|,\s+(?=(?:(?:all|both)\s+)?(?:finished|came|placed|ended|touched)\b))"
    r"(?:(?:all|both)\s+)?"
    r"(?:(?:finished|came(?:\s+(?:home|in))?|placed|ended(?:\s+up)?|were"
    r"|touched\s+the\s+wall)\s+"
    r"(?:(?:in\s+the\s+)?[a-z]+\s+){0,2}?(?:in\s+)?|in\s+)"
    + _VALUES
    + r"(?:\s+(?:place|places|position|positions|spots?))?\b"
    r"(?![-‑]|\s*,?\s+(?:respectively|overall|in\s+the\s+standings)\b)"
)
# Between two names of the list: a comma or "and", the second perhaps described
# After the list's last name, a longer verb phrase closing their meeting, then the places
# as a participle: "closed out their Birmingham 2022 competition in the Women's 200m
# Freestyle S14, touching the wall in fifth, sixth and seventh position" (no person named in
# the phrase: quizcli.draft.in_order.places_in_order)
_AFTER_PHRASE = re.compile(
    r"(?:\s*\([^)]{1,40}\))?\s+(?:all\s+|both\s+)?"
    r"(?:closed|rounded|wrapped|finished|ended)\s+(?:out|off|up)\s+their\s+"
    r"[^.;:!?\"“”()]{3,100}?,\s+(?:touching\s+the\s+wall|finishing|placing)\s+(?:in\s+)?"
    + _VALUES
    + r"(?:\s+(?:place|places|position|positions|spots?))?\b"
    r"(?![-‑]|\s*,?\s+(?:respectively|overall|in\s+the\s+standings)\b)"
)
_JOINED = re.compile(
    r"(?:\s*\([^)]{1,40}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:the\s+)?(?:[a-z][\w'’-]*\s+){1,3}|[A-Z][a-z]+['’]s\s+"
    r"|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:an|ian|ese|ish|ch|i)\s+)?"
)
_LIST_WORDS = re.compile(
    r"\b(?:finished|came|placed|ended|were|in|touched|closed|rounded|wrapped)\b"
)
# After the list's last name, with no verb: the places set off by a comma (a description
# of the last name set off before them), then the two times in the same order: "A and B,
# the defending champion, second and third tonight in best times of X and Y"
_SET_OFF_TIMED = re.compile(
    r"(?:\s*\([^)]{1,40}\))?(?:,\s+(?:the\s+)?[A-Za-z][\w'’ -]{0,40}?)?,\s+"
    + _VALUES
    + r"(?=\s+(?:(?:tonight|today|yesterday|on\s+[A-Z][a-z]+day)\s+)?(?:in|with)\s+"
    r"(?:(?:best|personal[- ]best|season['’]s[- ]best)\s+)?times\s+of\s+\d)"
)


def places_in_order(
    finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]
) -> list[Fact]:
    """``A and B came home fourth and fifth``: each name of the list its place, in order."""
    text = sentence.masked
    if at_a_moment(text):
        return []  # "A and B were fourth and fifth at halfway": no finish
    index = finder.index(sentence)
    facts: list[Fact] = []
    for at, (run, name) in enumerate(zip(index.runs, index.names, strict=True)):
        if name is None:
            continue
        timed = _SET_OFF_TIMED.match(text, run.end) if text[run.end : run.end + 1] in ",(" else None
        if timed is None and not _LIST_WORDS.search(text, run.end, run.end + 60):
            continue
        after = timed or _AFTER_LIST.match(text, run.end) or _AFTER_PHRASE.match(text, run.end)
        if after is None or finder.negated(sentence, after.start("values")):
            continue
        if index.names_between(run.end, after.start("values"))[0]:
            continue  # "... closed out their meeting behind X, finishing in ...": not theirs
        if not_finish(finder, sentence, after) or another_edition(text, run.end, after.end()):
            continue  # "... fourth and fifth in the standings", "... in 2019"
        if another_days(text, after.end()):
            continue  # "fourth and fifth in Friday's super-G": not this race
        values = [place_number(v) for v in re.findall(ORD, after["values"])]
        if values[0] < 2 or any(b <= a for a, b in zip(values, values[1:], strict=False)):
            continue  # "first and second" (a win), "fifth and second": not a list in order
        names = _list_before(index, text, at, len(values))
        if (
            names
            and text[run.end] == ","
            and not timed
            and not _set_off(index, text, run.end, names[0])
        ):
            continue  # "X beat A and B, finished ...": no list set off by its commas
        event = finder.event_at(events, after.start("values"), after.end(), text)
        if names is None or event is None or other_sex(event, index):
            continue
        facts += [
            Fact("place", who, event, place, sentence, after["values"])
            for who, place in zip(names, values, strict=True)
        ]
    return facts


def _list_before(index: SentenceIndex, text: str, last: int, count: int) -> list[str] | None:
    """The ``count`` names of the list ending with run ``last``, or None when the list holds
    another number of names, one twice, or a possessive (``Okelo's coach``)."""
    names: list[str] = []
    at = last
    while at >= 0:
        run, name = index.runs[at], index.names[at]
        if name is None or is_possessive(text, run):
            return None
        names.append(name)
        if len(names) > count:
            return None  # a longer list than the places (read no further back)
        before = at - 1
        while before >= 0 and index.names[before] is None and at - before < 4:
            before -= 1  # a nation's or club's run inside a description
        if before < 0 or index.names[before] is None or run.start - index.runs[before].end > 80:
            break
        if not _JOINED.fullmatch(text, index.runs[before].end, run.start):
            break
        at = before
    names.reverse()
    return names if len(names) == count and len(set(names)) == count else None


_LOWER_WORD = re.compile(r"\b[a-z]")


def _set_off(index: SentenceIndex, text: str, end: int, first: str) -> bool:
    """Whether the list whose first name is ``first`` opens its clause (``Two stars of the
    near future, A and B, placed``), no verb or word of another clause before it."""
    start = text.rfind(first.split()[0], 0, end)
    if start < 0:
        return False
    return not _LOWER_WORD.search(text, index.clause_start(start), start)
