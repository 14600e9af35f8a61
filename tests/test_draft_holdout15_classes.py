"""The wrong and poor questions of the fifteenth blind judge set (issue 21,
tests/data/draft_corpus/holdout15; its first run: 68 drafted, 56 right, 1 wrong, 11 poor),
and those its re-run showed after the night's recall changes, in articles of our own:

- a title's distance is no race run here (``world 1500m champion Wightman taking silver``
  in a report of the 800m), while the race being told is carried;
- a stage told in passing (``after claiming the yellow jersey on stage seven``, ``winner of
  stage seven's summit finish``) is carried to no later place.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts


def test_a_titles_distance_is_no_race_run_here(tmp_path: Path) -> None:
    text = (
        "Mario Garza of Spain held off Britain's Jack Whitman to win the men's European 800m "
        "title in Munich on Sunday.\n\n"
        "Garza clocked a personal best of 1min 44.85sec for gold, world 1500m champion "
        "Whitman taking silver in 1:44.91.\n\n"
        '"I came here to get one of these medals," Whitman said.'
    )
    result = drafted(tmp_path, text)
    medals = facts(result, "medal")
    assert [m for m in medals if m[0] == "Jack Whitman"] == [("Jack Whitman", "800m", 2)], medals
    assert not [m for m in medals if "1500" in (m[1] or "")], medals
    times = facts(result, "time")
    assert ("Jack Whitman", "800m", "1:44.91") in times, times


def test_a_titles_distance_that_is_the_race_told_still_names_it(tmp_path: Path) -> None:
    text = (
        "Olympic 1500m champion Jonas Berg won the 1500m in Oslo on Thursday in 3:29.63, "
        "ahead of Tim Hale and Yared Abebe.\n\n"
        '"It was a good race," Berg said.'
    )
    times = facts(drafted(tmp_path, text), "time")
    assert ("Jonas Berg", "1500m", "3:29.63") in times, times


def test_a_stage_told_in_passing_is_carried_to_no_later_place(tmp_path: Path) -> None:
    text = (
        "Pavel Sagal may not have kept up with Marc Kavan as the Manxman won his fourth stage "
        "of the Tour of California, but he did just enough to secure the title.\n\n"
        "Sagal leapfrogged Julien Alaphon, winner of stage seven's summit finish at Mt Baldy, "
        "into first place overall.\n\n"
        "Alaphon said after claiming the yellow jersey on stage seven that he would keep "
        "working for Kavan.\n\n"
        "Team Sky finished with three riders in the top 10, with Sergio Henau claiming third, "
        "Ian Bosworth seventh and Peter Kenna ninth.\n\n"
        '"After the finish I did not know if I was third or fourth and I had to wait," Sagal '
        'said. "I am very pleased with the whole team today."\n\n'
        '"It was a long week for all of us," said Kavan.'
    )
    places = facts(drafted(tmp_path, text), "place")
    assert not [p for p in places if p[1] == "stage 7"], places
