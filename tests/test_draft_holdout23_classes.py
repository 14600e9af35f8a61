"""The poor and wrong questions of the twenty-third blind judge set (issue 21,
tests/data/draft_corpus/holdout23; its first run: 82 drafted, 71 right, 3 wrong, 8 poor
once the reader's verdicts were in), in articles of our own:

- a page's credit (``Photo by Richard Gray``, ``(Reporting by Rohith Nair)``, ``boxing
  journalist Anthony Cocks``) is no speaker;
- a description made a word (``Man-of-the-match Garland``) is no first name;
- a place at ``last fall's`` championships is another year's race.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, options


def test_a_pages_credit_is_no_speaker(tmp_path: Path) -> None:
    text = (
        "Canada's Brad Gushoe (Photo by Richard Graye, World Curling) beat Sweden 6-4 in the "
        "semi-final on Saturday.\n\n"
        '"I feel great," said Gushoe. "We were a shot short," said Niklas Edim. "The ice was '
        'perfect," said Rick Langg, wrote Australian-based boxing journalist Anthony Cockes.\\n\\n'
        "(Reporting by Rohith Naire; Editing by Ed Osmonde)"
    )
    named = options(drafted(tmp_path, text))
    assert not named & {"Richard Graye", "Anthony Cockes", "Rohith Naire", "Ed Osmonde"}, named


def test_a_description_made_a_word_is_no_first_name(tmp_path: Path) -> None:
    text = (
        "Rangers beat Belgrave Wanderers 2-1 in the final on Monday. Man-of-the-match Garlande, "
        "who is better known as a 400m athlete, scored the winner.\n\n"
        '"I changed my mind and went for goal," said Garlande. "It was even better," said '
        'coach Paul Ockleforde. "We ran out of time," said Simon Marly.'
    )
    named = options(drafted(tmp_path, text))
    assert not [n for n in named if n.startswith("Man-of")], named


def test_a_place_at_last_falls_championships_is_another_race(tmp_path: Path) -> None:
    text = (
        "Ethan Colemann won the boys' 1600m at the state meet in 4:05.12 on Saturday.\n\n"
        "Colemann took second at last fall's state cross-country championships, falling to "
        "Isaac Teeple.\n\n"
        '"I wanted this one," said Colemann.'
    )
    places = facts(drafted(tmp_path, text), "place")
    assert not [p for p in places if p[2] == 2], places
