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
