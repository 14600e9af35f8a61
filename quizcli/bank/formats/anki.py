"""Anki's "Notes in Plain Text" export: basic notes as text questions, cloze notes as one
fill-in-the-blank question per deletion number, tags kept.

Follows the Anki manual's "Importing" > "Text files" page and its file headers
(``#separator:``, ``#html:``, ``#tags column:``, ``#guid column:``, ``#notetype column:``,
``#deck column:``, ``#tags:``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quizcli.bank.formats.common import (
    Parsed,
    Table,
    media_reason,
    one_line,
    tidy,
    without_media,
)
from quizcli.bank.formats.table import cell_text, rows

MAX_TYPED_ANSWER = 120
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.S)

# In the order Anki tries them on a file without a #separator: header (rslib's
# delimiter_from_reader: the first one found in the first 8 KiB after the header lines).
_SEPARATORS = {"tab": "\t", "pipe": "|", "semicolon": ";", "colon": ":", "comma": ",", "space": " "}
_HEADER = re.compile(r"#([A-Za-z ]+):(.*)")


def header_lines(text: str) -> tuple[dict[str, str], int]:
    """Anki's header lines (``#key:value``, lower-cased keys) and how many lines they take.

    Like Anki, any line starting with ``#`` at the top is a header or a comment.
    """
    headers: dict[str, str] = {}
    count = 0
    for line in text.split("\n"):
        if not line.startswith("#"):
            break
        found = _HEADER.match(line.rstrip("\r"))
        if found:
            headers[found.group(1).strip().lower()] = found.group(2).strip()
        count += 1
    return headers, count


def separator(headers: dict[str, str], body: str) -> str:
    """The separator a ``#separator:`` header names (by name or as the character itself),
    else the one Anki would detect in ``body``."""
    named = headers.get("separator", "")
    if named.lower() in _SEPARATORS:
        return _SEPARATORS[named.lower()]
    if len(named) == 1:
        return named
    sample = body[: 8 * 1024]
    return next((sep for sep in _SEPARATORS.values() if sep in sample), " ")


def read_anki(text: str, name: str) -> Parsed:
    """Anki's "Notes in Plain Text" export: basic notes and cloze notes, tags kept."""
    parsed = Parsed()
    headers, skip = header_lines(text)
    lines = text.split("\n")
    delimiter = separator(headers, "\n".join(lines[skip:]))
    html = headers.get("html", "true").lower() != "false"
    special = {
        int(value) - 1
        for key, value in headers.items()
        if key in ("guid column", "notetype column", "deck column") and value.isdigit()
    }
    tags_at = int(headers["tags column"]) - 1 if headers.get("tags column", "").isdigit() else None
    notetype_at = (
        int(headers["notetype column"]) - 1
        if headers.get("notetype column", "").isdigit()
        else None
    )
    common_tags = headers.get("tags", "").split()
    body = "\n".join([""] * skip + lines[skip:])
    for line, row in rows(body, delimiter):
        if line <= skip or not any(cell.strip() for cell in row):
            continue
        tags = list(common_tags)
        if not headers and len(row) >= 3:
            tags_at = len(row) - 1  # no headers: front, back, ..., tags (Anki's old layout)
        if tags_at is not None and tags_at < len(row):
            tags += row[tags_at].split()
        fields = [
            cell for index, cell in enumerate(row) if index not in special and index != tags_at
        ]
        notetype = row[notetype_at] if notetype_at is not None and notetype_at < len(row) else ""
        cloze = "cloze" in notetype.lower() or bool(fields and _CLOZE.search(fields[0]))
        # Only the fields asked and answered with matter: a sound or an image in another
        # field (an "Extra" or "Audio" field) is left out, the note kept.
        media = media_reason(" ".join(fields[: 1 if cloze else 2]))
        if media:
            parsed.skip(line, None, media)
            continue
        fields = [fields[0], *(without_media(f) for f in fields[1:])] if fields else fields
        clean = cell_text if html else tidy
        if cloze:
            _cloze(parsed, line, fields, tags, clean)
            continue
        if len(fields) < 2 or not fields[1].strip():
            parsed.skip(line, None, "the note has no back to answer with")
            continue
        answer = one_line(clean(fields[1]))
        if len(answer) > MAX_TYPED_ANSWER:
            parsed.skip(line, None, f"the back is {len(answer)} characters: too long to type")
            continue
        table: Table = {"kind": "text", "prompt": clean(fields[0]), "answer": answer}
        if tags:
            table["tags"] = tags
        parsed.add(line, None, table)
    return parsed


def _column(headers: dict[str, str], key: str) -> int | None:
    value = headers.get(key, "")
    return int(value) - 1 if value.isdigit() and int(value) > 0 else None


def _cloze(
    parsed: Parsed, line: int, fields: list[str], tags: list[str], clean: Callable[[str], str]
) -> None:
    """One text question per deletion number: that number blanked, the others shown."""
    text = fields[0]
    numbers = sorted({int(match.group(1)) for match in _CLOZE.finditer(text)})
    if not numbers:
        parsed.skip(line, None, "a cloze note without {{c1::...}} deletions")
        return
    for number in numbers:
        answers: list[str] = []

        def blank(match: re.Match[str], number: int = number, answers: list[str] = answers) -> str:
            """This deletion blanked (its answer noted) or, of another number, shown."""
            if int(match.group(1)) != number:
                return match.group(2)
            answers.append(one_line(clean(match.group(2))))
            return f"___ ({match.group(3)})" if match.group(3) else "___"

        prompt = clean(_CLOZE.sub(blank, text))
        answer = ", ".join(dict.fromkeys(answers))  # one deletion repeated is one answer
        table: Table = {"kind": "text", "prompt": prompt, "answer": answer}
        if len(fields) > 1 and fields[1].strip():
            table["explanation"] = clean(fields[1])
        if tags:
            table["tags"] = tags
        parsed.add(line, None, table)
