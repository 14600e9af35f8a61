"""Hot-seat: ``quizcli play --players``, several players taking turns on one terminal.

Driven as a player would: plain mode through a pipe (a whole scripted transcript, every
score checked against the solo rules, every game found in the store under its player),
and the interactive screens through a real pseudo-terminal (pexpect).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import PROMPT_OPEN, VALID, quizcli, read_the_question, spawn_quizcli, write

from quizcli.bank.load import load_bank
from quizcli.game import Round, RoundOptions
from quizcli.model import ChoiceQuestion, Kind, Presented, TrueFalseQuestion

KINDS = (Kind.CHOICE, Kind.TRUEFALSE)
SEED = 5


def rebuild(bank: Path) -> list[Presented]:
    """The two questions (choice and true/false) as the hot-seat game presents them."""
    options = RoundOptions(count=2, seed=SEED, kinds=KINDS)
    game = Round.start(load_bank(bank), options)
    return [game.present(q, n, 2) for n, q in enumerate(game.questions, 1)]


def right_line(presented: Presented) -> str:
    question = presented.question
    if isinstance(question, ChoiceQuestion):
        return str(presented.options.index(question.answer) + 1)
    assert isinstance(question, TrueFalseQuestion)
    return "t" if question.answer else "f"


def wrong_line(presented: Presented) -> str:
    question = presented.question
    if isinstance(question, ChoiceQuestion):
        wrong = next(o for o in presented.options if o != question.answer)
        return str(presented.options.index(wrong) + 1)
    assert isinstance(question, TrueFalseQuestion)
    return "f" if question.answer else "t"


def history(player: str) -> list[dict[str, object]]:
    result = quizcli("history", "--player", player, "--json")
    assert result.returncode == 0, result.stderr
    games: list[dict[str, object]] = json.loads(result.stdout)
    return games


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def play_args(bank: Path, *extra: str) -> list[str]:
    return ["play", "demo", "--bank", str(bank), "--count", "2", "--seed", str(SEED),
            "--kind", "choice", "--kind", "truefalse", "--plain", *extra]  # fmt: skip


def test_plain_hotseat_scores_each_player_apart_and_stores_every_game(bank: Path) -> None:
    first, second = rebuild(bank)
    # Each question: alice, bob, carol in turn, each after an Enter at the hand-over.
    lines = [
        "", right_line(first), "", wrong_line(first), "", "",
        "", right_line(second), "", right_line(second), "", "",
    ]  # fmt: skip
    result = quizcli(
        *play_args(bank, "--players", "alice,bob,carol"), input="\n".join(lines) + "\n"
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.count("Pass to alice, then press Enter") == 2
    assert out.count("Pass to carol, then press Enter") == 2
    assert "Demo set · bob's turn" in out
    # Solo rules per player: easy questions are 100; alice's second right answer in a row
    # earns the +10% streak bonus, bob's does not (his first was wrong); carol skipped.
    after_first = out.index("Standings after question 1")
    after_second = out.index("Standings after question 2")
    assert "  1. alice 100 points" in out[after_first:after_second]
    assert ". carol 0 points" in out[after_first:after_second]
    final = out[after_second:]
    assert "  1. alice 210 points" in final
    assert "  2. bob 100 points" in final
    assert ". carol 0 points" in final
    podium = final[final.index("Podium") :]
    assert podium.index("3rd: carol") < podium.index("2nd: bob") < podium.index("1st: alice")
    for player, points in (("alice", 210), ("bob", 100), ("carol", 0)):
        (game,) = history(player)
        assert (game["score"], game["status"]) == (points, "finished")
        assert game["options"]["mode"] == "hotseat"  # type: ignore[index]


def test_ties_are_broken_by_total_answer_time(bank: Path) -> None:
    """Equal scores: the standings order by time taken (both right: same points)."""
    first, second = rebuild(bank)
    lines = ["", right_line(first), "", right_line(first), "", right_line(second), "",
             right_line(second)]  # fmt: skip
    result = quizcli(*play_args(bank, "--players", "ann,ben"), input="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    final = result.stdout[result.stdout.index("Standings after question 2") :]
    rows = [line for line in final.splitlines() if " points (" in line][:2]
    assert all("210 points" in row for row in rows)
    seconds = [float(row.split("(")[1].split(" s)")[0]) for row in rows]
    assert seconds == sorted(seconds)


def test_end_of_input_stores_every_game_as_abandoned(bank: Path) -> None:
    first, _ = rebuild(bank)
    result = quizcli(*play_args(bank, "--players", "alice,bob"), input=f"\n{right_line(first)}\n")
    assert result.returncode == 0, result.stderr
    assert "Podium" in result.stdout
    (alice,) = history("alice")
    (bob,) = history("bob")
    assert (alice["status"], alice["score"], alice["answered"]) == ("abandoned", 100, 1)
    assert (bob["status"], bob["answered"]) == ("abandoned", 0)


@pytest.mark.parametrize(
    ("players", "message"),
    [
        ("alice", "at least two names"),
        ("alice,Alice", "named twice"),
        ("alice,,bob", "the player name is empty"),
        ("alice,b\x1bob", "control or invisible character"),
    ],
)
def test_bad_player_lists_are_one_clear_line(bank: Path, players: str, message: str) -> None:
    result = quizcli(*play_args(bank, "--players", players), input="")
    assert result.returncode == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


pty_only = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
DOWN, ENTER = "\x1b[B", "\r"


def answer_right(child: pexpect.spawn, presented: Presented) -> None:
    question = presented.question
    right = (
        question.answer
        if isinstance(question, ChoiceQuestion)
        else ("True" if question.answer else "False")  # type: ignore[attr-defined]
    )
    read_the_question()
    child.expect("Your answer:")
    child.send(DOWN * list(presented.options).index(str(right)) + ENTER)


def spawn(bank: Path, *extra: str) -> pexpect.spawn:
    args = [a for a in play_args(bank, *extra) if a != "--plain"]
    return spawn_quizcli(*args, env={"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40"})


@pty_only
def test_hotseat_in_a_terminal_hands_over_and_shows_the_podium(bank: Path) -> None:
    presented = rebuild(bank)
    child = spawn(bank, "--players", "alice,bob")
    for question in presented:
        for name in ("alice", "bob"):
            if (question.number, name) != (1, "alice"):
                child.expect("Press Enter to hide your answer")
                child.send(ENTER)
            child.expect_exact("\x1b[2J")  # the screen is cleared: the last answer is gone
            child.expect_exact("\x1b[3J")  # and the scrollback: no scrolling up to it
            child.expect(f"Pass the keyboard to .*{name}.*, then press Enter")
            child.send(ENTER)
            child.expect(f"{name}'s turn")
            answer_right(child, question)
            child.expect("Right!")
        child.expect(f"Standings after question {question.number}")
    child.expect("Podium")
    child.expect("1st")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert history("alice")[0]["score"] == history("bob")[0]["score"] == 210


@pty_only
def test_ctrl_c_in_a_turn_ends_the_game_for_everyone_with_exit_130(bank: Path) -> None:
    first, _ = rebuild(bank)
    child = spawn(bank, "--players", "alice,bob")
    child.expect("Pass the keyboard to .*alice")
    child.send(ENTER)
    answer_right(child, first)
    child.expect("Press Enter to hide your answer")
    child.send(ENTER)
    child.expect("Pass the keyboard to .*bob")
    child.send(ENTER)
    child.expect(PROMPT_OPEN)
    child.sendintr()
    child.expect("Podium")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert history("alice")[0]["status"] == "abandoned"
    assert history("bob")[0]["status"] == "abandoned"


def test_history_marks_a_hotseat_game(bank: Path) -> None:
    first, second = rebuild(bank)
    lines = ["", right_line(first), "", right_line(first), "", "",
             "", right_line(second), "", right_line(second), "", ""]  # fmt: skip
    played = quizcli(*play_args(bank, "--players", "ann,bo"), input="\n".join(lines) + "\n")
    assert played.returncode == 0, played.stderr
    solo = quizcli(*play_args(bank, "--player", "ann"), input="1\nt\n")
    assert solo.returncode == 0, solo.stderr
    table = quizcli("history", "--player", "ann").stdout
    assert table.count("demo (hot-seat)") == 1
    assert table.count("demo ") == 2  # the solo game is not marked
