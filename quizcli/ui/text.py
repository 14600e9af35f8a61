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

from quizcli.safetext import invisible, nothing_hidden, visible

__all__ = [
    "console",
    "counted",
    "dumb_terminal",
    "json_safe",
    "literal",
    "plain_styles",
    "visible",
]


def json_safe(text: str) -> str:
    """Escape, as JSON ``\\uXXXX`` (a surrogate pair above U+FFFF), the characters left raw
    by ``json.dumps`` that a terminal would act on; the result is the same JSON value."""
    if nothing_hidden(text):
        return text
    return invisible().sub(_json_escape, text)


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


# Set by plain_styles(): every console made after that writes text without any style.
_plain = False


def plain_styles() -> None:
    """From now on, every console of this process writes plain text: no colour, and no bold,
    italics or underline either (NO_COLOR keeps those). For ``--plain`` and plain rounds."""
    global _plain
    _plain = True


def dumb_terminal() -> bool:
    """True in a terminal that cannot move its cursor (TERM=dumb: an Emacs shell buffer, some
    IDE consoles): it gets the plain, line-by-line mode."""
    import os

    return os.environ.get("TERM", "") == "dumb"


def console(*, stderr: bool = False) -> Console:
    """A Rich console for stdout or stderr; Rich drops colour when not a terminal (and every
    style after plain_styles())."""
    # No emoji codes (":smile:") or highlighting: bank text is shown as written, and the
    # emoji table alone costs 4 ms to import.
    return Console(
        stderr=stderr,
        highlight=False,
        emoji=False,
        file=sys.stderr if stderr else None,
        color_system=None if _plain else "auto",
    )
