"""How names are written around the words before them (issue 21), in articles of our own:

- a nationality of two words (``South African``, ``Costa Rican``) before a name is never
  part of it: the person is ``Pieter Venter``, not ``African Pieter Venter``;

And the guard: a nationality of one word that ends no country's name (``The African Lions
coach Omar Diallo``) takes nothing off the name after it.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft.names import name_runs
from quizcli.draft.runs import lowercase_vocabulary
from quizcli.model import ChoiceQuestion

QUOTES = (
    '"I never thought I could do it here, not in front of all these people," said Lena '
    'Storm.\n\n"It was a long week and I am tired now, but I am happy," said Mia Berg.\n\n'
    '"We will all be back next year to try again, that much I know," said Nina Holt.'
)


def _answers(tmp_path: Path, text: str) -> set[str]:
    """Every answer and choice of the drafted questions."""
    found: set[str] = set()
    for question in drafted(tmp_path, text).bank.questions:
        found.add(str(question.answer))
        if isinstance(question, ChoiceQuestion):
            found.update(str(choice) for choice in question.choices)
    return found


def _runs(texts: list[str]) -> list[tuple[str, ...]]:
    """The name runs of each text, read with the texts' own vocabulary."""
    vocabulary = lowercase_vocabulary(texts)
    return [run.words for text in texts for run in name_runs(text, vocabulary)]


def test_a_two_word_nationality_is_no_part_of_the_name(tmp_path: Path) -> None:
    text = (
        "Venter on top\n\n"
        "South African Pieter Venter won the race ahead of Tom Baxley and Neil Corrie.\n\n"
        f"{QUOTES}"
    )
    answers = _answers(tmp_path, text)
    assert "Pieter Venter" in answers
    assert not any("African" in answer for answer in answers)


def test_costa_rican_and_sri_lankan_before_a_name() -> None:
    runs = _runs(
        ["Costa Rican Ana Vargas and Sri Lankan Ravi Perera were also in the field of forty."]
    )
    assert ("Ana", "Vargas") in runs
    assert ("Ravi", "Perera") in runs


def test_a_name_after_a_one_word_nationality_is_kept() -> None:
    # guard: "African" ends no country here; nothing is taken off the run
    runs = _runs(["The African Lions coach Omar Diallo spoke after the game on Sunday."])
    assert ("Omar", "Diallo") in runs
