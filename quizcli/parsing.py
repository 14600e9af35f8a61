"""Reading what players type, with no dependency on the rest of the game.

:func:`parse_time` and :func:`parse_number` turn typed text into seconds or numbers (raising
:class:`AnswerFormatError` with a message for the player), :func:`format_time` writes a
duration back canonically (:func:`ordinal` a place), and :func:`fold` reduces text to what
matters when comparing answers. The bank loader uses them too, so they import nothing from
the model.

Rules worth knowing:

- Times: ``13:13.66``, ``13.13.66``, ``13m13.66s``, ``13m 13.66s`` and ``793.66`` are the same
  time. With two or more dots and no colon, the last dot is the decimal point and the others
  separate fields (``1.02.03`` is 1:02.03, one minute and 2.03 seconds; write ``1:02:03``
  for an hour). Only the seconds may have decimals. Fields after a larger one must be below
  60. Every spelling of a time is added up exactly (as :class:`~decimal.Decimal`) and turned
  into a float once, so all spellings give the very same float.
- Numbers: a comma followed by exactly three digits, in a number that does not start with 0,
  groups thousands (``1,500`` is 1500); otherwise a comma is a decimal comma (``4,5``,
  ``0,500``). Thousands may also be grouped with spaces or underscores, and then the decimal
  mark may be a dot or a comma (``1 500,5``). Ordinal suffixes (``4th``) are accepted on whole,
  non-negative numbers without checking that the suffix fits the number, and so are
  ``4th place``, ``four`` and ``fourth`` (number words up to twenty).
- Times also read as a newspaper writes them, ``13 mins and 13.66 secs``, and with a decimal
  comma after the seconds, ``13:13,66``.
- Text: case, accents (also on letters such as ø, æ, ł that do not decompose) and
  punctuation are folded away; ASCII text takes a fast path with the same result.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

__all__ = ["AnswerFormatError", "fold", "format_time", "ordinal", "parse_number", "parse_time"]


class AnswerFormatError(ValueError):
    """What the player typed cannot be read; the message says so briefly, for the player."""


# --- Times ----------------------------------------------------------------------------

_TIME_HELP = "try 13:13.66, 13m13.66s or 793.66"
_DIGITS = re.compile(r"[0-9]+")
_FIELD = re.compile(r"[0-9]{1,2}")
_PLAIN_SECONDS = re.compile(r"(?P<s>[0-9]+(?:\.[0-9]+)?)")
_UNIT_TIME = re.compile(
    r"(?:(?P<h>[0-9]+)\s*(?:hours?|hrs?|h))?"
    r"\s*(?:(?P<m>[0-9]+)\s*(?:minutes?|mins?|m))?"
    r"\s*(?:(?P<s>[0-9]+(?:\.[0-9]+)?)\s*(?:seconds?|secs?|s))?"
)


def parse_time(text: str) -> float:
    """Read a duration typed by a player and return it in seconds.

    Accepts ``13:13.66``, ``13.13.66``, ``13m13.66s``, ``13m 13.66s``, ``793.66``, ``9.79``,
    ``1:02:03``, ``1h02m03s`` and ``1h 2m 3s``; see the module docstring for the rules.
    Raises :class:`AnswerFormatError` for anything else.
    """
    spelled = _spoken_time(text.strip().casefold())
    if not spelled:
        raise AnswerFormatError(f"no time given: {_TIME_HELP}")
    if ":" in spelled or spelled.count(".") >= 2:
        total = _clock_seconds(spelled)
    else:
        total = _unit_seconds(spelled)
    seconds = float(total)
    if not math.isfinite(seconds):
        raise AnswerFormatError(f"not a time: {_TIME_HELP}")
    return seconds


# A decimal comma after the last colon (13:13,66), and "13 mins and 13.66 secs" as a newspaper
# writes it: the comma becomes a point, "and" and commas between units go.
_DECIMAL_COMMA = re.compile(r"(?<=:[0-9]{2}),(?=[0-9]+$)")
_UNIT_JOINS = re.compile(r"(?<=[a-z])\s*(?:,\s*)?(?:\band\b)?\s*(?=[0-9])")


def _spoken_time(spelled: str) -> str:
    """``13:13,66`` -> ``13:13.66``; ``13 mins and 13.66 secs`` -> ``13 mins 13.66 secs``."""
    spelled = _DECIMAL_COMMA.sub(".", spelled)
    if not any(char.isalpha() for char in spelled):
        return spelled
    return _UNIT_JOINS.sub(" ", spelled).strip()


def _clock_seconds(spelled: str) -> Decimal:
    """Seconds in ``H:MM:SS.ff`` / ``M:SS.ff`` or the same with dots as separators."""
    from decimal import Decimal

    if ":" in spelled:
        if spelled.count(".") > 1:
            raise AnswerFormatError(f"not a time: {_TIME_HELP}")
        head, dot, fraction = spelled.partition(".")
        fields = head.split(":")
    else:
        *fields, fraction = spelled.split(".")
        dot = "."
    if len(fields) > 3:
        raise AnswerFormatError(f"not a time: {_TIME_HELP}")
    first, *rest = fields
    if (
        not _DIGITS.fullmatch(first)
        or not all(_FIELD.fullmatch(field) for field in rest)
        or (dot and not _DIGITS.fullmatch(fraction))
    ):
        raise AnswerFormatError(f"not a time: {_TIME_HELP}")
    if any(int(field) >= 60 for field in rest):
        raise AnswerFormatError("minutes and seconds after a colon must be below 60")
    total = Decimal(0)
    for field in fields:
        total = total * 60 + Decimal(field)
    if dot:
        total += Decimal(f"0.{fraction}")
    return total


def _unit_seconds(spelled: str) -> Decimal:
    """Seconds in plain ``793.66`` or with units, ``1h 2m 3s`` / ``13m13.66s``."""
    from decimal import Decimal

    plain = _PLAIN_SECONDS.fullmatch(spelled)
    if plain:
        return Decimal(plain["s"])
    units = _UNIT_TIME.fullmatch(spelled)
    if not units or not any(units.groups()):
        raise AnswerFormatError(f"not a time: {_TIME_HELP}")
    hours, minutes, seconds = (Decimal(units[name] or 0) for name in ("h", "m", "s"))
    if (units["h"] and minutes >= 60) or ((units["h"] or units["m"]) and seconds >= 60):
        raise AnswerFormatError("minutes and seconds after a larger unit must be below 60")
    return (hours * 60 + minutes) * 60 + seconds


def format_time(seconds: float) -> str:
    """Show a duration the way race results do: ``13:13.66``, ``1:02:03``, ``9.79``.

    Keeps hundredths when there are any (``9.80``), thousandths only when they matter
    (``9.795``), and nothing for whole seconds. For a time with at most two decimals,
    ``parse_time(format_time(t)) == t``. Raises ValueError for negative or non-finite values.
    """
    from decimal import ROUND_HALF_UP, Decimal

    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"cannot show {seconds!r} as a time")
    millis = int((Decimal(repr(float(seconds))) * 1000).to_integral_value(ROUND_HALF_UP))
    whole, millis = divmod(millis, 1000)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if millis == 0:
        fraction = ""
    elif millis % 10 == 0:
        fraction = f".{millis // 10:02d}"
    else:
        fraction = f".{millis:03d}"
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}{fraction}"
    if minutes:
        return f"{minutes}:{secs:02d}{fraction}"
    return f"{secs}{fraction}"


# --- Numbers --------------------------------------------------------------------------

_NUMBER_HELP = "try 42, -3, 4.5 or 1,500"
_SIGNS = {"-": -1, "\N{MINUS SIGN}": -1, "+": 1}
# "4th place" is 4th; "four" and "fourth" are 4 (whole words only, up to twenty).
_PLACE = re.compile(r"(?<=[0-9a-z])\s+place$")
_CARDINALS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_ORDINALS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
    " thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_NUMBER_WORDS = {
    **{word: n for n, word in enumerate(_CARDINALS)},
    **{word: n for n, word in enumerate(_ORDINALS)},
}
_ORDINAL = re.compile(r"(?P<number>.*[0-9])\s?(?:st|nd|rd|th)")
# Grouped forms come first so that "1,500" is read as 1500 and not as 1.5.
_NUMBER = re.compile(
    r"(?P<whole>[1-9][0-9]{0,2}(?P<sep>[, _])[0-9]{3}(?:(?P=sep)[0-9]{3})*|[0-9]+)?"
    r"(?:(?P<mark>[.,])(?P<fraction>[0-9]+))?"
)


def ordinal(n: int) -> str:
    """1 -> ``1st``, 12 -> ``12th``, 22 -> ``22nd`` (a place, written back)."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def parse_number(text: str, unit: str | None = None) -> float:
    """Read a number typed by a player: ``4``, ``-3``, ``4.5``, ``4,5``, ``1,500``, ``4th``.

    Thousands may be grouped by ``,``, a space or ``_`` (groups of exactly three digits).
    When ``unit`` is given, the player may write it after the number (``4 m``, ``4m``); a
    plural with ``s`` is accepted for units of two or more letters. Raises
    :class:`AnswerFormatError` for anything else, including nan and infinity.
    """
    from decimal import Decimal

    spelled = " ".join(text.split()).casefold()
    if unit:
        spelled = _strip_unit(spelled, unit)
    spelled = _PLACE.sub("", spelled)
    if spelled in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[spelled])
    ordinal = _ORDINAL.fullmatch(spelled)
    if ordinal:
        spelled = ordinal["number"]
    sign = 1
    if spelled[:1] in _SIGNS:
        sign, spelled = _SIGNS[spelled[:1]], spelled[1:]
    parts = _NUMBER.fullmatch(spelled)
    if (
        not parts
        or not (parts["whole"] or parts["fraction"])
        or (parts["sep"] == "," and parts["mark"] == ",")
    ):
        raise AnswerFormatError(f"not a number: {_NUMBER_HELP}")
    if ordinal and (parts["mark"] or sign < 0):
        raise AnswerFormatError("a place like 4th must be a whole number")
    whole = re.sub(r"[, _]", "", parts["whole"] or "0")
    value = sign * float(Decimal(f"{whole}.{parts['fraction'] or 0}"))
    if not math.isfinite(value):
        raise AnswerFormatError("that number is too large")
    return value + 0.0  # turns -0.0 into 0.0


