"""Typed text that was not valid in its character set, made safe to grade, show and store.

Python reads bytes it cannot decode (a Latin-1 terminal sending ``S\\xf8rum`` to a UTF-8
program, or UTF-8 typed under ``PYTHONIOENCODING=ascii``) as lone surrogates
(``surrogateescape``): the standard input is read that way so that reading never fails,
and prompt_toolkit does the same. A lone surrogate cannot be encoded as UTF-8, so SQLite,
JSON files and terminals would refuse it; here each one becomes U+FFFD, the replacement
character, before the answer goes anywhere.
"""

from __future__ import annotations

import re

REPLACEMENT = "\ufffd"

_SURROGATE = re.compile("[\ud800-\udfff]")

UNDECODABLE_NOTE = (
    "Some of what you typed was not valid text in this terminal's character set; "
    f"it is shown and kept as {REPLACEMENT}."
)


def repaired(text: str) -> tuple[str, bool]:
    """``text`` with every lone surrogate (an undecodable byte) as U+FFFD, and whether any was."""
    fixed, count = _SURROGATE.subn(REPLACEMENT, text)
    return fixed, count > 0


def storable(text: str) -> str:
    """``text`` as valid Unicode: what :func:`repaired` gives, without the flag."""
    return _SURROGATE.sub(REPLACEMENT, text)
