"""Names glued to their first names by a scraped page (``ElaineThompson-Herah``, a tag
between the two words lost with it): parted where the article also writes the second part
alone (``Thompson-Herah said``; never inside another name, as ``Point`` of ``Pakistan Point
News`` beside the brand ``UrduPoint``), so that the full name is learned and the bare surname
stands for it; a name glued to a possessive (``Czech Republic'sZuzana Hejnova``) always.
A name's own inner capital (``McDonald``, ``DeChambeau``, ``LeBron``) stays: its second
part is never written alone, or its first is a name prefix."""

from __future__ import annotations

import re

# A capitalised word, then a capital after two lower-case letters or more: "ElaineThompson"
_GLUED = re.compile(r"(?=[A-Z])\b(?P<first>[A-Z][a-z]{2,})(?P<rest>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z][a-z]")
_OWNER_GLUED = re.compile(r"(?<=[a-z])['’]s(?=[A-Z][a-z])")  # "Republic'sZuzana"
_PREFIXES = frozenset(
    {"Mac", "Mc", "Fitz", "Van", "Von", "Del", "Della", "Dos", "Das", "Den", "Der", "Des"}
    | {"Le", "La", "De", "Di", "Du", "Da", "Ter", "Ten", "San", "Santa", "Saint", "Mont"}
)
# A run of capitalised words: the second part must stand as one alone ("Thompson-Herah
# said"), not inside another name ("UrduPoint" beside "Pakistan Point News": a brand)
_RUN = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?)*\b")


def unglued(texts: list[str]) -> list[str]:
    """``texts`` (an article's paragraphs) with each glued name parted, where its second
    part stands alone elsewhere in them, and a name glued to a possessive before it
    (``Czech Republic'sZuzana Hejnova``) parted always; the texts themselves when none is."""
    if any("s" in text and _OWNER_GLUED.search(text) for text in texts):
        texts = [_OWNER_GLUED.sub(r"\g<0> ", text) for text in texts]
    if not any(_INNER_CAPITAL.search(text) for text in texts):
        return texts  # the common case: one plain scan, no word with a capital inside
    glued = {m[0]: m for text in texts for m in _GLUED.finditer(text)}
    glued = {word: m for word, m in glued.items() if m["first"] not in _PREFIXES}
    if not glued:
        return texts
    runs = {tuple(run.split()) for text in texts for run in _RUN.findall(text)}
    parted = {
        word: f"{m['first']} {m['rest']}"
        for word, m in glued.items()
        if (m["rest"],) in runs or (m["first"], m["rest"]) in runs
    }
    if not parted:
        return texts
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, parted)) + r")\b")
    return [pattern.sub(lambda m: parted[m[0]], text) for text in texts]
