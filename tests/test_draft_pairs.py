"""Matches won by pairs and crews (issue 21; the nineteenth to thirtieth blind sets): a
doubles final (``A and B beat C and D 6-3, 6-1``), one told from the losers' side (``A and B
suffered defeat against C and D``), and bowls rinks (``A, B and C 19 v D, E and F 16``,
``A and B winning by 20 shots, 30 v 10 their opponents C and D``) are asked as "Who won the
... between A/B and C/D?" and "By what score did A and B beat C and D?"; never one side's
member alone, a denied or passive win, nor two sides of different sizes. Articles of our
own, invented names.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts


def _asked(tmp_path: Path, text: str) -> dict[str, object]:
    """{prompt: answer} of the questions drafted from ``text``."""
    return {q.prompt: q.answer for q in drafted(tmp_path, text).bank.questions}


def test_a_doubles_final_is_asked_of_both_pairs(tmp_path: Path) -> None:
    text = (
        "Harbour Open ends in sunshine\n\n"
        "Later on Sunday, Elin Marsk and Tova Brandt beat Nadia Ferro and Lucia Vanti 6-4, "
        "7-5 in the tournament's doubles final.\n\n"
        "The winners had lost only one set all week."
    )
    asked = _asked(tmp_path, text)
    assert (
        asked[
            "Who won the doubles final between Elin Marsk/Tova Brandt and Nadia Ferro/Lucia Vanti?"
        ]
        == "Elin Marsk and Tova Brandt"
    )
    assert (
        asked[
            "By what score did Elin Marsk and Tova Brandt beat Nadia Ferro and Lucia Vanti in "
            "the doubles final?"
        ]
        == "6-4 7-5"
    )
    assert not any("Tova Brandt beat Nadia Ferro?" in prompt for prompt in asked)


def test_the_losers_told_first_give_the_winners_and_the_score_as_written(
    tmp_path: Path,
) -> None:
    """The score after the winners is kept as written, from the losers' side (asked "By what
    score did A and B lose to C and D?", tests/test_draft_individual_scores.py)."""
    text = (
        "Hosts fall short\n\n"
        "In the men's doubles, home favourites Arlo Petri and Yann Sorel suffered defeat "
        "against Danish pair Kasper Holm and Mads Vinter 18-21, 19-21."
    )
    passive = (
        "\n\nIn the women's doubles, Elin Marsk and Tova Brandt were beaten by Nadia Ferro and "
        "Lucia Vanti in three games."
    )
    pairs = facts(drafted(tmp_path, text + passive), "pair")
    assert pairs == [
        (
            "Kasper Holm and Mads Vinter",
            "men's doubles",
            ("Arlo Petri and Yann Sorel", "18-21, 19-21"),
        ),
        ("Nadia Ferro and Lucia Vanti", "women's doubles", ("Elin Marsk and Tova Brandt", "")),
    ]


def test_bowls_rinks_with_counts(tmp_path: Path) -> None:
    text = (
        "Bowls report\n\n"
        "On rink three Joan Farley and Rita Mosman won by 14 shots, 25 v 11 their opponents "
        "Olive Tarrant and Nell Cobb. The Triples game went to the last end, and the winners "
        "were Ivy Brand, Mavis Coe and Edna Pike 17 v Ruth Lamb, Hilda Sayer and Vera Tolley "
        "15."
    )
    asked = _asked(tmp_path, text)
    assert (
        asked["Who won the match between Joan Farley/Rita Mosman and Olive Tarrant/Nell Cobb?"]
        == "Joan Farley and Rita Mosman"
    )
    assert (
        asked["By what score did Joan Farley and Rita Mosman beat Olive Tarrant and Nell Cobb?"]
        == "25 v 11"
    )
    assert (
        asked[
            "Who won the triples match between Ivy Brand/Mavis Coe/Edna Pike and "
            "Ruth Lamb/Hilda Sayer/Vera Tolley?"
        ]
        == "Ivy Brand, Mavis Coe and Edna Pike"
    )


def test_what_is_no_pairs_match(tmp_path: Path) -> None:
    text = (
        "Doubles woes\n\n"
        "Elin Marsk and Tova Brandt failed to beat Nadia Ferro and Lucia Vanti in the "
        "doubles final.\n\n"
        "Ivy Brand and Mavis Coe beat Ruth Lamb, Hilda Sayer and Vera Tolley 12-3.\n\n"
        "Ada Quill, Bea Roan, Cora Pell and Dee Strand beat Eva Tams, Fay Ullo, Gia Vole and "
        "Hal Wren 9-2.\n\n"
        "Rob Tull and Ned Vane beat Cal Ash and Tim Bole to the loose ball.\n\n"
        "Joe Amis and Ray Bolt beat Lee Carr and Dan Dore 6-4 and 6-2 respectively.\n\n"
        "Ann Abel, Bo Bram, Cy Cole, Di Dunn, Ed Eyre and Flo Fenn beat Gus Gale and Hy Hume "
        "11-4.\n\n"
        "In the singles, Sam Orr won the men's 800m in 1:48.20."
    )
    assert facts(drafted(tmp_path, text), "pair") == []


