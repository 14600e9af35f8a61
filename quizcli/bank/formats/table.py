"""Spreadsheets in and out: CSV and TSV with a header row, Anki's plain-text note export
(basic and cloze notes) and Kahoot's question template saved as CSV.

Column names and their synonyms are listed in docs/import-export.md; a cell that holds a
list (choices, several right answers, accepted spellings, tags) separates items with ``|``
(``\\|`` for a literal bar). Excel's ways of saving (UTF-8 with a byte-order mark, ``;`` as
separator, CRLF line ends, Windows-1252) are all read.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Callable, Iterator, Sequence

from quizcli.bank.formats.common import (
    HTML_TAGS,
    Exported,
    Parsed,
    Table,
    error,
    html_to_text,
    media_reason,
    number_text,
    one_line,
    slug,
    tidy,
)
from quizcli.model import (
    ChoiceQuestion,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
)

# Normalised header name -> field. Headers are folded to lowercase words ("Wrong answer 2"
# -> "wrong answer 2"); any header starting with "wrong", "incorrect" or "distractor" is a
# wrong answer.
COLUMNS = {
    "id": "id",
    "name": "id",
    "question": "question",
    "question text": "question",
    "prompt": "question",
    "q": "question",
    "front": "question",
    "answer": "answer",
    "answers": "answer",
    "correct": "answer",
    "correct answer": "answer",
    "correct answers": "answer",
    "right answer": "answer",
    "back": "answer",
    "a": "answer",
    "choices": "choices",
    "options": "choices",
    "kind": "kind",
    "type": "kind",
    "question type": "kind",
    "difficulty": "difficulty",
    "level": "difficulty",
    "tags": "tags",
    "tag": "tags",
    "category": "tags",
    "categories": "tags",
    "topic": "tags",
    "explanation": "explanation",
    "feedback": "explanation",
    "notes": "explanation",
    "hint": "hint",
    "accept": "accept",
    "also accept": "accept",
    "alternatives": "accept",
    "tolerance": "tolerance",
    "margin": "tolerance",
    "unit": "unit",
    "units": "unit",
    "group": "group",
    "reject": "reject",
    "never accept": "reject",
}
KIND_NAMES = {
    "choice": "choice",
    "multiple choice": "choice",
    "mc": "choice",
    "multiple": "choice",
    "multi": "multi",
    "multiple answer": "multi",
    "truefalse": "truefalse",
    "true false": "truefalse",
    "tf": "truefalse",
    "boolean": "truefalse",
    "order": "order",
    "ordering": "order",
    "number": "number",
    "numerical": "number",
    "numeric": "number",
    "time": "time",
    "text": "text",
    "short answer": "text",
    "shortanswer": "text",
}
MAX_TYPED_ANSWER = 120
_HTMLISH = re.compile(rf"</?(?:{HTML_TAGS})\b[^<>]*>|&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);", re.I)
_ITEM_TOKEN = re.compile(r"\\\\|\\\||\||[^\\|]+|\\")
_ITEM_ESCAPES = {"\\\\": "\\", "\\|": "|"}
_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.S)


def _norm(header: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", header.lower()))


def cell_text(cell: str) -> str:
    """A cell's text, HTML turned to plain text when it holds any."""
    return html_to_text(cell) if _HTMLISH.search(cell) else tidy(cell)


def split_items(cell: str) -> list[str]:
    """The ``|``-separated items of a cell (``\\|`` is a bar, ``\\\\`` a backslash)."""
    if not cell.strip():
        return []
    items: list[str] = []
    current: list[str] = []
    for token in _ITEM_TOKEN.findall(cell):
        if token == "|":
            items.append("".join(current))
            current = []
        else:
            current.append(_ITEM_ESCAPES.get(token, token))
    items.append("".join(current))
    return [cell_text(item) for item in items]


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","


def _rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(line where the row starts, cells) for every row of the text."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error:
            row = []
        yield line, row
        line = reader.line_num + 1


def read_csv(text: str, name: str) -> Parsed:
    """A CSV file whose first row names the columns."""
    return _read_table(text, _delimiter(text), name)


def read_tsv(text: str, name: str) -> Parsed:
    """A TSV file whose first row names the columns."""
    return _read_table(text, "\t", name)


def _read_table(text: str, delimiter: str, name: str) -> Parsed:
    parsed = Parsed()
    rows = _rows(text, delimiter)
    header: list[str | None] | None = None
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [COLUMNS.get(_norm(cell), _wrong_or_none(_norm(cell))) for cell in row]
            for needed, names in (("question", "question, prompt"), ("answer", "answer, back")):
                if needed not in header:
                    raise error(name, f"the header row names no {needed} column ({names}...)", line)
            continue
        fields: dict[str, str] = {}
        wrong: list[str] = []
        for field, cell in zip(header, row, strict=False):
            if field == "wrong":
                wrong.extend(split_items(cell))
            elif field is not None and cell.strip():
                fields[field] = cell
        _row(parsed, line, fields, wrong)
    return parsed


def _wrong_or_none(header: str) -> str | None:
    return "wrong" if header.startswith(("wrong", "incorrect", "distractor")) else None


