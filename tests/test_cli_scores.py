"""``scores``, ``history``, ``stats``, ``reset`` and saving after ``play``, as subprocesses."""

from __future__ import annotations

import csv
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import (
    PROMPT_OPEN,
    VALID,
    crash_after_a_change,
    crash_in_the_middle_of_a_write,
    journalled,
    listing,
    quizcli,
    spawn_quizcli,
    write,
)

# demo bank, --seed 4: multi, truefalse, choice, order, text, number, time (see test_plain).
ALL_RIGHT = "1 2 3\nt\n1\n2 1 3\nSørum\n4\n13:13.66\n"
SOME_RIGHT = "1 2\nf\n1\n\n\n\n\n"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def play(
    demo: Path, player: str, answers: str, *args: str, obey_permissions: bool = False
) -> subprocess.CompletedProcess[str]:
    return quizcli(
        "play", "demo", "--bank", str(demo), "--seed", "4", "--player", player, *args,
        input=answers, obey_permissions=obey_permissions,
    )  # fmt: skip


def scores_json(*args: str) -> list[dict[str, object]]:
    result = quizcli("scores", "--json", *args)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    return data


def test_an_empty_store_says_so_and_creates_nothing(isolated_home: Path) -> None:
    for command in (["scores"], ["history"], ["stats"]):
        result = quizcli(*command)
        assert result.returncode == 0
        assert "No games yet" in result.stdout
    assert scores_json() == []
    assert list(isolated_home.iterdir()) == []


def test_two_players_then_scores_ranks_them(demo: Path) -> None:
    first = play(demo, "ana", SOME_RIGHT)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().endswith("New high score on demo!")
    second = play(demo, "Zoë", ALL_RIGHT)
    assert second.stdout.strip().endswith("New high score on demo!")
    third = play(demo, "ana", SOME_RIGHT)
    assert "of 3 finished games on demo · your best: 233" in third.stdout

    board = scores_json("demo")
    assert [(row["rank"], row["player"]) for row in board] == [(1, "Zoë"), (2, "ana")]
    assert board[0]["score"] == board[0]["max_score"] == 1850
    assert board[0]["status"] == "finished"
    assert board[0]["right"] == 7
    assert len(scores_json("--all")) == 3
    assert [row["player"] for row in scores_json("--player", "ana")] == ["ana"]
    assert len(scores_json("--limit", "1")) == 1
    assert scores_json("--since", "2999-01-01") == []
    assert scores_json("--since", "9999-12-31T23:59:59-23:59") == []  # UTC: year 10000

    table = quizcli("scores").stdout
    assert "High scores" in table
    assert "1850 / 1850" in table
    assert table.index("Zoë") < table.index("ana")


def test_history_and_stats(demo: Path) -> None:
    play(demo, "ana", SOME_RIGHT)
    play(demo, "ana", ALL_RIGHT)
    play(demo, "bob", ALL_RIGHT)
    history = json.loads(quizcli("history", "--player", "ana", "--json").stdout)
    assert [game["score"] for game in history] == [1850, history[1]["score"]]
    assert history[0]["finished_at"] >= history[1]["finished_at"]
    table = quizcli("history", "--player", "ana").stdout
    assert "Recent games of ana" in table
    assert "1850 / 1850" in table

    stats = json.loads(quizcli("stats", "--player", "ana", "--json").stdout)
    assert stats["player"] == "ana"
    assert stats["games"] == 2
    assert stats["answers"] == 14
    assert {tag["name"] for tag in stats["by_tag"]} == {"1500m", "podium"}
    assert {kind["name"] for kind in stats["by_kind"]} == {
        "choice", "multi", "truefalse", "order", "number", "time", "text"
    }  # fmt: skip
    assert stats["most_missed"][0]["missed"] == 1
    view = quizcli("stats", "--player", "ana").stdout
    assert "Accuracy by tag" in view
    assert "█" in view
    assert "Most often missed" in view


def test_player_env_is_the_default_for_history(demo: Path) -> None:
    play(demo, "ana", SOME_RIGHT)
    result = quizcli("history", "--json", env={"QUIZCLI_PLAYER": "ana"})
    assert len(json.loads(result.stdout)) == 1
    result = quizcli("history", "--json", "--player", "bob", env={"QUIZCLI_PLAYER": "ana"})
    assert json.loads(result.stdout) == []


