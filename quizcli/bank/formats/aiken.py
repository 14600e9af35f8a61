"""Aiken, Moodle's simplest question format: one-answer choice questions, in and out.

As Moodle's documentation defines it (docs.moodle.org, "Aiken format"): the question on
one line, then options ``A.`` or ``A)`` one a line, then ``ANSWER: X``, which ends the
question (a blank line between questions is usual, not required). The usual mistakes (a
letter that is not an option, no ANSWER line, a blank line inside a question) skip that
question and name the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizcli.bank.formats.common import Exported, Parsed, Table, lost_fields, one_line, tidy
from quizcli.model import ChoiceQuestion, Question

# "A. Option", "A) Option" and "A)Option"; "A.Option" is not one ("U.S. history" is text).
_OPTION = re.compile(r"\s*([A-Za-z])\s*(?:\.\s+|\)\s*)(.*\S)\s*$")
_ANSWER = re.compile(r"\s*ANSWER\s*:\s*(.*?)\s*$", re.I)


def read(text: str, name: str) -> Parsed:
    """Every question of an Aiken file."""
    parsed = Parsed()
    blocks: list[tuple[int, list[str]]] = []
    block: list[str] = []
    start = 0
    for number, line in enumerate([*text.split("\n"), ""], start=1):
        if line.strip():
            if not block:
                start = number
            block.append(line)
            if _ANSWER.match(line):
                # The ANSWER line ends a question, blank line or not (Moodle's own help
                # example has none between questions).
                blocks.append((start, block))
                block = []
        elif block:
            blocks.append((start, block))
            block = []
    index = 0
    while index < len(blocks):
        start, lines = blocks[index]
        index += 1
        has_answer = any(_ANSWER.match(line) for line in lines)
        follows = index < len(blocks) and _continues(blocks[index][1])
        if not has_answer and follows:
            # A blank line split the question: read the two halves as one, and say so.
            gap = start + len(lines)
            lines = lines + blocks[index][1]
            index += 1
            _block(parsed, start, lines, f"a blank line (line {gap}) splits the question")
            continue
        _block(parsed, start, lines, None)
    return parsed


def _continues(lines: list[str]) -> bool:
    """True when a block starts with an option or the ANSWER line (the rest of a question)."""
    return bool(_OPTION.match(lines[0]) or _ANSWER.match(lines[0]))


def _block(parsed: Parsed, start: int, lines: list[str], broken: str | None) -> None:
    question: list[str] = []
    options: dict[str, str] = {}
    answer: tuple[int, str] | None = None
    problem = broken
    for offset, line in enumerate(lines):
        number = start + offset
        option = _OPTION.match(line)
        found = _ANSWER.match(line)
        if found:
            answer = (number, found.group(1))
            if offset != len(lines) - 1 and problem is None:
                problem = f"line {number + 1} comes after the ANSWER line"
            break
        if option and (options or question):
            letter = option.group(1).upper()
            if letter in options and problem is None:
                problem = f"option {letter} is given twice (line {number})"
            options[letter] = option.group(2)
        elif options:
            if problem is None:
                problem = f"line {number} is neither an option (A. or A)) nor ANSWER: X"
        else:
            question.append(line.strip())
    if problem is None and answer is None:
        problem = "no ANSWER: line"
    if problem is None and not options:
        problem = "no options (A. or A) lines)"
    if problem is None and answer is not None:
        letter = answer[1].upper()
        if letter not in options:
            listed = ", ".join(options)
            problem = f"ANSWER {answer[1]!r} (line {answer[0]}) is not one of the options {listed}"
    if problem is not None or answer is None:
        parsed.skip(start, None, problem or "no ANSWER: line")
        return
    table: Table = {
        "kind": "choice",
        "prompt": tidy("\n".join(question)),
        "choices": list(options.values()),
        "answer": options[answer[1].upper()],
    }
    parsed.add(start, None, table)


def write(questions: Sequence[Question], set_title: str) -> Exported:
    """The choice questions as Aiken; every other kind is left out and named."""
    out: list[str] = []
    skipped: list[tuple[str, str]] = []
    written: list[Question] = []
    for question in questions:
        if not isinstance(question, ChoiceQuestion):
            skipped.append((question.id, f"Aiken holds only choice questions, not {question.kind}"))
            continue
        out.append(one_line(question.prompt))
        for letter, choice in zip("ABCDEFGH", question.choices, strict=False):
            out.append(f"{letter}. {one_line(choice)}")
        out.append(f"ANSWER: {'ABCDEFGH'[question.choices.index(question.answer)]}")
        out.append("")
        written.append(question)
    fields = {"explanation": "explanations", "hint": "hints", "difficulty": "difficulty"}
    fields.update({"tags": "tags", "quote": "quotations", "source": "sources", "group": "groups"})
    return Exported("\n".join(out), skipped, lost_fields(written, fields, "Aiken"))
