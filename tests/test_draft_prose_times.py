"""Race times told in prose (issue 21, recall of times): whose each time is and which
race's (``quizcli.draft.timings``).

A time bracketed after its owner's name is of the one race the sentence names later; never
of a race told as another day's or another round's, and never a rival's, a record's, a
heat's or a margin.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

INTRO = (
    "https://example.org/swim/finals-night.htm\n\n"
    "Finals night at the Harbour Pool\n\n"
    "The home team had waited all week for the last session at the Harbour Pool, and the "
    "stands were full long before the first race of the evening.\n\n"
)


def test_a_bracketed_time_is_of_the_race_the_sentence_names_later(tmp_path: Path) -> None:
    text = INTRO + (
        "Ana Roelofs (2:08.14) and Ivy Lanford (2:09.30) opened the evening for "
        "Norway, Roelofs finishing fourth and Lanford fifth in the women's 200m backstroke.\n\n"
        "Veteran Pia Strandqvist (58.41) led from start to finish in the women's 100m "
        "butterfly final.\n"
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert {
        ("Ana Roelofs", "women's 200m backstroke", "2:08.14"),
        ("Ivy Lanford", "women's 200m backstroke", "2:09.30"),
        ("Pia Strandqvist", "women's 100m butterfly", "58.41"),
    } <= times


# (something to ask after the paragraph under test, carrying no race back to it)
ANCHOR = "Mara Holt later won the women's 50m freestyle final in 24.90 seconds.\n"


def test_a_bracketed_time_is_never_of_another_days_or_rounds_race(tmp_path: Path) -> None:
    paragraphs = [
        "Tomasz Beckwith (48.02) won comfortably, a day after his silver in the men's 100m "
        "freestyle.",
        "Oskar Varga (1:58.40) swam well and will race the men's 200m individual medley "
        "final tomorrow.",
        "Lena Morrow (1:07.66) was quickest through the heats of the women's 100m breaststroke.",
    ]
    for count, paragraph in enumerate(paragraphs):
        text = INTRO + paragraph + "\n\n" + ANCHOR
        times = facts(drafted(tmp_path, text, f"a{count}.txt"), "time")
        assert not [t for t in times if t[1] and t[0] != "Mara Holt"], paragraph


def test_a_rivals_or_records_time_is_never_the_winners(tmp_path: Path) -> None:
    text = INTRO + (
        "Pia Strandqvist (58.41) beat Dora Kell in the women's 100m butterfly final, just "
        "outside the 58.12 world record of Mina Sato.\n"
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert ("Pia Strandqvist", "women's 100m butterfly", "58.41") in times
    assert not [t for t in times if t[2] == "58.12"]
    assert not [t for t in times if t[0] == "Dora Kell"]


def test_a_minute_and_seconds_in_words_is_one_time(tmp_path: Path) -> None:
    text = INTRO + (
        "Lena Ostby won the women's K1 500m in a minute 52.31 seconds, the fastest of the season.\n"
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert ("Lena Ostby", "women's K1 500m", "1:52.31") in times
    assert not [t for t in times if t[2] == "52.31"]  # never the seconds alone


def test_a_time_after_a_name_its_club_and_its_place_is_that_runners(tmp_path: Path) -> None:
    text = (
        "https://example.org/athletics/valley-meet.htm\n\n"
        "Valley meet\n\n"
        "Jonah Tiren won the men's 10,000m in 28:06.90 as Ivo Rask of Valley Harriers "
        "crossed the line second in 28:22.8.\n\n"
        "Bo Lind won the men's 5000m in a time of 13:08.32 as Aron Keel of Estonia finished "
        "second in 13:08.91, a second outside the 13:07.80 meeting record of Ugo Ferri.\n"
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert {
        ("Jonah Tiren", "men's 10000m", "28:06.90"),
        ("Ivo Rask", "men's 10000m", "28:22.8"),
        ("Aron Keel", "men's 5000m", "13:08.91"),
    } <= times
    assert not [t for t in times if t[2] == "13:07.80"]  # a record's, nobody's here


def test_two_names_and_two_times_in_order_are_paired(tmp_path: Path) -> None:
    text = INTRO + (
        "Ada Mossberg won the women's 400m freestyle in 3:59.10.\n\n"
        "The same goes for Lotte Janssen and Ida Kernow, the defending champion, second and "
        "third tonight in best times of 4:01.20 and 4:02.05.\n\n"
        "Two juniors, Pia Hale and Rosa Duyn, placed fourth and fifth with times of 4:03.94 "
        "and 4:04.23, respectively.\n\n"
        "Mia Sorel and Jana Vik also swam well, with times of 4:06.10 and 4:06.90.\n"
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert {
        ("Lotte Janssen", "women's 400m freestyle", "4:01.20"),
        ("Ida Kernow", "women's 400m freestyle", "4:02.05"),
        ("Pia Hale", "women's 400m freestyle", "4:03.94"),
        ("Rosa Duyn", "women's 400m freestyle", "4:04.23"),
    } <= times
    # never the last name's both; and with no order told, nobody's
    assert not [t for t in times if t[0] == "Ida Kernow" and t[2] == "4:01.20"]
    assert not [t for t in times if t[2] in ("4:06.10", "4:06.90")]


def test_a_time_right_after_a_rivals_name_and_on_is_the_rivals(tmp_path: Path) -> None:
    text = INTRO + (
        "Nora Blick won the women's 200m freestyle in 1:52.80.\n\n"
        "The 19-year-old finished ahead of fellow Swede Ida Kernow on 1:54.02 and Dane Mia "
        "Roelsen on 1:54.60.\n"
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert {
        ("Nora Blick", "women's 200m freestyle", "1:52.80"),
        ("Ida Kernow", "women's 200m freestyle", "1:54.02"),
        ("Mia Roelsen", "women's 200m freestyle", "1:54.60"),
    } <= times
    assert not [t for t in times if t[0] == "Nora Blick" and t[2] != "1:52.80"]


def test_a_bracketed_time_after_a_described_medallist_is_hers(tmp_path: Path) -> None:
    text = INTRO + (
        "Yohan Blanc won the men's 100m in 9.92 seconds.\n\n"
        "American Ivo Dixon, the Olympic bronze medallist, took silver (10.08sec) and former "
        "champion Kim Collett claimed bronze at 0.01.\n"
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert ("Ivo Dixon", "men's 100m", "10.08") in times
    assert not [t for t in times if t[0] == "Kim Collett" or t[2] == "0.01"]  # a margin


def test_a_time_after_the_one_who_led_a_rival_home_is_the_leaders(tmp_path: Path) -> None:
    text = INTRO + (
        "Tamas Kovari and Bence Illyes were both in the last final of the night.\n\n"
        "Kovari led Bence Illyes in a Hungarian one-two in the men's 400m individual medley "
        "to finish in 4:10.95 and keep his title.\n"
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert ("Tamas Kovari", "men's 400m individual medley", "4:10.95") in times
    assert not [t for t in times if t[0] == "Bence Illyes"]  # never the one led


def test_a_time_after_a_name_and_the_place_it_is_from_is_that_runners(tmp_path: Path) -> None:
    text = (
        "https://example.org/running/river-half.htm\n\n"
        "River half marathon\n\n"
        "Olaf Brenner won the half marathon in 1:11:33, almost three minutes ahead of "
        "defending champion Wade Corley, from Richmond, Virginia, who finished in 1:14:27.\n\n"
        "Ned Hollis was third, ahead of Ivo Marsh, from Troy, New York, and Sam Pike, who "
        "finished in 1:16:40.\n"
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert ("Wade Corley", "half marathon", "1:14:27") in times
    assert not [t for t in times if t[0] == "Olaf Brenner" and t[2] != "1:11:33"]
    assert not [t for t in times if t[2] == "1:16:40" and t[0] != "Sam Pike"]


def test_a_name_inside_a_relative_clause_and_a_past_years_win_are_never_the_result(
    tmp_path: Path,
) -> None:
    # Found while testing owners (issue 21): "who trains with Sam Pyke," gave Pyke the
    # subject's time and win; "who had won in 2011" read "won in 2..." as a winning time.
    text = (
        "Marsh takes the Trail Half\n\n"
        "Ivo Marsch, from Troy, New York, who trains with Sam Pyke, crossed the line in "
        "1:16:40 to win the Trail Half Marathon.\n\n"
        "Ned Holliss, from Leeds, who had won in 2011, finished in 1:17:02 in the Trail Half "
        "Marathon."
    )
    result = drafted(tmp_path, text)
    assert not [f for f in facts(result, "time") if f[0] == "Sam Pyke"]
    assert not [f for f in facts(result, "medal") if f[0] in ("Sam Pyke", "Ned Holliss")]
    assert ("Ned Holliss", "Trail Half Marathon", "1:17:02") in facts(result, "time")
