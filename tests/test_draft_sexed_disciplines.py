"""Competitions named by a discipline right after its sex (issue 21): a fencing weapon
(``the women's individual foil``, ``the men's team sabre``), a gymnastics apparatus (``the
men's pommel horse final``), a freestyle ski or snowboard event (``the women's halfpipe``),
skateboarding's ``street``, a ski race by its format (``the men's pursuit``) and a team
event (``the women's team event``) are races the results after them belong to, and a
fencing event names its bouts' questions like a racket sport's draw. Never without a sex,
as a title or a person (``the women's vault champion``, ``the men's moguls skier``), as a
round before the final (``the men's sabre quarterfinals``), a season (``the men's moguls
World Cup``) or when two sexes share the words (``the women's and men's individual foil``).
Articles of our own, names invented.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in
from quizcli.model import ChoiceQuestion, TextQuestion

QUOTES = (
    '"It was the best day of my career," said Velden.\n\n'
    '"I made one mistake too many," said Corte.\n\n'
    '"Next year will be different," said Farro.'
)


def _names(text: str) -> list[str]:
    return [event_name(match) for match in events_in(text)]


def _prompts(tmp_path: Path, text: str) -> dict[str, object]:
    """The choice and text questions of the draft of ``text``: {prompt: answer}."""
    return {
        q.prompt: q.answer
        for q in drafted(tmp_path, text).bank.questions
        if isinstance(q, ChoiceQuestion | TextQuestion)
    }


def test_the_disciplines_named_after_a_sex() -> None:
    assert _names("She won the women's individual foil final.") == ["women's individual foil"]
    assert _names("He took gold in the men's sabre on Sunday.") == ["men's sabre"]
    assert _names("the women’s épée final") == ["women's épée"]
    assert _names("the Women’s Street Final was close") == ["women's street"]
    assert _names("the men's pommel horse final") == ["men's pommel horse"]
    assert _names("the women's uneven bars final") == ["women's uneven bars"]
    assert _names("in the men's trampoline final") == ["men's trampoline"]
    assert _names("the women's halfpipe was won by Dale") == ["women's halfpipe"]
    assert _names("the men's moguls on Friday") == ["men's moguls"]
    assert _names("the women's big air final") == ["women's big air"]
    assert _names("the men's 12.5km pursuit and the women's pursuit") == [
        "men's 12.5km pursuit",
        "women's pursuit",
    ]
    assert _names("the women's mass start") == ["women's mass start"]


def test_a_team_event_and_a_team_weapon() -> None:
    assert _names("Italy won the women's team event") == ["women's team event"]
    assert _names("in the men's team final, Japan was second") == ["men's team event"]
    assert _names("the women's team foil") == ["women's team foil"]
    assert _names("In the men's sabre team event, Korea won") == ["men's team sabre"]


def test_no_discipline_without_its_sex_as_a_title_a_person_a_round_or_a_season() -> None:
    assert _names("she landed a clean vault and a solid beam routine") == []
    assert _names("the best street skater in the world") == []
    assert _names("the women's vault champion Velden") == []
    assert _names("the No. 1 women's street skater") == []
    assert _names("the men's moguls skier from the north") == []
    assert _names("the men's sabre quarterfinals") == []
    assert _names("in the women's foil pools, Corte lost twice") == []
    assert _names("the men's halfpipe World Cup standings") == []
    assert _names("the women's foil team won again") == []
    assert _names("the men's team won the match") == []
    assert _names("the men's sprint double") == []
    assert _names("the men's parkrun on Saturday") == []


def test_a_track_race_in_a_titles_capitals() -> None:
    assert _names("a silver medal in the Women’s Team Sprint") == ["women's team sprint"]
    assert _names("the Men's Keirin Final") == ["men's keirin"]
    assert _names("the men's team sprint final") == ["men's team sprint"]  # read once
    assert _names("the Men's Keirin world champion Darsk") == []


def test_two_sexes_sharing_a_discipline_name_neither() -> None:
    assert _names("Velden and Darsk won the women's and men's individual foil") == []
    assert _names("the Women’s & Men’s Foil World Cup") == []
    assert _names("the women’s and men’s team events") == []


def test_an_apparatus_final_is_the_race_of_its_places(tmp_path: Path) -> None:
    text = (
        "Velden takes the vault\n\n"
        "Mara Velden won the women's vault final at the Eastbrook Games on Friday. "
        "Anya Corte finished second and Lise Farro was third.\n\n" + QUOTES
    )
    places = facts(drafted(tmp_path, text), "place")
    assert ("Anya Corte", "women's vault", 2) in places
    assert ("Lise Farro", "women's vault", 3) in places


def test_no_place_of_an_apparatus_round_or_a_title(tmp_path: Path) -> None:
    text = (
        "Finals day in Eastbrook\n\n"
        "The women's vault champion Mara Velden arrived in Eastbrook on Friday with "
        "Anya Corte.\n\n"
        "In the women's vault qualification, Lise Farro was third and Corte was fifth.\n\n" + QUOTES
    )
    assert facts(drafted(tmp_path, text), "place") == []


def test_a_fencing_final_names_its_event(tmp_path: Path) -> None:
    text = (
        "Velden wins in Eastbrook\n\n"
        "Mara Velden beat Anya Corte 15-12 in the final of the women's individual sabre at "
        "the Eastbrook Grand Prix on Sunday. In the semifinal round, Corte won against "
        "Lise Farro, 15-9.\n\n" + QUOTES
    )
    asked = _prompts(tmp_path, text)
    final = "the women's individual sabre final"
    assert asked[f"Who won {final} between Anya Corte and Mara Velden?"] == "Mara Velden"
    assert asked[f"By what score did Mara Velden beat Anya Corte in {final}?"] == "15-12"
    assert not any(p.startswith("Who won the match between") for p in asked)
    assert not any("Lise Farro" in p and "final" in p.replace("semifinal", "") for p in asked)


def test_a_fencing_round_stays_its_round(tmp_path: Path) -> None:
    text = (
        "Velden wins in Eastbrook\n\n"
        "In the women's individual sabre quarterfinals, Mara Velden beat Anya Corte 15-12 "
        "and Lise Farro beat Nina Holt 15-9.\n\n" + QUOTES
    )
    asked = _prompts(tmp_path, text)
    assert not any("sabre final" in str(p) for p in asked)


def test_a_weight_class_by_its_name_and_a_sepak_takraw_event() -> None:
    assert _names("the men's middleweight final") == ["men's middleweight"]
    assert _names("in the women's half-lightweight on Monday") == ["women's half-lightweight"]
    assert _names("the men's light heavyweight final") == ["men's light heavyweight"]
    assert _names("won the women’s quadrant event") == ["women's quadrant"]
    # never a rowing boat, a professional belt or a description
    assert _names("the men's lightweight four") == []
    assert _names("she won the women's lightweight title") == []
    assert _names("the men's heavyweight champion Darsk") == []


def test_a_discipline_that_is_a_plain_word_only_before_its_contest() -> None:
    assert _names("the men's floor final") == ["men's floor"]
    assert _names("in the men's park on Sunday") == ["men's park"]
    assert _names("Mara won the women's sprint.") == ["women's sprint"]
    assert _names("the men's floor manager said") == []
    assert _names("she ran the Men's Street Mile in the city") == []
    assert _names("the women's street clothes on sale") == []
    assert _names("the men's pursuit of the title") == []
    assert _names("the men's sprint classification") == []


def test_a_judged_discipline_has_no_time(tmp_path: Path) -> None:
    text = (
        "Women’s Street Final\n\n"
        "Gold: Mara Velden, Norway (15.26)\n\n"
        "Silver: Anya Corte, Brazil (14.64)\n\n"
        "Bronze: Lise Farro, Japan (14.49)\n\n"
        "4th: Nina Holt, Chile (13.57)\n\n" + QUOTES
    )
    result = drafted(tmp_path, text)
    assert facts(result, "time") == []
    assert ("Nina Holt", "women's street", 4) in facts(result, "place")
