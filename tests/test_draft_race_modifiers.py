"""A race named behind describing words (quizcli.draft.epithets: ``the season-ending``,
``the rain-delayed``, ``the prestigious``, ``the 45th edition of the``) or a stage told by
its order (quizcli.draft.ordered_stages: ``the opening stage``, ``the final stage``, ``the
21st and final stage``); and the traps beside them: another edition behind the same words
(``who won the season-ending ... last``, ``in the 2019 season-ending``, ``last year's``),
a phase of a race or a career called a stage, a stage of no stage race.

Each article here is written for these tests, in the shapes wire reports use.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

FIELD = (
    "Rosa Kemp finished fourth and Lena Varga finished fifth. Tove Aalto came home sixth, "
    "and Hanna Roos said she was happy with seventh."
)


def _golf(words: str) -> str:
    return (
        f"Nora Quist closed with two late birdies to win the {words}Lakeside Tour Championship "
        "on Sunday, a stroke clear of Ada Brink.\n\n"
        f"{FIELD}\n\n"
        '"I did not look at the board once," Quist said. "I just played my own game."'
    )


@pytest.mark.parametrize(
    "words",
    [
        "season-ending ",
        "season-opening ",
        "rain-delayed ",
        "prestigious ",
        "annual ",
        "inaugural ",
        "45th ",
        "45th edition of the ",
        "rain-delayed 45th ",
    ],
)
def test_a_win_of_a_competition_behind_describing_words(tmp_path: Path, words: str) -> None:
    result = drafted(tmp_path, _golf(words))
    assert ("Nora Quist", "Lakeside Tour Championship", 1) in facts(result, "medal")
    winners = {q.prompt: q.answer for q in result.bank.questions}
    assert winners.get("Who won the Lakeside Tour Championship?") == "Nora Quist", winners


@pytest.mark.parametrize("words", ["last year's ", "the previous year's "])
def test_another_edition_is_no_win_of_this_one(tmp_path: Path, words: str) -> None:
    text = _golf("").replace("the Lakeside", words + "Lakeside")
    medals = facts(drafted(tmp_path, text), "medal")
    assert not [m for m in medals if m[0] == "Nora Quist"], medals


MARATHON = (
    "Ida Moe won the rain-hit Harbour Marathon in 2:21:40 on Sunday, with Eva Lund finishing "
    "second in the storied Harbour Marathon in 2:22:05.\n\n"
    "Mia Dahl was third at the 38th Harbour Marathon.\n\n"
    f"{FIELD}\n\n"
    '"The rain never stopped," Moe said. "We all just kept going."'
)


def test_places_times_and_a_title_behind_describing_words(tmp_path: Path) -> None:
    result = drafted(tmp_path, MARATHON)
    assert ("Ida Moe", "Harbour Marathon", 1) in facts(result, "medal")
    assert ("Ida Moe", "Harbour Marathon", "2:21:40") in facts(result, "time")
    places = set(facts(result, "place"))
    assert ("Eva Lund", "Harbour Marathon", 2) in places
    assert ("Mia Dahl", "Harbour Marathon", 3) in places


def test_a_title_claimed_behind_describing_words(tmp_path: Path) -> None:
    text = _golf("").replace(
        "closed with two late birdies to win the Lakeside Tour Championship",
        "claimed the prestigious Lakeside Open title",
    )
    medals = set(facts(drafted(tmp_path, text), "medal"))
    assert ("Nora Quist", "Lakeside Open title", 1) in medals
    assert ("Nora Quist", "Lakeside Open", 1) in medals


@pytest.mark.parametrize(
    "opening",
    [
        "Ida Moe, who won the season-ending Harbour Marathon,",
        "Ida Moe, six days after winning the annual Harbour Marathon,",
        "Ida Moe, winner of the prestigious Harbour Marathon,",
        "Ida Moe, who won last year's Harbour Marathon,",
    ],
)
def test_a_race_won_before_behind_describing_words_is_not_this_race(
    tmp_path: Path, opening: str
) -> None:
    text = (
        f"{opening} finished third on Sunday in 2:24:10.\n\n"
        f"{FIELD}\n\n"
        '"It was a hard day," Moe said. "My legs were heavy."'
    )
    result = drafted(tmp_path, text)
    told = facts(result, "place") + facts(result, "time") + facts(result, "medal")
    assert not [f for f in told if f[0] == "Ida Moe" and f[1] == "Harbour Marathon"], told


def test_a_year_before_describing_words_is_another_edition(tmp_path: Path) -> None:
    text = (
        "Ida Moe finished third in the 2019 season-ending Harbour Marathon.\n\n"
        f"{FIELD}\n\n"
        '"It was a hard day," Moe said. "My legs were heavy."'
    )
    places = facts(drafted(tmp_path, text), "place")
    assert not [p for p in places if p[0] == "Ida Moe" and p[1] == "Harbour Marathon"], places


TOUR = (
    "Tim Vos became the first Dane to win the Tour de France after Kai Brun took the final "
    "stage on the boulevard for the second year running.\n\n"
    "A week earlier it was a long sprint by Sara Holt that saw her take out the opening stage "
    "of the Tour de France Femmes, clawing her way past Jet Maas on the line.\n\n"
    "Piet Kool won the 20th and final stage of the Tour de Suisse in June.\n\n"
    f"{FIELD}\n\n"
    '"I have dreamed of this since I was a boy," Vos said. "Paris is the place to finish."'
)


def test_stages_told_by_their_order(tmp_path: Path) -> None:
    result = drafted(tmp_path, TOUR)
    medals = set(facts(result, "medal"))
    assert ("Kai Brun", "final stage", 1) in medals
    assert ("Sara Holt", "stage 1", 1) in medals
    assert ("Piet Kool", "stage 20", 1) in medals
    prompts = {q.prompt: q.answer for q in result.bank.questions}
    assert prompts.get("Who won the final stage?") == "Kai Brun", prompts
    # a stage gives no medal: never "Which medal did Kai Brun take in the final stage?"
    assert not [p for p in prompts if "medal" in p and "stage" in p], prompts


@pytest.mark.parametrize(
    "sentence",
    [
        # a phase of a race, a career or a climb, even in a sentence naming a stage race
        "Kai Brun attacked in the final stage of the race as Tim Vos won the Tour de France.",
        "Kai Brun won the Tour de France in the last stage of his career.",
        # no stage race named: a stage of what?
        "Kai Brun took the final stage on the boulevard.",
        "Kai Brun led in the opening stage of the marathon and finished fifth.",
    ],
)
def test_no_stage_where_none_is_told(tmp_path: Path, sentence: str) -> None:
    text = f"{sentence}\n\n{FIELD}\n\n" + '"It was hard," Brun said. "I gave it everything."'
    result = drafted(tmp_path, text)
    told = facts(result, "medal") + facts(result, "place")
    stages = [f for f in told if f[1] and "stage" in f[1]]
    assert not stages, stages


@pytest.mark.parametrize(
    "sentence",
    [
        # a rider described, a lead taken, another year's stage: the stage is told, not won
        "Kai Brun, winner of the final stage of the Tour de France, crashed on Sunday.",
        "Kai Brun took the lead on the opening stage of the Tour de France.",
        "Kai Brun took the final stage of the Tour de France in 2019.",
    ],
)
def test_no_stage_won_where_none_is_won(tmp_path: Path, sentence: str) -> None:
    text = f"{sentence}\n\n{FIELD}\n\n" + '"It was hard," Brun said. "I gave it everything."'
    medals = facts(drafted(tmp_path, text), "medal")
    assert not [m for m in medals if m[0] == "Kai Brun"], medals
