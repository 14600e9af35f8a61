"""Runs of name words in a text: the capitalised words a name is made of, read once.

A run is one to three capitalised words separated by single spaces (``Jakob Ingebrigtsen``),
with particles inside (``Wout van Aert``), ending at a possessive (``Kerr's``). Which words
can be a name's is ``people``'s to say (``is_name_word``); each word is judged once per
draft, not once per sentence that writes it, so a 1 MB paragraph is read in linear time.
Also here: the words the articles write in lower case (no name's), and whether a mention
is written as a possessive (``Kerr's coach``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

NameWord = Callable[[str, frozenset[str]], bool]


def strip_possessive(word: str) -> str:
    """``Kerr's`` -> ``Kerr``; ``States'`` -> ``States``."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


class Mention(NamedTuple):
    """A name as written at ``start``..``end`` of a text: one to three words."""

    start: int
    end: int
    words: tuple[str, ...]


PARTICLES = frozenset("van von de der den da di du del della dos das ter ten le la".split())
_CAPITALISED_RUN = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ɏ][\w'’\-]*(?: (?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|ter|ten|le|la)"
    r" )*[A-ZÀ-ÖØ-ÞĀ-ɏ][\w'’\-]*)*"
)


# What each capitalised word is, for one vocabulary of lower-case words (one draft's):
# (casefolded a particle, all lower case, a name word, without its possessive, ends one,
# a name word that is no particle once its possessive is off).
_WordKind = tuple[bool, bool, bool, str, bool, bool]
_KINDS: list[tuple[frozenset[str], NameWord, dict[str, _WordKind]]] = []


def _kinds(lowercase_words: frozenset[str], is_name_word: NameWord) -> dict[str, _WordKind]:
    """The table of word kinds for ``lowercase_words``: a word is judged once per draft,
    not once per sentence that names it."""
    if _KINDS and _KINDS[0][0] is lowercase_words and _KINDS[0][1] is is_name_word:
        return _KINDS[0][2]
    table: dict[str, _WordKind] = {}
    _KINDS[:] = [(lowercase_words, is_name_word, table)]
    return table


def _kind(word: str, lowercase_words: frozenset[str], is_name_word: NameWord) -> _WordKind:
    """What ``word`` is in a run (the table's entry, worked out)."""
    plain = strip_possessive(word)
    name = is_name_word(word, lowercase_words)
    return (
        word.casefold() in PARTICLES,
        word.islower(),
        name,
        plain,
        word.endswith(("'s", "’s", "'", "’")),
        name and plain.casefold() not in PARTICLES,
    )


def read_runs(text: str, lowercase_words: frozenset[str], is_name_word: NameWord) -> list[Mention]:
    """The runs of name words in ``text``: ``is_name_word(word, lowercase_words)`` tells a
    name's word (``people`` knows which words are common, places or events)."""
    kinds = _kinds(lowercase_words, is_name_word)
    runs: list[Mention] = []
    for match in _CAPITALISED_RUN.finditer(text):
        position = match.start()
        run = match[0]
        if " " not in run:  # one word, the most common run: a name or not
            kind = kinds.get(run)
            if kind is None:
                kind = kinds[run] = _kind(run, lowercase_words, is_name_word)
            if kind[5]:
                runs.append(Mention(position, position + len(run), (kind[3],)))
            elif kind[2]:
                _add(runs, [(position, position + len(run), kind[3])])
            continue
        current: list[tuple[int, int, str]] = []
        plain = True  # no particle in ``current``: its mention is its last three words
        # "when Will Power was regarded": where "Will" is a first name, not a verb (-1: none)
        will = (
            _will_at(text, position, run, kinds, lowercase_words, is_name_word)
            if "Will " in run
            else -1
        )
        for word in run.split(" "):
            end = position + len(word)
            kind = kinds.get(word)
            if kind is None:
                kind = kinds[word] = _kind(word, lowercase_words, is_name_word)
            if position == will:
                kind = _WILL
            if kind[0] and (current or kind[1]):
                # "Wout van Aert", "Alessandro De Marchi": inside a name, a particle
                if current:
                    current.append((position, end, word))
                    plain = False
            elif kind[2]:
                current.append((position, end, kind[3]))
                plain = plain and kind[5]
                if kind[4]:  # a possessive ends the name
                    _add(runs, current, plain)
                    current, plain = [], True
            elif current:
                _add(runs, current, plain)
                current, plain = [], True
            position = end + 1
        if current:
            _add(runs, current, plain)
    return runs


_WILL: _WordKind = (False, False, True, "Will", False, True)  # "Will" read as a name's word
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’(]\s*)$")


def _will_at(
    text: str,
    position: int,
    run: str,
    kinds: dict[str, _WordKind],
    lowercase_words: frozenset[str],
    is_name_word: NameWord,
) -> int:
    """Where in ``text`` the run starting at ``position`` has ``Will`` as a first name (a
    common word, never a name's on its own): a name's word follows it and it does not open
    a sentence (``Will Power win?``); -1 when nowhere (almost every run: one search)."""
    at = run.find("Will ")
    if at < 0 or (at and run[at - 1] != " "):
        return -1
    following = run[at + 5 : at + 45].split(" ", 1)[0]  # (a word is never longer)
    if following not in kinds:
        kinds[following] = _kind(following, lowercase_words, is_name_word)
    if not kinds[following][5]:
        return -1
    if not at and _SENTENCE_START.search(text, max(0, position - 3), position):
        return -1
    return position + at


