"""Hostile banks: text that tries to act on the terminal, and files of every odd size and shape.

Every bank here is a file under ``tests/data/hostile/`` (see its README), except what git
cannot hold: a 4 GiB sparse file, an unreadable file, symbolic-link loops and a file name
with escape sequences, which the tests make in a temporary folder.

Bank text must reach the player literally: Rich markup as its brackets, control, bidi and
zero-width characters as visible escapes such as ``\\x1b``. Odd files must end in one clear
line naming the file (or work, where they should), quickly and in bounded memory.
"""

from __future__ import annotations

import builtins
import io
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
import unicodedata
from pathlib import Path

import pexpect
import pytest
from helpers import VALID, obeying_permissions, spawn_quizcli, write
from rich.console import Console

import quizcli.bank.load as load
from quizcli.bank.load import load_bank
from quizcli.errors import BankError
from quizcli.game import Round, RoundOptions
from quizcli.model import AnswerValue, Kind, Outcome, Presented, Response
from quizcli.ui.round import RichView

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
MARKUP = HOSTILE / "markup-and-escapes.toml"
INVALID = HOSTILE / "invalid-escapes.toml"
BANK = tomllib.loads(MARKUP.read_text(encoding="utf-8"))
TITLE: str = BANK["set"]["title"]

# Each a character or sequence of the hostile banks that a terminal would act on, or that
# hides or reorders text. None may reach the output raw.
RAW = [
    "\x1b", "\x9b", "\r", "\x08", "\x07", "\x7f", "\u202e", "\u202c", "\u2066", "\u2069",
    "\u200b", "\u200d", "\u2060", "\ufeff", "\U000e0041", "\U000e0048", "\U000e0049",
]  # fmt: skip
# What an interactive screen may never show, although it has escape sequences of its own;
# "^[" is how prompt_toolkit shows an ESC it is given.
RAW_ON_SCREEN = [
    "\x1b]0;pwned", "\x1b]8;;", "\x1b[2J", "\x1b[3J", "\x1bc", "\x1b[6n", "\x1b[8m", "\x1b[5m",
    "\x9b", "\u202e", "\u2066", "\u200b", "\ufeff", "\U000e0048", "^[",
]  # fmt: skip

# How each text field of markup-and-escapes.toml must appear: literally, escapes visible.
SHOWN = {
    "title": r"Title [bold red]MARKUP[/] \x1b]0;pwned-title\x07 \x1b[2J\x1b[H cleared\U000e0041",
    "description": r"Description [link=https://evil.example/]click[/link] \x1b[31;1mred\x1b[0m"
    r" \u202eevil\u202c",
    "tags": r"tag[blink], tag\x1b[1A\x1b[2Kup, tag\u200bzero",
    "choice prompt": r"Choice prompt [bold red]MARKUP[/] [/] \x1b]0;pwned\x07 \x1b[2J\x1b[H",
    "quote": r"Quote \u202eDESREVER\u202c and \u2066isolate\u2069",
    "attribution": r"Attribution [i]who[/i] \x1b[5mblink\x1b[0m",
    "hint": r"Hint :smile: [reverse]\x1b[7mreverse\x1b[27m",
    "explanation": r"Explanation \x9b2J C1 \x7f DEL \x07 BEL",
    "source": r"Source \x1b]8;;https://evil.example/\x1b\hyperlink\x1b]8;;\x1b\ [/]"
    r" (Publisher\x0dCARRIAGE) <https://example.org/\x08\x08\x08BACKSPACE>",
    "choice a": r"Option [bold]A[/bold] \x1b[2J",
    "choice b": r"Option B\u200b\u200d\u2060\ufeff",
    "choice c": r"Option C \U000e0048\U000e0049",
    "multi prompt": r"Multi prompt \x1b[3J\x1bc reset",
    "multi choice": r"Multi \x1b[8mhidden\x1b[28m",
    "truefalse prompt": r"Truefalse prompt\x0dOVERWRITE",
    "order prompt": r"Order prompt [link=https://evil.example/]x[/link]",
    "order item": r"Order \x1b[1;1Htwo",
    "unit": r"unit[bold]s[/bold]\x1b[2J",
    "time prompt": r"Time prompt \x1b]0;pwned\x1b" + "\\",
    "text prompt": r"Text prompt \x1b[6n query",
    "text answer": r"Sørum [/] \x1b[2J (also accepted: Sorum \u200b[bold])",
    "question tag": "choice[/]",
}
# The fields a plain round shows (the set's description and tags are for `list`), and those
# the Rich view of a round shows (the interactive asker shows the options and the hint).
PLAIN_FIELDS = [key for key in SHOWN if key not in ("description", "tags")]
RICH_FIELDS = [key for key in PLAIN_FIELDS if key not in ("hint", "choice b", "choice c")]

