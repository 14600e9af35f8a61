"""Scores of individual sports the drafter missed (issue 21, helper-c), in articles of our
own: one match's score told twice, as games won and as the games' scores (``overcame X
4-1`` and ``outclassed X 7-11, 11-9, 11-9, 11-8, and 11-8``), which had made two scores and
no score question; a doubles score told from the losers' side (``A and B suffered defeat
against C and D 19-21, 19-21``), asked as written; a bout ``in the same round, 11-10``; and a
results line written with ``bt`` (``[2] A (FRA) bt [1] B (ENG) 3-0: 11-3, 11-6, 11-2``)."""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.model import TextQuestion


def _scores(tmp_path: Path, text: str) -> dict[str, str]:
    """{prompt: answer} of every score question the draft of ``text`` asks."""
    return {
        q.prompt: str(q.answer)
        for q in drafted(tmp_path, text).bank.questions
        if isinstance(q, TextQuestion) and q.prompt.startswith("By what score")
    }


FILLERS = (
    "Also in the hall were Anna Berg, Cora Dale, Dina Eck and Ella Fox, who lost early in the "
    "women's singles."
)


def test_games_won_and_the_games_scores_are_one_score(tmp_path: Path) -> None:
    text = (
        "Varga takes the title\n\n"
        "Lena Varga overcame Mia Holten of Norway 4-1 to win the women's singles gold medal "
        "on Sunday.\n\n"
        "Varga, the second seed, outclassed Holten 7-11, 11-9, 11-9, 11-8, and 11-8 at the "
        "riverside arena.\n\n" + FILLERS
    )
    asked = _scores(tmp_path, text)
    assert list(asked.values()) == ["4-1 (7-11, 11-9, 11-9, 11-8, 11-8)"], asked


def test_two_scores_that_do_not_add_up_are_not_asked(tmp_path: Path) -> None:
    """The games' scores make 3-1, the count says 4-1: two readings, no score asked."""
    text = (
        "Varga takes the title\n\n"
        "Lena Varga overcame Mia Holten of Norway 4-1 to win the women's singles gold medal "
        "on Sunday.\n\n"
        "Varga, the second seed, outclassed Holten 7-11, 11-9, 11-9, 11-8 at the riverside "
        "arena.\n\n" + FILLERS
    )
    assert _scores(tmp_path, text) == {}


def test_a_doubles_score_from_the_losers_side_is_asked_as_written(tmp_path: Path) -> None:
    text = (
        "Doubles finals\n\n"
        "In the women's doubles, home favourites Ana Lobo and Beth Marrow suffered defeat "
        "against Chie Odara and Dora Itami 19-21, 19-21.\n\n" + FILLERS
    )
    assert _scores(tmp_path, text) == {
        "By what score did Ana Lobo and Beth Marrow lose to Chie Odara and Dora Itami in the "
        "women's doubles?": "19-21 19-21"
    }


def test_a_denied_or_level_doubles_defeat_gives_no_score(tmp_path: Path) -> None:
    text = (
        "Doubles finals\n\n"
        "In the women's doubles, Ana Lobo and Beth Marrow could not suffer defeat against "
        "Chie Odara and Dora Itami 19-21, 19-21.\n\n"
        "In the men's doubles, Ben Cole and Dan Hale lost to Ed Ivers and Fred Jarl 21-21.\n\n"
        "In the mixed doubles, Gus Kemp and Hana Lund lost to Ivo Marsh and Jo Nyman 19-21 in "
        "the deciding game.\n\n" + FILLERS
    )
    assert _scores(tmp_path, text) == {}


