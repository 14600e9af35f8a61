"""``review`` and ``daily`` through the real CLI: plain rounds (subprocesses), rounds in a real
pseudo-terminal (pexpect), Ctrl-C, two reviews at once, and the daily seed."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import HEADER, quizcli, spawn_quizcli, write

from quizcli.bank.load import load_bank
from quizcli.daily import daily_seed
from quizcli.game import Round, RoundOptions

ROOT = Path(__file__).resolve().parents[1]
PARIS = ROOT / "questions" / "paris2024.toml"
ANSWERS = {
    "Capital of France?": "Paris",
    "Capital of Italy?": "Rome",
    "Capital of Spain?": "Madrid",
}
# Each question also accepts "ok", so piped answers are right in any order. (Accepting every
# capital did that too, but each right-answer line then showed the others' answers: a round
# no longer asks a question after its answer was on screen.)
BANK = HEADER + "".join(
    f'\n[[questions]]\nid = "{answer.lower()}"\nkind = "text"\nprompt = "{prompt}"\n'
    f'answer = "{answer}"\naccept = ["ok"]\n'
    for prompt, answer in ANSWERS.items()
)


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, BANK)


def log_rows(home: Path) -> list[tuple[str, str, int]]:
    db = sqlite3.connect(home / "quizcli.db")
    try:
        return db.execute("SELECT question_id, mode, rating FROM review_log ORDER BY id").fetchall()
    finally:
        db.close()


def asked(output: str) -> list[str]:
    """The prompts in the order a plain round asked them."""
    return [line for line in output.splitlines() if line in ANSWERS]


def test_a_plain_review_round_then_nothing_due_then_the_schedule(
    bank: Path, isolated_home: Path
) -> None:
    first = quizcli(
        "review",
        "demo",
        "--new",
        "3",
        "--player",
        "ana",
        "--bank",
        str(bank),
        input="ok\nok\nok\n",
    )
    assert first.returncode == 0, first.stderr
    order = asked(first.stdout)
    assert sorted(order) == sorted(ANSWERS)
    assert "Review over: Demo set" in first.stdout
    assert re.search(r"1\. .+ Right, (easy|good); comes back in \d+ days \(20\d\d-", first.stdout)
    assert "3 of 3 right. Review rounds are not ranked." in first.stdout
    assert [row[1] for row in log_rows(isolated_home)] == ["review"] * 3

    again = quizcli("review", "demo", "--player", "ana", "--bank", str(bank))
    assert again.returncode == 0
    assert re.search(
        r"Nothing to review in demo for ana now; the next card is due in \d+ days", again.stdout
    )
    assert quizcli("scores").stdout == "No finished games match.\n"  # not ranked

    schedule = quizcli("review", "--schedule", "--player", "ana")
    assert schedule.returncode == 0
    assert "Cards due for ana, next 14 days" in schedule.stdout
    assert sum(int(line.split()[-1]) for line in schedule.stdout.splitlines()[2:]) == 3

    stats = quizcli("stats", "--player", "ana")
    assert "No games yet" in stats.stdout  # review rounds are not games


def test_a_played_round_makes_cards_and_a_miss_is_due_again_soon(
    bank: Path, isolated_home: Path
) -> None:
    played = quizcli(
        "play",
        "demo",
        "--player",
        "ana",
        "--bank",
        str(bank),
        "--seed",
        "1",
        input="wrong\nwrong\nwrong\n",
    )
    assert played.returncode == 0, played.stderr
    assert [row[1:] for row in log_rows(isolated_home)] == [("play", 1)] * 3
    review = quizcli("review", "demo", "--player", "ana", "--bank", str(bank))
    # Missed a moment ago: the first learning step (a minute) has not passed yet.
    assert "the next card is due in 1 min" in review.stdout
    stats = quizcli("stats", "--player", "ana", "--json")
    assert json.loads(stats.stdout)["cards_due"] == 0

    db = sqlite3.connect(isolated_home / "quizcli.db")
    with db:
        db.execute("UPDATE cards SET due = due - 120")  # two minutes pass
    db.close()
    listing = quizcli("list", "--bank", str(bank), env={"QUIZCLI_PLAYER": "ana"})
    assert "3 due" in listing.stdout
    stats = quizcli("stats", "--player", "ana")
    assert "3 review cards due now: `quizcli review`." in stats.stdout
    review = quizcli("review", "demo", "--player", "ana", "--bank", str(bank), input="ok\nok\nok\n")
    assert "3 of 3 right" in review.stdout
    assert [row[1] for row in log_rows(isolated_home)] == ["play"] * 3 + ["review"] * 3


def test_nothing_yet_says_how_to_start(bank: Path) -> None:
    result = quizcli("review", "demo", "--player", "ana", "--bank", str(bank))
    assert result.returncode == 0
    assert "No cards yet for ana in demo" in result.stdout
    assert result.stderr == ""


def test_a_review_in_a_real_terminal_and_ctrl_c_keeps_the_answers_given(
    bank: Path, isolated_home: Path
) -> None:
    child = spawn_quizcli(
        "review",
        "demo",
        "--new",
        "3",
        "--player",
        "ana",
        "--bank",
        str(bank),
        env={"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40"},
    )
    child.expect(r"Capital of (\w+)\?")
    country = child.match.group(1)
    child.expect("Your answer")
    child.send({"France": "Paris", "Italy": "Rome", "Spain": "Madrid"}[country] + "\r")
    child.expect(r"Capital of \w+\?")
    child.expect("Your answer")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Review over" in child.before
    assert len(log_rows(isolated_home)) == 1  # the answer given is kept


def test_two_reviews_of_one_player_at_once_lose_no_rating(bank: Path, isolated_home: Path) -> None:
    env = {**os.environ}
    command = [
        sys.executable,
        "-m",
        "quizcli",
        "review",
        "demo",
        "--new",
        "3",
        "--player",
        "ana",
        "--bank",
        str(bank),
    ]
    runs = [
        subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    # Both rounds hold the same three due cards before either answers: on a busy machine
    # the second once started after the first had saved, and found nothing due.
    for run in runs:
        assert run.stdout is not None
        while "Question 1 of 3" not in (line := run.stdout.readline()):
            assert line, "the review ended before its first question"
    outputs = [run.communicate("ok\nok\nok\n", timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    # A save that met the other's lock for too long waits in the journal ("Not stored
    # yet"); the next command stores it, and then both rounds' ratings are there.
    assert quizcli("history", "--player", "ana").returncode == 0
    assert len(log_rows(isolated_home)) == 6, outputs
    db = sqlite3.connect(isolated_home / "quizcli.db")
    assert db.execute("SELECT reviews, version FROM cards").fetchall() == [(2, 2)] * 3
    db.close()


def test_daily_same_questions_for_two_players_one_ranked_attempt_each() -> None:
    runs = {
        name: quizcli("daily", "paris2024", "--player", name, input="\n" * 5)
        for name in ("ana", "bob")
    }
    assert all(run.returncode == 0 for run in runs.values()), runs
    questions = {
        name: re.findall(r"^Question \d of 5 .*\n(.+)$", run.stdout, flags=re.M)
        for name, run in runs.items()
    }
    assert len(questions["ana"]) == 5 and questions["ana"] == questions["bob"]
    assert re.search(
        r"^quizcli paris2024 daily \d{4}-\d\d-\d\d  0/5  0 pts  \.\.\.\.\.$",
        runs["ana"].stdout,
        flags=re.M,
    )
    assert "you rank 1 of 1 player" in runs["ana"].stdout
    assert re.search(r"you rank [12] of 2 players", runs["bob"].stdout)
    second = quizcli("daily", "paris2024", "--player", "ana", input="\n" * 5)
    assert re.search(
        r"Practice round: you played the paris2024 daily of \S+ already \(0 pts\); "
        r"this one is not ranked",
        second.stdout,
    )
    ranking = quizcli("scores", "paris2024", "--daily", "--json")
    assert sorted(row["player"] for row in json.loads(ranking.stdout)) == ["ana", "bob"]
    assert "No finished games" in quizcli("scores", "paris2024").stdout  # its own ranking


def test_the_daily_seed_is_the_set_and_the_day() -> None:
    bank = load_bank(PARIS)

    def ids(day: str) -> list[str]:
        game = Round.start(bank, RoundOptions(count=5, seed=daily_seed("paris2024", day)))
        return [q.id for q in game.questions]

    assert ids("2026-11-27") == ids("2026-11-27")
    assert ids("2026-11-27") != ids("2026-11-28")
    assert daily_seed("paris2024", "2026-11-27") != daily_seed("other", "2026-11-27")


def test_daily_in_a_real_terminal_shows_the_blocks_and_ctrl_c_ends_it() -> None:
    """Stopped at the first question: the summary, then the result line in blocks (a UTF-8
    terminal), every question unanswered. The attempt counted from its first question on
    screen: it is the day's scored one, and the next is practice (no free preview)."""
    child = spawn_quizcli(
        "daily",
        "paris2024",
        "--player",
        "ana",
        env={"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40", "LANG": "C.UTF-8"},
    )
    child.expect("Question 1 of 5")
    child.expect(r"Your answer|Your time|Select all that apply:|Pick the 1st")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert re.search(r"quizcli paris2024 daily \d{4}-\d\d-\d\d  0/5  0 pts  □□□□□", child.before)
    assert "Nothing answered, but the attempt counts from its first question" in child.before
    assert "you rank 1 of 1 player" in child.before
    ranking = json.loads(quizcli("scores", "--daily", "--json").stdout)
    assert [(row["player"], row["score"]) for row in ranking] == [("ana", 0)]
    again = quizcli("daily", "paris2024", "--player", "ana", input="\n" * 5)
    assert "Practice round: you played the paris2024 daily" in again.stdout