QUICK_SECONDS = 20  # generous: every case here takes well under a second
MEMORY_LIMIT = 512 * 1024 * 1024  # address space of one quizcli process, where enforced


def run(
    *args: str, input: bytes = b"", obey_permissions: bool = False
) -> subprocess.CompletedProcess[bytes]:
    """Run quizcli on raw bytes (so a bare CR shows), with a time and a memory limit.

    ``obey_permissions``: bound by file permissions even as root (skipped where impossible).
    """

    def limit_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    command = [sys.executable, "-m", "quizcli", *args]
    started = time.monotonic()
    result = subprocess.run(
        obeying_permissions(command) if obey_permissions else command,
        input=input,
        capture_output=True,
        env={**os.environ, "COLUMNS": "1000"},  # no table cell wraps
        timeout=60,
        preexec_fn=limit_memory if sys.platform == "linux" else None,
    )
    assert time.monotonic() - started < QUICK_SECONDS, args
    assert b"Traceback" not in result.stderr, result.stderr.decode(errors="replace")
    return result


def text_of(output: bytes) -> str:
    """Output as text, after checking that none of the raw characters got through."""
    text = output.decode("utf-8")
    leaked = [char for char in RAW if char in text]
    assert not leaked, f"raw {leaked!r} reached the output"
    return text


def one_line(output: bytes) -> str:
    """The only line of ``output``."""
    lines = text_of(output).splitlines()
    assert len(lines) == 1, lines
    return lines[0]


# --- markup, escapes, bidi and zero-width characters -------------------------------------


