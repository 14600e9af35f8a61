"""Speech marked with single quotation marks (the British style), read as double ones.

``'It was different conditions today,' said Djokovic``: when an article has no double
quotation mark at all and at least two paragraphs open a quotation with a single one, its
single marks become double ones before reading; apostrophes (``didn't``, ``Andy's``) stay.
"""

from __future__ import annotations

import re

from quizcli.draft.read import Article

_MARKS = re.compile('[“”"]')
SINGLE_OPEN_BARE = re.compile(r"(?:(?<=^)|(?<=[\s(:]))['‘](?=[A-Z0-9])")
# led by its mark: a 1 MB paragraph's scan passes over other characters at once
_SINGLE_OPEN = re.compile("(?=['‘])" + SINGLE_OPEN_BARE.pattern)
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])['’]|['’](?=,\s)")


def single_marked(article: Article) -> bool:
    """Whether the article marks speech with single quotation marks (the British style:
    ``'It was different conditions today,' said Djokovic``): no double marks at all, and
    at least two paragraphs that open a quotation with a single mark."""
    texts = [p.text for p in article.paragraphs if not p.heading]
    if any(_MARKS.search(text) for text in texts):
        return False
    return sum(1 for text in texts if _SINGLE_OPEN.search(text)) >= 2


def doubled(text: str) -> str:
    """A paragraph's single-mark quotations written with double marks; apostrophes
    (``didn't``, ``Andy's``) stay, since an opening mark must follow a space and precede a
    capital, and a closing one must follow a stop or comma, or precede ``, ``."""
    out, position, inside = [], 0, False
    while True:
        pattern = _SINGLE_CLOSE if inside else _SINGLE_OPEN
        match = pattern.search(text, position)
        if match is None:
            out.append(text[position:])
            return "".join(out)
        out.append(text[position : match.start()] + ("”" if inside else "“"))
        position, inside = match.end(), not inside
