"""Which names in a live room are the same seat: Unicode NFKC, case folding and the
confusable skeleton of Unicode TS #39, so that ``ana``, ``Ana``, full-width ``ａｎａ`` and
``аna`` (a Cyrillic ``а``) cannot sit side by side.

The confusable pairs come from Unicode's own table as the ``confusable_homoglyphs`` package
ships it; that package (about 60 ms to load) is imported only by a live host, on the first
hello it checks, never by ``list`` or ``--help``.
"""

from __future__ import annotations

import functools
import unicodedata

from quizcli.players import PlayerNameError

# Screens mark a player's state in brackets ("ana (gone)"): a name may not carry its own.
BRACKETS = frozenset("()")


def check_room_name(name: str) -> str:
    """``name`` (already cleaned) if a room may seat it; PlayerNameError otherwise."""
    if any(char in BRACKETS for char in name):
        raise PlayerNameError("a name in a live room has no brackets ( ), which screens use")
    return name


def seat_key(name: str) -> str:
    """The key two names share when they are the same seat: the TS #39 skeleton (every
    character of the decomposed name replaced by its confusable prototype) of the NFKC
    form, case folded, and the skeleton again (folding can make new look-alikes)."""
    folded = _skeleton(unicodedata.normalize("NFKC", name)).casefold()
    return _skeleton(folded)


def _skeleton(text: str) -> str:
    table = _prototypes()
    mapped = "".join(table.get(char, char) for char in unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", mapped)


@functools.cache
def _prototypes() -> dict[str, str]:
    """Each confusable character -> one representative of its group of look-alikes.

    The package lists, for every character of Unicode's confusables table, the characters
    it may be taken for. Characters linked that way form a group; the representative is
    the group's lowest code point (so ``a`` stands for Cyrillic ``а``, ``0`` for ``O``)."""
    from confusable_homoglyphs import confusables

    parent: dict[str, str] = {}

    def find(char: str) -> str:
        root = char
        while parent.get(root, root) != root:
            root = parent[root]
        while char != root:  # path compression
            parent[char], char = root, parent[char]
        return root

    for char, entries in confusables.confusables_data.items():
        if len(char) != 1:
            continue
        for entry in entries:
            other = entry.get("c", "")
            if len(other) != 1:
                continue  # a sequence ("rn" for "m"): not a one-character look-alike
            a, b = find(char), find(other)
            if a != b:
                low, high = sorted((a, b))
                parent[high] = low
    return {char: find(char) for char in parent}
