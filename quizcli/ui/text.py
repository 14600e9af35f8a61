"""Bank text is data: turn it into Rich ``Text`` that shows every character literally.

Rich markup in a ``Text`` is never interpreted, but terminal control characters would still
reach the terminal. Those, bidirectional overrides and zero-width characters are replaced by
a visible ``\\x1b``-style escape so a hostile bank can neither move the cursor nor hide text.
"""

from __future__ import annotations

import re
import sys

from rich.console import Console
from rich.text import Text

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


def json_safe(text: str) -> str:
    """Escape, as JSON ``\\uXXXX`` (a surrogate pair above U+FFFF), the characters left raw
    by ``json.dumps`` that a terminal would act on; the result is the same JSON value."""
    return _INVISIBLE.sub(_json_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in JOINERS and joins(match.string, match.start()):
        return char  # it shapes an emoji or a Persian or Indic word: nothing is hidden
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)  # JSON writes the rest as a surrogate pair
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def counted(number: int, noun: str) -> str:
    """``1 game``, ``3 games``: a count with its noun, plural when it is not one."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def literal(text: str, style: str = "") -> Text:
    """A Rich Text showing bank ``text`` exactly as written, never as markup or escapes."""
    return Text(visible(text), style=style)


def console(*, stderr: bool = False) -> Console:
    """A Rich console for stdout or stderr; Rich drops colour when not a terminal."""
    # No emoji codes (":smile:") or highlighting: bank text is shown as written, and the
    # emoji table alone costs 4 ms to import.
    return Console(stderr=stderr, highlight=False, emoji=False, file=sys.stderr if stderr else None)
