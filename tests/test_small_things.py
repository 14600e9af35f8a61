"""Smaller things a user meets (issue 10): help, usage lines, unknown sets, names, paths."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from helpers import VALID, journalled, quizcli, write

# demo bank, --seed 4: multi, truefalse, choice, order, text, number, time (see test_plain).
SOME_RIGHT = "1 2\nf\n1\n\n\n\n\n"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def test_quizcli_alone_prints_help_on_stdout_and_succeeds() -> None:
    for command in ([], ["cache"]):
        result = quizcli(*command)
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert result.stdout.startswith("Usage: ")
        assert "Commands:" in result.stdout


def test_limit_help_shows_the_real_range() -> None:
    for command in ("scores", "history"):
        help_text = quizcli(command, "--help").stdout
        assert "1<=x<=1000000" in help_text
        assert "x>=1]" not in help_text


def test_validate_usage_names_its_argument_plainly() -> None:
    assert "Usage: python -m quizcli validate [OPTIONS] PATH...\n" in (
        quizcli("validate", "--help").stdout
    )
    result = quizcli("validate")
    assert result.returncode == 2
    assert "Missing argument 'PATH...'" in result.stderr
    assert "{" not in result.stderr


@pytest.mark.parametrize("command", ["scores", "stats"])
def test_an_unknown_set_is_named_with_the_known_ones(
    command: str, demo: Path, tmp_path: Path, isolated_home: Path
) -> None:
    # A set known only from its stored games (its bank was removed since) still counts.
    played = quizcli(
        "play", "demo", "--bank", str(demo), "--seed", "4", "--player", "ana", input=SOME_RIGHT
    )
    assert played.returncode == 0, played.stderr
    result = quizcli(command, "nosuchset")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == (
        "Error: no set 'nosuchset' in the banks or the stored games (known: demo, paris2024)"
    )
    # A known set without matching games is no error.
    assert quizcli(command, "paris2024").returncode == 0
    assert quizcli(command, "demo", "--player", "bob").returncode == 0


def test_an_unknown_set_with_no_store_lists_the_catalog() -> None:
    result = quizcli("scores", "nosuchset", "--json")
    assert result.returncode == 1
    assert "(known: paris2024)" in result.stderr


JOINED_NAMES = [
    "\U0001f3c3\u200d\u2642\ufe0f",  # man running: an emoji ZWJ sequence
    "\U0001f469\U0001f3fd\u200d\U0001f52c",  # woman scientist, medium skin tone
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",  # Persian mi-khaham, with a ZWNJ
    "\u0915\u094d\u200d\u0937",  # Devanagari half ka + ssa, with a ZWJ
]


@pytest.mark.parametrize("name", JOINED_NAMES)
def test_names_with_joiners_inside_a_grapheme_are_players(demo: Path, name: str) -> None:
    played = quizcli(
        "play", "demo", "--bank", str(demo), "--seed", "4", "--player", name, input=SOME_RIGHT
    )
    assert played.returncode == 0, played.stderr
    rows = json.loads(quizcli("scores", "--json").stdout)
    assert [row["player"] for row in rows] == [name]
    shown = quizcli("scores").stdout
    assert name in shown  # the joiner is drawn as the joined glyph, not as \u200d
    assert "\\u200" not in shown


@pytest.mark.parametrize(
    "name",
    [
        "\u200d",
        "\u200dana",
        "ana\u200c",
        "a\u200dna",  # between Latin letters it does nothing: "ana" in disguise
        "\U0001f3c3\u200d\u200d\u2642",  # doubled
        "\u0645\u06cc \u200c\u062e",  # next to a space
        "^\u200d^",
    ],
)
def test_joiners_that_hide_or_disguise_are_refused(demo: Path, name: str) -> None:
    result = quizcli(
        "play", "demo", "--bank", str(demo), "--seed", "4", "--player", name, input=SOME_RIGHT
    )
    assert result.returncode == 1
    assert "control or invisible character (U+200" in result.stderr


def test_a_joiner_in_bank_text_is_kept_only_where_it_shapes() -> None:
    from quizcli.ui.text import visible

    assert visible("\U0001f3c3\u200d\u2642\ufe0f") == "\U0001f3c3\u200d\u2642\ufe0f"
    assert visible("a\u200db \u200dx") == "a\\u200db \\u200dx"


BANK_START = 'format = 1\n\n[set]\nid = "x"\ntitle = "X"\n\n[[questions]]\nid = "q1"\n'


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            'kind = "choice"\nprompt = "P?"\nanswer = "A"\nchoices = ["A", "B"]\nanswer = "B"\n',
            "13:13: invalid TOML: key 'answer' is given twice, on lines 11 and 13",
        ),
        (
            'kind = "text"\nprompt = "P?"\n"answer" = "A"\nanswer = "B"\n',
            "12:13: invalid TOML: key 'answer' is given twice, on lines 11 and 12",
        ),
        (
            'kind = "text"\n[set]\n',
            "10:5: invalid TOML: table [set] is declared twice, on lines 3 and 10",
        ),
    ],
)
def test_a_key_given_twice_is_named_with_both_lines(
    tmp_path: Path, body: str, message: str
) -> None:
    bank = write(tmp_path, BANK_START + body)
    result = quizcli("validate", str(bank))
    assert result.returncode == 1
    assert result.stdout.strip() == f"{bank}:{message}"


@pytest.mark.parametrize(
    ("fields", "note"),
    [
        (
            'kind = "choice"\nchoices = ["Oslo ", "Bergen"]\nanswer = "Oslo"',
            "'Oslo ' has a trailing space",
        ),
        (
            'kind = "choice"\nchoices = ["Oslo", "Bergen"]\nanswer = " Oslo"',
            "' Oslo' has a leading space",
        ),
        (
            'kind = "multi"\nchoices = ["Oslo ", "Bergen"]\nanswer = ["Oslo"]',
            "'Oslo ' has a trailing space",
        ),
    ],
)
def test_an_answer_that_differs_from_a_choice_by_a_space_says_so(
    tmp_path: Path, fields: str, note: str
) -> None:
    bank = write(tmp_path, BANK_START + 'prompt = "Capital?"\n' + fields + "\n")
    result = quizcli("validate", str(bank))
    assert result.returncode == 1
    assert result.stdout.strip().endswith(note), result.stdout


COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["validate", "nothing.toml"],
    ["play", "paris2024", "--plain"],
    ["scores"],
    ["scores", "--export", "out.json"],
    ["history"],
    ["stats"],
    ["reset", "--yes"],
    ["cache", "path"],
    ["cache", "clear"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_data_folder_that_is_a_file_is_said_in_one_line(
    command: list[str], tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.write_text("not a folder")
    result = quizcli(*command, env={"QUIZCLI_HOME": str(home)}, input="")
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: $QUIZCLI_HOME ({home}) is a file, not a folder: point it at a folder\n"
    )
    assert home.read_text() == "not a folder"
    inside = home / "quizcli"
    result = quizcli(*command, env={"QUIZCLI_HOME": str(inside)}, input="")
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: $QUIZCLI_HOME ({inside}) is inside {home}, which is a file, not a folder\n"
    )


def test_list_json_escapes_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    folder = os.fsencode(tmp_path) + b"/caf\xe9-\xff"
    os.mkdir(folder)
    bank = folder + b"/bank.toml"
    with open(bank, "w", encoding="utf-8") as handle:
        handle.write(VALID)
    for extra in ([], ["--json"]):
        result = subprocess.run(
            [sys.executable, "-m", "quizcli", "list", "--bank", os.fsdecode(folder), *extra],
            capture_output=True,
            env={**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:surrogateescape"},
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        text = result.stdout.decode("utf-8")  # valid UTF-8, whatever the file name
        assert "\\udce9-\\udcff" in text
    listed = json.loads(text)
    assert listed[1]["path"] == os.fsdecode(bank)  # the escapes give the name's bytes back


def test_list_wraps_a_path_only_after_a_slash() -> None:
    import shutil
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="q", dir="/tmp"))  # short names: each fits the column
    try:
        folder = top / "alpha-folder" / "beta-folder"
        folder.mkdir(parents=True)
        bank = write(folder, VALID, "gamma.toml")
        result = quizcli("list", "--bank", str(bank), env={"COLUMNS": "80"})
        assert result.returncode == 0, result.stderr
        cells = [line.split("│")[1].strip() for line in result.stdout.splitlines() if "│" in line]
        start = cells.index("demo") + 1
        pieces = cells[start : start + cells[start:].index("gamma.toml") + 1]
        assert "".join(pieces) == str(bank)
        assert len(pieces) > 1  # it did wrap, at 80 columns
        assert all(piece.endswith("/") for piece in pieces[:-1]), pieces
    finally:
        shutil.rmtree(top)


def test_a_round_ended_before_any_answer_has_no_empty_table(demo: Path) -> None:
    import pexpect
    from helpers import PROMPT_OPEN, spawn_quizcli

    child = spawn_quizcli("play", "demo", "--bank", str(demo), "--seed", "5")
    child.expect("Question 1 of 7")
    child.expect(PROMPT_OPEN)
    child.sendcontrol("c")
    child.expect("Round over: Demo set · nothing answered")
    child.expect(pexpect.EOF)
    after = child.before
    child.close()
    assert child.exitstatus == 130
    assert "verdict" not in after and "┏" not in after  # no table header, no table
    assert "The round ended early, after 0 of 7 questions." in after


def test_a_broken_bank_in_the_users_folder_is_not_parsed_again(isolated_home: Path) -> None:
    import os

    folder = isolated_home / "questions"
    folder.mkdir()
    broken = VALID.replace('answer = "Cole Hocker"', 'answer = "Cole Hockey"')
    bank = write(folder, broken)
    first = quizcli("list")
    assert first.returncode == 0, first.stderr
    assert "answer 'Cole Hockey' is not one of the choices" in first.stderr
    entries = list((isolated_home / "cache" / "banks").iterdir())
    assert len(entries) == 2  # the built-in bank's entry and the broken bank's problems
    # Same size and modification time, other text: the entry stands, so no parse happened.
    info = bank.stat()
    bank.write_text(broken.replace("Cole Hockey", "Cole Hocker"), encoding="utf-8")
    os.utime(bank, ns=(info.st_atime_ns, info.st_mtime_ns))
    again = quizcli("list")
    assert again.stderr == first.stderr
    assert quizcli("validate", str(bank)).stdout.strip() == first.stderr.strip().removeprefix(
        "warning: "
    )
    # A real edit changes the modification time: the bank is read again, and now loads.
    os.utime(bank, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
    fixed = quizcli("list", "--json")
    assert fixed.stderr == ""
    assert [row["id"] for row in json.loads(fixed.stdout)] == ["paris2024", "demo"]


def test_a_bank_that_cannot_be_read_is_not_remembered_as_broken(isolated_home: Path) -> None:
    folder = isolated_home / "questions"
    folder.mkdir()
    bank = write(folder, VALID)
    bank.chmod(0)
    try:
        result = quizcli("list", obey_permissions=True)
        assert "cannot be read (permission denied)" in result.stderr
    finally:
        bank.chmod(0o644)  # changes neither size nor modification time
    result = quizcli("list", "--json", obey_permissions=True)
    assert result.stderr == ""
    assert [row["id"] for row in json.loads(result.stdout)] == ["paris2024", "demo"]


def test_a_data_folder_replaced_by_a_file_mid_round_keeps_the_round(
    demo: Path, tmp_path: Path
) -> None:
    import shutil

    import pexpect
    from helpers import spawn_quizcli

    home = tmp_path / "home"
    home.mkdir()
    child = spawn_quizcli(
        "play", "demo", "--bank", str(demo), "--seed", "4", "--plain", "--count", "1",
        env={"QUIZCLI_HOME": str(home)},
    )  # fmt: skip
    child.expect("Your answer")
    shutil.rmtree(home)
    home.write_text("")
    child.sendline("1 2 3")
    child.expect("Not stored yet: \\$QUIZCLI_HOME .* is a file, not a folder")
    child.expect("kept in the journal")
    child.expect(pexpect.EOF)
    child.close()
    (kept,) = journalled(Path(os.environ["TMPDIR"]) / "quizcli-journal")  # the fallback
    assert kept["answers"][0].question_id == "q-multi"
    assert child.exitstatus == 0
