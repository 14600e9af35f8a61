"""A shared PostgreSQL server that goes away: play keeps every round, sync sends each once.

These tests run the real CLI against real servers: the session's test server, and for the
server taken away in the middle of a save, a cluster of their own (``.ci/postgres.sh``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from conftest import database_url
from helpers import quizcli
from store_games import local_games

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / ".ci" / "postgres.sh"
AWAY = "postgresql://player:hunter2@127.0.0.1:1/quizcli"  # nothing listens on port 1
ANSWERS = "1\n1\n"


def play(url: str, player: str = "ana") -> subprocess.CompletedProcess[str]:
    return quizcli(
        "play", "paris2024", "--count", "2", "--seed", "3", "--plain", "--player", player,
        input=ANSWERS, env={"QUIZCLI_DATABASE_URL": url},
    )  # fmt: skip


def server_games(url: str) -> list[tuple[str, int]]:
    """(player, copies) of every game id on the server."""
    with psycopg.connect(url) as db:
        rows = db.execute(
            "SELECT player, COUNT(*) FROM games GROUP BY uid, player ORDER BY player"
        ).fetchall()
    return [(player, int(copies)) for player, copies in rows]


def test_a_round_played_while_the_server_is_away_is_kept_and_synced_once(
    postgres_url: str, isolated_home: Path
) -> None:
    away = play(AWAY)
    assert away.returncode == 0, away.stderr
    notes = [line for line in away.stderr.splitlines() if "Not shared yet" in line]
    assert len(notes) == 1
    assert "kept on this machine" in notes[0] and "quizcli sync" in notes[0]
    assert "hunter2" not in away.stderr + away.stdout
    assert "player:***@127.0.0.1:1" in notes[0]
    assert local_games(isolated_home) == [("ana", 1)]

    env = {"QUIZCLI_DATABASE_URL": postgres_url}
    first = quizcli("sync", env=env)
    assert first.returncode == 0, first.stderr
    assert "Sent 1 game, 2 card ratings to" in first.stdout  # the round's ratings go too
    assert postgres_url.split("@")[0].split(":")[-1] not in first.stdout  # the password
    second = quizcli("sync", env=env)
    assert "Sent 0 games" in second.stdout
    assert server_games(postgres_url) == [("ana", 1)]
    assert local_games(isolated_home) == [("ana", 0)]

    # A whole local history, sent again, adds nothing: every game has its id.
    again = quizcli("sync", "--from-sqlite", str(isolated_home / "quizcli.db"), env=env)
    assert again.returncode == 0, again.stderr
    assert "Sent 0 games" in again.stdout and "(1 already there)" in again.stdout
    assert server_games(postgres_url) == [("ana", 1)]


@pytest.mark.parametrize("command", [["scores"], ["history"], ["stats"], ["scores", "--all"]])
def test_reading_an_unreachable_server_is_one_line_with_the_way_out(
    command: list[str], isolated_home: Path
) -> None:
    assert play("").returncode == 0  # one game in the local file, no server configured
    away = quizcli(*command, "--player", "ana", env={"QUIZCLI_DATABASE_URL": AWAY})
    assert away.returncode == 1
    assert away.stdout == ""
    assert len(away.stderr.strip().splitlines()) == 1
    assert "cannot reach the database server" in away.stderr
    assert "--local" in away.stderr
    assert "hunter2" not in away.stderr
    local = quizcli(*command, "--player", "ana", "--local", env={"QUIZCLI_DATABASE_URL": AWAY})
    assert local.returncode == 0, local.stderr
    assert "ana" in local.stdout


def test_a_url_in_the_config_file_is_used_and_the_environment_wins(
    postgres_url: str, isolated_home: Path
) -> None:
    (isolated_home / "config.toml").write_text(f'database_url = "{postgres_url}"\n')
    assert play("").returncode == 0  # "" leaves the environment unset: the file's URL
    assert server_games(postgres_url) == [("ana", 1)]
    away = play(AWAY)  # the environment wins over the file
    assert "Not shared yet" in away.stderr
    assert local_games(isolated_home) == [("ana", 1)]


@pytest.fixture
def own_server(postgres_server: str) -> Iterator[tuple[str, Path]]:
    """A PostgreSQL cluster of this test's own, which it may stop and start again."""
    parent = Path(tempfile.mkdtemp(prefix="quizcli-pg-"))
    parent.chmod(0o755)  # the server runs as nobody under root
    folder = parent / "cluster"
    started = subprocess.run(
        ["bash", str(SCRIPT), "start", str(folder)], capture_output=True, text=True, timeout=120
    )
    assert started.returncode == 0, started.stderr
    url = started.stdout.strip()
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute("CREATE DATABASE quizcli")
    yield database_url(url, "quizcli"), folder
    subprocess.run(["bash", str(SCRIPT), "stop", str(folder)], capture_output=True, timeout=120)
    os.rmdir(parent)