def strings(value: object) -> list[str]:
    """Every string in a parsed TOML document."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [text for item in value for text in strings(item)]
    return []


def test_every_format_character_and_invisible_blank_is_made_visible() -> None:
    from quizcli.ui.text import visible

    formats = [
        chr(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in ("Cf", "Zl", "Zp", "Cc") and chr(code) not in "\t\n"
    ]
    blanks = ["\u034f", "\u115f", "\u1160", "\u17b4", "\u3164", "\uffa0"]
    for char in formats + blanks:
        shown = visible(f"a{char}b")
        assert char not in shown and shown.startswith("a\\") and shown.endswith("b"), hex(ord(char))
    # Emoji and CJK text keep their variation selectors.
    assert visible("\u2764\ufe0f \u845b\U000e0100") == "\u2764\ufe0f \u845b\U000e0100"


def test_the_hostile_bank_is_valid_and_holds_every_raw_character() -> None:
    qset = load_bank(MARKUP)
    assert qset.title == TITLE
    assert {q.kind for q in qset.questions} == set(Kind)
    everything = "".join(strings(BANK))
    assert [char for char in RAW if char not in everything] == []


def test_list_shows_bank_text_literally() -> None:
    result = run("list", "--bank", str(MARKUP))
    assert result.returncode == 0
    out = text_of(result.stdout)
    for key in ("title", "description", "tags"):
        assert SHOWN[key] in out, key


def test_list_json_is_valid_json_with_the_exact_text() -> None:
    result = run("list", "--json", "--bank", str(MARKUP))
    assert result.returncode == 0
    (hostile,) = [s for s in json.loads(text_of(result.stdout)) if s["id"] == "hostile"]
    assert hostile["title"] == TITLE
    assert hostile["description"] == BANK["set"]["description"]
    assert hostile["tags"] == BANK["set"]["tags"]


def play_plain(player: str = "ana") -> str:
    """A plain round of every question: the hint, then a skip; the whole transcript."""
    result = run(
        "play", "hostile", "--bank", str(MARKUP), "--count", "7", "--seed", "1",
        "--player", player, "--plain", input=b"?\n\n" * 7,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    text_of(result.stderr)
    return text_of(result.stdout)


def test_plain_play_shows_every_field_literally() -> None:
    out = play_plain()
    for key in PLAIN_FIELDS:
        assert SHOWN[key] in out, key
    assert "Round over: " + SHOWN["title"] in out


def test_scores_history_and_stats_show_stored_text_literally() -> None:
    play_plain(player="ana")
    scores = run("scores")
    assert "hostile" in text_of(scores.stdout)
    (game,) = json.loads(text_of(run("scores", "--json").stdout))
    assert game["set_title"] == TITLE  # stored and given back exactly, as JSON escapes
    (game,) = json.loads(text_of(run("history", "--player", "ana", "--json").stdout))
    assert game["set_title"] == TITLE
    stats = run("stats", "--player", "ana")
    assert SHOWN["choice prompt"] in text_of(stats.stdout)  # the most missed questions
    data = json.loads(text_of(run("stats", "--player", "ana", "--json").stdout))
    prompts = {item["prompt"] for item in data["most_missed"]}
    assert BANK["questions"][0]["prompt"] in prompts


class Answers:
    """A scripted player: the first option of every menu, a typed answer elsewhere."""

    def ask(self, presented: Presented) -> Response:
        question = presented.question
        value: AnswerValue
        if question.kind is Kind.CHOICE:
            value = presented.options[0]
        elif question.kind in (Kind.MULTI, Kind.ORDER):
            value = presented.options
        elif question.kind is Kind.TRUEFALSE:
            value = False
        elif question.kind is Kind.TEXT:
            value = "[bold]typed[/bold]\x1b[2J"
        else:
            return Response(outcome=Outcome.SKIPPED, hint_taken=True)
        return Response(outcome=Outcome.ANSWERED, value=value)


def test_the_rich_view_shows_every_field_literally() -> None:
    game = Round.start(load_bank(MARKUP), RoundOptions(count=7, seed=1))
    buffer = io.StringIO()
    console = Console(file=buffer, width=1000, highlight=False, emoji=False)
    started = time.monotonic()
    view = RichView(console, game.qset)
    view.show_summary(game.play(Answers(), view))
    out = buffer.getvalue()
    assert time.monotonic() - started < QUICK_SECONDS
    text_of(out.encode())
    for key in RICH_FIELDS:
        assert SHOWN[key] in out, key
    assert r"[bold]typed[/bold]\x1b[2J" in out  # what the player typed, too


def spawn(*args: str) -> tuple[pexpect.spawn, io.StringIO]:
    """An interactive round of the hostile bank, with everything it printed kept."""
    child = spawn_quizcli(
        "play", "--bank", str(MARKUP), *args,
        env={"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40"},
    )  # fmt: skip
    screen = io.StringIO()
    child.logfile_read = screen
    return child, screen


ENTER, SPACE = "\r", " "


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
@pytest.mark.parametrize(
    ("kind", "prompt", "keys", "shown"),
    [
        ("choice", "Your answer:", "?", ["choice a", "choice b", "choice c", "hint"]),
        ("multi", "Select all that apply:", SPACE + ENTER, ["multi prompt", "multi choice"]),
        ("order", "Pick the 1st", ENTER, ["order prompt", "order item"]),
        ("number", "Your answer", "42" + ENTER, ["unit"]),
    ],
)
def test_interactive_play_shows_bank_text_literally(
    kind: str, prompt: str, keys: str, shown: list[str]
) -> None:
    child, screen = spawn("hostile", "--seed", "1", "--kind", kind)
    child.expect(prompt)
    child.send(keys)
    if kind == "choice":
        child.expect("Hint: ")
        child.expect("Your answer:")
        child.send(ENTER)
    elif kind == "order":
        child.expect("Pick the 2nd")
        child.send(ENTER)
    child.expect("Round over")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    out = screen.getvalue()
    leaked = [raw for raw in RAW_ON_SCREEN if raw in out]
    assert not leaked, f"raw {leaked!r} reached the terminal"
    assert SHOWN["title"] in out
    for key in shown:
        assert SHOWN[key] in out, key


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
def test_the_set_picker_shows_the_title_literally() -> None:
    # Two sets loaded (the built-in one and the hostile bank in the user's folder) and none
    # named: the picker asks. (With --bank the file's own set would be played.)
    user_dir = Path(os.environ["QUIZCLI_HOME"]) / "questions"
    user_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(MARKUP, user_dir / MARKUP.name)
    child = spawn_quizcli("play", env={"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40"})
    screen = io.StringIO()
    child.logfile_read = screen
    child.expect("Which set do you want to play")
    child.expect(r"\(hostile\)")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    out = screen.getvalue()
    leaked = [raw for raw in RAW_ON_SCREEN if raw in out]
    assert not leaked, f"raw {leaked!r} reached the terminal"
    assert SHOWN["title"] + " (hostile)" in out


# --- problems that quote hostile values ---------------------------------------------------


def test_validate_messages_make_hostile_values_visible() -> None:
    result = run("validate", str(INVALID))
    assert result.returncode == 1
    lines = text_of(result.stdout).splitlines()
    assert len(lines) == 8
    assert all(line.startswith(f"{INVALID}:") for line in lines)
    out = "\n".join(lines)
    for shown in (
        r"unknown top-level key '\x1b]0;pwned-key\x07'",
        r"source src\x1b]0;pwned-source\x07: id",
        r"question q\u202e\x9b2J\x1b]0;pwned-id\x07: id",
        r"unknown kind '\x1b[2Jchoice'",
        r"answer '[bold]A[/]\x1b[1A\x1b[2K' is not one of the choices",
        r"unknown field 'field\x9b2J'",
    ):
        assert shown in out, shown


def test_validate_json_is_valid_json_with_the_exact_values() -> None:
    result = run("validate", "--json", str(INVALID))
    assert result.returncode == 1
    (report,) = json.loads(text_of(result.stdout))
    wheres = {problem["where"] for problem in report["problems"]}
    assert "question q\u202e\x9b2J\x1b]0;pwned-id\x07" in wheres
    assert "source src\x1b]0;pwned-source\x07" in wheres


def test_list_and_play_report_a_hostile_bank_in_one_visible_line() -> None:
    listed = run("list", "--bank", str(INVALID))
    assert listed.returncode == 1
    assert one_line(listed.stderr).startswith(f"warning: {INVALID}:1: unknown top-level key")
    played = run("play", "--bank", str(INVALID), "--plain")
    assert played.returncode == 1
    line = one_line(played.stderr)
    assert line.startswith(f"Error: {INVALID}:1: ") and line.endswith("(and 7 more)")


def test_a_hostile_file_name_is_shown_visibly(tmp_path: Path) -> None:
    path = write(tmp_path, "format = 1\n", "\x1b]0;pwned-name\x07[bold]\u202e.toml")
    result = run("validate", str(path))
    assert result.returncode == 1
    shown = str(tmp_path) + r"/\x1b]0;pwned-name\x07[bold]\u202e.toml:1: "
    assert text_of(result.stdout).startswith(shown)
    listed = run("list", "--json", "--bank", str(path))
    assert one_line(listed.stderr).startswith("warning: " + shown)
    assert json.loads(text_of(listed.stdout))  # paris2024 still listed


# --- size and shape ------------------------------------------------------------------------

NOT_A_BOOLEAN = "'answer' must be true or false (no quotes), not a string"
REFUSED = [
    ("ten-thousand-choices.toml", 12, "question q-many: 'choices' has 10000 items; give 2 to 8"),
    ("deep-arrays.toml", 1, "invalid TOML: nested too deeply"),
    ("deep-tables.toml", 1, "invalid TOML: nested too deeply"),
    ("empty.toml", 1, "is empty (a bank needs format = 1, a [set] and [[questions]])"),
    ("binary.toml", 1, "is a binary file, not TOML text"),
    ("invalid-utf8.toml", 12, "is not UTF-8 text (banks must be saved as UTF-8)"),
    ("folder.toml", 1, "is a folder, not a bank file"),
    ("crlf-invalid.toml", 20, f"question q-tf: {NOT_A_BOOLEAN}"),
    ("line-separators.toml", 12, f"question q-seps: {NOT_A_BOOLEAN}"),
    ("huge-integer.toml", 12, "question q-big: 'answer' is too large: 401 digits"),
    ("long-integer.toml", 12, "invalid TOML: an integer of more than 4300 digits"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "line", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_an_odd_file_is_refused_in_one_line(name: str, line: int, message: str) -> None:
    path = HOSTILE / name
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value.problems[0]) == f"{path}:{line}: {message}"
    played = run("play", "--bank", str(path), "--plain")
    assert played.returncode == 1
    assert one_line(played.stderr).startswith(f"Error: {path}:{line}: {message}")
    listed = run("list", "--json", "--bank", str(path))
    assert one_line(listed.stderr).startswith(f"warning: {path}:{line}: {message}")
    assert [s["id"] for s in json.loads(text_of(listed.stdout))] == ["paris2024"]


def test_the_test_files_are_what_they_claim() -> None:
    assert (HOSTILE / "empty.toml").stat().st_size == 0
    assert (HOSTILE / "folder.toml").is_dir()
    assert (HOSTILE / "binary.toml").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert b"\r\n" in (HOSTILE / "crlf.toml").read_bytes()
    assert b"\n" not in (HOSTILE / "crlf.toml").read_bytes().replace(b"\r\n", b"")
    assert (HOSTILE / "bom.toml").read_bytes().startswith(b"\xef\xbb\xbf")
    many = tomllib.loads((HOSTILE / "ten-thousand-choices.toml").read_text(encoding="utf-8"))
    assert len(many["questions"][0]["choices"]) == 10_000
    deep = (HOSTILE / "deep-arrays.toml").read_text(encoding="utf-8")
    assert "[" * 10_000 in deep
    seps = (HOSTILE / "line-separators.toml").read_text(encoding="utf-8")
    assert {"\u2028", "\u2029", "\x85"} <= set(seps)


@pytest.mark.parametrize("name", ["bom.toml", "crlf.toml"])
def test_a_bom_and_crlf_line_endings_work(name: str) -> None:
    path = HOSTILE / name
    qset = load_bank(path)
    assert qset.title and not qset.title.startswith("\ufeff")
    assert qset.questions[1].prompt == "A multi-line prompt:\nis the second line kept?"
    result = run("validate", str(path))
    assert result.returncode == 0
    assert one_line(result.stdout) == f"ok {path}: set {qset.id}, 2 questions"
    game = Round.start(qset, RoundOptions(count=2, seed=1))
    typed = b"".join(b"t\n" if q.kind is Kind.TRUEFALSE else b"Sorum\n" for q in game.questions)
    played = run("play", qset.id, "--bank", str(path), "--plain", "--seed", "1", input=typed)
    assert played.returncode == 0
    out = text_of(played.stdout)
    assert "2 of 2 questions: 2 right" in out
    assert "\\x0d" not in out and "\\ufeff" not in out


def test_a_one_mib_prompt_loads_plays_and_renders() -> None:
    path = HOSTILE / "huge-prompt.toml"
    qset = load_bank(path)
    prompt = qset.questions[0].prompt
    assert len(prompt) == 1024 * 1024
    assert run("validate", str(path)).returncode == 0
    played = run(
        "play", "huge-prompt", "--bank", str(path), "--plain", "--seed", "1", input=b"\n\n"
    )
    assert played.returncode == 0
    out = text_of(played.stdout)
    assert prompt in out and "Round over" in out
    game = Round.start(qset, RoundOptions(count=2, seed=1))
    buffer = io.StringIO()
    started = time.monotonic()
    view = RichView(Console(file=buffer, width=120), game.qset)
    view.show_summary(game.play(Answers(), view))
    assert time.monotonic() - started < QUICK_SECONDS
    assert "Round over" in buffer.getvalue()


def test_a_bank_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.toml"
    with path.open("wb") as handle:
        os.truncate(handle.fileno(), load.MAX_BANK_BYTES + 1)  # sparse: no disk, no time
    import quizcli.bank.build  # noqa: F401  (imported now: below, opening files is forbidden)

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the bank was opened although its size is over the limit")

    for owner, name in [(Path, "open"), (Path, "read_bytes"), (builtins, "open"), (io, "open")]:
        monkeypatch.setattr(owner, name, no_reading)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    monkeypatch.undo()
    size = load.MAX_BANK_BYTES + 1
    assert str(caught.value) == f"{path}:1: is {size:,} bytes; banks are limited to 64 MiB"


def test_a_4_gib_bank_is_one_line_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    with path.open("wb") as handle:
        os.truncate(handle.fileno(), 4 * 1024**3)
    result = run("validate", str(path))
    assert result.returncode == 1
    limit = load.MAX_BANK_BYTES // 1024**2
    assert one_line(result.stdout) == (
        f"{path}:1: is 4,294,967,296 bytes; banks are limited to {limit} MiB"
    )


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it() -> None:
    # Its size says 0 and it never ends: refused from its metadata, before any read.
    result = run("validate", "/dev/zero")
    assert result.returncode == 1
    assert one_line(result.stdout) == (
        "/dev/zero:1: is not a regular file (a pipe or a device cannot be a bank)"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_in_a_bank_folder_does_not_hang_list(tmp_path: Path) -> None:
    # Opening a FIFO waits for a writer that never comes; it must never be opened.
    folder = tmp_path / "banks"
    folder.mkdir()
    write(folder, VALID, "good.toml")
    os.mkfifo(folder / "pipe.toml")
    result = run("list", "--json", "--bank", str(folder))
    assert result.returncode == 1  # a --bank bank is bad
    assert [entry["id"] for entry in json.loads(result.stdout)] == ["paris2024", "demo"]
    assert one_line(result.stderr) == (
        f"warning: {folder / 'pipe.toml'}:1: is not a regular file "
        "(a pipe or a device cannot be a bank)"
    )


def test_a_bank_that_grows_while_it_is_read_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, VALID)
    limit = len(VALID.encode()) + 10
    monkeypatch.setattr(load, "MAX_BANK_BYTES", limit)
    grown = VALID.encode() + b"# more\n" * 1000  # what is there by the time it is read

    def grown_file(self: Path, *args: object, **kwargs: object) -> io.BytesIO:
        return io.BytesIO(grown)

    monkeypatch.setattr(Path, "open", grown_file)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert (
        str(caught.value) == f"{path}:1: is more than {limit:,} bytes; banks are limited to 0 MiB"
    )


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    path.chmod(0)
    try:
        result = run("validate", str(path), obey_permissions=True)
    finally:
        path.chmod(0o644)
    assert result.returncode == 1
    assert one_line(result.stdout) == f"{path}:1: cannot be read (permission denied)"


def test_a_permission_error_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The test above needs a process bound by permissions (see helpers.without_root_powers)
    # and is skipped where none can be had: this one always runs.
    path = write(tmp_path, VALID)

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "open", denied)
    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value) == f"{path}:1: cannot be read (permission denied)"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loops_in_a_bank_folder(tmp_path: Path) -> None:
    banks = tmp_path / "banks"
    (banks / "sub").mkdir(parents=True)
    write(banks / "sub", VALID, "demo.toml")
    (banks / "sub" / "up").symlink_to("..")  # sub/up/sub/up/... for ever
    (banks / "here").symlink_to(".")  # and here/here/... besides
    (banks / "self.toml").symlink_to("self.toml")  # a link to itself
    result = run("list", "--json", "--bank", str(banks))
    assert result.returncode == 1  # self.toml named with --bank's folder cannot be read
    ids = [s["id"] for s in json.loads(text_of(result.stdout))]
    assert ids == ["paris2024", "demo"]
    assert one_line(result.stderr) == (
        f"warning: {banks / 'self.toml'}:1: cannot be read (Too many levels of symbolic links)"
    )
    validated = run("validate", str(banks))
    lines = text_of(validated.stdout).splitlines()
    assert lines == [
        f"{banks / 'self.toml'}:1: cannot be read (Too many levels of symbolic links)",
        f"ok {banks / 'sub' / 'demo.toml'}: set demo, 7 questions",
    ]
