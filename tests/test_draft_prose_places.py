"""Finishing places told in prose that the reader missed (issue 21; the nineteenth to
thirtieth blind sets on b15418b), in articles of our own: a subject named with its club or
country before the verb (``Brandt Okelo of Kenya Prisons crossed the line second``), and a
ski jumping competition named by its hill (``the women's large hill``), which no race
pattern read, so a whole results story drafted nothing.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts


def _places(tmp_path: Path, text: str) -> set[tuple[str, str, int]]:
    """(athlete, race, place) of every place the draft of ``text`` reads."""
    return {(who, event, value) for who, event, value in facts(drafted(tmp_path, text), "place")}


def test_a_subject_named_with_its_club_before_the_verb(tmp_path: Path) -> None:
    text = (
        "Kemboy takes the 10,000m\n\n"
        "Ollie Kemboy won the men's 10,000m in 28:01.50 at the national meeting on Saturday.\n\n"
        "Kemboy clocked 28:01.50 as Brandt Okelu of Kenya Prisons crossed the line second "
        "in 28:12.8 while Joss Mainu faded badly.\n\n"
        "Kemboy pulled clear again as Dario Fenno of the Netherlands finished fourth."
    )
    assert _places(tmp_path, text) >= {
        ("Brandt Okelu", "men's 10000m", 2),
        ("Dario Fenno", "men's 10000m", 4),
    }


def test_an_affiliation_is_read_only_right_before_the_verb(tmp_path: Path) -> None:
    # guards: "of" after a possessive, or words between the club and the verb, tell nothing
    text = (
        "Kemboy takes the 10,000m\n\n"
        "Ollie Kemboy won the men's 10,000m in 28:01.50 at the national meeting on Saturday.\n\n"
        "Kemboy beat Joss Mainu as Mainu's coach of Lane Club finished second in the masters "
        "race.\n\n"
        "Kemboy was cheered as Tim Rosso of Kenya Prisons and his brother finished fifth."
    )
    places = _places(tmp_path, text)
    assert not {who for who, _, _ in places} & {"Joss Mainu", "Tim Rosso"}


def test_a_ski_jumping_competition_by_its_hill(tmp_path: Path) -> None:
    text = (
        "Pagnon wins in Lillehammer\n\n"
        "Josefine Pagnon won the women's large hill individual in Lillehammer on Sunday with "
        "jumps of 140.5 and 134.5 metres. Second place went to Alexa Lootit with 139.5 and "
        "135.5 metres. Katrin Schmitt was the best German and finished the competition in "
        "eighth place."
    )
    assert _places(tmp_path, text) >= {
        ("Alexa Lootit", "women's large hill", 2),
        ("Katrin Schmitt", "women's large hill", 8),
    }


def test_a_hills_qualifying_round_or_team_event_is_no_race(tmp_path: Path) -> None:
    # guards: a qualification on the other hill is not the race the places are in, nor is
    # the hill's team event
    text = (
        "Pagnon wins in Lillehammer\n\n"
        "Josefine Pagnon won the women's large hill individual on Sunday, with Alexa Lootit "
        "finishing third.\n\n"
        "Silja Opset had missed out on qualification on the normal hill and finished fourth "
        "in the end.\n\n"
        "Nora Kvandel finished second in the large hill team event."
    )
    places = _places(tmp_path, text)
    assert ("Alexa Lootit", "women's large hill", 3) in places
    assert not [p for p in places if p[1] == "normal hill" or p[0] == "Nora Kvandel"]
