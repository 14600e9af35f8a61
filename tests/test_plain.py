"""Plain mode as scripts and screen readers use it: a subprocess with piped stdin."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from helpers import VALID, quizcli, write

# A whole round of the demo bank with --seed 4, answered line by line: a partial multi, an
# invalid line, a letter for a choice, the hint, an accent-free name, a skip, a dotted time.
ANSWERS = "1 2\nmaybe\nyes\na\n?\n2 1 3\nsorum\n\n13.13.66\n"
TRANSCRIPT = """\

Question 1 of 7 · Demo set · score 0 · streak 0 · medium
Who won a 1500m medal?
Select all that apply.
  1) Cole Hocker
  2) Yared Nuguse
  3) Josh Kerr
  4) Jake Wightman
Your answer (the numbers of every right option, like 1,3; empty line skips): 1 2
Partly right +133 points (200 base × 67% partial = 133)
Your answer: Cole Hocker, Yared Nuguse
Right answer: Cole Hocker, Josh Kerr, Yared Nuguse
Source: A source

Question 2 of 7 · Demo set · score 133 · streak 0 · easy
He won the 5000m.
True or false?
  1) True
  2) False
Your answer (t or f; empty line skips): maybe
Not understood: answer t (true) or f (false). Type t or f.
Your answer (t or f; empty line skips): yes
Right! +100 points
Right answer: True

Question 3 of 7 · Demo set · score 233 · streak 1 · easy
Who won the 1500m?
Pick one.
  1) Cole Hocker
  2) Yared Nuguse
  3) Josh Kerr
Your answer (the option's number or letter; empty line skips): a
Right! +110 points (100 base × +10% streak = 110)
Right answer: Cole Hocker
Cole Hocker won.
Source: A source

Question 4 of 7 · Demo set · score 343 · streak 2 · hard
Order the 1500m podium.
Put them in order, first to last.
  1) Josh Kerr
  2) Cole Hocker
  3) Yared Nuguse
Your answer (the numbers in order, like 3 1 2; ? for a hint; empty line skips): ?
Hint: An American won. (points halved)
Your answer (the numbers in order, like 3 1 2; empty line skips): 2 1 3
Right! +180 points (300 base × +20% streak × ½ hint = 180)
Right answer: 1. Cole Hocker  2. Josh Kerr  3. Yared Nuguse

Question 5 of 7 · Demo set · score 523 · streak 3 · medium
Which Norwegian pairs with Mol?
Type your answer.
Your answer (a word or a name; empty line skips): sorum
Right! +260 points (200 base × +30% streak = 260)
Right answer: Sørum (also accepted: Sorum)

Question 6 of 7 · Demo set · score 783 · streak 4 · medium
Where did he finish in the 1500m?
Type a number.
Your answer (a number; empty line skips):\x20
Skipped 0 points (200 were possible)
Your answer: no answer
Right answer: 4

Question 7 of 7 · Demo set · score 783 · streak 0 · hard
His 5000m winning time?
Type a time, like 2:05.31.
Your answer (a time, like 2:05.31; empty line skips): 13.13.66
Right! +300 points
Right answer: 13:13.66

Round over: Demo set
  1. q-multi: Partly right, 133 points
  2. q-tf: Right, 100 points
  3. q-choice: Right, 110 points
  4. q-order: Right, 180 points
  5. q-text: Right, 260 points
  6. q-number: Skipped, 0 points
  7. q-time: Right, 300 points
