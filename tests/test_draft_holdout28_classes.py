"""Classes the twenty-eighth blind set's first run found (issue 21; notes in
tests/data/draft_corpus/holdout28, first run on 00fc92e: 58 drafted, 53 right, 2 poor, 3
wrong), in articles of our own:

- ``he said`` after words that name one person only by a possessive (``Consistency was the
  key to Lund's success, he said.``) is that person's, never the focus named a paragraph
  before (two wrong speakers: a woman ranked 32nd was given the champion's words);
- a value after a pronoun's clause (``not intimidated by the likes of Ema Chebo and a
  strong set of rivals as she won ... in 26:01``) is never the listed name's (one wrong time).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, quotations

from quizcli.draft.names import name_runs
from quizcli.draft.things import written_as_thing


def test_he_said_after_a_possessive_is_the_owners(tmp_path: Path) -> None:
    text = (
        "Kai Lund won the national all-around title on Thursday night.\n\n"
        '"I feel really lucky," Lund said. He finished with 88.10 points.\n\n'
        "Women's finals are tonight. Dana Reeve of Ogden, who trains in Phoenix, is 32nd.\n\n"
        "Patience was the key to Lund's success, he said. \"Staying calm is what matters "
        'most out there."\n\n'
        "Tom Berg was second with 86.20.\n\n"
        '"I was just trying to hit my routines," Berg said.'
    )
    said = {words: who for who, words in quotations(drafted(tmp_path, text))}
    assert said["Staying calm is what matters most out there."] == "Kai Lund"


def test_he_said_after_a_possessive_of_unknown_sex_is_nobodys(tmp_path: Path) -> None:
    text = (
        "Kai Lund won the national all-around title on Thursday night.\n\n"
        '"I feel really lucky," Lund said.\n\n'
        "Women's finals are tonight. Dana Reeve of Ogden, who trains in Phoenix, is 32nd.\n\n"
        "Patience was the key to Lund's success, he said. \"Staying calm is what matters "
        'most out there."\n\n'
        "Tom Berg was second with 86.20.\n\n"
        '"I was just trying to hit my routines," Berg said.'
    )
    said = {words: who for who, words in quotations(drafted(tmp_path, text))}
    assert "Staying calm is what matters most out there." not in said


def test_a_time_after_a_pronouns_clause_is_never_the_listed_names(tmp_path: Path) -> None:
    text = (
        "With a start-to-finish victory, Ana Tiro became the youngest senior winner since "
        "1985 in Guiyang on Saturday.\n\n"
        "Still only 19, the junior silver medallist and two-time world junior 5000m bronze "
        "medallist on the track went out strongly, not intimidated in the slightest by the "
        "likes of two-time world cross-country champion Ema Chebo and a strong set of rivals "
        "as she triumphed by a five-second margin in 26:01.\n\n"
        '"I am very happy," Tiro said. "I had no fear, I was just trying to run my own '
        'race."\n\n'
        '"She was strong and held on," said Sena Tefe, the runner-up, of Tiro.'
    )
    times = facts(drafted(tmp_path, text), "time")
    assert not [t for t in times if t[0] == "Ema Chebo"]


def test_a_sponsor_is_never_a_person() -> None:
    """A results page's jerseys (the restored copy of a tuning article, 44): the companies
    after ``sponsored by`` were offered as options of "Who said this?" and "Who won?"."""
    text = (
        "Maglia Azzurra (blue), mountains leader, sponsored by Banca Mediolanum – Jon Dommen "
        "(Emirates Blue). The prize, presented by Enel Verde, went to Atti Val, who was "
        "supported by Mara Lind all day."
    )
    things = {
        " ".join(run.words) for run in name_runs(text, frozenset()) if written_as_thing(text, run)
    }
    assert things == {"Banca Mediolanum", "Enel Verde", "Emirates Blue"}  # (a team in brackets)
