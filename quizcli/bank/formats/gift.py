"""GIFT, Moodle's text format for questions, in and out.

Follows Moodle's documentation of the format (docs.moodle.org, "GIFT format"): questions
separated by blank lines, ``//`` comment lines, ``::title::``, ``[html]``-style text
formats, ``$CATEGORY:`` lines, the answer block in braces with ``=``/``~`` answers,
``%50%`` weights, ``#`` feedback, ``####`` general feedback, ``{T}``/``{F}``, ``{#...}``
numerical answers and the ``\\~ \\= \\# \\{ \\} \\:`` escapes. See docs/import-export.md for
how each feature maps to a quizcli question.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence

from quizcli.bank.formats.common import (
    Exported,
    Parsed,
    Table,
    html_to_text,
    lost_fields,
    media_reason,
    number_text,
    tidy,
    without_media,
)
from quizcli.model import (
    ChoiceQuestion,
    MultiQuestion,
    NumberQuestion,
    Question,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)

# Escaped characters become private-use placeholders while the text is split, as Moodle does.
_ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003"}
_ESCAPES.update({"\\{": "\ue004", "\\}": "\ue005", "\\:": "\ue006", "\\n": "\n"})
_RESTORE = {"\ue000": "\\", "\ue001": "~", "\ue002": "=", "\ue003": "#"}
_RESTORE.update({"\ue004": "{", "\ue005": "}", "\ue006": ":"})
_ESCAPE_PATTERN = re.compile(r"\\[\\~=#{}:n]")
_PLACEHOLDERS = re.compile("[\ue000-\ue006]")
_UNESCAPE = re.compile("[\ue000-\ue006]")
_FORMAT = re.compile(r"\s*\[(html|markdown|plain|moodle)\]", re.I)
_TRUEFALSE = re.compile(r"(TRUE|FALSE|T|F)\s*(?:#(.*?))?\s*(?:#(.*))?", re.S | re.I)
_ANSWER = re.compile(r"([=~])\s*(?:%(-?[0-9.]+)%)?([^=~]*)", re.S)


def _protect(text: str) -> str:
    if not text.isascii():
        text = _PLACEHOLDERS.sub("\ufffd", text)
    if "\\" in text:
        text = _ESCAPE_PATTERN.sub(lambda m: _ESCAPES[m.group()], text)
    return text


def _restore(text: str) -> str:
    if text.isascii():
        return text  # the placeholders are not ASCII
    return _UNESCAPE.sub(lambda m: _RESTORE[m.group()], text)


def read(text: str, name: str) -> Parsed:
    """Every question of a GIFT file (``name`` is only for messages)."""
    parsed = Parsed()
    tags: list[str] = []
    block: list[str] = []
    start = 0
    lines = text.split("\n")
    for number, line in enumerate([*lines, ""], start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if stripped:
            if block and stripped.startswith("::") and _closed(block):
                # A new titled question right after a finished one: Moodle wants a blank
                # line between them, but the intent is plain.
                _flush(parsed, block, start, tags)
                block = []
            if not block:
                start = number
            block.append(line)
            continue
        if block:
            tags = _flush(parsed, block, start, tags)
            block = []
    return parsed


def _closed(block: list[str]) -> bool:
    """True when the lines so far hold a whole answer block (an unescaped ``}``)."""
    return "}" in _protect("\n".join(block))


def _flush(parsed: Parsed, block: list[str], start: int, tags: list[str]) -> list[str]:
    """Read one block of lines; the tags for the questions after it."""
    joined = "\n".join(block)
    if joined.lstrip().startswith("$CATEGORY:"):
        first, _, rest = joined.lstrip().partition("\n")
        tags = category_tags(first.split(":", 1)[1])
        if not rest.strip():
            return tags
        joined = rest
        start += 1
    _question(parsed, _protect(joined), start, tags)
    return tags


def category_tags(path: str) -> list[str]:
    """Tags from a Moodle category path: each level, without Moodle's own top levels."""
    parts = [part.strip().replace("\0", "/") for part in path.replace("//", "\0").split("/")]
    return [p for p in parts if p and p not in ("$course$", "$system$", "$module$", "top")]


