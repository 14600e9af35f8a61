"""Narrow and narrowing terminals, in a real pseudo-terminal (pexpect) read through the small
screen of ``tests/screen.py``: a window narrowed mid-question re-wraps the question and its
menu (nothing cut, the prompt line drawn once), and at 40 columns a wrapped option's further
lines are indented deeper than a new option, and instructions wrap between words only."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import write
from screen import Screen, joined
from test_narrow import LONG, read_until, rebuild, since

from quizcli.model import ChoiceQuestion, MultiQuestion, OrderQuestion
from quizcli.parsing import ordinal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

DOWN, ENTER, SPACE = "\x1b[B", "\r", " "
ROWS = 60
SELECT_HELP = "(arrow keys, Enter; or Skip)"
CHECKBOX_HELP = "(Space: tick, Enter: submit, empty: skip)"
ORDER_HELP = "(arrow keys, Enter)"


def spawn(bank: Path, columns: int) -> pexpect.spawn:
    """``play`` on ``bank`` (seed 2) in a terminal ``columns`` wide that may be resized: no
    COLUMNS or LINES, so the size is read from the terminal itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update({"TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "1"})
    return pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", "play", "demo", "--bank", str(bank), "--seed", "2"],
        env=env,
        dimensions=(ROWS, columns),
        encoding="utf-8",
        timeout=30,
    )


def options_in_menu(menu: str, options: list[str], first: int) -> None:
    """Each option starts on a line of its own ``first`` columns in, and each further line
    of it is indented exactly two columns deeper, so one option never reads as two."""
    lines = menu.splitlines()
    for option in options:
        starts = [
            n for n, line in enumerate(lines)
            if line[first - 1 : first] == " " and line[first : first + 1] not in ("", " ")
            and option.startswith(line[first:].rstrip())
        ]  # fmt: skip
        assert starts, f"{option!r} does not start at column {first}:\n{menu}"
        n = starts[0]
        text = lines[n][first:].strip()
        while text != option:
            n += 1
            assert n < len(lines), f"{option!r} is cut:\n{menu}"
            further = lines[n]
            indent = len(further) - len(further.lstrip(" "))
            assert indent == first + 2, f"{further!r} of {option!r} is not indented by 2:\n{menu}"
            text += " " + further.strip()
            assert option.startswith(text), f"{option!r} is cut:\n{menu}"


def test_narrowing_the_window_mid_question_rewraps_it(tmp_path: Path) -> None:
    bank = write(tmp_path, LONG)
    first = rebuild(bank, 2)[0]
    assert isinstance(first.question, ChoiceQuestion)
    child = spawn(bank, 80)
    screen = Screen(80, ROWS)
    read_until(child, screen, lambda t: "Skip" in since(t, first.question.prompt))
    assert "Question 1 of 3" in screen.visible()
    child.setwinsize(ROWS, 40)
    screen.resize(40, ROWS)
    # Drawn again at 40 columns: the header is the narrow one then.
    text = read_until(child, screen, lambda t: "Q1/3" in t and "Skip" in since(t, "Q1/3"))
    shown = screen.visible()
    assert shown.count("Your answer:") == 1, shown  # the prompt line once, not twice
    assert max(len(line) for line in shown.splitlines()) <= 40, shown
    assert first.question.prompt in joined(shown)
    assert SELECT_HELP in joined(shown)  # wrapped between words, not "or Sk|ip"
    options_in_menu(since(shown, "Your answer:"), list(first.options), 3)
    assert text
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_at_40_columns_options_instructions_and_the_order_line_wrap_between_words(
    tmp_path: Path,
) -> None:
    bank = write(tmp_path, LONG)
    child = spawn(bank, 40)
    screen = Screen(40, ROWS)
    for presented in rebuild(bank, 2):
        question = presented.question
        options = list(presented.options)
        start = question.prompt[:15]
        match question:
            case ChoiceQuestion():
                ready = lambda t, s=start: "Skip" in since(t, s)  # noqa: E731
                text = since(read_until(child, screen, ready), start)
                assert SELECT_HELP in joined(text)
                options_in_menu(since(text, "Your answer:"), options, 3)
                child.send(DOWN * options.index(question.answer) + ENTER)
            case MultiQuestion():
                ready = lambda t, s=start: "tick" in since(t, s) and "skip)" in since(t, s)  # noqa: E731
                text = since(read_until(child, screen, ready), start)
                assert CHECKBOX_HELP in joined(text)
                options_in_menu(since(text, "apply:"), options, 5)
                child.send("".join((SPACE if o in question.answer else "") + DOWN for o in options))
                child.send(ENTER)
            case OrderQuestion():
                remaining = options
                built: list[str] = []
                for place, item in enumerate(question.answer[:-1], 1):
                    pick = f"Pick the {ordinal(place)}"
                    text = since(
                        read_until(child, screen, lambda t, p=pick: "Skip" in since(t, p)), start
                    )
                    menu = since(text, pick)
                    assert ORDER_HELP in joined(menu)
                    if built:  # "Your order: 1. X  2. Y   Pick the 3rd:", whole words only
                        order = joined(text[text.rfind("Your order:") :])
                        for n, done in enumerate(built, 1):
                            assert f"{n}. {done}" in re.sub(r"  +", " ", order), text
                    options_in_menu(menu, remaining, 3)
                    child.send(DOWN * remaining.index(item) + ENTER)
                    remaining = [option for option in remaining if option != item]
                    built.append(item)
        read_until(child, screen, lambda t, n=presented.number: t.count("Right!") >= n)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


TAG = "ingebrigtsen-family-rivalry"


def in_column(text: str, name: str) -> str:
    """The cell that starts with ``name``'s first letters, read down its column over the
    lines it wraps or folds onto."""
    lines = text.splitlines()
    n = next(i for i, line in enumerate(lines) if name[:8] in line)
    column = lines[n].index(name[:8])
    cell = ""
    for line in lines[n:]:
        piece = line[column:].split(" ")[0] if line[column : column + 1].strip() else ""
        if not piece:
            break
        cell += piece
        if len(cell) >= len(name):
            break
    return cell


PLAYER = "Jakob-Ingebrigtsen-of-Sandnes-Norway"


def test_tag_names_in_the_summary_are_wrapped_never_cut_at_40_columns() -> None:
    from rich.console import Console
    from store_games import result

    from quizcli.ui.round import RichView

    console = Console(width=40, record=True, color_system=None)
    view = RichView(console, None)  # type: ignore[arg-type]  # the summary needs no set
    view.show_summary(result("ana", [1.0, 0.5], tags=(TAG, "5000m")))
    text = console.export_text()
    assert "…" not in text
    assert max(len(line) for line in text.splitlines()) <= 40
    tags = since(text, "Accuracy by tag")
    assert in_column(tags, TAG) == TAG  # wrapped over lines, every letter there
    assert "75% of 2" in tags


def test_long_player_names_in_standings_and_rankings_are_never_cut_at_40_columns() -> None:
    from rich.console import Console

    from quizcli.party import Standing
    from quizcli.ui.host import _Lobby
    from quizcli.ui.party import RichPartyScreen

    console = Console(width=40, record=True, color_system=None)
    rows = [Standing(1, PLAYER, 12345, 61.5, False), Standing(2, "bo", 100, 70.0, True)]
    RichPartyScreen(console).standings(rows, {PLAYER: 1}, title="Standings", you=PLAYER)
    lobby_board = _Lobby("123456", "127.0.0.1:8765")
    lobby_board.count = lobby_board.connected = 1
    lobby_board.newest = [PLAYER]
    console.print(lobby_board)
    text = console.export_text()
    assert "…" not in text
    assert max(len(line) for line in text.splitlines()) <= 40
    standings, lobby = text.split("Join code")
    assert in_column(standings, PLAYER) == PLAYER
    assert PLAYER in "".join(lobby.split())  # the newest names wrap, whole
