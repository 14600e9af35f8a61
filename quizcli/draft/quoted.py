"""What a reading of quotations is made of: a ``Quotation`` and its parts, a ``Sentence`` of
narration with its focus, the double-quoted stretches (``Span``) of a paragraph, the same
paragraph with its quoted words masked, and the bounds of its sentences.

Finding where quotations stand is kept apart from attributing them (``quotes``): this
module knows quotation marks and sentence ends, not people.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from quizcli.draft.traits import Traits

MARKS = re.compile('[“”"]')
# A right mark opening a quotation: after a sentence's end or a space (or first), before a
# capital or a digit
_STRAY_OPENER = re.compile(r"(?:(?<=^)|(?<=[.!?:\s]))”(?=[A-Z0-9])")
OPENERS = '“"'
# An opening mark while a quotation is open: after a sentence's end and a space, before a
# capital (a closing mark follows its words with no space)
_REOPENED = re.compile(r"(?<=[.!?][’'] )[“\"](?=[A-Z])|(?<=[.!?] )[“\"](?=[A-Z])")
CLOSERS = '”"'


class Quotation:
    """Words spoken by ``speaker`` (as the draft prints the name), in one or more parts."""

    __slots__ = ("answer", "paragraph", "parts", "speaker", "start")

    def __init__(self, speaker: str, parts: list[str], paragraph: int) -> None:
        self.speaker = speaker
        self.parts = parts
        self.paragraph = paragraph  # the last paragraph it runs into
        self.start = paragraph  # the paragraph it opens in
        self.answer = False  # a transcript's answer to one question (``NAME: ...``)

    def __repr__(self) -> str:
        return f"Quotation({self.speaker!r}, {self.parts!r}, {self.paragraph})"

    @property
    def text(self) -> str:
        """The whole quotation, parts joined by a space."""
        return " ".join(self.parts)


class Sentence(NamedTuple):
    """A sentence of narration (quotations inside kept) and who the text is about there."""

    paragraph: int
    text: str
    masked: str  # the same length, quoted words replaced by "x"
    focus: str | None
    heading: bool


class Span:
    """One double-quoted stretch of a paragraph: its inner offsets, whether it closes in the
    paragraph and whether it continues a quotation left open in the paragraph before."""

    __slots__ = ("closed", "continues", "end", "reopens", "start")

    def __init__(self, start: int, end: int, closed: bool) -> None:
        self.start, self.end, self.closed, self.continues = start, end, closed, False
        self.reopens = False  # opened right after one left open: the same speaker's words


class Reading:
    """The quotations of an article and its sentences with their focus, and what it says
    of its people's ages and countries (``traits``, read by the descriptions' readers)."""

    __slots__ = ("quotations", "sentences", "traits")

    def __init__(self) -> None:
        self.quotations: list[Quotation] = []
        self.sentences: list[Sentence] = []
        self.traits: Traits | None = None


def quoted_spans(text: str, open_before: bool) -> list[Span]:
    """Double-quoted stretches of a paragraph (their inner offsets). A closing mark where
    none is open, at a paragraph's or a sentence's start and before a capital, opens one:
    ``in the 2022 Berlin Marathon.”I feel so happy,” Kiptum said`` (a page that types the
    same mark on both sides)."""
    spans: list[Span] = []
    start: int | None = None
    reopened = False  # the open quotation was opened where another was left open
    for mark in MARKS.finditer(text):
        char, index = mark[0], mark.start()
        if start is None and (char in OPENERS or _STRAY_OPENER.match(text, index)):
            start = index + 1
        elif start is not None and char in OPENERS and _REOPENED.match(text, index):
            # 'dream of gold too.\' "This is how I started': a quotation run on into the next
            # paragraph, the paragraphs joined: the open one ends where the next opens
            spans.append(Span(start, text.rindex(" ", 0, index), closed=False))
            spans[-1].reopens = reopened
            start, reopened = index + 1, True
        elif start is not None and char in CLOSERS:
            spans.append(Span(start, index, closed=True))
            spans[-1].reopens = reopened
            start, reopened = None, False
    if start is not None:
        spans.append(Span(start, len(text), closed=False))
        spans[-1].reopens = reopened
    if spans and open_before and not text[: spans[0].start - 1].strip():
        spans[0].continues = True
    return spans


def mask(text: str, spans: list[Span]) -> str:
    """``text`` with every quoted character replaced by ``x`` (offsets kept)."""
    chars = list(text)
    for span in spans:
        chars[span.start : span.end] = "x" * (span.end - span.start)
    return "".join(chars)


# Words that open a sentence, never a name's or a team's: after an acronym's full stop
_OPENER = (
    r"(?:The|A|An|He|She|It|They|We|I|His|Her|Their|Its|This|That|These|But|And|So|Yet"
    r"|After|When|As|In|On|At|With|Then|Now|Meanwhile|However)\b"
)
# Abbreviations that never end a sentence: "a world No. 1", "Mr. Smith", "Arsenal vs. Spurs"
_ABBREVIATIONS = (
    "".join(
        rf"(?<!\b{word}\.)"
        for word in "Mr Dr St Mrs Ms No Nos Jr Sr vs Mt Gen Capt Prof Lt Sgt Ft".split()
    )
    + r"(?<![\s(]v\.)"
)
_SENTENCE_END_BARE = re.compile(
    r"[.!?](?<![A-Z].)" + _ABBREVIATIONS + r"(?<!^\d.)(?<!^\d\d.)[\"'”’)]*\s+"
    r"(?=[\"“‘(]?[A-Z0-9]|[\"“]x)"
    # "won the race.Kerr said", 'a full stadium.“I knew', 'tonight.”David', "in 2019.The
    # 30-year-old": no space after it
    r"|(?:(?<=[a-z][a-z][.!?])|(?<=\d\d\.))[\"'”’)]*(?=[A-Z][a-z]|[\"“‘(][A-Z]|[\"“]x)"
    # "the best team in the NFL. The Ravens thrashed ...": an acronym ends the sentence
    # when a word that opens one follows ("J. Smith", "U.S. Open" do not end one)
    rf"|(?<=[A-Z][A-Z][.!?])\s+(?={_OPENER})"
)
# The same ends, both alternatives led by the stop itself (the second takes it into its match,
# which ends where it did): the scan then passes over every other character at once instead
# of trying both at each (tests/test_draft_speed.py compares the two).
_SENTENCE_END = re.compile(
    r"[.!?](?:(?<![A-Z].)" + _ABBREVIATIONS + r"(?<!^\d.)(?<!^\d\d.)[\"'”’)]*\s+"
    r"(?=[\"“‘(]?[A-Z0-9]|[\"“]x)"
    r"|(?:(?<=[a-z][a-z][.!?])|(?<=\d\d\.))[\"'”’)]*(?=[A-Z][a-z]|[\"“‘(][A-Z]|[\"“]x)"
    rf"|(?<=[A-Z][A-Z][.!?])\s+(?={_OPENER}))"
)


# A quotation whose last sentence ends it, glued to the narration after it: 'a world-record
# holder.”Hassan won in 2:13:44' (read in the text itself: the masked words hide the stop)
_GLUED_AFTER_QUOTE = re.compile(r"(?<=[.!?])[\"”](?=[A-Z][a-z])")


def sentence_bounds(masked: str, text: str | None = None) -> list[tuple[int, int]]:
    """Start and end offsets of the sentences of ``masked`` (quoted words masked out); with
    the ``text`` it masks, a quotation's closing mark glued to the next sentence ends one
    too."""
    ends = [match.end() for match in _SENTENCE_END.finditer(masked)]
    if text is not None and ("”" in text or '"' in text):
        glued = [match.end() for match in _GLUED_AFTER_QUOTE.finditer(text)]
        ends = sorted({*ends, *glued}) if glued else ends
    bounds, start = [], 0
    for end in ends:
        bounds.append((start, end))
        start = end
    if start < len(masked):
        bounds.append((start, len(masked)))
    return bounds


_FINISHED = re.compile(r"(?:[.!?…]|[-–—]{1,2})[\"'”’)\]]*\Z")


def finished(words: str) -> str:
    """``words`` without an unfinished last sentence: a quotation the text cuts off
    (``She has a lot o``) keeps only its whole sentences, maybe none."""
    words = words.rstrip()
    if not words or _FINISHED.search(words):
        return words
    bounds = sentence_bounds(words)
    return words[: bounds[-2][1]].rstrip() if len(bounds) > 1 else ""
