"""People in an article: who is named, by which full name, and who "he" or "the Norwegian"
most likely is at a point of the text.

A name is a run of two or three capitalised words, none of them a common English word or a
word of places, events and organisations (``NOT_NAMES``). After a first full mention a
person may be named by surname alone; ``Cast.resolve`` maps the surname back. When one
surname comes with two first names in the draft's articles, the person is ``disputed`` and
named by surname only, so no question takes a side.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

NOT_NAMES = frozenset(
    """
    a about above across after again against all also although am among an and another
    any are as aside at be because been before being below between both but by can could
    despite did do does down during each either even every few for from further had has
    have having he her here hers him his how however i if in into is it its just last
    least less many may me meanwhile might more most much must my neither never no nor not
    now of off on once one only or other our out over own perhaps same she should since
    so some still such than that the their them then there these they this those though
    through thus to today together tomorrow tonight too under unlike until up upon us very
    was we were what whatever when where whether which while who whom whose why will with
    within without would yesterday yet you your
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    olympic olympics olympian olympians games game championship championships world
    european europe commonwealth diamond league grand prix cup final finals semi heat
    stadium stade arena park national international federation committee association
    team club university college school press images getty associated reuters afp ap bbc
    cnn espn nbc instagram twitter facebook tiktok youtube x news times post guardian
    independent telegraph daily sport sports athletics track field marathon relay
    paris france london britain british england english scotland scottish wales welsh
    ireland irish norway norwegian norwegians america american americans usa us uk kenya
    kenyan ethiopia ethiopian spain spanish italy italian germany german jamaica jamaican
    australia australian canada canadian china chinese japan japanese netherlands dutch
    los angeles tokyo rio beijing doha budapest eugene monaco oslo new york city
    gold silver bronze medal medallist medalist record men women mens womens
    support find close read more view share subscribe sign editor photo getty
    mr mrs ms dr sir coach captain president minister
    q a question answer interview
    """.split()
)

_LOWERCASE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
PRONOUNS = frozenset({"he", "she"})
_DESCRIPTOR = re.compile(
    r"\A(?:[Tt]he|[Tt]his)\s+(?:(?:[A-Z][a-z]+|\d+-year-old|\w+-old)\s+)?"
    r"(?:[A-Z][a-z]+(?:an|ian|ese|ish|er|i)|\d+-year-old|athlete|runner|champion|"
    r"star|sprinter|winner|veteran|youngster|[a-z]+-year-old)\b"
)


def _is_name_word(word: str, lowercase_words: frozenset[str]) -> bool:
    """Whether ``word`` can be part of a name: capitalised, not a common or place word."""
    plain = strip_possessive(word)
    return (
        len(plain) >= 2
        and plain[0].isupper()
        and not plain.isupper()
        and plain.casefold() not in NOT_NAMES
        and plain.casefold() not in lowercase_words
    )


def strip_possessive(word: str) -> str:
    """``Kerr's`` -> ``Kerr``."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


class Mention(NamedTuple):
    """A name as written at ``start``..``end`` of a text: one to three words."""

    start: int
    end: int
    words: tuple[str, ...]


_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’\-]*(?: [A-ZÀ-ÖØ-Þ][\w'’\-]*)*")


def name_runs(text: str, lowercase_words: frozenset[str]) -> list[Mention]:
    """Runs of capitalised name words separated by single spaces, in order of the text."""
    return list(_name_runs(text, lowercase_words))


@functools.lru_cache(maxsize=4096)
def _name_runs(text: str, lowercase_words: frozenset[str]) -> tuple[Mention, ...]:
    """The cached work of ``name_runs``: the same sentence is read by several finders."""
    runs: list[Mention] = []
    for match in _CAPITALISED_RUN.finditer(text):
        position = match.start()
        current: list[tuple[int, int, str]] = []
        for word in match[0].split(" "):
            end = position + len(word)
            if _is_name_word(word, lowercase_words):
                current.append((position, end, strip_possessive(word)))
                if word.endswith(("'s", "’s")):
                    runs.append(_mention(current))
                    current = []
            elif current:
                runs.append(_mention(current))
                current = []
            position = end + 1
        if current:
            runs.append(_mention(current))
    return tuple(runs)


def _mention(words: list[tuple[int, int, str]]) -> Mention:
    """A mention of at most three words from (start, end, word) triples."""
    kept = words[:3]
    return Mention(kept[0][0], kept[-1][1], tuple(word for _, _, word in kept))


def lowercase_vocabulary(texts: list[str]) -> frozenset[str]:
    """Words the articles also write in lower case: such words are no part of a name."""
    return frozenset(word for text in texts for word in _LOWERCASE.findall(text))


class Cast:
    """Everyone named in the draft's articles, by full name and by surname."""

    __slots__ = ("full_names", "lowercase", "order")

    def __init__(self, lowercase: frozenset[str] = frozenset()) -> None:
        self.full_names: dict[str, set[str]] = {}  # surname -> full names
        self.order: list[str] = []  # surnames in order of first mention
        self.lowercase = lowercase

    def learn(self, text: str) -> None:
        """Record every full name (two or three words) in ``text``."""
        for mention in name_runs(text, self.lowercase):
            if len(mention.words) >= 2:
                surname = mention.words[-1]
                names = self.full_names.setdefault(surname, set())
                names.add(" ".join(mention.words))
                if surname not in self.order:
                    self.order.append(surname)

    def disputed(self, surname: str) -> bool:
        """True when the articles give one surname two different first names."""
        return len(self.full_names.get(surname, ())) > 1

    def resolve(self, words: tuple[str, ...]) -> str | None:
        """The name to print for a mention: its full name, its surname when disputed, or
        None when a lone word is nobody the articles name in full."""
        surname = words[-1]
        if surname not in self.full_names:
            return " ".join(words) if len(words) >= 2 else None
        if self.disputed(surname):
            return surname
        if len(words) >= 2 and " ".join(words) not in self.full_names[surname]:
            return None
        return next(iter(self.full_names[surname]))

    def key(self, name: str) -> str:
        """The surname a printed name stands for."""
        return name.split()[-1]

    def people(self) -> list[str]:
        """Every person, by printed name, in order of first mention."""
        out = []
        for surname in self.order:
            name = self.resolve((surname,))
            if name:
                out.append(name)
        return out


def is_anaphor(text: str) -> bool:
    """``he``, ``she`` or a descriptor such as ``The Norwegian`` at the start of ``text``."""
    head = text.lstrip()
    first = head.split(" ", 1)[0].casefold() if head else ""
    return first in PRONOUNS or bool(_DESCRIPTOR.match(head))


def anaphor_length(text: str) -> int:
    """How many characters of ``text`` the leading pronoun or descriptor takes (0: none)."""
    head = text.lstrip()
    offset = len(text) - len(head)
    first = re.match(r"(?:he|she|He|She)\b", head)
    if first:
        return offset + first.end()
    descriptor = _DESCRIPTOR.match(head)
    return offset + descriptor.end() if descriptor else 0
