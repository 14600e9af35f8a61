"""Past results of other editions told in passing (issue 21: results recall), in articles
of our own:

- a title after a competition named by its own name: ``2019 Harbour 500 winner X``,
  ``our 2020 Delta Women's Open Champion, X.``;
- past winners listed with their years in brackets, in a clause of titles: ``joined A
  (1998), B (2004) and C (2010, 12) as the only champions from abroad``;
- two years before two names: ``2012 and 2011 Lakeside winners A and B``.

Each is asked of that year's race ("Who won the Lakeside Marathon in 2004?"), never as the
race being reported. And the guards: a place or a meeting alone (``2014 Boston winner``,
``2016 World Cup winner``), a list without a title's word, a list of one, two years before
three names, a competition without its sex in an article naming one.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion, NumberQuestion, TextQuestion

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
        if isinstance(q, (ChoiceQuestion, NumberQuestion, TextQuestion))
    }


def _article(*paragraphs: str) -> str:
    return "Lakeside report\n\n" + "\n\n".join((OPENING, *paragraphs, QUOTES))


def _years(asked: dict[str, object]) -> dict[str, object]:
    """The prompts that name a year (another edition's)."""
    return {p: a for p, a in asked.items() if any(str(y) in p for y in range(1950, 2030))}


def test_a_title_after_a_competition_named_by_its_own_name(tmp_path: Path) -> None:
    text = _article(
        "A crash on the bridge took out 2019 Harbour 500 winner Joe Pike early on.",
        "Please welcome our 2020 Delta Open Champion, Ben Cole.",
    )
    asked = _years(_asked(drafted(tmp_path, text)))
    assert asked.get("Who won the Harbour 500 in 2019?") == "Joe Pike"
    assert asked.get("Who won the Delta Open in 2020?") == "Ben Cole"


def test_a_place_or_a_meeting_alone_names_no_competition(tmp_path: Path) -> None:
    text = _article(
        "The 2016 World Cup winner Joe Pike was fifth.",
        "Later, 2014 Boston winner Sam Moss faded badly.",
        "The 2015 British Open champion Ben Cole was sixth.",
        "Our 2018 Delta Open Champion, Ben Cole, was there too.",  # (the name mid-sentence)
    )
    asked = _years(_asked(drafted(tmp_path, text)))
    assert asked == {}


def test_a_competition_without_its_sex_in_an_article_naming_one(tmp_path: Path) -> None:
    text = _article(
        "In the women's race, Ann Lee was third.",
        "A crash took out 2019 Harbour 500 winner Joe Pike early on.",
        "Please welcome our 2020 Delta Women's Open Champion, Ann Lee.",
    )
    asked = _years(_asked(drafted(tmp_path, text)))
    assert asked == {"Who won the Delta Women's Open in 2020?": "Ann Lee"}


def test_winners_listed_with_their_years_in_brackets(tmp_path: Path) -> None:
    text = _article(
        "Kiptoo joined Canada's Rob Lee (1998), the Irish runner Sven Ulm (2004) and Jon Hale "
        "(2010, 12) as the only champions from abroad."
    )
    asked = _years(_asked(drafted(tmp_path, text)))
    assert asked == {
        "Who won the Lakeside Marathon in 1998?": "Rob Lee",
        "Who won the Lakeside Marathon in 2004?": "Sven Ulm",
        "Who won the Lakeside Marathon in 2010?": "Jon Hale",
        "Who won the Lakeside Marathon in 2012?": "Jon Hale",
    }


def test_brackets_without_titles_or_of_one_name_are_not_read(tmp_path: Path) -> None:
    text = _article(
        "Kiptoo joined Rob Lee (1998) and Sven Ulm (2004) in the final stretch.",
        "Jon Hale (2010) was the only champion from abroad.",
        "The others were Rob Lee (KEN, 1998-2001) and Sven Ulm (NOR, 2004) as champions.",
    )
    asked = _years(_asked(drafted(tmp_path, text)))
    assert asked == {}


def test_two_years_before_two_names_in_order(tmp_path: Path) -> None:
    text = _article(
        "The field was led by 2012 and 2011 Lakeside winners Al Dunn and Bo Finch.",
        "Behind them came 2009 and 2008 winners Rob Lee, Sven Ulm and Jon Hale.",
    )
    asked = _years(_asked(drafted(tmp_path, text)))
    assert asked == {
        "Who won the Lakeside Marathon in 2012?": "Al Dunn",
        "Who won the Lakeside Marathon in 2011?": "Bo Finch",
    }


def test_a_win_after_since_and_a_year(tmp_path: Path) -> None:
    text = _article(
        "Kiptoo became the first man since Rob Lee in 2014 to win both the Delta Open and the "
        "Ridge Cup.",
        "He was the first since Jon Hale in 2009 to successfully defend the Harbour Cup.",
        "He was the first since Sven Ulm in 2010 to win a medal at the Delta Open.",
        "He was the first since Al Dunn in 2011 to win the Open twice.",
    )
    asked = _years(_asked(drafted(tmp_path, text)))
    assert asked == {
        "Who won the Delta Open in 2014?": "Rob Lee",
        "Who won the Harbour Cup in 2009?": "Jon Hale",
    }


def test_a_place_or_a_win_counted_with_its_years(tmp_path: Path) -> None:
    text = _article(
        "Sam Moss knows the course well, finishing third twice (2012 and 2013).",
        "Joe Pike has won it three times (2007, 09 and 2010).",
    )
    asked = _asked(drafted(tmp_path, text))
    assert _years(asked) == {
        "In what place did Sam Moss finish in the Lakeside Marathon in 2012?": 3,
        "In what place did Sam Moss finish in the Lakeside Marathon in 2013?": 3,
        "Who won the Lakeside Marathon in 2007?": "Joe Pike",
        "Who won the Lakeside Marathon in 2009?": "Joe Pike",
        "Who won the Lakeside Marathon in 2010?": "Joe Pike",
    }
    # the places of other years are never this race's
    assert "In what place did Sam Moss finish in the Lakeside Marathon?" not in asked


def test_a_count_its_years_do_not_match_is_not_read(tmp_path: Path) -> None:
    text = _article("Ben Cole came fifth twice (2011) on this course.")
    asked = _asked(drafted(tmp_path, text))
    assert _years(asked) == {}
    assert "In what place did Ben Cole finish in the Lakeside Marathon?" not in asked


def test_a_past_title_takes_its_paragraphs_sex_in_an_article_naming_one(tmp_path: Path) -> None:
    text = _article(
        "In the women's race, Ann Lee won in 2:24:10.",
        "Among the men, he has the experience: 2014 Lakeside runner-up Sam Moss is back.",
        "Still, 2013 Lakeside winner Joe Pike was in the field too.",  # (no sex told)
    )
    asked = _asked(drafted(tmp_path, text))
    assert _years(asked) == {
        "In what place did Sam Moss finish in the men's Lakeside Marathon in 2014?": 2
    }


def test_a_past_runner_up_with_its_race_is_no_place_in_the_race_told(tmp_path: Path) -> None:
    text = _article(
        "Joe Pike won the Hill Marathon in December.",
        "There is also 2014 Lakeside runner-up Sam Moss.",
    )
    asked = _asked(drafted(tmp_path, text))
    assert "In what place did Sam Moss finish in the Hill Marathon?" not in asked
    assert "In what place did Sam Moss finish in the Lakeside Marathon?" not in asked
    assert asked.get("In what place did Sam Moss finish in the Lakeside Marathon in 2014?") == 2
