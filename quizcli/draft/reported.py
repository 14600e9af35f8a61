"""The race an article is reporting, kept from sentence to sentence: the race a sentence
gives a result of (``FactFinder.resulted``), which a paragraph naming none continues, and
which a race named only in passing (``, who took gold in the super-G on Thursday,``) or
another year's does not change."""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.editions import YEAR, another_edition
from quizcli.draft.event_names import event_name
from quizcli.draft.events import without_sex
from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence


class Finder(Protocol):
    """What keeping the race needs of the fact finder (quizcli.draft.results.FactFinder)."""

    event: str | None
    event_paragraph: int
    switched: str | None
    resulted: str | None
    unowned: list[str]


_IN_PASSING = re.compile(r"\b(?:who|which)\b[^,;()]*$")
_CLAUSE_CLOSED = re.compile(r"[^,;()]*[,;)]\s*\w")  # a clause closed, the sentence going on
_RESULT_KINDS = ("place", "medal", "podium", "time", "completed")


def remember_reported(
    finder: Finder, sentence: Sentence, events: list[re.Match[str]], facts: list[Fact]
) -> None:
    """Keep the race the article is reporting: one named with a result in this sentence or
    in its paragraph (not a sex switched to by ``the women's race``); a race named without
    one ends it, unless only in passing (``, who took gold in the super-G on Thursday,``)."""
    text = sentence.masked
    if events:
        passing = all(_IN_PASSING.search(text, max(0, e.start() - 60), e.start()) for e in events)
        named = {event_name(e) for e in events}
        told = [f for f in facts if f.event in named and f.kind in _RESULT_KINDS]
        if (
            passing
            and told
            and not _CLAUSE_CLOSED.match(text, events[-1].end())
            and not another_edition(text, events[0].start(), len(text))
        ):
            # "... for Florijn who retained her single sculls crown in 7:14.35." (not
            # ", who took gold on Monday, watched"): this day's race or another? The
            # next paragraph's results carry neither.
            finder.resulted = None
            return
        if passing or {without_sex(n) for n in named} == {without_sex(finder.resulted or "")}:
            return  # in passing, or the same race with its sex left out ("the 100 metres")
    elif finder.switched is None and sentence.paragraph == finder.event_paragraph and finder.event:
        named = {finder.event}
        if finder.event not in finder.unowned and not any(
            f.event == finder.event and f.kind in _RESULT_KINDS for f in facts
        ):
            return  # no race named, none reported: nothing to keep or to end
    else:
        return
    if YEAR.search(text):
        reported = []  # "the super-G at the 1999 world championships": maybe history
    else:
        reported = [f.event for f in facts if f.event in named and f.kind in _RESULT_KINDS]
        reported += [event for event in finder.unowned if event in named]
    if events or reported:  # a race named and not reported here is no race to continue
        finder.resulted = reported[-1] if reported else None
