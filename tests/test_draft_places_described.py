"""Places told in more of the shapes reports use (quizcli.draft.finishers, moves, placings,
tables with medal_lines): a place before a word for the athlete (``Third-place home
favourite X``), a drop between runs (``dropped from fourth after the first run to sixth``),
a place one had ``to settle for``, and result lines under a heading naming a final the
draft knows no race of (``Gold: X, Japan (15.26)``, ``4th: Y, France (13.57)``); and the
traps beside them: a place in another year, a place after the first run, a race's word
(``third-place finish``), a score in brackets read as a time.

Each article here is written for these tests, in the shapes wire reports use.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

SLALOM = (
    "Anna Berg won the women's slalom at Flachau on Tuesday, with Lisa Moll of Austria "
    "second.\n\n"
    "Third-place home favourite Kate Ruiz was the last racer to finish within a second of "
    "Berg. Last year's third-place skier Eva Lind crashed in the first run.\n\n"
    "Nora Dahl of Canada dropped from fourth after the first run to sixth, 2.1 behind "
    "Berg. Ida Kunz of Italy dropped from fifth to eighth after the first run.\n\n"
    "Mia Holt of Norway had to settle for seventh.\n\n"
    '"It was a hard course," Berg said. "I am happy."'
)


def test_a_place_before_a_word_for_the_athlete(tmp_path: Path) -> None:
    placed = set(facts(drafted(tmp_path, SLALOM), "place"))
    assert ("Kate Ruiz", "women's slalom", 3) in placed
    assert not [p for p in placed if p[0] == "Eva Lind"], placed  # last year's


def test_a_drop_between_runs_ends_where_the_race_finished(tmp_path: Path) -> None:
    placed = set(facts(drafted(tmp_path, SLALOM), "place"))
    assert ("Nora Dahl", "women's slalom", 6) in placed
    assert not [p for p in placed if p[0] == "Nora Dahl" and p[2] == 4], placed
    # a place told after the first run is no finish
    assert not [p for p in placed if p[0] == "Ida Kunz"], placed


def test_a_place_one_had_to_settle_for(tmp_path: Path) -> None:
    placed = set(facts(drafted(tmp_path, SLALOM), "place"))
    assert ("Mia Holt", "women's slalom", 7) in placed


def test_a_word_for_the_race_after_a_place_is_no_athlete(tmp_path: Path) -> None:
    text = (
        "Anna Berg won the women's slalom at Flachau on Tuesday.\n\n"
        "The third-place finish Kate Ruiz wanted never came. Her fourth-place "
        "match against Eva Lind in the parallel event is on Sunday.\n\n"
        '"It was a hard course," Berg said. "I am happy."'
    )
    placed = set(facts(drafted(tmp_path, text), "place"))
    assert not [p for p in placed if p[0] in ("Kate Ruiz", "Eva Lind")], placed


LINES = (
    "Sara Ito took gold in the women's street final on Monday, ahead of Lia Costa.\n\n"
    "Women's Street Final\n\n"
    "Gold: Sara Ito, Japan (15.26)\n\n"
    "Silver: Lia Costa, Brazil (14.64)\n\n"
    "Bronze: Mei Abe, Japan (14.49)\n\n"
    "4th: Ann Berg, United States (13.57)\n\n"
    "5th: Rosa Vik, Netherlands (11.26)\n\n"
    "7th: Pia Lund, Sweden (9.02)\n\n"
    "Expectations were high for Eva Lind, who placed 10th in qualifying."
)


def test_result_lines_under_a_final_the_draft_knows_no_race_of(tmp_path: Path) -> None:
    result = drafted(tmp_path, LINES)
    placed = set(facts(result, "place"))
    # (the heading's race, now one the events know: "women's street")
    assert ("Ann Berg", "women's street", 4) in placed
    assert ("Rosa Vik", "women's street", 5) in placed
    medals = set(facts(result, "medal"))
    assert ("Sara Ito", "women's street", 1) in medals
    # a line numbered out of turn gives nothing; points in brackets are no time
    assert not [p for p in placed if p[0] == "Pia Lund"], placed
    assert not facts(result, "time")


def test_a_heading_naming_a_teams_final_gives_its_lines_nothing(tmp_path: Path) -> None:
    text = LINES.replace("Women's Street Final", "Women's Team Final")
    text += "\n\nAn hour earlier Kai Berg won the men's 500m in 35.01, with Tom Lee second."
    result = drafted(tmp_path, text)
    assert not [p for p in facts(result, "place") if p[0] == "Ann Berg"]


def test_a_place_settled_for_by_a_description_is_nobodys(tmp_path: Path) -> None:
    text = (
        "Marc Roux won the men's downhill at Kitz on Saturday in 1:55.20.\n\n"
        "Next up was Luc Perrin, the winner of Friday's super-G.\n\n"
        "The Frenchman gave it a good go but was 0.59 off the pace and had to settle for "
        "second.\n\n"
        '"It was a hard course," Roux said. "I am happy."'
    )
    placed = set(facts(drafted(tmp_path, text), "place"))
    assert not [p for p in placed if p[0] == "Marc Roux"], placed


SKATING = (
    "Martina Sáblíkova of the Czech Republic won the women's 3000m on Saturday, with "
    "Ireen Wust second.\n\n"
    "In the women's 500m, Sábliková was 14th with 40.31.\n\n"
    '"It was a long day," Wust said. "I am tired."'
)


def test_a_surname_spelt_with_other_accents_is_the_same_person(tmp_path: Path) -> None:
    placed = set(facts(drafted(tmp_path, SKATING), "place"))
    assert ("Martina Sáblíkova", "women's 500m", 14) in placed, placed


def test_two_people_named_in_full_with_other_accents_stay_two(tmp_path: Path) -> None:
    text = (
        "Jan Müller won the men's 500m on Saturday, with Piet Muller of the Netherlands "
        "second and Kai Berg third.\n\n"
        '"It was a long day," Berg said. "I am tired."'
    )
    placed = set(facts(drafted(tmp_path, text), "place"))
    assert ("Piet Muller", "men's 500m", 2) in placed, placed
