"""A headline's win told by how it was won, in the present tense (issue 21), in articles of
our own: ``Peter Sagan sprints to stage five victory at the Tour de France`` (a real stage
report drafted nothing: the win was told only in its headline), ``Sifan Hassan storms to
victory in women's marathon``, ``Faith Kipyegon races to 1500m gold``; never a move in the
race (``sprints to the front in stage five``), a race reached, or a race with no win after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

BODY = (
    "Anna Berg was ninth, Cora Dale 10th, Dina Eck 11th and Ella Fox 12th in the race.\n\n"
    "The crowd stayed long after the finish."
)


@pytest.mark.parametrize(
    ("headline", "winner", "race"),
    [
        (
            "Peter Sagan sprints to stage five victory at the Tour de France",
            "Peter Sagan",
            "stage 5",
        ),
        ("Sifan Hassan storms to victory in women's marathon", "Sifan Hassan", "women's marathon"),
        ("Faith Kipyegon races to 1500m gold", "Faith Kipyegon", "1500m"),
    ],
)
def test_a_headline_win_told_by_how(tmp_path: Path, headline: str, winner: str, race: str) -> None:
    medals = facts(drafted(tmp_path, f"{headline}\n\n{BODY}"), "medal")
    assert (winner, race, 1) in medals


@pytest.mark.parametrize(
    "headline",
    [
        "Peter Sagan sprints to the front in stage five",
        "Peter Sagan sprints to stage five",
        "Peter Sagan races to the Paris Marathon start line",
    ],
)
def test_no_win_told(tmp_path: Path, headline: str) -> None:
    medals = facts(drafted(tmp_path, f"{headline}\n\n{BODY}"), "medal")
    assert not [m for m in medals if m[0] == "Peter Sagan"], medals
