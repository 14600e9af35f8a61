"""A nickname quoted inside a full name, read as the name: ``Naoya ‘Monster’ Inoue`` is
``Naoya Inoue``, ``Saul "Canelo" Alvarez`` is ``Saul Alvarez``.

Boxing, darts and wrestling reports write a fighter's nickname in quotation marks between
the first name and the surname. Left there, the marks split the name into two lone words
(no person is named in full, and ``"...," Inoue said`` has nobody to credit) and the
nickname reads as a quotation. The nickname is dropped with its marks; the surname stays.
"""

from __future__ import annotations

import re

# The nickname: one to four capitalised or lower-case words in matching-looking marks, no
# sentence's punctuation inside, a space on either side, a capitalised word after it.
# (Led by the opening mark: a 1 MB paragraph is scanned at its marks only.)
_NICKNAME = re.compile(
    r"(?=['‘\"“])['‘\"“](?:[A-Z][\w'’-]*|[a-z]+)(?:\s(?:[A-Z][\w'’-]*|[a-z]+)){0,3}['’\"”]"
    r"\s(?=[A-Z][a-z])"
)
# The first name before it: a capitalised word (not an acronym's letters), a space.
_FIRST_NAME = re.compile(r"(?:^|\s)[A-Z][a-zà-ÿ][\w'’-]*\s\Z")
_HINT = re.compile("['‘\"“]")


def without_nicknames(text: str) -> str:
    """``text`` with every quoted nickname written between a first name and a surname left
    out (``Naoya ‘Monster’ Inoue`` -> ``Naoya Inoue``)."""
    if not _HINT.search(text):
        return text
    out, position = [], 0
    for match in _NICKNAME.finditer(text):
        if not _FIRST_NAME.search(text, max(0, match.start() - 30), match.start()):
            continue
        out.append(text[position : match.start()])
        position = match.end()
    if not out:
        return text
    out.append(text[position:])
    return "".join(out)
