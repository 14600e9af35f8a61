"""The judge's credit for a title won (issue 21): "Which team won the Harbour Cup?" asks the
title, noted with its must-words, not the last game of its final noted without any."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from draft_eval import Judge, Notes, Result  # noqa: E402


def _judge(results: list[Result]) -> Judge:
    notes = Notes("x", "", "", "", "", "en", [], [], [], [], results, {}, [])
    notes.not_people = ["Harbour Hawks", "Valley Wolves"]
    return Judge(notes, "The Harbour Hawks won the Harbour Cup, beating the Valley Wolves 5-2.")


def test_a_title_question_credits_the_title_noted_with_its_must_words() -> None:
    game = Result(0, "Harbour Hawks", "Harbour Cup final 2024, Game 5", place=1, team=True)
    game.against = "Valley Wolves"
    series = Result(
        1,
        "Harbour Hawks",
        "Harbour Cup 2024 (the series)",
        place=1,
        team=True,
        event_must=["harbour cup", "series"],
    )
    judged = _judge([game, series]).judge(
        {
            "kind": "text",
            "prompt": "Which team won the Harbour Cup? Type the name.",
            "answer": "Harbour Hawks",
        }
    )
    assert judged.verdict == "right", judged.why
    assert judged.results == {(1, "place")}


def test_a_match_question_still_credits_the_game() -> None:
    game = Result(0, "Harbour Hawks", "Harbour Cup final 2024, Game 5", place=1, team=True)
    game.against = "Valley Wolves"
    series = Result(
        1,
        "Harbour Hawks",
        "Harbour Cup 2024 (the series)",
        place=1,
        team=True,
        event_must=["harbour cup", "series"],
    )
    judged = _judge([game, series]).judge(
        {
            "kind": "choice",
            "prompt": "Who won the match between Harbour Hawks and Valley Wolves?",
            "choices": ["Harbour Hawks", "Valley Wolves"],
            "answer": "Harbour Hawks",
        }
    )
    assert judged.verdict == "right", judged.why
    assert (0, "place") in judged.results
