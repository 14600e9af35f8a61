"""Player names: any Unicode a person types, within limits a leaderboard can show."""

from __future__ import annotations

from quizcli.errors import QuizError

MAX_NAME_LENGTH = 40
FALLBACK_NAME = "player"


class PlayerNameError(QuizError):
    """A player name that cannot be stored or shown."""


def check_player(name: str) -> str:
    """``name`` without surrounding spaces, in Unicode's composed form (``José`` typed
    with a combining accent is the same player), or PlayerNameError saying what is wrong.

    Control and invisible characters are refused, except a zero-width joiner or non-joiner
    inside an emoji sequence or a word of a joining script (see ``quizcli.joiners``)."""
    stripped = name.strip()
    if stripped.isascii() and stripped.isprintable() and 0 < len(stripped) <= MAX_NAME_LENGTH:
        # The common case, told without unicodedata (``list`` starts faster): printable
        # ASCII is already composed and holds nothing invisible: _checked would pass it.
        return stripped
    return _checked(stripped)


def _checked(stripped: str) -> str:
    """:func:`check_player` for any text, stripped."""
    import unicodedata

    from quizcli.joiners import JOINERS, joins

    cleaned = unicodedata.normalize("NFC", stripped)
    if not cleaned:
        raise PlayerNameError("the player name is empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise PlayerNameError(
            f"the player name is {len(cleaned)} characters long; the limit is {MAX_NAME_LENGTH}"
        )
    for index, char in enumerate(cleaned):
        if char in JOINERS and joins(cleaned, index):
            continue  # inside an emoji sequence or a Persian or Indic word
        if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            raise PlayerNameError(
                f"the player name contains a control or invisible character (U+{ord(char):04X})"
            )
    return cleaned


def player_name(name: str | None) -> str:
    """The player: ``name`` when given, else ``$QUIZCLI_PLAYER`` (when not empty), else the
    login name."""
    import os

    chosen = name if name is not None else os.environ.get("QUIZCLI_PLAYER") or None
    return check_player(chosen) if chosen is not None else default_player()


def default_player() -> str:
    """The login name when it makes a valid player name, else ``player``."""
    import getpass

    try:
        return check_player(getpass.getuser())
    except (PlayerNameError, OSError, KeyError):
        return FALLBACK_NAME


def clean_name(raw: str) -> str:
    """A name typed by someone else (another player, a network client) made safe to store
    and show: control and invisible characters written out as escapes exactly as bank text
    is shown (``\\x1b``), runs of white space made one space, then :func:`check_player`."""
    from quizcli.safetext import visible

    return check_player(" ".join(visible(raw).split()))
