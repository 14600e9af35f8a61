"""Results of stroke play and of finals between two players (issue 21): a golf report told
only by strokes (``finished 11 under, four strokes clear``), a total after its place
(``was fifth at 3-under``) or with its strokes (``finished at 16-under 264``, ``a 15-under
total of 269``), a round told before its score against par (``a final-round five-under par
67``), a win told ``to win the season-ending ...`` or ``a three-stroke victory in the ...``,
runners-up ``by two shots from A and B``, ``A beat B by two shots to win``, and a final
won by ``The Harbour College star`` (a description naming a college, no one's name) or in
an article naming a city ``Saint ...``. Each case also states what must NOT be read: a
total ``is`` (a standing), a running ``5 under overall``, a runner-up named in a list that
another word ends, a win by a pair.

Every test drafts real files through ``quizcli.draft.draft`` (articles written here).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion, TextQuestion

# Four more golfers, so that no result is dropped for "fewer than four people to choose from"
FIELD = (
    "Further back, Anna Berg was ninth, Cora Dale 10th, Dina Eck 11th and Ella Fox 12th, "
    "all of them on a hard and windy day by the sea."
)


def prompts(result: Draft) -> dict[str, ChoiceQuestion | TextQuestion]:
    """The choice and text questions of a draft, by prompt."""
    return {
        q.prompt: q for q in result.bank.questions if isinstance(q, ChoiceQuestion | TextQuestion)
    }


STROKES_ONLY = f"""Talia Moss wins the Harbour Masters

Talia Moss has won the 2025 Harbour Masters for the first time. She won by four strokes \
over second-place finisher Rita Lowe. Gail Ross, Ines Roth and Jo Wren tied for third at 4 under.

The 25-year-old Moss finished 11 under, four strokes clear of the field, after entering the \
week as the favourite.

{FIELD}
"""


def test_a_golf_report_told_by_strokes_reads_its_totals(tmp_path: Path) -> None:
    # (no word of golf but "strokes": the report is one all the same)
    totals = facts(drafted(tmp_path, STROKES_ONLY), "to par")
    assert ("Talia Moss", "Harbour Masters", "11 under par") in totals
    assert ("Ines Roth", "Harbour Masters", "4 under par") in totals


PLACED = f"""Ola Grant wins the Kestrel Classic

Ola Grant closed with birdies on the last two holes to win the season-ending Kestrel Classic \
on Sunday. She birdied four of the last six holes to shoot a final-round five-under par 67 \
and finish 15-under overall.

Mia Tell was fifth at 3-under. Una Bell is sixth at 2 under, with one round to play in the \
pro-am. Pia Sand ended 5 under overall after the first day.

{FIELD}
"""


def test_a_total_after_its_place_and_a_win_of_a_season_ending_event(tmp_path: Path) -> None:
    result = drafted(tmp_path, PLACED)
    totals = facts(result, "to par")
    assert ("Ola Grant", "Kestrel Classic", "15 under par") in totals
    assert ("Mia Tell", "Kestrel Classic", "3 under par") in totals
    assert not [t for t in totals if t[0] in ("Una Bell", "Pia Sand")]  # a standing, a day
    assert ("Ola Grant", "Kestrel Classic", ("67", "final")) in facts(result, "round")
    assert ("Ola Grant", "Kestrel Classic", 1) in facts(result, "medal")
    asked = prompts(result)
    total = asked["What was Mia Tell's total score against par, as the article says?"]
    assert total.answer == "3 under par"
    assert isinstance(total, TextQuestion) and "-3" in total.accept


RUNNERS_UP = f"""Vera Lind wins the Women's Dune Open

Vera Lind fired a final round of 70 to win the Women's Dune Open by two shots from Swedes, \
Lena Holm and Tova Kors. Vera Lind finished at 16-under 264.

Nell Ash made a three-stroke victory in the Pine Invitational look easy a week earlier, \
and she was second here by a stroke from Rae Ford and others.

{FIELD}
"""


def test_runners_up_by_shots_from_and_a_total_with_its_strokes(tmp_path: Path) -> None:
    result = drafted(tmp_path, RUNNERS_UP)
    places = facts(result, "place")
    assert ("Lena Holm", "women's Dune Open", 2) in places
    assert ("Tova Kors", "women's Dune Open", 2) in places
    assert not [p for p in places if p[0] == "Rae Ford"]  # no win told in her sentence
    asked = prompts(result)
    total = asked["What was Vera Lind's total score against par, as the article says?"]
    assert total.answer == "16 under par (264)"
    assert isinstance(total, TextQuestion) and "16 under par" in total.accept


BEATEN_BY_SHOTS = f"""Golf roundup

Bo Kade cruised to a three-stroke victory in the Delta Invitational on Sunday, with three \
birdies on the front nine.

Senior golf: Sam Orr beat Tim Vale by two shots to win the Senior Cove Open on Sunday for \
his fourth senior title.

Ray Bly and Lou Penn beat Kit Soto by two shots to win the Cove Pairs Open.

{FIELD}
"""


def test_a_victory_in_strokes_and_a_win_by_beating_one_by_shots(tmp_path: Path) -> None:
    result = drafted(tmp_path, BEATEN_BY_SHOTS)
    medals = facts(result, "medal")
    assert ("Bo Kade", "Delta Invitational", 1) in medals
    assert ("Sam Orr", "Senior Cove Open", 1) in medals
    assert not [m for m in medals if m[0] in ("Tim Vale", "Kit Soto", "Lou Penn", "Ray Bly")]


COLLEGE_STAR = """Challenger round-up

Mika Vorn, the reigning college champion, saved two championship points \
to capture his second title of the season. The Harbour College star rallied past Tomas Rell \
3-6, 6-3, 7-5 in the final at the indoor Lakeside Challenger.

Elsewhere, Dan Orr beat Ivo Pell 6-4, 6-4 and Leo Marr beat Sam Holt 6-2, 6-1.
"""


def test_a_final_won_by_a_description_naming_a_college(tmp_path: Path) -> None:
    result = drafted(tmp_path, COLLEGE_STAR)
    scores = facts(result, "score")
    assert any(s[0] == "Mika Vorn" and s[2] == ("Tomas Rell", "3-6, 6-3, 7-5") for s in scores)
    assert not [s for s in scores if s[0] == "Tomas Rell"]


SAINT_CITY = """Ria Holt wins in Saint Marlow

SAINT MARLOW, Norway: Second seed Ria Holt won the inaugural ITF St. Marlow event on Sunday by \
beating top-seeded Ida Wenn in straight sets in the final.

"It was much tougher than the score suggests," Holt said after the final.

The world's No. 1 pair of Eva Kost and Pia Lund dropped just one set in four matches at Saint \
Marlow. Earlier, Nina Roe beat Tess Vail 6-1, 6-2 and Ada Finn beat Lea Stone 6-3, 6-3.
"""


def test_a_city_named_saint_is_no_one_in_a_final_won(tmp_path: Path) -> None:
    beaten = facts(drafted(tmp_path, SAINT_CITY), "beat")
    assert any(b[0] == "Ria Holt" and b[2][0] == "Ida Wenn" for b in beaten)
    assert not [b for b in beaten if b[0] == "Ida Wenn"]
