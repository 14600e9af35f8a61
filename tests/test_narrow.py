"""Narrow terminals: every option is shown whole, and the header keeps what matters.

At 40 and 60 columns a round is played in a real pseudo-terminal; what the player sees is
rebuilt with a small terminal screen (``tests/screen.py``), and every option of every menu
must be on it whole (wrapped over lines, never cut). The header drops the set title first,
then shortens its labels, and keeps the score, the streak and the difficulty.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pexpect
import pytest
from helpers import HEADER, spawn_quizcli, write
from rich.console import Console
from screen import Screen, joined

from quizcli.bank.load import load_bank
from quizcli.game import Progress, Round, RoundOptions
from quizcli.model import ChoiceQuestion, MultiQuestion, OrderQuestion, Presented
from quizcli.parsing import ordinal
from quizcli.scoring import max_score
from quizcli.ui.round import RichView

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

DOWN, ENTER, SPACE = "\x1b[B", "\r", " "
ROWS = 200  # tall enough that no menu scrolls: what is checked is the width

LONG = (
    HEADER.replace('title = "Demo set"', 'title = "A set whose title is long for a narrow screen"')
    + """
[[questions]]
id = "thanks"
kind = "choice"
prompt = "Whom did he thank first?"
source = "src"
choices = [
    "the Norwegian Olympics team and everyone who supported the bid",
    "my wife",
    "the Stade de France crowd that sang all evening long",
    "my rivals from Great Britain and the United States",
]
answer = "my wife"

[[questions]]
id = "named"
kind = "multi"
prompt = "Whom did he name in the post?"
difficulty = "hard"
choices = [
    "my wife and my daughter who travelled to Paris",
    "my team of coaches, physiotherapists and pacemakers",
    "my partners",
    "the Norwegian royal family watching from the stands",
]
answer = ["my partners", "my wife and my daughter who travelled to Paris"]