def _add(runs: list[Mention], words: list[tuple[int, int, str]], plain: bool = False) -> None:
    """Add the mention ``words`` make to ``runs``, unless they are particles alone (``La``
    of ``La Liga``, whose ``Liga`` is no name word). ``plain``: no word is a particle, so
    the mention is the last three words, as ``_mention`` would find."""
    if plain:
        kept = words[-3:]
        runs.append(Mention(kept[0][0], kept[-1][1], tuple([word for _, _, word in kept])))
        return
    mention = _mention(words)
    if mention is not None:
        runs.append(mention)


def _mention(words: list[tuple[int, int, str]]) -> Mention | None:
    """A mention of at most three words from (start, end, word) triples; None when only
    particles are left."""
    while words and words[-1][2].casefold() in PARTICLES:
        words = words[:-1]
    if not words:
        return None
    capitals = [i for i, (_, _, word) in enumerate(words) if word.casefold() not in PARTICLES]
    kept = words[capitals[-3] :] if len(capitals) > 3 else words  # the name ends the run
    if len(capitals) >= 2 and capitals[-1] - capitals[-2] > 1:
        kept = words[capitals[-2] :]  # "Maglia Rosa Alessandro De Marchi": first name, particles
    return Mention(kept[0][0], kept[-1][1], tuple(word for _, _, word in kept))


_LOWERCASE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")


# "South Korea's An Ji-woo", "Korean An Ji-woo", "United defender Rio Ferdinand": a short
# first name that is also a common word ("An", "Rio"), written whole after a country's
# possessive, a nationality or a player's role
_SHOWN_GIVEN = re.compile(  # (led by the letters a match begins with: re skips the rest)
    r"(?=[A-Zcdfgkmrsw])"
    r"\b(?:(?P<place>[A-Z][a-z]+)(?:'s|’s)?|(?P<role>defender|striker|midfielder|goalkeeper"
    r"|keeper|winger|forward|captain|skipper|coach|manager|rider|driver)) "
    r"(?P<given>[A-Z][a-z]{1,2}) (?P<sur>[A-Z][a-z]+(?:-[a-z]+)?)\b(?![\w'’-])"
)


def lowercase_vocabulary(texts: list[str]) -> frozenset[str]:
    """Words the articles also write in lower case: such words are no part of a name. With
    them, the names whose first word is such a word where the article shows it is a name
    (``given_name_shown``)."""
    words: set[str] = set()
    for text in texts:
        words.update(_LOWERCASE.findall(text))
    return frozenset(words | _shown_given_names(texts, words))


def _shown_given_names(texts: list[str], lowercase: set[str]) -> set[str]:
    """``An Ji-woo`` where the articles write ``South Korea's An Ji-woo`` or ``Korean An
    Ji-woo``, ``Rio Kendall`` where ``defender Rio Kendall``: a first name of two or three
    letters the articles also write in lower case (or a place's, ``Rio``), after a
    country's possessive, a nationality or a player's role, before a surname no article
    writes in lower case (never ``Britain's Top Gun``: one word of it is a common word). Each is
    kept as its two words (a space inside: never a word of the vocabulary)."""
    from quizcli.draft.nations import is_place_word
    from quizcli.draft.not_names import NOT_NAMES

    shown: set[str] = set()
    for text in texts:
        for match in _SHOWN_GIVEN.finditer(text):
            given, surname = match["given"], match["sur"]
            if (
                (given.lower() in lowercase or given.lower() in NOT_NAMES)
                and surname.lower() not in lowercase
                and surname.lower() not in NOT_NAMES
                and (match["role"] is not None or is_place_word(match["place"]))
                and not is_place_word(surname)
            ):
                shown.add(f"{given} {surname}")
    return shown


_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{1,2}) $")


def given_name_shown(text: str, start: int, first: str, lowercase_words: frozenset[str]) -> int:
    """Where the first name of the run whose first word ``first`` is written at ``start``
    of ``text`` begins, when the article shows the common word before it is a first name
    (``An`` of ``An Ji-woo``, ``lowercase_vocabulary``); -1 when none is."""
    match = _GIVEN_BEFORE.search(text, max(0, start - 4), start)
    if match is None:
        return -1
    at, given = match.start(1), match[1]
    return at if f"{given} {first}" in lowercase_words else -1


_TEAM_PLURAL = re.compile(r"the(?<!\wthe) ([A-Z][a-z]{2,})s\b")  # (\bthe, led by its literal)


def team_members(texts: list[str]) -> frozenset[str]:
    """The singular of each team the articles write as ``the Oilers``: ``Oiler`` before a
    name is the team's player, no first name."""
    return frozenset(stem for text in texts for stem in _TEAM_PLURAL.findall(text))


def is_possessive(text: str, mention: Mention) -> bool:
    """Whether the mention is written ``Kerr's``: someone else's coach, not Kerr."""
    # a run ends after its possessive word ("Dibaba's" is one word of the run)
    return text[mention.end - 2 : mention.end] in ("'s", "’s") or text[
        mention.end : mention.end + 2
    ] in ("'s", "’s")
