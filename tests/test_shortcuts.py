"""The start-up shortcuts agree with the full checks they skip.

``list`` shows bank text and reads the player's name without compiling the invisible-
character pattern or importing unicodedata when the text cannot need them
(``safetext.nothing_hidden``, the ASCII case of ``players.check_player``). Each shortcut
must never pass what the full check would change or refuse.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable

import pytest

from quizcli import players, safetext
from quizcli.ui.text import _json_escape, json_safe


def every_code_point() -> str:
    return "".join(map(chr, range(0x110000)))


def test_no_character_the_pattern_escapes_passes_as_nothing_hidden() -> None:
    escaped = {m.group() for m in safetext.invisible().finditer(every_code_point())}
    assert len(escaped) > 6000  # the pattern did run over every code point
    passed = sorted(f"U+{ord(c):04X}" for c in escaped if safetext.nothing_hidden(c))
    assert passed == []  # add such a character to safetext._PRINTABLE_BLANKS


def test_nothing_hidden_holds_for_a_text_only_when_it_holds_for_each_character() -> None:
    # What the test above checks one character at a time is enough for any text.
    assert safetext.nothing_hidden("")
    assert safetext.nothing_hidden("Ingebrigtsen’s 5000m — “gold”, élan, 東京")
    assert not safetext.nothing_hidden("tab\there")
    assert not safetext.nothing_hidden("ok\u3164")  # a Hangul filler: printable, yet blank
    assert not safetext.nothing_hidden("ok\U0001f3c3")  # past U+FFF0: the pattern decides


SAMPLES = [
    "",
    "plain ASCII, punctuation: !?;",
    "Ingebrigtsen’s 5000m — “gold” in Saint-Denis, 東京, مرحبا",
    "\x1b[31mred\x1b[0m and a bell\x07",
    "right-to-left \u202eoverride\u202c, zero\u200bwidth, soft\xadhyphen",
    "Hangul\u3164filler, grapheme\u034fjoiner, Khmer\u17b4",
    "emoji 🏃\u200d♂️ and Persian می\u200cخواهم, a lone \udcff surrogate",
    "tags \U000e0041\U000e007f and a specials \ufff0 and \ufffb",
    "line\nbreak\tand tab",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_visible_and_json_safe_are_what_the_pattern_makes_of_any_text(text: str) -> None:
    assert safetext.visible(text) == safetext.invisible().sub(safetext._escape, text)
    assert json_safe(text) == safetext.invisible().sub(_json_escape, text)


def test_random_texts_are_shown_as_the_pattern_shows_them() -> None:
    rng = random.Random(25)
    pool = SAMPLES[2] + SAMPLES[4] + SAMPLES[5] + SAMPLES[6] + SAMPLES[7] + string.printable
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert safetext.visible(text) == safetext.invisible().sub(safetext._escape, text)


ASCII_NAMES = [
    "ana",
    "  Bo Li  ",
    "x" * players.MAX_NAME_LENGTH,
    "x" * (players.MAX_NAME_LENGTH + 1),
    "",
    "   ",
    "tab\tname",
    "bell\x07",
    "del\x7f",
    *string.printable,
]


def outcome(check: Callable[[str], str], text: str) -> str:
    try:
        return f"ok {check(text)}"
    except players.PlayerNameError as error:
        return f"refused: {error}"


@pytest.mark.parametrize("name", ASCII_NAMES)
def test_an_ascii_player_name_is_checked_as_any_name_is(name: str) -> None:
    assert outcome(players.check_player, name) == outcome(players._checked, name.strip())