Score 1083 of 1850 · accuracy 81% · best streak 4 · time TIME
7 of 7 questions: 5 right, 1 partly right, 0 wrong, 1 skipped, 0 too slow
By tag: 1500m 83% (2) · podium 67% (1)
New high score on demo!
"""


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def play(bank: Path, *args: str, answers: str) -> tuple[int, str, str]:
    result = quizcli("play", "demo", "--bank", str(bank), "--player", "ana", *args, input=answers)
    return result.returncode, result.stdout, result.stderr


def test_full_round_transcript(demo: Path) -> None:
    code, out, err = play(demo, "--seed", "4", answers=ANSWERS)
    assert err == ""
    assert code == 0
    assert re.sub(r"time \d+s", "time TIME", out) == TRANSCRIPT


def test_plain_output_has_no_escape_sequences(demo: Path) -> None:
    _, out, _ = play(demo, "--seed", "4", answers=ANSWERS)
    assert "\x1b" not in out


def test_invalid_lines_get_one_message_and_the_same_question(demo: Path) -> None:
    answers = "9\n1,1\nzzz\n\n"  # out of range, twice, unknown, then skip
    code, out, err = play(demo, "--kind", "multi", answers=answers)
    assert code == 0
    assert "Not understood: 9 is not an option (1-4)." in out
    assert "Not understood: an option is listed twice." in out
    assert "Not understood: 'zzz' is not one of the options." in out
    assert out.count("Question 1 of 1") == 1
    assert "Skipped" in out
    assert "Traceback" not in err


@pytest.mark.parametrize("kind", ["choice", "multi", "order"])
def test_digits_int_cannot_read_are_not_understood(demo: Path, kind: str) -> None:
    # "²" and "①" are digits to str.isdigit() but not numbers to int().
    code, out, err = play(demo, "--kind", kind, answers="²\n①\n\n")
    assert (code, err) == (0, "")
    assert "Not understood: '²' is not one of the options." in out
    assert "Not understood: '①' is not one of the options." in out
    assert "Skipped" in out


def test_an_arabic_indic_digit_picks_an_option(demo: Path) -> None:
    code, out, err = play(demo, "--kind", "choice", answers="\u0662\n")
    assert (code, err) == (0, "")
    assert "Not understood" not in out and "Skipped" not in out


def test_piped_answers_are_echoed_literally(demo: Path) -> None:
    code, out, _ = play(demo, "--kind", "text", answers="\x1b[31mred\u202e\n")
    assert code == 0
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[31mred\\u202e" in out


def test_question_mark_without_a_hint(demo: Path) -> None:
    code, out, _ = play(demo, "--kind", "truefalse", answers="?\nt\n")
    assert "No hint for this question." in out
    assert "Right!" in out


def test_no_hints_option(demo: Path) -> None:
    _, out, _ = play(demo, "--seed", "4", "--kind", "order", "--no-hints", answers="?\n2 1 3\n")
    assert "? for a hint" not in out
    assert "No hint for this question." in out
    assert "Right! +300 points" in out


def test_end_of_input_ends_the_round_with_its_summary(demo: Path) -> None:
    code, out, err = play(demo, "--seed", "4", answers="1 2 3\n")
    assert code == 0
    assert err == ""
    assert "Round over: Demo set" in out
    assert "1 of 7 questions: 1 right" in out
    assert "The round ended early, after 1 of 7 questions." in out


def test_options_by_text(demo: Path) -> None:
    answers = "cole hocker, JOSH KERR; Yared Nuguse\n"
    _, out, _ = play(demo, "--kind", "multi", answers=answers)
    assert "Right! +200 points" in out


def test_no_input_at_all(demo: Path) -> None:
    code, out, _ = play(demo, "--seed", "4", answers="")
    assert code == 0
    assert "0 of 7 questions" in out


def test_several_sets_in_plain_mode_need_a_name(demo: Path) -> None:
    # Two sets and no --bank: the built-in one and the user's own.
    user_dir = Path(os.environ["QUIZCLI_HOME"]) / "questions"
    user_dir.mkdir(parents=True)
    shutil.copy(demo, user_dir / "demo.toml")
    result = quizcli("play", input="")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Error: several sets are loaded; name one: quizcli play SET (sets: paris2024, demo)"
    )


def test_unknown_set() -> None:
    result = quizcli("play", "nope", input="")
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: no set 'nope' (sets found: paris2024)"


def test_a_filter_that_leaves_nothing_is_a_clear_error() -> None:
    result = quizcli("play", "paris2024", "--tag", "curling", input="")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Error: no question matches --tag curling (see the tags in `quizcli list`)"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["--count", "0"],
        ["--time-limit", "0"],
        ["--time-limit", "nan"],
        ["--kind", "essay"],
        ["--difficulty", "brutal"],
    ],
)
def test_bad_options_are_usage_errors(args: list[str]) -> None:
    result = quizcli("play", "paris2024", *args, input="")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_player_flag_beats_env(demo: Path) -> None:
    # The name is not shown in plain mode yet; a bad name proves which one was used.
    env = {"QUIZCLI_PLAYER": "bad\x07name"}
    result = quizcli("play", "demo", "--bank", str(demo), input="", env=env)
    assert result.returncode == 1
    assert "control or invisible character" in result.stderr
    result = quizcli("play", "demo", "--bank", str(demo), "--player", "ok", input="", env=env)
    assert result.returncode == 0


def test_seeded_plain_rounds_are_reproducible(demo: Path) -> None:
    first = play(demo, "--seed", "12", answers="")[1]
    second = play(demo, "--seed", "12", answers="")[1]
    assert re.sub(r"time \d+s", "", first) == re.sub(r"time \d+s", "", second)


def test_timed_plain_round_shows_the_limit(demo: Path) -> None:
    _, out, _ = play(demo, "--seed", "4", "--count", "1", "--time-limit", "30", answers="1 2 3\n")
    assert "30 s to answer" in out
    assert "speed" in out  # the points breakdown shows the speed factor


def test_a_bad_bank_named_with_bank_is_reported_by_play(tmp_path: Path) -> None:
    bad = write(tmp_path, VALID.replace("format = 1", "format = 3"))
    result = quizcli("play", "demo", "--bank", str(bad), input="")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"Error: {bad}:1: format 3 is not supported (this quizcli reads format 1)"
    )