def _question(parsed: Parsed, text: str, line: int, tags: list[str]) -> None:
    title = None
    body = text.strip()
    if body.startswith("::"):
        end = body.find("::", 2)
        if end != -1:
            title = tidy(_restore(body[2:end])) or None
            body = body[end + 2 :]
    text_format = "moodle"
    found = _FORMAT.match(body)
    if found:
        text_format = found.group(1).lower()
        body = body[found.end() :]
    open_at = body.find("{")
    close_at = body.find("}", open_at + 1) if open_at != -1 else -1
    if open_at == -1 or close_at == -1:
        reason = "a description has no answer to give" if open_at == -1 else "no closing }"
        parsed.skip(line, title, reason)
        return
    before, after = body[:open_at], body[close_at + 1 :]
    blocks = after.count("{")
    if blocks:
        # Moodle reads the first block only and shows the others, answers and all, as text.
        parsed.skip(line, title, f"{blocks + 1} answer blocks; quizcli asks one thing a question")
        return
    answer_text, _, general = body[open_at + 1 : close_at].partition("####")
    # An image in the general feedback only illustrates the explanation: it is dropped.
    media = media_reason(_restore(before + answer_text + after))
    if media:
        parsed.skip(line, title, media)
        return
    general = without_media(general)

    def clean(part: str, *, marker: bool = True) -> str:
        """Raw GIFT text as plain text, by its own format marker (an answer's or a feedback's;
        the question text's was read already), else the question's."""
        own = _FORMAT.match(part) if marker else None
        part_format = own.group(1).lower() if own else text_format
        part = _restore(part[own.end() :] if own else part)
        return html_to_text(part) if part_format in ("html", "moodle") else tidy(part)

    if after.strip():
        prompt = f"{clean(before, marker=False)} ___ {clean(after, marker=False)}".strip()
    else:
        prompt = clean(before, marker=False)
    table: Table = {"prompt": prompt}
    if tags:
        table["tags"] = list(tags)
    if general.strip():
        table["explanation"] = clean(general)
    problem = _answers(table, answer_text.strip(), clean)
    if problem:
        parsed.skip(line, title, problem)
    else:
        parsed.add(line, title, table)


def _answers(table: Table, answer: str, clean: Callable[[str], str]) -> str | None:
    """Fill ``table`` from the answer block; the reason when it cannot be played."""
    if not answer:
        return "an essay question has no answer to check"
    if answer.startswith("#"):
        return _numerical(table, answer[1:])
    truefalse = _TRUEFALSE.fullmatch(answer)
    if truefalse:
        table["kind"] = "truefalse"
        table["answer"] = truefalse.group(1).upper().startswith("T")
        if truefalse.group(3) and "explanation" not in table:
            table["explanation"] = clean(truefalse.group(3))
        return None
    if answer[:1] not in ("=", "~") and "~" not in answer:
        # A short answer whose first right answer has no "=" ({Two}, {Down =Downwards}):
        # Moodle reads what comes before the first "=" as a full-marks answer.
        answer = "=" + answer
    # An empty answer ("~=Lima" is an empty wrong one, then "=Lima") is dropped, as Moodle does.
    answers = [a for a in _split(answer) if a[2]]
    if not answers:
        return f"cannot read the answers {_restore(answer)!r}"
    if all(sign == "=" for sign, _, _, _ in answers) and any("->" in t for _, _, t, _ in answers):
        return "a matching question cannot be played in quizcli"
    texts = [clean(text) for _, _, text, _ in answers]
    if all(sign == "=" for sign, _, _, _ in answers):
        # The wildcard * at 0% is Moodle's catch-all for a feedback to every other answer.
        answers = [a for a in answers if not (a[2] == "*" and a[1] is not None and a[1] <= 0)]
        if any(text == "*" for _, _, text, _ in answers):
            return "a wildcard (*) right answer accepts anything; quizcli cannot check it"
        texts = [clean(text) for _, _, text, _ in answers]
        table["kind"] = "text"
        given = [w for _, w, _, _ in answers]
        right = [t for t, w in zip(texts, given, strict=True) if w is None or w > 0]
        if not right:
            return "no answer is right"
        table["answer"], table["accept"] = right[0], right[1:]
        # A 0% answer is a named wrong one (a near miss): quizcli's reject list.
        table["reject"] = [t for t, w in zip(texts, given, strict=True) if w is not None and w <= 0]
        return None
    weights = [100.0 if sign == "=" and w is None else (w or 0.0) for sign, w, _, _ in answers]
    right = [t for t, w in zip(texts, weights, strict=True) if w > 0]
    full = [t for t, w in zip(texts, weights, strict=True) if w >= 100]
    if not right:
        return "no answer is right (no = and no positive %weight%)"
    table["choices"] = texts
    if len(full) == 1 or len(right) == 1:
        # One answer with full marks is the answer; partial marks on others are dropped.
        table["kind"], table["answer"] = "choice", (full or right)[0]
    else:
        table["kind"], table["answer"] = "multi", right
    feedback = [f for (_, _, _, f), w in zip(answers, weights, strict=True) if w > 0 and f]
    if feedback and "explanation" not in table:
        table["explanation"] = clean(feedback[0])
    return None