def _row(parsed: Parsed, line: int, fields: dict[str, str], wrong: list[str]) -> None:
    title = fields.get("id")
    raw = " ".join(fields.values())
    media = media_reason(raw)
    if media:
        parsed.skip(line, title, media)
        return
    prompt = cell_text(fields.get("question", ""))
    answers = split_items(fields.get("answer", ""))
    if not prompt or not answers:
        parsed.skip(line, title, "no question text" if not prompt else "no answer")
        return
    table: Table = {"prompt": prompt}
    for key in ("difficulty", "explanation", "hint", "unit"):
        if key in fields:
            value = cell_text(fields[key])
            table[key] = value.lower() if key == "difficulty" else value
    if "group" in fields:
        table["group"] = slug(fields["group"]) or fields["group"]
    # Tags are separated by | or, in a cell without a |, by commas ("geo, europe").
    tags = split_items(fields.get("tags", ""))
    if len(tags) == 1:
        tags = tags[0].split(",")
    if any(tag.strip() for tag in tags):
        table["tags"] = [tag.strip() for tag in tags if tag.strip()]
    choices = split_items(fields.get("choices", ""))
    kind = KIND_NAMES.get(_norm(fields.get("kind", "")), fields.get("kind", "").strip())
    problem = _fill(table, kind, answers, choices, wrong, fields)
    if problem:
        parsed.skip(line, title, problem)
    else:
        parsed.add(line, title, table)


def _fill(
    table: Table,
    kind: str,
    answers: list[str],
    choices: list[str],
    wrong: list[str],
    fields: dict[str, str],
) -> str | None:
    """Put the kind and its answer fields in ``table``; the reason when they do not fit."""
    if not kind:
        if choices or wrong:
            kind = "multi" if len(answers) > 1 else "choice"
        elif answers[0].lower() in ("true", "false") and len(answers) == 1:
            kind = "truefalse"
        elif len(answers) == 1 and _number(answers[0]) is not None:
            kind = "number"
        else:
            kind = "text"
    if kind == "choice" and len(answers) > 1:
        kind = "multi"
    table["kind"] = kind
    if kind in ("choice", "multi"):
        table["choices"] = choices or [*answers, *wrong]
        table["answer"] = answers[0] if kind == "choice" else answers
    elif kind == "truefalse":
        if answers[0].lower() not in ("true", "false", "t", "f"):
            return f"a true/false answer must be true or false, not {answers[0]!r}"
        table["answer"] = answers[0].lower().startswith("t")
    elif kind == "order":
        table["answer"] = answers
    elif kind == "number":
        value = _number(answers[0])
        if value is None:
            return f"answer {answers[0]!r} is not a number"
        table["answer"] = value
    elif kind in ("time", "text"):
        table["answer"] = answers[0]
        accept = [*answers[1:], *split_items(fields.get("accept", ""))]
        if kind == "text" and accept:
            table["accept"] = accept
        if kind == "text" and fields.get("reject"):
            table["reject"] = split_items(fields["reject"])
    if "tolerance" in fields:
        tolerance = _number(fields["tolerance"])
        if tolerance is None:
            return f"tolerance {fields['tolerance']!r} is not a number"
        table["tolerance"] = tolerance
    return None


def _number(text: str) -> int | float | None:
    cleaned = text.strip()
    if re.fullmatch(r"[+-]?[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})", cleaned):  # a decimal comma
        cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    if value != value or value in (float("inf"), float("-inf")):
        return None
    return int(value) if re.fullmatch(r"[+-]?[0-9]+", cleaned) else number_text(value)


# --- Kahoot ---------------------------------------------------------------------------------

_KAHOOT_HEADER = re.compile(r"question.*answer 1.*correct answer", re.I | re.S)


def is_kahoot(head: str) -> bool:
    """True when the text has Kahoot's template header (Question, Answer 1..., Correct...)."""
    return any(_KAHOOT_HEADER.search(line) for line in head.split("\n")[:30])


def _kahoot_columns(lowered: list[str]) -> dict[str, int] | None:
    """Where each field is, when ``lowered`` is the template's header row."""
    if not any(c.startswith("answer 1") for c in lowered) or not any(
        c.startswith("correct answer") for c in lowered
    ):
        return None
    columns: dict[str, int] = {}
    for index, cell in enumerate(lowered):
        for key in ("question", "answer 1", "answer 2", "answer 3", "answer 4"):
            if cell.startswith(key):
                columns[key] = index
        if cell.startswith("time limit"):
            columns["time"] = index
        if cell.startswith("correct answer"):
            columns["correct"] = index
    return columns


