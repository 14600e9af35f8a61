"""Matches between nations and result lines of points (issue 21, recall): until 2026-12-06
a country was never a side, so no international match (a Six Nations game, a World Cup
tie) gave a score, and ``South Africa 42 (...) defeated England 39 (...)``, the line a
rugby report closes on, was not read. A national side is an answer to "Who won?", never a
speaker nor an athlete's time; a nationality alone (``the Portuguese``) is no side.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts


def _speaker_options(result: object) -> set[str]:
    """Every option of every "Who said this?" question."""
    bank = result.bank  # type: ignore[attr-defined]
    return {c for q in bank.questions if q.prompt == "Who said this?" for c in q.choices}


INTERNATIONAL = (
    "Portugal beat Croatia 3-1 in the semi-final in Lisbon on Wednesday to reach their "
    "first final in eight years.\n\n"
    "Rafael Costa headed Portugal in front before Ivan Horvat equalised for Croatia just "
    "after half-time, and Tiago Mendes scored twice in the last twenty minutes.\n\n"
    '"We never stopped believing," said Portugal coach Rui Antunes.\n\n'
    'Croatia coach Zoran Babic said: "The second goal killed us."'
)


def test_a_country_beating_a_country_is_asked_with_its_score(tmp_path: Path) -> None:
    result = drafted(tmp_path, INTERNATIONAL)
    assert ("Portugal", None, ("Croatia", "3-1")) in facts(result, "score")
    prompts = {q.prompt: q.answer for q in result.bank.questions}
    assert prompts["By what score did Portugal beat Croatia?"] == "3-1"


def test_a_national_side_is_never_offered_as_a_speaker(tmp_path: Path) -> None:
    speakers = _speaker_options(drafted(tmp_path, INTERNATIONAL))
    assert speakers and not speakers & {"Portugal", "Croatia"}
    assert "Rui Antunes" in speakers


NATIONALITY = (
    "The Portuguese beat Croatia 3-1 in the semi-final in Lisbon on Wednesday night, "
    "and Spain beat Italy 2-0 in the other.\n\n"
    "In the doubles, Dutch beat Belgian 6-4 6-4 on the outside court, and later the "
    "Kiwis beat England 20-12.\n\n"
    '"We never stopped believing," said coach Rui Antunes.'
)


def test_a_nationality_is_no_side(tmp_path: Path) -> None:
    result = drafted(tmp_path, NATIONALITY)
    sides = {who for who, _, _ in facts(result, "score")}
    sides |= {value[0] for _, _, value in facts(result, "score")}
    assert not sides & {"Portuguese", "The Portuguese", "Dutch", "Belgian", "Kiwis"}
    assert ("Spain", None, ("Italy", "2-0")) in facts(result, "score")


POINTS_LINE = (
    "Leinster held off a late Munster rally in the final at the Aviva Stadium.\n\n"
    "Leinster 31 (Jordan Larmour 2, Garry Ringrose tries; Ross Byrne 2 conversions, 4 "
    "penalties) defeated Munster 24 (Tadhg Beirne, Conor Murray tries; Joey Carbery "
    "conversion, 4 penalties). HT: 17-10.\n\n"
    "Fiji 27 (Semi Radradra, Josua Tuisova tries) beat Tonga 12 (Telusa Veainu try) in "
    "Suva.\n\n"
    '"We were clinical when it mattered," said Leinster coach Leo Cullen.'
)


def test_a_result_line_of_points_gives_the_winner_and_the_score(tmp_path: Path) -> None:
    result = drafted(tmp_path, POINTS_LINE)
    scores = facts(result, "score")
    assert ("Leinster", None, ("Munster", "31-24")) in scores
    assert ("Fiji", None, ("Tonga", "27-12")) in scores
    assert not [s for s in scores if s[2][1] in ("17-10", "10-17")]  # half-time: no result
    assert not _speaker_options(result) & {"Leinster", "Munster", "Fiji", "Tonga"}


UPSIDE_DOWN = (
    "Wales 19 (Owen Lane, Rhys Patchell tries) beat Ireland 24 (Jacob Stockdale 2 tries) "
    "in the report as it first ran, before the desk corrected it.\n\n"
    "Nobody at the ground noticed the mistake, and the teams left for Japan on Monday "
    "morning.\n\n"
    '"It was a good hit-out," said Wales captain Alun Wyn Jones.'
)


def test_a_line_whose_winner_has_fewer_points_gives_nothing(tmp_path: Path) -> None:
    result = drafted(tmp_path, UPSIDE_DOWN)
    assert facts(result, "score") == []


GIVEN_NAME_NATIONS = (
    "Georgia beat Romania 24-11 in Tbilisi on Saturday to keep their unbeaten run going.\n\n"
    "Chad Hollis, the Georgia fly-half, kicked 14 points, and Chad beat Petre Ionescu 6-2 "
    "6-3 in the charity tennis match the next morning.\n\n"
    '"We were clinical when it mattered," said Georgia coach Levan Maisashvili.'
)


def test_a_nation_named_like_a_person_is_the_person_the_article_names(tmp_path: Path) -> None:
    scores = facts(drafted(tmp_path, GIVEN_NAME_NATIONS), "score")
    assert ("Georgia", None, ("Romania", "24-11")) in scores
    assert ("Chad", None, ("Petre Ionescu", "6-2 6-3")) not in scores
