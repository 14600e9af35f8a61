"""Issue 20: the matching examples of docs/bank-format.md, graded as written.

The table is read from the document itself, so the document and the grader cannot drift:
every row is a question built from its columns and a typed answer read as the plain asker
reads it, and the verdict must be the one the row states.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizcli.grading import grade, parse_number, parse_time
from quizcli.model import (
    Mark,
    NumberQuestion,
    Outcome,
    Question,
    Response,
    TextQuestion,
    TimeQuestion,
)

DOC = Path(__file__).resolve().parents[1] / "docs" / "bank-format.md"
HEADER = "| Kind | Typed | Right answer | `accept` | `reject` | Verdict |"


def rows() -> list[tuple[str, str, str, tuple[str, ...], tuple[str, ...], bool]]:
    """(kind, typed, right answer, accept, reject, right?) for each row of the table."""
    lines = DOC.read_text(encoding="utf-8").split(HEADER, 1)[1].splitlines()[2:]
    table = []
    for line in lines:
        if not line.startswith("|"):
            break
        kind, typed, answer, accept, reject, verdict = (
            cell.strip() for cell in line.strip().strip("|").split("|")
        )

        def spellings(cell: str) -> tuple[str, ...]:
            return tuple(s.strip() for s in cell.strip("`").split(";") if s.strip())

        assert re.match(r"(right|wrong)\b", verdict), line
        table.append(
            (
                kind,
                typed.strip("`"),
                answer.strip("`"),
                spellings(accept),
                spellings(reject),
                verdict.startswith("right"),
            )
        )
    return table


ROWS = rows()


def test_the_table_holds_every_case_the_issue_names() -> None:
    typed = {row[1] for row in ROWS}
    named = {
        "spots", "conference", "changes", "fixed", "taunt", "daunt", "Pullen", "Cullen",
        "Hooker", "Ronald Kemoi", "Anders Mol", "Christian Sørum", "Los Angeles, California",
        "fourth", "four", "4th place", "13 mins and 13.66 secs", "13:13,66",
    }  # fmt: skip
    assert named <= typed, named - typed


def question(kind: str, answer: str, accept: tuple[str, ...], reject: tuple[str, ...]) -> Question:
    if kind == "text":
        return TextQuestion(id="q", prompt="?", answer=answer, accept=accept, reject=reject)
    if kind == "number":
        return NumberQuestion(id="q", prompt="?", answer=parse_number(answer))
    assert kind == "time"
    return TimeQuestion(id="q", prompt="?", answer=answer, seconds=parse_time(answer))


@pytest.mark.parametrize(("kind", "typed", "answer", "accept", "reject", "right"), ROWS)
def test_every_row_of_the_documented_table_holds(
    kind: str,
    typed: str,
    answer: str,
    accept: tuple[str, ...],
    reject: tuple[str, ...],
    right: bool,
) -> None:
    value: str | float = typed
    if kind == "number":
        value = parse_number(typed)
    elif kind == "time":
        value = parse_time(typed)
    verdict = grade(question(kind, answer, accept, reject), Response(Outcome.ANSWERED, value))
    assert (verdict.mark is Mark.RIGHT) is right
