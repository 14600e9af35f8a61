"""Races named by a discipline with its sex (issue 21), in articles of our own: a
gymnastics all-around (``the women's all-around final``), a weight class (``the men's
73-kilogram class``, ``the women's -57kg``) and an orienteering distance (``the men's long
distance``) are races the places after them belong to; without a sex, as a title (``a
two-time all-around champion``), as a lift (``lifted 180kg``) or as a qualifying round
they are none.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in

QUOTES = (
    '"It was the hardest day of my career," said Velden.\n\n'
    '"I made one mistake too many," said Corte.\n\n'
    '"Next year will be different," said Farro.'
)


def _names(text: str) -> list[str]:
    return [event_name(match) for match in events_in(text)]


def test_an_all_around_with_its_sex_is_a_race(tmp_path: Path) -> None:
    text = (
        "Velden takes all-around gold\n\n"
        "Mara Velden won the women's all-around final at the Eastbrook Games on Friday. "
        "Anya Corte finished second, and Lise Farro was third.\n\n" + QUOTES
    )
    places = facts(drafted(tmp_path, text), "place")
    assert ("Anya Corte", "women's all-around", 2) in places
    assert ("Lise Farro", "women's all-around", 3) in places


def test_a_weight_class_is_a_race_named_by_its_weight(tmp_path: Path) -> None:
    text = (
        "Darsk lifts gold\n\n"
        "Ivo Darsk won gold in the men's 73-kilogram class at the Eastbrook Games. "
        "Tomas Brell was second and Emil Kord finished third.\n\n"
        '"It was hard," said Darsk.\n\n"I was tired," said Brell.\n\n"Not my day," said Kord.'
    )
    places = facts(drafted(tmp_path, text), "place")
    assert ("Tomas Brell", "men's 73kg", 2) in places
    assert ("Emil Kord", "men's 73kg", 3) in places


def test_the_forms_of_a_discipline_and_its_name() -> None:
    assert _names("She won the Women’s All-Around Final") == ["women's all-around"]
    assert _names("the men's long distance was won by Pell") == ["men's long distance"]
    assert _names("in the women's middle distance, Ros was second") == ["women's middle distance"]
    assert _names("the women's -57kg final") == ["women's -57kg"]
    assert _names("the men's +100kg final") == ["men's +100kg"]
    assert _names("the men's under 82 kg title") == ["men's -82kg"]
    assert _names("gold in the men's 100m and the men's all-around") == [
        "men's 100m",
        "men's all-around",
    ]


def test_no_race_without_a_sex_or_as_a_title_a_lift_or_a_round() -> None:
    assert _names("she won two Olympic all-around titles") == []
    assert _names("a long distance runner from the hills") == []
    assert _names("he lifted 180kg in the snatch, the men's record") == []
    assert _names("the women's all-around champion Velden") == []
    assert _names("the men's long distance specialists") == []
    assert _names("a future in women's long distance running") == []
    assert _names("in the women's all-around qualifying, Farro was third") == []
    assert _names("in the men's 73kg semifinal, Darsk was second") == []


def test_no_place_of_a_qualifying_round_or_another_edition(tmp_path: Path) -> None:
    text = (
        "Finals day in Eastbrook\n\n"
        "Mara Velden qualified in first place for the women's all-around final at the "
        "Eastbrook Games, with Anya Corte second.\n\n"
        "In the women's all-around qualifying, Lise Farro was third.\n\n"
        "Corte, who finished ninth in the women's all-around at the 2019 edition, said "
        "little.\n\n" + QUOTES
    )
    assert facts(drafted(tmp_path, text), "place") == []
