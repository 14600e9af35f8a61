"""Surnames one article spells with different accents (``Sáblíkova`` and ``Sábliková``):
a mention whose surname is known in full only under another accenting is that person
(quizcli.draft.people resolves it so). Two spellings both named in full stay two people,
and a spelling that two known surnames fold to is nobody's for sure."""

from __future__ import annotations

import unicodedata


def folded(word: str) -> str:
    """``word`` without its accents (``Sábliková`` -> ``Sablikova``), case kept."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def add_folding(folding: dict[str, str | None], surname: str) -> None:
    """Record a surname newly known in full under its folded form (None once two
    different surnames fold alike)."""
    key = folded(surname)
    folding[key] = surname if folding.get(key, surname) == surname else None


def accented_twin(
    words: tuple[str, ...], known: dict[str, list[str]], folding: dict[str, str | None]
) -> tuple[str, ...] | None:
    """The words of the one name known under another accenting of ``words``' surname
    (``Sábliková``, ``Martina Sábliková`` for ``Martina Sáblíkova``), or None: the surname
    (unknown as written) must fold like exactly one known surname, and a full mention's
    other words like that person's."""
    twin = folding.get(folded(words[-1]))
    if twin is None or twin == words[-1]:
        return None
    if len(words) == 1:
        return (twin,)
    for name in known.get(twin, []):
        parts = tuple(name.split())
        if len(parts) == len(words) and all(
            folded(a) == folded(b) for a, b in zip(parts, words, strict=True)
        ):
            return parts
    return None
