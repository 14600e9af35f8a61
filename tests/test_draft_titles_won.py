"""A title a headline says was won, by its name (issue 21: results recall), in articles of
our own: ``Kane wins WBX middleweight title`` over a story that tells the win in a form not
read. And the guards: a title named only ``World`` or ``Olympic``, a title carrying
someone's name, and an article naming a sex whose headline title names none.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion

BODY = (
    "BRISTOL, England -- Leo Kane did just what he said he would do.\n\n"
    "Kane used his speed to frustrate Ivan Petrov over twelve rounds, to the delight of a "
    "loud crowd, and the belt went home with him.\n\n"
    '"I told everyone I would do it, and I did it," said Leo Kane.\n\n'
    '"He was the better man tonight, I have no excuses," said Ivan Petrov.\n\n'
    '"We will ask for a rematch in the spring," said his trainer, Sam Holt.\n\n'
    '"It was a great night for the sport," said the promoter, Dan Reyes.'
)


def _winners(result: Draft) -> dict[str, str]:
    return {
        q.prompt: q.answer
        for q in result.bank.questions
        if isinstance(q, ChoiceQuestion) and q.prompt.startswith("Who won")
    }


def test_a_title_won_by_its_name(tmp_path: Path) -> None:
    text = "Kane wins WBX middleweight title\n\n" + BODY
    assert _winners(drafted(tmp_path, text)) == {"Who won the WBX middleweight title?": "Leo Kane"}


def test_a_title_retained_with_a_clause_after_it(tmp_path: Path) -> None:
    text = "Leo Kane retains Harbour Belt crown as Petrov fades\n\n" + BODY
    assert _winners(drafted(tmp_path, text)) == {"Who won the Harbour Belt crown?": "Leo Kane"}


def test_titles_that_name_no_sure_contest(tmp_path: Path) -> None:
    for headline in (
        "Kane wins World title",
        "Kane claims Olympic crown",
        "Kane wins Sam Holt title",
        "Kane wins title fight",
        "Kane wins WBX middleweight title bout",
    ):
        assert not _winners(drafted(tmp_path, f"{headline}\n\n{BODY}")), headline


def test_a_title_without_its_sex_in_an_article_naming_one(tmp_path: Path) -> None:
    text = (
        "Kane wins WBX middleweight title\n\n"
        + BODY
        + "\n\nIn the women's bout, Ann Dale won on points."
    )
    assert not _winners(drafted(tmp_path, text))


STORY = (
    "Fight night report\n\n"
    "BRISTOL, England -- The crowd was loud from the first bell to the last.\n\n"
    "{sentence}\n\n"
    '"I told everyone I would do it, and I did it," said Leo Kane.\n\n'
    '"He was the better man tonight, I have no excuses," said Ivan Petrov.\n\n'
    '"We will ask for a rematch in the spring," said his trainer, Sam Holt.\n\n'
    '"It was a great night for the sport," said the promoter, Dan Reyes.'
)


def test_a_title_won_in_a_sentence(tmp_path: Path) -> None:
    for sentence, prompt in (
        (
            "Leo Kane retained his WBX middleweight title with a dominant win over Ivan Petrov.",
            "Who won the WBX middleweight title?",
        ),
        (
            "Southpaw Leo Kane claimed the 2024 Harbour Belt title on points.",
            "Who won the 2024 Harbour Belt title?",
        ),
    ):
        text = STORY.format(sentence=sentence)
        assert _winners(drafted(tmp_path, text)) == {prompt: "Leo Kane"}, sentence


def test_titles_in_sentences_that_name_no_sure_winner(tmp_path: Path) -> None:
    for sentence in (
        "Leo Kane and Ivan Petrov won the Harbour Belt title in turn.",
        "Leo Kane won the Harbour Belt title in 2019, before losing it to Ivan Petrov.",
        "Leo Kane has won the Harbour Belt title three times.",
        "Leo Kane won the World title on points.",
        "Leo Kane did not win the Harbour Belt title.",
        "Leo Kane won the Harbour Belt title fight on points.",
        "Last year, Leo Kane won the Harbour Belt title.",
        "The promoter said Leo Kane won the Sam Holt crown on points.",
    ):
        text = STORY.format(sentence=sentence)
        assert not _winners(drafted(tmp_path, text)), sentence
