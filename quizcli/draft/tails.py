"""Cheap exact pre-tests for the window patterns of a fact's finder, so that thousands of
times in one sentence do not each run every pattern over the words before them.

``Ending(pattern)`` wraps a pattern anchored at its window's end (``...\\s*$``) whose last
token before the trailing space is a literal word or mark of its own source: a window can
match only when the word (or mark) it ends with is one of those, so any other window is
answered without searching. ``Words(words).start_between(lowered, start, end)`` tells,
with one search, whether any of a pattern's necessary words (``not``, ``n't``...) starts
between two offsets of a sentence's lower case.
"""

from __future__ import annotations

import functools
import re
import re._parser as _sre  # type: ignore[import-not-found]  # (a pattern parsed: what a match holds)

# Letters that re matches case-insensitively to an ASCII letter but ``str.lower`` keeps
# apart (dotless i, long s): a text holding one is always searched.
_FOLDED_APART = ("\u0131", "\u017f")


class Ending:
    """An end-anchored pattern searched only in windows ending with one of its words."""

    __slots__ = ("any_last", "longest", "marks", "needs", "pattern", "words")

    def __init__(self, pattern: re.Pattern[str], any_last: bool = False) -> None:
        self.pattern = pattern
        source = re.sub(r"\\[A-Za-z]", " ", pattern.pattern)  # \s, \b: no letters
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", source)}
        self.words = tuple(sorted(words))
        self.longest = max(map(len, words), default=0)
        self.marks = literal_marks(pattern.pattern)
        # ``number \w+\s+$``: any last word, after one of the pattern's words
        self.any_last = any_last
        # a word one of which every match holds (``swim``... of ``\b(?:swim|bike)\b.*\($``):
        # a window ending with a mark is searched only when it holds one
        needed = needed_words(pattern)
        self.needs = re.compile("|".join(map(re.escape, sorted(needed)))) if needed else None

    def search(self, window: str) -> re.Match[str] | None:
        """``pattern.search(window)``, without searching a window that cannot match."""
        tail = window.rstrip()
        if tail and not self._may_end(tail):
            return None
        if tail and self._lacks_needed(tail[-1], window):
            return None
        return self.pattern.search(window)

    def search_in(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``, without searching where it cannot match."""
        tail = text[start:end].rstrip()
        if tail and not self._may_end(tail):
            return None
        if tail and self._lacks_needed(tail[-1], tail):
            return None
        return self.pattern.search(text, start, end)

    def search_window(self, window: Window) -> re.Match[str] | None:
        """``search`` of a window several patterns read: its end is read once, in ``Window``."""
        tail = window.tail
        if tail:
            last = tail[-1]
            if not (last.isalnum() or last == "_"):
                if last not in self.marks or self._lacks_needed(last, window.text):
                    return None
            elif window.ascii and not window.low.endswith(self.words):
                if not self.any_last or not self._may_end(tail):
                    return None
        return self.pattern.search(window.text)

    def _lacks_needed(self, last: str, window: str) -> bool:
        """Whether a window ending with the mark ``last`` holds none of the words every
        match holds (read only after a mark: a word's ending is tested as it is; a window
        not in ASCII is searched, re's case folding may differ from ``lower``)."""
        if self.needs is None or last.isalnum() or last == "_" or not window.isascii():
            return False
        return self.needs.search(window.lower()) is None

    def _may_end(self, tail: str, after_word: bool = False) -> bool:
        """Whether a match may end with ``tail``'s last word or mark (before the spaces):
        the word ends with one of the pattern's (in the last ``longest`` characters; when
        one is not ASCII, re's case folding may differ from ``lower``: searched)."""
        last = tail[-1]
        if not (last.isalnum() or last == "_"):
            return last in self.marks
        end = tail[-self.longest :]
        if not end.isascii() or end.lower().endswith(self.words):
            return True
        if not self.any_last or after_word:
            return False
        start = len(tail) - 1
        while start and (tail[start - 1].isalnum() or tail[start - 1] == "_"):
            start -= 1
        before = tail[:start].rstrip()  # the word before the last, for ``number \w+``
        return not before or self._may_end(before, after_word=True)


class Window:
    """The words before a value, read once for every ``Ending`` that searches them: the
    text, without its trailing spaces, and its last characters in lower case."""

    __slots__ = ("ascii", "low", "tail", "text")

    # as long as the longest word of any pattern an Ending wraps (checked in the tests)
    LONGEST = 16

    def __init__(self, text: str) -> None:
        self.text = text
        self.tail = text.rstrip()
        end = self.tail[-self.LONGEST :]
        self.ascii = end.isascii()  # else re's case folding may differ from lower: searched
        self.low = end.lower()


# A token of a pattern's source: an escaped character, a character class (negated or not),
# the opening of a group or lookaround (``(?:``, ``(?P<name>``, ``(?<=``), a count, or one
# character (a literal, or syntax such as ``|`` and ``*``).
_TOKEN = re.compile(
    r"\\(.)|\[(\^?)((?:\\.|[^\]])*)\]|\(\?(?:P<\w+>|P=\w+\)|<?[=!]|[aiLmsux-]*:?)"
    r"|\{\d*,?\d*\}|(.)",
    re.S,
)
_SYNTAX = frozenset(".^$*+?{}[]|()\\")


def literal_marks(source: str) -> frozenset[str]:
    """The marks (neither letter, digit nor space) a pattern's source matches as written:
    escaped (``\\+``), in a class (``[(:]``) or plain (``-``, ``,``); not its syntax (``(?:``,
    ``|``, ``{0,25}``), nor what a negated class (``[^()]``) leaves out. (A pattern that
    ``Ending`` wraps ends with a word or one of these marks, never with ``.`` or ``\\W``.)"""
    marks: set[str] = set()
    for token in _TOKEN.finditer(source):
        escaped, negated, members, plain = token.groups()
        if escaped is not None:
            marks.add(escaped)
        elif members is not None and not negated:
            marks.update(re.sub(r"\\(.)", lambda m: "" if m[1].isalpha() else m[1], members))
        elif plain is not None and plain not in _SYNTAX:
            marks.add(plain)
    return frozenset(c for c in marks if not (c.isalnum() or c.isspace()))


def needed_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """Words (ASCII letters, in lower case) one of which every match of ``pattern`` holds
    as written (in any case), read from its parsed form; empty when none is sure."""
    return _needed(_sre.parse(pattern.pattern, pattern.flags).data) or frozenset()


def _needed(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The words one of which every match of a parsed sequence holds: its first run of
    literal letters, or what the first of its parts that must match holds (a group, every
    branch, a repeat of once or more); None when nothing is sure."""
    letters: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL and isinstance(av, int) and chr(av).isascii():
            if chr(av).isalpha():
                letters.append(chr(av))
                continue
        if letters:
            return frozenset(["".join(letters).lower()])
        found = _needed_of(op, av)
        if found:
            return found
    return frozenset(["".join(letters).lower()]) if letters else None


def _needed_of(op: object, av: object) -> frozenset[str] | None:
    """``_needed`` of one part of a sequence (a group, a branch, a repeat)."""
    if op is _sre.SUBPATTERN and isinstance(av, tuple):
        return _needed(av[-1].data)
    if op is _sre.BRANCH and isinstance(av, tuple):
        words: set[str] = set()
        for branch in av[1]:
            found = _needed(branch.data)
            if not found:
                return None
            words |= found
        return frozenset(words)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        if isinstance(av, tuple) and av[0] >= 1:
            return _needed(av[2].data)
    return None


@functools.lru_cache(maxsize=16)  # the sentence being read, asked for by several finders
def lowered(text: str) -> str | None:
    """``text`` in lower case with every offset kept, or None when lower case would move
    offsets or miss a case-insensitive match (then the caller searches as before)."""
    low = text.lower()
    if len(low) != len(text) or any(c in low for c in _FOLDED_APART):
        return None
    return low


class Words:
    """Literal words (in lower case), searched for all at once: where one of them starts."""

    __slots__ = ("longest", "pattern")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.pattern = re.compile("|".join(map(re.escape, words)))
        self.longest = max(map(len, words))

    def start_between(self, low: str | None, start: int, end: int) -> bool:
        """Whether one of the words starts at an offset from ``start`` to before ``end`` of
        ``low`` (from ``lowered``; None: it may, anywhere). The search finds the leftmost
        start of any of them, so one search answers for all."""
        if low is None:
            return True
        hit = self.pattern.search(low, start, min(len(low), end + self.longest - 1))
        return hit is not None and hit.start() < end


class Hint:
    """A pattern's ``search``, tried only on a text holding one of the words every match
    holds (``needed_words``, looked for in the text's lower case, ``lowered``): a sentence
    with none of them is answered with a few ``in`` tests instead of a regex tried at each
    of its offsets. A pattern with no such word is always searched."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        needed = needed_words(pattern)
        # (a word holding another is in the text only when that one is: the shorter tested)
        self.words = tuple(sorted(w for w in needed if not any(o != w and o in w for o in needed)))

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``."""
        low = lowered(text) if self.words else None
        if low is not None:
            for word in self.words:  # (a loop: no generator made for every sentence)
                if word in low:
                    break
            else:
                return None
        return self.pattern.search(text)
