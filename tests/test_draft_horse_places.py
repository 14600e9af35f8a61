"""The places of the other horses in a race whose winner is read (issue 21: results recall),
in articles of our own: ``from runner-up Red Harbour, with Dusty Road third and Copper
Kettle fourth``, ``Red Harbour, a nine-year-old gelding, stayed on to be second``, ``Dusty
Road edged past Copper Kettle to grab third``, ``Third was Dusty Road``, a horse named with a
title (``Mr Brightwater, a veteran gelding``). And the guards: never the jockey, the winner,
odds (``second favourite``), a point of the race (``second at halfway``), another year's or
another race's place, a place after another subject (``who``), nor a race of two winners.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion, NumberQuestion

WIN = (
    "Carlow Cup report\n\n"
    "Silver Lantern landed a famous victory for trainer Tom Byrne and jockey Pat Kelly in "
    "the Carlow Cup at Ballyglass.\n\n"
)
QUOTES = (
    '"He jumped beautifully and never gave me a moment of worry," said Pat Kelly.\n\n'
    '"This is the day we have waited ten years for," said Tom Byrne.'
)


def _places(result: Draft) -> dict[str, int]:
    return {
        q.prompt: int(q.answer)
        for q in result.bank.questions
        if isinstance(q, NumberQuestion) and q.prompt.startswith("In what place")
    }


def _asked(horse: str) -> str:
    return f"In what place did {horse} finish in the Carlow Cup?"


def test_the_runner_up_and_a_list_after_it(tmp_path: Path) -> None:
    text = (
        WIN + "The 5-1 favourite won by six lengths from runner-up Red Harbour, with Dusty "
        "Road third and Copper Kettle fourth for a local one-two-three-four.\n\n" + QUOTES
    )
    assert _places(drafted(tmp_path, text)) == {
        _asked("Red Harbour"): 2,
        _asked("Dusty Road"): 3,
        _asked("Copper Kettle"): 4,
    }


def test_sentences_opening_on_the_horse(tmp_path: Path) -> None:
    text = (
        WIN + "Mr Brightwater, a veteran gelding trained near Cork by Joe Nolan, ran on "
        "bravely to finish second.\n\n"
        "Dusty Road, one of two runners for the Byrne yard, edged past Copper Kettle to grab "
        "third with Ann Ryan in the saddle.\n\n"
        "Copper Kettle, a big chaser, made it a fine day for the Nolan stable as he finished "
        "a brave fourth in the three-mile feature.\n\n"
        "The early pace was set by Blue Moon, a grey mare ridden by Sean Walsh.\n\n"
        "Fifth was Blue Moon.\n\n" + QUOTES
    )
    assert _places(drafted(tmp_path, text)) == {
        _asked("Mr Brightwater"): 2,
        _asked("Dusty Road"): 3,
        _asked("Copper Kettle"): 4,
        _asked("Blue Moon"): 5,
    }


def test_not_odds_a_fence_nor_a_point_of_the_race(tmp_path: Path) -> None:
    text = (
        WIN + "The winner beat runner-up Red Harbour by a length.\n\n"
        "Dusty Road, the well-backed second favourite, was second, two fences out, but faded.\n\n"
        "Copper Kettle, a seven-year-old gelding, was third favourite.\n\n"
        "Blue Moon, an Irish mare, fell at the second-last fence.\n\n" + QUOTES
    )
    assert _places(drafted(tmp_path, text)) == {}  # a runner-up only, read with "from"
    text = text.replace("beat runner-up", "won from runner-up")
    assert _places(drafted(tmp_path, text)) == {_asked("Red Harbour"): 2}


def test_not_another_years_or_another_races_place(tmp_path: Path) -> None:
    text = (
        WIN + "Red Harbour, a nine-year-old gelding, finished second, as he did in 2022.\n\n"
        "Dusty Road, the mare from Kildare, finished third, as she had in the Leinster Plate.\n\n"
        "Copper Kettle, a big chaser, was fourth for the second year running.\n\n"
        "Blue Moon, a grey mare, finished fifth at Leopardstown.\n\n" + QUOTES
    )
    assert _places(drafted(tmp_path, text)) == {}


def test_never_the_jockey_the_winner_nor_after_another_subject(tmp_path: Path) -> None:
    text = (
        WIN + "Silver Lantern, the 5-1 favourite, finished second in the parade ring vote.\n\n"
        "Ann Ryan on Red Harbour was second, beaten a neck.\n\n"
        "Dusty Road, a bay gelding, chased Copper Kettle, who was third.\n\n"
        "Blue Moon, a grey mare, led and Copper Kettle finished fourth.\n\n"
        "Blue Moon set a fast pace while the favourite finished fifth.\n\n" + QUOTES
    )
    asked = _places(drafted(tmp_path, text))
    assert _asked("Silver Lantern") not in asked
    assert _asked("Ann Ryan") not in asked
    assert _asked("Dusty Road") not in asked
    assert _asked("Blue Moon") not in asked


def test_not_a_horse_given_two_places_nor_a_place_given_two_horses(tmp_path: Path) -> None:
    text = (
        WIN + "The winner came home clear from runner-up Red Harbour, with Dusty Road third.\n\n"
        "Red Harbour, a nine-year-old gelding, finished third.\n\n"
        "Copper Kettle, an Irish mare, was fourth.\n\n"
        "Blue Moon, a grey mare, finished fourth.\n\n" + QUOTES
    )
    assert _places(drafted(tmp_path, text)) == {}


def test_not_without_a_winner_read_nor_of_a_page_of_two_races(tmp_path: Path) -> None:
    field = (
        "The winner came home clear from runner-up Red Harbour, with Dusty Road third and "
        "Copper Kettle fourth.\n\n" + QUOTES
    )
    no_winner = WIN.replace("landed a famous victory", "was saddled") + field
    assert _places(drafted(tmp_path, no_winner)) == {}
    two_races = (
        WIN + "Blue Moon landed a famous victory for trainer Joe Nolan in the Kildare Plate "
        "at Ballyglass.\n\n" + field
    )
    assert _places(drafted(tmp_path, two_races)) == {}


def test_a_list_after_the_horses_own_place_and_places_told_respectively(tmp_path: Path) -> None:
    text = (
        WIN + "Red Harbour, a nine-year-old gelding, was second, Dusty Road third and Copper "
        "Kettle fourth.\n\n"
        "Dusty Road, the grey mare, and Copper Kettle, a bay gelding, were never far away.\n\n"
        + QUOTES
    )
    assert _places(drafted(tmp_path, text)) == {
        _asked("Red Harbour"): 2,
        _asked("Dusty Road"): 3,
        _asked("Copper Kettle"): 4,
    }
    text = (
        WIN + "Red Harbour and Dusty Road, both trained in Kildare, finished second and third, "
        "respectively.\n\n"
        "Copper Kettle, a bay gelding, and Blue Moon, the grey mare, were never in the hunt.\n\n"
        "Red Harbour, a big chaser, and Dusty Road, an Irish mare, jumped well.\n\n" + QUOTES
    )
    assert _places(drafted(tmp_path, text)) == {_asked("Red Harbour"): 2, _asked("Dusty Road"): 3}


def test_a_horse_placed_is_never_offered_as_a_speaker(tmp_path: Path) -> None:
    # no "jockey" or "trainer": a report whose names are people by the usual signs
    text = (
        "Carlow Cup report\n\n"
        "Silver Lantern powered to a thrilling victory in the Carlow Cup for Tom Byrne and Pat "
        "Kelly.\n\n"
        "The 5-1 favourite won by six lengths at Ballyglass from runner-up Red Harbour, with "
        "Dusty Road third and Copper Kettle fourth.\n\n"
        "Red Harbour jumped the last fence well but could not catch the winner, and Ann Ryan "
        "led early.\n\n"
        '"He was brilliant from the start and never gave me a moment of worry," said Tom '
        "Byrne.\n\n"
        '"This is the day we have waited ten years for," said Pat Kelly.'
    )
    result = drafted(tmp_path, text)
    said = [q for q in result.bank.questions if q.prompt == "Who said this?"]
    assert said
    for question in said:
        assert isinstance(question, ChoiceQuestion)
        assert "Red Harbour" not in question.choices
        assert "Ann Ryan" in question.choices


def test_not_a_place_in_the_betting_hoped_for_or_taken_away(tmp_path: Path) -> None:
    text = (
        WIN + "The winner came home clear from runner-up Red Harbour.\n\n"
        "Dusty Road, the grey mare, was third in the betting.\n\n"
        "Copper Kettle, a bay gelding, looked set to finish fourth.\n\n"
        "Blue Moon, an Irish mare, finished fifth, but was disqualified.\n\n" + QUOTES
    )
    assert _places(drafted(tmp_path, text)) == {_asked("Red Harbour"): 2}
