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

import pytest
from draft_articles import drafted, facts, options, speaker_of


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


# A page's layout between two paragraphs of one speaker: a pull quote with no marks signed
# by a name on its own line, a photo caption that is only a name, a quotation signed on
# the next line. "He added" after it is still the man who spoke before it.
_BEFORE = (
    "Harbour Rovers beat Quarry Athletic 2-1 at Mill Park to lift the Island Cup.\n\n"
    "A fine lob from Tomas Brenner decided the game.\n\n"
    'Rovers coach Martin Dellow said: "It is not often we reach finals, so this one feels '
    'special for everyone at the club."\n\n'
)
_AFTER = (
    '\n\nHe added: "We were organised at the back and we took our chances.\n\n'
    '"It is pleasing for the players and for everyone at the club."\n\n'
    'Brenner, who scored the winner, said: "The ball dropped to me and I hit it hard."\n\n'
    'Quarry captain Ellis Rowntree said: "We gave everything but it was not our day."'
)
_LAYOUTS = {
    "pull quote with no marks": (
        "I kept telling myself to cross it until the last second, then I saw the keeper off "
        "his line\n\nTomas Brenner"
    ),
    "pull quote ending a sentence": (
        "I was going to cross it up to the last minute. Then I changed my mind.\n\nTomas Brenner"
    ),
    "pull quote in marks": '"I kept telling myself to cross it"\n\nTomas Brenner',
    "caption that is a name": "Tomas Brenner",
}


@pytest.mark.parametrize("layout", sorted(_LAYOUTS))
def test_a_name_on_its_own_line_does_not_take_he_added(tmp_path: Path, layout: str) -> None:
    text = _BEFORE + _LAYOUTS[layout] + _AFTER
    for lines in (text, text.replace("\n\n", "\n")):  # paragraphs as lines, as pages copy
        result = drafted(tmp_path, lines)
        assert speaker_of(result, "We were organised") <= {"Martin Dellow"}, layout
        assert speaker_of(result, "It is pleasing") <= {"Martin Dellow"}, layout
        assert speaker_of(result, "The ball dropped") <= {"Tomas Brenner"}, layout


def test_a_name_heading_a_section_leaves_he_untold(tmp_path: Path) -> None:
    """A name as a section's heading: "He said" under it is that man or nobody, never the
    one who spoke before the heading."""
    text = _BEFORE + 'Tomas Brenner\n\nHe said: "The ball dropped to me and I hit it hard."'
    assert speaker_of(drafted(tmp_path, text), "The ball dropped") <= {"Tomas Brenner"}


def test_a_sheets_next_speaker_is_no_signature(tmp_path: Path) -> None:
    """A press sheet: each speaker's line, then that speaker's words with no marks. The
    line after an answer reads like a pull quote's signature; it still starts another
    speaker's answers, never more of the one before."""
    text = (
        "Lena Varga beat Pia Holm 3-6, 6-4, 7-5 in the final on Sunday. Tomas Ross lost "
        "the men's final to Karl Lind.\n\nPress Conference\n\nLena Varga\n\n"
        "I stayed patient and kept making her play one more ball. That was the plan.\n\n"
        "We worked on my serve for weeks in the off-season and it paid off today.\n\n"
        "Tomas Ross\n\nI was a step slow all afternoon and he was better on the big points.\n\n"
        "My legs were heavy after the semi-final and I could not find my rhythm.\n\n"
        "Anna Berg\n\nI felt good from the first point and my serve held all day."
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "I felt good") <= {"Anna Berg"}
    assert speaker_of(result, "I was a step slow") == {"Tomas Ross"}
    assert speaker_of(result, "I stayed patient") == {"Lena Varga"}
