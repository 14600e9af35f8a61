"""Spreadsheets in and out: CSV and TSV with a header row, and the cell and row helpers
that the Anki and Kahoot readers (:mod:`.anki`, :mod:`.kahoot`) share.

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
from collections.abc import Iterator, Sequence

from quizcli.bank.formats.common import (
    HTML_TAGS,
    Exported,
    Parsed,
    Table,
    error,
    html_to_text,
    media_reason,
    number_text,
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
_HTMLISH = re.compile(rf"</?(?:{HTML_TAGS})\b[^<>]*>|&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);", re.I)
_ITEM_TOKEN = re.compile(r"\\\\|\\\||\||[^\\|]+|\\")
_ITEM_ESCAPES = {"\\\\": "\\", "\\|": "|"}


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


def delimiter_of(text: str) -> str:
    """The separator of a spreadsheet's header line: the most frequent of , ; and tab."""
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","


def names_columns(head: str) -> bool:
    """True when the first row of ``head`` names at least one column quizcli knows."""
    first = next((line for line in head.split("\n") if line.strip()), "")
    try:
        row = next(csv.reader(io.StringIO(first, newline=""), delimiter=delimiter_of(first)), [])
    except csv.Error:
        return False
    return any(_norm(cell) in COLUMNS or _wrong_or_none(_norm(cell)) for cell in row)


def rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
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
    return _read_table(text, delimiter_of(text), name)


def read_tsv(text: str, name: str) -> Parsed:
    """A TSV file whose first row names the columns."""
    return _read_table(text, "\t", name)


def _read_table(text: str, delimiter: str, name: str) -> Parsed:
    parsed = Parsed()
    header: list[str | None] | None = None
    for line, row in rows(text, delimiter):
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
        for field, raw in zip(header, row, strict=False):
            cell = uninert(raw)
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


# A cell a spreadsheet would run as a formula starts with one of these (OWASP's list, as
# ``scores --export`` writes them); quotes before one are the escape itself, doubled.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")
_INERT = re.compile(r"'(?='*[=+\-@\t\r])")


def inert(cell: str) -> str:
    """A cell no spreadsheet runs as a formula (``=HYPERLINK(...)``, ``=1+1``, ``-40``): a
    leading ``'``, which spreadsheets show as text and :func:`uninert` takes off again."""
    return f"'{cell}" if _FORMULA.match(cell) else cell


def uninert(cell: str) -> str:
    """The cell as it was before :func:`inert`."""
    return cell[1:] if _INERT.match(cell) else cell


def _write(questions: Sequence[Question], delimiter: str) -> Exported:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(EXPORT_COLUMNS)
    for question in questions:
        writer.writerow([inert(cell) for cell in _export_row(question)])
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
