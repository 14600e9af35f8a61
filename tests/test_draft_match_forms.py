"""Match results told in forms the reader missed (issue 21; the nineteenth to thirtieth
blind sets on eec18f6), in articles of our own: the loser's country after ``from``
(``beating Ratchanok Intanon from Thailand 21-17, 22-20``), which made the country the
beaten side, and more verbs of a win (``had earlier seen off the challenge of Czech
Karolina Muchova 6-2 6-3``, ``proved too strong for Ons Jabeur 6-4 6-3``).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts


def _scores(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    """(winner, loser, score) of every match the draft of ``text`` reads."""
    return {(who, value[0], value[1]) for who, _, value in facts(drafted(tmp_path, text), "score")}


def test_the_losers_country_after_from_is_no_side(tmp_path: Path) -> None:
    text = (
        "Ahn takes the Indonesia Open\n\n"
        "In the women's singles final, Kim Se-yong won the title after beating second-seeded "
        "Ratchanok Intanan from Thailand 21-17, 22-20.\n\n"
        "Viktor Axelsan beat Loh Kean Yeo of Singapore 21-13, 9-21, 21-13 in the men's final."
    )
    assert _scores(tmp_path, text) == {
        ("Kim Se-yong", "Ratchanok Intanan", "21-17, 22-20"),
        ("Viktor Axelsan", "Loh Kean Yeo", "21-13, 9-21, 21-13"),
    }


def test_more_verbs_of_a_win(tmp_path: Path) -> None:
    text = (
        "Kerbar and Sabalenko through\n\n"
        "Angelika Kerbar and Aryna Sabalenko reached the last four at Wimbledon on Tuesday.\n\n"
        "Kerbar had earlier seen off the challenge of Czech Karolina Muchava 6-2 6-3 in the "
        "quarter-finals.\n\n"
        "Sabalenko proved too strong for giant-killer Ons Jabeir 6-4 6-3."
    )
    assert _scores(tmp_path, text) == {
        ("Angelika Kerbar", "Karolina Muchava", "6-2 6-3"),
        ("Aryna Sabalenko", "Ons Jabeir", "6-4 6-3"),
    }


def test_a_match_won_by_taking_down_or_toppling_a_rival(tmp_path: Path) -> None:
    # found on a real US Open report: "Caroline Wozniacki took down No. 8 seed Madison Keys
    # 6-3, 6-4" drafted no result at all
    text = (
        "Hale reaches the quarterfinals\n\n"
        "Nora Hale took down No. 8 seed Ida Berg 6-3, 6-4 to reach the quarterfinals.\n\n"
        "Earlier, Tess Ward toppled Ana Cole 6-2, 6-1 and Lea Voss bested Kim Roe 7-5, 6-3.\n\n"
        '"This is crazy," Hale said.\n\n"I felt the nerves," said Berg.'
    )
    result = drafted(tmp_path, text)
    scores = facts(result, "score")
    assert ("Nora Hale", None, ("Ida Berg", "6-3, 6-4")) in scores
    assert ("Tess Ward", None, ("Ana Cole", "6-2, 6-1")) in scores
    assert ("Lea Voss", None, ("Kim Roe", "7-5, 6-3")) in scores
