"""Speech marked with single quotation marks (the British style), read as double ones.

``'It was different conditions today,' said Djokovic``: when an article has no double
quotation mark at all and either two paragraphs open a quotation with a single one or one
paragraph writes a whole single-marked quotation with its attribution (``'He'll need a
Harley Davidson,' Bryn Vaile said.``), its single marks become double ones before reading;
apostrophes (``didn't``, ``Andy's``) stay.
"""

from __future__ import annotations

import re

from quizcli.draft.read import Article

_MARKS = re.compile('[“”"]')
SINGLE_OPEN_BARE = re.compile(r"(?:(?<=^)|(?<=[\s(:]))['‘](?=[A-Z0-9])")
# led by its mark: a 1 MB paragraph's scan passes over other characters at once
_SINGLE_OPEN = re.compile("(?=['‘])" + SINGLE_OPEN_BARE.pattern)
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])['’]|['’](?=,\s)")
# A quotation's closing mark and its attribution: ",' Bryn Vaile said", ",' said the coach",
# ",' Queensland captain Daly Cherry-Evans said" (a name or a role of up to six words)
_SINGLE_SAID = re.compile(
    r"[,!?]['’]\s+(?:(?:said|says|added|told)\b"
    r"|(?:[\w’'-]+\s+){1,6}(?:said|says|added|told)\b)"
)


def single_marked(article: Article) -> bool:
    """Whether the article marks speech with single quotation marks (the British style:
    ``'It was different conditions today,' said Djokovic``): no double marks at all, and
    either two paragraphs that open a quotation with a single mark or one that opens one and
    closes it before its attribution (``'He'll need a Harley Davidson,' Bryn Vaile said``)."""
    texts = [p.text for p in article.paragraphs if not p.heading]
    if any(_MARKS.search(text) for text in texts):
        return False
    opening = [text for text in texts if _SINGLE_OPEN.search(text)]
    if len(opening) >= 2:
        return True
    return any(_attributed(text) for text in opening)


def _attributed(text: str) -> bool:
    """Whether a paragraph writes a single-marked quotation, opened and closed, followed by
    who said it."""
    opened = _SINGLE_OPEN.search(text)
    return opened is not None and _SINGLE_SAID.search(text, opened.end()) is not None


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
