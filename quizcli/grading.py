"""Grading: how right a player's response is, as a pure ``(Question, Response) -> Verdict``.

Besides :func:`grade`, this module holds the forgiving text comparison used for ``text``
questions (:func:`text_matches`) and re-exports the parsers of :mod:`quizcli.parsing` that
turn what a player typed into the value a :class:`~quizcli.model.Response` carries.

Nothing here touches the terminal: the parsers raise :class:`AnswerFormatError` with a short
message meant for the player, and the asker decides how to show it and ask again.

Rules worth knowing:

- Times and numbers are read by :mod:`quizcli.parsing`, whose docstring lists the spellings
  accepted (``13:13.66`` = ``13.13.66`` = ``793.66``; ``1,500``; ``4th``).
- Text: answers are compared after :func:`fold`, ignoring spaces. A typo is forgiven only in
  answers of 5 or more letters: one edit for 5-8 letters, two for 9 or more, where an edit is
  an insertion, a deletion, a substitution or the swap of two neighbouring letters (optimal
  string alignment distance). Digits are never forgiven: ``Paris 2024`` does not match
  ``Paris 2025``. A typo never turns one word into another: when a typed word is a common
  English word that the right spelling does not hold, the answer
  must match exactly (``hunt`` is not ``haunt``; the words are a real English word list,
  :mod:`quizcli.words`). Names are compared as names: ``Anders Mol`` is right for ``Mol``,
  ``Pullen`` is not ``Bullen``, ``Ronald Kemoi`` is not ``Kwemoi``. ``Los Angeles,
  California`` is ``Los Angeles``. A question's ``reject`` spellings are never right.
  docs/bank-format.md holds the table of examples that the tests check.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from quizcli.model import (
    AnswerValue,
    ChoiceQuestion,
    Mark,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Outcome,
    Question,
    Response,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
    Verdict,
)
from quizcli.parsing import AnswerFormatError, fold, format_time, parse_number, parse_time

__all__ = [
    "AnswerFormatError",
    "fold",
    "format_time",
    "grade",
    "parse_number",
    "parse_time",
    "text_matches",
]

# Numbers given as answers are compared with this much relative slack for float noise.
_EPSILON = 1e-9


def _typo_distance(typed: str, right: str, allowed: int) -> int:
    """Optimal string alignment distance (rapidfuzz, imported on first use: it is only
    needed when a typed name is not an exact match)."""
    from rapidfuzz.distance import OSA

    return int(OSA.distance(typed, right, score_cutoff=allowed))


def _typos_allowed(answer: str) -> int:
    """How many edits a folded, space-free right answer forgives."""
    letters = sum(char.isalpha() for char in answer)
    if letters < 5:
        return 0
    return 1 if letters <= 8 else 2


def _digits(text: str) -> str:
    """The digits of ``text``, in order."""
    return "".join(char for char in text if char.isdigit())


def _another_word(typed_words: Sequence[str], right_words: Sequence[str]) -> bool:
    """True when a typed word is a real English word that the right spelling lacks."""
    from quizcli.words import is_word

    return any(word not in right_words and is_word(word) for word in typed_words)


# Small words inside names that are not capitalised: Stade de France, Ludwig van Beethoven.
_NAME_PARTICLES = frozenset("de du des la le van von der den di da del dos of the and y".split())


def is_name(answer: str) -> bool:
    """True when ``answer`` is a name (each word capitalised, but for particles such as
    ``de``): ``Kwemoi``, ``Cole Hocker``, ``Los Angeles``, ``Stade de France``."""
    words = [word for word in answer.split() if any(char.isalpha() for char in word)]
    return bool(words) and all(
        word[0].isupper() or word.casefold() in _NAME_PARTICLES
        for word in (w.lstrip("\"'(") for w in words)
        if word
    )


def _name_word_matches(typed: str, right: str) -> bool:
    """One word of a name: exact, or one slip in a word of 5 or more letters that keeps its
    first letter: two letters swapped or one replaced (``Ingebrigsten``), a letter doubled
    or undoubled (``Hockerr``, ``Wightmann``), or, in a word of 7 or more letters, a letter
    more or less (``Ingebritsen``); from 9 letters, two such slips. Never when the typed
    word is a real English word (``Hooker`` is not ``Hocker``). So a short name that
    differs by its first letter (``Pullen``, ``Bullen``) or by one letter more or less
    (``Kemoi``, ``Kwemoi``) is another person, not a slip."""
    if typed == right:
        return True
    if len(right) < 5 or not typed.isalpha() or typed[:1] != right[:1]:
        return False
    allowed = 2 if len(right) >= 9 else 1
    if abs(len(typed) - len(right)) > allowed or _typo_distance(typed, right, allowed) > allowed:
        return False
    from quizcli.words import is_word

    if is_word(typed):
        return False
    if len(typed) == len(right) or len(right) >= 7:
        return True
    return _undoubled(typed) == _undoubled(right)


def _undoubled(word: str) -> str:
    """``word`` with every run of one letter written once: ``hockerr`` -> ``hocker``."""
    return "".join(char for i, char in enumerate(word) if i == 0 or word[i - 1] != char)


def _name_matches(typed_words: Sequence[str], right_words: Sequence[str]) -> bool:
    """A typed name against a right one, word by word from the surname back. Extra words
    before it are first names (``Anders Mol`` for ``Mol``); the words given must all match."""
    if not typed_words or len(typed_words) < len(right_words):
        return False
    tail = typed_words[len(typed_words) - len(right_words) :]
    return all(_name_word_matches(t, r) for t, r in zip(tail, right_words, strict=True))


def _text_matches(folded: str, answers: Sequence[str]) -> bool:
    """The typo and name rules of :func:`text_matches`, for a folded, non-empty answer."""
    typed = folded.replace(" ", "")
    typed_words = folded.split()
    for answer in answers:
        right_words = fold(answer)
        right = right_words.replace(" ", "")
        if typed == right:
            return True
        if not right:
            continue
        if is_name(answer):
            if _name_matches(typed_words, right_words.split()):
                return True
            continue
        allowed = _typos_allowed(right)
        if (
            allowed
            and _digits(typed) == _digits(right)
            and _typo_distance(typed, right, allowed) <= allowed
            and not _another_word(typed_words, right_words.split())
        ):
            return True
    return False


def text_matches(given: str, answers: Sequence[str], reject: Sequence[str] = ()) -> bool:
    """True when ``given`` is one of ``answers`` (see the module docstring for the rules).

    Folded (:func:`fold`) and spaces ignored, an exact match is right. A name (an answer
    whose words are capitalised) is compared as a name: typed first names before a right
    surname are fine, and a slip is forgiven only in a word's letters, never its first
    letter or its length. Other answers of 5-8 letters forgive one typo, of 9 or more two,
    unless a typed word is a real English word the right spelling lacks. A place followed
    by its region or country after a comma (``Los Angeles, California``) is the place. A
    ``reject`` spelling never matches, and an empty answer never matches.
    """
    folded = fold(given)
    rejected = {fold(no).replace(" ", "") for no in reject}
    if not folded or folded.replace(" ", "") in rejected:
        return False
    if _text_matches(folded, answers):
        return True
    head, comma, _rest = given.partition(",")
    folded_head = fold(head)
    return bool(
        comma
        and folded_head
        and folded_head.replace(" ", "") not in rejected
        and not any(char.isdigit() for char in _rest)
        and any(is_name(answer) for answer in answers)
        and _text_matches(folded_head, answers)
    )


# --- Verdicts -------------------------------------------------------------------------


def grade(question: Question, response: Response) -> Verdict:
    """Judge a response to a question; never raises.

    Skipped and timed-out responses get their own marks with fraction 0. An answered one
    gets a fraction from 0 to 1 by the rules of its kind (see design.md) and is RIGHT at 1,
    PARTIAL between 0 and 1 and WRONG at 0. A value of the wrong type for the kind is WRONG.
    """
    if response.outcome == Outcome.SKIPPED:
        return Verdict(mark=Mark.SKIPPED, fraction=0.0)
    if response.outcome == Outcome.TIMED_OUT:
        return Verdict(mark=Mark.TIMED_OUT, fraction=0.0)
    fraction = min(max(_fraction(question, response.value), 0.0), 1.0)
    if fraction == 1.0:
        mark = Mark.RIGHT
    elif fraction > 0.0:
        mark = Mark.PARTIAL
    else:
        mark = Mark.WRONG
    return Verdict(mark=mark, fraction=fraction)


def _fraction(question: Question, value: AnswerValue | None) -> float:
    """How right ``value`` is for ``question``, from 0 to 1 (before clamping)."""
    match question:
        case ChoiceQuestion():
            return float(isinstance(value, str) and value == question.answer)
        case TrueFalseQuestion():
            return float(isinstance(value, bool) and value == question.answer)
        case TextQuestion():
            return float(
                isinstance(value, str)
                and text_matches(value, [question.answer, *question.accept], question.reject)
            )
        case NumberQuestion():
            return float(_within(value, question.answer, question.tolerance))
        case TimeQuestion():
            return float(_within(value, question.seconds, question.tolerance))
        case MultiQuestion():
            picks = _strings(value)
            if picks is None:
                return 0.0
            right, chosen = set(question.answer), set(picks)
            if not right:
                return float(not chosen)
            return (len(chosen & right) - len(chosen - right)) / len(right)
        case OrderQuestion():
            order = _strings(value)
            if order is None or not question.answer:
                return 0.0
            placed = sum(mine == item for mine, item in zip(order, question.answer, strict=False))
            return placed / len(question.answer)
    return 0.0  # pragma: no cover - every kind is handled above


def _strings(value: AnswerValue | None) -> tuple[str, ...] | None:
    """``value`` as a tuple of strings, or None when it is not a sequence of strings."""
    if isinstance(value, tuple | list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    return None


def _real(value: object) -> float | None:
    """``value`` as a finite float, or None for bools, non-numbers, nan and infinities."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _within(value: AnswerValue | None, target: float, tolerance: float) -> bool:
    """True when ``value`` is a number no further than ``tolerance`` from ``target``."""
    given, right, slack = _real(value), _real(target), _real(tolerance)
    if given is None or right is None or slack is None:
        return False
    return abs(given - right) <= slack + _EPSILON * max(1.0, abs(right))
