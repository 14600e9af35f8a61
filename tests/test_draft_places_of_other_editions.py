"""A place told of another edition in its own clause is never the reported race's (issue
21), in an article of our own: ``who finished ninth at the 2019 edition``, ``finished
fourth at the 2019 edition of the race``, ``at the 2019 World Championships``, ``in the
2021 10,000m final``; the places the same sentences give the reported race are still read.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

REPORT = (
    "Roe wins the Harbour Games 10,000m\n\n"
    "Anna Roe of Kenya won the women's 10,000m at the Harbour Games on Sunday in 30:12.45.\n\n"
    "Beth Cole of Ethiopia, who finished ninth at the 2019 edition, was second in 30:15.10.\n\n"
    "Cara Lund, who finished fourth at the 2019 World Championships, was third in 30:20.31.\n\n"
    "Dana Moss finished fourth at the 2018 edition of the race.\n\n"
    "Eva Holm was fifth in 30:40.00.\n\n"
    "Fay Kerr finished seventh in the 2021 10,000m final at the Harbour Games.\n\n"
    '"I knew I was ready for it," Roe said.\n\n'
    '"It was a hard day for all of us out there," said Cole.\n\n'
    '"Next year I will be back," said Lund.'
)


def test_a_place_in_another_editions_clause_is_not_the_reported_races(tmp_path: Path) -> None:
    places = facts(drafted(tmp_path, REPORT), "place")
    assert ("Beth Cole", "women's 10000m", 2) in places
    assert ("Cara Lund", "women's 10000m", 3) in places
    assert ("Eva Holm", "women's 10000m", 5) in places
    told = {(who, place) for who, _, place in places}
    assert not told & {("Beth Cole", 9), ("Cara Lund", 4), ("Dana Moss", 4), ("Fay Kerr", 7)}
