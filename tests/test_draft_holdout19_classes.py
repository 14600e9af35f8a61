"""The wrong and poor questions of the nineteenth blind judge set (issue 21,
tests/data/draft_corpus/holdout19; its first run: 107 drafted, 88 right, 8 wrong, 11 poor
once the reader's verdicts were in), in articles of our own:

- a topic label before a quotation in its own paragraph (``On facing Kerber next: 'The
  ultimate test ...'``) names no speaker;
- a runner's club (``Nathan Lagat of Kenya Defence Forces``) is no runner;
- a result heading with its ground run on (``Scotland 8-43 England Scotstoun Stadium``,
  ``France 57-0 Italy Stade Furiani``) is the sides' result, never the ground's;
- an organisation followed by its initials (``Delhi Capitals (DC)``) is no speaker;
- an all-time list's times (``fourth all time behind Michael Phelps (1:54.98)``) are no
  times of this race.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, options, quotations


def test_a_topic_label_in_the_quotations_paragraph_names_no_speaker(tmp_path: Path) -> None:
    text = (
        "Ash Bartley beat Ajla Tomlinova 6-1 6-3 on Tuesday. She will face Angela Kerbern "
        "next. Kerbern had earlier beaten Karolina Muchowa.\n\n"
        "On facing Kerbern next: “The ultimate test – Angie has had success here before. I "
        "love that match-up.”\n\n"
        '"It was a good day for me," said Ash Bartley. "I enjoyed it a lot today," said '
        "Karolina Muchowa."
    )
    spoken = quotations(drafted(tmp_path, text))
    assert not [w for w, s in spoken if s.startswith("The ultimate test")], spoken


def test_a_runners_club_is_no_runner(tmp_path: Path) -> None:
    text = (
        "Paul Tanuy won the men's 10,000m in 28:06.90 as Nathan Lagatt of Kenya Defence Forces "
        "crossed the line second in 28:22.8.\n\n"
        '"I am happy with the time," said Lagatt. "It was windy," said Tanuy. "I tried," said '
        "Nicolas Kimely."
    )
    result = drafted(tmp_path, text)
    named = {f[0] for kind in ("time", "place") for f in facts(result, kind)} | options(result)
    assert not [n for n in named if "Forces" in n], named


def test_a_result_headings_ground_is_no_side(tmp_path: Path) -> None:
    text = (
        "Scotland 8-43 England Scotstoun Stadium\n\n"
        "England ran in seven tries in Glasgow on Friday night.\n\n"
        "France 57-0 Italy Stade Furiani\n\n"
        "France were never troubled in Bastia.\n\n"
        '"We played with enthusiasm," said England captain Sarah Hunte.'
    )
    scores = {(w, v) for w, _, v in facts(drafted(tmp_path, text), "score")}
    assert scores == {("England", ("Scotland", "43-8")), ("France", ("Italy", "57-0"))}, scores


def test_an_organisation_with_its_initials_is_no_speaker(tmp_path: Path) -> None:
    text = (
        "Mumbai Indians (MI) defeated Delhi Capitals (DC) by seven wickets in the final on "
        "Sunday.\n\n"
        '"This is a special moment for all of us," said Harmanpreet Kaure. "We were not good '
        'enough," said Meg Lannin.'
    )
    named = options(drafted(tmp_path, text))
    assert not named & {"Delhi Capitals", "Mumbai Indians"}, named


def test_an_all_time_lists_times_are_no_race_times(tmp_path: Path) -> None:
    text = (
        "James Goddart won the men's 200m individual medley in 1:56.25, which moved him into "
        "fourth all time behind Michael Phelpz (1:54.98), Ryan Lochter (1:56.11) and Laszlo "
        "Cseth (1:56.92).\n\n"
        '"I came here to win," said Goddart.'
    )
    times = facts(drafted(tmp_path, text), "time")
    assert ("James Goddart", "men's 200m individual medley", "1:56.25") in times, times
    assert not [t for t in times if t[2] in ("1:54.98", "1:56.11", "1:56.92")], times


def test_the_fastest_ever_heat_is_a_rounds_time_not_the_races(tmp_path: Path) -> None:
    """Once read as the runner's 200m time; a heat's time asked as the race's reads as the
    final's (the holdout19 judge's verdict on a heat swim), so it is not asked
    (quizcli.draft.rounds), while the final's time after it is."""
    text = (
        "Bryan Level powered to a first-place finish with the fastest ever 200m heat, clocking "
        "19.84 seconds to lead the qualifiers into the semi-finals.\n\n"
        "Level won the 200m final two days later in 19.71.\n\n"
        '"I felt good out there," said Level.'
    )
    times = facts(drafted(tmp_path, text), "time")
    assert ("Bryan Level", "200m", "19.71") in times, times
    assert ("Bryan Level", "200m", "19.84") not in times, times


def test_a_norwegian_article_is_named_norwegian(tmp_path: Path) -> None:
    from quizcli.draft import DraftError, draft

    path = tmp_path / "no.txt"
    path.write_text(
        "Palmeiras vant finalen etter straffespark, og treneren sa at han var stolt av laget. "
        "Det var en kamp som ble spilt i regnet, og ingen av lagene klarte å score før pause. "
        "Etter kampen sa kapteinen at hun har aldri sett noe lignende, og at laget også har "
        "lært mye av denne sesongen. Jeg er veldig glad, sa han til avisen etter kampen.",
        encoding="utf-8",
    )
    try:
        draft([path])
    except DraftError as error:
        assert str(error).endswith("looks like Norwegian"), error
    else:
        raise AssertionError("a Norwegian article was drafted")