def _get(row: list[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    return row[index] if index is not None and index < len(row) else ""


def read_kahoot(text: str, name: str) -> Parsed:
    """Kahoot's quiz template saved as CSV: question, answers 1-4, time, right answers."""
    parsed = Parsed()
    delimiter = _delimiter(next((x for x in text.split("\n") if is_kahoot(x)), text))
    columns: dict[str, int] | None = None
    limits: set[str] = set()
    for line, row in _rows(text, delimiter):
        if columns is None:
            columns = _kahoot_columns([cell.strip().lower() for cell in row])
            continue
        prompt = cell_text(_get(row, columns, "question"))
        if not prompt:
            continue
        slots = [cell_text(_get(row, columns, f"answer {n}")) for n in range(1, 5)]
        picks = re.findall(r"[0-9]+", _get(row, columns, "correct"))
        if not picks:
            parsed.skip(line, None, "no correct answer given")
            continue
        bad = [int(p) for p in picks if not 1 <= int(p) <= 4 or not slots[int(p) - 1]]
        if bad:
            parsed.skip(line, None, f"correct answer {bad[0]} is not one of the answers")
            continue
        right = list(dict.fromkeys(slots[int(p) - 1] for p in picks))
        table: Table = {"prompt": prompt, "choices": [slot for slot in slots if slot]}
        table["kind"] = "choice" if len(right) == 1 else "multi"
        table["answer"] = right[0] if len(right) == 1 else right
        parsed.add(line, None, table)
        if _get(row, columns, "time").strip():
            limits.add(_get(row, columns, "time").strip())
    if columns is None:
        raise error(name, "no Kahoot header row (Question, Answer 1...4, Correct answer(s))")
    if limits:
        listed = ", ".join(sorted(limits, key=lambda x: (len(x), x)))
        parsed.notes.append(
            f"Kahoot time limits ({listed} s) are not kept: a quizcli bank has no per-question "
            "time; play with --time-limit SECONDS instead"
        )
    return parsed


# --- Anki ------------------------------------------------------------------------------------

_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|"}
_SEPARATORS["colon"] = ":"


def read_anki(text: str, name: str) -> Parsed:
    """Anki's "Notes in Plain Text" export: basic notes and cloze notes, tags kept."""
    parsed = Parsed()
    headers: dict[str, str] = {}
    lines = text.split("\n")
    skip = 0
    for header_line in lines:
        found = re.match(r"#([a-z ]+):(.*)", header_line.rstrip("\r"))
        if not found:
            break
        headers[found.group(1).strip()] = found.group(2).strip()
        skip += 1
    separator = headers.get("separator", "tab")
    delimiter = _SEPARATORS.get(separator.lower(), separator[:1] or "\t")
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
    for line, row in _rows(body, delimiter):
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
        raw = " ".join(fields)
        media = media_reason(raw)
        if media:
            parsed.skip(line, None, media)
            continue
        clean = cell_text if html else tidy
        if "cloze" in notetype.lower() or (fields and _CLOZE.search(fields[0])):
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


# --- export ----------------------------------------------------------------------------------

EXPORT_COLUMNS = ["id", "kind", "question", "answer", "choices", "accept", "reject"]
EXPORT_COLUMNS += ["tolerance", "unit", "difficulty", "tags", "group", "explanation", "hint"]


def _cell(text: str) -> str:
    """Text that import would read as HTML (a tag, an entity) with its < and & escaped."""
    return html.escape(text, quote=False) if _HTMLISH.search(text) else text


def _join(items: Sequence[str]) -> str:
    return "|".join(_cell(item).replace("\\", "\\\\").replace("|", "\\|") for item in items)


def _answer(question: Question) -> str:
    if isinstance(question, MultiQuestion | OrderQuestion):
        return _join(question.answer)
    if isinstance(question, TrueFalseQuestion):
        return "true" if question.answer else "false"
    if isinstance(question, NumberQuestion):
        return str(question.answer)
    return _join([question.answer])


def _export_row(question: Question) -> list[str]:
    choices = question.choices if isinstance(question, ChoiceQuestion | MultiQuestion) else ()
    accept = question.accept if isinstance(question, TextQuestion) else ()
    reject = question.reject if isinstance(question, TextQuestion) else ()
    tolerance = getattr(question, "tolerance", 0)
    unit = question.unit if isinstance(question, NumberQuestion) else None
    return [
        question.id,
        question.kind.value,
        _cell(question.prompt),
        _answer(question),
        _join(choices),
        _join(accept),
        _join(reject),
        str(tolerance) if tolerance else "",
        unit or "",
        question.difficulty.value,
        _join(question.tags) + ("|" if any("," in tag for tag in question.tags) else ""),
        question.group or "",
        _cell(question.explanation or ""),
        _cell(question.hint or ""),
    ]


def _write(questions: Sequence[Question], delimiter: str) -> Exported:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for question in questions:
        writer.writerow(_export_row(question))
    notes = []
    dropped = sum(1 for q in questions if q.quote or q.attribution or q.source)
    if dropped:
        notes.append(f"quotations and sources have no column: dropped ({dropped} questions)")
    return Exported(out.getvalue(), [], notes)


def write_csv(questions: Sequence[Question], set_title: str) -> Exported:
    """Every question as a CSV row, with the columns ``quizcli import`` reads back."""
    return _write(questions, ",")


def write_tsv(questions: Sequence[Question], set_title: str) -> Exported:
    """Every question as a TSV row, with the columns ``quizcli import`` reads back."""
    return _write(questions, "\t")
