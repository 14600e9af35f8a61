"""Places two people share: ``A of Austria and B of Canada shared fourth place``, ``A and B
shared a downhill victory``, ``with A and B sharing second``, ``A and compatriot B shared
second``, ``A and B finished in a tie for third``, ``with A and South Korean B tied for
fourth``, ``A, B and C tied for third`` (a list opening its sentence): each of them took
it; and ``X tied for second with 2007 winner A (69) and B (70)``: X and each one after
``with``."""

from __future__ import annotations

import bisect
import re

from quizcli.draft.editions import YEAR
from quizcli.draft.facts import Fact
from quizcli.draft.moments import not_finish
from quizcli.draft.ordinals import NOT_A_PLACE, ORD, place_number
from quizcli.draft.people import Mention, is_possessive
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence
from quizcli.draft.tails import Hint

TIE_HINT = Hint(re.compile(r"\b(?:shar(?:ed|e|es|ing)|tied for|tie for)\b"))
SHARED = re.compile(
    r"\s(?:shared|share|sharing|tied\s+for"
    # "finished in a tie for third", "ended in a share of fourth"
    r"|(?:finish(?:ed|es|ing)?|ended)\s+(?:in\s+)?an?\s+(?:tie\s+for|share\s+of))"
    r"\s+(?:a\s+|the\s+)?(?:(?P<ord>" + ORD + r")"
    r"(?:\s+place)?|(?:[\w-]+\s+)?(?:victory|win))\b" + NOT_A_PLACE
)
# Between two tied names, and after the second: "of Austria and", "(AUT) and", ", who".
_FROM = r"(?:\s*\([^)]{1,40}\)|\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
# Before the second name, who the two are to each other or the second's nation: "and
# compatriot", "and fellow American", "and South Korean"
_DESCRIBED = (
    r"(?:(?:his|her|their)\s+)?(?:compatriot|countryman|countrywoman|team-?mate|fellow\s+[A-Z][a-z]+)"
    r"\s+|(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+(?:an|ian|ese|ish|ch|i)\s+"
)
_TIED_PAIR = re.compile(_FROM + r"\s*,?\s+and\s+(?:" + _DESCRIBED + r")?")
_TIED_END = re.compile(_FROM + r"\s*,?")
# A year naming a past winner ("2007 winner Scott Hoch") is no other edition of this event.
_PAST_WINNER = r"(?:(?:19|20)\d\d\s+(?:winner|champion)|defending\s+champion)\s+"
_PAST_WINNER_AT = re.compile(_PAST_WINNER)
# "tied for second with A (69), B (70) and C": what stands between the names after "with"
_WITH = re.compile(r"\s+with\s+(?:" + _PAST_WINNER + r")?")
_WITH_GAP = re.compile(
    r"(?:\s*\(\d{2,3}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:" + _PAST_WINNER + r")?"
)
_WITH_END = re.compile(r"(?:\s*\(\d{2,3}\))?\s*\.?\s*")


def ties(finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
    """``A of Austria and B of Canada shared fourth place``, ``A and B shared a downhill
    victory``, ``with A and B sharing second``: each of the two took that place."""
    text = sentence.masked
    if any(not _PAST_WINNER_AT.match(text, year.start()) for year in YEAR.finditer(text)):
        return []  # "in 1992 won by X, with A and B sharing second": maybe another race
    index = finder.index(sentence)
    facts: list[Fact] = []
    for match in SHARED.finditer(text):
        if finder.negated(sentence, match.start()) or not_finish(finder, sentence, match):
            continue
        if re.search(r"\bwho\s+(?:had\s+)?$", text[max(0, match.start() - 12) : match.start()]):
            continue  # "who shared victory in 1999": told in passing
        upto = bisect.bisect_right(index.ends, match.start())
        window = range(max(0, upto - 6), upto)  # the two named runs just before, if close
        named_runs = [(index.runs[i], name) for i in window if (name := index.names[i])]
        before = named_runs[-2:]
        if not before:
            continue
        last, named = before[-1]
        if not _TIED_END.fullmatch(text, last.end, match.start()) or is_possessive(text, last):
            continue
        first, one = before[0]
        if (
            len(before) == 2
            and one != named
            and _TIED_PAIR.fullmatch(text, first.end, last.start)
            and not is_possessive(text, first)
        ):
            tied = [*_listed_before(text, named_runs[:-2], first.start), one, named]
            if len(set(tied)) != len(tied):
                continue
        elif match["ord"]:  # "X tied for second with A (69) and B (70)"
            tied = [named, *_tied_with(finder, sentence, match.end())]
            if len(tied) < 2 or len(set(tied)) != len(tied):
                continue
        else:
            continue
        place = place_number(match["ord"]) if match["ord"] else 1
        event = finder.event_at(events, match.start(), match.end(), text)
        if event:
            facts += [Fact("place", name, event, place, sentence, match[0]) for name in tied]
    return facts


# Between two names of a longer tied list, before its last two: "A, B and C tied for third"
_TIED_COMMA = re.compile(_FROM + r"\s*,\s+")


def _listed_before(text: str, runs: list[tuple[Mention, str]], start: int) -> list[str]:
    """The names listed by commas before a tied pair starting at ``start`` (``A, B and C
    tied for third``: A), when the list opens its sentence or follows ``with``; else none."""
    names: list[str] = []
    for run, name in reversed(runs):
        if is_possessive(text, run) or not _TIED_COMMA.fullmatch(text, run.end, start):
            break
        names.insert(0, name)
        start = run.start
    head = text[max(0, start - 8) : start].rstrip()  # (read no further back)
    at_start = start <= 8 and text[0:start].strip() in ("", "With")
    opens = at_start or head.endswith((" with", ",with"))
    return names if opens and len(set(names)) == len(names) else []


def _tied_with(finder: FactFinder, sentence: Sentence, end: int) -> list[str]:
    """The names after ``with`` that end the sentence (``with 2007 winner A (69) and B
    (70).``), each by its own gap; none when anything else stands among them."""
    text = sentence.masked
    opening = _WITH.match(text, end)
    if opening is None:
        return []
    index = finder.index(sentence)
    at = bisect.bisect_left(index.starts, opening.end())
    names: list[str] = []
    position = opening.end()
    for count in range(at, len(index.runs)):
        run, name = index.runs[count], index.names[count]
        if names and not _WITH_GAP.fullmatch(text, position, run.start):
            return []
        if not names and run.start != opening.end():
            return []
        if name is None or is_possessive(text, run):
            return []
        names.append(name)
        position = run.end
    return names if names and _WITH_END.fullmatch(text, position) else []
