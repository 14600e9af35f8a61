"""The poor questions of the twenty-first blind judge set (issue 21,
tests/data/draft_corpus/holdout21; its first run: 69 drafted, 67 right, 2 poor, none wrong)
and of the twenty-second (89 drafted, 81 right, 7 poor, 1 wrong), in articles of our own:

- a named race reported for both men and women (``the London Marathon``): a result told of
  ``she`` is the women's race's, so "Who won the London Marathon?" is asked as the women's;
- ``World 2000m record-holder Jessica Hull ... took silver`` in a report of the 1500m: the
  record's distance is no race run here;
- a rugby position (``Hooker Codie Taylor``) is no first name.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, options


def test_a_named_race_for_both_sexes_is_asked_with_the_sex(tmp_path: Path) -> None:
    text = (
        "Peres Jepchirchar sprints to a women's-only world record as Alexander Mutisa takes the "
        "men's win at the London Marathon.\n\n"
        "She won in 2:16:16, ahead of Tigst Asefa.\n\n"
        '"I am so happy," said Jepchirchar.'
    )
    result = drafted(tmp_path, text)
    prompts = [q.prompt for q in result.bank.questions]
    assert not [p for p in prompts if "the London Marathon" in p], prompts
    times = facts(result, "time")
    assert ("Peres Jepchirchar", "women's London Marathon", "2:16:16") in times, times


def test_a_record_holders_distance_is_no_race_run_here(tmp_path: Path) -> None:
    text = (
        "Faith Kipyegan won the women's 1500m final in 3:51.29 on Saturday.\n\n"
        "World 2000m record-holder Jessica Hall of Australia overtook the field late to take "
        "silver, clocking 3:52.56.\n\n"
        '"I came here for gold," said Kipyegan.'
    )
    times = facts(drafted(tmp_path, text), "time")
    assert not [t for t in times if "2000m" in (t[1] or "")], times


def test_a_rugby_position_is_no_first_name(tmp_path: Path) -> None:
    text = (
        "Hooker Codie Tayler scored a try as the Crusaders beat the Chiefs 25-20 in the final.\n\n"
        '"We had a shocking year last year," said Crusaders captain Scott Barret. "I think it '
        'was a classic final," said Chiefs coach Clayton McMillen. "Our forwards were immense," '
        "said Tayler."
    )
    named = options(drafted(tmp_path, text))
    assert not [n for n in named if n.startswith("Hooker")], named
