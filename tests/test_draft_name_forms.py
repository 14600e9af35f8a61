"""How names are written around the words before them (issue 21), in articles of our own:

- a nationality of two words (``South African``, ``Costa Rican``) before a name is never
  part of it: the person is ``Pieter Venter``, not ``African Pieter Venter``;
- a short first name that is also a common word (``An``) is the name's where the article
  shows it, written whole after a country's possessive (``South Korea's An Ji-woo``): her
  wins and quotations keep her whole name; so is a place's word after a player's role
  (``Rovers defender Rio Kendall``);
- a team a match's sentence names short (``Hawks beat Foxes 4-3``) is asked by the one
  full name the article writes for it (``the Riverton Hawks``); guard: none when two of its
  full names end with the short one (``the Dunmore Hawks`` too);
- a title written short before a name (``World Champ Tess Bowen``) is no first name;
- nor is a nationality a French or Dutch report writes as a noun after its article (``le
  Suisse Marco Delval``, ``de Kroatische Ivana Kostic``).

And the guards: a nationality of one word that ends no country's name (``The African
Lions coach Omar Diallo``) takes nothing off the name after it; the common word opening a
sentence (``An early goal``) is no name, and a short word before a name the article never
shows so is left out of it; Spanish ``de`` before a name of three words (``de Juan Carlos
Ferreira``) takes nothing off it.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft.names import name_runs
from quizcli.draft.runs import lowercase_vocabulary
from quizcli.model import ChoiceQuestion

QUOTES = (
    '"I never thought I could do it here, not in front of all these people," said Lena '
    'Storm.\n\n"It was a long week and I am tired now, but I am happy," said Mia Berg.\n\n'
    '"We will all be back next year to try again, that much I know," said Nina Holt.'
)


def _answers(tmp_path: Path, text: str) -> set[str]:
    """Every answer and choice of the drafted questions."""
    found: set[str] = set()
    for question in drafted(tmp_path, text).bank.questions:
        found.add(str(question.answer))
        if isinstance(question, ChoiceQuestion):
            found.update(str(choice) for choice in question.choices)
    return found


def _runs(texts: list[str]) -> list[tuple[str, ...]]:
    """The name runs of each text, read with the texts' own vocabulary."""
    vocabulary = lowercase_vocabulary(texts)
    return [run.words for text in texts for run in name_runs(text, vocabulary)]


def test_a_two_word_nationality_is_no_part_of_the_name(tmp_path: Path) -> None:
    text = (
        "Venter on top\n\n"
        "South African Pieter Venter won the race ahead of Tom Baxley and Neil Corrie.\n\n"
        f"{QUOTES}"
    )
    answers = _answers(tmp_path, text)
    assert "Pieter Venter" in answers
    assert not any("African" in answer for answer in answers)


def test_costa_rican_and_sri_lankan_before_a_name() -> None:
    runs = _runs(
        ["Costa Rican Ana Vargas and Sri Lankan Ravi Perera were also in the field of forty."]
    )
    assert ("Ana", "Vargas") in runs
    assert ("Ravi", "Perera") in runs


def test_a_name_after_a_one_word_nationality_is_kept() -> None:
    # guard: "African" ends no country here; nothing is taken off the run
    runs = _runs(["The African Lions coach Omar Diallo spoke after the game on Sunday."])
    assert ("Omar", "Diallo") in runs


def test_a_short_common_first_name_shown_after_a_country(tmp_path: Path) -> None:
    text = (
        "An takes the crown\n\n"
        "In the women's final, South Korea's An Ji-woo took the title after beating Pim "
        "Sorat of Thailand 21-17, 22-20.\n\n"
        '"I played my best today and I am so happy with the title," said An Ji-woo.\n\n'
        "It was an even match for an hour."
    )
    winners = {
        q.prompt: q.answer
        for q in drafted(tmp_path, text).bank.questions
        if isinstance(q, ChoiceQuestion) and q.prompt.startswith("Who won")
    }
    assert winners.get("Who won the match between An Ji-woo and Pim Sorat?") == "An Ji-woo"


