"""What a name is in an article's text: a name's words (capitalised, no common English word
nor a word of places, events and organisations: ``NOT_NAMES``; no word made a description,
``Charlie Brown-type``; no club's letters, ``VfB``) and the runs they make (``name_runs``,
read once per text and cached: every finder asks for a sentence's names)."""

from __future__ import annotations

import functools
import re

from quizcli.draft.not_names import NOT_NAMES, PLURAL_ROLES
from quizcli.draft.runs import Mention, given_name_shown, read_runs, strip_possessive

_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_DIGIT = re.compile(r"\d")
# "a Charlie Brown-type outing", "NFC North-leading Detroit", "the Dortmund-based club": a
# name made a word of description (a name's own hyphen leads a capital, "Fraser-Pryce", or
# a syllable, "Kim Min-sun", "Tai Tzu-ying": never one of these words)
_DESCRIBING = re.compile(
    r"-(?:type|like|style|esque|based|born|bred|led|owned|era|inspired|sized|leading|bound"
    r"|chasing|seeded|ranked|placed|trained|built|made|minded|winning|record|level|class"
    r"|old|time|match|year|day|game|race|tournament)$"  # "Twenty-three-year-old Zack Garner",
    # "Three-time champion", "Man-of-the-match Garland"
)
_CLUB_LETTERS = re.compile(r"[A-Z][a-z]{1,2}[A-Z]")
# A capital after three lower-case letters or more, where no name prefix stands
# (FitzGerald, MacDonald, VanDyke, DelPotro, DosSantos are names; "RaceMost" is not).
_GLUED = re.compile(r"(?!Fitz|Mac|Van|Von|Del|Dos|Das|Della|Delle)[A-Z][a-z]{3,}[A-Z]")


@functools.lru_cache(maxsize=65536)
def _is_name_word(word: str, lowercase_words: frozenset[str]) -> bool:
    """Whether ``word`` can be part of a name: capitalised, not a common or place word."""
    from quizcli.draft.nations import is_place_word

    plain = strip_possessive(word)
    return (
        len(plain) >= 2
        and plain[0].isupper()
        and not plain.isupper()
        and plain.casefold() not in NOT_NAMES
        and plain.casefold() not in PLURAL_ROLES
        and plain.casefold() not in lowercase_words
        and not is_place_word(plain)
        and not _TWO_CAPITALS.search(plain)  # "Mercedes-AMG", "Deutsch-USA": no person
        and not _GLUED.match(plain)  # "RaceMost": two words of a heading run together
        and not _DIGIT.search(plain)  # "World No2 Murray": a ranking, no first name
        and not (("-" in plain) and _DESCRIBING.search(plain))
        and not _CLUB_LETTERS.fullmatch(plain)  # "VfB Stuttgart", "VfL Wolfsburg"
    )


def name_runs(text: str, lowercase_words: frozenset[str]) -> list[Mention]:
    """Runs of capitalised name words separated by single spaces, in order of the text."""
    stripped = text.strip()
    if len(stripped) == len(text):
        return list(_name_runs(text, lowercase_words))
    # No run starts or ends in spaces: a sentence read with its trailing space and again
    # without (its masked text) is read once, its runs moved by the leading spaces.
    lead = len(text) - len(text.lstrip())
    if not lead:  # (spaces after it only: its runs stand where they stand)
        return list(_name_runs(stripped, lowercase_words))
    return [
        Mention(run.start + lead, run.end + lead, run.words)
        for run in _name_runs(stripped, lowercase_words)
    ]


@functools.lru_cache(maxsize=4096)
def _name_runs(text: str, lowercase_words: frozenset[str]) -> tuple[Mention, ...]:
    """The cached work of ``name_runs``: the same sentence is read by several finders."""
    from quizcli.draft.nations import ends_country_name, has_country

    runs = read_runs(text, lowercase_words, _is_name_word)
    runs = [
        _without_first(run)
        if ends_country_name(text, run.start, run.words[0]) or _described(text, run)
        else _with_given(text, run, lowercase_words)
        for run in runs
    ]
    return tuple(
        _without_suffix(run) if run.words[-1] in _SUFFIXES else run
        for run in runs
        if run.words and not has_country(run.words)
    )


def _with_given(text: str, run: Mention, lowercase_words: frozenset[str]) -> Mention:
    """``An Ji-woo`` where the run is ``Ji-woo`` and the article shows that ``An`` before
    it is her first name (``given_name_shown``); the run itself otherwise."""
    if len(run.words) >= 3 or not run.words:
        return run
    at = given_name_shown(text, run.start, run.words[0], lowercase_words)
    if at < 0:
        return run
    return Mention(at, run.end, (text[at : run.start - 1], *run.words))


# A French article before a run ("le Suisse Roger Federer", "la Britannique Beth Potter",
# "l'Américaine Coco Gauff"), or a Dutch or German one ("de Montenegrijnse Danka Kovinic",
# "der Deutsche Marc Duelsen") before a word of their nationalities' endings (never "de
# Juan Carlos Ferrero": Spanish's "of")
_ARTICLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:(?P<french>(?:le|la|les) |l['’])|(?:het|de|der|die|den) )$"
)
_DUTCH_NATIONALITY = re.compile(r"(?:se|sche)$")  # "Montenegrijnse", "Wit-Russische"


def _described(text: str, run: Mention) -> bool:
    """Whether a run of three words opens with a word that describes the name after it (a
    nationality written as a noun, in French, Dutch or German reports): a lower-case
    article stands before it, as before no first name of a full name."""
    if len(run.words) != 3:
        return False
    article = _ARTICLE_BEFORE.search(text, max(0, run.start - 5), run.start)
    if article is None:
        return False
    return article["french"] is not None or _DUTCH_NATIONALITY.search(run.words[0]) is not None


def _without_first(run: Mention) -> Mention:
    """``African Pieter Venter`` of ``South African Pieter Venter`` is ``Pieter Venter``: a
    nationality's last word before a name is never the name's (no words left: no name)."""
    if len(run.words) < 2:
        return Mention(run.end, run.end, ())
    start = run.start + len(run.words[0]) + 1
    return Mention(start, run.end, run.words[1:])


_SUFFIXES = frozenset({"Jr", "Sr", "Jnr", "Snr"})


def _without_suffix(run: Mention) -> Mention:
    """``Lance McCullers Jr`` is ``Lance McCullers``: the surname ends the name, so that
    ``McCullers said`` is him."""
    if len(run.words) < 2:
        return run
    return Mention(run.start, run.end - len(run.words[-1]) - 1, run.words[:-1])