def server(action: str, folder: Path) -> None:
    done = subprocess.run(
        ["bash", str(SCRIPT), action, str(folder)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


def test_the_server_stopped_after_a_save_and_in_the_middle_of_one_loses_nothing(
    own_server: tuple[str, Path], isolated_home: Path
) -> None:
    url, folder = own_server
    assert "Not shared yet" not in play(url, "saved").stderr  # on the server
    server("halt", folder)
    after = play(url, "after")  # the server went away after the last save
    assert after.returncode == 0 and "Not shared yet" in after.stderr
    server("resume", folder)

    # In the middle of a save: the table is locked, so the save waits inside its
    # transaction; the server is stopped while it waits.
    admin = psycopg.connect(url)
    admin.execute("LOCK TABLE games IN SHARE MODE")
    player = subprocess.Popen(
        [sys.executable, "-m", "quizcli", "play", "paris2024", "--count", "2", "--seed", "3",
         "--plain", "--player", "during"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QUIZCLI_DATABASE_URL": url},
    )  # fmt: skip
    assert player.stdin is not None
    player.stdin.write(ANSWERS)
    player.stdin.close()
    deadline = time.monotonic() + 60
    with psycopg.connect(url, autocommit=True) as watch:
        while True:
            waiting = watch.execute(
                "SELECT COUNT(*) FROM pg_stat_activity "
                "WHERE application_name = 'quizcli' AND wait_event_type = 'Lock'"
            ).fetchone()
            if waiting == (1,):
                break
            assert time.monotonic() < deadline, "the save never started"
            time.sleep(0.05)
    server("halt", folder)
    assert player.stdout is not None and player.stderr is not None
    player.stdout.read()
    err = player.stderr.read()
    assert player.wait(timeout=60) == 0, err
    assert "Not shared yet" in err and "went away" in err
    with pytest.raises(psycopg.OperationalError):
        admin.execute("SELECT 1")
    admin.close()
    server("resume", folder)

    assert local_games(isolated_home) == [("after", 1), ("during", 1)]
    assert quizcli("sync", env={"QUIZCLI_DATABASE_URL": url}).stdout.startswith("Sent 2 games")
    assert quizcli("sync", env={"QUIZCLI_DATABASE_URL": url}).stdout.startswith("Sent 0 games")
    assert server_games(url) == [("after", 1), ("during", 1), ("saved", 1)]
    assert local_games(isolated_home) == [("after", 0), ("during", 0)]


def test_a_url_that_is_not_postgresql_is_one_line_without_its_password() -> None:
    result = quizcli("scores", env={"QUIZCLI_DATABASE_URL": "mysql://me:hunter2@db/quiz"})
    assert result.returncode == 1
    assert result.stderr == (
        "Error: $QUIZCLI_DATABASE_URL: the URL's scheme 'mysql://' is not postgresql:// or "
        "postgres:// (postgresql://user:password@host:port/dbname)\n"
    )


def test_reset_on_an_unreachable_server_is_one_line_and_offers_no_local() -> None:
    result = quizcli("reset", "--yes", env={"QUIZCLI_DATABASE_URL": AWAY})
    assert result.returncode == 1
    assert result.stderr.startswith("Error: cannot reach the database server")
    assert len(result.stderr.splitlines()) == 1
    assert "--local" not in result.stderr and "hunter2" not in result.stderr
