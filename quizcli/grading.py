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
  English word (:mod:`quizcli.words`) that the right spelling does not hold, the answer
  must match exactly (``hunt`` is not ``haunt``). A question's ``reject`` spellings (say,
  another person's surname: ``Kemoi`` for ``Kwemoi``) are never right.
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
    """True when a typed word is a common English word that the right spelling lacks."""
    from quizcli.words import COMMON_WORDS

    return any(word in COMMON_WORDS and word not in right_words for word in typed_words)


def text_matches(given: str, answers: Sequence[str], reject: Sequence[str] = ()) -> bool:
    """True when ``given`` is one of ``answers`` after :func:`fold`, spaces ignored.

    Answers of 5-8 letters forgive one typo, answers of 9 or more forgive two (an insertion,
    a deletion, a substitution or two swapped neighbours each count as one); shorter answers
    and any digits must match exactly. No typo is forgiven when a typed word is a common
    English word missing from the right spelling (it is another word, not a slip). A
    ``reject`` spelling never matches, and an empty answer never matches.
    """
    folded = fold(given)
    typed = folded.replace(" ", "")
    if not typed or any(typed == fold(no).replace(" ", "") for no in reject):
        return False
    rights = [fold(answer) for answer in answers]
    if any(typed == right.replace(" ", "") for right in rights):
        return True
    typed_words = folded.split()
    for right_words in rights:
        right = right_words.replace(" ", "")
        allowed = _typos_allowed(right)
        if (
            allowed
            and _digits(typed) == _digits(right)
            and _typo_distance(typed, right, allowed) <= allowed
            and not _another_word(typed_words, right_words.split())
        ):
            return True
    return False


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
