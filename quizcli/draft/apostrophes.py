"""Apostrophes a page wrote as other marks: a closing quotation mark (``Vonn”s husband``,
``I”ve``: a publishing system that turned every straight ``'`` into a curly double mark), an
acute accent (``Men´s race``, ``yesterday´s``) or a grave one (``Luxembourg`s Andy
Schleck``, ``couldn`t``). Between a letter and a contraction's or a possessive's ending no
quotation can close and no accent stands, so the mark there is read as the apostrophe it
stands for: ``Vonn’s``, and the possessive, the race's sex, the speaker and the name before
it are read as written anywhere else.
"""

from __future__ import annotations

import re

# A closing double mark (a double prime) or an accent between a letter and an ending that
# only ever follows an apostrophe: "’s", "’t", "’ve", "’re", "’ll", "’d", "’m"
_AS_APOSTROPHE = re.compile(  # (the mark first, then the letter before it: re skips to marks)
    r"[”″´`](?<=[^\W\d_][”″´`])(?=(?:s|t|ve|re|ll|d|m)(?![^\W\d_]))"
)
_MARKS = ("”", "″", "´", "`")


def apostrophes_mended(text: str) -> str:
    """``text`` with the marks that stand for apostrophes written as ``’``."""
    if not any(mark in text for mark in _MARKS):
        return text
    return _AS_APOSTROPHE.sub("’", text)
