"""A side's match result told by ``They`` opening a sentence after one whose subject is that
side (``Norvik won their group on Friday. They beat Eastmoor 24-20 in the final.``), and an
Australian rules result line in goals and behinds (``EASTVILLE 4.3 (27) def by WESTPORT
7.2 (44)``), in articles of our own (issue 21: results recall). And the guards: a sentence
before whose subject is a person, or that opens otherwise, or a ``They`` sentence naming the
side again; a tally that does not add up, or points the verb contradicts.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft import DraftError

FILLER = (
    "Anna Berg was ninth, Cora Dale tenth, Dina Eck 11th and Ella Fox 12th in the women's "
    "Harbour Open mile on Saturday."
)


def _scores(tmp_path: Path, text: str) -> set[tuple[str, tuple[str, ...]]]:
    """(winner, (loser, score)) of every score found in ``text`` (nothing found: none)."""
    try:
        found = drafted(tmp_path, f"{text}\n\n{FILLER}")
    except DraftError:
        return set()
    return {(who, value) for who, _, value in facts(found, "score")}


def test_they_after_a_sentence_whose_subject_is_the_side(tmp_path: Path) -> None:
    text = (
        "Norvik topped their group for the third time on Friday. They beat Eastmoor 24-20 in "
        "the final on Sunday."
    )
    assert ("Norvik", ("Eastmoor", "24-20")) in _scores(tmp_path, text)


def test_but_they_at_the_start_of_the_next_paragraph(tmp_path: Path) -> None:
    text = (
        "Norvik lost their opening game of the tournament in the rain.\n\n"
        "But they recovered, capping their run with a 2-1 victory over Eastmoor on Tuesday."
    )
    assert ("Norvik", ("Eastmoor", "2-1")) in _scores(tmp_path, text)


def test_they_after_a_sentence_about_a_player_is_no_side(tmp_path: Path) -> None:
    text = (
        "Kari Solheim scored twice for Norvik on Friday. They beat Eastmoor 24-20 in the final "
        "on Sunday."
    )
    assert not any(loser == "Eastmoor" for _, (loser, _) in _scores(tmp_path, text))


def test_they_after_a_sentence_opening_otherwise_is_no_side(tmp_path: Path) -> None:
    text = (
        "After three defeats in a row, Norvik needed a win. They beat Eastmoor 24-20 in the "
        "final on Sunday."
    )
    assert not any(loser == "Eastmoor" for _, (loser, _) in _scores(tmp_path, text))


def test_they_far_after_the_side_is_no_side(tmp_path: Path) -> None:
    text = (
        "Norvik topped their group for the third time on Friday.\n\n"
        "The weather was kind all week and the hall was full.\n\n"
        "They beat Eastmoor 24-20 in the final on Sunday."
    )
    assert not any(loser == "Eastmoor" for _, (loser, _) in _scores(tmp_path, text))


def test_they_beating_the_side_named_before_is_someone_else(tmp_path: Path) -> None:
    text = "Norvik topped their group on Friday. They beat Norvik 24-20 in the final on Sunday."
    assert not any(who == "Norvik" for who, _ in _scores(tmp_path, text))


def test_a_result_line_with_the_loser_first_in_capitals(tmp_path: Path) -> None:
    text = (
        "The grand final was played at Harbour Oval.\n\nEASTVILLE 4.3 (27) def by WESTPORT 7.2 (44)"
    )
    assert ("Westport", ("Eastville", "44-27")) in _scores(tmp_path, text)


def test_a_result_line_with_the_winner_first(tmp_path: Path) -> None:
    text = "The grand final was played at Harbour Oval.\n\nWestport 7.2 (44) def Eastville 4.3 (27)"
    assert ("Westport", ("Eastville", "44-27")) in _scores(tmp_path, text)


def test_a_tally_that_does_not_add_up_is_no_result(tmp_path: Path) -> None:
    text = "The grand final was played at Harbour Oval.\n\nWestport 7.2 (45) def Eastville 4.3 (27)"
    assert not _scores(tmp_path, text)


def test_points_the_verb_contradicts_are_no_result(tmp_path: Path) -> None:
    text = "The grand final was played at Harbour Oval.\n\nWestport 4.3 (27) def Eastville 7.2 (44)"
    assert not _scores(tmp_path, text)


def test_they_after_a_sentence_naming_another_side_is_no_side(tmp_path: Path) -> None:
    text = (
        "Norvik praised Westby after the semi-final on Friday. They beat Eastmoor 24-20 in the "
        "final on Sunday."
    )
    assert not any(loser == "Eastmoor" for _, (loser, _) in _scores(tmp_path, text))


def test_they_after_a_sentence_about_the_sides_captain(tmp_path: Path) -> None:
    text = (
        "Norvik captain Kari Solheim scored twice on Friday. They beat Eastmoor 24-20 in the "
        "final on Sunday."
    )
    assert ("Norvik", ("Eastmoor", "24-20")) in _scores(tmp_path, text)
