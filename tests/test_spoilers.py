"""Issue 20: no round shows a question's answer before the question is asked.

The main check plays seeded rounds of 10 in plain mode, in-process through the real plain
asker and view with the output captured whole (every answer skipped, so every explanation,
right-answer line and source line is printed), and looks in the output before each
question for that question's answer and its accepted spellings. It runs on the built-in
bank (1,000 rounds, the seeds the issue quotes included), on a bank drafted from each
source article and on an imported GIFT file (200 rounds each). A few subprocess rounds
check that the in-process capture is what the CLI prints. The answers looked for are
written out here, apart from quizcli.spoilers, so that the check does not grade itself.
"""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import quizcli, write

from quizcli.bank.entry import Bank, open_bank
from quizcli.draw import SetSource
from quizcli.game import Round, RoundOptions
from quizcli.model import (
    ChoiceQuestion,
    GameResult,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TimeQuestion,
)
from quizcli.parsing import fold
from quizcli.spoilerwords import EVERYDAY
from quizcli.ui.plain import PlainAsker, PlainView

ROOT = Path(__file__).resolve().parents[1]
PARIS = ROOT / "questions" / "paris2024.toml"
ARTICLES = Path("/work/shared/articles")
GIFT = ROOT / "tests" / "data" / "import" / "gift" / "features.gift"
ISSUE_SEEDS = (15, 20, 26, 262, 94, 153, 18, 29, 8)
HEADER = re.compile(r"^Question (\d+) of (\d+) · ", re.MULTILINE)


def answer_spellings(question: Question) -> list[str]:
    """What would give ``question`` away, folded: its answer (3+ letters) and accepted
    spellings of 4+ letters; a choice's answer unless an everyday word; a number of 10 or
    more as written with or without a thousands comma; a time as the bank writes it."""
    found: list[str] = []
    if isinstance(question, TextQuestion):
        found.append(fold(question.answer))
        found += [fold(a) for a in question.accept if len(fold(a).replace(" ", "")) >= 4]
        return [f for f in found if len(f.replace(" ", "")) >= 3]
    if isinstance(question, ChoiceQuestion):
        answer = fold(question.answer)
        if answer not in EVERYDAY and answer not in ("true", "false"):
            found.append(answer)
    elif isinstance(question, NumberQuestion) and abs(question.answer) >= 10:
        if float(question.answer).is_integer():
            found += [fold(str(int(question.answer))), fold(f"{int(question.answer):,}")]
        else:
            found.append(fold(repr(float(question.answer))))
    elif isinstance(question, TimeQuestion):
        found.append(fold(question.answer))
    return [f for f in found if len(f.replace(" ", "")) >= 3]


# Lines that list names rather than state anything: the options of a question, and the
# answer lines of an order or multi question. A choice's right option named in such a list
# elsewhere is one candidate among others, as in its own options: it gives nothing away.
OPTION_LINE = re.compile(r"^  [0-9a-h]\) ", re.MULTILINE)


def free_text(chunk: str, question: Question) -> str:
    """``chunk`` (the output of one question) without its lists."""
    lines = [line for line in chunk.splitlines() if not OPTION_LINE.match(line)]
    if isinstance(question, OrderQuestion | MultiQuestion):
        lines = [line for line in lines if not line.startswith(("Right answer:", "Your answer:"))]
    return "\n".join(lines)


def play_captured(game: Round) -> tuple[str, GameResult]:
    """The round's whole plain-mode output (every answer skipped) and its result."""
    out = io.StringIO()
    view = PlainView(out, game.qset)
    result = game.play(PlainAsker(io.StringIO("\n" * 80), out), view)
    view.show_summary(result)
    return out.getvalue(), result


