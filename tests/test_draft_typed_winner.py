"""A winner asked when the article names too few people to offer as options (issue 21), in
articles of our own: "Who won the LPGA Tour Championship?" was left out with fewer than four
people to choose from (a real golf report's and a real tennis final's winners went unasked);
it is now asked with the name typed, the surname alone accepted unless another person shares
it, and never padded with a club, a place or a stranger.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.model import ChoiceQuestion, TextQuestion

REPORT = (
    "Jutanugarn takes Tour Championship\n\n"
    "Ana Jutanugarn won the LPGA Tour Championship at Tiburon Golf Club on Sunday, with Lexi "
    "Thompson second.\n\n"
    '"My caddie told me to look at the leaderboard," Jutanugarn said.'
)


def test_a_winner_among_few_people_is_typed(tmp_path: Path) -> None:
    questions = drafted(tmp_path, REPORT).bank.questions
    won = [q for q in questions if q.prompt.startswith("Who won the LPGA Tour Championship")]
    assert len(won) == 1
    question = won[0]
    assert isinstance(question, TextQuestion)
    assert question.answer == "Ana Jutanugarn"
    assert "Jutanugarn" in question.accept
    assert not [q for q in questions if isinstance(q, ChoiceQuestion) and "Tiburon" in q.choices]


def test_a_shared_surname_is_not_accepted_alone(tmp_path: Path) -> None:
    text = REPORT + "\n\nMia Jutanugarn finished 20th on her debut."
    won = [
        q
        for q in drafted(tmp_path, text).bank.questions
        if q.prompt.startswith("Who won the LPGA Tour Championship")
    ]
    assert won and isinstance(won[0], TextQuestion)
    assert "Jutanugarn" not in won[0].accept


def test_a_height_is_no_race(tmp_path: Path) -> None:
    """ "Torreon is 1000m above sea level." then "X took the women's title": the women's
    marathon's winner, never asked as the "women's 1000m" (found on a real marathon report,
    once its winner was asked)."""
    text = (
        "Valdez and Soto win in the desert\n\n"
        "It was dark and hot at the start in Torreon. Luis Valdez ran alone from halfway to "
        "win in 2:14:10. Torreon is also 1000m above sea level.\n\n"
        "A relatively unknown talent, 22-year old Maria Soto, took the women's title more "
        "easily, with 2:33:14 in only her second attempt at the marathon distance.\n\n"
        "Ana Ruiz was second in 2:35:10 and Eva Paz third in 2:36:02.\n\n"
        '"The heat was hard," Soto said. "I drank at every station," said Ruiz.'
    )
    prompts = [q.prompt for q in drafted(tmp_path, text).bank.questions]
    assert not [p for p in prompts if "1000m" in p], prompts


def test_one_race_spelled_two_ways_is_asked_once(tmp_path: Path) -> None:
    """ "Gauff wins US Open" and "won the U.S. Open": one race, one winner question (the
    typed winner of a real final was asked twice, once per spelling)."""
    text = (
        "Gauff wins US Open\n\n"
        "Coco Gauff won the U.S. Open on Saturday, beating Aryna Sabalenka in the final.\n\n"
        '"I am so happy," Gauff said.'
    )
    won = [
        q for q in drafted(tmp_path, text).bank.questions if q.prompt.startswith("Who won the U")
    ]
    assert len(won) == 1, [q.prompt for q in won]
