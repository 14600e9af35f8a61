"""Results whose subject a sentence tells by a description instead of a name (issue 21:
results recall): ``The 24-year-old scored a victory against Moreau 21-13, 9-21, 21-13``
after a sentence naming the winner and the rival, ``The 31-year-old heavyweight defeated
Silva`` two sentences after the one naming her, ``He finished at 16-under 264`` after a
sentence whose subject he is, in articles of our own. And the guards: two people either of
whom the description may be, an age the person is not, a nationality the article gives
nobody, a paragraph naming another person between, a pronoun the article never gave the
person.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft import DraftError

WON = (
    "Jonas Berglund clinched the Harbour Open men's singles title after beating Felix Moreau "
    "in the final on Sunday."
)
SCORED = "scored a victory against Moreau 21-13, 9-21, 21-13 in an intense hour on court one."
FILLER = (
    "Anna Berg was ninth, Cora Dale tenth, Dina Eck 11th and Ella Fox 12th in the women's "
    "Harbour Open mile on Saturday."
)


def _scores(tmp_path: Path, text: str) -> set[tuple[str, tuple[str, ...]]]:
    """(winner, (loser, score)) of every score found in ``text`` (nothing found: none)."""
    try:
        found = drafted(tmp_path, text)
    except DraftError:
        return set()
    return {(who, value) for who, _, value in facts(found, "score")}


def test_an_age_after_a_sentence_naming_the_winner_and_the_rival(tmp_path: Path) -> None:
    scores = _scores(tmp_path, f"{WON}\n\nThe 24-year-old {SCORED}")
    assert ("Jonas Berglund", ("Felix Moreau", "21-13, 9-21, 21-13")) in scores


def test_an_epithet_of_the_one_person_named_before(tmp_path: Path) -> None:
    text = (
        "Many fans came to see Pia Lund, the home favourite, at the Harbour Games on Friday. "
        "She did not let them down. The 31-year-old heavyweight defeated Ana Silva 10-0 for "
        f"the gold in her fourth Games.\n\n{FILLER}"
    )
    found = drafted(tmp_path, text)
    assert ("Pia Lund", None, ("Ana Silva", "10-0")) in facts(found, "score")


def test_a_title_won_by_the_world_number_three(tmp_path: Path) -> None:
    text = (
        "Tom Reyes won his second major of the year on Sunday after a brilliant final round saw "
        "him take victory in the Lakeside Open at Port Ellery.\n\n"  # (a place, no one else)
        "The 30-year-old world No3 won the Harbour Championship earlier this year.\n\n"
        f"{FILLER}"
    )
    found = drafted(tmp_path, text)
    assert ("Tom Reyes", "Harbour Championship", 1) in facts(found, "medal")


def test_two_people_either_of_whom_it_may_be(tmp_path: Path) -> None:
    text = (
        "Jonas Berglund and Felix Moreau met in the Harbour Open final on Sunday.\n\n"
        "The 24-year-old won 21-13, 9-21, 21-13 in an intense hour on court one."
    )
    assert not _scores(tmp_path, text)


def test_an_age_the_person_is_not(tmp_path: Path) -> None:
    older = WON.replace("Jonas Berglund", "Jonas Berglund, 30,")
    assert not _scores(tmp_path, f"{older}\n\nThe 24-year-old {SCORED}")


def test_a_nationality_the_article_gives_nobody(tmp_path: Path) -> None:
    assert not _scores(tmp_path, f"{WON}\n\nThe Frenchman {SCORED}")


def test_a_paragraph_naming_another_person_between(tmp_path: Path) -> None:
    between = "The crowd cheered Max Oduya, who lost in the semi-finals."
    assert not _scores(tmp_path, f"{WON}\n\n{between}\n\nThe 24-year-old {SCORED}")


ROUND = (
    "Tom Reyes had three birdies on the front nine and cruised to his third win of the year "
    "at the Lakeside Open on Sunday.\n\n"
    "Playing with Sam Ortiz in their first final-group pairing, the top-ranked Reyes closed "
    "with a bogey-free 65 for his seventh title. {pronoun} finished at 16-under 264."
)


def _to_par(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    """(who, score to par) of every total found in ``text`` with the filler's places."""
    found = drafted(tmp_path, f"{text}\n\n{FILLER}")
    return {(who, value) for who, _, value in facts(found, "to par")}


def test_he_after_a_sentence_whose_subject_he_is(tmp_path: Path) -> None:
    totals = _to_par(tmp_path, ROUND.format(pronoun="He"))
    assert ("Tom Reyes", "16 under par (264)") in totals


def test_a_pronoun_the_article_never_gave_the_person(tmp_path: Path) -> None:
    assert not _to_par(tmp_path, ROUND.format(pronoun="She"))
    unknown = ROUND.format(pronoun="He").replace("his ", "a ")  # never called "he"
    assert not _to_par(tmp_path, unknown)


def test_a_career_description_opens_a_result(tmp_path: Path) -> None:
    # a real WTA report: "Maria Sharapova returned to the court on Wednesday ... The
    # five-time major winner defeated No. 34 Roberta Vinci 7-5, 6-3" drafted no result
    text = (
        "Mara Shaw wins on her return\n\n"
        "Mara Shaw returned to the court on Wednesday after a long absence. The five-time "
        "major winner defeated No. 34 Rita Vinn 7-5, 6-3 to advance in Harbourton.\n\n"
        "Shaw will face Ekaterina Mako next.\n\n"
        '"It is the best feeling in the world," Shaw said.'
    )
    result = drafted(tmp_path, text)
    assert ("Mara Shaw", None, ("Rita Vinn", "7-5, 6-3")) in facts(result, "score")
