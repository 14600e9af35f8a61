"""Roundups of games (issue 21, recall; the seventh blind set): North American wire reports
give each game's result as a line of its own (``Capitals 3, Ducks 2``) or at the head of its
paragraph (``at Golden State 116, Orlando 110: Durant scored ...``), and tell the game's
clock (``with 4:37 to play``, ``1:58 into overtime``), which is no race time.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

ROUNDUP = (
    "Highlights of the league's games on Saturday:\n\n"
    "Bruins 4, Sabres 3 (OT)\n\n"
    "David Pastrnak scored 2:14 into overtime as Boston came back from two goals down. "
    "Linus Ullmark made 31 saves for the Bruins.\n\n"
    "Flames 2, Oilers 2\n\n"
    "The teams traded goals in the third period and the game went to a shootout.\n\n"
    "at Denver 118, Phoenix 109: Nikola Jokic had 31 points, 14 rebounds and 11 assists, "
    "and Jamal Murray hit a three-pointer with 1:42 to play.\n\n"
    "Chicago 99, at Detroit 94: Zach LaVine scored 28 points for the Bulls.\n\n"
    "Stage 4, Day 2\n\n"
    '"We never stopped believing," said Bruins coach Jim Montgomery.'
)


def test_a_result_line_gives_the_winner_and_the_score(tmp_path: Path) -> None:
    scores = facts(drafted(tmp_path, ROUNDUP), "score")
    assert ("Bruins", None, ("Sabres", "4-3")) in scores
    assert ("Denver", None, ("Phoenix", "118-109")) in scores
    assert ("Chicago", None, ("Detroit", "99-94")) in scores


def test_a_level_line_or_a_line_of_parts_gives_nothing(tmp_path: Path) -> None:
    sides = {who for who, _, _ in facts(drafted(tmp_path, ROUNDUP), "score")}
    assert not sides & {"Flames", "Oilers", "Stage", "Day"}


def test_a_game_clock_is_no_time(tmp_path: Path) -> None:
    times = {value for _, _, value in facts(drafted(tmp_path, ROUNDUP), "time")}
    assert not times & {"2:14", "1:42"}


def test_the_questions_ask_who_won_each_game(tmp_path: Path) -> None:
    prompts = {str(q.prompt): q.answer for q in drafted(tmp_path, ROUNDUP).bank.questions}
    assert prompts.get("By what score did Denver beat Phoenix?") == "118-109"


RACE_TO_GO = (
    "Jonas Berg clocked 12:48.45 to go fourth on the world all-time list as he won the "
    "men's 5000m in Oslo on Thursday night, and Karl Lind was second in 12:51.02.\n\n"
    '"I felt strong from the gun," said Berg, whose coach Erik Moe watched from the stands.'
)


def test_a_race_time_before_to_go_in_another_sense_is_kept(tmp_path: Path) -> None:
    times = facts(drafted(tmp_path, RACE_TO_GO), "time")
    assert ("Jonas Berg", "men's 5000m", "12:48.45") in times
