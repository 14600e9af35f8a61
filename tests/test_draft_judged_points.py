"""Scores of judged disciplines the drafter missed (issue 21, helper-c), in articles of
our own: a judged final's result lines with the score in brackets (``Gold: Ana Sato, Japan
(15.26)``), a bare decimal after ``with`` or ``at`` in a judged discipline (``was second
with 110.56``) and a ski jumper's points after the two jumps' lengths."""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.model import TextQuestion

FILLERS = (
    "Also in the hall were Anna Berg, Cora Dale, Dina Eck and Ella Fox, who lost early in the "
    "women's singles."
)


def _points(tmp_path: Path, text: str) -> dict[str, str]:
    """{prompt: answer} of every "With what score ...?" the draft of ``text`` asks."""
    return {
        q.prompt: str(q.answer)
        for q in drafted(tmp_path, text).bank.questions
        if isinstance(q, TextQuestion) and q.prompt.startswith("With what score")
    }


def test_a_judged_finals_result_lines_give_their_scores(tmp_path: Path) -> None:
    text = (
        "Sato rules the park\n\n"
        "Ana Sato won gold in the women's park on Thursday, ahead of Lia Moreau and Eve "
        "Tanner.\n\n"
        "Women's Park Final\n\n"
        "Gold: Ana Sato, Japan (15.26)\n\n"
        "Silver: Lia Moreau, France (14.64)\n\n"
        "Bronze: Eve Tanner, Great Britain (14.49)\n\n"
        "4th: Ida Rowe, United States (13.57)\n\n"
        "5th: Una Falk, Sweden\n\n" + FILLERS
    )
    assert _points(tmp_path, text) == {
        "With what score did Ana Sato take gold in the women's park?": "15.26",
        "With what score did Lia Moreau take silver in the women's park?": "14.64",
        "With what score did Eve Tanner take bronze in the women's park?": "14.49",
        "With what score did Ida Rowe finish fourth in the women's park?": "13.57",
    }


def test_a_timed_finals_result_lines_give_no_score(tmp_path: Path) -> None:
    text = (
        "Sato wins the sprint\n\n"
        "Women's 100m Final\n\n"
        "Gold: Ana Sato, Japan (11.26)\n\n"
        "Silver: Lia Moreau, France (11.34)\n\n"
        "Bronze: Eve Tanner, Great Britain (11.49)\n\n" + FILLERS
    )
    assert _points(tmp_path, text) == {}


def test_a_bare_decimal_is_a_judged_events_score(tmp_path: Path) -> None:
    """``was second with 110.56``, ``was third at 110.42`` in an all-around; never in a
    race (``at 45.12`` in a 400m), nor one apparatus' score (``with 14.5 on vault``)."""
    text = (
        "Reed takes the all-around\n\n"
        "Tom Reed won the men's all-around final with 113.42 points.\n\n"
        "Jon Pike, 24, of Reno, was second in the men's all-around with 110.56.\n\n"
        "Sam Cole was third in the men's all-around at 110.42.\n\n"
        "Ned Voss was fourth in the men's all-around with 14.5 on vault.\n\n"
        "Al Dorn was fourth in the men's 400m at 45.12.\n\n" + FILLERS
    )
    assert _points(tmp_path, text) == {
        "With what score did Tom Reed take gold in the men's all-around?": "113.42",
        "With what score did Jon Pike finish second in the men's all-around?": "110.56",
        "With what score did Sam Cole finish third in the men's all-around?": "110.42",
    }


def test_a_ski_jumpers_points_after_the_two_jumps(tmp_path: Path) -> None:
    text = (
        "Lund wins at home\n\n"
        "Kari Lund won the women's large hill on Sunday.\n\n"
        "Second place went to Mia Sand with 139.5 and 135.5 metres and 267.5 points.\n\n" + FILLERS
    )
    assert _points(tmp_path, text) == {
        "With what score did Mia Sand finish second in the women's large hill?": "267.5"
    }