def test_export_csv_and_json(demo: Path, tmp_path: Path) -> None:
    play(demo, "ana", SOME_RIGHT)
    play(demo, "bob", ALL_RIGHT)
    csv_path = tmp_path / "games.csv"
    assert quizcli("scores", "--export", str(csv_path)).returncode == 0
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    assert [row["player"] for row in rows] == ["ana", "bob"]
    assert rows[1]["score"] == "1850"
    json_path = tmp_path / "games.json"
    assert quizcli("scores", "--export", str(json_path)).returncode == 0
    assert [g["player"] for g in json.loads(json_path.read_text())] == ["ana", "bob"]
    bad = quizcli("scores", "--export", str(tmp_path / "games.xlsx"))
    assert bad.returncode == 1
    assert bad.stderr.strip().endswith("the file must end in .csv or .json")


def test_csv_cells_that_a_spreadsheet_would_run_are_made_plain(demo: Path, tmp_path: Path) -> None:
    play(demo, '=HYPERLINK("http://evil.example/","x")', ALL_RIGHT)
    play(demo, "@SUM(A1)", ALL_RIGHT)
    play(demo, "ana", ALL_RIGHT)
    csv_path = tmp_path / "games.csv"
    assert quizcli("scores", "--export", str(csv_path)).returncode == 0
    rows = list(csv.DictReader(csv_path.open(encoding="utf-8")))
    assert [row["player"] for row in rows] == [
        '\'=HYPERLINK("http://evil.example/","x")',
        "'@SUM(A1)",
        "ana",
    ]
    json_path = tmp_path / "games.json"
    assert quizcli("scores", "--export", str(json_path)).returncode == 0
    assert json.loads(json_path.read_text())[1]["player"] == "@SUM(A1)"  # JSON stays exact


def test_export_replaces_a_file_only_with_force_and_leaves_nothing_behind(
    demo: Path, tmp_path: Path
) -> None:
    play(demo, "ana", ALL_RIGHT)
    existing = tmp_path / "games.json"
    existing.write_text("old")
    existing.chmod(0o644)
    result = quizcli("scores", "--export", str(existing))
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: --export {existing}: the file exists; add --force to replace it\n"
    )
    assert existing.read_text() == "old"
    result = quizcli("scores", "--export", str(existing), "--force")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"Wrote 1 game to {existing}"
    assert json.loads(existing.read_text())[0]["player"] == "ana"
    assert existing.stat().st_mode & 0o777 == 0o644  # replaced in place, same permissions
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    result = quizcli("scores", "--export", str(folder), "--force")
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: cannot write {folder}: is a folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.toml", "folder.csv", "games.json"]


def test_export_never_follows_a_symbolic_link(demo: Path, tmp_path: Path) -> None:
    play(demo, "ana", ALL_RIGHT)
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    link = tmp_path / "link.json"
    link.symlink_to(precious)
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "nowhere.csv")
    for target in (link, dangling):
        result = quizcli("scores", "--export", str(target))
        assert result.returncode == 1
        assert "the file exists; add --force to replace it" in result.stderr
    assert not (tmp_path / "nowhere.csv").exists()
    result = quizcli("scores", "--export", str(link), "--force")
    assert result.returncode == 0, result.stderr
    assert not link.is_symlink()  # the link itself was replaced by the export
    assert json.loads(link.read_text())[0]["player"] == "ana"
    assert precious.read_text() == "keep me"


def test_reading_commands_leave_the_data_folder_as_they_found_it(
    demo: Path, isolated_home: Path, tmp_path: Path
) -> None:
    assert play(demo, "ana", SOME_RIGHT).returncode == 0
    db = isolated_home / "quizcli.db"
    before = (listing(isolated_home), db.read_bytes())
    assert "quizcli.db-wal" not in before[0]
    for command in (
        ["scores"], ["scores", "--json"], ["history"], ["history", "--json"], ["stats"],
        ["stats", "--json"], ["scores", "--export", str(tmp_path / "games.json")],
        ["reset", "--set", "nope", "--yes"],
    ):  # fmt: skip
        result = quizcli(*command)
        assert result.returncode == 0, result.stderr
        assert (listing(isolated_home), db.read_bytes()) == before, command


def test_reset_needs_confirmation(demo: Path) -> None:
    play(demo, "ana", SOME_RIGHT)
    play(demo, "bob", SOME_RIGHT)
    refused = quizcli("reset", input="")
    assert refused.returncode == 1
    assert "add --yes" in refused.stderr
    assert len(scores_json()) == 2
    done = quizcli("reset", "--player", "ana", "--yes")
    # The round's answers scheduled review cards: reset deletes them with the game.
    assert re.fullmatch(
        r"Deleted 1 stored game, (\d+) review cards and \1 review ratings\.", done.stdout.strip()
    )
    assert [row["player"] for row in scores_json()] == ["bob"]
    assert quizcli("reset", "--set", "nope", "--yes").stdout.strip() == (
        "No stored games, review cards or daily attempts match; nothing to delete."
    )


