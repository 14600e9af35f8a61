"""A win by margins over two rivals (issue 21, recall): ``won in 21.49, 0.20 faster than
Ana Roe and 0.27 ahead of Ida Kern``. The rival named right after the first margin was
second, as after ``1.2 seconds ahead of X``; the one beaten by more is not said to be third
(someone may stand between), so it is not asked. No margin before the first rival, or a
rival not a finisher (``faster than Roe's old time``), places nobody.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

FILLER = (
    "Anna Berg was fifth, Cora Dale sixth, Dina Eck seventh and Ella Fox eighth in the "
    "women's 50m butterfly final earlier in the evening."
)


def _places(tmp_path: Path, sentence: str) -> list[tuple[str, int]]:
    result = drafted(tmp_path, f"Finals night at the pool\n\n{sentence}\n\n{FILLER}")
    return [(who, place) for who, event, place in facts(result, "place") if "freestyle" in event]


def test_the_rival_after_the_first_of_two_margins_was_second(tmp_path: Path) -> None:
    places = _places(
        tmp_path,
        "Nora Lund won the women's 50m freestyle in 24.31 seconds, 0.20 faster than Ana Roe "
        "of Norway and 0.27 ahead of teammate Ida Kern.",
    )
    assert ("Ana Roe", 2) in places
    assert not [p for p in places if p[0] == "Ida Kern"]  # beaten by more: not said third


def test_a_rival_written_with_a_nation_code_and_described_was_second(tmp_path: Path) -> None:
    places = _places(
        tmp_path,
        "Nora Lund won the women's 100m freestyle in 53.10, half a second clear of world "
        "champion Ana Roe (NOR) and 0.61 seconds ahead of Ida Kern.",
    )
    assert ("Ana Roe", 2) in places


def test_no_margin_before_the_first_rival_places_nobody(tmp_path: Path) -> None:
    places = _places(
        tmp_path,
        "Nora Lund won the women's 50m freestyle in 24.31 seconds, faster than Ana Roe of "
        "Norway and 0.27 ahead of teammate Ida Kern.",
    )
    assert not [p for p in places if p[0] in ("Ana Roe", "Ida Kern")]


def test_a_rivals_old_time_places_nobody(tmp_path: Path) -> None:
    places = _places(
        tmp_path,
        "Nora Lund won the women's 50m freestyle in 24.31 seconds, 0.20 faster than Ana Roe's "
        "winning time last year and 0.27 ahead of teammate Ida Kern.",
    )
    assert not [p for p in places if p[0] in ("Ana Roe", "Ida Kern")]
