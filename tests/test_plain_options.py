"""Plain mode with options that are themselves numbers: the option's own text always wins.

``1 2 3 4`` shown shuffled, ``10,000m`` among distances, years to put in order: such
options are labelled a), b), c), and typing a number means the option with that text,
never a position. Option texts with commas or spaces can be typed as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers import HEADER, VALID, quizcli, write
from hypothesis import given
from hypothesis import strategies as st

from quizcli.grading import AnswerFormatError
from quizcli.model import ChoiceQuestion, MultiQuestion, OrderQuestion, Presented
from quizcli.ui.plain import parse_line

NUMBERS = (
    HEADER
    + """
[[questions]]
id = "lane"
kind = "choice"
prompt = "Which lane did he run in?"
choices = ["1", "2", "3", "4"]
answer = "3"

[[questions]]
id = "distances"
kind = "multi"
prompt = "Which distances will he run in Los Angeles?"
choices = ["1500m", "5000m", "10,000m", "3000m steeplechase"]
answer = ["5000m", "10,000m"]

[[questions]]
id = "years"
kind = "order"
prompt = "Oldest first."
answer = ["1996", "2000", "2004"]
"""
)

# The lane question, --seed 1: shuffled, "3" is the fourth option; typing 3 picks it.
LANE = """\

Question 1 of 1 · Demo set · score 0 · streak 0 · medium
Which lane did he run in?
Pick one.
  a) 1
  b) 2
  c) 4
  d) 3
Your answer (the option's letter or text; empty line skips): 3
Right! +200 points
Right answer: 3
"""


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, NUMBERS)


def play(bank: Path, kind: str, answers: str) -> str:
    result = quizcli(
        "play", "demo", "--bank", str(bank), "--kind", kind, "--seed", "1", input=answers
    )
    assert (result.returncode, result.stderr) == (0, "")
    return result.stdout


def test_a_number_typed_is_the_option_with_that_text(bank: Path) -> None:
    out = play(bank, "choice", "3\n")
    assert out[: len(LANE)] == LANE


@pytest.mark.parametrize("answer", ["d", "D", " 3 "])
def test_numeric_options_by_letter_or_text(bank: Path, answer: str) -> None:
    assert "Right! +200 points" in play(bank, "choice", f"{answer}\n")


def test_a_number_that_is_no_option_says_how_to_name_one(bank: Path) -> None:
    out = play(bank, "choice", "7\n\n")
    assert (
        "Not understood: 7 is not one of the options; name one by its letter (a-d) or its "
        "text. Type the option's letter or text." in out
    )
    assert "Skipped" in out


@pytest.mark.parametrize(
    "answer",
    ["10,000m, 5000m", "5000m 10,000m", "10,000m;5000m", "5000m,10000m", "10 000m, 5000m"],
)
def test_option_texts_with_commas_can_be_typed(bank: Path, answer: str) -> None:
    out = play(bank, "multi", f"{answer}\n")
    assert "Right! +200 points" in out, out


def test_multi_with_numeric_options_by_letters(bank: Path) -> None:
    out = play(bank, "multi", "x\n\n")
    shown = dict(re.findall(r"^  ([a-d])\) (.+)$", out, re.MULTILINE))
    letters = sorted(letter for letter, text in shown.items() if text in ("5000m", "10,000m"))
    assert "Right! +200 points" in play(bank, "multi", ",".join(letters) + "\n")
    assert "Right! +200 points" in play(bank, "multi", "".join(letters) + "\n")


def test_order_of_numbers_by_text_and_by_letters(bank: Path) -> None:
    assert "Right! +200 points" in play(bank, "order", "1996 2000 2004\n")
    out = play(bank, "order", "x\n\n")
    assert "the letters in order, like c a b" in out
    shown = {text: letter for letter, text in re.findall(r"^  ([a-c])\) (.+)$", out, re.M)}
    right = [shown[year] for year in ("1996", "2000", "2004")]
    assert "Right! +200 points" in play(bank, "order", " ".join(right) + "\n")
    assert "Right! +200 points" in play(bank, "order", "".join(right) + "\n")


def test_options_that_are_not_numbers_keep_their_numbers(tmp_path: Path) -> None:
    out = play(write(tmp_path, VALID), "choice", "\n")
    assert "  1) " in out and "  a) " not in out
    assert "the option's number or letter" in out


# Options that look like numbers: digits, with thousands commas, units, times.
numeric_option = st.from_regex(r"[0-9]{1,5}(,[0-9]{3})?(m|km| s|:[0-5][0-9])?", fullmatch=True)


@given(st.lists(numeric_option, min_size=2, max_size=8, unique_by=lambda o: o.replace(",", "")))
def test_every_numeric_option_is_picked_by_its_own_text(options: list[str]) -> None:
    question = ChoiceQuestion(id="q", prompt="?", choices=tuple(options), answer=options[0])
    presented = Presented(question, 1, 1, options=tuple(options))
    for option in options:
        assert parse_line(presented, option) == option
    multi = MultiQuestion(id="m", prompt="?", choices=tuple(options), answer=(options[0],))
    presented = Presented(multi, 1, 1, options=tuple(options))
    assert parse_line(presented, ", ".join(reversed(options))) == tuple(options)
    order = OrderQuestion(id="o", prompt="?", answer=tuple(options))
    presented = Presented(order, 1, 1, options=tuple(options))
    assert parse_line(presented, "; ".join(reversed(options))) == tuple(reversed(options))


def test_a_position_is_not_taken_for_a_numeric_option() -> None:
    options = ("10", "20", "30")
    question = ChoiceQuestion(id="q", prompt="?", choices=options, answer="10")
    with pytest.raises(AnswerFormatError, match="letter"):
        parse_line(Presented(question, 1, 1, options=options), "2")


@pytest.mark.parametrize(
    "options",
    [("C", "C#", "C++"), ("{", "}"), ("-40", "+40"), ("cos(x)", "-cos(x)"), ("1%", "<1%")]
    + [("?:", "??")],
)
def test_options_that_differ_in_symbols_are_picked_by_their_own_text(
    options: tuple[str, ...],
) -> None:
    question = ChoiceQuestion(id="q", prompt="?", choices=options, answer=options[0])
    presented = Presented(question, 1, 1, options=options)
    for option in options:
        assert parse_line(presented, option) == option
        assert parse_line(presented, f" {option.lower()} ") == option


def test_a_folded_answer_naming_two_options_is_refused() -> None:
    options = ("-40", "+40", "0")
    question = ChoiceQuestion(id="q", prompt="?", choices=options, answer="-40")
    with pytest.raises(AnswerFormatError, match="could be any of -40, \\+40"):
        parse_line(Presented(question, 1, 1, options=options), "40")
    assert parse_line(Presented(question, 1, 1, options=options), "+40") == "+40"
