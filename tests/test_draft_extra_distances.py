"""A distance told as an extra to ski, run or swim is no race (issue 21), in an article of our
own: ``had to ski an additional 150m`` after a missed shot is a penalty loop, so the place
told in the same sentence is the sprint's, never a "150m" race's.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

REPORT = (
    "Lind takes the sprint in Harbour Valley\n\n"
    "Sweden's Ada Lind won the women's 7.5km sprint at the Harbour Valley World Cup on "
    "Saturday in 21:05.4.\n\n"
    "Norway's Eva Moen missed once and had to ski an additional 150m, but she still finished "
    "second.\n\n"
    "Finland's Kaisa Roos skied an extra 150m loop too and was third.\n\n"
    '"The snow was fast today," Lind said.\n\n'
    '"One miss cost me the race," said Moen.\n\n'
    '"I am happy with third," said Roos.'
)


def test_an_extra_distance_is_no_race(tmp_path: Path) -> None:
    places = facts(drafted(tmp_path, REPORT), "place")
    assert ("Eva Moen", "women's 7.5km sprint", 2) in places
    assert ("Kaisa Roos", "women's 7.5km sprint", 3) in places
    assert not any("150" in str(event) for _, event, _ in places)
