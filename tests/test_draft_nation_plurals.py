"""A national side told by its people's plural (issue 21, recall): ``The Norwegians beat
Spain 29:23`` gave no score until 2026-12-07, a nationality alone being no side. The plural
stands for the country's side only when the other side is another country's; against a
club, a person or the same country nothing is asked.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft.nation_sides import nation_side

_CLOSE = (
    "\n\nThe crowd stayed long after the final whistle, and the organisers said they were "
    "pleased with the numbers at the gate and the weather all afternoon."
)


def _scores(tmp_path: Path, text: str) -> list[tuple[object, ...]]:
    return facts(drafted(tmp_path, text + _CLOSE), "score")


def test_the_winners_plural_is_their_country(tmp_path: Path) -> None:
    text = (
        "Norway and Spain met in the final of the Lakeside Cup handball tournament in "
        "Valmora on Sunday.\n\nThe Norwegians beat Spain 29:23 in the final."
    )
    assert ("Norway", None, ("Spain", "29-23")) in _scores(tmp_path, text)


def test_the_losers_plural_is_their_country(tmp_path: Path) -> None:
    text = (
        "Italy and Brazil met in the final of the Harbour Cup volleyball tournament in "
        "Corvale on Sunday.\n\nItaly beat the Brazilians 3-1 in the final."
    )
    assert ("Italy", None, ("Brazil", "3-1")) in _scores(tmp_path, text)


def test_a_plural_against_a_club_or_its_own_country_is_no_side(tmp_path: Path) -> None:
    text = (
        "The Lakeside Cup was played in Valmora on Sunday.\n\n"
        "Denmark beat Sweden 27:24 in the semi-final.\n\n"
        "The Norwegians beat Harbour Rovers 29:23 in the final.\n\n"
        "The Norwegians beat Norway 25:20 in a warm-up game."
    )
    assert [fact[2] for fact in _scores(tmp_path, text)] == [("Sweden", "27-24")]


def test_only_a_plural_of_one_word_country_is_read() -> None:
    assert nation_side("The Norwegians", "Spain") == "Norway"
    assert nation_side("the Brazilians", "Italy") == "Brazil"
    assert nation_side("The Americans", "Spain") is None  # USA? the United States?
    assert nation_side("The Iberians", "Sweden") is None  # no one country's people
    assert nation_side("The Philippines", "Spain") is None  # a country's own name
    assert nation_side("The Norwegians", "Harbour Rovers") is None
    assert nation_side("The Norwegians", "Norway") is None
