"""Past wins told with their year (issue 21: results recall), in articles of our own:

- a title before a name: ``the 2015 winner Ben Cole``, ``2014 Harbour runner-up X`` (a
  word that begins the article's own race);
- ``X won the 2018 Harbour Marathon``, ``He won the Hill Marathon in 2019``;
- ``Pike, who also won in 2012, 13 and 2016, ...``: the article's own race, each year.

They are asked as "Who won the Lakeside Marathon in 2015?", never as the race reported.
And the guards: no race with a name (``the 2019 world champion``), a title one may
become, two people after one title, a denied win, a win whose owner is unsure (``set by
A in winning``), another race being told when no race is named, and a race of two sexes
when the sentence speaks of neither.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion, NumberQuestion

QUOTES = (
    '"I never thought I could do it here, not in front of all these people," said Tom '
    'Kiptoo.\n\n"It was a long week and I am tired now, but I am happy," said Ben Cole.\n\n'
    '"We will all be back next year to try again, that much I know," said Sam Moss.'
)
OPENING = (
    "Tom Kiptoo won the Lakeside Marathon on Sunday, beating Ben Cole, Sam Moss and "
    "Joe Pike in a sprint along the shore."
)


def _asked(result: Draft) -> dict[str, object]:
    """Each winner or place prompt and its answer."""
    return {
        q.prompt: q.answer
        for q in result.bank.questions
        if isinstance(q, (ChoiceQuestion, NumberQuestion))
    }


def _article(*paragraphs: str) -> str:
    return "Lakeside report\n\n" + "\n\n".join((OPENING, *paragraphs, QUOTES))


def test_a_title_before_a_name_is_the_races_of_that_year(tmp_path: Path) -> None:
    text = _article(
        "The 2015 champion Ben Cole was second, and 2016 Lakeside runner-up Sam Moss came in third."
    )
    asked = _asked(drafted(tmp_path, text))
    assert asked.get("Who won the Lakeside Marathon in 2015?") == "Ben Cole"
    assert asked.get("In what place did Sam Moss finish in the Lakeside Marathon in 2016?") == 2
    assert asked.get("Who won the Lakeside Marathon?") == "Tom Kiptoo"


def test_won_with_a_year_before_or_after_the_race(tmp_path: Path) -> None:
    text = _article("Sam Moss won the 2018 Harbour Marathon. He won the Hill Marathon in 2019.")
    asked = _asked(drafted(tmp_path, text))
    assert asked.get("Who won the Harbour Marathon in 2018?") == "Sam Moss"
    assert asked.get("Who won the Hill Marathon in 2019?") == "Sam Moss"


def test_who_also_won_in_a_list_of_years(tmp_path: Path) -> None:
    text = _article("Joe Pike, who also won in 2012, 13 and 2016, was fifth.")
    asked = _asked(drafted(tmp_path, text))
    for year in ("2012", "2013", "2016"):
        assert asked.get(f"Who won the Lakeside Marathon in {year}?") == "Joe Pike"
    assert not any("in 13?" in p or "in 202016" in str(p) for p in asked)


def test_no_past_win_is_read_where_it_is_unsure(tmp_path: Path) -> None:
    text = _article(
        "Kiptoo broke the course record of 2:05:09 set by Sam Moss in winning the 2014 "
        "Harbour Marathon.",
        "Ben Cole could become the 2025 champion, and the 2019 world champion Joe Pike faded.",
        "The 2013 champion Joe Pike and Sam Moss ran together early on.",
        "Cole, who never won the 2017 Harbour Marathon, stayed on.",
    )
    asked = _asked(drafted(tmp_path, text))
    past = [p for p in asked if " in 20" in str(p)]
    assert not past, past


def test_no_title_of_an_unnamed_race_while_another_is_told(tmp_path: Path) -> None:
    text = _article("Sam Moss won the 2018 Harbour Marathon. The 2014 winner Ray Dunn watched.")
    asked = _asked(drafted(tmp_path, text))
    assert "Who won the Lakeside Marathon in 2014?" not in asked
    assert "Who won the Harbour Marathon in 2014?" not in asked


def test_a_race_of_two_sexes_needs_the_sentences_sex(tmp_path: Path) -> None:
    text = (
        "Lakeside report\n\n"
        "Tom Kiptoo won the men's race at the Lakeside Marathon on Sunday, beating Ben "
        "Cole, Sam Moss and Joe Pike. Ann Dale won the women's race.\n\n"
        "The 2015 winner Joe Pike was fourth.\n\n"
        "Sam Moss won the 2018 Harbour Marathon, and he won the Hill Marathon in 2019.\n\n"
        f"{QUOTES}"
    )
    asked = _asked(drafted(tmp_path, text))
    assert "Who won the Lakeside Marathon in 2015?" not in asked
    assert "Who won the Harbour Marathon in 2018?" not in asked
    assert asked.get("Who won the men's Harbour Marathon in 2018?") == "Sam Moss"


def test_a_title_set_off_after_a_name(tmp_path: Path) -> None:
    text = _article(
        "Ben Cole, the 2015 Lakeside winner, was second, and Joe Pike, the 2016 runner-up, "
        "was fifth."
    )
    asked = _asked(drafted(tmp_path, text))
    assert asked.get("Who won the Lakeside Marathon in 2015?") == "Ben Cole"
    assert asked.get("In what place did Joe Pike finish in the Lakeside Marathon in 2016?") == 2


def test_the_first_to_win_a_race_since_someone_in_a_year(tmp_path: Path) -> None:
    text = _article(
        "Kiptoo is the first American to win the Lakeside Marathon since Ray Dunn of Canada "
        "in 2004.",
        "Moss became the youngest winner of the Harbour Marathon since Ann Lee back in 2001.",
    )
    asked = _asked(drafted(tmp_path, text))
    assert asked.get("Who won the Lakeside Marathon in 2004?") == "Ray Dunn"
    assert asked.get("Who won the Harbour Marathon in 2001?") == "Ann Lee"


def test_since_someone_without_a_win_of_the_race_is_not_read(tmp_path: Path) -> None:
    text = _article(
        "It was his first win over Moss at the Harbour Marathon since Lee Park in 2009.",
        "Cole is the first to win a medal at the Hill Marathon since Ed Poe in 1999.",
        "Pike is the first to reach the Dale Marathon podium since Al Roe in 1998.",
        "Moss has the fastest time at the Lakeside Marathon since Ann Lee in 2001.",
    )
    asked = _asked(drafted(tmp_path, text))
    past = [p for p in asked if " in 19" in str(p) or " in 20" in str(p)]
    assert not past, past


def test_won_in_a_list_of_years_and_a_second_race(tmp_path: Path) -> None:
    text = _article(
        "Sam Moss won the Harbour Marathon in 2014 and 2015, and the Hill Marathon in 2019.",
        "Moss beat Pike at the Bay Marathon in 2009 and the Sea Marathon in 2008.",
    )
    asked = _asked(drafted(tmp_path, text))
    for race, year in (("Harbour", "2014"), ("Harbour", "2015"), ("Hill", "2019")):
        assert asked.get(f"Who won the {race} Marathon in {year}?") == "Sam Moss"
    assert not [p for p in asked if "Bay" in str(p) or "Sea" in str(p)]
