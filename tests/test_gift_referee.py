"""GIFT export, refereed by an independent parser: gift-pegjs, from the npm registry.

Every bank quizcli can hold goes out through the GIFT exporter and is parsed by gift-pegjs
(run with node): it must find the same questions, with the same prompts, options, right
answers and explanations. The banks: the built-in one, every file of both import corpora
(so every importer's output is exported once more), and a set of texts that GIFT must
escape (a leading ``[html]``, ``%50%``, braces, ``->``, line breaks).

.ci/run installs gift-pegjs into tests/node/ (git-ignored). In CI (CI=true) a missing node
or gift-pegjs fails; elsewhere the test is skipped, saying how to install them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from quizcli.bank.build import build_checked
from quizcli.bank.formats.registry import export, import_file
from quizcli.bank.load import load_bank
from quizcli.model import (
    ChoiceQuestion,
    MultiQuestion,
    NumberQuestion,
    Question,
    QuestionSet,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)

TESTS = Path(__file__).resolve().parent
NODE_DIR = TESTS / "node"
REFEREE = TESTS / "gift_referee.js"
HOW_TO = (
    "the GIFT referee needs node and gift-pegjs: apt-get install nodejs npm && "
    "npm install --prefix tests/node gift-pegjs@1.0.2 (or run .ci/run)"
)


@pytest.fixture(scope="module")
def node() -> str:
    found = shutil.which("node")
    if found is None or not (NODE_DIR / "node_modules" / "gift-pegjs").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(HOW_TO)
        pytest.skip(HOW_TO)
    return found


def tricky_set() -> QuestionSet:
    """Texts GIFT has to escape, in every kind the exporter writes."""
    questions: list[Question] = [
        ChoiceQuestion(
            id="formats",
            prompt="[html] is how a GIFT text starts; which colour?",
            choices=("[plain]blue", "[html]red", "%50% off", "%-100%x", "a -> b"),
            answer="%50% off",
            explanation="[markdown] marks stay text: {braces}, #hash, =equals, ~tilde.",
        ),
        ChoiceQuestion(
            id="symbols",
            prompt="Which one opens a block?\nSecond line: a:b",
            choices=("{", "}", "C#", "C++", "-40", "+40", "\\"),
            answer="{",
        ),
        MultiQuestion(
            id="multi",
            prompt="Pick the %100% ones",
            choices=("%100%yes", "[html]also", "no", "never"),
            answer=("%100%yes", "[html]also"),
        ),
        TrueFalseQuestion(id="tf", prompt="{T} is true/false in GIFT", answer=True),
        NumberQuestion(id="num", prompt="How many? #1", answer=-40, tolerance=0.5),
        TimeQuestion(id="time", prompt="How long?", answer="3:27.65", seconds=207.65, tolerance=1),
        TextQuestion(
            id="text",
            prompt="Name it: =~#",
            answer="[plain]x",
            accept=("%5% more", "Ann"),
            reject=("Bob",),
        ),
    ]
    return QuestionSet(id="tricky", title="Tricky", questions=tuple(questions))


def banks() -> list[QuestionSet]:
    sets = [load_bank(TESTS.parent / "questions" / "paris2024.toml"), tricky_set()]
    for folder in ("import", "import_corpus"):
        for path in sorted((TESTS / "data" / folder).rglob("*")):
            if path.with_name(path.name + ".toml").exists():
                imported = import_file(path, None, "corpus", path.name)
                if imported.bank.questions:
                    sets.append(build_checked(imported.bank))
    return sets


def expected(question: Question) -> dict[str, Any]:
    """What a GIFT parser must find for ``question``."""
    prompt = question.prompt
    seen: dict[str, Any] = {"title": question.id, "explanation": question.explanation}
    match question:
        case ChoiceQuestion():
            seen.update(type="MC", choices=list(question.choices), right=[question.answer])
        case MultiQuestion():
            seen.update(type="MC", choices=list(question.choices), right=list(question.answer))
            seen["right"] = [c for c in question.choices if c in question.answer]
        case TrueFalseQuestion():
            seen.update(type="TF", answer=question.answer)
        case NumberQuestion():
            seen.update(type="Numerical", answer=question.answer, tolerance=question.tolerance)
        case TimeQuestion():
            prompt += " (answer in seconds)"
            seen.update(type="Numerical", answer=question.seconds, tolerance=question.tolerance)
        case TextQuestion():
            right = [question.answer, *question.accept]
            seen.update(type="Short", right=right, wrong=list(question.reject))
    seen["prompt"] = prompt
    return seen


def _text(part: dict[str, Any] | None) -> str | None:
    return None if part is None else str(part["text"])


def found(parsed: dict[str, Any]) -> dict[str, Any]:
    """What gift-pegjs found, in the shape of :func:`expected`."""
    seen: dict[str, Any] = {"title": parsed["title"], "type": parsed["type"]}
    seen["prompt"] = _text(parsed["stem"])
    seen["explanation"] = _text(parsed.get("globalFeedback"))
    choices = parsed.get("choices")
    if parsed["type"] == "MC":
        seen["choices"] = [_text(c["text"]) for c in choices]
        seen["right"] = [_text(c["text"]) for c in choices if _right(c)]
    elif parsed["type"] == "TF":
        seen["answer"] = parsed["isTrue"]
    elif parsed["type"] == "Numerical":
        seen["answer"], seen["tolerance"] = choices["number"], choices["range"]
    elif parsed["type"] == "Short":
        seen["right"] = [_text(c["text"]) for c in choices if _right(c)]
        seen["wrong"] = [_text(c["text"]) for c in choices if not _right(c)]
    return seen


def _right(choice: dict[str, Any]) -> bool:
    weight = choice.get("weight")
    return bool(weight > 0) if weight is not None else bool(choice["isCorrect"])


def test_every_gift_export_reads_the_same_in_gift_pegjs(node: str, tmp_path: Path) -> None:
    exported: dict[str, tuple[QuestionSet, list[Question]]] = {}
    for number, qset in enumerate(banks()):
        result = export(qset, "gift")
        skipped = {qid for qid, _ in result.skipped}
        path = tmp_path / f"{number}-{qset.id}.gift"
        path.write_text(result.text, encoding="utf-8")
        exported[str(path)] = (qset, [q for q in qset.questions if q.id not in skipped])
    assert len(exported) > 20
    run = subprocess.run(
        [node, str(REFEREE), *exported],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "NODE_PATH": str(NODE_DIR / "node_modules")},
    )
    verdicts = json.loads(run.stdout)
    problems: list[str] = []
    for path, (qset, questions) in exported.items():
        verdict = verdicts[path]
        if "error" in verdict:
            problems.append(f"{qset.title}: gift-pegjs refused the export: {verdict['error']}")
            continue
        parsed = [q for q in verdict["questions"] if q["type"] != "Category"]
        if len(parsed) != len(questions):
            problems.append(f"{qset.title}: {len(parsed)} questions read, {len(questions)} written")
            continue
        for question, read in zip(questions, parsed, strict=True):
            if found(read) != expected(question):
                problems.append(
                    f"{qset.title}: {question.id}: {found(read)} != {expected(question)}"
                )
    assert not problems, "\n".join(problems)
