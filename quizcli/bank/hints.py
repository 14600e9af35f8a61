"""Wording that points at the likely mistake behind a bank problem.

The TOML parser says "Cannot overwrite a value" for a key given twice, without naming the
key or where it was first given; an answer that differs from a choice only by a space looks
identical in the error message. These helpers turn such reports into ones a bank author can
act on without hunting: they only read the bank's text, and run only when something is wrong.
"""

from __future__ import annotations

import re

_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"|\'[^\']*\''
_PART = rf"(?:{_BARE}|{_QUOTED})"
_KEY = re.compile(rf"\s*({_PART}(?:\s*\.\s*{_PART})*)\s*=")
_HEADER = re.compile(rf"\s*(\[\[?)\s*({_PART}(?:\s*\.\s*{_PART})*)\s*\]")
_DECLARED_TWICE = re.compile(r"Cannot declare \((.*)\) twice")


def toml_error(message: str, text: str, line: int) -> str:
    """``message`` from the TOML parser, reworded when it is about a key or a table given
    twice: the key's name and both lines. Other messages are returned as they are."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return message
    if message == "Cannot overwrite a value":
        key = _KEY.match(lines[line - 1])
        if key is None:
            return message
        name = _normal(key.group(1))
        first = _earlier_key(lines, line, name)
        if first is None:
            return f"key {name!r} is given a value twice (line {line} repeats it)"
        return f"key {name!r} is given twice, on lines {first} and {line}"
    if _DECLARED_TWICE.match(message):
        header = _HEADER.match(lines[line - 1])
        if header is None:
            return message
        name = _normal(header.group(2))
        for number in range(line - 1, 0, -1):
            earlier = _HEADER.match(lines[number - 1])
            if earlier and earlier.group(1) == "[" and _normal(earlier.group(2)) == name:
                return f"table [{name}] is declared twice, on lines {number} and {line}"
        return f"table [{name}] is declared twice (line {line} repeats it)"
    return message


def _earlier_key(lines: list[str], line: int, name: str) -> int | None:
    """The line, above ``line`` in the same table, where the key ``name`` was given."""
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if _HEADER.match(text):
            return None  # a table header: the key above it belongs to another table
        key = _KEY.match(text)
        if key is not None and _normal(key.group(1)) == name:
            return number
    return None


def _normal(key: str) -> str:
    """A dotted key as TOML reads it: no spaces around its dots, and ``"id"`` or ``'id'``
    the same key as ``id`` (quotes holding an escape are kept as written)."""
    unquoted = re.sub(r"\"([^\"\\]*)\"|'([^']*)'", lambda m: m.group(1) or m.group(2) or "", key)
    return re.sub(r"\s*\.\s*", ".", unquoted.strip())


def spacing_note(value: str, options: tuple[str, ...] | list[str]) -> str:
    """``; 'Oslo ' has a trailing space`` when ``value`` matches one of ``options`` but
    for spaces around it (which an error message does not show), else ``""``."""
    for option in options:
        if option != value and option.strip() == value.strip():
            odd = option if option.strip() != option else value
            return f"; {odd!r} has {_where_spaces(odd)}"
    return ""


def _where_spaces(text: str) -> str:
    leading, trailing = text != text.lstrip(), text != text.rstrip()
    if leading and trailing:
        return "spaces before and after it"
    return "a leading space" if leading else "a trailing space"
