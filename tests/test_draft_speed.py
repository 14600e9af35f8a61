"""Drafting stays linear in the article's size, and the reading shortcuts taken for speed
read what the slower code read (issue 21: a 1 MB one-paragraph article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizcli.draft import draft
from quizcli.draft.people import name_runs


@pytest.mark.parametrize(
    "text",
    [
        "Then De said it was over.",
        "Real Madrid went top of La Liga on Sunday.",
        "It was Van's day, and Le Mans was next.",
        "They played in La Liga and Le Championnat.",
    ],
)
def test_a_run_of_particles_alone_is_no_name(text: str) -> None:
    """``La`` of ``La Liga`` (``Liga`` is no name word) is a particle with no name after it:
    no mention, where it once raised IndexError and the draft ended in a traceback."""
    runs = name_runs(text, frozenset())
    assert all(run.words[-1].casefold() not in {"de", "la", "van", "le"} for run in runs)


def test_an_article_naming_la_liga_drafts(tmp_path: Path) -> None:
    path = tmp_path / "liga.txt"
    path.write_text(
        "Atletico beat Valencia 3-1 on Saturday to stay second in La Liga, with Lucia "
        "Moreno-Ortiz scoring twice after the break.\n\n"
        '"We kept the ball and waited for the space to open," Moreno-Ortiz said after the '
        "match. Valencia coach Pablo Serrat said his players had tired in the last half "
        "hour.\n",
        encoding="utf-8",
    )
    result = draft([path])
    speakers = {q["speaker"] for f in result.findings for q in f["quotations"]}
    assert speakers == {"Lucia Moreno-Ortiz"}