def _split(answer: str) -> list[tuple[str, float | None, str, str]]:
    """``=``/``~`` answers: (sign, weight or None, text, feedback)."""
    result: list[tuple[str, float | None, str, str]] = []
    if answer[:1] not in ("=", "~"):
        return result
    for match in _ANSWER.finditer(answer):
        sign, weight, rest = match.groups()
        text, _, feedback = rest.partition("#")
        try:
            value = float(weight) if weight is not None else None
        except ValueError:
            value = None
        result.append((sign, value, text.strip(), feedback.strip()))
    return result


def _numerical(table: Table, answer: str) -> str | None:
    """``{#3.14:0.01}``, ``{#1..5}`` or several ``=`` answers: the first full-marks one."""
    answer = answer.strip()
    if answer.startswith("="):
        candidates = [
            (w, text) for sign, w, text, _ in _split(answer) if sign == "=" and (w is None or w > 0)
        ]
        if not candidates:
            return "no numerical answer is right"
        best = [text for w, text in candidates if w is None or w >= 100] or [candidates[0][1]]
        answer = best[0]
    else:
        answer = answer.partition("#")[0].partition("~")[0]
    answer = _restore(answer).strip()
    try:
        if ".." in answer:
            low_text, high_text = answer.split("..", 1)
            low, high = float(low_text), float(high_text)
            if low > high:
                low, high = high, low
            value, tolerance = (low + high) / 2, (high - low) / 2
        else:
            value_text, _, tolerance_text = answer.partition(":")
            value = float(value_text)
            tolerance = abs(float(tolerance_text)) if tolerance_text.strip() else 0.0
    except ValueError:
        return f"numerical answer {answer!r} is not a number"
    if not (math.isfinite(value) and math.isfinite(tolerance)):
        return f"numerical answer {answer!r} is not a finite number"
    table["kind"] = "number"
    table["answer"] = number_text(value)
    if tolerance:
        table["tolerance"] = number_text(tolerance)
    return None


# --- export -------------------------------------------------------------------------------

_SPECIAL = re.compile(r"([\\~=#{}:])")


def escape(text: str) -> str:
    """Text with GIFT's special characters escaped and line breaks as ``\\n``.

    GIFT has no escape for a leading ``[html]``-style marker: text that starts with one is
    given a ``[plain]`` marker of its own, which readers strip (Moodle reads one marker).
    """
    escaped = _SPECIAL.sub(r"\\\1", text).replace("\n", "\\n")
    return "[plain]" + escaped if _FORMAT.match(text) else escaped


_WEIGHT_LIKE = re.compile(r"\s*%-?[0-9.]*%")


def _option(sign: str, text: str, weight: float | None = None, *, text_kind: bool = False) -> str:
    """One answer: its sign, weight and text. Text that starts like a weight (``%50% off``)
    gets an explicit weight first, which is all a reader takes as one."""
    if weight is None and _WEIGHT_LIKE.match(text):
        # "~%100%" rather than "=%100%": Moodle takes no weight after "=" in a choice.
        weight = 100 if sign == "=" else 0
        sign = sign if text_kind else "~"
    mark = f"%{weight:g}%" if weight is not None else ""
    return f"{sign}{mark}{escape(text)}"


