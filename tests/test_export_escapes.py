"""Exports that another program (a spreadsheet, Moodle, quizcli itself) reads back as written.

CSV/TSV: a cell starting with ``=``, ``+``, ``-`` or ``@`` is a formula to a spreadsheet;
it is written with a leading ``'``, as ``scores --export`` does, and read back without it.
GIFT: a text starting with ``[html]``-like markers or with ``%50%`` would be read as a
format or a weight; the exporter writes them so that Moodle and quizcli read the text.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from test_gift_referee import tricky_set

from quizcli.bank.build import build_checked
from quizcli.bank.formats.registry import export, import_file
from quizcli.model import ChoiceQuestion, Question, QuestionSet, TextQuestion

FORMULAS = ('=HYPERLINK("http://x","y")', "=1+1", "+41", "-40", "@SUM(A1)", "'=quoted")


def formula_set() -> QuestionSet:
    questions: list[Question] = [
        ChoiceQuestion(
            id="formulas",
            prompt="=1+1",
            choices=FORMULAS,
            answer="=1+1",
            explanation="@home",
            hint="-hint",
        ),
        TextQuestion(id="typed", prompt="+what?", answer="-40", accept=("=x",)),
    ]
    return QuestionSet(id="formulas", title="Formulas", questions=tuple(questions))


def same(questions: tuple[Question, ...]) -> list[tuple[object, ...]]:
    return [
        (q.kind, q.prompt, getattr(q, "choices", None), q.answer, q.explanation, q.hint)
        + (getattr(q, "accept", None), getattr(q, "reject", None))
        for q in questions
    ]


@pytest.mark.parametrize(("format_name", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_table_export_writes_no_formula_cell(
    tmp_path: Path, format_name: str, delimiter: str
) -> None:
    qset = formula_set()
    text = export(qset, format_name).text
    cells = [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]
    assert cells, text
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]
    assert '\'=HYPERLINK("http://x","y")|\'=1+1' not in text  # a list cell: its start only
    path = tmp_path / f"back.{format_name}"
    path.write_text(text, encoding="utf-8")
    back = build_checked(import_file(path).bank)
    assert same(back.questions) == same(qset.questions)


def test_gift_export_reads_back_the_same_in_quizcli(tmp_path: Path) -> None:
    qset = tricky_set()
    result = export(qset, "gift")
    path = tmp_path / "back.gift"
    path.write_text(result.text, encoding="utf-8")
    imported = import_file(path)
    assert imported.skipped == []
    back = build_checked(imported.bank)
    written = tuple(q for q in qset.questions if q.kind.value != "time")
    assert same(tuple(q for q in back.questions if q.id != "time")) == same(written)
