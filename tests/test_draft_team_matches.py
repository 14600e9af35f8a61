"""Match results of teams and players told in forms the reader missed (issue 21, the
nineteenth to thirtieth held-out sets on b15418b), in articles of our own: a country owning
the subject after a fronted phrase (``In the women's singles, South Korea's Kim Ha-neul won
the title after beating ...``), result lines with ``, OT``, a dash before each side's points
or a ``Final score:`` label, a win ``help``-ed to with ``hold on for``, and ``their 1-0
win over`` after the side opening the sentence; a ``Team USA`` only by its country's name
(``United States``, since 2026-12-07: the questions must use the country's name), never a
``Team GB`` (letters that are no country's code).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

from quizcli.draft import DraftError


def _scores(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """(winner, loser, score) of every match the draft of ``text`` reads."""
    return {(who, value[0], value[1]) for who, _, value in facts(drafted(tmp_path, text), "score")}


def test_a_country_owning_the_subject_after_a_fronted_phrase(tmp_path: Path) -> None:
    text = (
        "Kim wins in Jakarta\n\n"
        "In the women's singles final, South Korea's Kim Ha-neul won the title after beating "
        "second-seeded Porntip Sawangsri from Thailand 21-17, 22-20.\n\n"
        "Lee Dong-hyun beat Tan Wei Ming 21-12, 21-15 in the men's final."
    )
    assert _scores(tmp_path, text) == {
        ("Kim Ha-neul", "Porntip Sawangsri", "21-17, 22-20"),
        ("Lee Dong-hyun", "Tan Wei Ming", "21-12, 21-15"),
    }


def test_the_country_owner_leaves_no_other_subject_the_winner(tmp_path: Path) -> None:
    text = (
        "Finals in Jakarta\n\n"
        "In the women's singles final, South Korea's Kim Ha-neul watched as Lee Mi-rae won "
        "the title after beating Porntip Sawangsri 21-17, 22-20.\n\n"
        "Lee Dong-hyun beat Tan Wei Ming 21-12, 21-15 in the men's final."
    )
    scores = _scores(tmp_path, text)
    assert ("Lee Dong-hyun", "Tan Wei Ming", "21-12, 21-15") in scores
    assert not any(who == "Kim Ha-neul" for who, _, _ in scores)


def test_result_lines_with_overtime_dashes_and_a_label(tmp_path: Path) -> None:
    text = (
        "Weekend results\n\n"
        "Comets 91, Falcons 90, OT\n\n"
        "Riverside College - 14, Lakeshore - 9\n\n"
        "Final score: Harbour Sharks 12, Ironbridge Saints 31."
    )
    assert _scores(tmp_path, text) == {
        ("Comets", "Falcons", "91-90"),
        ("Riverside College", "Lakeshore", "14-9"),
        ("Ironbridge Saints", "Harbour Sharks", "31-12"),
    }


def test_a_dash_before_one_sides_points_only_is_no_result_line(tmp_path: Path) -> None:
    text = "Weekend results\n\nRiverside College - 14, Lakeshore 9\n\nComets 91, Falcons 90, OT"
    assert _scores(tmp_path, text) == {("Comets", "Falcons", "91-90")}


def test_a_win_helped_to_with_hold_on_for(tmp_path: Path) -> None:
    text = (
        "Comets edge Falcons\n\n"
        "Dana Whitfield scored 22 points and Mara Quinn sank two free throws in the last ten "
        "seconds to help the Comets hold on for a 78-77 victory over the Falcons."
    )
    assert _scores(tmp_path, text) == {("Comets", "Falcons", "78-77")}


def test_their_win_over_after_the_side_opening_the_sentence(tmp_path: Path) -> None:
    text = (
        "Rovers stay second\n\n"
        "Ashford Rovers wasted chance after chance in their 1-0 win over Kingsmere, leaving "
        "them second on goal difference."
    )
    assert _scores(tmp_path, text) == {("Ashford Rovers", "Kingsmere", "1-0")}


def test_team_and_a_countrys_letters_is_asked_by_the_countrys_name(tmp_path: Path) -> None:
    text = (
        "Gold for the hosts\n\n"
        "Team USA celebrates following their 4-3 OT win over Finland in the gold medal game."
    )
    assert _scores(tmp_path, text) == {("United States", "Finland", "4-3")}
    other = "Gold for the hosts\n\nTeam GB celebrates following their 4-3 OT win over Finland."
    with pytest.raises(DraftError):
        drafted(tmp_path, other)  # nothing else to ask: "Team GB" is not asked as a side
    canada = "Gold again\n\nTeam Canada celebrates following their 4-3 OT win over Finland."
    assert _scores(tmp_path, canada) == {("Canada", "Finland", "4-3")}


def test_a_win_by_or_after_a_participle_is_the_opening_sides(tmp_path: Path) -> None:
    text = (
        "Cup days\n\n"
        "Harwich Rovers won the County Cup for the first time in their long history by "
        "beating well-funded Ipsley Town 1-0 on Saturday.\n\n"
        "Welsh giants Caerfai were crowned league champions for a second year after crushing "
        "Trefin 38-12 in the final at Llanrhian."
    )
    assert _scores(tmp_path, text) == {
        ("Harwich Rovers", "Ipsley Town", "1-0"),
        ("Caerfai", "Trefin", "38-12"),
    }


def test_another_side_named_before_the_participle_leaves_the_win_untold(tmp_path: Path) -> None:
    text = (
        "League news\n\n"
        "Harwich Rovers moved top after Ipsley Town slipped up, beating Stowe Wanderers 2-0 "
        "at home.\n\n"
        "Harwich Rovers went second after Ipsley Town lost at home by beating Stowe "
        "Wanderers 3-1 on the road.\n\n"
        "Marston Albion beat Cleeve United 4-2 in the evening game."
    )
    assert _scores(tmp_path, text) == {("Marston Albion", "Cleeve United", "4-2")}


def test_a_caption_of_players_celebrating_after_a_win_run_on_a_headline(tmp_path: Path) -> None:
    text = (
        "Halden women take the title\n\n"
        "Halden women take the title, Bram Ostby equals a record\n"
        "Halden players celebrate with the league trophy after defeating Brekke, 71-64, in the "
        "final on Sunday in Moss. (Ida Lund / NTB)\n\n"
        "Irish players celebrate after beating Tromsdal, 60-58, in the third-place game.\n\n"
        "Sondre Vik scored 20 points for Halden."
    )
    assert _scores(tmp_path, text) == {("Halden", "Brekke", "71-64")}


def test_a_leagues_letters_before_its_season_name_no_rival(tmp_path: Path) -> None:
    text = (
        "Rovers stay perfect\n\n"
        "Ashford Rovers made their best start to a WNL season with a 3-0 win over Kingsmere, "
        "their third straight victory.\n\n"
        "Ashford Rovers watched the USA team open their season with a 2-1 win over Dunmore."
    )
    assert _scores(tmp_path, text) == {("Ashford Rovers", "Kingsmere", "3-0")}


def test_a_score_after_the_matchs_round_is_asked_with_the_round(tmp_path: Path) -> None:
    text = (
        "Foil in Lyon\n\n"
        "Marta Ruiz defeated Ana Ortiz in the final 15-12, her second title of the season.\n\n"
        "Earlier, Ruiz beat Italian two-time champion Lucia Ferri in the round of 16, 15-9, "
        "while Ortiz won against Clara Vidal in the quarterfinals, 15-14.\n\n"
        "Sofia Lenz beat Nadia Kroll in the semifinal, 11-9 down at one stage, with a late run."
    )
    bank = drafted(tmp_path, text)
    assert _scores(tmp_path, text) == {
        ("Marta Ruiz", "Ana Ortiz", "15-12"),
        ("Marta Ruiz", "Lucia Ferri", "15-9"),
        ("Ana Ortiz", "Clara Vidal", "15-14"),
    }
    prompts = {q.prompt for q in bank.bank.questions}
    assert "Who won the quarterfinal between Ana Ortiz and Clara Vidal?" in prompts
    assert "By what score did Marta Ruiz beat Lucia Ferri in the round of 16?" in prompts


def test_a_describing_word_a_double_dash_or_no_without_its_point_before_the_winner(
    tmp_path: Path,
) -> None:
    text = (
        "Titles decided\n\n"
        "HARBORVIEW, Maine -- Lena Varga won her first big title on Saturday by defeating "
        "Sara Lind 6-3, 6-4 on the main court.\n\n"
        "Teenager Mia Holt mounted a fierce comeback to beat second seed Ana Cruz 2-6 6-3 6-2 "
        "in the other final.\n\n"
        "World No 1 Tom Reyes became the first player to keep the title, beating fellow "
        "veteran Ben Ostrow 11-3 in the evening.\n\n"
        "Journeyman Karl Brandt watched from the stands as Paul Weir went on to beat Ivo "
        "Sandor 6-4 6-4.\n\n"
        "Mia Holt, Varga, Reyes and Brandt all spoke to the crowd afterwards."
    )
    assert _scores(tmp_path, text) == {
        ("Lena Varga", "Sara Lind", "6-3, 6-4"),
        ("Mia Holt", "Ana Cruz", "2-6 6-3 6-2"),
        ("Tom Reyes", "Ben Ostrow", "11-3"),
        ("Paul Weir", "Ivo Sandor", "6-4 6-4"),
    }


def test_the_sets_scores_in_brackets_are_asked_with_the_match_score(tmp_path: Path) -> None:
    text = (
        "Volleyball finals\n\n"
        "Marta Vela starred as Portugal kept their crown following a 3-1 (25-21, 22-25, "
        "25-19, 25-23) win over Norway in the final on Sunday.\n\n"
        "Earlier, Austria thrashed Olympic champions Chile in straight sets (25-18, 25-16, "
        "27-25) to take bronze.\n\n"
        "Greece beat Peru in straight sets (25-18, 21-25) in the plate final.\n\n"
        "Denmark claimed a 3-0 (20-18, 24-22) win over Cuba in the opener."
    )
    bank = drafted(tmp_path, text)
    assert _scores(tmp_path, text) == {
        ("Portugal", "Norway", "3-1 (25-21, 22-25, 25-19, 25-23)"),
        ("Austria", "Chile", "3-0 (25-18, 25-16, 27-25)"),
        ("Denmark", "Cuba", "3-0"),
    }
    prompt = "By what score did Austria beat Chile?"
    [asked] = [q for q in bank.bank.questions if q.prompt == prompt]
    assert asked.answer == "3-0 (25-18, 25-16, 27-25)" and "3-0" in asked.accept


def test_who_lost_to_a_long_who_clause_and_a_headlines_present_tense(tmp_path: Path) -> None:
    text = (
        "Top seed Tom Reyes overcomes Ben Ostrow 6-3, 6-3 to claim the title\n\n"
        "The favourite went out early and the same fate befell Paul Weir, who lost 6-3 to Ivo "
        "Sandor.\n\n"
        "Mia Holt, who had a calm and quiet afternoon with a 6-2 win against Ana Cruz, said "
        "little.\n\n"
        "Karl Brandt, who lost 3-6 2-6 to Lena Varga in the plate, left early.\n\n"
        "Reyes, Ostrow, Weir, Sandor, Holt and Cruz all spoke to the crowd afterwards."
    )
    assert _scores(tmp_path, text) == {
        ("Tom Reyes", "Ben Ostrow", "6-3, 6-3"),
        ("Ivo Sandor", "Paul Weir", "6-3"),
        ("Mia Holt", "Ana Cruz", "6-2"),
    }


def test_a_beaten_side_then_with_a_scores_win_and_any_participle(tmp_path: Path) -> None:
    text = (
        "Cup final\n\n"
        "KESTON, May 3 (Wire) – Keston Wolves were crowned Silver Cup champions Tuesday, "
        "stunning Dunmore Hawks with a 4-3 game seven overtime win.\n\n"
        "Marston Albion moved top after Cleeve United faltered, stunning Ashford Rovers with a "
        "2-1 late win.\n\n"
        "Stowe Wanderers beat Harwich Rovers with a 3-1 scoreline to remember."
    )
    assert _scores(tmp_path, text) == {("Keston Wolves", "Dunmore Hawks", "4-3")}
