"""A story's athlete and her namesake, and what a page writes in place of its apostrophes
(issue 21), in articles of our own:

- a kin told in apposition by the other's surname (``Peter Lund, Lund's husband and
  coach,``) is never what the bare surname stands for, though he speaks too: ``Lund won
  the downhill`` is the story's skier's win, asked with her full name;
- a page that writes every apostrophe as a closing double mark (``Lund”s``, ``I”ve``) is
  read as if it wrote ``’``: the possessive, the quotation and the name before it are read
  as anywhere else;
- a medal with a word before it (``taking a surprise silver``) is that athlete's medal.

And the guards: a kin's apposition by ``his`` or ``her`` keeps the rule for kin who speak
(either may be meant); a closing mark that really closes a quotation is kept; a medal of
another meeting (``a world silver``) is nobody's medal here.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, speaker_of

from quizcli.draft.apostrophes import apostrophes_mended

SKIER = (
    "Lund flies to gold\n\n"
    "WHISTLER (AP) — Anna Lund won the women's downhill on Wednesday, with her teammate "
    "Julia Marsh taking a surprise silver medal and Eva Stamm third.\n\n"
    '"I gave up everything for this," Lund said.\n\n'
    '"She had the weight of the world on her," said Peter Lund, Lund’s husband and coach. '
    '"People were hanging the medal around her neck before the start."\n\n'
    "Lund finished in 1 minute, 44.19 seconds, more than half a second ahead of Marsh.\n\n"
    '"It was a dream of a day for both of us," Marsh said.'
)


def test_a_kin_named_after_by_the_surname_is_not_the_bare_surname(tmp_path: Path) -> None:
    result = drafted(tmp_path, SKIER)
    assert ("Anna Lund", "women's downhill", "1:44.19") in facts(result, "time")
    assert speaker_of(result, "I gave up everything") == {"Anna Lund"}
    assert speaker_of(result, "She had the weight") == {"Peter Lund"}
    assert not any(who == "Peter Lund" for who, _, _ in facts(result, "medal"))


def test_a_kin_by_his_or_her_who_speaks_keeps_the_surname_unsure(tmp_path: Path) -> None:
    text = SKIER.replace("Peter Lund, Lund’s husband and coach", "Peter Lund, her husband")
    result = drafted(tmp_path, text)
    # (the rule for kin who speak: two brothers who both row and talk are either)
    assert not any(who.endswith("Lund") for who, _, _ in facts(result, "time"))


def test_a_medal_with_a_word_before_it_is_its_athletes(tmp_path: Path) -> None:
    result = drafted(tmp_path, SKIER)
    assert ("Julia Marsh", "women's downhill", 2) in facts(result, "medal")


def test_another_meetings_medal_is_nobodys_here(tmp_path: Path) -> None:
    text = SKIER.replace(
        "with her teammate Julia Marsh taking a surprise silver medal and Eva Stamm third",
        "with Julia Marsh, who took a world silver last year, fourth",
    )
    result = drafted(tmp_path, text)
    assert not any(who == "Julia Marsh" for who, _, _ in facts(result, "medal"))
    assert ("Anna Lund", "women's downhill", 1) in facts(result, "medal")


def test_a_page_writing_apostrophes_as_closing_marks_is_read_whole(tmp_path: Path) -> None:
    text = (
        SKIER.replace("’", "”")
        .replace('"I gave up', "“I gave up")
        .replace('this," Lund', "this,” Lund")
    )
    text = text.replace("I gave up everything", "I”ve given up everything")
    assert "Lund”s husband" in text
    result = drafted(tmp_path, text)
    assert ("Anna Lund", "women's downhill", "1:44.19") in facts(result, "time")
    assert speaker_of(result, "I’ve given up everything") == {"Anna Lund"}


def test_only_marks_between_a_letter_and_an_ending_are_apostrophes() -> None:
    assert apostrophes_mended("Lund”s husband, I”ve, didn”t, we”re, she”ll") == (
        "Lund’s husband, I’ve, didn’t, we’re, she’ll"
    )
    kept = "“It was the “Dream” she said,” Lund said. “Go”, said Marsh. “Top 5”s"
    assert apostrophes_mended(kept) == kept  # (closing a quotation; after a digit)
    assert apostrophes_mended("no marks at all") == "no marks at all"
    assert apostrophes_mended("the Men´s race, Luxembourg`s Andy, couldn`t") == (
        "the Men’s race, Luxembourg’s Andy, couldn’t"
    )
    assert apostrophes_mended("``What a game,'' he said. The café´") == (
        "``What a game,'' he said. The café´"
    )


def test_accents_written_for_apostrophes_are_read_as_them(tmp_path: Path) -> None:
    text = (
        "Kask wins in Tallinn\n\n"
        "Lena Kask won the Women´s 5000m in 14:52.10, and Luxembourg`s Mia Roth was second.\n\n"
        '"I couldn`t have run any faster today," Kask said.\n\n'
        '"It was a good race for me," said Roth.\n\n'
        '"We will be back next year," said Eva Sild.'
    )
    result = drafted(tmp_path, text)
    assert ("Lena Kask", "women's 5000m", "14:52.10") in facts(result, "time")
    assert ("Mia Roth", "women's 5000m", 2) in facts(result, "place")
    assert speaker_of(result, "I couldn’t have run") == {"Lena Kask"}


def test_a_brothers_time_is_never_asked_as_the_others_win(tmp_path: Path) -> None:
    # a real Olympic biathlon report: "Johannes Thingnes Boe clinched gold ... with Tarjei
    # Boe earning bronze in 24:39.3" drafted "In what time did Tarjei Boe win the 10km
    # sprint?": the brothers' one surname made the winner's win the other's
    text = (
        "Jon Vik Dahl wins the sprint\n\n"
        "Norway's Jon Vik Dahl clinched gold in the 10km sprint on Saturday. He shared the "
        "podium with his older brother.\n\n"
        "Dahl finished ahead of Frenchman Luc Morel, who clocked 24:25.9, with Tore Dahl "
        "earning bronze in 24:39.3.\n\n"
        "Emil Lund was fourth and Arne Berg fifth.\n\n"
        '"It is special to share this with my brother," said Jon Vik Dahl.'
    )
    result = drafted(tmp_path, text)
    prompts = {q.prompt: q for q in result.bank.questions}
    assert "In what time did Tore Dahl win the 10km sprint?" not in prompts
    assert "What time does the article give for Tore Dahl in the 10km sprint?" in prompts
    assert ("Jon Vik Dahl", "10km sprint", 1) in facts(result, "medal")
