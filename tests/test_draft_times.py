"""Race times: the written forms read, the race each belongs to and whose it is (issue 21,
times and marks). Articles written here, in our own words; each drafts real files through
``quizcli.draft.draft``."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

from quizcli.draft.clock import find_times


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("Mara Lind took silver in 14.51.30 behind her sister.", ["14:51.30"]),
        ("Ivo Brandt won the ultra in 1h 42m 22s on the coast.", ["1:42:22"]),
        ("Ivo Brandt was home in 6h 05m, an hour down.", ["6:05:00"]),
        ("The race was held on 14.04.2007 in the rain.", []),  # a date, not a time
        ("The gates open at 10.30 and the start is at 11.15.", []),
    ],
)
def test_more_written_forms(text: str, answers: list[str]) -> None:
    assert [t.answer for t in find_times(text)] == answers


def test_a_speed_and_past_medals_are_not_the_race(tmp_path: Path) -> None:
    text = (
        "Lena Hartmann won the downhill at Lake Louise on Saturday.\n\n"
        "Hartmann, silver medallist in slalom at the 2022 Olympics and in the super-G at "
        "Cortina in 2021, reached 128km/h on the final pitch to clock 1min 34.18sec, and "
        "Sofia Ricci was second."
    )
    assert facts(drafted(tmp_path, text), "time") == [("Lena Hartmann", "downhill", "1:34.18")]


def test_a_bare_race_word_keeps_the_named_race(tmp_path: Path) -> None:
    text = (
        "Peter Kamau won the Lisbon Marathon on Sunday, leading a Kenyan sweep.\n\n"
        "The 27-year-old won his third marathon in 2:07:11 and was already warm by the time "
        "Joseph Rono reached the line.\n\n"
        "Samuel Tanui took third place with a time of 2:09:02.\n\n"
        "Kamau was fourth in the Berlin Marathon earlier this year.\n\n"
        "In the Porto marathon on the same day, Ana Silva won in 2:25:10."
    )
    times = facts(drafted(tmp_path, text), "time")
    assert ("Samuel Tanui", "Lisbon Marathon", "2:09:02") in times
    assert ("Ana Silva", "Lisbon Marathon", "2:25:10") not in times
