"""Where a zero-width joiner (U+200D) or non-joiner (U+200C) does visible work.

Both are invisible format characters, so on their own they can hide text or make two names
that look the same. But emoji sequences (🏃‍♂️, 👩‍🔬) and the scripts that join letters
(Persian می‌خواهم, Devanagari, Bengali, Malayalam...) need them between two characters
of one word. A joiner is kept only there: between two characters of the emoji or joining
scripts it shapes. Leading, trailing, doubled, or between Latin letters, it is refused (in
a player name) or shown as an escape (on screen).
"""

from __future__ import annotations

import unicodedata

JOINERS = frozenset("\u200c\u200d")

# Scripts whose letters join or form conjuncts: Arabic (with its supplements and
# presentation forms), Syriac, Thaana, N'Ko, the Indic scripts from Devanagari to Sinhala,
# Thai to Tibetan and Myanmar, Mongolian, and Sinhala's neighbours.
_JOINING_RANGES = (
    (0x0600, 0x07FF),
    (0x0860, 0x08FF),
    (0x0900, 0x0DFF),
    (0x0F00, 0x109F),
    (0x1800, 0x18AF),
    (0xA8E0, 0xA8FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
_EMOJI_PARTS = frozenset("\ufe0f\u20e3")  # emoji presentation selector, keycap
_SKIN_TONES = (0x1F3FB, 0x1F3FF)
_SYMBOLS_FROM = 0x2100  # symbols (So) from here on: ♂ ❤ ⚕ and the emoji planes, not © or °


def _shapes(char: str) -> bool:
    """True when ``char`` is part of an emoji or of a script a joiner can shape."""
    code = ord(char)
    if char in _EMOJI_PARTS or _SKIN_TONES[0] <= code <= _SKIN_TONES[1]:
        return True
    if code >= _SYMBOLS_FROM and unicodedata.category(char) == "So":
        return True
    return any(low <= code <= high for low, high in _JOINING_RANGES)


def joins(text: str, index: int) -> bool:
    """True when the joiner at ``text[index]`` sits inside a grapheme it shapes: between
    two characters of an emoji sequence or of a joining script."""
    if index <= 0 or index >= len(text) - 1:
        return False
    before, after = text[index - 1], text[index + 1]
    return _shapes(before) and _shapes(after)
