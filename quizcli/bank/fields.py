"""Checks of single fields (texts, slugs, string lists, choices, numbers), problems kept.

The base of every checker: the TOML loader's and the one the format readers run on each
question. A problem points at a place in the document (section, entry, key); only the
loader turns places into line numbers.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from quizcli.bank.quick import MAX_CHOICES, MIN_CHOICES, NEWLINE, SLUG
from quizcli.bank.quick import finite as _finite
from quizcli.parsing import fold_case

# Where a problem is: (section, entry index, key). Section None means the top level.
Place = tuple[str | None, int | None, str | None]


@dataclass(slots=True)
class Found:
    """One problem: where it is, which entry it concerns, and what is wrong."""

    place: Place
    where: str | None
    message: str


def describe(value: object) -> str:
    """What kind of TOML value ``value`` is, in words ("a string", "an array")."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"


class FieldChecker:
    """Collects problems while checking the fields of tables."""

    def __init__(self) -> None:
        self.found: list[Found] = []

    def problem(self, place: Place, where: str | None, message: str) -> None:
        """Record one problem at a place."""
        self.found.append(Found(place, where, message))

    # --- field checks ----------------------------------------------------------------

    def unknown_keys(
        self,
        table: dict[str, Any],
        allowed: frozenset[str],
        base: tuple[str, int | None],
        where: str,
        context: str,
    ) -> None:
        """A problem for every key the table may not hold."""
        for key in table:
            if key not in allowed:
                self.problem((*base, key), where, f"unknown field {key!r} {context}")

    def text(
        self,
        table: dict[str, Any],
        key: str,
        base: tuple[str, int | None],
        where: str,
        *,
        required: bool = False,
        one_line: bool = False,
    ) -> str | None:
        """A non-empty string field (on one line when ``one_line``), or None (with a problem
        when it is wrong)."""
        if not (self.required(table, key, base, where) if required else key in table):
            return None  # missing (a problem when required)
        place: Place = (*base, key)
        value = table[key]
        if not isinstance(value, str):
            self.problem(place, where, f"{key!r} must be a string, not {describe(value)}")
            return None
        if not value.strip():
            self.problem(place, where, f"{key!r} is empty")
            return None
        if one_line and NEWLINE in value:
            self.problem(place, where, f"{key!r} must be one line: {value!r} has a line break")
            return None
        return value

    def slug(
        self,
        table: dict[str, Any],
        key: str,
        base: tuple[str, int | None],
        where: str,
        *,
        required: bool = False,
    ) -> str | None:
        """A text field that must be a slug."""
        value = self.text(table, key, base, where, required=required)
        if value is not None and not SLUG.fullmatch(value):
            self.problem(
                (*base, key),
                where,
                f"{key} {value!r} must be a slug: lowercase letters, digits and single hyphens",
            )
            return None
        return value

    def string_list(
        self, table: dict[str, Any], key: str, base: tuple[str, int | None], where: str
    ) -> tuple[str, ...] | None:
        """An array of distinct non-empty strings, or None (with a problem)."""
        value = table.get(key)
        place: Place = (*base, key)
        if not isinstance(value, list):
            self.problem(
                place, where, f"{key!r} must be an array of strings, not {describe(value)}"
            )
            return None
        bad = [item for item in value if not isinstance(item, str)]
        if bad:
            self.problem(place, where, f"{key!r} must hold only strings, not {describe(bad[0])}")
            return None
        if any(not item.strip() for item in value):
            self.problem(place, where, f"{key!r} has an empty string")
            return None
        broken = [item for item in value if NEWLINE in item]
        if broken:
            self.problem(place, where, f"{key!r} must hold one-line items: {broken[0]!r} is not")
            return None
        repeated = duplicates(value)
        if repeated:
            listed = ", ".join(repr(item) for item in repeated)
            self.problem(place, where, f"{key!r} lists the same item twice: {listed}")
            return None
        return tuple(value)

    def tags(
        self, table: dict[str, Any], base: tuple[str, int | None], where: str
    ) -> tuple[str, ...]:
        """The ``tags`` array (empty when absent)."""
        if "tags" not in table:
            return ()
        return self.string_list(table, "tags", base, where) or ()

    def required(
        self, table: dict[str, Any], key: str, base: tuple[str, int | None], where: str
    ) -> bool:
        """Whether ``key`` is present; a problem when it is not."""
        if key in table:
            return True
        self.problem((*base, key), where, f"missing required field {key!r}")
        return False

    def choices(
        self, table: dict[str, Any], base: tuple[str, int], where: str
    ) -> tuple[str, ...] | None:
        """The ``choices`` array: 2 to 8 strings players can tell apart."""
        if not self.required(table, "choices", base, where):
            return None
        choices = self.string_list(table, "choices", base, where)
        if choices is not None and (clash := folded_clash(choices)):
            self.problem(
                (*base, "choices"),
                where,
                f"choices {clash[0]!r} and {clash[1]!r} differ only in case or accents; "
                "players could not tell them apart",
            )
            return None
        if choices is not None and not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
            self.problem(
                (*base, "choices"),
                where,
                f"'choices' has {len(choices)} items; give {MIN_CHOICES} to {MAX_CHOICES}",
            )
            return None
        return choices

    def number(
        self, table: dict[str, Any], key: str, base: tuple[str, int], where: str
    ) -> int | float | None:
        """A finite number that fits a float, or None (with a problem)."""
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem((*base, key), where, f"{key!r} must be a number, not {describe(value)}")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self.problem((*base, key), where, f"{key!r} must be a finite number, not {value}")
            return None
        if not _finite(value):
            self.problem(
                (*base, key), where, f"{key!r} is too large: {len(str(abs(value)))} digits"
            )
            return None
        return value

    def tolerance(self, table: dict[str, Any], base: tuple[str, int], where: str) -> int | float:
        """The ``tolerance`` (0 when absent), never negative."""
        if "tolerance" not in table:
            return 0
        value = self.number(table, "tolerance", base, where)
        if value is None:
            return 0
        if value < 0:
            self.problem(
                (*base, "tolerance"), where, f"'tolerance' must not be negative, not {value}"
            )
        return value


def folded_clash(items: Iterable[str]) -> tuple[str, str] | None:
    """Two items that are the same once case, accents and spacing are folded (punctuation
    and symbols tell options apart: ``C``/``C#``, ``-40``/``+40``)."""
    seen: dict[str, str] = {}
    for item in items:
        key = fold_case(item)
        if key in seen:
            return seen[key], item
        seen[key] = item
    return None


def duplicates(items: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    repeated: list[str] = []
    for item in items:
        if item in seen and item not in repeated:
            repeated.append(item)
        seen.add(item)
    return repeated
