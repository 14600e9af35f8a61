"""Places below first in races, told in prose forms the readers missed (issue 21; the
nineteenth to thirtieth blind sets on 1a2278c), in articles of our own: a place after a
name and a description set off by commas in a ``with`` tail (``with Belgium's Abed, the
European record-holder, third in 2:04:32``), a place told before its owner (``Coming in
second was X``, ``Eighth was Y``, ``X was next in third place``), a finish told in a
relative clause beside a moment of the race (``sat in front of X, who finished second in
4:10.57, for three laps``), and a medal after a bracketed time (``Kaya Mack (27.58) who won
bronze``).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts


def _places(tmp_path: Path, text: str) -> set[tuple[str, str, int]]:
    """(athlete, race, place) of every place the draft of ``text`` reads."""
    return {(who, event, value) for who, event, value in facts(drafted(tmp_path, text), "place")}


def test_a_described_name_in_a_with_tail(tmp_path: Path) -> None:
    text = (
        "Kiro wins in Lakeside\n\n"
        "Kelvin Kiro won the Lakeside Marathon on Sunday in 2:00:35.\n\n"
        "Benson Kipo, the 2022 Lakeside winner, was a distant second in 2:04:02 with "
        "Belgium's Bashir Abed, the European record-holder who won bronze at the Games, "
        "third in 2:04:32.\n\n"
        # guards: a description naming someone else, a list of places, no finish told
        "Kiro was clear at the end with Tom Asker, the man who paced Dan Rubo, fourth in "
        "2:06:10.\n\n"
        "Kipo had been second with Ian Moyo, the Ugandan, sixth and seventh.\n\n"
        "The crowd cheered with Sam Otto, a local hero, fifth at the time."
    )
    places = _places(tmp_path, text)
    assert ("Bashir Abed", "Lakeside Marathon", 3) in places
    assert not {who for who, _, _ in places} & {"Tom Asker", "Ian Moyo", "Sam Otto"}


def test_a_place_told_before_its_owner(tmp_path: Path) -> None:
    text = (
        "Seever takes the Lakeside Marathon\n\n"
        "Dale Seever won the Lakeside Marathon on Monday in 2:10:01.\n\n"
        "Coming in second was Matt Hale in 2:11:30.\n\n"
        "Jesse Holm was next in third place in 2:12:00.\n\n"
        "Eighth was Raz Dumaree, whose coach Davy Conlon said he was pleased.\n\n"
        # guards: a moment of the race, a denial, a standing, a possessive
        "Second was Pete Orr at the halfway point, Holm said.\n\n"
        "Fifth was not Tom Ruiz, however.\n\n"
        "Second overall was Ian Marr.\n\n"
        "Sixth was Hale's brother Joe Hale."
    )
    places = _places(tmp_path, text)
    assert places >= {
        ("Matt Hale", "Lakeside Marathon", 2),
        ("Jesse Holm", "Lakeside Marathon", 3),
        ("Raz Dumaree", "Lakeside Marathon", 8),
    }
    named = {who for who, _, _ in places}
    assert not named & {"Pete Orr", "Tom Ruiz", "Ian Marr", "Joe Hale", "Davy Conlon"}


def test_a_finish_in_its_own_clause_beside_a_moment(tmp_path: Path) -> None:
    text = (
        "Cole takes the 1600m\n\n"
        "Ethan Cole won the boys' 1600m in 4:06.28 on Friday.\n\n"
        "Never losing sight of the front, Cole sat right in front of Eastside's Isaac Teep, "
        "who finished second in a time of 4:10.57, for three laps before pulling away.\n\n"
        # guards: the moment inside the clause, a clause left open
        "Cole passed Sam Jago, who was second after two laps, on the back straight.\n\n"
        "Cole had led Tim Barr, who came home fifth on the third lap"
    )
    places = _places(tmp_path, text)
    assert ("Isaac Teep", "1600m", 2) in places
    assert not {who for who, _, _ in places} & {"Sam Jago", "Tim Barr"}


def test_a_medal_after_a_bracketed_time(tmp_path: Path) -> None:
    text = (
        "Sun takes the backstroke\n\n"
        "Mia Sun won the women's 50m backstroke final in 27.31 on Tuesday.\n\n"
        "She was joined on the podium by Kaya Mack (27.58) who won bronze, with teammate "
        "Bree Jobs (27.85) finishing sixth."
    )
    medals = {(who, value) for who, _, value in facts(drafted(tmp_path, text), "medal")}
    assert ("Kaya Mack", 3) in medals
    assert ("Bree Jobs", 3) not in medals
