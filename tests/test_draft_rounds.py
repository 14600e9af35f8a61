"""A round's result is never the race's (issue 21), in an article of our own: a place, time
or win told of a heat, a semi-final or qualifying (``In the semi-final on Wednesday, X was
second``, ``X won the men's 200m semifinal in 20.05``, ``in the men's 200m heats``) is not
asked as the final's; the final's results in the same sentences are (``X, who was fastest in
the semi-finals, finished second in 19.95``), and a description (``qualification winner X``)
is no round.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

REPORT = (
    "Lane takes the Harbour Games 200m\n\n"
    "Noah Lane of the United States won the men's 200m final at the Harbour Games on Friday "
    "in 19.81.\n\n"
    "In the semi-final on Wednesday, Kofi Mensah had been second in 20.05.\n\n"
    "Ravi Dutt won the men's 200m semifinal in 20.01 but faded in the final.\n\n"
    "Ato Boateng clocked 20.35 in the men's 200m heats.\n\n"
    "Second place went to qualification winner Leo Brandt in 19.90.\n\n"
    "Sam Okoro, who was fastest in the semi-finals, finished third in 19.95.\n\n"
    '"I had it in my legs," Lane said.\n\n'
    '"The final was too quick for me," said Mensah.\n\n'
    '"Next year," said Dutt.'
)


def test_a_rounds_results_are_not_the_races(tmp_path: Path) -> None:
    result = drafted(tmp_path, REPORT)
    places, times = facts(result, "place"), facts(result, "time")
    medals = facts(result, "medal")
    assert ("Leo Brandt", "men's 200m", 2) in places
    assert ("Sam Okoro", "men's 200m", 3) in places
    assert ("Sam Okoro", "men's 200m", "19.95") in times
    assert ("Noah Lane", "men's 200m", 1) in medals
    rounds = {"Kofi Mensah", "Ravi Dutt", "Ato Boateng"}
    assert not [f for f in places + times + medals if f[0] in rounds]


SWIMS = (
    "Finals night in Harbour City\n\n"
    "Two young swimmers from Corvale raced in tonight's semi-finals. Ana Vell missed the final "
    "with a ninth-place swim of 1:59.93 in the women's 200 free, and Ivo Tam finished 12th in "
    "the men's 200 fly.\n\n"
    "By 300 metres, Maria Holt's lead in the women's 1500 free was never in doubt. Holt won "
    "the final in 16:00.18.\n\n"
    "Rita Lowe finished sixth in the final, a week after the record she swam in the heats.\n\n"
    '"I was tired tonight," said Vell.\n\n'
    '"It was a good race," Holt said.\n\n'
    '"Next year," said Lowe.'
)


def test_a_round_told_first_rules_its_paragraph_and_a_final_told_after_is_kept(
    tmp_path: Path,
) -> None:
    result = drafted(tmp_path, SWIMS)
    places, times = facts(result, "place"), facts(result, "time")
    assert not [f for f in places + times if f[0] in ("Ana Vell", "Ivo Tam")]
    assert ("Maria Holt", "women's 1500m freestyle", "16:00.18") in times
    assert ("Rita Lowe", "women's 1500m freestyle", 6) in places
    assert not [f for f in places + times if "300" in str(f[1])]
