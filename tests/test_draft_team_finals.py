"""Results of team competitions missed until 2026-12-07 (issue 21, recall), each form a
reporter writes, with what must not be read:

- a side's short name in brackets (``Harbour Rovers (HR)``) used after (``HR beat Delhi
  Lions (DL) by six wickets``): the side in full; a bracket that is not its initials (a
  country's code after a person) is no short name;
- a competition won by its name, and a day, before ``with a ... win over X`` (``India won
  the Island Cup on Saturday with a six-wicket victory over Kenya``); never with a year
  (another edition's);
- a nationality's plural as a franchise's nickname (``the Lakeside Hawks edged the Indians,
  8-7``) against a franchise the article also calls by its plural alone (``the Hawks``).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft.nation_sides import franchise_side
from quizcli.draft.short_names import short_names

_PLAYERS = (
    "Anna Berg, Cora Dale, Dina Eck and Ella Fox were among the players named in the "
    'squads before the match. "We will be back next year," Anna Berg said.'
)


def _found(tmp_path: Path, text: str, kind: str) -> list[tuple[object, ...]]:
    return facts(drafted(tmp_path, text + "\n\n" + _PLAYERS), kind)


def test_a_short_name_in_brackets_is_the_side_in_full(tmp_path: Path) -> None:
    text = (
        "Mara Quill led Harbour Rovers (HR) to the first Island League (IL) title on "
        "Sunday.\n\nHR defeated Delhi Lions (DL) by six wickets at the Cove Ground."
    )
    assert ("Harbour Rovers", None, ("Delhi Lions", "")) in _found(tmp_path, text, "beat")
    margins = _found(tmp_path, text, "margin")
    assert ("Harbour Rovers", None, ("Delhi Lions", "six wickets")) in margins


def test_a_bracket_that_is_no_short_name_is_not_read(tmp_path: Path) -> None:
    text = (
        "Mara Quill led Harbour Rovers to the title on Sunday.\n\n"
        "HR defeated Delhi Lions (DLX) by six wickets at the Cove Ground.\n\n"
        "Harbour Rovers defeated Delhi Lions (CT) by five wickets in the last round."
    )
    assert _found(tmp_path, text, "beat") == []


def test_only_initials_make_a_short_name() -> None:
    told = short_names(
        [
            "Harbour Rovers (HR) won. Ann Lee (USA) ran. Cove Town (CT) and Cape Town (CT) drew.",
        ]
    )
    assert told == {"HR": "Harbour Rovers"}  # (CT: two names claim it)


def test_a_competition_won_and_a_day_before_the_win_over(tmp_path: Path) -> None:
    text = (
        "India won the Island Cup for the first time in 28 years on Saturday with a "
        "six-wicket victory at home over Kenya."
    )
    assert ("India", None, ("Kenya", "")) in _found(tmp_path, text, "beat")


def test_a_win_over_told_with_a_year_is_another_editions(tmp_path: Path) -> None:
    text = (
        "India won the Island Cup in 1983 with a 43-run victory over Kenya.\n\n"
        "Uganda won their first title with a 12-run victory over Ghana in 1999."
    )
    assert _found(tmp_path, text, "beat") == []


def test_a_nationalitys_plural_is_a_franchises_nickname(tmp_path: Path) -> None:
    text = (
        "Tom Hale drove in two runs in the 10th inning, and the Lakeside Hawks edged the "
        "Indians, 8-7, to win the title on Wednesday night.\n\n"
        "In the eighth, the Hawks had lost the lead."
    )
    assert ("Lakeside Hawks", None, ("Indians", "8-7")) in _found(tmp_path, text, "score")


def test_a_plural_against_a_club_never_called_by_its_plural_is_no_side(
    tmp_path: Path,
) -> None:
    text = (
        "Tom Hale drove in two runs, and the Lakeside Hawks edged the Indians, 8-7, on "
        "Wednesday night.\n\nLakeside Hawks beat the Americans 5-2 in an exhibition."
    )
    assert _found(tmp_path, text, "score") == []


def test_franchise_side_reads_only_a_franchise_against_a_plural() -> None:
    hawks = frozenset({"Hawk"})
    assert franchise_side("the Indians", "Lakeside Hawks", hawks) == "Indians"
    assert franchise_side("the Indians", "Spain", hawks) is None  # a nation's side
    assert franchise_side("the Swiss", "Lakeside Hawks", hawks) is None  # no plural
    assert franchise_side("the Indians", "Lakeside Hawks", frozenset()) is None
    assert franchise_side("the Indians", "New Zealanders", frozenset({"Zealander"})) is None


def test_a_margin_of_points_in_words_tells_a_match(tmp_path: Path) -> None:
    text = (
        "In the women's competition, the Cove Braves capped off their unbeaten season "
        "with a five-point win over the Lakeside Falcons on Saturday evening."
    )
    assert ("Cove Braves", None, ("Lakeside Falcons", "")) in _found(tmp_path, text, "beat")
    assert _found(tmp_path, text, "margin") == []  # (a cricket margin only)


def test_a_fronted_phrase_naming_a_rival_leaves_the_win_untold(tmp_path: Path) -> None:
    text = (
        "In the semi-final against Cove City, the Harbour Braves eased through.\n\n"
        "In the final against Port Ellis, the Cove Braves closed the season with a "
        "five-point win over the Lakeside Falcons.\n\n"
        "The Cove Braves lost to Port Ellis before a two-goal win over the Lakeside Falcons."
    )
    assert _found(tmp_path, text, "beat") == []


def test_team_and_a_countrys_code_is_that_countrys_side(tmp_path: Path) -> None:
    text = (
        "Team USA celebrates following their 3-2 overtime win over Canada in the gold "
        "medal game at the Harbour Cup."
    )
    assert ("United States", None, ("Canada", "3-2")) in _found(tmp_path, text, "score")


def test_team_and_capitals_that_are_no_countrys_code_is_no_side(tmp_path: Path) -> None:
    text = (
        "Team GB beat Canada 3-1 in the bronze medal game.\n\n"
        "Team DSM beat Team Lakeside 2-0 in the opening round."
    )
    assert _found(tmp_path, text, "score") == []
