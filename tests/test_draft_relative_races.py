"""A race named in a relative clause of another time is that clause's, not the main
clause's (issue 21), in articles of our own. Found on a real speed skating report:
``Lorentzen (NOR), who had won Friday's 500m and 1000m, finished in sixth place in 34.79s
on Saturday`` had drafted "In what place did Lorentzen finish in the 1000m?" (6), a wrong
question: he was sixth in Saturday's 500m, the race the report tells.

- the place and time after such a clause are the race being told (carried from before);
- a race named after the clause still wins: ``..., who had won Friday's 1000m, was sixth in
  the 1500m``, even when another race is named before the clause;
- a relative clause of the same time keeps its race: ``Ash, who already set the record in
  the heats of the women's 400m freestyle, lowered it in the final`` is still about that race
  (the guard: a real swimming report had its second place asked this way).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

REPORT = (
    "Vale takes the men's 500m at the speed skating World Cup in Hamar\n\n"
    "HAMAR — Pieter Vale (NED) won the men's 500m in 34.58s on Saturday, ahead of "
    "Kenji Oda (JPN) in 34.66s and Lars Brekke (NOR) in 34.71s. "
    "The first ten skaters finished within half a second.\n\n"
    "Tomas Lind (SWE), who had won Friday's 500m and 1000m, finished in sixth place in "
    "34.80s on Saturday.\n\n"
    "Ivan Sokol (CZE) was fourth in 34.74s.\n\n"
    '"The ice was fast today," Vale said.\n\n'
    '"I made a mistake in the last corner," said Lind.'
)


def test_the_place_after_a_clause_of_another_day_is_the_race_told(tmp_path: Path) -> None:
    result = drafted(tmp_path, REPORT)
    places = facts(result, "place")
    assert ("Tomas Lind", "men's 500m", 6) in places
    assert not any(event == "1000m" for _, event, _ in places)
    assert ("Tomas Lind", "men's 500m", "34.80") in facts(result, "time")


def test_a_race_named_after_the_clause_is_the_places(tmp_path: Path) -> None:
    text = REPORT.replace(
        "finished in sixth place in 34.80s on Saturday.", "was sixth in the 1500m on Saturday."
    )
    result = drafted(tmp_path, text)
    assert ("Tomas Lind", "1500m", 6) in facts(result, "place")
    # a race named right after the place wins over one named before the clause
    text = text.replace(
        "Tomas Lind (SWE), who had won Friday's 500m and 1000m,",
        "In the 1000m, Tomas Lind (SWE), who had won Friday's 500m,",
    )
    result = drafted(tmp_path, text)
    assert ("Tomas Lind", "1500m", 6) in facts(result, "place")


def test_a_clause_of_the_same_race_keeps_its_race(tmp_path: Path) -> None:
    text = (
        "Ash lowers the record again\n\n"
        "Mara Hale won the men's 200m individual medley in 1:57.40 on Tuesday, ahead of "
        "Owen Pratt in 1:57.90.\n\n"
        "Jenna Ash, who already set the record with a 4:04.91 in the heats of the women's "
        "400m freestyle, lowered it in the final with a time of 4:04.50. She beat "
        "second-place finisher Lucy Marr, who clocked a 4:08.75.\n\n"
        "Rita Moss was third in 4:10.02.\n\n"
        '"I felt better than yesterday," Ash said.'
    )
    result = drafted(tmp_path, text)
    places = facts(result, "place")
    assert not any(event and "200m" in event for who, event, _ in places if who == "Lucy Marr")


def test_a_title_held_in_a_relative_clause_is_not_the_races(tmp_path: Path) -> None:
    # a real Olympic rowing report: "Martin, who is a silver medallist from London in the
    # men's quadruple sculls, was ... in silver position, followed by ... Synek ... who took
    # bronze" had asked Synek's bronze as the quadruple sculls'
    text = (
        "Drake takes the single sculls by a bow ball\n\n"
        "A photo finish decided the men's single sculls on the final day of the regatta. "
        "Milo Drake won gold ahead of Dario Marin.\n\n"
        "Marin, who is a silver medallist from Lisbon in the men's quadruple sculls, was a "
        "few centimetres away, followed by Otto Senk of Austria who took bronze.\n\n"
        "Karl Ruud was fourth and Jan Brede fifth.\n\n"
        '"I did not know who had won," Drake said.'
    )
    result = drafted(tmp_path, text)
    medals = facts(result, "medal")
    assert not any(event and "quadruple" in event for _, event, _ in medals)
    assert ("Otto Senk", "men's single sculls", 3) in medals


def test_a_time_after_a_possessive_and_a_pronoun_is_nobodys_for_sure(tmp_path: Path) -> None:
    # a real skating report: "... Jan Smeekens, opened almost as fast as Kato and that with
    # lap times comparable to Michel Mulder's made him the winner in 35.15" gave the 35.15
    # to Mulder (who skated 35.20)
    text = REPORT.replace(
        "Ivan Sokol (CZE) was fourth in 34.74s.",
        "Ivan Sokol (CZE) opened fast, and with lap times like Kenji Oda's that made him "
        "fourth in 34.74s.",
    )
    result = drafted(tmp_path, text)
    times = facts(result, "time")
    assert ("Kenji Oda", "men's 500m", "34.74") not in times
    assert ("Lars Brekke", "men's 500m", "34.71") in times