def test_the_common_word_alone_is_no_name() -> None:
    texts = [
        "South Korea's An Ji-woo won the final in straight games.",
        "An early break set the tone, and an hour later it was over.",
    ]
    runs = _runs(texts)
    assert ("An", "Ji-woo") in runs
    assert not any(run[0] == "An" and len(run) == 1 for run in runs)
    assert ("An", "Early") not in runs


def test_a_common_word_the_article_never_shows_as_a_name_is_left_out() -> None:
    # guard: no country's possessive nor nationality before "An Ji-woo": only "Ji-woo"
    runs = _runs(["An Ji-woo took the title after an hour of play."])
    assert ("Ji-woo",) in runs
    assert ("An", "Ji-woo") not in runs


def _who_won(tmp_path: Path, text: str) -> dict[str, str]:
    """Each "Who won ...?" prompt of the draft and its answer."""
    return {
        q.prompt: q.answer
        for q in drafted(tmp_path, text).bank.questions
        if isinstance(q, ChoiceQuestion) and q.prompt.startswith("Who won")
    }


HOCKEY = (
    "Hawks beat Foxes 4-3 in overtime\n\n"
    "The Riverton Hawks came back twice against the Lakeport Foxes on Friday night{more}.\n\n"
    "Jon Pell scored the winner for the Hawks 42 seconds into overtime, and the Foxes lost "
    "their third game in a row."
)


def test_a_team_written_short_is_asked_by_its_one_full_name(tmp_path: Path) -> None:
    winners = _who_won(tmp_path, HOCKEY.format(more=""))
    prompt = "Who won the match between Lakeport Foxes and Riverton Hawks?"
    assert winners.get(prompt) == "Riverton Hawks"


def test_a_short_name_two_full_names_end_with_stays_as_written(tmp_path: Path) -> None:
    # guard: "Hawks" ends two teams' names here, so which one is not told
    text = HOCKEY.format(more=", a week after the Dunmore Hawks had beaten them")
    winners = _who_won(tmp_path, text)
    assert list(winners.values()) == ["Hawks"]
    assert not any("Riverton" in prompt or "Dunmore" in prompt for prompt in winners)


def test_champ_before_a_name_is_a_title_not_a_first_name(tmp_path: Path) -> None:
    text = (
        "Marsh knocks out Bowen\n\n"
        "Rookie Ella Marsh knocked out World Champ Tess Bowen in the quarter-finals.\n\n"
        '"The waves were small and she simply read them better today," said Bowen.\n\n'
        '"It was the best heat of my life so far," said Marsh.\n\n'
        '"Both of them surfed so well in those waves today," said Kim Dale.'
    )
    answers = _answers(tmp_path, text)
    assert "Tess Bowen" in answers
    assert "Champ Tess Bowen" not in answers


def test_a_nationality_after_a_french_or_dutch_article_is_no_first_name() -> None:
    runs = _runs(
        [
            "Au deuxième tour, le Suisse Marco Delval a battu la Canadienne Anne Roux.",
            "In de finale versloeg ze de Kroatische Ivana Kostic in twee sets.",
        ]
    )
    assert ("Marco", "Delval") in runs
    assert ("Anne", "Roux") in runs
    assert ("Ivana", "Kostic") in runs


def test_a_three_word_name_after_spanish_de_is_kept() -> None:
    # guard: Spanish "de" is "of", and "Juan" ends like no Dutch nationality
    runs = _runs(["Fue el primer gol de Juan Carlos Ferreira en la temporada."])
    assert ("Juan", "Carlos", "Ferreira") in runs


def test_a_place_word_first_name_shown_after_a_players_role(tmp_path: Path) -> None:
    text = (
        "Rovers win on penalties\n\n"
        '"I was sure he would miss it," Rovers defender Rio Kendall said of the penalty.\n\n'
        '"We kept going to the very end and got our reward," said Sam Ottley.\n\n'
        '"It is the best night of my career by a distance," said Ben Tarr.\n\n'
        "Most of the squad had been at the Rio Olympics two years before."
    )
    answers = _answers(tmp_path, text)
    assert "Rio Kendall" in answers
    assert "Kendall" not in answers
