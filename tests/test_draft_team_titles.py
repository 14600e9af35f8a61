"""A title won by a team (issue 21: results recall), in articles of our own: ``The Harbour
Hawks won the Coast Cup for the first time, beating ...``, ``Lakeside were crowned Island
Cup champions``, ``Rovers lifted their second Valley Trophy title with a 60-run win``,
``Lakeside beat Rovers 4-3 to win the Coast Series``. Asked "Which team won the Coast Cup?",
the options other teams the article shows playing (never people), or the name typed.

And the guards: never a team the article shows no match of, never a person, never another
time's title (``in 2019``, ``last season``), a title only hoped for, a ``title race``, a
title named only ``World`` or ``European``, nor one the articles give two teams.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion, TextQuestion

PEOPLE = (
    '"We never stopped believing in each other," said Tom Varga.\n\n'
    '"It was a hard night for us and we will be back," said Rob Keller.\n\n'
    '"The fans carried us through the last period," said Dan Moss.\n\n'
    '"I have never seen a dressing room like that," said Lee Park.'
)


def _titles(result: Draft) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Prompt -> (answer, options) of every team title question."""
    return {
        q.prompt: (str(q.answer), q.choices if isinstance(q, ChoiceQuestion) else ())
        for q in result.bank.questions
        if isinstance(q, ChoiceQuestion | TextQuestion) and q.prompt.startswith("Which team won")
    }


def test_a_cup_won_with_the_match_in_a_participle(tmp_path: Path) -> None:
    text = (
        "Hawks make history\n\n"
        "The Harbour Hawks won the Coast Cup for the first time, defeating the Valley Wolves "
        "5-2 in the deciding game on Tuesday.\n\n" + PEOPLE
    )
    asked = _titles(drafted(tmp_path, text))
    assert asked == {"Which team won the Coast Cup? Type the name.": ("Harbour Hawks", ())}


def test_a_crowning_after_a_dateline(tmp_path: Path) -> None:
    text = (
        "Final report\n\n"
        "PORTVILLE, May 2 (Staff) – Lakeside Rovers were crowned Island Cup champions on "
        "Wednesday, stunning Hill Town with a 3-2 overtime win.\n\n" + PEOPLE
    )
    asked = _titles(drafted(tmp_path, text))
    assert asked == {"Which team won the Island Cup? Type the name.": ("Lakeside Rovers", ())}


def test_a_side_opening_a_clause_after_and_and_a_word_describing_it(tmp_path: Path) -> None:
    text = (
        "Final report\n\n"
        "PORTVILLE: Hosts Lakeside Rovers won a record fifth Island Cup title when they beat "
        "Hill Town 4-2 on penalties on Friday.\n\n"
        "Harbour City beat Valley Wolves 3-1 in the evening game.\n\n"
        "Dan Moss scored twice in the first half and Harbour City won the Coast Cup final "
        "on a cold night.\n\n" + PEOPLE
    )
    asked = _titles(drafted(tmp_path, text))
    assert asked["Which team won the Island Cup title?"][0] == "Lakeside Rovers"
    assert asked["Which team won the Coast Cup?"][0] == "Harbour City"


def test_a_counted_title_and_a_series_won_by_beating_a_side(tmp_path: Path) -> None:
    text = (
        "Season review\n\n"
        "Northfield lifted their second successive Valley Trophy title with a 60-run win over "
        "Eastgate in the final on Thursday.\n\n"
        "The Lakeside Bears beat the Harbour Seals 7-6 in Game 5 on Wednesday to win the Coast "
        "Series four games to one.\n\n" + PEOPLE
    )
    asked = _titles(drafted(tmp_path, text))
    answer, options = asked["Which team won the Valley Trophy title?"]
    assert answer == "Northfield"
    assert set(options) == {"Northfield", "Eastgate", "Lakeside Bears", "Harbour Seals"}
    answer, options = asked["Which team won the Coast Series?"]
    assert answer == "Lakeside Bears"
    assert not {"Tom Varga", "Rob Keller", "Dan Moss", "Lee Park"} & set(options)


def test_a_team_written_short_is_never_an_option_beside_itself(tmp_path: Path) -> None:
    text = (
        "Season review\n\n"
        "The Lakeside Bears beat the Valley Seals 93-89 on Sunday to win the Coast Series.\n\n"
        "Lakeside beat Westfield Town 3-1 in the first round in March.\n\n"
        "Southgate beat Rivergate 2-0 in the other semi-final on Friday.\n\n" + PEOPLE
    )
    answer, options = _titles(drafted(tmp_path, text))["Which team won the Coast Series?"]
    assert answer == "Lakeside Bears"
    assert "Lakeside" not in options and len(options) == 4


def test_a_team_carried_to_its_title(tmp_path: Path) -> None:
    text = (
        "Final report\n\n"
        "Opener Sam Reed hit a brilliant 120 to power Northfield to a record third Island Cup "
        "title at the Oval on Sunday.\n\n"
        "Northfield beat Eastgate by 40 runs in a final of few chances.\n\n" + PEOPLE
    )
    asked = _titles(drafted(tmp_path, text))
    assert asked.get("Which team won the Island Cup title? Type the name.") == (
        "Northfield",
        (),
    )


def test_no_title_of_another_time_hoped_for_or_unnamed(tmp_path: Path) -> None:
    text = (
        "Final report\n\n"
        "Lakeside Rovers beat Hill Town 3-2 on Sunday.\n\n"
        "Lakeside Rovers won the Island Cup in 2019, beating Hill Town in a replay.\n\n"
        "Hill Town hoped to win the Coast Cup after beating Lakeside Rovers 2-0 last month.\n\n"
        "Lakeside Rovers were crowned European champions after the match.\n\n"
        "Lakeside Rovers won the Valley Cup title race, a league of four.\n\n"
        "Tom Varga guided Hill Town to the Coast Cup final with a late goal.\n\n" + PEOPLE
    )
    assert _titles(drafted(tmp_path, text)) == {}


def test_never_a_person_nor_a_team_playing_no_match(tmp_path: Path) -> None:
    text = (
        "Final report\n\n"
        "Tom Varga beat Rob Keller 6-3, 6-4 on Sunday.\n\n"
        "Tom Varga won the Harbour Cup for the first time.\n\n"
        "Northfield won the Island Cup for the first time.\n\n" + PEOPLE
    )
    assert _titles(drafted(tmp_path, text)) == {}


def test_a_title_given_two_teams_is_not_asked(tmp_path: Path) -> None:
    text = (
        "Final report\n\n"
        "Lakeside Rovers beat Hill Town 3-2 on Sunday.\n\n"
        "Lakeside Rovers won the Island Cup for the first time.\n\n"
        "Hill Town won the Island Cup at the end of the night, the officials said.\n\n" + PEOPLE
    )
    assert _titles(drafted(tmp_path, text)) == {}