[[questions]]
id = "podium"
kind = "order"
prompt = "Order the finishers of the men's 5000m final."
difficulty = "easy"
answer = [
    "Jakob Ingebrigtsen of Norway, the favourite",
    "Ronald Kwemoi of Kenya, the surprise of the race",
    "Grant Fisher of the United States, bronze",
]
"""
)


def read_until(child: pexpect.spawn, screen: Screen, ready: Callable[[str], bool]) -> str:
    """Feed the terminal's output to ``screen`` until ``ready(screen text)`` holds and the
    output has been quiet for a moment (the prompt is fully drawn); the screen text."""
    deadline = time.monotonic() + 60
    while True:
        try:
            screen.feed(child.read_nonblocking(65536, timeout=0.5))
            continue
        except pexpect.TIMEOUT:
            pass
        except pexpect.EOF:
            text = screen.text()
            assert ready(text), f"quizcli ended first; the screen:\n{text}"
            return text
        text = screen.text()
        if ready(text):
            return text
        assert time.monotonic() < deadline, f"gave up waiting; the screen:\n{text}"


def after(marker: str, *more: str) -> Callable[[str], bool]:
    """Ready once ``marker`` is on screen, and each of ``more`` after its last occurrence."""
    return lambda text: marker in text and all(m in since(text, marker) for m in more)


def since(text: str, marker: str) -> str:
    """The screen from the last ``marker`` on: the question being asked."""
    return text[text.rfind(marker) :]


def rebuild(bank: Path, seed: int) -> list[Presented]:
    game = Round.start(load_bank(bank), RoundOptions(count=None, seed=seed))
    total = len(game.questions)
    return [game.present(q, n, total) for n, q in enumerate(game.questions, 1)]


def assert_whole(text: str, options: list[str], columns: int) -> None:
    """Every option on the screen whole, and no line wider than the terminal."""
    seen = joined(text)
    for option in options:
        assert option in seen, f"{option!r} is cut at {columns} columns:\n{text}"
    assert max(len(line) for line in text.splitlines()) <= columns


@pytest.mark.parametrize("columns", [40, 60])
def test_a_round_at_narrow_widths_shows_every_option_whole(tmp_path: Path, columns: int) -> None:
    bank = write(tmp_path, LONG)
    round_ = rebuild(bank, 2)
    child = spawn_quizcli(
        "play", "demo", "--bank", str(bank), "--seed", "2",
        env={"NO_COLOR": "1", "COLUMNS": str(columns), "LINES": str(ROWS)},
        dimensions=(ROWS, columns),
    )  # fmt: skip
    screen = Screen(columns, ROWS)
    for presented in round_:
        question = presented.question
        options = list(presented.options)
        start = question.prompt[:15]  # the prompt's first line in its panel
        text = read_until(child, screen, after(start))
        header = text[: text.rfind(start)].rsplit("╭", 1)[0].rstrip().splitlines()[-1]
        assert "streak" in header and question.difficulty.value in header, header
        match question:
            case ChoiceQuestion():
                text = since(read_until(child, screen, after(start, "Skip")), start)
                assert_whole(text, options, columns)
                child.send(DOWN * options.index(question.answer) + ENTER)
            case MultiQuestion():
                text = since(read_until(child, screen, after(start, "(Space: tick")), start)
                assert_whole(text, options, columns)
                child.send("".join((SPACE if o in question.answer else "") + DOWN for o in options))
                child.send(ENTER)
            case OrderQuestion():
                remaining = options
                for place, item in enumerate(question.answer[:-1], 1):
                    pick = f"Pick the {ordinal(place)}"
                    text = since(read_until(child, screen, after(start, pick, "Skip")), start)
                    assert_whole(text, remaining, columns)
                    child.send(DOWN * remaining.index(item) + ENTER)
                    remaining = [option for option in remaining if option != item]
        read_until(child, screen, lambda t, n=presented.number: t.count("Right!") >= n)
    child.expect(pexpect.EOF)
    screen.feed(child.before)
    child.close()
    assert child.exitstatus == 0, screen.text()
    best = max_score([presented.question for presented in round_])
    summary = since(screen.text(), "Round over")
    assert f"Score {best} of {best}" in joined(summary)
    for presented in round_:  # each row of the summary keeps its verdict and points
        assert re.search(rf"│ +{presented.number} │.*│ Right +│ +\d+ │", summary), summary


@pytest.mark.parametrize("columns", [40, 60])
def test_plain_mode_in_a_narrow_terminal_writes_every_option_whole(
    tmp_path: Path, columns: int
) -> None:
    bank = write(tmp_path, LONG)
    child = spawn_quizcli(
        "play", "demo", "--bank", str(bank), "--seed", "2", "--plain",
        env={"NO_COLOR": "1", "COLUMNS": str(columns)},
        dimensions=(ROWS, columns),
    )  # fmt: skip
    seen = ""
    for presented in rebuild(bank, 2):
        child.expect(r"Your answer \(")
        seen += child.before
        for option in presented.options:
            assert option in seen  # written whole; the terminal wraps it
        child.send(ENTER)  # skip
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def header_at(width: int, title: str = "Paris 2024: Ingebrigtsen's Games") -> str:
    """The header RichView draws at ``width`` columns, for question 10 of 10."""
    bank = load_bank(Path(__file__).resolve().parents[1] / "questions" / "paris2024.toml")
    console = Console(width=width, record=True, color_system=None)
    view = RichView(console, bank)
    presented = Round.start(bank, RoundOptions(count=10, seed=1)).present(bank.questions[0], 10, 10)
    view.show_question(presented, Progress(set_title=title, score=12345, streak=12))
    text = console.export_text()
    return joined(text.split("╭")[0]).strip()


@pytest.mark.parametrize("width", range(20, 121))
def test_the_header_is_never_cut(width: int) -> None:
    header = header_at(width)
    assert "…" not in header
    assert "streak 12" in header
    assert ("score 12345" in header) or ("12345 pts" in header)
    assert "10 of 10" in header or "10/10" in header
    if width >= 80:
        assert header.startswith("Question 10 of 10")
    if width >= 100:
        assert "Paris 2024: Ingebrigtsen's Games" in header


def test_the_set_title_goes_first() -> None:
    header = header_at(60)
    assert "Paris 2024" not in header
    assert header.startswith("Question 10 of 10 · score 12345 · streak 12 · medium")
