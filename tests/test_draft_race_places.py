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


def _medals(tmp_path: Path, text: str) -> set[tuple[str, int]]:
    """(athlete, medal as a place) of every medal the draft of ``text`` reads."""
    return {(who, value) for who, _, value in facts(drafted(tmp_path, text), "medal")}


def test_a_place_won_by_passing_a_rival_is_the_subjects(tmp_path: Path) -> None:
    text = (
        "Stahl takes the 1500m\n\n"
        "Kim Stahl won the women's 1500m final in 3:51.10 on Friday.\n\n"
        "Lena Hope of Australia overtook world champion Dina Welt to take silver, clocking "
        "3:51.56.\n\n"
        "Gina Bell also passed Welt close to the finish to earn bronze in 3:51.61.\n\n"
        "Rosa Lind edged past Ann Moe to grab fifth.\n\n"
        # guards: a passive, two rivals, a denial, a moment of the race
        "Tia Ruud was passed by Eva Sand to finish sixth.\n\n"
        "Ida Falk overtook Moe and Ruud to take seventh.\n\n"
        "Welt could not hold off Sand for the bronze.\n\n"
        "Sand passed Falk to take fourth on the final lap."
    )
    medals, places = _medals(tmp_path, text), _places(tmp_path, text)
    assert medals >= {("Lena Hope", 2), ("Gina Bell", 3)}
    assert ("Rosa Lind", "women's 1500m", 5) in places
    named = {who for who, _ in medals} | {who for who, _, _ in places}
    assert not named & {"Dina Welt", "Ann Moe", "Tia Ruud", "Eva Sand", "Ida Falk"}


def test_a_medal_won_as_a_medal(tmp_path: Path) -> None:
    text = (
        "Stahl takes the 1500m\n\n"
        "Kim Stahl won the women's 1500m final in 3:51.10 on Friday.\n\n"
        "Kara Geist reached an individual podium for the first time, winning a Bronze medal "
        "in the women's 1500m.\n\n"
        # guards: another meeting's medal, another year's
        "Stahl also owns a world silver from the indoor season.\n\n"
        "Ana Roe won a silver medal in the 1500m in 2019."
    )
    medals = _medals(tmp_path, text)
    assert ("Kara Geist", 3) in medals
    assert not {who for who, _ in medals} & {"Ana Roe"}
    assert ("Kim Stahl", 2) not in medals


def test_places_settled_awarded_taken_as_a_spot_or_after_a_spelled_time(tmp_path: Path) -> None:
    text = (
        "Tano takes the 10,000m\n\n"
        "Paul Tano won the men's 10,000m in 28:06.90 on Saturday.\n\n"
        "Tano pulled clear while Yoss Mneri settled third after returning 28:26.77.\n\n"
        "After the protest, Nils Pollit was awarded fourth.\n\n"
        "Holly Cooper took the fifth spot in 28:40.10.\n\n"
        "Dee Lindon finished at 28 minutes, 46 seconds in 6th place, the paper reported.\n\n"
        # guards: a moment of the race, another year's place, a stage
        "Tano settled into seventh on the second lap, and Ian Rudd settled eighth on the "
        "third lap.\n\n"
        "Rob Stone was awarded ninth place in 2019.\n\n"
        "Tim Moss took the second stage of the relay."
    )
    places = _places(tmp_path, text)
    assert places >= {
        ("Yoss Mneri", "men's 10000m", 3),
        ("Nils Pollit", "men's 10000m", 4),
        ("Holly Cooper", "men's 10000m", 5),
        ("Dee Lindon", "men's 10000m", 6),
    }
    assert not {who for who, _, _ in places} & {"Paul Tano", "Ian Rudd", "Rob Stone", "Tim Moss"}


def test_a_medal_of_the_subjects_second_verb(tmp_path: Path) -> None:
    text = (
        "Marsh takes the breaststroke\n\n"
        "Leon Marsh won the men's 200m breaststroke final in 2:05.85 on Wednesday.\n\n"
        "Australia's Zac Stubble entered the race as the reigning champion but took the "
        "silver medal with a time of 2:06.79.\n\n"
        # guards: another person named before the verb, a possessive subject
        "Ian Dodd was beaten by Tom Webb but took bronze.\n\n"
        "Beside Al Rees, she swam a fine race and took bronze."
    )
    medals = _medals(tmp_path, text)
    assert ("Zac Stubble", 2) in medals
    assert not {who for who, _ in medals} & {"Ian Dodd", "Tom Webb", "Al Rees"}


def test_the_rival_the_winner_beat_by_a_margin_is_second(tmp_path: Path) -> None:
    text = (
        "Fourc wins the sprint\n\n"
        "Marten Fourc won the men's 10km sprint on Friday in 25:17.3.\n\n"
        "The Frenchman dominated the race from the start and clocked 25:17.3 to beat Russia's "
        "Yevgen Usty by 42.3 seconds.\n\n"
        "Bern Lang beat Paul Broad by two shots to win the Senior Classic on Sunday.\n\n"
        # guards: a heat, a match's points, two rivals, someone who is not the winner
        "In the heats, Ian Roe beat Tom Hay by 0.2 seconds.\n\n"
        "Leeds beat Hull by 12 points to win the final.\n\n"
        "Fourc beat Ola Berg and Jon Lie by a minute.\n\n"
        "Kai Holm beat Sam Vik by two seconds in the fight for fifth place.\n\n"
        "Ana Moreno fired a final-round 68 to win the Lakeside Open, bettering Jo Kim by one "
        "stroke.\n\n"
        "Moreno had won the second round, beating Lu Chen by two shots.\n\n"
        "Senior Coastal Open: Ed Hart beat Ron Bay by two shots to win the Senior Coastal Open."
    )
    places = _places(tmp_path, text)
    assert places >= {
        ("Yevgen Usty", "men's 10km sprint", 2),
        ("Paul Broad", "Senior Classic", 2),
        ("Jo Kim", "Lakeside Open", 2),
    }
    assert not {who for who, _, _ in places} & {
        *("Tom Hay", "Hull", "Ola Berg", "Jon Lie", "Sam Vik", "Lu Chen", "Ron Bay"),
    }
