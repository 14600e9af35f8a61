"""Edges of ``review``, ``daily``, ``scores --daily`` and ``reset`` (issue 25), through the
real CLI as subprocesses: unknown sets, day formats, hints naming the right command, the
schedule as JSON, and what ``reset`` deletes besides games."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import HEADER, quizcli, write

# Three true statements: "t" answers each right in any order, and no answer gives another
# away (a round drawn spoiler-free keeps all three).
BANK = HEADER + "".join(
    f'\n[[questions]]\nid = "{answer.lower()}"\nkind = "truefalse"\n'
    f'prompt = "{answer} is the capital of {land}."\nanswer = true\n'
    for land, answer in (("France", "Paris"), ("Italy", "Rome"), ("Spain", "Madrid"))
)
RIGHT = "t\n" * 5


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, BANK)


def one_error_line(result: object) -> str:
    """The single stderr line of a failed command (never a traceback)."""
    assert result.returncode == 1, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    lines = result.stderr.splitlines()  # type: ignore[attr-defined]
    assert len(lines) == 1 and lines[0].startswith("Error: "), lines
    return str(lines[0])


@pytest.mark.parametrize(
    "command",
    [
        ["review", "--schedule", "nosuch"],
        ["review", "nosuch", "--schedule", "--json"],
        ["scores", "nosuch", "--daily"],
        ["scores", "nosuch", "--daily", "--json"],
        ["scores", "nosuch", "--daily", "--date", "2026-12-01"],
    ],
)
def test_an_unknown_set_is_an_error_listing_the_known_ones(command: list[str]) -> None:
    line = one_error_line(quizcli(*command))
    assert "no set 'nosuch'" in line
    assert "paris2024" in line


def test_a_set_known_only_from_stored_cards_or_daily_attempts_is_not_unknown(bank: Path) -> None:
    played = quizcli("daily", "demo", "--player", "ana", "--bank", str(bank), input=RIGHT)
    assert played.returncode == 0, played.stderr
    # The bank is not loaded now, but the store knows the set.
    schedule = quizcli("review", "--schedule", "demo", "--player", "ana", "--json")
    assert schedule.returncode == 0, schedule.stderr
    ranking = quizcli("scores", "demo", "--daily", "--json")
    assert [row["player"] for row in json.loads(ranking.stdout)] == ["ana"]


def test_date_without_daily_is_an_error_saying_to_add_it() -> None:
    line = one_error_line(quizcli("scores", "paris2024", "--date", "2026-12-04"))
    assert "add --daily" in line
    assert "quizcli scores paris2024 --daily --date 2026-12-04" in line


@pytest.mark.parametrize("value", ["20261204", "2026-W49-5", "2026-12-4", "2026-12-04x", "today"])
def test_dates_are_written_yyyy_mm_dd_only(value: str) -> None:
    line = one_error_line(quizcli("scores", "--daily", "--date", value))
    assert line == f"Error: --date {value!r} is not a date; write it like 2026-11-27"
    since = one_error_line(quizcli("scores", "--since", value))
    assert since == f"Error: --since {value!r} is not a date; write it like 2026-11-21"


def test_a_well_written_date_and_date_time_still_work() -> None:
    assert quizcli("scores", "--daily", "--date", "2026-12-04").returncode == 0
    assert quizcli("scores", "--since", "2026-12-04").returncode == 0
    assert quizcli("scores", "--since", "2026-12-04T10:00:00+01:00").returncode == 0


@pytest.mark.parametrize("command", ["review", "daily", "play"])
def test_with_two_sets_loaded_the_hint_names_the_command_used(
    command: str, isolated_home: Path
) -> None:
    # The second set lives in the user's folder: a --bank FILE alone would pick its own set.
    (isolated_home / "questions").mkdir()
    write(isolated_home / "questions", BANK)
    line = one_error_line(quizcli(command, "--plain", input=""))
    assert f"name one: quizcli {command} SET (sets: paris2024, demo)" in line


def test_review_schedule_as_json(bank: Path) -> None:
    empty = quizcli("review", "--schedule", "--json", "--player", "ana")
    assert empty.returncode == 0, empty.stderr
    days = json.loads(empty.stdout)
    today = datetime.now(UTC).date()
    assert [day["day"] for day in days] == [
        (today + timedelta(days=n)).isoformat() for n in range(14)
    ]
    assert all(day["due"] == 0 for day in days)
    review = quizcli(
        "review", "demo", "--new", "3", "--player", "ana", "--bank", str(bank), input=RIGHT
    )
    assert review.returncode == 0, review.stderr
    later = json.loads(quizcli("review", "--schedule", "demo", "--json", "--player", "ana").stdout)
    assert sum(day["due"] for day in later) == 3  # every card comes back within two weeks
    table = quizcli("review", "--schedule", "demo", "--player", "ana")
    assert "Cards due for ana in demo" in table.stdout
    assert "--schedule" in one_error_line(quizcli("review", "demo", "--json", "--bank", str(bank)))


def rows(home: Path, table: str) -> list[tuple[str, str]]:
    db = sqlite3.connect(home / "quizcli.db")
    try:
        return db.execute(f"SELECT player, set_id FROM {table} ORDER BY 1, 2").fetchall()
    finally:
        db.close()


def test_reset_deletes_cards_review_log_and_daily_attempts_and_says_so(
    bank: Path, isolated_home: Path
) -> None:
    for player in ("ana", "bob"):
        daily = quizcli("daily", "demo", "--player", player, "--bank", str(bank), input=RIGHT)
        assert daily.returncode == 0, daily.stderr
        review = quizcli(
            "review", "demo", "--new", "3", "--player", player, "--bank", str(bank), input=RIGHT
        )
        assert review.returncode == 0, review.stderr
    assert len(rows(isolated_home, "cards")) == 6
    refused = quizcli("reset", "--player", "ana", input="")
    assert refused.returncode == 1
    assert (
        # the daily round is a stored game too (issue 19), with its answers
        "reset would delete 1 stored game, 3 review cards, 3 review ratings and 1 daily "
        "attempt of ana" in refused.stderr
    )
    done = quizcli("reset", "--player", "ana", "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (
        "Deleted 1 stored game, 3 review cards, 3 review ratings and 1 daily attempt."
    )
    for table in ("cards", "review_log", "daily_games", "games"):
        assert {player for player, _ in rows(isolated_home, table)} == {"bob"}, table
    assert "Cards due for ana" in quizcli("review", "--schedule", "--player", "ana").stdout
    again = quizcli("daily", "demo", "--player", "ana", "--bank", str(bank), input=RIGHT)
    assert "you rank" in again.stdout  # the day's attempt is open again after a reset
    everything = quizcli("reset", "--yes")
    assert everything.returncode == 0, everything.stderr
    for table in ("cards", "review_log", "daily_games"):
        assert rows(isolated_home, table) == [], table
    nothing = quizcli("reset", "--yes")
    assert nothing.stdout.strip() == (
        "No stored games, review cards or daily attempts match; nothing to delete."
    )
