"""A person's team after "of" is never a person (issue 21), in articles of our own: in
``Julian Alaphilippe of Deceuninck-Quick Step crossed the line in 10th place`` the place was
given to the team (a real stage report's form: "In what place did Deceuninck-Quick Step
finish in stage 5?" would have been asked); it is the rider's, also past a relative clause.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

WIN = "Peter Sagan won stage five of the Tour de France in Colmar."
FIELD = "Anna Berg was ninth, Cora Dale 11th, Dina Eck 12th and Ella Fox 13th."


@pytest.mark.parametrize(
    "sentence",
    [
        "Julian Alaphilippe of Deceuninck-Quick Step crossed the line in 10th place.",
        "Frenchman Julian Alaphilippe of Deceuninck-Quick Step, who won stage three last week, "
        "crossed the line in 10th place.",
    ],
)
def test_the_place_is_the_riders_not_his_teams(tmp_path: Path, sentence: str) -> None:
    places = facts(drafted(tmp_path, f"{WIN}\n\n{sentence}\n\n{FIELD}"), "place")
    assert ("Julian Alaphilippe", "stage 5", 10) in places
    assert not [p for p in places if p[0] == "Deceuninck-Quick Step"], places