def spoiled(game: Round, output: str) -> list[str]:
    """Every question of ``game`` whose answer is in ``output`` before it is asked (a
    choice's right option: in the text before it outside lists of options)."""
    starts = [m.start() for m in HEADER.finditer(output)]
    assert len(starts) == len(game.questions), output
    ends = [*starts[1:], len(output)]
    chunks = [output[start:end] for start, end in zip(starts, ends, strict=True)]
    problems = []
    for number, question in enumerate(game.questions, 1):
        if isinstance(question, ChoiceQuestion):
            earlier = [output[: starts[0]]] + [
                free_text(chunks[k], game.questions[k]) for k in range(number - 1)
            ]
            before = " " + fold(" ".join(earlier)) + " "
        else:
            before = " " + fold(output[: starts[number - 1]]) + " "
        for spelling in answer_spellings(question):
            if f" {spelling} " in before:
                problems.append(f"{question.id}: {spelling!r} shown before question {number}")
    return problems


def check_rounds(source: Bank | SetSource, seeds: Iterator[int] | range | list[int]) -> int:
    """Play a round of 10 for each seed; fail on any spoiler. How many rounds were short."""
    short = 0
    for seed in seeds:
        game = Round.start(source, RoundOptions(count=10, seed=seed))
        output, result = play_captured(game)
        assert result.asked == len(game.questions)
        problems = spoiled(game, output)
        assert not problems, f"seed {seed}: {problems}"
        short += game.left_out > 0
    return short


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


def test_a_thousand_rounds_of_the_builtin_bank_give_nothing_away(cache: Path) -> None:
    bank = open_bank(PARIS, cache)
    seeds = [*ISSUE_SEEDS, *(s for s in range(1000) if s not in ISSUE_SEEDS)][:1000]
    assert check_rounds(bank, seeds) == 0  # the bank is big enough: no round is cut short


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """A bank drafted (by the CLI, unreviewed) from each source article."""
    articles = sorted(ARTICLES.glob("*.txt"))
    if not articles:
        pytest.skip(f"no articles in {ARTICLES}")
    folder = tmp_path_factory.mktemp("drafts")
    banks = []
    for article in articles:
        target = folder / f"{article.stem}.toml"
        run = quizcli("draft", str(article), "-o", str(target))
        assert run.returncode == 0, run.stderr
        banks.append(target)
    return banks


def test_rounds_of_drafted_banks_give_nothing_away(drafted: list[Path], cache: Path) -> None:
    for path in drafted:
        check_rounds(open_bank(path, cache), range(200))


def test_rounds_of_an_imported_gift_file_give_nothing_away(tmp_path: Path, cache: Path) -> None:
    gift = tmp_path / "quiz.gift"
    shutil.copy(GIFT, gift)
    check_rounds(open_bank(gift, cache), range(200))


@pytest.mark.parametrize("seed", [15, 262])
def test_the_in_process_capture_is_what_the_cli_prints(seed: int, cache: Path) -> None:
    game = Round.start(open_bank(PARIS, cache), RoundOptions(count=10, seed=seed))
    output, _result = play_captured(game)
    run = quizcli("play", "paris2024", "--plain", "--seed", str(seed), input="\n" * 80)
    assert run.returncode == 0, run.stderr
    # The CLI goes on with the round's place on the leaderboard; the rest is the same.
    assert run.stdout.startswith(output.split("\nRound over:")[0])
    assert "\nRound over:" in run.stdout


def test_the_time_example_is_never_an_answer_of_the_round(tmp_path: Path) -> None:
    """The time instruction's example was the bank's only time answer (13:13.66)."""
    bank = write(
        tmp_path,
        """
format = 1
[set]
id = "times"
title = "Times"
[[questions]]
id = "a"
kind = "time"
prompt = "How fast?"
answer = "2:05.31"
[[questions]]
id = "b"
kind = "time"
prompt = "And this one?"
answer = "47.82"
""",
    )
    game = Round.start(open_bank(bank, None), RoundOptions(count=2, seed=1))
    output, _ = play_captured(game)
    assert "2:05.31" not in output.split("Right answer")[0]
    examples = re.findall(r"like ([0-9:.]+)", output)
    assert examples and all(e not in ("2:05.31", "47.82") for e in examples), examples


