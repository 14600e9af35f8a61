"""``quizcli import``, ``quizcli export`` and ``play --bank FILE.gift``, run as subprocesses
(and one round in a real pseudo-terminal)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from helpers import quizcli, read_the_question, spawn_quizcli

from quizcli.bank.build import build_checked
from quizcli.bank.formats.registry import import_file
from quizcli.bank.load import load_bank
from quizcli.game import Round, RoundOptions
from quizcli.model import ChoiceQuestion, NumberQuestion, TextQuestion, TrueFalseQuestion

CORPUS = Path(__file__).resolve().parent / "data" / "import"
GIFT = CORPUS / "gift" / "features.gift"

SMALL_GIFT = """\
// A small quiz for the command-line tests.
::capital::What is the capital of France? {=Paris ~Lyon ~Nice}

::sun::The Sun is a star. {T}

::legs::How many legs has a spider? {#8}

::bard::Who wrote Hamlet? {=Shakespeare =William Shakespeare}

::essay::Write about Paris. {}
"""


def small_gift(folder: Path) -> Path:
    path = folder / "small.gift"
    path.write_text(SMALL_GIFT, encoding="utf-8")
    return path


def test_import_writes_to_the_user_folder_where_list_sees_it(
    tmp_path: Path, isolated_home: Path
) -> None:
    result = quizcli("import", str(small_gift(tmp_path)))
    assert result.returncode == 0, result.stderr
    target = isolated_home / "questions" / "small.toml"
    assert result.stdout.splitlines() == [
        f"Imported 4 questions from {tmp_path / 'small.gift'} (gift): "
        "1 choice, 1 truefalse, 1 number, 1 text; skipped 1.",
        f"Wrote {target} (set small).",
    ]
    assert result.stderr.splitlines() == [
        f"{tmp_path / 'small.gift'}:10: question essay: skipped: "
        "an essay question has no answer to check"
    ]
    validated = quizcli("validate", str(target))
    assert validated.returncode == 0, validated.stdout
    listed = json.loads(quizcli("list", "--json").stdout)
    assert [s["id"] for s in listed] == ["paris2024", "small"]


def test_import_json_prints_one_object(tmp_path: Path) -> None:
    out = tmp_path / "out.toml"
    result = quizcli("import", str(GIFT), "-o", str(out), "--json", "--set-id", "rivers")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {
        "output": str(out),
        "format": "gift",
        "imported": 20,
        "kinds": {"choice": 4, "multi": 1, "truefalse": 10, "number": 3, "text": 2},
        "skipped": [
            {"line": 73, "id": "matching", "reason": report["skipped"][0]["reason"]},
            {"line": 75, "id": "essay", "reason": "an essay question has no answer to check"},
            {"line": 77, "id": "description", "reason": "a description has no answer to give"},
            {"line": 80, "id": "with-image", "reason": report["skipped"][3]["reason"]},
            {"line": 83, "id": "same-options", "reason": report["skipped"][4]["reason"]},
        ],
    }
    assert result.stderr == ""
    assert load_bank(out).id == "rivers"


def test_strict_refuses_a_file_with_skips_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.toml"
    result = quizcli("import", str(small_gift(tmp_path)), "-o", str(out), "--strict", "--json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert (report["output"], report["imported"], len(report["skipped"])) == (None, 4, 1)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "small.gift"]  # no temporary file left


def test_an_existing_bank_is_kept_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out.toml"
    out.write_text("mine", encoding="utf-8")
    source = small_gift(tmp_path)
    result = quizcli("import", str(source), "-o", str(out))
    assert result.returncode == 1
    assert result.stderr == f"Error: {out} already exists; add --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "mine"
    forced = quizcli("import", str(source), "-o", str(out), "--force", "--title", "Small quiz")
    assert forced.returncode == 0, forced.stderr
    assert load_bank(out).title == "Small quiz"


def test_a_file_with_no_usable_question_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "none.gift"
    path.write_text("::e::Write. {}\n\n::m::Match {=a -> b =c -> d}\n", encoding="utf-8")
    result = quizcli("import", str(path), "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["output"] is None
    assert json.loads(result.stdout)["imported"] == 0
    assert not list((tmp_path).glob("*.toml"))


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (b"\x00\x01binary", "x.gift", "is a binary file, not GIFT text"),
        (b"::a::caf\xe9 {T}\n", "x.gift", "x.gift:1: is not UTF-8 text"),
        (
            (CORPUS / "moodle-xml" / "external-entity.xml").read_bytes(),
            "x.xml",
            "refused: the XML declares entities",
        ),
    ],
)
def test_bad_input_is_one_line_and_no_traceback(
    tmp_path: Path, content: bytes, name: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = quizcli("import", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and expected in result.stderr
    assert "Traceback" not in result.stderr


def test_cp1252_csv_imports_and_says_which_encoding(tmp_path: Path) -> None:
    result = quizcli("import", str(CORPUS / "csv" / "cp1252.csv"), "-o", str(tmp_path / "c.toml"))
    assert result.returncode == 0, result.stderr
    assert "read as Windows-1252 (cp1252)" in result.stderr
    assert "café au lait" in (tmp_path / "c.toml").read_text(encoding="utf-8")


def test_from_overrides_detection_and_unknown_formats_are_usage_errors(tmp_path: Path) -> None:
    path = tmp_path / "quiz.txt"
    path.write_text("Q?\nA. x\nB. y\nANSWER: A\n", encoding="utf-8")
    as_aiken = quizcli("import", str(path), "--from", "aiken", "-o", str(tmp_path / "a.toml"))
    assert as_aiken.returncode == 0, as_aiken.stderr
    wrong = quizcli("import", str(path), "--from", "word")
    assert wrong.returncode == 2
    assert "'word' is not one of: gift, moodle-xml" in wrong.stderr
    bad_id = quizcli("import", str(path), "--set-id", "Not A Slug")
    assert bad_id.returncode == 2


def test_export_to_stdout_and_to_a_file(tmp_path: Path) -> None:
    result = quizcli("export", "paris2024", "--to", "aiken")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("ANSWER: ") > 5
    assert "Exported" in result.stderr and "to stdout" in result.stderr
    assert "skipped: Aiken holds only choice questions, not order" in result.stderr
    out = tmp_path / "paris.xml"
    written = quizcli("export", "paris2024", "--to", "moodle-xml", "-o", str(out))
    assert written.returncode == 0, written.stderr
    again = quizcli("export", "paris2024", "--to", "moodle-xml", "-o", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr
    # The written file imports back.
    back = build_checked(import_file(out).bank)
    assert len(back.questions) > 40


def test_export_of_an_unknown_set_and_an_unknown_format(tmp_path: Path) -> None:
    missing = quizcli("export", "nope", "--to", "gift")
    assert missing.returncode == 1 and "no set 'nope'" in missing.stderr
    bad = quizcli("export", "paris2024", "--to", "kahoot")
    assert bad.returncode == 2


def test_play_bank_gift_plays_the_converted_file_and_caches_it(
    tmp_path: Path, isolated_home: Path
) -> None:
    path = small_gift(tmp_path)
    answers = "".join(f"{typed}\n" for typed in right_answers(path, count=10, seed=1))
    first = quizcli("play", "small", "--bank", str(path), "--seed", "1", input=answers)
    assert first.returncode == 0, first.stderr
    assert "Round over: small" in first.stdout
    assert "4 right" in first.stdout
    entries = list((isolated_home / "cache" / "banks").glob("*.bank"))
    assert len(entries) == 2  # paris2024 and the converted GIFT file
    second = quizcli("play", "small", "--bank", str(path), "--seed", "1", input=answers)
    assert second.returncode == 0 and "4 right" in second.stdout
    assert list((isolated_home / "cache" / "banks").glob("*.bank")) == entries


def test_play_bank_of_a_file_with_no_usable_question_fails_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "none.gift"
    path.write_text("::e::Write. {}\n", encoding="utf-8")
    result = quizcli("play", "--bank", str(path))
    assert result.returncode == 1
    assert "no question could be imported: an essay question has no answer" in result.stderr
    assert "Traceback" not in result.stderr


def right_answers(path: Path, count: int, seed: int) -> list[str]:
    """What to type, in plain mode, to answer the seeded round of ``path`` right."""
    bank = build_checked(import_file(path).bank)
    game = Round.start(bank, RoundOptions(count=count, seed=seed))
    typed = []
    for number, question in enumerate(game.questions, 1):
        options = list(game.present(question, number, len(game.questions)).options)
        if isinstance(question, ChoiceQuestion):
            typed.append(str(options.index(question.answer) + 1))
        elif isinstance(question, TrueFalseQuestion):
            typed.append("true" if question.answer else "false")
        elif isinstance(question, NumberQuestion | TextQuestion):
            typed.append(str(question.answer))
    return typed


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
def test_an_imported_gift_round_in_a_real_terminal(tmp_path: Path) -> None:
    import pexpect

    path = small_gift(tmp_path)
    bank = build_checked(import_file(path).bank)
    game = Round.start(bank, RoundOptions(count=4, seed=2))
    round_ = [game.present(q, n, 4) for n, q in enumerate(game.questions, 1)]
    child = spawn_quizcli(
        "play",
        "small",
        "--bank",
        str(path),
        "--count",
        "4",
        "--seed",
        "2",
        env={"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40"},
    )
    for presented in round_:
        q = presented.question
        child.expect(f"Question {presented.number} of 4")
        child.expect("Your answer")
        read_the_question()
        if isinstance(q, ChoiceQuestion | TrueFalseQuestion):
            right = q.answer if isinstance(q, ChoiceQuestion) else ("True" if q.answer else "False")
            child.send("\x1b[B" * list(presented.options).index(right) + "\r")
        elif isinstance(q, NumberQuestion | TextQuestion):
            child.send(f"{q.answer}\r")
        child.expect("Right!")
    child.expect("Round over")
    child.expect(r"4 right")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
