"""Quotations and their speakers, read paragraph by paragraph.

A quotation counts only when the text says who spoke it: ``"...," Hocker said.``,
``"..." said Ingebrigtsen``, ``Kerr told the BBC: "..."``, ``"...," he added`` (``he`` is
the person the article was just quoting or naming), a paragraph-long quotation after a
paragraph that introduces it (``..., stating:``), the next part of an interrupted quotation,
the following paragraphs of a quotation left open, a quotation right after a sentence
reporting its speaker (``Gayle revealed he was hurt. "..."``), a pull quote signed with a
dash and ``NAME: answer`` turns of a Q&A transcript (``transcripts``). The words around a
quotation that name its speaker are read by ``attributions``; who ``he`` or ``the
23-year-old`` is comes from ``focus``. Anything else in quotation marks (a scare-quoted
word, a reporter's paraphrase, a headline) is left alone, and so is a quotation whose
speaker cannot be told: never guessed.
Single quotation marks inside a quotation are a quotation it quotes, part of its text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizcli.draft.anaphora import is_anaphor
from quizcli.draft.attributions import Attributing
from quizcli.draft.focus import MAIN_VERB
from quizcli.draft.marks import doubled, single_marked
from quizcli.draft.people import (
    Cast,
    is_possessive,
    name_runs,
)
from quizcli.draft.quoted import (
    OPENERS,
    Quotation,
    Reading,
    Sentence,
    Span,
    finished,
    mask,
    quoted_spans,
    sentence_bounds,
)
from quizcli.draft.read import Article
from quizcli.draft.runs import Mention
from quizcli.draft.saying import own_attribution
from quizcli.draft.transcripts import (
    LABEL,
    NOT_SPEAKERS,
    answer_goes_on,
    credited,
    label_speaker,
    lone_name,
    only_asked,
    signed,
    signs,
    speaker_line,
    turns,
    without_question,
)

__all__ = ["Quotation", "Reading", "Sentence", "read_quotations", "sentence_bounds"]

# 'Halep: "It's a tough moment ..."' (a post's words under a label): the words, unquoted
_UNQUOTED = re.compile(r"\A[\"“]([^\"“”]+)[\"”]\Z")
# A sentence opening on the person in focus: "He ...", "His fifth-round jump ...", "But she".
_OPENS_ON_FOCUS = re.compile(
    r"[\s\"“”‘’(]*(?:(?:But|And|So|Yet|Then)\s+)?(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b"
)
_HE_SHE = re.compile(r"[\s\"“”‘’(]*(?:(?:But|And|So|Then)\s+)?([Hh]e|[Ss]he)\b")
_ASKED = re.compile(r"\b(?:asked|questioned)\b")  # the one asked answers, not the asker
_STOPPED = re.compile(r"[a-z0-9)][.!?]\s+\Z")  # narration ending with a full sentence
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’]*\Z")
_COMPARED = re.compile(r"\b(?:like|unlike|than)\s+$")  # a name compared, acting in no clause


class _Walker(Attributing):
    """Reads one article in order, attributing its quotations."""

    def __init__(self, cast: Cast) -> None:
        super().__init__(cast)
        self.reading = Reading()

    _open = False
    _last_text = ""  # the paragraph before, as written
    contested = False  # the last sentence's focus and another named person both acted in it
    answering: str | None = None  # whose transcript answer the last paragraph was
    sheet_speaker: str | None = None  # a press-conference sheet's speaker, named by a line

    def paragraph(self, index: int, text: str, heading: bool, open_before: bool) -> bool:
        """Read one paragraph; returns whether it ends inside an open quotation."""
        self.paragraph_at = index
        pull = signed(text, self.cast)
        if pull:  # '"We wanted to be aggressive today" – George Russell'
            speaker = self.named(pull[0])
            if speaker:
                self.reading.quotations.append(Quotation(speaker, [pull[1]], index))
            self.set_focus(speaker, index)
            return False
        line = speaker_line(text, self.cast) if len(text) <= 100 else None
        before, self._last_text = self._last_text, text
        if self._lone_name(index, text, before):
            self.reading.sentences.append(Sentence(index, text, text, None, heading))
            return False
        if heading and not line and (self.sheet_speaker or self.answering):
            heading = not answer_goes_on(text, False, False)  # "I'm still only 20" goes on
        spans = [] if heading else quoted_spans(text, open_before)
        masked = mask(text, spans)
        label = None if heading or ":" not in text[:110] else LABEL.match(text)
        answering, self.answering = self.answering, None
        if label and label[1].casefold() not in NOT_SPEAKERS:
            speaker = self.named(label_speaker(label[1], self.cast))
            if speaker:
                quotation = Quotation(speaker, [_UNQUOTED.sub(r"\1", label[2])], index)
                quotation.answer = True
                self.reading.quotations.append(quotation)
                self.set_focus(speaker, index)
                self.answering = speaker
                spans, masked = [], text[: label.start(2)] + "x" * len(label[2])
        elif answering and self._answer_goes_on(text, heading, spans, answering):
            # the next paragraph of a transcript's answer, until the next question
            self.reading.quotations[-1].parts.append(without_question(text))
            self.reading.quotations[-1].paragraph = index
            self.answering = answering
            spans, masked = [], "x" * len(text)
        elif self.sheet_speaker and not heading and not line:
            spans, masked = self._sheet_answer(index, text, spans, masked)
        if line:  # "Gold: Adam Gemili (GBR) - 19.98": the sheet's next speaker
            self.sheet_speaker = line
        elif heading:
            self.sheet_speaker = None
        previous: _Previous | None = None
        next_span = 0
        for start, end in sentence_bounds(masked, text):
            piece = masked[start:end]
            self.count += 1
            # After a sentence naming two people that did not say which one it is about,
            # "she" or "The champion" in the next is not told: no focus for them.
            # So is one after a sentence that named only others than the focus ("There was a
            # comeback drive for Ricciardo." then "He made it to 12th place ..."): whose?
            self.unsure = (
                (self.crowded or self.others_only) and self.focus_at != self.count - 1
            ) or self.contested
            self.crowded_before = self.crowded
            main = 0  # where the main clause starts (after a fronted phrase)
            if piece.lstrip()[:1] not in OPENERS:
                subject = self.subject(piece, index) or self.reporting(piece)
                if subject is None:
                    subject, main = self.fronted(piece, index)
                if subject:
                    self.set_focus(subject, index)
                elif self.owned_opening(piece):
                    self.set_focus(None, index)  # "Kerr's coach was less calm": not Kerr
            while next_span < len(spans) and spans[next_span].start - 1 < end:
                previous = self._quote(index, text, masked, spans, next_span, previous)
                next_span += 1
            # the full names it writes, for the bare surnames after it: '"...," Bolt said
            # after a hug from his mother, Jennifer Bolt' is not hers
            self.saw(piece, index)
            if piece.strip():
                # names in a fronted phrase ("since France's Arron in 2005, Schippers
                # was ...") are not what the sentence is about
                told = piece[main:] if main else piece
                runs = name_runs(told, self.cast.lowercase)
                named = {self.cast.speaker(r.words) for r in runs}
                named.discard(None)
                # a sentence naming nobody after one that left "he" untold leaves it untold:
                # "There was a drive for Ricciardo. He finished fifth. '...,' he said."
                if named or not self.unsure or self.focus_at == self.count:
                    self.crowded = len(named) >= 2
                    self.others_only = bool(named) and self._about_others(told, runs)
                    self.contested = self.crowded and self._another_acts_too(told, runs)
                self.note_lone(piece, named)
            focus = self.focus
            if self.crowded_before and self.focus_at != self.count and _described(piece):
                focus = self.cast.protagonist()  # "The champion" after two people: the lead
            elif self.unsure and self.focus_at != self.count:
                focus = None  # "she" after a sentence about two people: not told
            pronoun = _opening_pronoun(piece)
            if focus and self.gender.get(focus, pronoun) != pronoun:
                focus = None  # "She completed the race" with a man in focus: his sister's time
            if focus and self.cast.disputed(self.cast.key(focus)):
                focus = self.cast.key(focus)  # results name a shared surname alone
            self.reading.sentences.append(
                Sentence(index, text[start:end].strip(), piece.strip(), focus, heading)
            )
        self._last_masked = masked
        self._open = bool(spans) and not spans[-1].closed and bool(previous and previous.speaker)
        return bool(spans) and not spans[-1].closed

    def _quote(
        self,
        index: int,
        text: str,
        masked: str,
        spans: list[Span],
        number: int,
        previous: _Previous | None,
    ) -> _Previous:
        """Attribute one quoted stretch, or leave it out."""
        span = spans[number]
        words = text[span.start : span.end].strip().rstrip(",").strip()
        if not span.closed:  # left open: whole sentences only, never a cut-off tail
            words = finished(words)
        quotations = self.reading.quotations
        if span.continues and self._open and quotations and quotations[-1].paragraph == index - 1:
            if words:
                quotations[-1].parts.append(words)
            quotations[-1].paragraph = index
            return _Previous(span, quotations[-1].speaker, False)
        if span.reopens and previous and previous.speaker and quotations:
            if words and quotations[-1].speaker == previous.speaker:
                quotations[-1].parts.append(words)  # the same speaker's words run on
            return _Previous(span, previous.speaker, previous.said_after)
        end_of_tail = spans[number + 1].start - 1 if number + 1 < len(spans) else len(text)
        tail = masked[span.end + 1 : end_of_tail] if span.closed else ""
        head = masked[previous.span.end + 1 if previous else 0 : span.start - 1]
        # '"... you deserve it." Vingaard said of his rival: "..."': a whole sentence
        # quoted, then words introducing the next quotation, which they attribute
        introduces = _ENDS_SENTENCE.search(words) and tail.rstrip().endswith(":")
        speaker = self.after(tail, index) if tail.strip() and not introduces else None
        said_after = speaker is not None
        if speaker is None and own_attribution(tail) and not introduces:
            # '"...," she said.' names its speaker; if "she" cannot be told, nobody else is,
            # and the next '"...," she added' is not told either: the focus is lost
            self.set_focus(None, index)
            return _Previous(span, None, False)
        if speaker is None and head.strip():
            speaker = self.before(head, index)
        if (
            speaker is None
            and previous
            and previous.said_after
            and words[:1].isupper()
            and len(sentence_bounds(head)) <= 1  # no narration between the two
        ):
            speaker = previous.speaker
        if speaker is None and number == 0 and not head.strip() and not tail.strip(" .,;"):
            speaker = self._introduced(index)
        if speaker is None and _STOPPED.search(head[-40:]) and not tail.strip(" .,;"):
            # 'Gayle revealed he had been hurt. "I tried my best ..."': the sentence just
            # before reports the speaker, and the quotation has no attribution of its own
            last = head[sentence_bounds(head)[-1][0] :]
            speaker = None if _ASKED.search(last) else self.before(head, index, intro=True)
        speaker = self.named(speaker)
        joined = previous and previous.speaker == speaker and words[:1].islower()
        if speaker and words and joined and quotations and quotations[-1].speaker == speaker:
            quotations[-1].parts[-1] += " " + words  # "...," he added, "and ..."
        elif speaker and words:
            quotations.append(Quotation(speaker, [words], index))
            self.set_focus(speaker, index)
            self.focus_quoted = True
        return _Previous(span, speaker, said_after)

    def _another_acts_too(self, piece: str, runs: list[Mention]) -> bool:
        """Whether someone named other than the focus is the subject of another clause of
        the sentence that set the focus (``Choi took a lead, but she dropped shots while
        Lewis was in the midst of a grandstand finish``): "she" next is either of them."""
        if self.focus is None or self.focus_at != self.count:
            return False
        return any(
            self.cast.speaker(run.words) not in (None, self.focus)
            and not is_possessive(piece, run)
            and MAIN_VERB.match(piece, run.end) is not None
            # "Lisa Fernandez, who like Richardson is one of 8 ..., said": a comparison
            and not _COMPARED.search(piece, max(0, run.start - 8), run.start)
            for run in runs
        )

    def _about_others(self, piece: str, runs: list[Mention]) -> bool:
        """Whether a sentence is about someone else than the focus: it names people (not
        as someone's: ``until Wang's intervention``), none of them the focus, and does not
        open on the focus (``His fifth-round jump ...``, ``He ...``)."""
        if _OPENS_ON_FOCUS.match(piece):
            return False
        people = {self.cast.speaker(r.words) for r in runs if not is_possessive(piece, r)}
        people.discard(None)
        return bool(people) and self.focus not in people

    def _lone_name(self, index: int, text: str, before: str) -> bool:
        """Whether a paragraph that is only a person's name (``Tomas Brenner``) is layout
        set inside the story, read here: the signature of a pull quote leaves the focus
        where the story had it (``Dellow said: "..."``, a pull quote, ``Tomas Brenner``,
        then ``He added:`` is still Dellow); a caption right after someone else spoke
        leaves ``he`` untold until a sentence names someone. A name heading a page, a
        section or a press sheet's answers is read as usual."""
        person = lone_name(text, self.cast)
        if person is None or self.sheet_speaker is not None or self.answering is not None:
            return False
        quotations = self.reading.quotations
        spoke = bool(quotations) and quotations[-1].paragraph == index - 1
        signature = signs(before)
        if not (signature or (spoke and quotations[-1].speaker != person)):
            return False
        if not signature:
            self.set_focus(None, index)
            self.count += 1
            self.lone = (None, self.count, "")
        self._last_masked = text
        return True

    def _sheet_answer(
        self, index: int, text: str, spans: list[Span], masked: str
    ) -> tuple[list[Span], str]:
        """A press-conference sheet's answer under its speaker's line: quotations after a
        reporter's bracketed question, or a spoken paragraph with no quotation marks; the
        spans and masked text left to read (none: the answer is no narration). Narration
        ends the sheet."""
        speaker = self.sheet_speaker or ""
        if spans and only_asked(text, [(span.start, span.end) for span in spans]):
            parts = [text[span.start : span.end] for span in spans]
        elif not spans and answer_goes_on(text, False, False):
            parts = [without_question(text)]
            self.answering = speaker  # its next spoken paragraphs go on
        else:
            self.sheet_speaker = None
            return spans, masked
        quotation = Quotation(speaker, parts, index)
        quotation.answer = True
        self.reading.quotations.append(quotation)
        self.set_focus(speaker, index)
        return [], "x" * len(text)

    def _answer_goes_on(self, text: str, heading: bool, spans: list[Span], speaker: str) -> bool:
        """Whether a paragraph continues ``speaker``'s transcript answer."""
        quotations = self.reading.quotations
        return (
            answer_goes_on(text, heading, bool(spans))
            and bool(quotations)
            and quotations[-1].speaker == speaker
        )