SPOILING = """
format = 1
[set]
id = "loop"
title = "Loop"
[[questions]]
id = "capital"
kind = "text"
prompt = "Which city is the capital of Austria?"
answer = "Vienna"
explanation = "Vienna lies on the Danube."
[[questions]]
id = "river"
kind = "text"
prompt = "Which river flows through Vienna?"
answer = "Danube"
[[questions]]
id = "plain"
kind = "number"
prompt = "How many sides has a square?"
answer = 4
"""


def test_a_round_that_cannot_be_filled_is_shorter_and_says_so(tmp_path: Path) -> None:
    """capital's explanation gives river's answer and river's prompt gives capital's: they
    can never both be in a round, so a round of 3 has 2 questions and says so in one line."""
    write(tmp_path, SPOILING)
    for seed in range(20):
        game = Round.start(
            open_bank(tmp_path / "bank.toml", None), RoundOptions(count=3, seed=seed)
        )
        assert len(game.questions) == 2 and game.left_out == 1
        assert {"capital", "river"} - {q.id for q in game.questions}
    run = quizcli("play", "loop", "--bank", str(tmp_path), "--plain", "--seed", "3", input="\n" * 9)
    assert run.returncode == 0, run.stderr
    (note,) = [line for line in run.stderr.splitlines() if line.startswith("Note:")]
    assert note == (
        "Note: 2 questions instead of 3: the others would show an answer before its question."
    )
    assert "Question 2 of 2" in run.stdout


def test_a_one_way_spoiler_is_asked_first_not_dropped(tmp_path: Path) -> None:
    """A question whose answer another one's explanation shows is asked before it."""
    text = SPOILING.replace("Which river flows through Vienna?", "Which river flows there?")
    write(tmp_path, text)
    for seed in range(30):
        game = Round.start(
            open_bank(tmp_path / "bank.toml", None), RoundOptions(count=3, seed=seed)
        )
        ids = [q.id for q in game.questions]
        assert len(ids) == 3 and ids.index("river") < ids.index("capital"), ids


def test_reveals_come_from_the_cache_without_folding_again(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reveals are computed once, when the cache entry is written: a round drawn from
    the entry folds no answer (and draws the same round as one drawn from the TOML)."""
    fresh = Round.start(open_bank(PARIS, cache), RoundOptions(count=10, seed=15))
    import quizcli.spoilers

    def refuse(question: object) -> tuple[str, ...]:
        raise AssertionError("reveals computed again")

    monkeypatch.setattr(quizcli.spoilers, "reveals", refuse)
    cached = Round.start(open_bank(PARIS, cache), RoundOptions(count=10, seed=15))
    assert [q.id for q in cached.questions] == [q.id for q in fresh.questions]


def test_validate_spoilers_lists_pairs_with_both_ids_and_the_text(tmp_path: Path) -> None:
    bank = write(tmp_path, SPOILING)
    plain = quizcli("validate", str(bank))
    assert plain.returncode == 0 and ": spoiler: " not in plain.stdout
    run = quizcli("validate", str(bank), "--spoilers")
    assert run.returncode == 1
    assert (
        f"{bank}: spoiler: question capital (explanation) shows the answer of question river: "
        "'Vienna lies on the Danube.'"
    ) in run.stdout
    assert (
        f"{bank}: spoiler: question river (prompt) shows the answer of question capital: "
        "'Which river flows through Vienna?'"
    ) in run.stdout
    grouped = write(
        tmp_path,
        SPOILING.replace('answer = "Vienna"', 'answer = "Vienna"\ngroup = "g"').replace(
            'answer = "Danube"', 'answer = "Danube"\ngroup = "g"'
        ),
        "grouped.toml",
    )
    run = quizcli("validate", str(grouped), "--spoilers")
    assert run.returncode == 0, run.stdout
    assert run.stdout.count("(same group: never in one round)") == 2


def test_the_builtin_bank_has_no_spoiler_across_groups() -> None:
    run = quizcli("validate", str(PARIS), "--spoilers")
    assert run.returncode == 0, run.stdout
    lines = [line for line in run.stdout.splitlines() if ": spoiler: " in line]
    assert all(line.endswith("(same group: never in one round)") for line in lines), lines
