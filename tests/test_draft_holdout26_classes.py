"""The poor and wrong questions of the twenty-sixth blind judge set (issue 21,
tests/data/draft_corpus/holdout26; its first run: 104 drafted, 90 right, 2 wrong, 12 poor
once the reader's verdicts were in), in articles of our own:

- a count of wins (``has won the marathon five times``) makes nobody this race's winner,
  so her time is never asked as a winning time;
- a description opening the main clause after a phrase naming someone else (``Starting
  three shots off the lead held by Broadhurst, the 61-year-old German fired a 66``) owns
  the value, never the name in the phrase;
- a swim's Paralympic class and its stroke written with capitals (``the Women's 200m
  Freestyle S14``) name the race;
- ``Notre Dame`` and a ``Paralympian`` are no people.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, options, who_said_options


def test_a_count_of_wins_is_no_win_of_this_race(tmp_path: Path) -> None:
    text = (
        "Joyce Jepkosge won the New York City Marathon on Sunday in 2:22:38.\n\n"
        "Mary Keitanny has won the marathon five times, including 2018. Keitanny finished "
        "second in 2:23:32.\n\n"
        '"I knew Mary had more experience," said Jepkosge. "She was too strong," said '
        'Keitanny. "I ran my own race," said Ruti Agah.'
    )
    result = drafted(tmp_path, text)
    assert not [m for m in facts(result, "medal") if m[0] == "Mary Keitanny"]
    assert not [q.prompt for q in result.bank.questions if "Keitanny win" in q.prompt]


def test_a_description_after_a_phrase_owns_the_round(tmp_path: Path) -> None:
    text = (
        "Senior British Open: Bernhard Langor beat Paul Broadhirst by two shots to win the "
        "Senior British Open on Sunday in Lytham, for his 11th senior major title.\n\n"
        "Starting three shots off the overnight lead held by Broadhirst, the 61-year-old "
        "German fired a 4-under 66 to finish at 6-under 274 for his fourth Senior Open title. "
        "He made five birdies and one bogey, and parred the last.\n\n"
        '"It was a great week," said Langor. "I let it slip," said Broadhirst. "The course '
        'was hard," said Tim Petrovik.'
    )
    rounds = facts(drafted(tmp_path, text), "round")
    assert not [r for r in rounds if r[0] == "Paul Broadhirst"], rounds


def test_a_swims_class_and_capitals_name_the_race(tmp_path: Path) -> None:
    text = (
        "Ruby Stormm (2:15.75) and Jade Lucey (2:16.64) closed out their Games in the Women's "
        "200m Freestyle S14, touching the wall in sixth and seventh position.\n\n"
        "In the Men's 200m Freestyle S14, Benjamin Hanse (1:55.50) won silver. Two-time "
        "Paralympian Liam Schlueter (1:59.17) finished in eighth.\n\n"
        '"I loved it," said Stormm. "It was fast," said Hanse. "Next time," said Lucey.'
    )
    result = drafted(tmp_path, text)
    events = {f[1] for f in facts(result, "time")}
    assert events <= {"women's 200m freestyle S14", "men's 200m freestyle S14"}, events
    assert "men's 200m freestyle S14" in events, events
    assert not [n for n in options(result) if "Paralympian" in n]


def test_notre_dame_is_no_person(tmp_path: Path) -> None:
    text = (
        "Connecticut players celebrate with the trophy after defeating Notre Dame, 63-53, in "
        "the women's final on Tuesday.\n\n"
        "Breanna Stewarte scored 15 points to lead the Huskies to a 63-53 victory over Notre "
        "Dame.\n\n"
        '"I am not John Wooden," said Geno Auriema. "It was our night," said Stewarte.'
    )
    named = who_said_options(drafted(tmp_path, text))
    assert not [n for n in named if "Notre" in n], named
