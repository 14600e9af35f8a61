"""A win told by an idiom of victory (quizcli.draft.podiums), in articles of our own: ``snatched
victory in the men's 1500m`` (a real Diamond League report's winner went unasked), ``took
the honours in``, ``triumphed in``, ``prevailed in``, ``emerged victorious at``, ``came out on
top in``, ``struck gold in``, ``ran away with``, with ``the``, a day's or the sex between
the idiom and the race; never a round (``prevailed in the semi-final``), another year's win
(``in 2019``, ``last year``), a win wished for (``had hoped to claim victory``) or one told
in passing (``who triumphed in ...``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

OTHERS = (
    "Leo Brandt was second and Sam Okoro third, with Ravi Dutt fourth and Kofi Mensah fifth."
    "\n\n"
    '"I had it in my legs," said Brandt.\n\n'
    '"The last lap was too quick for me," Okoro said.'
)


@pytest.mark.parametrize(
    "idiom",
    [
        "hurled himself over the line to snatch victory in",
        "claimed victory in",
        "took the win in",
        "sealed a memorable win in",
        "took the honours in",
        "triumphed in",
        "prevailed in",
        "emerged victorious in",
        "came out on top in",
        "struck gold in",
        "ran away with",
    ],
)
def test_a_win_told_by_an_idiom_is_the_races(tmp_path: Path, idiom: str) -> None:
    text = f"Noah Lane {idiom} Sunday's men's 1500m at the Harbour Games.\n\n{OTHERS}"
    medals = facts(drafted(tmp_path, text), "medal")
    assert ("Noah Lane", "men's 1500m", 1) in medals


@pytest.mark.parametrize(
    "sentence",
    [
        "Noah Lane prevailed in the men's 1500m semi-final on Friday.",
        "Noah Lane, who triumphed in the men's 1500m in 2019, watched from the stands.",
        "Noah Lane had hoped to claim victory in the men's 1500m but fell on the last lap.",
        "Noah Lane took the honours in the men's 1500m last year.",
    ],
)
def test_no_win_of_this_race(tmp_path: Path, sentence: str) -> None:
    text = f"{sentence}\n\n{OTHERS}"
    medals = facts(drafted(tmp_path, text), "medal")
    assert not [m for m in medals if m[0] == "Noah Lane"], medals


def test_a_medal_rowed_skated_or_swum_to(tmp_path: Path) -> None:
    # a real Olympic rowing report: "Genevra Stone of the United States rowed to a silver
    # medal" was not read
    text = (
        "Brenn leads from start to finish\n\n"
        "Kira Brenn won the women's single sculls, leading from the start. Gina Stowe of the "
        "United States rowed to a silver medal and Jia Dun of China earned bronze.\n\n"
        "In the women's 1000m, Ada Holm skated to bronze behind Eva Lind and Una Roos.\n\n"
        "Mia Kerr was fourth and Zoe Park fifth in the single sculls.\n\n"
        '"I just kept my head down," Brenn said.'
    )
    result = drafted(tmp_path, text)
    medals = facts(result, "medal")
    assert ("Gina Stowe", "women's single sculls", 2) in medals
    assert ("Ada Holm", "women's 1000m", 3) in medals
