"""Text from outside (banks, player names, network messages) made safe to show anywhere.

Terminal control characters, bidirectional overrides and zero-width characters are written
out as visible escapes (``\\x1b``), so such text can neither move a cursor nor hide itself.
Pure string work: no terminal library here, so the core (player names, the live host) can
clean text exactly as the screens do.
"""

from __future__ import annotations

import functools
import re

# C0 controls except tab and newline, DEL, C1 controls; every format character (Unicode's
# Cf: bidi embeddings/overrides/isolates, zero-width characters, the soft hyphen, the
# byte-order mark, prepended concatenation marks, interlinear annotation marks, tag
# characters); the line and paragraph separators; and the rest of Unicode's
# Default_Ignorable_Code_Point blanks (Hangul fillers, the grapheme joiner, Khmer inherent
# vowels), which a terminal draws as nothing; and lone surrogates, which stand for the
# bytes of a file name that is not UTF-8 (written as ``\udcff``, never as raw bytes).
# Variation selectors stay: emoji and CJK text need them, and they cannot hide or reorder
# anything.
INVISIBLE_CLASS = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
    "\u08e2\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164"
    "\ud800-\udfff\ufeff\uffa0\ufff0-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e00ff\U000e01f0-\U000e0fff]"
)

# The characters of INVISIBLE_CLASS below U+FFF0 that ``str.isprintable()`` passes: letters
# and marks that draw as nothing, and U+2065 (unassigned, so it could become one).
_PRINTABLE_BLANKS = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u2065\u3164\uffa0")


def nothing_hidden(text: str) -> bool:
    """True when ``text`` holds no character of INVISIBLE_CLASS, told without the pattern:
    every character printable by Python's rules (no control, format, separator, surrogate
    or unassigned one), below U+FFF0, and none of the few blanks Python calls printable.
    False may be wrong (a tab, an emoji): the pattern decides then. Most text is like this,
    and compiling the pattern costs a command like ``list`` about 1% of its start-up."""
    return (
        text.isprintable()
        and (not text or max(text) < "\ufff0")
        and _PRINTABLE_BLANKS.isdisjoint(text)
    )


@functools.cache
def invisible() -> re.Pattern[str]:
    """The compiled INVISIBLE_CLASS, compiled when first needed."""
    return re.compile(INVISIBLE_CLASS)


def visible(text: str) -> str:
    """``text`` with control and invisible characters written out as escapes: ``\\x1b``,
    ``\\u202e``, ``\\U000e0041`` (a joiner that shapes an emoji or a word stays)."""
    if nothing_hidden(text):
        return text
    return invisible().sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    from quizcli.joiners import JOINERS, joins

    char = match.group()
    if char in JOINERS and joins(match.string, match.start()):
        return char  # it shapes an emoji or a Persian or Indic word: nothing is hidden
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