def test_reset_asks_in_a_terminal(demo: Path) -> None:
    play(demo, "ana", SOME_RIGHT)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", "reset"],
        env=dict(os.environ),
        encoding="utf-8",
        timeout=30,
    )
    child.expect(r"Delete 1 stored game, \d+ review cards and \d+ review ratings\? This cannot")
    child.sendline("n")
    child.expect("Nothing deleted.")
    child.expect(pexpect.EOF)
    assert len(scores_json()) == 1
    child = pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", "reset"],
        env=dict(os.environ),
        encoding="utf-8",
        timeout=30,
    )
    child.expect("Delete 1 stored game")
    child.sendline("y")
    child.expect(r"Deleted 1 stored game, \d+ review cards and \d+ review ratings\.")
    child.expect(pexpect.EOF)
    assert scores_json() == []


@pytest.mark.parametrize(("key", "code"), [("c", 130), ("d", 1)])
def test_ctrl_c_or_ctrl_d_at_the_reset_question_deletes_nothing(
    demo: Path, key: str, code: int
) -> None:
    play(demo, "ana", SOME_RIGHT)
    child = spawn_quizcli("reset")
    child.expect(r"Delete 1 stored game, .+\? This cannot be undone")
    child.sendcontrol(key)
    child.expect("Nothing deleted.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == code
    assert "Aborted" not in str(child.before)
    assert len(scores_json()) == 1


@pytest.mark.parametrize(
    "name", ["Robert'); DROP TABLE games;--", 'Zoë "Z" Ørsted', "李小龍", "[bold red]x[/]"]
)
def test_player_names_are_stored_and_shown_as_typed(demo: Path, name: str) -> None:
    assert play(demo, name, SOME_RIGHT).returncode == 0
    assert [row["player"] for row in scores_json()] == [name]
    assert name in quizcli("scores").stdout


def test_a_name_typed_with_a_combining_accent_is_the_same_player(demo: Path) -> None:
    play(demo, "Jose\u0301", SOME_RIGHT)
    play(demo, "Jos\u00e9", ALL_RIGHT)
    assert [row["player"] for row in scores_json()] == ["Jos\u00e9"]
    assert len(json.loads(quizcli("history", "--player", "Jose\u0301", "--json").stdout)) == 2


def test_a_first_game_without_points_is_no_high_score(demo: Path) -> None:
    result = play(demo, "ana", "\n" * 7)  # every question skipped
    assert "New high score" not in result.stdout
    assert "1st of 1 finished games on demo · your first finished game of this set" in (
        result.stdout
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bell\x07", "control or invisible character"),
        ("x" * 41, "the limit is 40"),
        ("   ", "the player name is empty"),
    ],
)
def test_bad_player_names_are_refused(demo: Path, name: str, message: str) -> None:
    result = play(demo, name, SOME_RIGHT)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["scores", "history"])
def test_a_huge_limit_is_a_usage_error(demo: Path, command: str) -> None:
    assert play(demo, "ana", SOME_RIGHT).returncode == 0
    result = quizcli(command, "--limit", "999999999999999999999999")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: Invalid value for '--limit' / '-n': "
        "999999999999999999999999 is not in the range 1<=x<=1000000."
    )
    assert [row["player"] for row in scores_json("--limit", "1000000")] == ["ana"]


def test_bad_since_date(demo: Path) -> None:
    result = quizcli("scores", "--since", "yesterday")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Error: --since 'yesterday' is not a date; write it like 2026-11-21"
    )


