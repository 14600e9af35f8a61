"""Apostrophes a page wrote as closing quotation marks: ``Vonn”s husband``, ``I”ve``,
``didn”t`` (a publishing system that turned every straight ``'`` into a curly double mark).
Between a letter and a contraction's or a possessive's ending no quotation can close, so the
mark there is read as the apostrophe it stands for: ``Vonn’s``, and the possessive, the
speaker and the name before it are read as written anywhere else.
"""

from __future__ import annotations

import re

# A closing double mark (or a double prime) between a letter and an ending that only ever
# follows an apostrophe: "’s", "’t", "’ve", "’re", "’ll", "’d", "’m"
_AS_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[”″](?=(?:s|t|ve|re|ll|d|m)(?![^\W\d_]))")


def apostrophes_mended(text: str) -> str:
    """``text`` with closing double marks that stand for apostrophes written as ``’``."""
    if "”" not in text and "″" not in text:
        return text
    return _AS_APOSTROPHE.sub("’", text)
