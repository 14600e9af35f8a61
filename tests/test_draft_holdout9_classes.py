"""Classes of wrong or missed questions found after the eighth blind set (issue 21), each in
an article written for these tests from the shapes real reports used:

- a starting place in a fronted clause (``Having started from ninth place ..., Bottas ...
  found himself on the podium in second place``) is no list of rivals: the place is the
  subject's;
- a position during the race (``made it to 12th place in the early laps``) does not hide
  the finish told after it in the same sentence (``... but recovered to finish fifth``);
- ``he`` after a sentence that named only someone else than the person in focus (``There was
  a comeback drive for Ricciardo.``) is not told: never the focus;
- ``Verstappen's team mate`` keeps Verstappen a person.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, speaker_of

GRID = (
    "Lewis Hamilton won the British Grand Prix at Silverstone on Sunday.\n\n"
    "Having started from ninth place after a gearbox penalty, Mercedes' Valtteri Bottas drove "
    "hard all afternoon and found himself on the podium in second place ahead of Kimi "
    "Raikkonen.\n\n"
    "Esteban Ocon ran in sixth for most of the race but faded late on. Nico Hulkenberg, who "
    "had started from pole, made it to 12th place in the early laps before a spin, but "
    "recovered to finish fifth.\n\n"
    '"It was a great day for the whole team," Hamilton said.'
)


def test_a_starting_place_is_no_list_of_rivals(tmp_path: Path) -> None:
    places = set(facts(drafted(tmp_path, GRID), "place"))
    assert ("Valtteri Bottas", "British Grand Prix", 2) in places
    assert not [p for p in places if p[0] == "Valtteri Bottas" and p[2] != 2], places


def test_a_finish_told_after_a_moment_of_the_race_is_a_place(tmp_path: Path) -> None:
    places = set(facts(drafted(tmp_path, GRID), "place"))
    assert ("Nico Hulkenberg", "British Grand Prix", 5) in places
    assert not [p for p in places if p[2] in (6, 12)], places


COMEBACK = (
    "Lewis Hamilton won the British Grand Prix at Silverstone on Sunday, his fourth home win "
    "in a row.\n\n"
    "Hamilton led from the first corner and was never troubled.\n\n"
    "There was a remarkable comeback drive for Daniel Ricciardo, who had a turbo failure in "
    "qualifying. He finished in fifth place after passing car after car.\n\n"
    '"We had the pace all weekend," he said.\n\n'
    "Hamilton's team mate Valtteri Bottas was second. "
    '"I am happy for the team," Hamilton said.'
)


def test_he_after_someone_else_was_named_is_not_the_focus(tmp_path: Path) -> None:
    result = drafted(tmp_path, COMEBACK)
    places = set(facts(result, "place"))
    assert not [p for p in places if p[0] == "Lewis Hamilton" and p[2] == 5], places
    assert "Lewis Hamilton" not in speaker_of(result, "We had the pace")
    assert speaker_of(result, "I am happy") == {"Lewis Hamilton"}


TEAM_MATE = (
    "Lewis Hamilton won the British Grand Prix at Silverstone on Sunday.\n\n"
    "Red Bull's Max Verstappen finished third, and Verstappen's team mate Daniel Ricciardo "
    "was fifth after starting at the back.\n\n"
    '"The car was fast but the tyres did not last," Verstappen said.'
)


def test_a_drivers_team_mate_keeps_the_driver_a_person(tmp_path: Path) -> None:
    result = drafted(tmp_path, TEAM_MATE)
    assert speaker_of(result, "The car was fast") == {"Max Verstappen"}


LONG_JUMP = (
    "Li Wen of China produced a last-round leap of 8.36 metres to snatch the world "
    "championships long jump gold on Saturday.\n\n"
    "Marco Stavros was on course to complete the full set of major titles. His fifth-round "
    "jump of 8.32m looked good enough for gold until Li's intervention. Instead he had to "
    "settle for silver."
)


def test_a_sentence_opening_on_the_focus_keeps_it(tmp_path: Path) -> None:
    medals = set(facts(drafted(tmp_path, LONG_JUMP), "medal"))
    assert ("Marco Stavros", "long jump", 2) in medals, medals
