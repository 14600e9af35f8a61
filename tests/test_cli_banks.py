"""``quizcli list`` and ``quizcli validate`` as a user runs them: a real subprocess."""

from __future__ import annotations

import json
import os
from pathlib import Path

from helpers import VALID, quizcli, write


def other_bank(set_id: str = "other", title: str = "Other set") -> str:
    """A valid bank with its own set id."""
    return VALID.replace('id = "demo"', f'id = "{set_id}"').replace("Demo set", title)


def test_version() -> None:
    from quizcli import __version__

    result = quizcli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"quizcli {__version__}"


def test_list_shows_builtin_paris2024() -> None:
    result = quizcli("list")
    assert result.returncode == 0, result.stderr
    assert "paris2024" in result.stdout
    assert "built-in" in result.stdout
    assert result.stderr == ""


def test_list_json_is_json_alone_on_stdout(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID)
    result = quizcli("list", "--json", "--bank", str(bank))
    assert result.returncode == 0, result.stderr
    sets = {entry["id"]: entry for entry in json.loads(result.stdout)}
    assert sets["paris2024"]["origin"] == "built-in"
    demo = sets["demo"]
    assert demo == {
        "id": "demo",
        "title": "Demo set",
        "description": "A tiny bank for tests.",
        "questions": 7,
        "kinds": ["choice", "multi", "truefalse", "order", "number", "time", "text"],
        "difficulty": {"easy": 2, "medium": 3, "hard": 2},
        "tags": ["test"],
        "origin": "--bank",
        "path": str(bank),
    }