def test_a_changed_question_is_told_once_and_a_removed_one_never_asked(
    tmp_path: Path, isolated_home: Path
) -> None:
    bank = write(tmp_path, BANK)
    quizcli(
        "review",
        "demo",
        "--new",
        "3",
        "--player",
        "ana",
        "--bank",
        str(bank),
        input="ok\nok\nok\n",
    )
    italy = (
        '\n[[questions]]\nid = "rome"\nkind = "text"\nprompt = "Capital of Italy?"\n'
        'answer = "Rome"\naccept = ["ok"]\n'
    )
    assert italy in BANK
    edited = BANK.replace('answer = "Paris"', 'answer = "Lyon"').replace(italy, "")
    bank.write_text(edited, encoding="utf-8")
    first = quizcli("review", "demo", "--player", "ana", "--bank", str(bank), input="Lyon\n")
    assert first.returncode == 0, first.stderr
    assert "1 question changed in the bank since you last saw it: its card starts over." in (
        first.stdout
    )
    assert asked(first.stdout) == ["Capital of France?"]  # Italy left the bank: not asked
    again = quizcli("review", "demo", "--player", "ana", "--bank", str(bank))
    assert "changed" not in again.stdout
    db = sqlite3.connect(isolated_home / "quizcli.db")
    assert db.execute("SELECT COUNT(*) FROM cards").fetchone() == (3,)  # Italy's card kept
    db.close()
