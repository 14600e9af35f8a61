"""Wins and medals told with the prize as the subject, and wins told after passing a
rival, missed or misread until 2026-12-08 (issue 21, recall), with what must not be read:

- ``The bronze medals were won by A and B``: a bronze each, never a gold (``won by`` alone
  read the winner of the race);
- ``The women's single sculls went to A``: A won the race the subject names;
- ``The silver and bronze went to A and B``: whose is which is not told; ``Last year the
  silver went to A``: another year's;
- ``Lind passed Ana Roe at the final bend to win the 800m``: Lind's win, never Roe's;
- ``X took silver behind A`` (A won), ``X rounded out the women's race podium`` (third),
  ``X, of Barbados, lifted the bronze``, ``X finished 0.6s adrift of the lead pair in third``;
  never a bronze alone behind A, another year's silver, a gap at halfway.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

_FIELD = "Anna Berg was ninth in the women's 800m, Cora Dale 10th, Dina Eck 11th and Ella Fox 12th."


def _medals(tmp_path: Path, text: str) -> list[tuple[object, ...]]:
    return facts(drafted(tmp_path, text + "\n\n" + _FIELD), "medal")


def test_bronze_medals_won_by_two_are_a_bronze_each(tmp_path: Path) -> None:
    text = (
        "Mira Sato won the women's 78kg final in Lyon on Friday.\n\n"
        "The bronze medals were won by Tova Kell of Norway and Ines Paro."
    )
    found = _medals(tmp_path, text)
    assert ("Tova Kell", "women's 78kg", 3) in found
    assert ("Ines Paro", "women's 78kg", 3) in found
    assert ("Tova Kell", "women's 78kg", 1) not in found


def test_a_race_gone_to_its_winner(tmp_path: Path) -> None:
    text = "The women's single sculls went to Nora Lind of Sweden in a time of 7:21.40."
    assert ("Nora Lind", "women's single sculls", 1) in _medals(tmp_path, text)


def test_two_colours_gone_to_two_are_not_read(tmp_path: Path) -> None:
    text = (
        "Nora Lind won the women's single sculls in 7:21.40.\n\n"
        "The silver and bronze went to Ana Roe and Eve Hale."
    )
    found = _medals(tmp_path, text)
    assert ("Nora Lind", "women's single sculls", 1) in found
    assert not [f for f in found if f[0] in ("Ana Roe", "Eve Hale")]


def test_a_medal_gone_another_year_is_not_read(tmp_path: Path) -> None:
    text = (
        "Nora Lind won the women's single sculls in 7:21.40.\n\n"
        "Last year the silver went to Ana Roe, who did not start this time."
    )
    assert not [f for f in _medals(tmp_path, text) if f[0] == "Ana Roe"]


def test_a_heat_gone_to_someone_is_no_win(tmp_path: Path) -> None:
    text = (
        "Nora Lind won the women's single sculls in 7:21.40.\n\n"
        "The women's single sculls heats went to Ana Roe on Monday."
    )
    assert not [f for f in _medals(tmp_path, text) if f[0] == "Ana Roe"]


def test_the_rival_passed_on_the_way_to_a_win_is_not_the_winner(tmp_path: Path) -> None:
    for verb in ("passed", "overtook"):
        text = f"Lind {verb} Ana Roe at the final bend to win the women's 800m."
        assert not [f for f in _medals(tmp_path, text) if f[0] == "Ana Roe"], verb


def test_a_passer_named_in_full_is_the_winner(tmp_path: Path) -> None:
    text = (
        "Nora Lind ran from the back of the field.\n\n"
        "Lind overtook Ana Roe on the last lap to win the women's 800m."
    )
    found = _medals(tmp_path, text)
    assert ("Nora Lind", "women's 800m", 1) in found
    assert not [f for f in found if f[0] == "Ana Roe"]


def test_the_winner_named_behind_a_silver(tmp_path: Path) -> None:
    text = (
        "Ana Roe and Eve Hale settled for silver and bronze behind Nora Lind in the women's "
        "800m final.\n\n"
        "Tova Kell took silver behind Mira Sato in the women's 1500m on Sunday."
    )
    found = _medals(tmp_path, text)
    assert ("Nora Lind", "women's 800m", 1) in found
    assert ("Mira Sato", "women's 1500m", 1) in found
    assert ("Tova Kell", "women's 1500m", 2) in found


def test_no_winner_behind_a_bronze_another_year_or_a_possessive(tmp_path: Path) -> None:
    text = (
        "Nora Lind won the women's 800m final in 1:58.20.\n\n"
        "Ana Roe took bronze behind Eve Hale after a late surge.\n\n"
        "Last year Mira Sato took silver behind Tova Kell in the same race.\n\n"
        "Ines Paro took the silver, 0.4 seconds behind Lind's time."
    )
    found = _medals(tmp_path, text)
    assert not [f for f in found if f[0] in ("Eve Hale", "Tova Kell") and f[2] == 1]
    assert ("Nora Lind", "women's 800m", 1) in found


def test_a_podium_rounded_out_for_one_sex(tmp_path: Path) -> None:
    text = (
        "Nora Lind won the women's 10,000m in 31:02.10.\n\n"
        "Ana Roe was second.\n\n"
        "Eve Hale rounded out the women's race podium."
    )
    assert ("Eve Hale", "women's 10000m", 3) in _medals(tmp_path, text)


def test_a_medal_lifted_after_a_nation_set_off(tmp_path: Path) -> None:
    text = "Omar Vance, of Barbados, lifted the bronze in the men's sprint."
    assert ("Omar Vance", "men's sprint", 3) in _medals(tmp_path, text)


def test_a_place_after_a_gap_to_the_leaders(tmp_path: Path) -> None:
    text = (
        "Nora Lind won the women's 10,000m in 31:02.10.\n\n"
        "Ana Roe finished just 0.6s adrift of the lead pair in third."
    )
    found = facts(drafted(tmp_path, text + "\n\n" + _FIELD), "place")
    assert ("Ana Roe", "women's 10000m", 3) in found


def test_no_place_from_a_gap_at_halfway(tmp_path: Path) -> None:
    text = (
        "Nora Lind won the women's 10,000m in 31:02.10.\n\n"
        "Ana Roe was 0.6s adrift of the lead pair in third at halfway."
    )
    found = facts(drafted(tmp_path, text + "\n\n" + _FIELD), "place")
    assert not [f for f in found if f[0] == "Ana Roe"]


def test_a_round_of_a_race_gone_to_someone_is_no_win(tmp_path: Path) -> None:
    text = (
        "Nora Lind won the women's 800m in 1:58.20.\n\n"
        "The first heat of the women's 1500m went to Ana Roe."
    )
    assert not [f for f in _medals(tmp_path, text) if f[0] == "Ana Roe"]
