"""Results lists the reader missed (issue 21, recall of places and times): a page of several
races run together in one paragraph, each under a dated heading in capitals glued to its
first sentence, its lists under ``MEN:`` / ``WOMEN:`` labels (``quizcli.draft.paged_lists``),
and surnames printed in capitals in a table's rows (``Tomas ARDELL``).

A list is the race's whose heading stands last before it; a list under a heading naming no
race the draft can name, under no heading, or a second list of one sex under one heading,
gives nothing.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

PAGE = (
    "https://example.org/results/2011_04.htm\n\n"
    "April 20113 APR | 10 APR | 17 APR 3 APRIL 2011: PORTO ALEGRE MARATHON, BRAZILA cool "
    "breeze met the field at the start. Tomas Ardell broke away at 30km and won alone, while "
    "Alia Demisse led the women from the gun. MEN: 1 Tomas ARDELL KEN 2:11:05 2 Bruno SALVIA "
    "BRA 2:12:40 3 Peter OKEMBA KEN 2:13:02 4 Luis MARQUETO BRA 2:14:11 WOMEN: 1 Alia DEMISSE "
    "ETH 2:31:40 2 Carla NUNEZ BRA 2:33:09 3 Joana PIRES POR 2:35:20 10 APRIL 2011: LAKE "
    "ORMONT MARATHON, CANADAThe course was flat and the wind light all morning. MEN (ONLY): "
    "1 Daniel KORIR KEN 2:09:58 2 Hiroshi TANABE JPN 2:10:31 3 Owen BRACKLEY CAN 2:12:45"
)


def test_each_list_of_a_page_of_races_is_its_heading_race_and_sex(tmp_path: Path) -> None:
    result = drafted(tmp_path, PAGE)
    places, times = set(facts(result, "place")), set(facts(result, "time"))
    assert {
        ("Tomas Ardell", "men's Porto Alegre Marathon", 1),
        ("Bruno Salvia", "men's Porto Alegre Marathon", 2),
        ("Luis Marqueto", "men's Porto Alegre Marathon", 4),
        ("Alia Demisse", "women's Porto Alegre Marathon", 1),
        ("Joana Pires", "women's Porto Alegre Marathon", 3),
        # the list after the next race's heading is that race's
        ("Daniel Korir", "men's Lake Ormont Marathon", 1),
        ("Owen Brackley", "men's Lake Ormont Marathon", 3),
    } <= places
    assert {
        ("Luis Marqueto", "men's Porto Alegre Marathon", "2:14:11"),  # (not the women's)
        ("Carla Nunez", "women's Porto Alegre Marathon", "2:33:09"),
        ("Joana Pires", "women's Porto Alegre Marathon", "2:35:20"),  # (the heading's no time)
        ("Hiroshi Tanabe", "men's Lake Ormont Marathon", "2:10:31"),
    } <= times
    assert not [p for p in places if p[0] == "Daniel Korir" and "Porto" in p[1]]


NO_RACE = (
    "https://example.org/results/2011_05.htm\n\n"
    "May 20111 MAY | 8 MAY 1 MAY 2011: RIVA DEL LAGO MARATHON, ITALYRain fell all morning on "
    "the lake road. MEN: 1 Marco VELTRI ITA 2:14:50 2 Samuel KIPTUM KEN 2:15:12 3 Ivo "
    "RANZANI ITA 2:16:30 8 MAY 2011: SALT FLATS 10K, USAThe field was small. WOMEN: 1 Ruth "
    "ALONSO ESP 33:40 2 Dana FEKADU ETH 33:58 3 Mia HOLLOWAY USA 34:20 MEN: 1 Peter "
    "LANGAT KEN 28:10 2 Chris DOWLING USA 28:44 3 Eli VARGA HUN 29:02"
)


def test_a_list_under_a_heading_naming_no_marathon_is_no_earlier_races(tmp_path: Path) -> None:
    result = drafted(tmp_path, NO_RACE)
    places = set(facts(result, "place"))
    assert ("Marco Veltri", "men's Riva Del Lago Marathon", 1) in places
    named = {who for who, _, _ in places} | {who for who, _, _ in facts(result, "time")}
    # the 10K's lists: never the marathon's (a race the heading names, and the draft not)
    assert not named & {"Ruth Alonso", "Dana Fekadu", "Peter Langat", "Chris Dowling"}


TWICE = (
    "https://example.org/results/2011_06.htm\n\n"
    "June 20115 JUN 5 JUNE 2011: HARBOUR CITY MARATHON, NEW ZEALANDA stiff wind blew off the "
    "water. WOMEN: 1 Kate MORVEN NZL 2:38:10 2 Lisa ODHIAMBO KEN 2:39:02 3 Ana TEREZA BRA "
    "2:41:15 WOMEN: 1 Grace PELLOW NZL 1:16:20 2 Hana KOIDE JPN 1:17:02 3 Zoe BARTH GER 1:17:45"
)


def test_a_second_list_of_one_sex_under_one_heading_gives_nothing(tmp_path: Path) -> None:
    result = drafted(tmp_path, TWICE)
    places = set(facts(result, "place"))
    assert ("Kate Morven", "women's Harbour City Marathon", 1) in places
    assert not {who for who, _, _ in places} & {"Grace Pellow", "Hana Koide", "Zoe Barth"}


CAPITALS = (
    "Men's marathon\n\n"
    "1 Tomas ARDELL KEN 2:11:05 2 Bruno SALVIA BRA 2:12:40 3 Peter OKEMBA KEN 2:13:02 "
    "4 Luis MARQUETO BRA 2:14:11\n\n"
    "Ardell pulled away from Salvia in the last three kilometres of the race."
)


def test_a_surname_in_capitals_in_a_tables_row_is_the_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, CAPITALS)
    assert {
        ("Tomas Ardell", "men's marathon", 1),
        ("Peter Okemba", "men's marathon", 3),
    } <= set(facts(result, "place"))
    assert ("Bruno Salvia", "men's marathon", "2:12:40") in set(facts(result, "time"))


SHORTENED = (
    "https://example.org/results/2011_07.htm\n\n"
    "July 20113 JUL 3 JULY 2011: SIERRA ALTA MARATHON, MEXICOThe day was hot. Maria Teresa "
    "Ortiz took the women's race on her debut, and Johnny Brenner was the men's winner. "
    "WOMEN: 1 Ma Teresa ORTIZ MEX 2:35:10 2 Rosa ALMEIDA MEX 2:36:44 3 Lina CORTES COL "
    "2:38:02 MEN: 1 Jo BRENNER USA 2:12:50 2 Ivan PEREZ MEX 2:13:30 3 Ali HASSAN MAR 2:14:05"
)


def test_a_first_name_a_row_shortens_is_the_one_named_in_full(tmp_path: Path) -> None:
    result = drafted(tmp_path, SHORTENED)
    places = set(facts(result, "place"))
    assert ("Maria Teresa Ortiz", "women's Sierra Alta Marathon", 1) in places
    assert ("Maria Teresa Ortiz", "women's Sierra Alta Marathon", "2:35:10") in set(
        facts(result, "time")
    )
    # two words only ("Jo" for "Johnny"?): another person, maybe; left out
    assert ("Ivan Perez", "men's Sierra Alta Marathon", 2) in places
    assert not [p for p in places if "Brenner" in p[0] or p[0] == "Jo Brenner"]


BY_CLASS = (
    "Club report\n\n"
    "The harbour regatta ran over two days in a light and shifting breeze.\n\n"
    "Final results:\n\n"
    "Finns 1st Rowan Tate, 2nd Ilse Marr, 3rd Owen Voss\n\n"
    "Open Doubles 1st Ana Roe and Tim Roe, 2nd Kit Lang and Dee Moss, 3rd Sol Inge and Ray Bell\n\n"
    "Race 3 1st Ilse Marr, 2nd Rowan Tate, 3rd Owen Voss\n\n"
    "Mirrors 1st Pia Sand, 2nd Lou Frey, 4th Joe Hart"
)


def test_lines_of_places_by_class_under_a_results_label_are_the_classs(tmp_path: Path) -> None:
    places = set(facts(drafted(tmp_path, BY_CLASS), "place"))
    assert {
        ("Rowan Tate", "Finns class", 1),
        ("Ilse Marr", "Finns class", 2),
        ("Owen Voss", "Finns class", 3),
    } <= places
    named = {who for who, _, _ in places}
    assert not named & {"Ana Roe", "Tim Roe", "Kit Lang", "Dee Moss"}  # crews share a place
    assert not [p for p in places if "Race 3" in p[1]]  # one race of a series: no class
    assert not named & {"Pia Sand", "Lou Frey", "Joe Hart"}  # a gap in the places


UNLABELLED = (
    "Club report\n\n"
    "The harbour regatta ran over two days in a light and shifting breeze.\n\n"
    "Finns 1st Rowan Tate, 2nd Ilse Marr, 3rd Owen Voss\n\n"
    "Final results:\n\n"
    "Lasers 1st Pia Sand, 2nd Lou Frey, 3rd Joe Hart"
)


def test_a_line_of_places_by_class_needs_the_results_label(tmp_path: Path) -> None:
    places = set(facts(drafted(tmp_path, UNLABELLED), "place"))
    assert ("Pia Sand", "Lasers class", 1) in places
    assert not [p for p in places if p[0] in {"Rowan Tate", "Ilse Marr", "Owen Voss"}]


def test_a_page_cut_inside_its_last_time_asks_no_time_of_that_row(tmp_path: Path) -> None:
    result = drafted(tmp_path, PAGE[: PAGE.rindex(":")], closing=False)  # "... CAN 2:12"
    times = {who for who, _, _ in facts(result, "time")}
    assert "Hiroshi Tanabe" in times  # (the rows before are read)
    assert "Owen Brackley" not in times


def test_a_second_list_of_one_race_and_sex_in_the_article_gives_nothing(tmp_path: Path) -> None:
    last_year = (
        "3 APRIL 2010: PORTO ALEGRE MARATHON, BRAZILLast year the rain never stopped. MEN: 1 "
        "Rui FALCAO BRA 2:15:01 2 Abel TERGAT KEN 2:15:40 3 Nuno SEIXAS POR 2:16:12"
    )
    places = set(facts(drafted(tmp_path, PAGE + "\n\n" + last_year), "place"))
    assert ("Tomas Ardell", "men's Porto Alegre Marathon", 1) in places
    assert not {who for who, _, _ in places} & {"Rui Falcao", "Abel Tergat", "Nuno Seixas"}
