"""The winner of a horse race is the horse (issue 21: results recall), in articles of our
own: ``Silver Lantern landed a famous victory for trainer Tom Byrne and jockey Pat Kelly in
the Carlow Cup``, a headline's winner in a body sentence run together with the line before
it. And the guards: never the jockey, never another year's race, never a horse the article
does not show credited or ridden, never with fewer than three other horses.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion

FIELD = (
    "Red Harbour, a nine-year-old gelding trained in Kildare, stayed on to be second, a "
    "length down.\n\n"
    "The jockey said the ground was quick and the pace strong from the start, and the trainer "
    "agreed that the horse had never been better.\n\n"
    "Dusty Road, the well-backed second favourite, was third, with Copper Kettle fourth after "
    "a bad mistake at "
    "the second-last fence.\n\n"
    '"He jumped beautifully and never gave me a moment of worry," said Pat Kelly.\n\n'
    '"This is the day we have waited ten years for," said Tom Byrne.'
)


def _horses(result: Draft) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        q.prompt: (q.answer, q.choices)
        for q in result.bank.questions
        if isinstance(q, ChoiceQuestion) and q.prompt.startswith("Which horse")
    }


def test_the_horse_credited_to_its_trainer_and_jockey_wins(tmp_path: Path) -> None:
    text = (
        "Carlow Cup report\n\n"
        "Silver Lantern landed a famous victory for trainer Tom Byrne and jockey Pat Kelly in "
        "the Carlow Cup at Ballyglass.\n\n"
        "The 5-1 favourite won by a length from runner-up Red Harbour.\n\n" + FIELD
    )
    asked = _horses(drafted(tmp_path, text))
    answer, choices = asked["Which horse won the Carlow Cup?"]
    assert answer == "Silver Lantern"
    assert set(choices) == {"Silver Lantern", "Red Harbour", "Copper Kettle", "Dusty Road"}
    assert not any(q.answer == "Pat Kelly" for q in drafted(tmp_path, text).bank.questions)


def test_a_headline_winner_in_a_body_sentence_run_together(tmp_path: Path) -> None:
    text = (
        "Silver Lantern wins thrilling Carlow Cup\n\n"
        "What a day for us all - Tom Byrne Silver Lantern powered to a thrilling win in the "
        "Carlow Cup for Tom Byrne and Pat Kelly.\n\n"
        "The 5-1 favourite won by six lengths from runner-up Red Harbour, with Dusty Road "
        "third and Copper Kettle fourth.\n\n" + FIELD
    )
    asked = _horses(drafted(tmp_path, text))
    assert asked["Which horse won the Carlow Cup?"][0] == "Silver Lantern"


def test_not_another_years_race_nor_an_uncredited_name(tmp_path: Path) -> None:
    last_year = (
        "Carlow Cup report\n\n"
        "Silver Lantern landed a famous victory for trainer Tom Byrne and jockey Pat Kelly in "
        "the 2019 Carlow Cup at Ballyglass.\n\n"
        "The 5-1 favourite won by six lengths from runner-up Red Harbour, with Dusty Road third "
        "and Copper Kettle fourth.\n\n" + FIELD
    )
    assert _horses(drafted(tmp_path, last_year)) == {}
    uncredited = last_year.replace(
        "landed a famous victory for trainer Tom Byrne and jockey Pat Kelly in the 2019", "won the"
    )
    assert _horses(drafted(tmp_path, uncredited)) == {}  # a jockey may "win" too: not sure


def test_not_with_too_few_horses_to_choose_from(tmp_path: Path) -> None:
    text = (
        "Carlow Cup report\n\n"
        "Silver Lantern landed a famous victory for trainer Tom Byrne and jockey Pat Kelly in "
        "the Carlow Cup at Ballyglass, by six lengths.\n\n"
        '"He jumped beautifully and never gave me a moment of worry," said Pat Kelly.\n\n'
        '"This is the day we have waited ten years for," said Tom Byrne.'
    )
    assert _horses(drafted(tmp_path, text)) == {}


def test_never_the_jockey(tmp_path: Path) -> None:
    text = (
        "Carlow Cup report\n\n"
        "Pat Kelly won the Carlow Cup for trainer Tom Byrne at Ballyglass, by six lengths.\n\n"
        "Pat Kelly on Silver Lantern, the winner, was never headed.\n\n"
        "The 5-1 favourite won by six lengths from runner-up Red Harbour, with Dusty Road third "
        "and Copper Kettle fourth.\n\n" + FIELD.replace("said Pat Kelly", "said Ann Ryan")
    )
    assert _horses(drafted(tmp_path, text)) == {}
