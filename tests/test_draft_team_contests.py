"""Results of team contests told in forms the reader missed (issue 21, helper A on the
held-out sets 19 to 30), in articles of our own: a win a player ``led`` (``guided``,
``steered``, ``sent``) a team to (``to lead the Comets to a 23-16 victory over the
Falcons``), a cricket margin written in words before the win (``a six-wicket victory
over``, ``a one-run win at home over``), a side beaten (or dominated) to win a final, and a
headline's loser first in the present (``Comets fall to Falcons 2-1``); never the player as a
side, a margin of another kind (``a six-second win``: a race), a title or a place in the
final won by beating a side (a league's season, a semi-final), nor a loss only supposed
(``Should Harbour City fall to Riverside 2-1``).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft import DraftError


def _facts(tmp_path: Path, text: str, kind: str) -> list[tuple[object, ...]]:
    """The facts of ``kind`` the draft of ``text`` reads (none when nothing is asked)."""
    try:
        return facts(drafted(tmp_path, text), kind)
    except DraftError:
        return []


def _scores(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """(winner, loser, score) of every match the draft of ``text`` reads."""
    return {(str(f[0]), str(f[2][0]), str(f[2][1])) for f in _facts(tmp_path, text, "score")}  # type: ignore[index]


def _wins(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(winner, loser) of every match won without a score the draft of ``text`` reads."""
    return {(str(f[0]), str(f[2][0])) for f in _facts(tmp_path, text, "beat")}  # type: ignore[index]


def test_a_win_a_player_led_a_team_to(tmp_path: Path) -> None:
    text = (
        "Comets take the bowl\n\n"
        "Quarterback Dana Whitfield threw for 310 yards and three touchdowns to lead the "
        "Harbour Comets to a 23-16 victory over the Ridge Falcons at Lakeside Stadium on "
        "Sunday."
    )
    assert _scores(tmp_path, text) == {("Harbour Comets", "Ridge Falcons", "23-16")}


def test_a_win_a_player_guided_or_sent_a_team_to(tmp_path: Path) -> None:
    text = (
        "Rovers and Saints through\n\n"
        "Mara Quinn scored twice to guide Rovers to a 3-1 win over Saints in the semi-final.\n\n"
        "A late goal from Tom Hale sent Ironbridge to a 2-0 triumph over Eastfield in the "
        "other semi-final on Saturday."
    )
    assert _scores(tmp_path, text) == {
        ("Rovers", "Saints", "3-1"),
        ("Ironbridge", "Eastfield", "2-0"),
    }


def test_a_player_led_to_a_win_is_asked_with_the_teams(tmp_path: Path) -> None:
    text = (
        "Comets take the bowl\n\n"
        "Quarterback Dana Whitfield threw for 310 yards to lead the Harbour Comets to a 23-16 "
        "victory over the Ridge Falcons on Sunday."
    )
    bank = drafted(tmp_path, text).toml
    assert 'prompt = "Who won the match between Harbour Comets and Ridge Falcons?"' in bank
    assert 'answer = "Harbour Comets"' in bank
    assert 'answer = "Dana Whitfield"' not in bank


def test_leading_the_field_is_no_match(tmp_path: Path) -> None:
    text = (
        "Whitfield leads at Lakeside\n\n"
        "Dana Whitfield led the field to a 23-16 count of laps over the Ridge course before "
        "the storm on Sunday."
    )
    assert _scores(tmp_path, text) == set()


def test_a_cricket_margin_in_words_before_the_win(tmp_path: Path) -> None:
    text = (
        "Eastport take the shield\n\n"
        "Eastport won the county shield with a six-wicket victory over Hillby in the final "
        "at the Park Ground on Sunday."
    )
    assert _wins(tmp_path, text) == {("Eastport", "Hillby")}


def test_a_cricket_margin_at_home_over(tmp_path: Path) -> None:
    text = (
        "Northam hold on\n\n"
        "Northam sealed the trophy with a one-run win at home over Westley on Saturday."
    )
    assert _wins(tmp_path, text) == {("Northam", "Westley")}


def test_a_margin_of_seconds_is_no_match(tmp_path: Path) -> None:
    text = (
        "Hale wins again\n\n"
        "Tom Hale took the title with a six-second win over Mark Dunn in the final on Sunday."
    )
    assert _wins(tmp_path, text) == set()


