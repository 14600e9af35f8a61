"""Match questions that name the draw and the round (issue 21, helper A on 4c7b61a): a racket
sport's match whose fact holds its draw (``In the women's singles, ...``) is asked as that
draw's final when its sentence tells the title (``secured the title after beating X``),
else as that draw's match; a series' game by its number (``won Game 7 3-1 over the
Bears``) is read as a match won. Articles of our own, names invented.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.model import ChoiceQuestion, TextQuestion

_OPENING = (
    "Vale and Park take the Coastal Open\n\n"
    "Tom Vale won the Coastal Open on Sunday in Port Ellis, his first title of the year at "
    "the venue.\n\n"
)


def _prompts(tmp_path: Path, text: str) -> dict[str, str]:
    """The choice and text questions of the draft of ``text``: {prompt: answer}."""
    return {
        q.prompt: q.answer
        for q in drafted(tmp_path, text).bank.questions
        if isinstance(q, ChoiceQuestion | TextQuestion)
    }


def test_a_final_of_a_draw_is_asked_as_that_draws_final(tmp_path: Path) -> None:
    text = _OPENING + (
        "In the women's singles, South Korea's Kim Se-yong secured the title after beating "
        "second-seeded Mara Delling from Thailand 21-17, 22-20."
    )
    asked = _prompts(tmp_path, text)
    assert asked["Who won the women's singles final between Kim Se-yong and Mara Delling?"] == (
        "Kim Se-yong"
    )
    assert asked["By what score did Kim Se-yong beat Mara Delling in the women's singles final?"]
    assert not any(p.startswith("Who won the match between") for p in asked)


def test_a_draws_match_not_told_as_its_final_is_its_match(tmp_path: Path) -> None:
    text = _OPENING + (
        "In the women's singles, South Korea's Kim Se-yong reached the final after beating "
        "second-seeded Mara Delling from Thailand 21-17, 22-20."
    )
    asked = _prompts(tmp_path, text)
    assert "Who won the women's singles match between Kim Se-yong and Mara Delling?" in asked
    assert not any("final between" in p or "singles final?" in p for p in asked)


def test_a_past_title_is_no_final(tmp_path: Path) -> None:
    text = _OPENING + (
        "In the women's singles, Kim Se-yong, who won the title twice, beat Mara Delling "
        "21-17, 22-20."
    )
    asked = _prompts(tmp_path, text)
    assert not any("final" in p for p in asked if "Delling" in p)


def test_a_series_game_by_its_number(tmp_path: Path) -> None:
    text = (
        "Hawks take the title\n\n"
        "The Arden Hawks and the Belford Bears met in the series decider on Monday night at "
        "a packed arena.\n\n"
        "The Hawks won Game 7 3-1 over the Bears."
    )
    read = facts(drafted(tmp_path, text), "score")
    assert {(who, value[0], value[1]) for who, _, value in read} == {("Hawks", "Bears", "3-1")}


def test_a_game_number_never_makes_a_drawn_or_lost_side_the_winner(tmp_path: Path) -> None:
    text = (
        "Hawks and Bears level\n\n"
        "The Arden Hawks and the Belford Bears met again on Monday night at a packed arena.\n\n"
        "The Hawks drew Game 6 3-3 with the Bears before they won Game 7.\n\n"
        '"We never stopped believing in each other," Hawks captain Ray Lunder said.'
    )
    assert facts(drafted(tmp_path, text), "score") == []


def test_a_victory_scored_against_a_side_before_the_score(tmp_path: Path) -> None:
    text = _OPENING + (
        "Earlier in the week Vale had a hard time.\n\n"
        "He scored a victory against Ken Itoma 21-13, 9-21, 21-13 in an intense game.\n\n"
        "Dan Roe recorded a hard-fought win over Lee Sung-ho 21-15, 21-18 in the other semi."
    )
    read = facts(drafted(tmp_path, text), "score")
    assert {(who, value[0], value[1]) for who, _, value in read} == {
        ("Tom Vale", "Ken Itoma", "21-13, 9-21, 21-13"),
        ("Dan Roe", "Lee Sung-ho", "21-15, 21-18"),
    }


def test_a_victory_never_scored_is_no_match(tmp_path: Path) -> None:
    text = _OPENING + (
        "Dan Roe hoped to record a win over Lee Sung-ho but lost.\n\n"
        "Dan Roe never recorded a win over Lee Sung-ho 21-15, 21-18 in their careers.\n\n"
        '"I will come back stronger next year," Dan Roe said.'
    )
    assert facts(drafted(tmp_path, text), "score") == []


_SERIES_OPENING = (
    "Hawks take the title\n\n"
    "The Arden Hawks and the Belford Bears met in the series decider on Monday night at a "
    "packed arena.\n\n"
)


def test_a_series_clinched_by_its_last_game_is_asked_apart(tmp_path: Path) -> None:
    text = _SERIES_OPENING + (
        "Sam Rayner scored the winner in Game 7 as the Hawks beat the Bears 2-1 on a "
        "memorable Monday to take the long series 4-3."
    )
    asked = _prompts(tmp_path, text)
    assert asked["Who won the series between Arden Hawks and Belford Bears?"] == "Arden Hawks"
    assert asked["By what score did Arden Hawks beat Belford Bears in the series?"] == "4-3"
    assert asked["By what score did Arden Hawks beat Belford Bears?"] == "2-1"


def test_a_series_of_another_clause_or_side_is_not_the_games(tmp_path: Path) -> None:
    text = _SERIES_OPENING + (
        "The Hawks beat the Bears 2-1, while the Cats won 3-1 to take the series 4-2.\n\n"
        "The Hawks beat the Bears 5-2 but the Bears still took the series 4-3."
    )
    assert not any("series" in prompt for prompt in _prompts(tmp_path, text))


def test_a_subject_described_in_lower_case_before_the_name(tmp_path: Path) -> None:
    text = _OPENING + (
        "Earlier on Sunday, home favourite Remi Laforge claimed the bronze medal after beating "
        "Hugo Caldeira of Brazil 4-0."
    )
    read = facts(drafted(tmp_path, text), "score")
    assert ("Remi Laforge", "Hugo Caldeira", "4-0") in {
        (who, value[0], value[1]) for who, _, value in read
    }


def test_a_name_after_a_relation_is_not_the_subject(tmp_path: Path) -> None:
    text = _OPENING + (
        "On Sunday, the brother of Remi Laforge claimed the bronze medal after beating Hugo "
        "Caldeira of Brazil 4-0.\n\n"
        '"It was a proud day for our family," Remi Laforge said.'
    )
    read = facts(drafted(tmp_path, text), "score")
    assert not any(who == "Remi Laforge" for who, _, _ in read)


def test_a_draw_after_a_tournaments_name_names_the_match() -> None:
    from quizcli.draft.facts import Fact
    from quizcli.draft.match_rounds import contest_of
    from quizcli.draft.quoted import Sentence

    text = "Dan Roe clinched the title after beating Ken Itoma 21-13, 21-15 on Sunday."
    sentence = Sentence(0, text, text, None, False)
    value = ("Ken Itoma", "21-13, 21-15")
    fact = Fact("score", "Dan Roe", "Coastal Open men's singles", value, sentence, "")
    assert contest_of(fact) == "men's singles final"
    assert contest_of(fact._replace(event="Coastal Open")) == ""
    assert contest_of(fact._replace(event="men's singles and doubles")) == ""
