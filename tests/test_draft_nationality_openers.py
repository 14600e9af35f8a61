"""A match's winner described by a nationality before its name, opening the sentence
(issue 21, recall): ``Danish teenage prodigy Mia Holt came back from 1-3 down, beating Lena
Vik 4-3 in the final``. The nationality and its words are no one's name, so the name after
them is the subject that won. Never a country (a side of its own), never a word that makes
the name someone else's (``Danish coach X``), never another person named before the verb.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

FILLER = (
    "Anna Berg went out in the first round, and Cora Dale, Dina Eck and Ella Fox all lost "
    'in the second round on Thursday. "It was a long week for all of us in the draw," '
    "said Anna Berg."
)


def _article(lead: str) -> str:
    return f"Harbour Open finals day\n\n{lead}\n\n{FILLER}"


def test_a_winner_described_by_a_nationality_and_an_epithet_is_the_subject(
    tmp_path: Path,
) -> None:
    result = drafted(
        tmp_path,
        _article(
            "Danish teenage prodigy Mia Holt recovered from 1-3 down, beating compatriot "
            "Lena Vik 4-3 in the women's singles final of the Harbour Open on Saturday."
        ),
    )
    assert ("Mia Holt", "women's singles", ("Lena Vik", "4-3")) in facts(result, "score")


def test_a_winner_described_by_a_nationality_alone_is_the_subject(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        _article(
            "Norwegian Ola Strand dug deep in the decider, beating Per Lunde 3-2 in the men's "
            "singles final of the Harbour Open on Sunday."
        ),
    )
    assert ("Ola Strand", "men's singles", ("Per Lunde", "3-2")) in facts(result, "score")


def test_a_coach_described_by_a_nationality_wins_no_match(tmp_path: Path) -> None:
    result = drafted(
        tmp_path,
        _article(
            "Danish coach Mia Holt watched from the stands, beating the heat with a fan as "
            "Lena Vik lost 4-3 in the women's singles final of the Harbour Open."
        ),
    )
    assert not [f for f in facts(result, "score") if f[0] == "Mia Holt"]


def test_a_country_opening_the_sentence_is_no_description(tmp_path: Path) -> None:
    # "Denmark" may be a side of its own: the player after it is not read as the winner
    result = drafted(
        tmp_path,
        _article(
            "Denmark star Mia Holt looked on, beating nobody, as Lena Vik won the women's "
            "singles final 4-3 against Sara Lind at the Harbour Open."
        ),
    )
    assert not [f for f in facts(result, "score") if f[0] == "Mia Holt"]


def test_another_person_named_before_the_winner_leaves_the_winner_untold(
    tmp_path: Path,
) -> None:
    result = drafted(
        tmp_path,
        _article(
            "Danish prodigy Mia Holt and her hitting partner Sara Lind trained early, with "
            "Holt later beating Lena Vik 4-3 in the women's singles final of the Harbour Open."
        ),
    )
    assert not [f for f in facts(result, "score") if f[0] == "Sara Lind"]
