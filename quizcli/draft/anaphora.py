"""Who a sentence refers to without a name: ``he``, ``she`` and descriptors such as ``The
Norwegian``, ``the 23-year-old`` or ``the world No. 1`` at its start (quizcli.draft.focus
decides which person they stand for)."""

from __future__ import annotations

import re

PRONOUNS = frozenset({"he", "she"})
_DESCRIPTOR = re.compile(
    r"\A(?:[Tt]he|[Tt]his)\s+(?:(?:[Ww]orld|[Ww]omen's|[Mm]en's)\s+(?:No\.?|[Nn]umber)\s*"
    r"(?:\d+|one|two|three)\b|(?:(?:[A-Z][a-z]+|\d+-year-old|\w+-old|\w+-time|world|Olympic"
    r"|defending|reigning|former|new|gold|silver|bronze|medal|race|top|first|second|third"
    r"|fourth|fifth|\d+(?:st|nd|rd|th)|major|grand|slam|multiple)\s+){0,2}"
    r"(?:[A-Z][a-z]+(?:an|ian|ese|ish|er|i)|\d+-year-old|athlete|runner|champion|"
    r"star|sprinter|winner|veteran|youngster|[a-z]+-year-old|seed|medallist|medalist)\b)"
)


def is_anaphor(text: str) -> bool:
    """``he``, ``she`` or a descriptor such as ``The Norwegian`` at the start of ``text``."""
    head = text.lstrip()
    first = head.split(" ", 1)[0].casefold() if head else ""
    return first in PRONOUNS or bool(_descriptor(head))


def anaphor_length(text: str) -> int:
    """How many characters of ``text`` the leading pronoun or descriptor takes (0: none)."""
    head = text.lstrip()
    offset = len(text) - len(head)
    first = re.match(r"(?:he|she|He|She)\b", head)
    if first:
        return offset + first.end()
    descriptor = _descriptor(head)
    return offset + descriptor.end() if descriptor else 0


_THE_WORD = re.compile(r"\A[Tt]he\s+([A-Z][a-z]+)\b")


def _descriptor(head: str) -> re.Match[str] | None:
    """``The Norwegian``, ``the 23-year-old``, or ``The Serb`` (any nationality word)."""
    from quizcli.draft.nations import is_place_word

    match = _DESCRIPTOR.match(head)
    if match:
        return match
    nationality = _THE_WORD.match(head)
    if nationality and is_place_word(nationality[1]):
        return nationality
    return None
