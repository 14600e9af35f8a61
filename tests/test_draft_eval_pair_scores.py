"""bench/draft_eval.py credits a pair's score to each of its members.

A doubles match is noted once per player (each member of the winning pair has the score);
"By what score did A and B beat C and D?" asks that one score of both, as "Who won the
doubles final between A/B and C/D?" credits both members' wins.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from draft_eval import Judge, Notes, Result  # noqa: E402

FINAL = "Harbour Open, women's doubles final"


def _judge(results: list[Result]) -> Judge:
    people = sorted({r.who for r in results} | {r.against for r in results if r.against})
    notes = Notes("x", "", "", "", "", "en", people, [], [], [], results, {}, [])
    return Judge(notes, "")


def _doubles() -> list[Result]:
    return [
        Result(0, "Ada Quill", f"{FINAL} (with Cora Pell)", place=1, score="21-12, 21-13"),
        Result(1, "Cora Pell", f"{FINAL} (with Ada Quill)", place=1, score="21-12, 21-13"),
        Result(2, "Eva Tams", "Harbour Open, women's singles final", score="21-12, 21-13"),
    ]


def test_a_pair_score_credits_each_member() -> None:
    item = _judge(_doubles()).judge(
        {
            "kind": "text",
            "prompt": "By what score did Ada Quill and Cora Pell beat Bea Roan and Dee Strand "
            "in the women's doubles final?",
            "answer": "21-12 21-13",
        }
    )
    assert item.verdict == "right", item.why
    assert item.results == {(0, "score"), (1, "score")}


def test_one_player_score_credits_that_player_alone() -> None:
    """A singles match with the same score in another event, or one member's score asked
    alone, credits no one else."""
    item = _judge(_doubles()).judge(
        {
            "kind": "text",
            "prompt": "By what score did Ada Quill beat Bea Roan in the women's doubles final?",
            "answer": "21-12 21-13",
        }
    )
    assert item.verdict == "right", item.why
    assert item.results == {(0, "score")}
