"""The poor and wrong questions of the twenty-fourth blind judge set (issue 21,
tests/data/draft_corpus/holdout24; its first run: 26 drafted, 21 right, 1 wrong, 4 poor
once the reader's verdicts were in), in articles of our own:

- a canoe race by its boat and a distance written out (``the men's C1 1,000-metre event``)
  is that race, and a place in a list of places never takes the race of the clause before.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, offered


def test_each_place_of_a_list_keeps_its_own_race(tmp_path: Path) -> None:
    text = (
        "SZEGED, Hungary - Lena Marchetti and Katie Varn won gold on Saturday in the women's "
        "C2 500-metre event at the first World Cup of the year.\n\n"
        "Canadian paddlers reached eight finals on Saturday. Michelle Rossel finished seventh "
        "in the women's K1 500 metres, Craig Spencer placed ninth in the men's C1 1,000-metre "
        "event and Mathieu St-Pierrot finished fourth in the men's KL2 200-metre race.\n\n"
        '"We knew the final would be hard," said Marchetti. "It was amazing," said Varn. '
        '"I was slow at the start," said Spencer.'
    )
    places = {(who, event, value) for who, event, value in facts(drafted(tmp_path, text), "place")}
    assert ("Michelle Rossel", "women's K1 500m", 7) in places, places
    spencer = {p for p in places if p[0] == "Craig Spencer"}
    assert spencer <= {("Craig Spencer", "men's C1 1000m", 9)}, spencer
    assert spencer, places


def test_a_boat_race_reads_in_every_common_spelling(tmp_path: Path) -> None:
    spellings = ("C1 1,000-metre", "C1 1000m", "C1 1,000 metres", "C1 1000-meter")
    for spelling in spellings:
        text = (
            f"Craig Spencer won the men's {spelling} event at the World Cup in Szeged on "
            "Saturday, ahead of Tomas Varga and Ilya Petrov.\n\n"
            '"I was strong at the end," said Spencer. "He was too good," said Varga. '
            '"Next time," said Petrov.'
        )
        podiums = facts(drafted(tmp_path, text), "podium")
        assert [p[1] for p in podiums] == ["men's C1 1000m"], (spelling, podiums)


def test_an_award_is_no_person(tmp_path: Path) -> None:
    """``named Most Outstanding Player of the Championships``, ``voted Most Valuable
    Player``: an award's words are never a choice of "Who said this?"."""
    text = (
        "Washington downed Whitewater 3-2 in the final on Saturday. Alli Albers, named Most "
        "Outstanding Player of the Championships, finished with 15 kills; Haleigh Spence was "
        "voted Most Valuable Player by the coaches.\n\n"
        '"This is what it is all about," said coach Rich Lunemann. "We fought hard," said '
        'Albers. "It was a great night," said Spence. "They blocked well," said Lunemann.'
    )
    named = offered(tmp_path, text)
    assert not [n for n in named if "Player" in n or "Valuable" in n], named
