"""English words, for typo matching: a typed word that is a word of its own is not a slip.

The list is pyspellchecker's English dictionary (about 160,000 words with their frequency
in a large corpus of subtitles), read from the installed package on first use only, that
is when a typed answer is not an exact match and a typo might be forgiven (about 0.1 s,
once per process). Nothing else in quizcli pays for it: ``list``, ``--help`` and an exact
answer never read it.
"""

from __future__ import annotations

import functools
import gzip
import json
from importlib import resources

__all__ = ["frequency", "is_word"]

# Words seen fewer times than this in the corpus are rare slips of its own writers, not
# words a player means (the list holds a few such).
MIN_COUNT = 2


@functools.cache
def _dictionary() -> dict[str, int]:
    """The English dictionary, lowercase word -> how often it was seen (read once)."""
    data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
    loaded: dict[str, int] = json.loads(gzip.decompress(data))
    return loaded


def frequency(word: str) -> int:
    """How often ``word`` (folded: lowercase ASCII) was seen; 0 for a word not in the list."""
    return _dictionary().get(word, 0)


def is_word(word: str) -> bool:
    """True when ``word`` (folded) is a real English word."""
    return frequency(word) >= MIN_COUNT
