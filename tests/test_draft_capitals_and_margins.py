"""Two classes the blind sets left for the session of 2026-12-07 (issue 21, "Next"), in
articles of our own:

- surnames in capitals, as federations' and wire copy write them (``Nico ROSBERG``, ``Ester
  LEDECKA``): the person is read as any other, the words in capitals that are no surname
  (``the FIA``, ``GER``, a headline, a transcript's ``NICO ROSBERG:``) as they are;
- a win followed by the one beaten by a margin (``won ..., 1.2 seconds ahead of Lewis
  Hamilton``): the win is asked, and the one named second; a bare ``ahead of`` names nobody's
  place.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, quotations

from quizcli.draft.capitals import title_cased_surnames


def test_surnames_in_capitals_are_people(tmp_path: Path) -> None:
    text = (
        "Kessler takes the win in Sakhir\n\n"
        "Marta KESSLER won the Sakhir Grand Prix on Sunday, with Ines VAN DER BERG second and "
        "Paola O'NEILL third.\n\n"
        '"The car was perfect all weekend," KESSLER said.\n\n'
        'VAN DER BERG added: "We lost the race at the start."\n\n'
        "Greta MCLAREN was fourth, the FIA said, and Hana SATO fifth."
    )
    result = drafted(tmp_path, text)
    said = quotations(result)
    assert ("Marta Kessler", "The car was perfect all weekend") in said
    assert ("Ines Van Der Berg", "We lost the race at the start.") in said
    places = {(who, value) for who, _, value in facts(result, "place")}
    assert {("Ines Van Der Berg", 2), ("Paola O'Neill", 3), ("Hana Sato", 5)} <= places
    assert ("Greta McLaren", 4) in places


def test_words_in_capitals_that_are_no_surname_stay() -> None:
    kept = [
        "The FIA said the GER team of Jonas Weber had gone.",
        "Team GB won it, as did Team USA.",
        "ROSBERG WINS THE TITLE",
        "NICO ROSBERG: It was a long year.",
        "He won in Abu Dhabi on Sunday, beating Hamilton (GBR) and Vettel (GER).",
        "In NZL the race went on; The BBC said so.",
    ]
    assert title_cased_surnames(kept) == kept


def test_a_surname_in_capitals_is_written_so_everywhere_it_stands_alone() -> None:
    texts = ["ROSBERG WINS", 'Nico ROSBERG took pole. ROSBERG said: "Good."', "NICO ROSBERG: Yes."]
    assert title_cased_surnames(texts) == [
        "ROSBERG WINS",
        'Nico Rosberg took pole. Rosberg said: "Good."',
        "NICO ROSBERG: Yes.",
    ]


def test_a_winner_by_a_margin_over_one_name_makes_it_second(tmp_path: Path) -> None:
    text = (
        "Marta Kessler won the Sakhir Grand Prix on Sunday, finishing 1.2 seconds ahead of "
        "Ines Berg.\n\n"
        "Paola Neill was third, with Greta Lund fourth and Hana Sato fifth.\n\n"
        '"The car was perfect all weekend," Kessler said.'
    )
    result = drafted(tmp_path, text)
    wins = [(who, event) for who, event, value in facts(result, "medal") if value == 1]
    assert wins == [("Marta Kessler", "Sakhir Grand Prix")]
    places = {(who, value) for who, _, value in facts(result, "place")}
    assert ("Ines Berg", 2) in places
    assert ("Paola Neill", 3) in places


def test_a_margin_before_a_described_name_still_makes_it_second(tmp_path: Path) -> None:
    text = (
        "Sara Holm won the women's marathon in 2:22:55 on Sunday, 14 seconds ahead of world "
        "record holder Tessa Abebe.\n\n"
        "Rita Kosgei was third and Lena Moll fourth, with Ana Ruiz fifth.\n\n"
        '"I was never sure of it," Holm said.'
    )
    places = {(who, value) for who, _, value in facts(drafted(tmp_path, text), "place")}
    assert ("Tessa Abebe", 2) in places


def test_a_bare_ahead_of_one_name_places_nobody(tmp_path: Path) -> None:
    text = (
        "Sara Holm won the women's marathon on Sunday, finishing ahead of Tessa Abebe for "
        "the first time.\n\n"
        "Rita Kosgei and Lena Moll ran with her to halfway, and Ana Ruiz led early.\n\n"
        '"I was never sure of it," Holm said.'
    )
    result = drafted(tmp_path, text)
    assert ("Sara Holm", "women's marathon", 1) in facts(result, "medal")
    assert not [f for f in facts(result, "place") if f[0] == "Tessa Abebe"]


def test_a_margin_after_another_named_makes_nobody_second(tmp_path: Path) -> None:
    text = (
        "Pierre Bosq of France claimed the men's 50m freestyle. The record holder won in "
        "21.49 seconds, 0.20 faster than Stefan Nyberg of Sweden and 0.27 ahead of teammate "
        "Fabien Gilles.\n\n"
        "Anna Lind, Rita Moll and Ana Ruiz swam in the relay heats later in the day.\n\n"
        '"I was never sure of it," Bosq said.'
    )
    places = facts(drafted(tmp_path, text), "place")
    assert not [f for f in places if f[0] == "Fabien Gilles"]


def test_a_competition_written_with_capitals_stays() -> None:
    """``the FA Cup`` (told many times) is no first name in capitals before a surname."""
    kept = ["Arsenal won the FA Cup.", "Chelsea lost the FA Cup final.", "NBA Finals, NBA Finals"]
    assert title_cased_surnames(kept) == kept
