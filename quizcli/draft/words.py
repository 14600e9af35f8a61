"""Word-level helpers for making questions: slugs, sentences, the gap of a quotation."""

from __future__ import annotations

import re
from collections import defaultdict

from quizcli.draft.not_names import NOT_NAMES
from quizcli.draft.quotes import sentence_bounds

_COMMON = NOT_NAMES | frozenset(
    """
    about been being came come comes could didn doing done going gone good great have just
    know like made make many more much need needed really said same seem should something
    still than that them they thing things think those want were what when where which
    while will with would your always everybody anything everything nothing someone people
    there their these because myself yourself ourselves itself another other others very
    nobody everyone everybody somebody anybody nothing something
    actually basically obviously definitely probably certainly literally honestly maybe
    perhaps quite pretty rather anyway though already also even ever again enough almost
    simply clearly exactly totally completely absolutely especially seriously hopefully
    unfortunately generally usually normally sometimes
    stuff kind sort lots whatever somehow somewhere yeah okay
    went goes gets getting gave give gives given takes took taken keeps kept tried tries
    says tell tells told puts""".split()
)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_WORDS = re.compile(r"\w+(?:'\w+)*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_HANDLE = re.compile(r"[@#]\w+|https?://\S+|www\.\S+|\S+@\S+|\S+\.(?:com|org|net|tv)\b\S*")
# Number words: a count is no telling word of a quotation ("in ___ sets": three).
_NUMBERS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred hundreds thousand thousands million millions billion dozen dozens
    """.split()
)


def slug(text: str) -> str:
    """Lowercase letters, digits and single hyphens."""
    folded = re.sub(r"[^a-z0-9]+", "-", text.casefold().encode("ascii", "ignore").decode())
    return folded.strip("-") or "x"


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped."""
    return [text[a:b].strip() for a, b in sentence_bounds(text) if text[a:b].strip()]


def cap(text: str, limit: int = 300) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def norm(text: str) -> str:
    """Text folded for comparing sentences: its words only, in lower case (``It's a tough
    moment for me, but`` and ``"It's a tough moment for me but`` are one sentence)."""
    return " ".join(_WORDS.findall(text.replace("\u2019", "'").casefold()))


def telling_word(sentence: str, shown: str = "") -> str | None:
    """The longest word of the sentence that is no common word, appears once in it, and is
    not in ``shown`` (the prompt's own words)."""
    hidden = set(shown.casefold().split())
    words = [m[0].strip("'’-") for m in _WORD.finditer(sentence)]
    opening = words[0] if words else ""  # a capitalised first word gives itself away
    counts: dict[str, int] = defaultdict(int)
    for word in words:
        counts[word.casefold()] += 1
    # words in brackets are the writer's, not the speaker's: "(finishing an earlier
    # thought)", "[drafting behind Herzog's back]", "(laughs)"
    hidden |= {m[0].casefold() for b in _BRACKETED.findall(sentence) for m in _WORD.finditer(b)}
    # a handle, a hashtag or an address is no word anyone says ("Massive applause for
    # @mandhana_smriti", "#INDvNZ", "bcci.tv")
    if "@" in sentence or "#" in sentence or "/" in sentence or "www" in sentence:
        hidden |= {m[0].casefold() for h in _HANDLE.findall(sentence) for m in _WORD.finditer(h)}
    # the second word of a name or a place ("Having South ___ there"): given away
    named = {
        w
        for before, w in zip(words, words[1:], strict=False)
        if before[:1].isupper() and w[:1].isupper()
    }
    candidates = [
        w
        for w in words
        if len(w) >= 4
        and w not in named
        and "'" not in w
        and "’" not in w
        and "_" not in w
        and w.casefold() not in _COMMON
        and w.casefold() not in _NUMBERS
        and counts[w.casefold()] == 1
        and w.casefold() not in hidden
        and w != opening
    ]
    return max(candidates, key=len) if candidates else None


def gap(sentence: str, word: str) -> str:
    """``sentence`` with its first whole-word ``word`` written as ``___``."""
    for match in _WORD.finditer(sentence):
        if match[0].strip("'’-") == word:
            start = match.start() + match[0].index(word)
            return sentence[:start] + "___" + sentence[start + len(word) :]
    return sentence