def _number(value: float) -> str:
    return str(number_text(value))


def write(questions: Sequence[Question], set_title: str) -> Exported:
    """The questions as GIFT text, with the ones GIFT cannot hold left out and named."""
    out = [f"// {set_title.replace(chr(10), ' ')}", "// Exported by quizcli.", ""]
    skipped: list[tuple[str, str]] = []
    category: tuple[str, ...] | None = None
    written: list[Question] = []
    for question in questions:
        block = _answer_block(question)
        if block is None:
            skipped.append((question.id, f"GIFT has no {question.kind.value} question"))
            continue
        if isinstance(question, TextQuestion) and any(
            "->" in a for a in (question.answer, *question.accept, *question.reject)
        ):
            skipped.append((question.id, "GIFT reads an answer holding '->' as a matching pair"))
            continue
        if question.tags != category:
            category = question.tags
            path = "/".join(_category_part(tag) for tag in question.tags)
            out += [f"$CATEGORY: $course$/top{'/' + path if path else ''}", ""]
        # Text with < or & is marked [plain], so that Moodle (and quizcli) do not read HTML.
        texts = [question.prompt, *getattr(question, "choices", ()), question.explanation or ""]
        if isinstance(question, TextQuestion):
            texts += [question.answer, *question.accept]
        plain = "[plain]" if any("<" in t or "&" in t for t in texts) else ""
        prompt = escape(question.prompt)
        if not prompt.startswith("[plain]"):
            prompt = plain + prompt
        if isinstance(question, TimeQuestion):
            prompt += " (answer in seconds)"
        lines = block.startswith("\n")
        if question.explanation:
            block += ("\n\t" if lines else "") + "####" + escape(question.explanation)
        end = "\n}" if lines else "}"
        out.append(f"::{question.id}::{prompt} {{{block}{end}")
        out.append("")
        written.append(question)
    fields = {"hint": "hints", "difficulty": "difficulty", "quote": "quotations"}
    fields.update({"attribution": "attributions", "source": "sources", "group": "groups"})
    notes = lost_fields(written, fields, "GIFT")
    units = sum(1 for q in written if isinstance(q, NumberQuestion) and q.unit)
    if units:
        notes.append(f"GIFT has no place for units: not kept for {units} question(s)")
    times = sum(1 for q in written if isinstance(q, TimeQuestion))
    if times:
        notes.append(f"{times} time question(s) written as numerical questions in seconds")
    return Exported("\n".join(out), skipped, notes)


def _category_part(tag: str) -> str:
    """A tag as one level of a category path: ``/`` doubled, and padded with spaces (which
    reading trims) when it starts or ends with one, so the level's edges stay clear."""
    part = tag.replace("/", "//")
    return f" {part} " if part.startswith("/") or part.endswith("/") else part


def _answer_block(question: Question) -> str | None:
    if isinstance(question, ChoiceQuestion):
        marks = [_option("=" if c == question.answer else "~", c) for c in question.choices]
        return "".join(f"\n\t{mark}" for mark in marks)
    if isinstance(question, MultiQuestion):
        right = round(100 / len(question.answer), 5)
        lines = []
        for choice in question.choices:
            weight = right if choice in question.answer else -right
            lines.append(f"\n\t{_option('~', choice, weight)}")
        return "".join(lines)
    if isinstance(question, TrueFalseQuestion):
        return "TRUE" if question.answer else "FALSE"
    if isinstance(question, NumberQuestion):
        return f"#{_number(question.answer)}:{_number(question.tolerance)}"
    if isinstance(question, TimeQuestion):
        return f"#{_number(question.seconds)}:{_number(question.tolerance)}"
    if isinstance(question, TextQuestion):
        spellings = [_option("=", a, text_kind=True) for a in (question.answer, *question.accept)]
        spellings += [_option("=", r, 0, text_kind=True) for r in question.reject]
        return "".join(f"\n\t{mark}" for mark in spellings)
    return None