def test_list_table_reads_in_80_columns(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID)
    result = quizcli("list", "--bank", str(bank), env={"COLUMNS": "80"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    cells = [[cell.strip() for cell in line.split("│")[1:-1]] for line in lines if "│" in line]
    header = [cell.strip() for cell in lines[2].split("┃")[1:-1]]
    assert header == ["set", "title", "questions", "kinds", "tags"]
    paris = [row for row in cells if row[0] == "paris2024"][0]
    assert paris[1:4] == ["Paris 2024:", "73", "all 7 kinds"]
    below = cells[cells.index(paris) + 1]
    assert below[0] == "built-in"
    demo = [row for row in cells if row[0] == "demo"][0]
    column = [row[2] for row in cells[cells.index(demo) :]][:4]
    assert column == ["7", "2 easy", "3 medium", "2 hard"]
    assert "Demo set" in result.stdout


def test_list_picks_up_the_user_folder(isolated_home: Path) -> None:
    folder = isolated_home / "questions" / "nested"
    folder.mkdir(parents=True)
    write(folder, other_bank("mine", "My own set"))
    result = quizcli("list", "--json")
    entries = {e["id"]: e for e in json.loads(result.stdout)}
    assert entries["mine"]["origin"] == "user"


def test_quizcli_path_env(tmp_path: Path) -> None:
    a = tmp_path / "a"
    b = tmp_path / "b"
    a.mkdir()
    b.mkdir()
    write(a, other_bank("from-a"))
    bank_b = write(b, other_bank("from-b"), "single.toml")
    env = {"QUIZCLI_PATH": os.pathsep.join([str(a), str(bank_b)])}
    result = quizcli("list", "--json", env=env)
    assert result.returncode == 0, result.stderr
    origins = {e["id"]: e["origin"] for e in json.loads(result.stdout)}
    assert origins["from-a"] == "QUIZCLI_PATH"
    assert origins["from-b"] == "QUIZCLI_PATH"


def test_bad_bank_in_user_folder_is_reported_and_good_ones_listed(isolated_home: Path) -> None:
    folder = isolated_home / "questions"
    folder.mkdir()
    bad = write(folder, VALID.replace("format = 1", "format = 9"), "bad.toml")
    result = quizcli("list", "--json")
    assert result.returncode == 0
    assert [e["id"] for e in json.loads(result.stdout)] == ["paris2024"]
    assert result.stderr.strip().splitlines() == [
        f"warning: {bad}:1: format 9 is not supported (this quizcli reads format 1)"
    ]


def test_bad_bank_named_with_bank_fails_the_command(tmp_path: Path) -> None:
    bad = write(tmp_path, VALID.replace('answer = "Cole Hocker"', 'answer = "Kerr"'))
    result = quizcli("list", "--bank", str(bad))
    assert result.returncode == 1
    assert "paris2024" in result.stdout
    assert f"{bad}:" in result.stderr
    assert "answer 'Kerr' is not one of the choices" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_bank_path_is_one_line(tmp_path: Path) -> None:
    result = quizcli("list", "--bank", str(tmp_path / "nope.toml"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"warning: {tmp_path / 'nope.toml'}:1: no such file"


def test_duplicate_set_ids_name_both_files(tmp_path: Path) -> None:
    first = write(tmp_path, other_bank("twin"), "first.toml")
    second = write(tmp_path, other_bank("twin"), "second.toml")
    result = quizcli("list", "--json", "--bank", str(first), "--bank", str(second))
    assert result.returncode == 1
    assert [e["path"] for e in json.loads(result.stdout) if e["id"] == "twin"] == [str(first)]
    assert result.stderr.strip() == (
        f"warning: {second}:1: set twin: set id 'twin' is already used by {first}; "
        "give one of the two sets another id"
    )


def test_the_same_file_twice_is_not_a_duplicate(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID)
    result = quizcli("list", "--bank", str(bank), "--bank", str(tmp_path))
    assert result.returncode == 0, result.stderr


def test_validate_good_bank(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID)
    result = quizcli("validate", str(bank))
    assert result.returncode == 0
    assert result.stdout.strip() == f"ok {bank}: set demo, 7 questions"


def test_validate_bad_bank_prints_every_problem(tmp_path: Path) -> None:
    text = VALID.replace('answer = "Cole Hocker"', 'answer = "Kerr"').replace(
        'answer = "13:13.66"', 'answer = "soon"'
    )
    bank = write(tmp_path, text)
    result = quizcli("validate", str(bank), str(write(tmp_path, VALID, "good.toml")))
    assert result.returncode == 1
    lines = result.stdout.strip().splitlines()
    assert lines[0] == f"{bank}:22: question q-choice: answer 'Kerr' is not one of the choices"
    assert lines[1].startswith(f"{bank}:59: question q-time: answer 'soon' is not a time")
    assert lines[2] == f"ok {tmp_path / 'good.toml'}: set demo, 7 questions"


def test_validate_json(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID.replace("format = 1", "format = 2"))
    result = quizcli("validate", "--json", str(bank))
    assert result.returncode == 1
    assert json.loads(result.stdout) == [
        {
            "file": str(bank),
            "valid": False,
            "set": None,
            "questions": 0,
            "problems": [
                {
                    "file": str(bank),
                    "line": 1,
                    "column": None,
                    "where": None,
                    "message": "format 2 is not supported (this quizcli reads format 1)",
                }
            ],
        }
    ]


def test_validate_a_folder(tmp_path: Path) -> None:
    write(tmp_path, VALID, "a.toml")
    write(tmp_path, other_bank(), "b.toml")
    result = quizcli("validate", str(tmp_path))
    assert result.returncode == 0
    assert len(result.stdout.strip().splitlines()) == 2


def test_validate_catches_a_set_id_used_twice_as_list_does(tmp_path: Path) -> None:
    first = write(tmp_path, other_bank("twin"), "a.toml")
    second = write(tmp_path, other_bank("twin"), "b.toml")
    result = quizcli("validate", str(tmp_path))
    assert result.returncode == 1
    assert result.stdout.strip().splitlines() == [
        f"ok {first}: set twin, 7 questions",
        f"{second}:1: set twin: set id 'twin' is already used by {first}; "
        "give one of the two sets another id",
    ]


def test_validate_without_banks_found(tmp_path: Path) -> None:
    result = quizcli("validate", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.strip() == "No bank files found in the paths given."


def test_validate_needs_a_path() -> None:
    result = quizcli("validate")
    assert result.returncode == 2


def test_python_dash_m_and_every_command_has_help_with_an_example() -> None:
    from quizcli.cli import app

    result = quizcli("--help")
    assert result.returncode == 0
    names = [command.name for command in app.registered_commands]
    assert names == [
        "list",
        "validate",
        "play",
        "review",
        "daily",
        "scores",
        "history",
        "stats",
        "reset",
        "sync",
        "import",
        "export",
        "host",
        "join",
        "draft",
    ]
    for command in [[str(name)] for name in names] + [["rescue", "list"], ["rescue", "import"]]:
        assert command[0] in result.stdout
        sub = quizcli(*command, "--help")
        assert sub.returncode == 0
        assert "Example: quizcli" in sub.stdout


def test_quizcli_debug_shows_the_traceback(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.toml")
    quiet = quizcli("play", "x", "--bank", missing, input="")
    assert quiet.returncode == 1
    assert "Traceback" not in quiet.stderr
    loud = quizcli("play", "x", "--bank", missing, input="", env={"QUIZCLI_DEBUG": "1"})
    assert loud.returncode == 1
    assert "Traceback" in loud.stderr
    assert "BankError" in loud.stderr
