"""Quotation questions: "Who said this?" on a quotation's first sentence, fill-ins on others.

The wrong options of "Who said this?" are other people the articles quote or name (never
clubs, countries or venues); with fewer than three of them the question is not asked. A
fill-in gaps a telling word of another sentence, at most two per speech (a speaker's
paragraphs in a row, or one answer of a transcript, counting words told again later as the
same speech), never the same word twice.
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.asked import Asked, Found
from quizcli.draft.quotes import Quotation
from quizcli.draft.words import cap, gap, norm, split_sentences, telling_word
from quizcli.model import ChoiceQuestion, TextQuestion


def ask_quotations(asked: Asked) -> None:
    """Ask about every quotation of every article, speech by speech."""
    for found in asked.founds:
        previous: Quotation | None = None
        blanks = 0  # fill-in questions on one speech (its paragraphs in a row)
        told: dict[tuple[str, str], int] = {}  # (speaker, a sentence) -> its speech's blanks
        for quotation in found.quotations:
            if quotation.answer or not (  # each answer of a transcript is its own speech
                previous
                and previous.speaker == quotation.speaker
                and quotation.start - previous.paragraph <= 1
            ):
                blanks = 0
            said = [
                (quotation.speaker, norm(s)) for p in quotation.parts for s in split_sentences(p)
            ]
            # words told again (a post quoting what was said before): the same speech
            blanks = max([blanks, *(told[key] for key in said if key in told)])
            blanks = _quotation(asked, found, quotation, blanks)
            told.update(dict.fromkeys(said, blanks))
            previous = quotation


def _quotation(asked: Asked, found: Found, quotation: Quotation, blanks: int) -> int:
    """A "Who said this?" on the first sentence, fill-ins on others (at most two a speech,
    counting ``blanks`` already asked); returns the fill-ins asked so far."""
    sentences = [
        s
        for part in quotation.parts
        for s in split_sentences(part)
        if 5 <= len(s.split()) <= 45 and norm(s) not in asked.used
    ]
    short = False
    if not sentences:  # '"This is awesome," Mahomes said. "Legendary."': no fill-in to ask
        sentences = _short_or_trimmed(asked, quotation)
        short = True
        if not sentences:
            return blanks
    named = _names_speaker(quotation)
    if named:  # '"Congratulations to Andy," said the top seed': not Andy Murray's words
        why = f"not asked: the quotation speaks of {named} by name, so is not likely theirs"
        asked.leave_out(found.source, why, sentences[0])
        return blanks
    first, rest = sentences[0], sentences[1:]
    others = asked.others(quotation.speaker)
    wrong = others[:3] if len(others) >= 2 else []  # three choices at least, all people
    explanation = f"{quotation.speaker} said it: \u201c{cap(quotation.text)}\u201d"
    alike = asked.alike(quotation.speaker, wrong) if wrong else None
    if alike:
        asked.used.add(norm(first))
        asked.questions.append(
            ChoiceQuestion(
                **asked.common(
                    f"who-said-{first[:40]}", found, quotation.paragraph, ("quotes",), explanation
                ),
                prompt="Who said this?",
                quote=first,
                choices=alike[1],
                answer=alike[0],
            )
        )
    else:
        asked.leave_out(
            found.source,
            'not asked as "Who said this?", because the article names fewer than three '
            "people to choose from",
            first,
        )
        rest = sentences
    if short:
        return blanks  # too short to gap a word of, or cut short
    used: set[str] = set()
    for sentence in rest:
        word = telling_word(sentence, quotation.speaker)
        if word is None or word.casefold() in used or blanks >= 2:
            continue
        used.add(word.casefold())
        blanks += 1
        asked.used.add(norm(sentence))
        asked.questions.append(
            TextQuestion(
                **asked.common(
                    f"quote-{word}", found, quotation.paragraph, ("quotes",), explanation
                ),
                prompt=f"Complete what {quotation.speaker} said: which word is missing?",
                quote=gap(sentence, word),
                attribution=quotation.speaker,
                answer=word,
            )
        )
    return blanks


def _names_speaker(quotation: Quotation) -> str | None:
    """The word of the speaker's name the quotation itself says (``Congratulations to
    Andy``, ``Murray played well``), or None: people rarely speak of themselves by name, and
    a description that named the wrong person (``said the top seed`` read as the last
    person named) is caught so. Matched as written, a whole word."""
    words = [w for w in quotation.speaker.split() if len(w) > 1 and w[:1].isupper()]
    if not words:
        return None
    pattern = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    found = pattern.search(" ".join(quotation.parts))
    return found[0] if found else None


# Where a long sentence may be cut for "Who said this?": after a clause's comma, semicolon
# or dash, or before "and"/"but"/"because"
_CLAUSE_END = re.compile(r"[,;:\u2013\u2014](?=\s)|(?=\s(?:and|but|because|so|when|while)\s)")
_SHORTEST = 3  # words: "This is awesome", "It's been a minute", "Pretty hard to comprehend"
_LONGEST = 45


def _short_or_trimmed(asked: Asked, quotation: Quotation) -> list[str]:
    """A quotation with no sentence of 5 to 45 words: its first sentence as "Who said
    this?" shows it, when it has 3 or 4 words and no one else in the articles says the same
    (``I'm so happy`` may be anyone's), or when it is longer than 45 words, cut after its
    last clause within them, with an ellipsis. Nothing for a word or two (``Legendary.``)."""
    sentences = [s for part in quotation.parts for s in split_sentences(part)]
    if not sentences or norm(sentences[0]) in asked.used:
        return []
    first = sentences[0]
    size = len(first.split())
    if _SHORTEST <= size < 5:
        return [first] if asked.said[norm(first)] == 1 else []
    if size <= _LONGEST:
        return []
    words = [m.end() for m in re.finditer(r"\S+", first)]  # where each word ends
    cut = None
    for m in _CLAUSE_END.finditer(first):
        if m.start() > words[_LONGEST - 1]:
            break
        if bisect.bisect_right(words, m.start()) >= 8:
            cut = m.start()
    return [first[:cut].rstrip() + "\u2026"] if cut is not None else []
