"""Results in sentences that name no race, in an article about one race (issue 21), in
articles of our own:

- the headline's one race is found under a web address and a site's menu heading (an
  article saved with its page's address first, ``Print`` before the headline): the standfirst
  under it (``The 24-year-old finished ahead of A on 4:01.20 and B on 4:02.05``) gives its
  times to that race; a headline naming two races gives none;
- two names set off before two places and two times, with no verb (``A and B, the
  defending champion, second and third tonight in times of X and Y``): each name its place,
  in order; never when the places are not followed by the two times, nor a list holding
  the winner's ``first``;
- a place told ``overall`` with its finishing time (``placed third overall in a time of
  4:12.41``, ``to 4:13.58 placing fourth overall``) is the race's; never a standing (``in
  the state series``, ``is second overall``), a gap (``in 4:14.02 behind the leader``), a
  pronoun's, nor a stage race's general classification;
- a distance in capitals with its unit (``MEN'S 400 M FREESTYLE``) is no motor race by
  its length (``the Harbour 500``): the race being told goes on through a section label
  run into the paragraph;
- a title defended in a race the clause names (``hit all 20 targets in the men's 12.5km
  pursuit to successfully defend his world title``) is a win of that race, which the
  paragraphs after it report (``Y fought back to finish second``); never a title failed
  or hoped for, nor one retained in another year.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

SAVED_PAGE = (
    "https://example.org/news/2026/06/12/harbour-games-day-three\n\n"
    "Print\n\n"
    "Harbour Games: Kerr wins 1500m title in a games record\n\n"
    "The 24-year-old finished ahead of fellow Scot Ada Moss on 4:01.20 and Norway's Mia Lund "
    "on 4:02.05.\n\n"
    "Lina Kerr of Scotland celebrates after winning the women's 1500m final at the Harbour "
    "Games in Eastport on Friday.\n\n"
    '"I came here to win and I did it," said Kerr. "It was a hard race."\n\n'
    '"I gave it everything on the last lap," said Moss.\n\n'
    "Nina Berg, Ola Dahl and Tove Eng were the other finalists."
)


def test_headline_under_an_address_and_a_menu_names_the_race(tmp_path: Path) -> None:
    result = drafted(tmp_path, SAVED_PAGE)
    times = facts(result, "time")
    assert ("Ada Moss", "1500m", "4:01.20") in times
    assert ("Mia Lund", "1500m", "4:02.05") in times


def test_a_headline_of_two_races_names_none(tmp_path: Path) -> None:
    text = SAVED_PAGE.replace(
        "Kerr wins 1500m title in a games record", "Kerr wins 1500m and 5000m titles"
    )
    result = drafted(tmp_path, text)
    assert not [t for t in facts(result, "time") if t[1] and t[0] in ("Ada Moss", "Mia Lund")]


def test_a_race_named_first_in_the_story_is_still_its_own(tmp_path: Path) -> None:
    # the headline names the 800m, the story the 1500m: the headline gives no race
    text = SAVED_PAGE.replace("Kerr wins 1500m title", "Kerr wins 800m title").replace(
        "The 24-year-old finished", "In the 1500m, the 24-year-old finished"
    )
    result = drafted(tmp_path, text)
    times = facts(result, "time")
    assert ("Ada Moss", "1500m", "4:01.20") in times
    assert not [t for t in times if t[1] == "800m"]


POOL = (
    "Harbour swimming championships\n\n"
    "Eva Strand won the women's 400m freestyle in 4:01.15 on Tuesday night, the fastest time "
    "in the world this year.\n\n"
    "{sentence}\n\n"
    '"I felt strong from the start," said Strand.\n\n'
    '"We will be back next year," said Dahl.\n\n'
    "Nina Berg and Tove Eng also swam in the final."
)


def test_two_names_set_off_before_two_places_and_two_times(tmp_path: Path) -> None:
    sentence = (
        "The same is true for Ida Dahl and Maja Holm, the defending champion, second and "
        "third tonight in best times of 4:02.60 and 4:02.79."
    )
    result = drafted(tmp_path, POOL.format(sentence=sentence))
    places = facts(result, "place") + facts(result, "medal")
    assert ("Ida Dahl", "women's 400m freestyle", 2) in places
    assert ("Maja Holm", "women's 400m freestyle", 3) in places
    times = facts(result, "time")
    assert ("Ida Dahl", "women's 400m freestyle", "4:02.60") in times


def test_no_apposition_needed(tmp_path: Path) -> None:
    sentence = (
        "Behind her came Ida Dahl and Maja Holm, second and third in times of 4:02.60 and 4:02.79."
    )
    result = drafted(tmp_path, POOL.format(sentence=sentence))
    places = facts(result, "place") + facts(result, "medal")
    assert ("Ida Dahl", "women's 400m freestyle", 2) in places
    assert ("Maja Holm", "women's 400m freestyle", 3) in places


def test_places_without_the_two_times_are_not_read_so(tmp_path: Path) -> None:
    sentence = (
        "The same is true for Ida Dahl and Maja Holm, the defending champion, second and "
        "third at the trials in April."
    )
    result = drafted(tmp_path, POOL.format(sentence=sentence))
    places = facts(result, "place") + facts(result, "medal")
    assert not [p for p in places if p[0] in ("Ida Dahl", "Maja Holm")]


def test_a_list_holding_the_winner_is_not_read(tmp_path: Path) -> None:
    sentence = (
        "The same is true for Ida Dahl and Maja Holm, first and second tonight in times of "
        "4:01.15 and 4:02.79."
    )
    result = drafted(tmp_path, POOL.format(sentence=sentence))
    places = facts(result, "place") + facts(result, "medal")
    assert not [p for p in places if p[0] in ("Ida Dahl", "Maja Holm")]


MILE = (
    "State meet: Hale takes the 1600m\n\n"
    "Olympia's Sam Hale won the boys 1600m on Thursday in 4:06.10, his first state title.\n\n"
    "{sentence}\n\n"
    '"I just wanted to stay close," said Hale.\n\n'
    '"It was a good day for the team," said Reed.\n\n'
    "Nina Berg, Ola Dahl and Tove Eng ran in the girls' race later."
)


def test_a_place_overall_with_its_time_is_the_races(tmp_path: Path) -> None:
    sentence = (
        "Westport's Tom Reed placed third overall in a time of 4:12.41. Ivo Lind lowered his "
        "best by six seconds to 4:13.58 placing fourth overall, and Cal Pike finished fifth "
        "overall in 4:14.02."
    )
    places = facts(drafted(tmp_path, MILE.format(sentence=sentence)), "place")
    assert ("Tom Reed", "1600m", 3) in places
    assert ("Ivo Lind", "1600m", 4) in places
    assert ("Cal Pike", "1600m", 5) in places


def test_a_standing_overall_is_not_a_place(tmp_path: Path) -> None:
    sentence = (
        "Tom Reed finished third overall in the state series. Ivo Lind is second overall, "
        "and Cal Pike came fifth overall in 4:14.02 behind the leader. He placed fourth "
        "overall in 4:13.58."
    )
    places = facts(drafted(tmp_path, MILE.format(sentence=sentence)), "place")
    assert not [p for p in places if p[0] in ("Tom Reed", "Ivo Lind", "Cal Pike", "Sam Hale")]


def test_a_stage_races_overall_is_not_the_stages(tmp_path: Path) -> None:
    text = (
        "Lind wins stage four\n\n"
        "Ivo Lind won stage four of the Tour of Harbour on Friday in 4:10:22.\n\n"
        "Tom Reed finished second overall in 14:12:41 after four days of racing.\n\n"
        '"A hard day," said Lind.\n\n'
        "Nina Berg, Ola Dahl and Tove Eng finished in the bunch."
    )
    places = facts(drafted(tmp_path, text), "place")
    assert not [p for p in places if p[0] == "Tom Reed"]


def test_a_distance_in_capitals_with_its_unit_is_no_motor_race() -> None:
    from quizcli.draft.event_names import event_name
    from quizcli.draft.events import events_in

    label = "MEN'S 400 M FREESTYLE Tom Reed (AUS), who set the early pace, led at halfway."
    assert not [event_name(e) for e in events_in(label)]
    assert [event_name(e) for e in events_in("He won the Harbour 500 on Monday.")] == [
        "Harbour 500"
    ]


def test_a_section_label_in_capitals_keeps_the_race_being_told(tmp_path: Path) -> None:
    text = (
        "Harbour swimming, day one\n\n"
        "It was a historic first day, with a world record in the 400 free by Ivo Lind. "
        "MEN'S 400 M FREESTYLE Tom Reed (AUS), who set the early pace, led through the 100. "
        "It was all Lind for the gold and the world record in 3:41.83, with Reed (3:46.02) "
        'battling for second. "I am amazed," Lind said.\n\n'
        '"He was just too good tonight," said Reed.\n\n'
        "Nina Berg, Ola Dahl and Tove Eng also swam."
    )
    times = facts(drafted(tmp_path, text), "time")
    assert ("Ivo Lind", "400m freestyle", "3:41.83") in times
    assert ("Tom Reed", "400m freestyle", "3:46.02") in times


TWO_PURSUITS = (
    "Harbour biathlon worlds: pursuit day\n\n"
    "Norway's Ada Moss won the women's 10km pursuit on Sunday in 30:38.1, ahead of Mia Lund "
    "and Tove Eng.\n\n"
    '"It was a very good day," said Moss.\n\n'
    "{sentence}\n\n"
    "In sunny conditions, the Frenchman made up a deficit on the first starter.\n\n"
    "Sweden's Olle Berg, who started eighth, fought back to finish second, 7.3 seconds behind "
    "the winner.\n\n"
    '"I am happy with silver," said Berg.'
)


def test_a_title_defended_in_a_race_named_wins_it(tmp_path: Path) -> None:
    sentence = (
        "Earlier, France's Paul Roux hit all 20 targets in the men's 12.5km pursuit to "
        "successfully defend his world title."
    )
    result = drafted(tmp_path, TWO_PURSUITS.format(sentence=sentence))
    medals = facts(result, "medal")
    assert ("Paul Roux", "men's 12.5km pursuit", 1) in medals
    places = facts(result, "place") + medals
    assert ("Olle Berg", "men's 12.5km pursuit", 2) in places
    assert not [p for p in places if p[0] == "Olle Berg" and p[1] != "men's 12.5km pursuit"]


def test_a_title_not_defended_or_defended_before_wins_nothing(tmp_path: Path) -> None:
    for sentence in (
        "Earlier, France's Paul Roux missed four targets in the men's 12.5km pursuit and "
        "failed to defend his world title.",
        "Earlier, France's Paul Roux went into the men's 12.5km pursuit hoping to defend his "
        "world title.",
        "Earlier, France's Paul Roux, who retained his title in the men's 12.5km pursuit in "
        "2019, was sixth.",
    ):
        result = drafted(tmp_path, TWO_PURSUITS.format(sentence=sentence))
        assert not [m for m in facts(result, "medal") if m[0] == "Paul Roux" and m[2] == 1]
        assert ("Paul Roux", "men's 12.5km pursuit", 1) not in facts(result, "medal")
