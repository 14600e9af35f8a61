"""A bank document (``quizcli.bank.dump.to_document``) written as TOML text.

Only what bank documents hold: strings, booleans, integers, floats, lists of those, the
``[set]`` table and arrays of tables. Strings are TOML basic strings with every control and
invisible character escaped, so quoted text with markup or terminal escapes stays inert data.
"""

from __future__ import annotations

import re
from typing import Any

# Quotes and backslashes; control characters (C0, DEL, C1); and the invisible characters a
# terminal would act on or hide (bidi overrides, zero-width marks, line separators), so a
# draft printed on a terminal shows the article's text as it is. All come back on loading.
_SPECIAL = re.compile(
    '["\\\\\x00-\x1f\x7f-\x9f\xad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]'
)
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\b": "\\b",
    "\f": "\\f",
}


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string."""
    return '"' + _SPECIAL.sub(_escape, text) + '"'


def _escape(match: re.Match[str]) -> str:
    """The TOML escape of one special character."""
    char = match[0]
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def toml_value(value: Any) -> str:
    """One value: a string, a boolean, a number or a one-line list of them."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def dumps(document: dict[str, Any], header: str = "") -> str:
    """The document as TOML: top-level keys, then tables, then arrays of tables."""
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    if lines:
        lines.append("")
    tables: list[tuple[str, dict[str, Any]]] = []
    arrays: list[tuple[str, list[dict[str, Any]]]] = []
    for key, value in document.items():
        if isinstance(value, dict):
            tables.append((key, value))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            arrays.append((key, value))
        else:
            lines.append(f"{key} = {toml_value(value)}")
    for key, table in tables:
        lines += ["", f"[{key}]", *(f"{k} = {toml_value(v)}" for k, v in table.items())]
    for key, items in arrays:
        for item in items:
            lines += ["", f"[[{key}]]", *(f"{k} = {toml_value(v)}" for k, v in item.items())]
    return "\n".join(lines) + "\n"
