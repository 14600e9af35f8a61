"""Results told in a headline by a rival beaten or a title handed over, the winner of ``A
beat B by two strokes to win`` and a past champion of the article's one race (issue 21:
results recall), in articles of our own. And the guards: a round (``beats B in ...``), a
final only reached, no title won, a race that may be either sex's, a wished win, a past
title in an article of several races.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

BODY = (
    "Ben Cole, Sam Moss and Joe Pike all started the Lakeside Open under a grey sky on "
    "Sunday.\n\n"
    "Tom Kiptoo was on top from the first point and never looked back, and "
    'Cole said: "It was hard, harder than any match I have played."\n\n'
    '"I loved every minute of it out there," said Sam Moss.\n\n'
    '"We will all be back next year, that much I know," said Joe Pike.'
)


def _results(tmp_path: Path, text: str) -> set[tuple[str, str, int]]:
    """(who, race, place) of every win and place found."""
    found = drafted(tmp_path, text)
    return {
        (who, race, place)
        for kind in ("medal", "place")
        for who, race, place in facts(found, kind)
        if isinstance(place, int)
    }


def test_a_rival_beaten_to_lift_a_title(tmp_path: Path) -> None:
    for headline in (
        "Kiptoo downs Cole to lift Lakeside Open trophy",
        "Kiptoo tops Cole for Lakeside Open crown",
        "Kiptoo beats Cole to win the Lakeside Open",
    ):
        results = _results(tmp_path, f"{headline}\n\n{BODY}")
        assert ("Tom Kiptoo", "Lakeside Open", 1) in results, headline
        assert not any(who == "Ben Cole" for who, _, _ in results), headline  # no final told


def test_a_rival_beaten_in_the_final_is_second(tmp_path: Path) -> None:
    results = _results(tmp_path, f"Kiptoo beats Cole in Lakeside Open final\n\n{BODY}")
    assert {("Tom Kiptoo", "Lakeside Open", 1), ("Ben Cole", "Lakeside Open", 2)} <= results


def test_a_title_with_its_sex_after_the_race(tmp_path: Path) -> None:
    results = _results(tmp_path, f"Kiptoo tops Cole for Lakeside Open women's title\n\n{BODY}")
    assert ("Tom Kiptoo", "women's Lakeside Open", 1) in results


def test_headlines_that_tell_no_title_won(tmp_path: Path) -> None:
    for headline in (
        "Kiptoo beats Cole in Lakeside Open",  # a round
        "Kiptoo beats Cole to reach Lakeside Open final",
        "Kiptoo tops Cole for Lakeside Open",  # no title
        "Kiptoo tops Cole for Lakeside Open final",  # a place in it
        "Kiptoo beats Cole to take Lakeside Open bronze",
        "Kiptoo beats Cole in Lakeside Open semi-final",
        "Coach of Kiptoo beats Cole to win Lakeside Open award",
    ):
        results = _results(tmp_path, f"{headline}\n\n{BODY}")
        assert not any(race.endswith("Lakeside Open") for _, race, _ in results), headline


def test_a_headline_race_that_may_be_either_sex(tmp_path: Path) -> None:
    text = (
        "Kiptoo downs Cole to lift Lakeside Open trophy\n\n"
        + BODY
        + "\n\nIn the women's Lakeside Open, Ann Dale was a clear winner."
    )
    results = _results(tmp_path, text)
    assert not any(who == "Tom Kiptoo" for who, _, _ in results)


GOLF = (
    "Ben Cole, Sam Moss and Joe Pike all teed off in the Harbour Classic under a grey sky on "
    "Sunday.\n\n"
    '"I loved every minute of it out there," said Sam Moss.\n\n'
    '"We will all be back next year, that much I know," said Joe Pike.'
)


def test_the_winner_who_beat_a_rival_by_a_margin(tmp_path: Path) -> None:
    for sentence in (
        "Tom Kiptoo beat Ben Cole by two strokes to win the Harbour Classic on Sunday.",
        "Tom Kiptoo beat Ben Cole to win the Harbour Classic on Sunday.",
    ):
        results = _results(tmp_path, f"{GOLF}\n\n{sentence}")
        assert ("Tom Kiptoo", "Harbour Classic", 1) in results, sentence
        assert ("Ben Cole", "Harbour Classic", 1) not in results, sentence


def test_a_wished_win_over_a_rival_is_no_win(tmp_path: Path) -> None:
    sentence = "Tom Kiptoo had hoped to beat Ben Cole by two strokes to win the Harbour Classic."
    results = _results(tmp_path, f"{GOLF}\n\n{sentence}")
    assert not any(place == 1 for _, _, place in results)


CHAMPIONSHIP = (
    "For the second time in three years, Tom Kiptoo has won the 2024 Harbour Open "
    "Championship. Kiptoo won by four strokes over Sam Moss, who was second, after entering "
    "the 60th playing of the Harbour Open{also} as the favourite.\n\n"
    'Kiptoo said before 2023 champion Dan Roe gave him the trophy: "I stayed calm out '
    'there."\n\n'
    '"I loved every minute of it out there," said Sam Moss.\n\n'
    '"We will all be back next year, that much I know," said Joe Pike.'
)


def test_a_past_champion_of_the_one_race_named(tmp_path: Path) -> None:
    # the race named in full and short ("Harbour Open"): still one race, the article's
    results = _results(tmp_path, CHAMPIONSHIP.format(also=""))
    assert ("Dan Roe", "Harbour Open Championship in 2023", 1) in results


def test_a_past_champion_in_an_article_of_two_races(tmp_path: Path) -> None:
    text = CHAMPIONSHIP.format(also=", a week after the Lakeside Classic,")
    results = _results(tmp_path, text)
    assert not any(who == "Dan Roe" for who, _, _ in results)
