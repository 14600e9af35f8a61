"""Interactive play in a real pseudo-terminal (pexpect): arrow keys, Enter, Ctrl-C.

The test rebuilds the same seeded round with the engine to know where each right answer
sits on screen, then plays it with the keys a person would press.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import PROMPT_OPEN, VALID, read_the_question, spawn_quizcli, write

from quizcli.bank.load import load_bank
from quizcli.game import Round, RoundOptions
from quizcli.model import (
    ChoiceQuestion,
    Kind,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Presented,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)
from quizcli.parsing import ordinal
from quizcli.scoring import max_score

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

ROOT = Path(__file__).resolve().parents[1]
PARIS = ROOT / "questions" / "paris2024.toml"
DOWN, ENTER, SPACE = "\x1b[B", "\r", " "
TIMEOUT = 30


def spawn(*args: str) -> pexpect.spawn:
    return spawn_quizcli("play", *args, env={"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40"})


def rebuild(bank: Path, count: int, seed: int, kinds: tuple[Kind, ...] = ()) -> list[Presented]:
    """The round the CLI will play, as the engine presents it."""
    game = Round.start(load_bank(bank), RoundOptions(count=count, seed=seed, kinds=kinds))
    total = len(game.questions)
    return [game.present(q, n, total) for n, q in enumerate(game.questions, 1)]


def answer_right(child: pexpect.spawn, presented: Presented) -> None:
    """Press the keys that answer ``presented`` right."""
    read_the_question()
    q = presented.question
    options = list(presented.options)
    match q:
        case ChoiceQuestion() | TrueFalseQuestion():
            right = q.answer if isinstance(q, ChoiceQuestion) else ("True" if q.answer else "False")
            child.expect("Your answer:")
            child.send(DOWN * options.index(right) + ENTER)
        case MultiQuestion():
            child.expect("Select all that apply:")
            keys = "".join((SPACE if option in q.answer else "") + DOWN for option in options)
            child.send(keys + ENTER)
        case OrderQuestion():
            remaining = options
            for number, item in enumerate(q.answer[:-1], 1):
                # This pick's own prompt: keys sent before it is drawn would be dropped.
                child.expect(f"Pick the {ordinal(number)}")
                child.send(DOWN * remaining.index(item) + ENTER)
                remaining = [option for option in remaining if option != item]
        case NumberQuestion():
            child.expect("Your answer")
            child.send(f"{q.answer}{ENTER}")
        case TimeQuestion():
            child.expect("Your time:")
            child.send(f"{q.answer}{ENTER}")
        case TextQuestion():
            child.expect("Your answer:")
            child.send(f"{q.answer}{ENTER}")


def finish(child: pexpect.spawn) -> str:
    child.expect(pexpect.EOF)
    child.close()
    return str(child.before)


def test_paris2024_round_with_arrow_keys_scores_the_maximum() -> None:
    round_ = rebuild(PARIS, 5, 1)
    best = max_score([p.question for p in round_])
    child = spawn("paris2024", "--count", "5", "--seed", "1")
    for presented in round_:
        child.expect(f"Question {presented.number} of 5")
        answer_right(child, presented)
        child.expect("Right!")
    child.expect("Round over")
    child.expect(f"Score {best} of {best}")
    rest = finish(child)
    assert child.exitstatus == 0, rest
    assert "Traceback" not in rest


def test_every_kind_through_a_real_terminal(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID)
    round_ = rebuild(bank, 7, 3)
    assert {p.question.kind for p in round_} == {q.kind for q in load_bank(bank).questions}
    best = max_score([p.question for p in round_])
    child = spawn("demo", "--bank", str(bank), "--count", "7", "--seed", "3")
    for presented in round_:
        child.expect(f"Question {presented.number} of 7")
        answer_right(child, presented)
        child.expect("Right!")
    child.expect(f"Score {best} of {best}")
    finish(child)
    assert child.exitstatus == 0


def test_hint_menu_entry_halves_the_points(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID)
    (presented,) = rebuild(bank, 10, 3, kinds=(Kind.ORDER,))
    child = spawn("demo", "--bank", str(bank), "--kind", "order", "--seed", "3")
    child.expect("Pick the 1st")
    child.send("?")
    child.expect("An American won.")
    answer_right(child, presented)
    child.expect(r"½ hint = 150\)")
    finish(child)
    assert child.exitstatus == 0


def test_ctrl_c_ends_the_round_with_its_summary_and_exit_130() -> None:
    round_ = rebuild(PARIS, 5, 1)
    child = spawn("paris2024", "--count", "5", "--seed", "1")
    child.expect("Question 1 of 5")
    answer_right(child, round_[0])
    child.expect("Question 2 of 5")
    child.expect(PROMPT_OPEN)  # Ctrl-C at the prompt itself, as a player presses it
    child.sendcontrol("c")
    child.expect("Round over")
    child.expect("1 of 5 questions")
    rest = finish(child)
    assert child.exitstatus == 130
    assert "Traceback" not in rest


def test_timed_prompt_closes_itself(tmp_path: Path) -> None:
    bank = write(tmp_path, VALID)
    # 3 s: the countdown must be drawn before time runs out, even on a loaded machine.
    child = spawn("demo", "--bank", str(bank), "--kind", "text", "--time-limit", "3")
    child.expect("Time left")
    child.expect("Too slow")
    child.expect("Round over")
    finish(child)
    assert child.exitstatus == 0


def test_a_picker_offers_the_sets_when_several_are_loaded(tmp_path: Path) -> None:
    # The built-in set and one in the user's folder (a --bank file's own set is played).
    user_dir = Path(os.environ["QUIZCLI_HOME"]) / "questions"
    user_dir.mkdir(parents=True, exist_ok=True)
    write(user_dir, VALID, "demo.toml")
    child = spawn("--count", "1", "--seed", "5")
    child.expect("Which set do you want to play")
    child.expect("Demo set")
    child.send(DOWN + ENTER)  # paris2024 is listed first, the demo set second
    child.expect("Question 1 of 1")
    child.expect("Demo set")
    child.expect(PROMPT_OPEN)
    child.sendcontrol("c")
    child.expect("Round over")
    finish(child)
    assert child.exitstatus == 130


def test_ticked_options_count_when_time_runs_out(tmp_path: Path, isolated_home: Path) -> None:
    import sqlite3

    bank = write(tmp_path, VALID)
    (presented,) = rebuild(bank, 10, 3, kinds=(Kind.MULTI,))
    question = presented.question
    assert isinstance(question, MultiQuestion)
    child = spawn("demo", "--bank", str(bank), "--kind", "multi", "--seed", "3",
                  "--time-limit", "3")  # fmt: skip
    child.expect("Select all that apply:")
    child.send("".join((SPACE if o in question.answer else "") + DOWN for o in presented.options))
    child.expect(r"Time.s up: \S*the options you ticked were submitted as given")
    child.expect("Right!")
    finish(child)
    assert child.exitstatus == 0
    with sqlite3.connect(isolated_home / "quizcli.db") as db:
        verdict, points = db.execute("SELECT verdict, points FROM answers").fetchone()
    assert (verdict, points) == ("right", 100)  # medium 200, given at the limit: half