def _opening_pronoun(piece: str) -> str:
    """``he`` or ``she`` when ``piece`` opens with it, else ``""``."""
    match = _HE_SHE.match(piece)
    return match[1].casefold() if match else ""


def _described(piece: str) -> bool:
    """Whether a sentence opens with a description (``The champion``), not ``he``/``she``."""
    return is_anaphor(piece) and piece.lstrip()[:3].casefold() not in ("he ", "she")


class _Previous(NamedTuple):
    span: Span
    speaker: str | None
    said_after: bool


def read_quotations(article: Article, cast: Cast) -> Reading:
    """Every attributed quotation of ``article``, and its sentences with their focus."""
    walker = _Walker(cast)
    for paragraph in article.paragraphs:
        walker.traits.learn(paragraph.text, cast)
    walker.reading.traits = walker.traits
    open_quote = False
    single = single_marked(article)
    paragraphs = article.paragraphs
    for index, paragraph in enumerate(paragraphs):
        text = doubled(paragraph.text) if single and not paragraph.heading else paragraph.text
        following = paragraphs[index + 1].text if index + 1 < len(paragraphs) else None
        text = credited(text, following) or text  # a quotation, then "Name, Costa Rica coach"
        for turn in [text] if paragraph.heading else turns(text):
            open_quote = walker.paragraph(index, turn, paragraph.heading, open_quote)
    quotations = walker.reading.quotations
    last = len(article.paragraphs) - 1
    if quotations and quotations[-1].answer and quotations[-1].paragraph == last:
        # a transcript cut off in mid-answer: its last whole sentence ends the answer
        parts = quotations[-1].parts
        parts[-1] = finished(parts[-1])
        if not parts[-1]:
            parts.pop()
        if not parts:
            quotations.pop()
    return walker.reading