def test_one_match_read_with_two_names_of_its_winner_is_asked_once(tmp_path: Path) -> None:
    text = (
        "Harbour women win the title\n\n"
        "Harbour players celebrate with the trophy after defeating Ridge State, 63-53, in "
        "the championship game on Tuesday.\n\n"
        "Dana Whitfield scored 15 points to lead the Comets to a 63-53 victory over Ridge "
        "State. Coach Mara Quinn and her Harbour Comets are perfect in title games."
    )
    bank = drafted(tmp_path, text).toml
    assert bank.count('prompt = "Who won the match between') == 1
    assert 'prompt = "Who won the match between Harbour and Ridge State?"' in bank


def test_a_side_beaten_to_win_a_final(tmp_path: Path) -> None:
    text = (
        "Harbour take the shield\n\n"
        "Top-ranked Harbour City dominated Ridge State to win the national volleyball final "
        "on Sunday, in front of a full house.\n\n"
        "Earlier, Eastfield beat Westley to win the county final for the first time."
    )
    assert _wins(tmp_path, text) == {("Harbour City", "Ridge State"), ("Eastfield", "Westley")}


def test_beaten_to_win_a_race_final_is_no_match(tmp_path: Path) -> None:
    text = (
        "Hale wins the 10,000m\n\n"
        "Tom Hale beat Mark Dunn to win the 10,000m final in 27:41.12 on Sunday night."
    )
    assert _wins(tmp_path, text) == set()


def test_dominating_a_half_is_no_win_over_a_side(tmp_path: Path) -> None:
    text = (
        "Harbour take the shield\n\n"
        "Harbour City dominated the second half to win the final on Sunday, and Ridge State "
        "went home with nothing."
    )
    assert _wins(tmp_path, text) == set()


def test_seen_off_to_take_a_title_or_a_place_in_the_final_is_no_final_won(
    tmp_path: Path,
) -> None:
    text = (
        "Harbour promoted\n\n"
        "Harbour City had seen off Ridge State to take the Championship title, earning "
        "promotion.\n\n"
        "Eastfield beat Westley to win a place in the county final on Sunday."
    )
    assert _wins(tmp_path, text) == set()


def test_a_headline_loser_first_in_the_present(tmp_path: Path) -> None:
    text = (
        "Comets fall to Falcons 2-1 in Game 7 of the league final\n\n"
        "The Harbour crowd went home quiet after a tense night at the Dome arena, and the "
        "players thanked the supporters for a long season."
    )
    assert _scores(tmp_path, text) == {("Falcons", "Comets", "2-1")}


def test_a_loss_only_supposed_is_no_result(tmp_path: Path) -> None:
    text = (
        "Comets face the drop\n\n"
        "Should Harbour City fall to Riverside 2-1 on Sunday, they will be relegated.\n\n"
        "Unless Eastfield lose 3-0 to Westley, the title is theirs."
    )
    assert _scores(tmp_path, text) == set()


def test_a_cricket_margin_is_asked(tmp_path: Path) -> None:
    text = (
        "Eastport take the shield\n\n"
        "Eastport beat Hillby by seven runs in the county final at the Park Ground on Sunday, "
        "with Tom Hale making 82 runs in the innings."
    )
    bank = drafted(tmp_path, text).toml
    assert 'prompt = "By what margin did Eastport beat Hillby?"' in bank
    assert 'answer = "seven runs"' in bank
    assert '"7 runs"' in bank and '"by seven runs"' in bank


def test_a_cricket_margin_as_a_noun_is_asked(tmp_path: Path) -> None:
    text = (
        "Northam hold on\n\n"
        "Northam sealed the trophy with a 78-run win over Westley in the final on Saturday, "
        "after Mark Dunn made 104 runs in the innings."
    )
    bank = drafted(tmp_path, text).toml
    assert 'prompt = "By what margin did Northam beat Westley?"' in bank
    assert 'answer = "78 runs"' in bank


def test_two_margins_for_one_pair_are_not_asked(tmp_path: Path) -> None:
    text = (
        "Eastport twice\n\n"
        "Eastport beat Hillby by seven runs in the county final on Sunday, with Tom Hale making "
        "82 runs in the innings.\n\n"
        "In the league in May, Eastport beat Hillby by five wickets at the Park Ground."
    )
    assert "By what margin" not in drafted(tmp_path, text).toml
