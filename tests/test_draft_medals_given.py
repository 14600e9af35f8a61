"""Medals and titles told as given rather than won, missed until 2026-12-07 (issue 21,
recall), each form a reporter writes, with what must not be read:

- a second medal given with its verb left out (``gold went to A and silver to B``);
- a medal given by someone (``the judges awarded the gold to A and the silver to B``);
- a crowning (``A was crowned women's 800m champion``, ``... Harbour Open champion``);
  never another year's (``in 2019``), one only hoped for or told before (``had been``),
  a title described (``the crowned champion X``), one named only ``world``, nor a medal
  of another year given (``awarded last year's gold to X``).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

_FIELD = "Anna Berg was ninth in the women's 800m, Cora Dale 10th, Dina Eck 11th and Ella Fox 12th."


def _medals(tmp_path: Path, text: str) -> list[tuple[object, ...]]:
    return facts(drafted(tmp_path, text + "\n\n" + _FIELD), "medal")


def test_a_second_medal_given_without_its_verb(tmp_path: Path) -> None:
    text = "In the women's 800m, gold went to Ana Roe and silver to Eve Hale."
    found = _medals(tmp_path, text)
    assert ("Ana Roe", "women's 800m", 1) in found
    assert ("Eve Hale", "women's 800m", 2) in found


def test_medals_awarded_by_the_judges(tmp_path: Path) -> None:
    text = (
        "After a long look at the photo finish, the judges awarded the gold to Ana Roe and "
        "the bronze medal to Eve Hale in the women's 800m."
    )
    found = _medals(tmp_path, text)
    assert ("Ana Roe", "women's 800m", 1) in found
    assert ("Eve Hale", "women's 800m", 3) in found


def test_a_medal_of_another_year_given_is_not_read(tmp_path: Path) -> None:
    text = (
        "In the women's 800m, Nora Lind ran well.\n\n"
        "Last year's gold went to Ana Roe and silver to Eve Hale.\n\n"
        "The panel awarded last year's gold to Ana Roe after a long appeal."
    )
    assert _medals(tmp_path, text) == []


def test_a_crowning_of_the_race_named(tmp_path: Path) -> None:
    text = "Ana Roe was crowned women's 800m champion on Sunday evening."
    assert ("Ana Roe", "women's 800m", 1) in _medals(tmp_path, text)


def test_a_crowning_of_a_title_in_capitals(tmp_path: Path) -> None:
    text = (
        "Tom Vale was crowned Harbour Open champion on Sunday.\n\n"
        "Sam Holt, Ian Moss, Ben Carr and Lee Dunn all went out in the first round, and "
        '"It was a hard week," Sam Holt said.'
    )
    found = facts(drafted(tmp_path, text), "medal")
    assert ("Tom Vale", "Harbour Open", 1) in found


def test_crownings_of_another_time_or_only_hoped_are_not_read(tmp_path: Path) -> None:
    text = (
        "Ana Roe was crowned women's 800m champion in 2019.\n\n"
        "Tia Bell was crowned the 2019 women's 800m champion.\n\n"
        "Eve Hale hoped to be crowned women's 800m champion.\n\n"
        "Mia Cole had been crowned women's 800m champion before the break.\n\n"
        "The crowned women's 800m champion Nora Lind waved to the crowd.\n\n"
        "Kim Webb was crowned world champion on Sunday.\n\n"
        "Ida Moss was not crowned women's 800m champion."
    )
    assert _medals(tmp_path, text) == []


def test_a_victory_taken_in_a_participle(tmp_path: Path) -> None:
    """``taking victory in``: the lead searched before the pattern missed ``taking``."""
    text = "Ana Roe ran hard from the bell, taking victory in the women's 800m on Sunday."
    assert ("Ana Roe", "women's 800m", 1) in _medals(tmp_path, text)


def test_a_medal_given_with_the_name_first(tmp_path: Path) -> None:
    # a real Olympic rowing report: "The photo finish gave Drysdale gold" was not read
    text = (
        "Dray wins by a bow ball\n\n"
        "A photo finish decided the men's single sculls. The photo finish gave Pete Dray "
        "gold, and the judges handed Dan Marin the silver.\n\n"
        "Otto Senk took bronze and Karl Ruud was fourth.\n\n"
        '"I did not know who had won," Dray said.'
    )
    result = drafted(tmp_path, text)
    medals = facts(result, "medal")
    assert ("Pete Dray", "men's single sculls", 1) in medals
    assert ("Dan Marin", "men's single sculls", 2) in medals


def test_a_medal_given_to_a_country_or_in_another_year_is_not_read(tmp_path: Path) -> None:
    text = (
        "Dray wins by a bow ball\n\n"
        "A photo finish decided the men's single sculls, won by Pete Dray.\n\n"
        "Last year's final gave Dan Marin gold, and a late burst gave Norway silver.\n\n"
        "Otto Senk took bronze and Karl Ruud was fourth.\n\n"
        '"I did not know who had won," Dray said.'
    )
    result = drafted(tmp_path, text)
    medals = facts(result, "medal")
    assert not any(who in ("Dan Marin", "Norway") for who, _, _ in medals)
