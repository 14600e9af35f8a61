"""A race won by defending its title, the race named in the same clause: ``X hit all 20
targets in the men's 12.5km pursuit to successfully defend his world title``, ``X
retained her world 1500m title``.

Read only when the sentence names the race in the clause of the verb (before it, or inside
the title's words) and the winner is the person named before it with no relative clause
between (``X, who retained her title in 2019, ...`` is a past win); never a wish or a
denial (``failed to defend``, ``hopes to retain``: only ``successfully defend`` or a verb
in the past), another year's, a stage's (a stage race's title is its overall), nor a title
in a report naming no race there. The win also makes the race the one being reported: the
places told after it in sentences naming none are that race's (``Y fought back to finish
second``).
"""

from __future__ import annotations

import re

from quizcli.draft.clauses import other_sex
from quizcli.draft.editions import another_edition
from quizcli.draft.event_names import event_name
from quizcli.draft.facts import Fact
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence

HINT = re.compile(r"\b(?:successfully\s+defend|defended|retained)\b")
_DEFENDED = re.compile(
    r"\b(?:successfully\s+defend(?:ed|s|ing)?|defended|retained)\s+(?:his|her)\s+"
    r"(?P<words>(?:[\w'’.,-]+\s+){0,4}?)title\b"
    r"(?!\s+(?:defen[cs]e|hopes?|bid|race|fight|rivals?|chase|holder))"
)
_RELATIVE = re.compile(r"\b(?:who|which|whose)\b|[,;(]")


def defended_titles(
    finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]
) -> list[Fact]:
    """``X ... in the men's 12.5km pursuit to successfully defend his world title``: X won it."""
    text = sentence.masked
    index = finder.index(sentence)
    facts: list[Fact] = []
    for match in _DEFENDED.finditer(text):
        clause = index.clause_start(match.start())
        races = [e for e in events if clause <= e.start() < match.end()]
        if len(races) != 1 or another_edition(text, match.start(), match.end()):
            continue  # no race in its clause, or two: which?
        event = event_name(races[0])
        if "stage" in event or other_sex(event, index) or finder.negated(sentence, match.start()):
            continue
        athlete = finder.athlete(sentence, match.start())
        if athlete is None or athlete not in index.names:
            continue
        name_end = max(
            (end for end, name in zip(index.ends, index.names, strict=True) if name == athlete),
            default=-1,
        )
        if name_end < 0 or name_end > match.start():
            continue
        if _RELATIVE.search(text, name_end, match.start()):
            continue  # "X, who retained her title in 2019, ...": told in passing
        facts.append(Fact("medal", athlete, event, 1, sentence, match[0]))
    return facts