def test_a_pair_placed_in_a_crew_event_and_cars_of_an_endurance_race(tmp_path: Path) -> None:
    text = (
        "Sebring 12 Hours ends at dusk\n\n"
        "The 12 Hours of Sebring was decided in the final hour on Saturday.\n\n"
        "In third place two laps down finished the #7 Porsche of Lars Ekdahl, Timo Grell and "
        "Jonas Wirth, with the #9 of Pablo Ruiz, Marco Zanetti and Kai Lund a lap further back "
        "in fourth.\n\n"
        "Top five was rounded out by the Audi #4 of Emil Sorensen, Luca Brandi and Nils Ott."
        "\n\nTheir winning margin was 41.2 seconds ahead of the #3 Ligier of Ivo Marsh, Sam "
        "Pike and Tom Reyes."
        "\n\nIn the pool, Mia Santos and Lena Korr placed fifth in the duet final."
    )
    asked = _asked(tmp_path, text)
    race = "the 12 Hours of Sebring"
    assert (
        asked[f"In what place did Lars Ekdahl, Timo Grell and Jonas Wirth finish in {race}?"] == 3
    )
    assert asked[f"In what place did Pablo Ruiz, Marco Zanetti and Kai Lund finish in {race}?"] == 4
    assert (
        asked[f"In what place did Emil Sorensen, Luca Brandi and Nils Ott finish in {race}?"] == 5
    )
    assert asked["In what place did Mia Santos and Lena Korr finish in the duet?"] == 5
    assert asked[f"In what place did Ivo Marsh, Sam Pike and Tom Reyes finish in {race}?"] == 2


def test_what_is_no_crews_place(tmp_path: Path) -> None:
    text = (
        "Le Mans memories\n\n"
        "The 24 Hours of Le Mans returns this weekend.\n\n"
        "In 1998 the trio of Lars Ekdahl, Timo Grell and Jonas Wirth finished in third place.\n\n"
        "Pablo Ruiz and Marco Zanetti finished third and fourth in the singles.\n\n"
        "Mia Santos and Lena Korr placed fifth in the 100m, with Kai Lund second in 10.31."
    )
    assert facts(drafted(tmp_path, text), "crew_place") == []


def test_a_crews_place_keeps_another_athletes_place_in_its_sentence(tmp_path: Path) -> None:
    text = (
        "World Cup day two\n\n"
        "At the World Cup, teammates Mia Santos and Lena Korr placed third in the women's C2 "
        "500-metre event, while Kai Lund finished sixth in the men's K1 1000m."
    )
    asked = _asked(tmp_path, text)
    assert asked["In what place did Mia Santos and Lena Korr finish in the women's C2 500m?"] == 3
    assert asked["In what place did Kai Lund finish in the men's K1 1000m?"] == 6


def test_crews_rows_of_a_class_line_under_results(tmp_path: Path) -> None:
    text = (
        "Club regatta\n\n"
        "The club held its two-day regatta last weekend in a fresh breeze.\n\n"
        "Results as follows:\n\n"
        "Finns 1st Rowan Tate, 2nd Ilse Marr, 3rd Owen Voss\n\n"
        "Open Doubles 1st Ana Roe and Tim Holt, 2nd Kay Vick and Lou Barr of the Harbour "
        "club, 3rd Max Dunn and Pia Lowe"
    )
    asked = _asked(tmp_path, text)
    assert asked["In what place did Ana Roe and Tim Holt finish in the Open Doubles class?"] == 1
    assert asked["In what place did Max Dunn and Pia Lowe finish in the Open Doubles class?"] == 3
    assert not any("Kay Vick" in prompt for prompt in asked)  # the row goes on past the crew
    assert asked["In what place did Ilse Marr finish in the Finns class?"] == 2


def test_a_crew_in_the_crew_race_being_told_and_a_crews_medal(tmp_path: Path) -> None:
    text = (
        "Paddlers shine\n\n"
        "Teammates Mia Santos and Lena Korr won gold on Sunday in the women's C2 500-metre "
        "event at the regatta.\n\n"
        "Also in the final were Ida Lamb and Sue Pell, who finished sixth with a time of "
        "2:01.44.\n\n"
        "Kim Orr and Bo Dale finished seventh and eighth, the twins said afterwards."  # two
    )
    crews = {(crew, place) for crew, _, place in facts(drafted(tmp_path, text), "crew_place")}
    assert crews == {("Mia Santos and Lena Korr", 1), ("Ida Lamb and Sue Pell", 6)}
    asked = _asked(tmp_path, text)
    assert asked["In what place did Mia Santos and Lena Korr finish in the women's C2 500m?"] == 1
    assert asked["In what place did Ida Lamb and Sue Pell finish in the women's C2 500m?"] == 6
