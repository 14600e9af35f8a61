"""The loader and validator: one test per rule, each asserting the exact message."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import HEADER, VALID, write

from quizcli.bank.load import load_bank
from quizcli.errors import BankError
from quizcli.model import (
    ChoiceQuestion,
    Difficulty,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)

# HEADER is 11 lines; a question appended with bank_with() starts its [[questions]] header on
# line 13 and its first key on line 14.
QUESTION_LINE = 14


def bank_with(body: str) -> str:
    """A bank of HEADER plus one question whose keys are ``body``."""
    return HEADER + "\n[[questions]]\n" + body


def problems(tmp_path: Path, text: str) -> list[str]:
    """Load ``text`` and return every problem as its message line, with FILE for the path."""
    path = write(tmp_path, text)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    return [str(p).replace(str(path), "FILE") for p in caught.value.problems]


def test_valid_bank_loads_every_kind(tmp_path: Path) -> None:
    qset = load_bank(write(tmp_path, VALID))
    assert qset.id == "demo"
    assert qset.title == "Demo set"
    assert qset.tags == ("test",)
    assert qset.sources[0].title == "A source"
    kinds = [type(q) for q in qset.questions]
    assert kinds == [
        ChoiceQuestion,
        MultiQuestion,
        TrueFalseQuestion,
        OrderQuestion,
        NumberQuestion,
        TimeQuestion,
        TextQuestion,
    ]
    time_q = qset.questions[5]
    assert isinstance(time_q, TimeQuestion)
    assert time_q.seconds == pytest.approx(793.66)
    assert qset.questions[2].difficulty is Difficulty.EASY
    assert qset.questions[4].difficulty is Difficulty.MEDIUM  # the default


def test_bom_and_crlf_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "bank.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode())
    assert load_bank(path).id == "demo"


def test_toml_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    text = 'format = 1\n[set]\nid = "x"\ntitle = "unclosed\n'
    assert problems(tmp_path, text) == ["FILE:4:18: invalid TOML: Illegal character '\\n'"]


def test_unknown_top_level_key(tmp_path: Path) -> None:
    text = VALID.replace("format = 1\n", "format = 1\nqestions = []\n")
    assert problems(tmp_path, text) == ["FILE:2: unknown top-level key 'qestions'"]


def test_missing_format(tmp_path: Path) -> None:
    assert problems(tmp_path, VALID.replace("format = 1\n", "")) == [
        "FILE:1: missing 'format = 1' at the top"
    ]


def test_unsupported_format(tmp_path: Path) -> None:
    assert problems(tmp_path, VALID.replace("format = 1", "format = 2")) == [
        "FILE:1: format 2 is not supported (this quizcli reads format 1)"
    ]


def test_missing_set_table(tmp_path: Path) -> None:
    text = VALID.replace('[set]\nid = "demo"\ntitle = "Demo set"\n', "").replace(
        'description = "A tiny bank for tests."\ntags = ["test"]\n', ""
    )
    assert problems(tmp_path, text) == ["FILE:1: set: missing the [set] table"]


def test_unknown_field_in_set(tmp_path: Path) -> None:
    text = VALID.replace('title = "Demo set"', 'title = "Demo set"\ntitel = "typo"')
    assert problems(tmp_path, text) == ["FILE:6: set: unknown field 'titel' in [set]"]


def test_missing_set_title(tmp_path: Path) -> None:
    text = VALID.replace('title = "Demo set"\n', "")
    assert problems(tmp_path, text) == ["FILE:3: set: missing required field 'title'"]


def test_set_id_must_be_a_slug(tmp_path: Path) -> None:
    text = VALID.replace('id = "demo"', 'id = "Demo Set"')
    assert problems(tmp_path, text) == [
        "FILE:4: set: id 'Demo Set' must be a slug: lowercase letters, digits and single hyphens"
    ]


def test_missing_required_field(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:13: question q1: missing required field 'prompt'"
    ]


def test_missing_answer(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = "Yes?"\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:13: question q1: missing required field 'answer'"
    ]


def test_unknown_field_in_question(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = "Yes?"\nanswr = true\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == ["FILE:17: question q1: unknown field 'answr'"]


def test_field_of_another_kind(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = "Yes?"\nchoices = ["a", "b"]\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: field 'choices' does not apply to truefalse questions"
    ]


def test_wrong_type(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = 42\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:16: question q1: 'prompt' must be a string, not an integer"
    ]


def test_truefalse_answer_must_be_bool(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = "Yes?"\nanswer = "true"\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: 'answer' must be true or false (no quotes), not a string"
    ]


def test_empty_prompt(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = "   "\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == ["FILE:16: question q1: 'prompt' is empty"]


def test_one_line_fields_refuse_a_newline(tmp_path: Path) -> None:
    # A bank could otherwise print a fake "Right answer: ..." line under a title or option.
    text = VALID.replace('title = "Demo set"', 'title = "Demo\\nRight answer: fake"')
    assert problems(tmp_path, text) == [
        "FILE:5: set: 'title' must be one line: 'Demo\\nRight answer: fake' has a line break"
    ]
    body = (
        'id = "q1"\nkind = "choice"\nprompt = "Who?"\nchoices = ["A\\nB", "C"]\n'
        'answer = "C"\nattribution = "Him\\nHer"\n'
    )
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: 'choices' must hold one-line items: 'A\\nB' is not",
        "FILE:19: question q1: 'attribution' must be one line: 'Him\\nHer' has a line break",
    ]


def test_multi_line_fields_keep_their_lines(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = """Line one\nline two"""\nanswer = true\n'
    (question,) = load_bank(write(tmp_path, bank_with(body))).questions
    assert question.prompt == "Line one\nline two"


def test_unknown_kind(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "essay"\nprompt = "Discuss."\nanswer = "x"\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:15: question q1: unknown kind 'essay' "
        "(expected one of: choice, multi, truefalse, order, number, time, text)"
    ]


def test_unknown_difficulty(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = "Yes?"\ndifficulty = "brutal"\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: unknown difficulty 'brutal' (expected one of: easy, medium, hard)"
    ]


def test_duplicate_question_ids(tmp_path: Path) -> None:
    text = (
        VALID
        + '\n[[questions]]\nid = "q-tf"\nkind = "truefalse"\nprompt = "Again?"\nanswer = false\n'
    )
    last = VALID.count("\n") + 3
    assert problems(tmp_path, text) == [f"FILE:{last}: question q-tf: duplicate question id 'q-tf'"]


def test_duplicate_source_ids(tmp_path: Path) -> None:
    text = VALID.replace(
        'title = "A source"\n', 'title = "A source"\n\n[[sources]]\nid = "src"\ntitle = "Again"\n'
    )
    assert problems(tmp_path, text) == ["FILE:14: source src: duplicate source id 'src'"]


def test_question_id_must_be_a_slug(tmp_path: Path) -> None:
    body = 'id = "Q 1"\nkind = "truefalse"\nprompt = "Yes?"\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:14: question Q 1: id 'Q 1' must be a slug: "
        "lowercase letters, digits and single hyphens"
    ]


def test_answer_not_among_choices(tmp_path: Path) -> None:
    body = (
        'id = "q1"\nkind = "choice"\nprompt = "Who?"\n'
        'choices = ["Cole Hocker", "Josh Kerr"]\nanswer = "Jakob Ingebrigtsen"\n'
    )
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:18: question q1: answer 'Jakob Ingebrigtsen' is not one of the choices"
    ]


def test_too_few_choices(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "choice"\nprompt = "Who?"\nchoices = ["A"]\nanswer = "A"\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: 'choices' has 1 items; give 2 to 8"
    ]


def test_duplicate_choices(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "choice"\nprompt = "Who?"\nchoices = ["A", "B", "A"]\nanswer = "A"\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: 'choices' lists the same item twice: 'A'"
    ]


def test_multi_answer_not_a_subset(tmp_path: Path) -> None:
    body = (
        'id = "q1"\nkind = "multi"\nprompt = "Who?"\n'
        'choices = ["A", "B", "C"]\nanswer = ["A", "D"]\n'
    )
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:18: question q1: answer is not a subset of the choices: 'D' not among them"
    ]


def test_multi_answer_empty(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "multi"\nprompt = "Who?"\nchoices = ["A", "B"]\nanswer = []\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:18: question q1: 'answer' must list at least one of the choices"
    ]


def test_order_with_fewer_than_two_items(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "order"\nprompt = "Order."\nanswer = ["A"]\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: an order question needs 2 to 8 items, not 1"
    ]


def test_order_with_more_than_eight_items(tmp_path: Path) -> None:
    items = ", ".join(f'"{n}"' for n in range(9))
    body = f'id = "q1"\nkind = "order"\nprompt = "Order."\nanswer = [{items}]\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: an order question needs 2 to 8 items, not 9"
    ]


def test_order_with_duplicate_items(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "order"\nprompt = "Order."\nanswer = ["A", "B", "A"]\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: 'answer' lists the same item twice: 'A'"
    ]


def test_unparsable_time(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "time"\nprompt = "How long?"\nanswer = "13:75.00"\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: answer '13:75.00' is not a time "
        '(write it like "13:13.66", "1:02:03" or "9.79")'
    ]


def test_time_answer_must_be_a_string(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "time"\nprompt = "How long?"\nanswer = 793.66\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: 'answer' must be a time in quotes such as \"13:13.66\", not a number"
    ]


def test_negative_tolerance(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "number"\nprompt = "How many?"\nanswer = 4\ntolerance = -1\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:18: question q1: 'tolerance' must not be negative, not -1"
    ]


def test_number_answer_must_be_a_number(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "number"\nprompt = "How many?"\nanswer = "four"\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: 'answer' must be a number, not a string"
    ]


def test_number_answer_must_be_finite(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "number"\nprompt = "How many?"\nanswer = nan\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: 'answer' must be a finite number, not nan"
    ]


def test_undeclared_source(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = "Yes?"\nsource = "bbc"\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: source 'bbc' is not declared in [[sources]] (declared: src)"
    ]


def test_tags_must_be_strings(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "truefalse"\nprompt = "Yes?"\ntags = ["a", 2]\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: 'tags' must hold only strings, not an integer"
    ]


def test_question_must_be_a_table(tmp_path: Path) -> None:
    text = HEADER.replace("format = 1\n", "format = 1\nquestions = [1]\n")
    assert problems(tmp_path, text) == ["FILE:2: questions #1: must be a table, not an integer"]


def test_no_questions(tmp_path: Path) -> None:
    assert problems(tmp_path, HEADER) == ["FILE:1: no [[questions]]: a bank needs at least one"]


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    text = bank_with(
        'id = "q1"\nkind = "choice"\nprompt = ""\nchoices = ["A", "B"]\nanswer = "C"\n'
    )
    text = text.replace('title = "Demo set"\n', "")
    found = problems(tmp_path, text)
    assert found == [
        "FILE:3: set: missing required field 'title'",
        "FILE:15: question q1: 'prompt' is empty",
        "FILE:17: question q1: answer 'C' is not one of the choices",
    ]


def test_question_without_id_is_named_by_position(tmp_path: Path) -> None:
    body = 'kind = "truefalse"\nprompt = "Yes?"\nanswer = true\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:13: question #1: missing required field 'id'"
    ]


def test_multiline_strings_do_not_confuse_line_numbers(tmp_path: Path) -> None:
    body = (
        'id = "q1"\nkind = "truefalse"\nexplanation = """\nanswer = "not a key"\n"""\n'
        'prompt = "Yes?"\nanswer = "yes"\n'
    )
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:20: question q1: 'answer' must be true or false (no quotes), not a string"
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "FILE:1: is empty (a bank needs format = 1, a [set] and [[questions]])"),
        (b" \n\t\n", "FILE:1: is empty (a bank needs format = 1, a [set] and [[questions]])"),
        (b"format = 1\n\xff\xfe", "FILE:2: is not UTF-8 text (banks must be saved as UTF-8)"),
        (b"format = 1\n\x00\x01", "FILE:1: is a binary file, not TOML text"),
    ],
)
def test_files_that_are_not_banks(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bank.toml"
    path.write_bytes(content)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value.problems[0]).replace(str(path), "FILE") == expected


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BankError) as caught:
        load_bank(tmp_path / "nope.toml")
    assert str(caught.value) == f"{tmp_path / 'nope.toml'}:1: no such file"


def test_folder_named_like_a_bank(tmp_path: Path) -> None:
    (tmp_path / "x.toml").mkdir()
    with pytest.raises(BankError) as caught:
        load_bank(tmp_path / "x.toml")
    assert str(caught.value) == f"{tmp_path / 'x.toml'}:1: is a folder, not a bank file"


def test_choices_that_differ_only_in_case_or_accents(tmp_path: Path) -> None:
    body = (
        'id = "q1"\nkind = "choice"\nprompt = "Who?"\nchoices = ["Kerr", "KÉRR"]\nanswer = "Kerr"\n'
    )
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:17: question q1: choices 'Kerr' and 'KÉRR' differ only in case or accents; "
        "players could not tell them apart"
    ]


@pytest.mark.parametrize(
    "choices",
    [["C", "C#", "C++"], ["{", "}"], ["-40", "+40"], ["cos(x)", "-cos(x)"], ["1%", "<1%"]]
    + [["?:", "??"], ["Kerr", "Kerr!"]],
)
def test_choices_that_differ_in_symbols_are_distinct(tmp_path: Path, choices: list[str]) -> None:
    listed = ", ".join(f'"{c}"' for c in choices)
    body = f'id = "q1"\nkind = "choice"\nprompt = "Which?"\nchoices = [{listed}]\n'
    body += f'answer = "{choices[1]}"\n'
    question = load_bank(write(tmp_path, bank_with(body))).questions[0]
    assert isinstance(question, ChoiceQuestion) and list(question.choices) == choices


def test_text_answer_without_letters_or_digits(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "text"\nprompt = "Who?"\nanswer = "Kerr"\naccept = ["???"]\n'
    assert problems(tmp_path, bank_with(body)) == [
        "FILE:18: question q1: '???' has no letters or digits, so no typed answer could match it"
    ]


def test_problems_are_listed_in_line_order(tmp_path: Path) -> None:
    body = 'id = "q1"\nkind = "choice"\nanswer = "C"\nprompt = ""\nchoices = ["A", "B"]\n'
    lines = [int(p.split(":")[1]) for p in problems(tmp_path, bank_with(body))]
    assert lines == sorted(lines)


def test_oversized_bank(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quizcli.bank.load as load

    monkeypatch.setattr(load, "MAX_BANK_BYTES", 100)
    path = write(tmp_path, VALID)
    with pytest.raises(BankError) as caught:
        load_bank(path)
    size = path.stat().st_size
    assert str(caught.value) == f"{path}:1: is {size:,} bytes; banks are limited to 0 MiB"
