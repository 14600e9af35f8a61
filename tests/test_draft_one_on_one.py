"""One-on-one match results told in running prose that the reader missed (issue 21: the
nineteenth to thirtieth held-out sets), in articles of our own: a win told in a relative
clause after the winner (``Rita Moll, who proved too strong for Olga Penn``), one told in
an aside between dashes inside another match's clause (``beating X – who knocked out Z on
Monday night – in straight sets``), and a win told after the competition it won (``won the
Harbour Open, beating Tim Cole 6-3, 6-4``), whose name was taken for a second person.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts


def _wins(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(winner, loser) of every match the draft of ``text`` reads, with a score or not."""
    result = drafted(tmp_path, text)
    return {(who, value[0]) for kind in ("beat", "score") for who, _, value in facts(result, kind)}


_OPENING = (
    "Torvald reaches the last four\n\n"
    "Mia Torvald won her quarter-final in straight sets on Tuesday, and the second seed "
    "dropped only five games in the match.\n\n"
)


def test_a_win_told_in_a_relative_clause(tmp_path: Path) -> None:
    text = (
        _OPENING
        + "It was better news for Dana Kessel, who cruised beyond Sweden's Ines Varga to open "
        "the day's play on Court 2.\n\n"
        "Kessel will meet top seed Rita Moll, who proved too strong for giant-killer Olga Penn."
    )
    assert _wins(tmp_path, text) == {("Dana Kessel", "Ines Varga"), ("Rita Moll", "Olga Penn")}


def test_a_win_told_in_an_aside_between_dashes(tmp_path: Path) -> None:
    text = (
        _OPENING
        + "Greta Holm, the world No. 3, was the last to reach the semi-finals, beating compatriot "
        "Lena Ostrova – who knocked out Kate Brill on Monday night – in straight sets."
    )
    assert _wins(tmp_path, text) == {
        ("Greta Holm", "Lena Ostrova"),
        ("Lena Ostrova", "Kate Brill"),
    }


def test_a_win_after_the_competition_won(tmp_path: Path) -> None:
    text = (
        "Hale takes the Harbour Open\n\n"
        "Rob Hale won the Harbour Open on Sunday, beating Tim Cole 6-3, 6-4 in the final.\n\n"
        "Ivo Lenz won the St. Petersburg tournament by beating top-seeded Sam Reed in straight "
        "sets in the final."
    )
    assert _wins(tmp_path, text) == {("Rob Hale", "Tim Cole"), ("Ivo Lenz", "Sam Reed")}


def test_no_relative_win_of_another_meeting_a_pair_or_a_team(tmp_path: Path) -> None:
    text = (
        _OPENING + "Torvald now meets Anna Wirth, who beat her in last year's final.\n\n"
        "She could also face Clara Brandt, who defeated Julia Roos at the Lakeside Open.\n\n"
        "In the doubles, Torvald plays with Eva Lund and Nora Falk, who beat Ida Berg and Maja "
        "Storm in the first round.\n\n"
        "The Sharks, who knocked out Riverside City on Sunday, are next."
    )
    assert _wins(tmp_path, text) == set()


def test_no_relative_win_outside_a_report_of_matches(tmp_path: Path) -> None:
    text = (
        "Kiprop wins the Lakeside Marathon\n\n"
        "Daniel Kiprop won the Lakeside Marathon in 2:06:12 on Sunday.\n\n"
        "He was followed home by Peter Mutai, who beat Samuel Kosgei to second place in the "
        "final sprint.\n\n"
        "Mutai said he was proud of his run."
    )
    assert _wins(tmp_path, text) == set()


def test_a_final_told_by_its_day_or_its_kind_and_a_player_s_county(tmp_path: Path) -> None:
    text = (
        "Dean and Hull take the titles\n\n"
        "World number one Sara Dean avenged last year's defeat by beating England's defending "
        "champion Laura Mason in today's final of the open event.\n\n"
        "Sarah Hull (Kent) won the police title at her fifth attempt.\n\n"
        "Hull defeated Lesley Sharp (Devon) in a one-sided final, her power game proving too "
        "much."
    )
    assert _wins(tmp_path, text) == {("Sara Dean", "Laura Mason"), ("Sarah Hull", "Lesley Sharp")}


def test_a_fight_won_in_a_round_or_by_stoppage(tmp_path: Path) -> None:
    text = (
        "Kato takes the belts\n\n"
        "Naoya Kato won the title fight on Tuesday with a stoppage in the eighth round.\n\n"
        "The Japanese boxer secured his 25th win as a professional by defeating Sam Fuller in the "
        "eighth round with a referee stoppage.\n\n"
        "Earlier on the card, Jon Ruiz earned a shot at the winner by stopping Adam Serra by "
        "technical knockout."
    )
    assert _wins(tmp_path, text) == {("Naoya Kato", "Sam Fuller"), ("Jon Ruiz", "Adam Serra")}


def test_no_win_in_a_round_outside_a_report_of_matches(tmp_path: Path) -> None:
    text = (
        "Moss leads the Lakeside Classic\n\n"
        "Henry Moss shot a 66 on Friday to lead the Lakeside Classic by two strokes.\n\n"
        "Moss beat Tom Hale in the second round, a fine day for the Welshman.\n\n"
        '"I putted well all day," Hale said.'
    )
    assert _wins(tmp_path, text) == set()


def _decisions(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """(winner, loser, decision) of every fight won on the cards the draft reads."""
    return {
        (who, value[0], value[1]) for who, _, value in facts(drafted(tmp_path, text), "decision")
    }


def test_a_decision_told_after_the_winners_clause(tmp_path: Path) -> None:
    text = (
        "Shaw is undisputed\n\n"
        "Clara Shaw became the undisputed world middleweight champion, defeating her bitter "
        "rival Sandra Marsh by unanimous decision at the Harbour Arena.\n\n"
        "Ann Cole and Beth Moss traded blows, beating the odds by split decision in spirit."
    )
    assert _decisions(tmp_path, text) == {("Clara Shaw", "Sandra Marsh", "unanimous decision")}