def test_a_corrupt_database_is_named_and_never_touched(demo: Path, isolated_home: Path) -> None:
    db = isolated_home / "quizcli.db"
    garbage = b"this is not sqlite " * 1000
    db.write_bytes(garbage)
    for command in (["scores"], ["history"], ["stats"], ["reset", "--yes"]):
        result = quizcli(*command)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1
        assert str(db) in lines[0]
        assert "Move it away" in lines[0]
    played = play(demo, "ana", SOME_RIGHT)
    assert played.returncode == 0
    assert "The round is kept in the journal" in played.stderr
    (kept,) = journalled(isolated_home)
    assert kept["player"] == "ana"
    assert db.read_bytes() == garbage


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_an_unreadable_database_is_not_called_damaged(demo: Path, isolated_home: Path) -> None:
    assert play(demo, "ana", SOME_RIGHT).returncode == 0
    db = isolated_home / "quizcli.db"
    db.chmod(0)
    try:
        results = [
            quizcli(*command, obey_permissions=True)
            for command in (["scores"], ["history"], ["stats"])
        ]
    finally:
        db.chmod(0o644)
    for result in results:
        assert result.returncode == 1
        assert result.stderr == (
            f"Error: reading {db} failed: permission denied (the file cannot be read); "
            "it was not changed.\n"
        )
    assert [row["player"] for row in scores_json()] == ["ana"]


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_an_unwritable_data_folder_still_lets_a_round_be_played(demo: Path, tmp_path: Path) -> None:
    # A data folder that cannot be made (its parent is read-only). One that lies inside a
    # file is a mistake in QUIZCLI_HOME, refused before the round (test_small_things.py).
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = quizcli(
            "play", "demo", "--bank", str(demo), "--seed", "4", "--player", "ana",
            input=SOME_RIGHT, env={"QUIZCLI_HOME": str(locked / "home")}, obey_permissions=True,
        )  # fmt: skip
    finally:
        locked.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert "Round over" in result.stdout
    assert "Not stored yet: cannot create the data folder" in result.stderr
    assert "The round is kept in the journal" in result.stderr
    (kept,) = journalled(Path(os.environ["TMPDIR"]) / "quizcli-journal")  # the fallback
    assert kept["player"] == "ana"


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_a_read_only_data_folder(demo: Path, isolated_home: Path) -> None:
    isolated_home.chmod(0o555)
    try:
        result = play(demo, "ana", SOME_RIGHT, obey_permissions=True)
    finally:
        isolated_home.chmod(0o755)
    assert result.returncode == 0
    assert "The round is kept in the journal" in result.stderr
    assert f"the data folder {isolated_home} is read-only" in result.stderr
    (kept,) = journalled(Path(os.environ["TMPDIR"]) / "quizcli-journal")  # the fallback
    assert kept["player"] == "ana"


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_a_read_only_data_folder_is_read_and_not_called_damaged(
    demo: Path, isolated_home: Path
) -> None:
    """Reading a WAL database needs -wal and -shm files that a read-only folder cannot take:
    it is read as an immutable file instead, and a round played there is rescued with the
    real reason."""
    assert play(demo, "ana", SOME_RIGHT).returncode == 0
    db = isolated_home / "quizcli.db"
    before = (listing(isolated_home), db.read_bytes())
    isolated_home.chmod(0o555)
    try:
        board = quizcli("scores", "--json", obey_permissions=True)
        history = quizcli("history", "--json", "-p", "ana", obey_permissions=True)
        stats = quizcli("stats", "-p", "ana", obey_permissions=True)
        played = play(demo, "ana", SOME_RIGHT, obey_permissions=True)
    finally:
        isolated_home.chmod(0o755)
    assert board.returncode == 0, board.stderr
    assert [row["player"] for row in json.loads(board.stdout)] == ["ana"]
    assert history.returncode == 0 and len(json.loads(history.stdout)) == 1
    assert stats.returncode == 0 and "Statistics of ana" in stats.stdout
    assert played.returncode == 0
    assert played.stderr.splitlines()[0] == (
        f"Not stored yet: opening the database in {db} failed: "
        f"the data folder {isolated_home} is read-only. The round is kept in the journal; "
        "the next quizcli command stores it."
    )
    assert "Move it away" not in played.stderr
    assert (listing(isolated_home), db.read_bytes()) == before


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_a_read_only_data_folder_with_a_wal_file(demo: Path, isolated_home: Path) -> None:
    """A -wal file holds games an immutable read would not see: with its -shm index it is
    read as it is; without one, SQLite cannot read it in a read-only folder, and says so."""
    assert play(demo, "ana", SOME_RIGHT).returncode == 0
    db = isolated_home / "quizcli.db"
    crash_after_a_change(db, "UPDATE games SET player = 'bob'")
    isolated_home.chmod(0o555)
    try:
        with_index = quizcli("history", "--json", "-p", "bob", obey_permissions=True)
    finally:
        isolated_home.chmod(0o755)
    assert with_index.returncode == 0, with_index.stderr
    assert len(json.loads(with_index.stdout)) == 1

    (isolated_home / "quizcli.db-shm").unlink()
    before = (
        listing(isolated_home),
        db.read_bytes(),
        (isolated_home / "quizcli.db-wal").read_bytes(),
    )
    isolated_home.chmod(0o555)
    try:
        results = [
            quizcli(*command, obey_permissions=True)
            for command in (["scores"], ["history", "-p", "bob"], ["stats", "-p", "bob"])
        ]
    finally:
        isolated_home.chmod(0o755)
    for result in results:
        assert result.returncode == 1
        assert result.stderr == (
            f"Error: reading {db} failed: the data folder {isolated_home} is read-only, and "
            "SQLite must write there to read the changes kept in quizcli.db-wal; make the "
            "folder writable and try again. Nothing was changed.\n"
        )
    assert (
        listing(isolated_home),
        db.read_bytes(),
        (isolated_home / "quizcli.db-wal").read_bytes(),
    ) == before
    assert [row["player"] for row in scores_json()] == ["bob"]  # writable again: all there


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_a_read_only_data_folder_with_an_unfinished_write(demo: Path, isolated_home: Path) -> None:
    """A database in rollback-journal mode (another tool may switch it) with a hot -journal:
    an immutable read would show the half-written pages, so it is not read in a read-only
    folder, and the message says why."""
    assert play(demo, "ana", SOME_RIGHT).returncode == 0
    db = isolated_home / "quizcli.db"
    switch = sqlite3.connect(db)
    switch.execute("PRAGMA journal_mode = DELETE")
    switch.close()
    crash_in_the_middle_of_a_write(db, "UPDATE answers SET prompt = hex(randomblob(3000))")
    assert listing(isolated_home) == ["cache", "journal", "quizcli.db", "quizcli.db-journal"]
    before = (db.read_bytes(), (isolated_home / "quizcli.db-journal").read_bytes())
    isolated_home.chmod(0o555)
    try:
        result = quizcli("history", "-p", "ana", obey_permissions=True)
    finally:
        isolated_home.chmod(0o755)
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: reading {db} failed: the data folder {isolated_home} is read-only, and SQLite "
        "must write there to undo the unfinished write recorded in quizcli.db-journal; make "
        "the folder writable and try again. Nothing was changed.\n"
    )
    assert (db.read_bytes(), (isolated_home / "quizcli.db-journal").read_bytes()) == before
    assert [row["player"] for row in scores_json()] == ["ana"]  # writable again: rolled back


