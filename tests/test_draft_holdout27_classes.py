"""The poor and wrong questions of the twenty-seventh blind judge set (issue 21,
tests/data/draft_corpus/holdout27; its first run, on the engine with every fix of the day:
97 drafted, 77 right, 18 poor, 2 wrong once the reader's verdicts were in), in articles of
our own:

- a name inside an apposition (``Blake, a training partner of Bolt under coach Glen
  Mills, made ... to win in 9.92``) is not the subject: the time is Blake's;
- a country given a win (``An extra time strike ... gave England a 2-1 win``) is the
  winner, never the word opening the sentence;
- a state or a city's team (``Golden State``), a headline's verb (``Hamilton Wins``) and a
  player's position or standing (``Halfback``, ``Journeyman``) are no people.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, who_said_options


def test_a_name_in_an_apposition_is_not_the_subject(tmp_path: Path) -> None:
    text = (
        "Usain Bolte was disqualified for a false start in the 100m final. Yohan Blaike, a "
        "training partner of Bolte under coach Glen Millz, made the most of the restart to "
        "win in 9.92sec ahead of Walter Dicks.\n\n"
        '"I am disappointed," said Bolte. "I just ran my race," said Blaike. "It was a '
        'strange night," said Dicks.'
    )
    times = facts(drafted(tmp_path, text), "time")
    assert ("Yohan Blaike", "100m", "9.92") in times, times
    assert not [t for t in times if t[0] == "Glen Millz"], times


def test_a_country_given_a_win_is_the_winner(tmp_path: Path) -> None:
    text = (
        "LONDON (Reuters) - An extra time strike from forward Chloe Kellie gave England a 2-1 "
        "win over Germany in the Women's European Championship final on Sunday.\n\n"
        '"It is a dream," said Kellie. "We gave everything," said Lina Magul. "It was our '
        'day," said Leah Williamsen.'
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert scores == [("England", None, ("Germany", "2-1"))], scores


def test_teams_headline_verbs_and_positions_are_no_people(tmp_path: Path) -> None:
    text = (
        "Hamilton Wins Title As Massa Takes Race\n\n"
        "Cleveland beat Golden State 93-89 in Game 7 on Sunday. Golden State had led the "
        "series 3-1.\n\n"
        '"You give me one game, I will take my chances," said LeBron Jamez. "That goal we '
        'failed," said Draymond Grene. Halfback Johnathan Thursten said: "I am speechless." '
        'Journeyman Stuart Bingam said: "Twenty years on the road." "We need to be proud," '
        "said Felipe Masa."
    )
    named = who_said_options(drafted(tmp_path, text))
    assert named, "no who-said question: the test would prove nothing"
    bad = [n for n in named if n.split()[0] in ("Golden", "Hamilton", "Halfback", "Journeyman")]
    assert not bad, named


def test_a_win_in_another_year_is_not_asked(tmp_path: Path) -> None:
    """``the first team to win batting second in a final since Sri Lanka beat Australia by
    eight wickets in 1996``: the 1996 final, never this one."""
    text = (
        "India beat Sri Lanka by six wickets in the World Cup final in Mumbai on Saturday. "
        "India became the first team to win batting second in a final since Sri Lanka beat "
        "Australia by eight wickets in 1996.\n\n"
        '"This is the best moment of my life," said Mahendra Dhonie. "We fought hard," said '
        'Kumar Sangakarra. "It was a great final," said Gautam Gambhira.'
    )
    wins = facts(drafted(tmp_path, text), "beat")
    assert ("India", None, ("Sri Lanka", "")) in wins, wins
    assert not [w for w in wins if w[2][0] == "Australia"], wins
