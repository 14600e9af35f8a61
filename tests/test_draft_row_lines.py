"""Results rows the reader left unread (issue 21, recall of places and times): rows numbered
with a hyphen and their time after a dash (``1- Erik Lund (NOR) - 24:00.4``), medal lines
with the time straight after the name (``Gold: Erik Lund (NOR) 24:00.4``), and a short line
closed by a colon heading them (``Men's 15km pursuit results:``: ``colon_headings``); an
inline list cut by commas (``1. Tomas Varga (HUN) 36:12.4, 2. ...``); and, right under a
heading naming the race, medal lines with the medal last (``Tomas Varga, Hungary, Gold``)
and rows numbered bare with a time (``1 Tomas Varga HUN 36:12.4``: ``plain_rows``).

A colon line that names no race, puts its rows in another year or names standings gives its
rows nothing; a score (``1 - 0``) is no row.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft.colon_headings import colon_heading
from quizcli.draft.plain_rows import medal_last, timed_bare_row

OPENING = (
    "https://example.org/winter/pursuit\n\n"
    "Pursuit day at Lakeview\n\n"
    "Tomas Varga of Hungary won the men's 15km pursuit at the winter games in Lakeview on "
    "Saturday, holding off Pavel Ostrom of Sweden in the last lap.\n\n"
    "Varga had started fourth and missed one target, while Ostrom and the Finn Olli Rantanen "
    "shot clean in the wind. Mikko Salo, Jens Brandt and Luca Ferri were further back in the "
    "field, and the crowd cheered each of them home.\n\n"
)
CLOSING = (
    "\n\nThe next race, a mass start, is on Sunday morning, and the forecast is for snow and "
    "light wind over the stadium."
)


def _article(heading: str, rows: str) -> str:
    return OPENING + heading + "\n" + rows + CLOSING


HYPHEN_ROWS = (
    "1- Tomas Varga (HUN) - 36:12.4\n"
    "2- Pavel Ostrom (SWE) - 36:20.9\n"
    "3- Olli Rantanen (FIN) - 36:41.0\n"
    "4- Mikko Salo (FIN) - 36:55.3"
)


def test_rows_numbered_with_a_hyphen_under_a_colon_heading(tmp_path: Path) -> None:
    result = drafted(tmp_path, _article("Men's 15km pursuit results:", HYPHEN_ROWS))
    places, times = set(facts(result, "place")), set(facts(result, "time"))
    assert {
        ("Olli Rantanen", "men's 15km pursuit", 3),
        ("Mikko Salo", "men's 15km pursuit", 4),
    } <= places
    assert {
        ("Tomas Varga", "men's 15km pursuit", "36:12.4"),
        ("Pavel Ostrom", "men's 15km pursuit", "36:20.9"),
        ("Mikko Salo", "men's 15km pursuit", "36:55.3"),
    } <= times


def test_a_colon_line_in_another_year_or_naming_no_race_gives_nothing(tmp_path: Path) -> None:
    for heading in (
        "Last year's 15km pursuit results:",
        "Here is how they finished:",
        "Overall standings after the 15km pursuit:",
        "Men's 15km pursuit standings:",
        "World Cup pursuit rankings after Lakeview:",
    ):
        result = drafted(tmp_path, _article(heading, HYPHEN_ROWS))
        assert not [t for t in facts(result, "time") if t[2] == "36:55.3"], heading
        assert not [p for p in facts(result, "place") if p[0] == "Mikko Salo"], heading


def test_a_score_after_a_number_is_no_row(tmp_path: Path) -> None:
    rows = "1 - 0 Tomas Varga (HUN) 36:12.4\n2 - 1 Pavel Ostrom (SWE) 36:20.9\n3 - 2 Olli Rantanen"
    result = drafted(tmp_path, _article("Men's 15km pursuit results:", rows))
    assert not [t for t in facts(result, "time") if t[2] == "36:20.9"]


def test_medal_lines_with_the_time_after_the_name(tmp_path: Path) -> None:
    lines = (
        "Gold: Tomas Varga (HUN) 36:12.4\n"
        "Silver: Pavel Ostrom (SWE) 36:20.9\n"
        "Bronze: Olli Rantanen (FIN) 36:41.0"
    )
    result = drafted(tmp_path, _article("Men's 15km pursuit medallists:", lines))
    medals, times = set(facts(result, "medal")), set(facts(result, "time"))
    assert ("Olli Rantanen", "men's 15km pursuit", 3) in medals
    assert {
        ("Pavel Ostrom", "men's 15km pursuit", "36:20.9"),
        ("Olli Rantanen", "men's 15km pursuit", "36:41.0"),
    } <= times


def test_which_lines_close_as_a_heading() -> None:
    assert colon_heading("Men's 15km pursuit results:")
    assert colon_heading("WOMEN'S 500M FINAL:")
    assert not colon_heading("Last year's pursuit results:")
    assert not colon_heading("Did not finish:")
    assert not colon_heading("He said: it was cold. Then:")
    assert not colon_heading("Men's pursuit results: 1. Tomas Varga")


def test_an_inline_list_cut_by_commas(tmp_path: Path) -> None:
    line = (
        "Men's 15km pursuit: 1. Tomas Varga (HUN) 36:12.4, 2. Pavel Ostrom (SWE) 36:20.9, "
        "3. Olli Rantanen (FIN) 36:41.0, 4. Mikko Salo (FIN) 36:55.3."
    )
    result = drafted(tmp_path, OPENING + line + CLOSING)
    places = set(facts(result, "place"))
    assert {
        ("Olli Rantanen", "men's 15km pursuit", 3),
        ("Mikko Salo", "men's 15km pursuit", 4),
    } <= places


def test_medal_lines_with_the_medal_last(tmp_path: Path) -> None:
    lines = (
        "Tomas Varga, Hungary, Gold\nPavel Ostrom, Sweden, Silver\nOlli Rantanen, Finland, Bronze"
    )
    result = drafted(tmp_path, _article("Men's 15km pursuit", lines))
    assert ("Olli Rantanen", "men's 15km pursuit", 3) in set(facts(result, "medal"))
    # under a heading that names no race, the same lines give nothing
    result = drafted(tmp_path, _article("The medallists", lines))
    assert not [m for m in facts(result, "medal") if m[0] == "Olli Rantanen"]


def test_rows_numbered_bare_with_a_time(tmp_path: Path) -> None:
    rows = (
        "1   Tomas Varga   HUN   36:12.4\n2   Pavel Ostrom   SWE   36:20.9\n"
        "3   Olli Rantanen   FIN   36:41.0\n4   Mikko Salo   FIN   36:55.3"
    )
    result = drafted(tmp_path, _article("Men's 15km pursuit", rows))
    places, times = set(facts(result, "place")), set(facts(result, "time"))
    assert ("Mikko Salo", "men's 15km pursuit", 4) in places
    assert ("Olli Rantanen", "men's 15km pursuit", "36:41.0") in times
    # numbered bare without a time, or under no race: nothing
    untimed = "1 Tomas Varga\n2 Pavel Ostrom\n3 Olli Rantanen\n4 Mikko Salo"
    result = drafted(tmp_path, _article("Men's 15km pursuit", untimed))
    assert not [p for p in facts(result, "place") if p[0] == "Mikko Salo"]
    result = drafted(tmp_path, _article("The finishers", rows))
    assert not [p for p in facts(result, "place") if p[0] == "Mikko Salo"]


def test_which_lines_are_plain_rows() -> None:
    assert medal_last("Tomas Varga, Hungary, Gold")
    assert medal_last("Tomas Varga, Bronze medal")
    assert not medal_last("Tomas Varga won gold, Hungary")
    assert timed_bare_row("1 Tomas Varga HUN 36:12.4")
    assert not timed_bare_row("4 Min Read")
    assert not timed_bare_row("1 Tomas Varga")


def test_rows_numbered_with_ordinals(tmp_path: Path) -> None:
    rows = (
        "1st Tomas Varga (HUN) 36:12.4\n2nd Pavel Ostrom (SWE) 36:20.9\n"
        "3rd Olli Rantanen (FIN) 36:41.0\n4th Mikko Salo (FIN) 36:55.3"
    )
    result = drafted(tmp_path, _article("Men's 15km pursuit", rows))
    places, times = set(facts(result, "place")), set(facts(result, "time"))
    assert ("Mikko Salo", "men's 15km pursuit", 4) in places
    assert ("Olli Rantanen", "men's 15km pursuit", "36:41.0") in times
    # numbered out of turn: no list
    skipped = "1st Tomas Varga (HUN) 36:12.4\n3rd Olli Rantanen (FIN) 36:41.0"
    result = drafted(tmp_path, _article("Men's 15km pursuit", skipped))
    assert not [p for p in facts(result, "place") if p[0] == "Olli Rantanen" and p[2] == 3]
