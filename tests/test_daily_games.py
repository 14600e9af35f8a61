"""Daily rounds are games too (issue 19): in ``history``, ``stats`` and every
``scores --export`` format, marked daily, and on no games ranking; carried over from older
databases; sent once by ``sync``. Through the real CLI, on a real SQLite file and a real
PostgreSQL server."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from helpers import HEADER, quizcli, write
from typer.testing import CliRunner

from quizcli.cli import app
from quizcli.store import queries
from quizcli.store.migrations import MIGRATIONS, Engine

AWAY = "postgresql://player:hunter2@127.0.0.1:1/quizcli"  # nothing listens on port 1
# Five true-or-false questions, all true: "true" five times is a perfect round.
BANK = HEADER + "".join(
    f"""
[[questions]]
id = "fact-{n}"
kind = "truefalse"
prompt = "Statement number {n} about the race."
difficulty = "easy"
answer = true
"""
    for n in range(1, 6)
)
RIGHT, WRONG = "true\n" * 5, "false\n" * 5


@pytest.fixture(params=["sqlite", "postgres"])
def engine(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """The environment that points the CLI at each engine."""
    if request.param == "sqlite":
        yield {}
    else:
        yield {"QUIZCLI_DATABASE_URL": request.getfixturevalue("postgres_url")}


def run(env: dict[str, str], *args: str, input: str | None = None) -> str:
    """Run the installed CLI (a round: a subprocess; a read of the store: in this process,
    quicker); its stdout, after checking it succeeded."""
    if input is None:
        read = CliRunner().invoke(app, list(args), env=env)
        assert read.exit_code == 0, (read.output, read.exception)
        return read.stdout
    done = quizcli(*args, input=input, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_daily_rounds_are_in_history_stats_and_exports_and_on_no_games_ranking(
    engine: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = write(tmp_path, BANK)
    daily = ("daily", "demo", "--bank", str(bank), "--plain", "--player")
    scored = run(engine, *daily, "bob", input=RIGHT)
    assert "you rank 1 of 1 player" in scored
    assert "Practice round" in run(engine, *daily, "bob", input=WRONG)
    # bob's first ordinary round: his perfect daily is neither ahead of it nor his best.
    play = ("play", "demo", "--bank", str(bank), "--count", "5", "--plain", "--player")
    first = run(engine, *play, "bob", input=WRONG)
    assert "1st of 1 finished games on demo · your first finished game of this set" in first
    assert "New high score on demo!" in run(engine, *play, "ana", input=RIGHT)
    today = time.strftime("%Y-%m-%d", time.gmtime())
    for ranking in (  # each way a leaderboard is read
        ("scores", "demo"),
        ("scores", "demo", "--all"),
        ("scores", "--since", today),
        ("scores", "demo", "--player", "bob", "--since", today),
    ):
        rows = json.loads(run(engine, *ranking, "--json"))
        scores = sorted((row["player"], row["score"]) for row in rows)
        assert [(p, s) for p, s in scores if p == "bob"] == [("bob", 0)], ranking
        assert all(row["daily"] is None for row in rows)
        if "--since" in ranking and "--player" not in ranking:  # also along the rank order
            with monkeypatch.context() as patch:  # (the way taken with many recent games)
                patch.setattr(queries, "FEW_RECENT", 1)
                assert json.loads(run(engine, *ranking, "--json")) == rows
    daily_ranking = json.loads(run(engine, "scores", "demo", "--daily", "--json"))
    (best,) = [(row["player"], row["score"]) for row in daily_ranking]
    perfect = best[1]
    assert best == ("bob", perfect) and perfect > 0

    history = json.loads(run(engine, "history", "--player", "bob", "--json"))
    assert [(game["daily"], game["score"], game["answered"]) for game in history] == [
        (None, 0, 5),
        ("practice", 0, 5),
        ("scored", perfect, 5),
    ]
    table = run(engine, "history", "--player", "bob")
    assert table.count("(daily)") == 1 and table.count("(daily practice)") == 1
    stats = json.loads(run(engine, "stats", "--player", "bob", "--json"))
    assert (stats["games"], stats["daily"], stats["answers"]) == (3, 2, 15)
    assert round(stats["accuracy"], 4) == round(5 / 15, 4)
    assert "3 games (3 finished, 2 daily)" in run(engine, "stats", "--player", "bob")

    exported = {}
    for name in ("games.csv", "games.json"):
        run(engine, "scores", "--export", str(tmp_path / name))
        exported[name] = (tmp_path / name).read_text(encoding="utf-8")
    from_json = sorted(
        (g["player"], g["score"], g["daily"] or "") for g in json.loads(exported["games.json"])
    )
    from_csv = sorted(
        (g["player"], int(g["score"]), g["daily"])
        for g in csv.DictReader(io.StringIO(exported["games.csv"]))
    )
    expected = [
        ("ana", perfect, ""), ("bob", 0, ""), ("bob", 0, "practice"), ("bob", perfect, "scored"),
    ]  # fmt: skip
    assert from_json == from_csv == expected


# A daily attempt as quizcli kept it before daily rounds were games: no answer rows.
OLD_ATTEMPT = (
    "INSERT INTO daily_games (set_id, day, player, uid, score, max_score, asked, right_count, "
    "accuracy, duration, marks, finished_at, unshared) VALUES ('paris2024', '2026-11-27', "
    "'ana', 'old-daily-uid', 410, 1150, 5, 2, 0.5, 61.5, 'rpxrx', '2026-11-27T09:01:01.500Z', ?)"
)


def schema_8(run_sql: Callable[[str], object], engine: Engine) -> None:
    """Apply the schema as it was before step 9 (daily rounds as games) through ``run_sql``."""
    for step in MIGRATIONS[:8]:
        for statement in step.statements(engine):
            run_sql(statement)


def carried_over(env: dict[str, str]) -> None:
    """The old attempt is in history and stats, marked daily, without answers; on no
    games leaderboard; its counts from its marks."""
    (game,) = json.loads(run(env, "history", "--player", "ana", "--json"))
    assert game["daily"] == "scored"
    assert (game["score"], game["asked"], game["answered"]) == (410, 5, 5)
    assert (game["right"], game["partly_right"], game["wrong"]) == (2, 1, 2)
    assert (game["started_at"], game["finished_at"]) == (
        "2026-11-27T09:00:00.000Z",
        "2026-11-27T09:01:01.500Z",
    )
    stats = json.loads(run(env, "stats", "--player", "ana", "--json"))
    assert (stats["games"], stats["daily"], stats["answers"]) == (1, 1, 0)
    assert json.loads(run(env, "scores", "--json")) == []
    daily = json.loads(run(env, "scores", "--daily", "--date", "2026-11-27", "--json"))
    assert [row["score"] for row in daily] == [410]


def test_an_older_sqlite_file_carries_its_daily_attempts_over_and_sync_sends_them_once(
    isolated_home: Path, postgres_url: str
) -> None:
    db = sqlite3.connect(isolated_home / "quizcli.db", isolation_level=None)
    schema_8(db.execute, "sqlite")
    db.execute("PRAGMA user_version = 8")
    db.execute(OLD_ATTEMPT, (1,))  # kept unshared while the server was away
    db.close()
    carried_over({})
    server = {"QUIZCLI_DATABASE_URL": postgres_url}
    first = run(server, "sync")
    assert first.startswith("Sent 0 games") and "1 daily attempt" in first, first
    assert "Sent 0 games" in run(server, "sync") and "daily" not in run(server, "sync")
    carried_over(server)
    with psycopg.connect(postgres_url) as pg:
        assert pg.execute("SELECT uid, daily, unshared FROM games").fetchall() == [
            ("old-daily-uid", 1, 0)
        ]


def test_an_older_postgres_database_carries_its_daily_attempts_over(postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as pg:
        schema_8(pg.execute, "postgres")
        pg.execute("CREATE TABLE quizcli_schema (version INTEGER)")
        pg.execute("INSERT INTO quizcli_schema VALUES (8)")
        pg.execute(OLD_ATTEMPT.replace("?", "%s"), (0,))
    carried_over({"QUIZCLI_DATABASE_URL": postgres_url})


@pytest.fixture
def fresh_postgres_url(postgres_server: str) -> Iterator[str]:
    """Another empty database on the test server (a second shared store), dropped after."""
    name = f"quizcli_test_{os.urandom(6).hex()}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield urlunsplit(urlsplit(postgres_server)._replace(path=f"/{name}"))
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def sent(env: dict[str, str], *args: str) -> str:
    """What ``quizcli sync`` (the installed CLI, a subprocess) says it sent."""
    done = quizcli("sync", *args, env=env)
    assert done.returncode == 0, done.stderr
    line = " ".join(done.stdout.split())  # as one line, however the console wrapped it
    return line.replace(env["QUIZCLI_DATABASE_URL"].split("@")[1], "SERVER")


def test_daily_rounds_kept_while_the_server_is_away_are_synced_once_and_told_apart(
    isolated_home: Path, postgres_url: str, fresh_postgres_url: str, tmp_path: Path
) -> None:
    """``sync`` stores each daily round with every answer, once, and says what each became
    on the server: the day's scored attempt, a practice round (also one kept here as the
    day's attempt while another machine stored carol's first), an ordinary game."""
    bank = write(tmp_path, BANK)
    daily = ("daily", "demo", "--bank", str(bank), "--plain", "--player")
    server = {"QUIZCLI_DATABASE_URL": postgres_url}
    elsewhere = {**server, "QUIZCLI_HOME": str(tmp_path / "laptop")}
    assert "you rank 1 of 1 player" in run(elsewhere, *daily, "carol", input=WRONG)
    away = {"QUIZCLI_DATABASE_URL": AWAY}
    first = quizcli(*daily, "bob", input=RIGHT, env=away)
    assert first.returncode == 0 and "counts as your attempt of the day" in first.stderr
    second = quizcli(*daily, "bob", input=WRONG, env=away)
    assert second.returncode == 0 and "Practice round" in second.stdout
    carol = quizcli(*daily, "carol", input=RIGHT, env=away)
    assert carol.returncode == 0 and "counts as your attempt of the day" in carol.stderr
    play = quizcli("play", "demo", "--bank", str(bank), "--count", "5", "--plain",
                   "--player", "bob", input=RIGHT, env=away)  # fmt: skip
    assert play.returncode == 0 and "Not shared yet" in play.stderr

    ratings = 4 * 5  # every answer of the four rounds kept here rates its card
    assert sent(server) == (
        f"Sent 1 game, 1 daily attempt, 2 daily practice rounds, {ratings} card ratings to "
        "postgresql://quizcli_admin:***@SERVER."
    )
    assert sent(server) == "Sent 0 games to postgresql://quizcli_admin:***@SERVER."
    with psycopg.connect(postgres_url) as pg:
        games = pg.execute(
            "SELECT player, daily, (SELECT COUNT(*) FROM answers WHERE game_id = games.id) "
            "FROM games ORDER BY player, daily"
        ).fetchall()
        assert games == [("bob", 0, 5), ("bob", 1, 5), ("bob", 2, 5), ("carol", 1, 5),
                         ("carol", 2, 5)]  # fmt: skip
        attempts = pg.execute("SELECT player, score FROM daily_games ORDER BY player").fetchall()
        assert [(player, score > 0) for player, score in attempts] == [
            ("bob", True), ("carol", False)
        ]  # fmt: skip
        assert pg.execute("SELECT COUNT(*) FROM set_scores").fetchone() == (1,)
    history = json.loads(run(server, "history", "--player", "bob", "--json"))
    assert sorted(game["daily"] or "" for game in history) == ["", "practice", "scored"]

    # The whole file, sent to a second server: each daily round with its attempt.
    whole = ("--from-sqlite", str(isolated_home / "quizcli.db"))
    fresh = {"QUIZCLI_DATABASE_URL": fresh_postgres_url}
    assert sent(fresh, *whole) == (
        "Sent 1 game, 2 daily attempts, 1 daily practice round to "
        "postgresql://quizcli_admin:***@SERVER."
    )
    with psycopg.connect(fresh_postgres_url) as pg:
        assert pg.execute("SELECT COUNT(*) FROM daily_games").fetchone() == (2,)
    assert sent(server, *whole) == (
        "Sent 0 games (4 already there) to postgresql://quizcli_admin:***@SERVER."
    )


def test_sync_says_which_daily_attempt_the_server_did_not_take(
    isolated_home: Path, postgres_url: str
) -> None:
    """An attempt kept here without its round (its game deleted), on a day the server
    has another attempt by the same player, cannot be stored even as practice: ``sync``
    says so instead of passing over it."""
    local = sqlite3.connect(isolated_home / "quizcli.db", isolation_level=None)
    for step in MIGRATIONS:
        for statement in step.statements("sqlite"):
            local.execute(statement)
    local.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    local.execute(OLD_ATTEMPT, (1,))
    local.close()
    with psycopg.connect(postgres_url, autocommit=True) as pg:
        for step in MIGRATIONS:
            for statement in step.statements("postgres"):
                pg.execute(statement)
        pg.execute("CREATE TABLE quizcli_schema (version INTEGER)")
        pg.execute("INSERT INTO quizcli_schema VALUES (%s)", (len(MIGRATIONS),))
        pg.execute(OLD_ATTEMPT.replace("?", "%s").replace("old-daily-uid", "laptop"), (0,))
    server = {"QUIZCLI_DATABASE_URL": postgres_url}
    assert " ".join(run(server, "sync").split()).endswith(
        "Not sent: 1 daily attempt kept without its answers, on a day the server has another "
        "attempt by the same player."
    )
    assert "Not sent" not in run(server, "sync")  # told once: it is marked done
