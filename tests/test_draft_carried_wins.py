"""A team carried to its win by someone (issue 21: results recall), in articles of our own:
``Reed hit 120 to power Northfield to a third Island Cup title with a six-wicket win over
Eastgate``, ``sending the Lakeside Bears to their first Coast championship, 93-89 over the
Harbour Seals``. And the guards: never a score the
loser leads, a win denied, or one of another year.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft import Draft

PEOPLE = (
    '"We never stopped believing in each other," said Tom Varga.\n\n'
    '"It was a hard night for us and we will be back," said Rob Keller.\n\n'
    '"The fans carried us through the last period," said Dan Moss.\n\n'
    '"I have never seen a dressing room like that," said Lee Park.'
)


def _matches(result: Draft) -> dict[str, str]:
    """Prompt -> answer of every match question."""
    return {
        q.prompt: str(q.answer)
        for q in result.bank.questions
        if q.prompt.startswith(("Who won the match", "By what"))
    }


def test_a_side_powered_to_a_cricket_margin(tmp_path: Path) -> None:
    text = (
        "Final report\n\n"
        "Opener Sam Reed hit a fine 120 to power Northfield to a record third Island Cup "
        "title with a convincing six-wicket win over Eastgate at the Oval on Sunday.\n\n" + PEOPLE
    )
    result = drafted(tmp_path, text)
    asked = _matches(result)
    assert asked["Who won the match between Eastgate and Northfield?"] == "Northfield"
    assert asked["By what margin did Northfield beat Eastgate?"] == "six wickets"
    titles = {q.prompt: q.answer for q in result.bank.questions if "team won" in q.prompt}
    assert titles == {"Which team won the Island Cup title? Type the name.": "Northfield"}


def test_a_side_sent_to_a_title_and_its_score(tmp_path: Path) -> None:
    text = (
        "Final report\n\n"
        "Dan Moss hit a late shot on Sunday night, sending the Lakeside Bears to their first "
        "Coast championship, 93-89 over the Harbour Seals.\n\n" + PEOPLE
    )
    asked = _matches(drafted(tmp_path, text))
    assert asked["By what score did Lakeside Bears beat Harbour Seals?"] == "93-89"


def test_no_carried_win_the_loser_leads_denied_or_of_another_year(tmp_path: Path) -> None:
    text = (
        "Final report\n\n"
        "Dan Moss hit a late shot, sending the Lakeside Bears to their first Coast "
        "championship, 89-93 over the Harbour Seals.\n\n"
        "Sam Reed failed to power Northfield to a third Island Cup title with a six-wicket win "
        "over Eastgate.\n\n"
        "Tom Varga helped Westfield to a ten-wicket win over Southgate in 2019, his first "
        "season.\n\n" + PEOPLE
    )
    assert _matches(drafted(tmp_path, text)) == {}