def _strip_unit(spelled: str, unit: str) -> str:
    """``spelled`` without a trailing ``unit`` (or its plural), if it has one."""
    unit = " ".join(unit.split()).casefold()
    names = {unit}
    if len(unit) >= 2 and unit.isalpha():
        names.add(unit + "s")
        if unit.endswith("s"):
            names.add(unit[:-1])
    for name in sorted(names, key=len, reverse=True):
        if name and spelled.endswith(name):
            return spelled[: -len(name)].rstrip()
    return spelled


# --- Text -----------------------------------------------------------------------------

# Letters that NFKD does not split into a base letter and a mark.
_LETTERS = str.maketrans(
    {
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ß": "ss",
        "ẞ": "ss",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "Ŧ": "t",
    }
)
# Apostrophes vanish rather than split a word: O'Brien = OBrien, Kerr's = Kerrs.
_APOSTROPHES = frozenset("'\N{RIGHT SINGLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}`ʼ")


def _fold_letters(text: str) -> str:
    """One pass of case folding, decomposition, mark dropping and the letter table."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    text = "".join(char for char in text if not unicodedata.combining(char))
    return text.translate(_LETTERS)


def fold(text: str) -> str:
    """Reduce text to what matters when comparing answers: ``"Mol & Sørum"`` -> ``"mol sorum"``.

    Folds case, strips accents (also from letters such as ø, æ, ł, ð, þ that do not
    decompose), drops apostrophes and invisible format characters, turns other punctuation,
    symbols and control characters into spaces, and collapses whitespace. Idempotent:
    ``fold(fold(x)) == fold(x)`` for every string.
    """
    if text.isascii():
        return _fold_ascii(text)
    return _fold_unicode(text)


# ASCII: letters lower-cased, apostrophes and backticks dropped, every other character that is
# not a letter or a digit (punctuation, symbols, controls) a space; the same as the general
# path gives, which a property test checks.
# One pass over the bytes: upper case to lower, letters and digits kept, apostrophes and
# backticks deleted, everything else (punctuation, symbols, controls) a space.
_ASCII_TABLE = bytes(
    (c + 32 if 65 <= c <= 90 else c if (97 <= c <= 122 or 48 <= c <= 57) else 32)
    for c in range(256)
)


def fold_case(text: str) -> str:
    """Text as a player tells options apart: case, accents and runs of spaces folded,
    punctuation and symbols kept (``C``, ``C#`` and ``C++`` stay three options).

    ``fold_case("Sørum") == fold_case("SORUM")``; ``fold_case("-40") != fold_case("+40")``.
    """
    if text.isascii():
        return " ".join(text.lower().split())
    previous = None
    while text != previous:
        previous, text = text, _fold_letters(text)
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def _fold_ascii(text: str) -> str:
    return " ".join(text.encode("ascii").translate(_ASCII_TABLE, b"'`").decode("ascii").split())


def _fold_unicode(text: str) -> str:
    """The general path of :func:`fold`, for any text."""
    # Case folding can expose characters that decompose further and vice versa (ℌ -> H),
    # so repeat until nothing changes; in practice this takes one or two passes.
    previous = None
    while text != previous:
        previous, text = text, _fold_letters(text)
    kept: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if char in _APOSTROPHES or category == "Cf":
            continue
        kept.append(" " if category[0] in "PS" or category == "Cc" else char)
    return " ".join("".join(kept).split())
