"""Import, second edition, at the command line: what import writes and what it says, and
a file of another format played as it is (``play --bank quiz.gift``)."""

from __future__ import annotations

import os
from pathlib import Path

import pexpect
import pytest
from helpers import quizcli, spawn_quizcli
from typer.testing import CliRunner

from quizcli.cli import app

CORPUS = Path(__file__).resolve().parent / "data" / "import_corpus"
GIFT = CORPUS / "gift-empty-wrong-option.gift"


@pytest.mark.parametrize("command", ["play", "daily", "review"])
def test_a_bank_file_alone_is_played_without_naming_its_set(command: str) -> None:
    # The built-in set is loaded too: the --bank file's own set is the one meant.
    args = [command, "--bank", str(GIFT)]
    args += ["--new", "3"] if command == "review" else ["--count", "1"] * (command == "play")
    result = quizcli(*args, input="")
    assert result.returncode == 0, result.stderr
    assert "· gift-empty-wrong-option ·" in result.stdout
    assert "several sets" not in result.stderr


def test_host_with_a_bank_file_alone_opens_a_room_on_its_set() -> None:
    host = spawn_quizcli("host", "--bank", str(GIFT), "--port", "0", "--count", "1")
    host.expect(r"Room open on 127\.0\.0\.1:\d+, join code \d{6}")
    host.sendintr()
    host.expect(pexpect.EOF)
    host.close()
    assert host.exitstatus == 130


def test_several_bank_files_still_need_a_name(tmp_path: Path) -> None:
    other = tmp_path / "other.gift"
    other.write_text("::q::Is water wet? {T}\n", encoding="utf-8")
    result = quizcli("play", "--bank", str(GIFT), "--bank", str(other), input="")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Error: several sets are loaded; name one: quizcli play SET "
        "(sets: gift-empty-wrong-option, other)"
    )


@pytest.mark.parametrize("columns", ["20", "300"])
def test_nothing_imported_is_one_line_on_a_pipe_at_any_width(tmp_path: Path, columns: str) -> None:
    source = tmp_path / ("a-rather-long-name-for-a-quiz-file-" * 3 + ".gift")
    source.write_text("::essay::Write about rivers. {}\n", encoding="utf-8")
    result = quizcli("import", str(source), "-o", str(tmp_path / "out.toml"),
                     env={"COLUMNS": columns})  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[-1] == f"Error: {source}: no question could be imported; nothing written."
    assert len(lines) == 2  # the skip line, then the error
    assert not (tmp_path / "out.toml").exists()


def test_import_writes_nothing_validate_would_refuse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The 64 MiB limit, made small: a 60 MB input made a 74 MB bank that validate refused.
    monkeypatch.setattr("quizcli.bank.load.MAX_BANK_BYTES", 2000)
    source = tmp_path / "big.gift"
    source.write_text(
        "".join(f"::q{n}::Question number {n}? {{=Yes ~No}}\n\n" for n in range(40)),
        encoding="utf-8",
    )
    runner = CliRunner()
    out = tmp_path / "big.toml"
    result = runner.invoke(app, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 1
    assert not out.exists()
    assert "over the 2,000 bytes a bank may hold" in result.output
    assert f"Error: {source}: the bank would be " in result.output
    assert "nothing written (split the file and import the parts)" in result.output
    # Under the limit, what is written passes validate.
    source.write_text("::q::Is it small? {=Yes ~No}\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0
    assert os.path.getsize(out) <= 2000


def kahoot_workbook(path: Path) -> Path:
    """A workbook laid out as Kahoot's own quiz template: a title and instructions above
    the header row (Question, Answer 1-4, Time limit, Correct answer(s)), numbers as
    numbers, several right answers as "1,3"."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Quiz template"])
    sheet.append(["Add questions, at least two answer alternatives and one correct answer."])
    sheet.append([])
    sheet.append(
        ["Question - max 120 characters", "Answer 1 - max 75 characters",
         "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
         "Answer 4 - max 75 characters",
         "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
         "Correct answer(s) - choose at least one"]
    )  # fmt: skip
    sheet.append(["Which ocean is the largest?", "Pacific", "Atlantic", "Indian", None, 20, 1])
    sheet.append(["Which are oceans?", "Southern", "Caspian", "Arctic", "Baltic", 30.0, "1,3"])
    sheet.append(["How many legs has a spider?", 6, 8, 10, None, 20, 2])
    book.save(path)
    return path


def test_kahoot_template_xlsx_is_read(tmp_path: Path) -> None:
    from quizcli.bank.formats.registry import import_file

    imported = import_file(kahoot_workbook(tmp_path / "kahoot.xlsx"))
    assert imported.format == "kahoot"
    questions = imported.bank.questions
    assert [(q["kind"], q["prompt"], q["choices"], q["answer"]) for q in questions] == [
        ("choice", "Which ocean is the largest?", ["Pacific", "Atlantic", "Indian"], "Pacific"),
        ("multi", "Which are oceans?", ["Southern", "Caspian", "Arctic", "Baltic"],
         ["Southern", "Arctic"]),
        ("choice", "How many legs has a spider?", ["6", "8", "10"], "8"),
    ]  # fmt: skip
    assert "20, 30 s" in imported.notes[0]
    out = tmp_path / "kahoot.toml"
    result = quizcli("import", str(tmp_path / "kahoot.xlsx"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert quizcli("validate", str(out)).returncode == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04 not really a zip", "is not an .xlsx workbook (not a zip archive)"),
        (None, "cannot be read as an .xlsx workbook"),
    ],
)
def test_a_broken_workbook_is_one_line(tmp_path: Path, content: bytes | None, message: str) -> None:
    import zipfile

    path = tmp_path / "broken.xlsx"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "a zip, but no workbook")
    else:
        path.write_bytes(content)
    result = quizcli("import", str(path), "-o", str(tmp_path / "out.toml"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {path}:1: {message}")
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_workbook_that_unpacks_too_big_is_refused_before_unpacking(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"\0" * (65 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    result = quizcli("import", str(path), "-o", str(tmp_path / "out.toml"))
    assert result.returncode == 1
    assert "unpacks to 68,157,440 bytes; workbooks are limited to 64 MiB" in result.stderr


def test_import_does_not_write_a_set_id_that_list_would_refuse(tmp_path: Path) -> None:
    source = tmp_path / "quiz.gift"
    source.write_text("::q::Is it so? {T}\n", encoding="utf-8")
    result = quizcli("import", str(source), "--set-id", "paris2024")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: set id 'paris2024' is already used by ")
    assert result.stderr.rstrip().endswith("choose another with --set-id (nothing written)")
    user_dir = Path(os.environ["QUIZCLI_HOME"]) / "questions"
    assert not (user_dir / "paris2024.toml").exists()
    # Replacing one's own earlier import of the same set is fine.
    assert quizcli("import", str(source)).returncode == 0
    assert quizcli("import", str(source), "--force").returncode == 0
    assert "warning" not in quizcli("list").stderr


def test_a_csv_without_a_header_is_read_as_flashcards_and_says_so(tmp_path: Path) -> None:
    source = tmp_path / "words.csv"
    source.write_text("chien,dog\nchat,cat\n", encoding="utf-8")
    result = quizcli("import", str(source), "-o", str(tmp_path / "words.toml"))
    assert result.returncode == 0, result.stderr
    assert "Imported 2 questions" in result.stdout
    assert (
        f"note: {source}: the first row names no column (question, answer...): read as "
        "flashcards, front and back, as Anki reads such a file"
    ) in result.stderr
