"""More forms that tell whose a time is, beyond those of ``quizcli.draft.owners``.

- a name, its finishing verb and its place, then the time: ``Daniel Wanjiru crossed the
  line eighth in 2:12:16``, ``Paul Biwott (Kenya) was second in 2:08:18``, ``Barega took
  second in 12:59.70`` (the place belongs to the name just before it, and so does the time);
- a name, a verb of overtaking, its rival, then a purpose: ``Edris overtook Barega in the
  final 70 meters to finish in 12:58.85``, ``Cseh led Verraszto in a 1-2 to finish in
  4:10.95`` (not after ``was``: ``was passed by``);
- a name, then overtaken by rivals: ``Kirui was passed by Reda and Tola at the bell to
  finish in 27:20.11``;
- a name, a gap behind a rival, then the time: ``Cuche was 0.03 seconds behind Miller in
  2:04.26`` (the rival's time is never written so);
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


def time_holder(text: str, time: Time, index: SentenceIndex) -> tuple[str | None, bool]:
    """The person a time certainly belongs to by one of the forms above (None otherwise),
    and, when it is nobody's by them, whether a rival stands between a subject and the time
    (``Kirui was passed by A and B to finish in T``): the last name before it is then not
    its holder either. The rival forms are searched once for both answers."""
    holder = _placed(text, time, index) or _opening(text, time, index)
    if holder:
        return holder, False
    low = max(0, time.start - 120)
    rivals = [
        m for form in _forms(text, low, time.start) if (m := form.search(text, low, time.start))
    ]
    return _subject_named(text, index, rivals), bool(rivals)


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


# "Edris overtook compatriot Barega in the final 70 meters to finish in 12:58.85", "Cseh
# led David Verraszto in a Hungarian 1-2 ... to finish in 4:10.95"
_OVERTAKING = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )\b(?:overtook|overhauled|outkicked"
    r"|outsprinted|held off|caught|edged out|beat|led)\s+(?!by\b)[^,;:()]{1,80}?\bto\s+(?:finish"
    r"|win|cross the line|clock|stop the clock|take (?:the )?(?:gold|victory|title|win))\s+"
    r"in\s+(?:a time of\s+)?$"
)
# "Kirui was passed by Reda and Tola at the bell to finish in 27:20.11": the subject's too
_OVERTAKEN = re.compile(
    r"\b(?:was|were|got|being)\s+(?:overtaken|passed|caught|overhauled|outkicked|outsprinted"
    r"|edged out|beaten)\s+by\s+[^,;:()]{1,80}?\bto\s+(?:finish|cross the line|clock"
    r"|stop the clock|take (?:the )?(?:silver|bronze|second|third))\s+in\s+(?:a time of\s+)?$"
)
# "He was 0.03 seconds behind Miller in 2:04.26": the subject's time, a gap after it
_GAP_BEHIND = re.compile(
    r"\b(?:was|finished|came home|crossed the line|ended up|ended)\s+(?:just\s+|only\s+)?"
    r"(?:\d{1,2}(?:\.\d{1,3})?|a|one|two|three|four|five)\s*(?:seconds?|secs?|s|hundredths?"
    r"(?: of a second)?|tenths?(?: of a second)?)?\s+behind\s+"
    r"(?:[A-Z][\w'’.-]+\s+){1,3}in\s+$"
)


# "On Friday he raced against Murakami, only to end up sixth in 35.06s": the rival named
# after "against" is not the time's holder (and "he" is not sure either)
_AGAINST = re.compile(
    r"\b(?:against|versus|vs\.?)\s+(?:[A-Z][\w'’.-]*\s*){1,3}[^;:()]{0,80}?\bin\s+"
    r"(?:a time of\s+)?$"
)
# Words each form above cannot match without (case as written): a window holding none of
# a form's words is not searched for it (the same answers, tests/test_draft_speed.py).
_NEEDS = (
    (
        _OVERTAKING,
        (
            "overtook",
            "overhauled",
            "outkicked",
            "outsprinted",
            "held off",
            "caught",
            "edged out",
            "beat",
            "led",
        ),
    ),
    (_OVERTAKEN, ("by",)),
    (_GAP_BEHIND, ("behind",)),
    (_AGAINST, ("against", "versus", "vs")),
)


_ANY_NEEDED = re.compile("|".join(re.escape(word) for _, words in _NEEDS for word in words))


def _forms(text: str, low: int, high: int) -> list[re.Pattern[str]]:
    """The forms above that may match in ``text[low:high]``: those whose words it holds
    (most windows hold none: one search says so)."""
    if not _ANY_NEEDED.search(text, low, high):
        return []
    window = text[low:high]
    kept = []
    for form, words in _NEEDS:
        for word in words:
            if word in window:
                kept.append(form)
                break
    return kept


def _subject_named(text: str, index: SentenceIndex, rivals: list[re.Match[str]]) -> str | None:
    """The name just before the verb when the time after it is the subject's although
    another name stands between (``Edris overtook Barega ... to finish in 12:58.85``,
    ``Kirui was passed by Reda and Tola to finish in 27:20.11``, ``Cuche was 0.03 seconds
    behind Miller in 2:04.26``); never ``he`` or ``she``, whom the
    text may mean otherwise than the draft reads. ``rivals``: the forms' matches before the
    time, in the forms' order."""
    for match in rivals:
        last = _name_ending_before(index, match.start())
        if last is not None and last[1] and not text[index.ends[last[0]] : match.start()].strip():
            return last[1]
    return None