def test_eight_players_finishing_at_once_are_all_stored(demo: Path) -> None:
    env = {**os.environ}
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "quizcli",
                "play",
                "demo",
                "--bank",
                str(demo),
                "--seed",
                "4",
                "--player",
                f"p{n}",
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )  # fmt: skip
        for n in range(8)
    ]
    outputs = [p.communicate(ALL_RIGHT, timeout=120) for p in processes]
    for process, (_, err) in zip(processes, outputs, strict=True):
        assert process.returncode == 0, err
        assert "could not be saved" not in err
    board = scores_json("--all", "--limit", "100")
    assert sorted(row["player"] for row in board) == [f"p{n}" for n in range(8)]
    assert all(row["answered"] == 7 for row in board)


def spawn_play(demo: Path, *args: str) -> pexpect.spawn:
    """An interactive round of the demo bank by 'quitter' in a pseudo-terminal."""
    return spawn_quizcli("play", "demo", "--bank", str(demo), "--player", "quitter", *args)


def test_ctrl_c_stores_an_abandoned_game_off_the_leaderboard(demo: Path) -> None:
    child = spawn_play(demo, "--seed", "5")
    child.expect("Question 1 of 7")
    child.expect(PROMPT_OPEN)
    child.sendcontrol("c")
    child.expect("Round over")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert scores_json() == []
    (game,) = json.loads(quizcli("history", "--player", "quitter", "--json").stdout)
    assert (game["status"], game["answered"], game["asked"]) == ("abandoned", 0, 7)


def test_ctrl_c_after_an_answer_keeps_it_as_abandoned(demo: Path) -> None:
    child = spawn_play(demo, "--kind", "truefalse", "--kind", "choice")
    child.expect("Question 1 of 2")
    child.expect("Your answer:")
    child.send("\r")
    child.expect("Question 2 of 2")
    child.expect("Your answer")
    child.sendcontrol("c")
    child.expect("Saved as an unfinished round")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert scores_json() == []
    (game,) = json.loads(quizcli("history", "--player", "quitter", "--json").stdout)
    assert (game["status"], game["answered"], game["asked"]) == ("abandoned", 1, 2)
