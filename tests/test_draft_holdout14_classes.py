"""The wrong questions of the fourteenth blind judge set (issue 21,
tests/data/draft_corpus/holdout14; its first run: 95 drafted, 90 right, 2 wrong, 3 poor once
the reader's verdicts corrected five notes), and its refusal, in articles of our own:

- a name glued to a possessive before it by a page (``Czech Republic'sZuzana Hejnova``) is
  parted, so its speaker is never ``Republic'sZuzana Hejnova``;
- a Romanian article is refused as Romanian (it was called French);
- and the commonest result the twelfth to fourteenth sets missed: a win over a side with
  the score before it (``to record a 31-2 win over the Greater Sydney Rams``, ``with a
  92-88 comeback victory over the Golden State Warriors``), past a ground or a day named
  before it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts, options, quotations

from quizcli.draft import DraftError, draft


def test_a_name_glued_to_a_possessive_is_parted(tmp_path: Path) -> None:
    text = (
        "Czech Republic'sZuzana Hejna became the first woman to win two world titles in the "
        "400m hurdles on Thursday.\n\n"
        '"It was a very hard final for me because I was the defending champion," Hejna said. '
        '"It got very tough at the end," said Shamier Little. "I am happy with bronze," said '
        "Cassandra Tate."
    )
    result = drafted(tmp_path, text)
    named = {who for who, _ in quotations(result)} | options(result)
    assert "Zuzana Hejna" in named, named
    assert not [n for n in named if "'s" in n], named


def test_a_romanian_article_is_named_romanian(tmp_path: Path) -> None:
    path = tmp_path / "ro.txt"
    path.write_text(
        "Andy Murray a câștigat primul său turneu după operația la șold, în finala de la "
        "Anvers, unde l-a învins pe Stan Wawrinka. Este primul titlu pentru britanic din "
        "2017, iar Murray a spus că nu se aștepta să revină atât de repede în care mai multe "
        "luni a fost accidentat. După meci, el a mulțumit echipei sale pentru tot sprijinul.",
        encoding="utf-8",
    )
    with pytest.raises(DraftError, match="looks like Romanian"):
        draft([path])


def test_a_win_over_a_side_with_the_score_before_it_is_read(tmp_path: Path) -> None:
    text = (
        "New South Wales Country Hawks made the most of wet conditions at Coogee Oval to "
        "record a 31-2 win over the Greater Sydney Lions on Saturday.\n\n"
        "The Boston Owls extended their win streak to 14 games on Thursday night with a "
        "92-88 comeback victory over the Golden State Herons.\n\n"
        '"We found a way in the wet," said coach Darren Cole.'
    )
    scores = {(w, v) for w, _, v in facts(drafted(tmp_path, text), "score")}
    assert ("New South Wales Country Hawks", ("Greater Sydney Lions", "31-2")) in scores
    assert ("Boston Owls", ("Golden State Herons", "92-88")) in scores, scores
