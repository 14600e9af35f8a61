"""A winner a headline states (issue 21: results recall), in articles of our own:
``Kiptoo wins Lakeside Marathon as Cole fades`` over a story that tells the win only in a
form not read. And the guards: a headline opened by someone else, a race not right after
the verb, and an article naming a sex whose headline race names none.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion

BODY = (
    "Ben Cole, Sam Moss and Joe Pike all started the Lakeside Marathon under a grey sky on "
    "Sunday.\n\n"
    "Tom Kiptoo crossed the line well clear after a long solo break at the halfway mark, and "
    'Cole said: "It was hard, harder than any race I have run."\n\n'
    '"I loved every minute of it out there," said Sam Moss.\n\n'
    '"We will all be back next year, that much I know," said Joe Pike.'
)


def _winners(result: Draft) -> dict[str, str]:
    return {
        q.prompt: q.answer
        for q in result.bank.questions
        if isinstance(q, ChoiceQuestion) and q.prompt.startswith("Who won")
    }


def test_a_headline_winner_is_asked(tmp_path: Path) -> None:
    text = "Kiptoo wins Lakeside Marathon as Cole fades\n\n" + BODY
    assert _winners(drafted(tmp_path, text)) == {"Who won the Lakeside Marathon?": "Tom Kiptoo"}


def test_a_headline_winner_with_the_year(tmp_path: Path) -> None:
    text = "Tom Kiptoo claims the 2024 Lakeside Marathon\n\n" + BODY
    assert _winners(drafted(tmp_path, text)) == {"Who won the Lakeside Marathon?": "Tom Kiptoo"}


def test_headlines_that_state_no_sure_winner(tmp_path: Path) -> None:
    for headline in (
        "Coach of Kiptoo wins praise at Lakeside Marathon",
        "Kiptoo wins over the crowd before the Lakeside Marathon",
        "Can Kiptoo win the Lakeside Marathon?",
    ):
        assert not _winners(drafted(tmp_path, f"{headline}\n\n{BODY}")), headline


def test_a_headline_race_without_its_sex_in_an_article_naming_one(tmp_path: Path) -> None:
    text = (
        "Kiptoo wins Lakeside Marathon\n\n"
        + BODY
        + "\n\nIn the women's race, Ann Dale was a clear winner."
    )
    assert "Who won the Lakeside Marathon?" not in _winners(drafted(tmp_path, text))
