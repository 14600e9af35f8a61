"""Text from outside (banks, player names, network messages) made safe to show anywhere.

Terminal control characters, bidirectional overrides and zero-width characters are written
out as visible escapes (``\\x1b``), so such text can neither move a cursor nor hide itself.
Pure string work: no terminal library here, so the core (player names, the live host) can
clean text exactly as the screens do.
"""

from __future__ import annotations

import re

from quizcli.joiners import JOINERS, joins

# C0 controls except tab and newline, DEL, C1 controls; every format character (Unicode's
# Cf: bidi embeddings/overrides/isolates, zero-width characters, the soft hyphen, the
# byte-order mark, prepended concatenation marks, interlinear annotation marks, tag
# characters); the line and paragraph separators; and the rest of Unicode's
# Default_Ignorable_Code_Point blanks (Hangul fillers, the grapheme joiner, Khmer inherent
# vowels), which a terminal draws as nothing; and lone surrogates, which stand for the
# bytes of a file name that is not UTF-8 (written as ``\udcff``, never as raw bytes).
# Variation selectors stay: emoji and CJK text need them, and they cannot hide or reorder
# anything.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
    "\u08e2\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164"
    "\ud800-\udfff\ufeff\uffa0\ufff0-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e00ff\U000e01f0-\U000e0fff]"
)


def visible(text: str) -> str:
    """``text`` with control and invisible characters written out as escapes: ``\\x1b``,
    ``\\u202e``, ``\\U000e0041`` (a joiner that shapes an emoji or a word stays)."""
    return _INVISIBLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in JOINERS and joins(match.string, match.start()):
        return char  # it shapes an emoji or a Persian or Indic word: nothing is hidden
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
