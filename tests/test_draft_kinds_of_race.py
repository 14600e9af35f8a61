"""A race named only by its kind (issue 21), in articles of our own:

- a headline's winner of a race named by what is raced in it (``Reed wins truck race``)
  names the story's race when the story names no race of its own: ``Max Hill finished
  third in the race`` is a place in ``the truck race``, and the headline's winner won it;
- a headline reporting a race by a name only a race's ends in (``Harbour TT Race Report
  from the Lakes``, also run into the page's address above it) names the story's race;
  never a series' report (``Harbour Series Race Report``);
- the race told may be described by what filled or marred it (``the crash-filled race``):
  no other race;
- never a headline's race for a title or a contract (``wins title race``, ``wins race to
  sign``), nor the headline's kind over a race the story names, nor a place in a race
  described otherwise (``the support race``).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

TRUCKS = (
    "Reed wins truck race\n\n"
    "Tom Reed did not have the fastest truck but passed Sam Cole with six laps to go and "
    "pulled away on Friday night at Lakeside Speedway.\n\n"
    '"We did not have the truck to beat tonight," Reed said.\n\n'
    "Max Hill finished third in the race and Ned Park took the points lead.\n\n"
    "Ola Berg and Ken Dunn both spun early and were never in contention.\n\n"
    "The crowd stayed long after the last lap."
)


def _places(tmp_path: Path, text: str) -> list[tuple[str, str, int]]:
    return [f for f in facts(drafted(tmp_path, text), "place") if f[0] == "Max Hill"]


def test_a_headline_names_a_race_by_its_kind(tmp_path: Path) -> None:
    assert _places(tmp_path, TRUCKS) == [("Max Hill", "truck race", 3)]


def test_the_headline_s_winner_of_a_race_named_by_its_kind(tmp_path: Path) -> None:
    medals = facts(drafted(tmp_path, TRUCKS), "medal")
    assert ("Tom Reed", "truck race", 1) in medals
    text = TRUCKS.replace("Reed wins truck race", "Reed wins title race")
    assert not [m for m in facts(drafted(tmp_path, text), "medal") if m[1].endswith("race")]


def test_a_race_described_by_what_filled_it_is_the_race_told(tmp_path: Path) -> None:
    text = TRUCKS.replace("third in the race", "third in the crash-filled race")
    assert _places(tmp_path, text) == [("Max Hill", "truck race", 3)]


def test_a_race_described_otherwise_is_another(tmp_path: Path) -> None:
    text = TRUCKS.replace("third in the race", "third in the support race")
    assert _places(tmp_path, text) == []


def test_a_title_race_or_a_race_to_sign_names_no_race(tmp_path: Path) -> None:
    for headline in ("Reed wins title race", "Reed wins race to sign Cole", "Reed wins car"):
        text = TRUCKS.replace("Reed wins truck race", headline)
        assert _places(tmp_path, text) == [], headline


def test_the_story_s_own_race_stands_over_the_headline_s_kind(tmp_path: Path) -> None:
    text = TRUCKS.replace(
        "pulled away on Friday night", "pulled away to win the Lakeside 200 on Friday night"
    )
    assert _places(tmp_path, text) == [("Max Hill", "Lakeside 200", 3)]


REPORT = (
    "https://example.org/news/2026/06/lakes-road-races/harbour-tt-race-report-from-the-lakes\n"
    "Harbour TT Race Report from the Lakes\n\n"
    "Tom Reed scored his second victory of the week at the Lakes road races, winning the race "
    "by 12.5 seconds over Sam Cole, with Max Hill (Blue Racing) in third.\n\n"
    "Ned Park crashed on the first lap, while Ola Berg and Ken Dunn retired.\n\n"
    '"It was a hard race," Reed said.'
)


def test_a_race_report_s_headline_names_its_race(tmp_path: Path) -> None:
    assert _places(tmp_path, REPORT) == [("Max Hill", "Harbour TT", 3)]
    on_its_own = REPORT.replace("-lakes\nHarbour", "-lakes\n\nHarbour")
    assert _places(tmp_path, on_its_own) == [("Max Hill", "Harbour TT", 3)]


def test_a_series_race_report_names_no_race(tmp_path: Path) -> None:
    text = REPORT.replace("Harbour TT Race Report", "Harbour Series Race Report")
    assert _places(tmp_path, text) == []
