"""More forms that tell whose a time is, beyond those of ``quizcli.draft.owners``.

- a name, its finishing verb and its place, then the time: ``Daniel Wanjiru crossed the
  line eighth in 2:12:16``, ``Paul Biwott (Kenya) was second in 2:08:18``, ``Barega took
  second in 12:59.70`` (the place belongs to the name just before it, and so does the time);
- a sentence opened by a participle of timing, then its named subject: ``Clocking 60:11,
  Lind set ...`` (not ``he``: after a passive ``won by X``, whom it stands for is unsure).

Each form reads only a few words either side of the time (linear in the sentence).
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.clock import Time
from quizcli.draft.index import SentenceIndex

_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|\d{1,2}(?:st|nd|rd|th))"
)
# "crossed the line eighth in", "finished fifth in", "was edged out into fifth in"
_PLACED = re.compile(
    r"\s*(?:\((?:[A-Z][\w .'’/-]{1,30})\)\s*)?,?\s*"
    r"(?:finished|finishing|came|coming|crossed the line|crossing the line|came home|trailed home"
    r"|trailing home|faded to|dropped to|slipped to|was edged (?:out )?into|was|took|taking"
    r"|placed|ended)\s+(?:in\s+)?" + _ORDINAL + r"(?:\s+(?:place|position|overall))?\s+in\s+$"
)
_OPENING = re.compile(r"(?:Clocking|Running|Finishing in|Winning in|Crossing the line in)\s+$")
_AFTER_OPENING = re.compile(r"(?:\s+(?:minutes|mins|seconds|secs|hours))?\s*,?\s+")
_PRONOUN = re.compile(r"(?:he|she)\b")


def time_holder(text: str, time: Time, index: SentenceIndex) -> str | None:
    """The person a time certainly belongs to by one of the forms above; None otherwise."""
    return _placed(text, time, index) or _opening(text, time, index)


def _name_ending_before(index: SentenceIndex, at: int) -> tuple[int, str | None] | None:
    """The run (its position in the index) that ends last before ``at``, and its person."""
    count = bisect.bisect_right(index.ends, at)
    if not count:
        return None
    return count - 1, index.names[count - 1]


def _placed(text: str, time: Time, index: SentenceIndex) -> str | None:
    """``NAME crossed the line eighth in TIME``: the name just before the verb and place."""
    last = _name_ending_before(index, time.start)
    if last is None or last[1] is None:
        return None
    end = index.ends[last[0]]
    if time.start - end > 60 or not _PLACED.fullmatch(text, end, time.start):
        return None
    return last[1]


def _opening(text: str, time: Time, index: SentenceIndex) -> str | None:
    """``Clocking 60:11 minutes he set ...``: the subject right after the opening phrase."""
    if time.start > 40 or not _OPENING.fullmatch(text, 0, time.start):
        return None
    after = _AFTER_OPENING.match(text, time.end)
    if after is None:
        return None
    subject = after.end()
    if _PRONOUN.match(text, subject):
        return None  # "he" here may be the last one named, or the one the text is about
    at = bisect.bisect_left([run.start for run in index.runs[:4]], subject)
    if at < len(index.runs) and index.runs[at].start == subject:
        return index.names[at]
    return None