def test_a_bout_in_the_same_round_keeps_its_score(tmp_path: Path) -> None:
    text = (
        "Foil results\n\n"
        "In the women's individual foil, Ada Moro beat Bea Lind in the round of 16, 15-7, "
        "and Italy's Gia Hartel defeated France's world champion Ivy Jonas in the same round, "
        "11-10.\n\n" + FILLERS
    )
    asked = _scores(tmp_path, text)
    assert (
        asked["By what score did Gia Hartel beat Ivy Jonas in the women's individual foil match?"]
        == "11-10"
    )
    assert (
        "By what score did Ada Moro beat Bea Lind in the women's individual foil round of 16?"
        in asked
    )


def test_a_results_line_with_bt_is_a_match(tmp_path: Path) -> None:
    text = (
        "Bell takes the Harbour Open\n\n"
        "Ana Bell won the Harbour Open squash title on Sunday.\n\n"
        "Harbour Open – Final:\n\n"
        "[2] Ana Bell (FRA) bt [1] Cora Dunnet (ENG) 3-0: 11-3, 11-6, 11-2 [45m]\n\n"
        "[3] Eve Ford (EGY) bt [4] Gia Holm (NZL) 3-1 (11-3, 11-6, 11-2)\n\n" + FILLERS
    )
    asked = _scores(tmp_path, text)
    assert asked["By what score did Ana Bell beat Cora Dunnet?"] == "3-0 (11-3, 11-6, 11-2)"
    # (three games that make 3-0, not 3-1: the games are left out, the score kept)
    assert asked["By what score did Eve Ford beat Gia Holm?"] == "3-1"


def test_bt_inside_prose_or_without_a_score_is_no_match(tmp_path: Path) -> None:
    text = (
        "Bell takes the Harbour Open\n\n"
        "Ana Bell (FRA) bt Cora Dunnet (ENG) in straight games.\n\n"
        "Eve Ford said the bt sponsor board fell 3-0 behind the court, and Gia Holm laughed."
        '\n\n"It was a long week for all of us," Ana Bell said.\n\n' + FILLERS
    )
    assert _scores(tmp_path, text) == {}


def _winners(tmp_path: Path, text: str) -> dict[str, str]:
    """{prompt: answer} of every "Who won the match ...?" the draft of ``text`` asks."""
    from quizcli.model import ChoiceQuestion

    return {
        q.prompt: str(q.answer)
        for q in drafted(tmp_path, text).bank.questions
        if isinstance(q, ChoiceQuestion) and q.prompt.startswith("Who won the match")
    }


GAMES = (
    "Club title decided on tie-break\n\n"
    "The last round of the club tournament ended on Tuesday. The game results were:\n\n"
    "Owen Tarrant (3) 0-1 Zelda Kovar (3)\n\n"
    "Nils Faulder (3) 1-0 Piet Shadwell (3)\n\n"
    "Rui Trotter (2) 1/2 Sam Lillard (2)\n\n"
    "Kit Simmonds (2) 2-2 Dave Shankly (1)\n\n"
    '"It was the hardest round of the winter," Zelda Kovar said.\n\n'
)


def test_a_results_line_of_one_game_gives_its_winner(tmp_path: Path) -> None:
    """``A (3) 1-0 B (3)``: A beat B 1-0; ``A (3) 0-1 B (3)``: B won (the score, written
    from the loser's side, is not asked); level lines name no winner."""
    text = GAMES + FILLERS
    assert _winners(tmp_path, text) == {
        "Who won the match between Owen Tarrant and Zelda Kovar?": "Zelda Kovar",
        "Who won the match between Nils Faulder and Piet Shadwell?": "Nils Faulder",
    }
    assert _scores(tmp_path, text) == {"By what score did Nils Faulder beat Piet Shadwell?": "1-0"}


def test_a_game_line_in_prose_is_not_read(tmp_path: Path) -> None:
    text = (
        "Club title decided on tie-break\n\n"
        "Nils Faulder 1-0 Piet Shadwell was the score on the board when the lights went out in "
        "the hall, and nobody could say afterwards who had really been winning that game.\n\n"
        '"It was the hardest round of the winter," Zelda Kovar said.\n\n' + FILLERS
    )
    assert _winners(tmp_path, text) == {}
