"""A passive win whose winner comes after a nation's possessive (issue 21), in articles of
our own: ``The race was won by Scotland's Duncan Scott`` (a real Commonwealth Games report's
winner went unasked: the name had to follow "won by" at once), ``won by New Zealand's Ana
Roe``; never a person's possessive (``won by Scott's coach Ben Hill`` names no winner).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

FIELD = "Anna Berg was ninth, Cora Dale 10th, Dina Eck 11th and Ella Fox 12th."


@pytest.mark.parametrize(
    ("sentence", "winner", "race"),
    [
        (
            "The men's 200m individual medley final was won by Scotland's Duncan Scott.",
            "Duncan Scott",
            "men's 200m individual medley",
        ),
        ("The women's 800m was won by New Zealand's Ana Roe.", "Ana Roe", "women's 800m"),
    ],
)
def test_the_winner_after_a_nations_possessive(
    tmp_path: Path, sentence: str, winner: str, race: str
) -> None:
    medals = facts(drafted(tmp_path, f"{sentence}\n\n{FIELD}"), "medal")
    assert (winner, race, 1) in medals


def test_a_persons_possessive_names_no_winner(tmp_path: Path) -> None:
    text = f"The men's 200m final was won by Scott's coach Ben Hill.\n\n{FIELD}"
    medals = facts(drafted(tmp_path, text), "medal")
    assert not [m for m in medals if m[2] == 1], medals
