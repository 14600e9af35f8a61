"""A PostgreSQL server that stops answering, deadlocks, resets and leaky passwords.

Real processes against the session's real test server: a silent TCP proxy on 127.0.0.1
that stops forwarding during the INSERT or the COMMIT of a save, a backend stopped with
SIGSTOP, 32 saves of one player at once, a reset racing 40 saves, and passwords holding
characters a URL reserves. Nothing a player answered may be lost, nothing may hang
without limit, and no password may show.
"""

from __future__ import annotations

import _thread
import json
import os
import random
import signal
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from helpers import quizcli
from store_games import T0, local_games

from quizcli.commands.saving import save_round
from quizcli.model import (
    AnswerRecord,
    Difficulty,
    GameResult,
    Mark,
    Outcome,
    Points,
    Response,
    RoundEnd,
    TrueFalseQuestion,
    Verdict,
)
from quizcli.store import GameFilter, ServerUnavailable, new_game
from quizcli.store.postgres import PostgresStore

try:
    from quizcli.store import pgsession
except ImportError:  # the store before issue 19 (these tests must fail there, not vanish)
    pgsession = None  # type: ignore[assignment]

ANSWERS = "1\n1\n"
SECRET_CHARS = "Zq9#se?cret"


@pytest.fixture(autouse=True)
def forget_down_servers() -> Iterator[None]:
    """Each test starts and ends with no server known unreachable in this process."""
    if pgsession is not None:
        pgsession.DOWN.clear()
    yield
    if pgsession is not None:
        pgsession.DOWN.clear()


def shuffled_round(player: str, seed: int, questions: int = 20) -> GameResult:
    """A round over the same questions as every other, every other one in reverse order
    (so saves at once meet on the same cards in different orders); one in three is
    abandoned (no summary rows: straight to the cards)."""
    rng = random.Random(seed)
    order = list(range(questions))
    order.sort(reverse=seed % 2 == 1)  # every other round takes the cards the other way
    records = []
    for n in order:
        fraction = rng.choice([0.0, 1.0])
        records.append(
            AnswerRecord(
                question=TrueFalseQuestion(
                    id=f"q{n:02d}", prompt=f"Question {n}?", answer=True,
                    difficulty=Difficulty.EASY, tags=("t",),
                ),
                response=Response(outcome=Outcome.ANSWERED, value=True, elapsed=1.0),
                verdict=Verdict(mark=Mark.RIGHT if fraction else Mark.WRONG, fraction=fraction),
                points=Points(base=100, fraction=fraction, total=round(100 * fraction)),
                streak=0,
            )
        )  # fmt: skip
    return GameResult(
        set_id="demo", set_title="Demo", player=player, started=T0 + seed,
        finished=T0 + seed + 30, end=RoundEnd.COMPLETED, asked=questions + seed % 3 // 2,
        max_score=100 * questions, answers=tuple(records), options={"seed": seed},
    )  # fmt: skip


def at_once(count: int, work: object) -> list[object]:
    """Run ``work(n)`` in ``count`` threads released together; each one's result or error."""
    barrier = threading.Barrier(count)
    outcomes: list[object] = [None] * count

    def run(n: int) -> None:
        barrier.wait()
        try:
            outcomes[n] = work(n)  # type: ignore[operator]
        except BaseException as error:  # noqa: BLE001 - reported by the test
            outcomes[n] = error

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return outcomes


def server_count(url: str, table: str = "games") -> int:
    with psycopg.connect(url) as db:
        row = db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    return int(row[0]) if row else 0


# --- a server that stops answering -----------------------------------------------------


class SilentProxy:
    """A TCP proxy on 127.0.0.1 to the server that, once the client sends ``trigger``,
    forwards nothing more either way and closes nothing: a server that accepted the bytes
    and never answers."""

    def __init__(self, server_url: str, trigger: bytes) -> None:
        parts = urlsplit(server_url)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 5432)
        self.trigger = trigger
        self.silent = threading.Event()
        self.closing = threading.Event()
        self.sockets: list[socket.socket] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.2)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, server_url: str) -> str:
        parts = urlsplit(server_url)
        auth = parts.netloc.rsplit("@", 1)[0]
        return urlunsplit(parts._replace(netloc=f"{auth}@127.0.0.1:{self.port}"))

    def _accept(self) -> None:
        while not self.closing.is_set():
            try:
                client, _ = self.listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self.sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, watch: bool) -> None:
        source.settimeout(0.2)
        tail = b""  # the end of what came before: the trigger may straddle two reads
        while not self.closing.is_set():
            try:
                data = source.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return  # the peer closed: a silent network passes nothing on, not even that
            if watch and self.trigger in tail + data:
                self.silent.set()
            tail = (tail + data)[-len(self.trigger) :]
            if self.silent.is_set():
                continue
            try:
                target.sendall(data)
            except OSError:
                return

    def close(self) -> None:
        self.closing.set()
        for sock in [self.listener, *self.sockets]:
            sock.close()


def wait_for_no_open_transaction(url: str) -> None:
    """Until the server holds no session of ours idle inside a transaction (ended by its
    idle_in_transaction_session_timeout), or fail after a minute."""
    name = urlsplit(url).path.lstrip("/")
    for _ in range(600):
        with psycopg.connect(url, autocommit=True) as db:
            row = db.execute(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = %s "
                "AND state LIKE 'idle in transaction%%'",
                (name,),
            ).fetchone()
        if row and row[0] == 0:
            return
        time.sleep(0.1)
    pytest.fail("a session stayed idle inside a transaction")


@pytest.mark.parametrize("trigger", [b"INSERT INTO games", b"COMMIT"])
def test_a_server_that_stops_answering_mid_save_costs_a_bounded_wait_and_nothing_else(
    postgres_url: str, isolated_home: Path, trigger: bytes
) -> None:
    PostgresStore.for_writing(postgres_url).close()  # the schema made: its COMMIT is not ours
    proxy = SilentProxy(postgres_url, trigger)
    try:
        played = quizcli(
            "play", "paris2024", "--count", "2", "--seed", "3", "--plain", "--player", "ana",
            input=ANSWERS, timeout=90,
            env={"QUIZCLI_DATABASE_URL": proxy.url(postgres_url), "QUIZCLI_SERVER_TIMEOUT": "3"},
        )  # fmt: skip
        assert proxy.silent.is_set()
    finally:
        proxy.close()
    assert played.returncode == 0, played.stderr
    assert "Not shared yet" in played.stderr
    assert "the server did not answer within" in played.stderr
    assert "Traceback" not in played.stderr
    assert local_games(isolated_home) == [("ana", 1)]
    # The server ended the session the silent network left inside a transaction: its row
    # locks are gone, and the round, sent by sync, is stored once.
    wait_for_no_open_transaction(postgres_url)
    synced = quizcli("sync", env={"QUIZCLI_DATABASE_URL": postgres_url})
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("Sent 1 game")
    assert server_count(postgres_url) == 1


def test_a_stopped_backend_is_given_up_on_and_not_waited_for_twice(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZCLI_SERVER_TIMEOUT", "3")
    store = PostgresStore.for_writing(postgres_url)
    (row,) = store._rows("SELECT pg_backend_pid() AS pid")
    pid = int(row["pid"])
    os.kill(pid, signal.SIGSTOP)
    try:
        with pytest.raises(ServerUnavailable, match="did not answer within"):
            store.add(new_game(shuffled_round("ana", 1), "test"))
        # Known unreachable now: a second save in this process does not wait again.
        with pytest.raises(ServerUnavailable, match="not tried again"):
            PostgresStore.for_writing(postgres_url)
    finally:
        os.kill(pid, signal.SIGCONT)
        store.close()


def test_ctrl_c_during_a_server_wait_is_honoured(postgres_url: str) -> None:
    store = PostgresStore.for_writing(postgres_url)
    (row,) = store._rows("SELECT pg_backend_pid() AS pid")
    pid = int(row["pid"])
    os.kill(pid, signal.SIGSTOP)
    interrupt = threading.Timer(0.5, _thread.interrupt_main)
    try:
        interrupt.start()
        with pytest.raises(KeyboardInterrupt):
            store.add(new_game(shuffled_round("ana", 1), "test"))
    finally:
        interrupt.cancel()
        os.kill(pid, signal.SIGCONT)
        store.close()


def test_hot_seat_players_against_a_dead_server_wait_once(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never answers
        port = silent.getsockname()[1]
        monkeypatch.setenv("QUIZCLI_DATABASE_URL", f"postgresql://ana:pw@127.0.0.1:{port}/x")
        if pgsession is not None:
            monkeypatch.setattr(pgsession, "CONNECT_TIMEOUT", 2)
        saved = [save_round(shuffled_round(name, n), None) for n, name in enumerate("abcd")]
    problems = [s.problem or "" for s in saved]
    assert all(s.kept_locally for s in saved)
    assert "not tried again" not in problems[0]
    assert all("not tried again" in problem for problem in problems[1:])
    assert [player for player, _ in local_games(isolated_home)] == list("abcd")


# --- saves at once, and resets ---------------------------------------------------------


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_32_saves_of_one_player_at_once_are_all_stored(
    engine: str,
    request: pytest.FixtureRequest,
    isolated_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = request.getfixturevalue("postgres_url") if engine == "postgres" else None
    if url is not None:
        monkeypatch.setenv("QUIZCLI_DATABASE_URL", url)
        PostgresStore.for_writing(url).close()
    rounds = [shuffled_round("ana", n) for n in range(32)]
    saved = at_once(32, lambda n: save_round(rounds[n], None))
    problems = [s for s in saved if getattr(s, "ranking", None) is None]
    assert problems == []
    if url is not None:
        assert server_count(url) == 32
        assert local_games(isolated_home) == []
        assert server_count(url, "review_log") == 32 * 20
    else:
        assert len(local_games(isolated_home)) == 32


def test_a_reset_racing_40_saves_never_fails_a_save(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QUIZCLI_DATABASE_URL", postgres_url)
    PostgresStore.for_writing(postgres_url).close()
    rounds = [shuffled_round(f"p{n % 5}", n) for n in range(40)]
    saved: list[int] = []

    def work(n: int) -> object:
        if n < 40:
            try:
                return save_round(rounds[n], None)
            finally:
                saved.append(n)
        resets = 0
        while len(saved) < 40:  # reset again and again until every save is done
            store = PostgresStore.for_writing(postgres_url)
            try:
                store.delete(GameFilter())
                resets += 1
            finally:
                store.close()
        return resets

    outcomes = at_once(43, work)
    assert [o for o in outcomes if isinstance(o, BaseException)] == []
    for saved in outcomes[:40]:
        assert saved.ranking is not None, saved.problem  # type: ignore[attr-defined]


def test_the_ranking_of_a_game_reset_away_says_so(postgres_url: str) -> None:
    store = PostgresStore.for_writing(postgres_url)
    try:
        game_id = store.record(shuffled_round("ana", 1), "test")
        store.delete(GameFilter())
        assert store.ranking(game_id).status == "reset"
    finally:
        store.close()


# --- passwords -------------------------------------------------------------------------


@pytest.fixture
def role_with_a_hard_password(postgres_url: str) -> Iterator[tuple[str, str]]:
    """A role whose password holds '#' and '?', with the URL spelling it raw."""
    name = f"hashy_{os.urandom(3).hex()}"
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{SECRET_CHARS}'")
        db.execute(f"GRANT ALL ON DATABASE {urlsplit(postgres_url).path[1:]} TO {name}")
        db.execute(f"ALTER DATABASE {urlsplit(postgres_url).path[1:]} OWNER TO {name}")
    parts = urlsplit(postgres_url)
    host = parts.netloc.rsplit("@", 1)[1]
    yield f"postgresql://{name}:{SECRET_CHARS}@{host}{parts.path}", SECRET_CHARS
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute(f"ALTER DATABASE {urlsplit(postgres_url).path[1:]} OWNER TO CURRENT_USER")
        db.execute(f"DROP OWNED BY {name}")
        db.execute(f"DROP ROLE {name}")


def no_secret_anywhere(home: Path, secret: str, *outputs: str) -> None:
    for output in outputs:
        assert secret not in output
    for path in home.rglob("*"):
        if path.is_file() and path.name != "config.toml":
            assert secret.encode() not in path.read_bytes(), path


def test_a_password_with_reserved_characters_never_shows(
    role_with_a_hard_password: tuple[str, str], isolated_home: Path
) -> None:
    url, secret = role_with_a_hard_password
    env = {"QUIZCLI_DATABASE_URL": url, "QUIZCLI_DEBUG": "1"}
    played = quizcli(
        "play", "paris2024", "--count", "2", "--seed", "3", "--plain", "--player", "ana",
        input=ANSWERS, env={"QUIZCLI_DATABASE_URL": "postgresql://x@127.0.0.1:1/x"},
    )  # fmt: skip
    assert played.returncode == 0, played.stderr
    synced = quizcli("sync", "--from-sqlite", str(isolated_home / "quizcli.db"), env=env)
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("Sent 1 game, 2 card ratings to postgresql://hashy_")
    assert ":***@127.0.0.1" in synced.stdout
    wrong = url.replace(secret, secret + "x")
    failures = [
        quizcli("scores", env={**env, "QUIZCLI_DATABASE_URL": wrong}),
        quizcli("scores", "--json", env={**env, "QUIZCLI_DATABASE_URL": wrong}),
        quizcli("sync", env={**env, "QUIZCLI_DATABASE_URL": wrong}),
    ]
    for failed in failures:
        assert failed.returncode == 1
        assert ":***@127.0.0.1" in failed.stderr
    outputs = [played.stdout, played.stderr, synced.stdout, synced.stderr]
    outputs += [text for failed in failures for text in (failed.stdout, failed.stderr)]
    no_secret_anywhere(isolated_home, secret, *outputs)
    no_secret_anywhere(isolated_home, secret + "x", *outputs)


@pytest.mark.parametrize(
    "url, part",
    [
        ("postgres+psycopg://user:s3cr#t@127.0.0.1:1/db", "SQLAlchemy"),
        ("user:s3cr#t@127.0.0.1:1/db", "no scheme"),
        ("postgresql://user:s3cr/t@127.0.0.1:1/db", "host, port or database name"),
        ("postgresql://user:s3cr@t@127.0.0.1:1/db", "host, port or database name"),
        ("postgresql://user:s3#c?r@t@127.0.0.1:1/db", "user name or password"),
        ("postgresql://user:s3cr@t@127.0.0.1:1/db?x=#", "cannot be parsed"),
    ],
)
def test_a_url_that_does_not_parse_as_it_looks_is_never_echoed(
    url: str, part: str, isolated_home: Path
) -> None:
    runs = [("scores", ""), ("scores", "1"), ("scores --json", ""), ("sync", "1")]
    for args, debug in runs:
        env = {"QUIZCLI_DATABASE_URL": url, "QUIZCLI_DEBUG": debug}
        result = quizcli(*args.split(), env=env)
        assert result.returncode == 1
        assert part in result.stderr
        if not debug:  # (with QUIZCLI_DEBUG=1, a traceback above the line)
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        for piece in ("s3cr", "r@t", "#t", "c?r"):
            assert piece not in result.stdout + result.stderr


# --- the small ones found with these ---------------------------------------------------

AWAY = "postgresql://player:pw@127.0.0.1:1/quizcli"  # nothing listens on port 1


def test_scores_daily_filters_by_player_and_refuses_since() -> None:
    for name in ("ana", "bob"):
        assert quizcli("daily", "paris2024", "--player", name, input="\n" * 5).returncode == 0
    mine = quizcli("scores", "paris2024", "--daily", "--player", "ana", "--json")
    assert mine.returncode == 0, mine.stderr
    assert [row["player"] for row in json.loads(mine.stdout)] == ["ana"]
    since = quizcli("scores", "--daily", "--since", "2026-01-01")
    assert since.returncode == 1
    assert "--date" in since.stderr and "Traceback" not in since.stderr


def test_review_against_an_unreachable_server_offers_no_option_it_lacks() -> None:
    result = quizcli("review", "paris2024", input="", env={"QUIZCLI_DATABASE_URL": AWAY})
    assert result.returncode == 1
    assert "cannot reach the database server" in result.stderr
    assert "--local" not in result.stderr


def test_a_problem_ending_in_a_full_stop_gets_no_second_one(postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as db:
        db.execute("CREATE TABLE games (id INTEGER)")  # another program's database
    played = quizcli(
        "play", "paris2024", "--count", "2", "--seed", "3", "--plain",
        input=ANSWERS, env={"QUIZCLI_DATABASE_URL": postgres_url},
    )  # fmt: skip
    assert played.returncode == 0, played.stderr
    assert "Nothing was written. The round is kept" in played.stderr
    assert ".." not in played.stderr


def test_the_servers_clock_decides_the_daily_day(postgres_url: str) -> None:
    from quizcli.review import reviews_of
    from quizcli.store.cards import daily_game

    played = shuffled_round("ana", 2)
    store = PostgresStore.for_writing(postgres_url)
    try:
        # A client whose clock runs two days behind plays that day's daily: practice only.
        assert not store.save_daily(daily_game(played, "2020-01-01"), reviews_of(played, "daily"))
        assert store.daily_ranking(None, "2020-01-01", 10) == []
        assert len(store.review_log("ana")) == 20  # its ratings are kept all the same
        (row,) = store._rows("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day")
        today = shuffled_round("ana", 4)
        assert store.save_daily(daily_game(today, row["day"]), reviews_of(today, "daily"))
    finally:
        store.close()


# --- daily attempts and card ratings kept unshared, and sync ---------------------------


def local_rows(home: Path, sql: str) -> list[tuple[object, ...]]:
    db = sqlite3.connect(home / "quizcli.db")
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_daily_and_ratings_kept_while_the_server_is_away_are_synced_once(
    postgres_url: str, isolated_home: Path
) -> None:
    away = {"QUIZCLI_DATABASE_URL": AWAY}
    # Every question skipped: the day's draw changes with the date, and "1" does not answer
    # an order question (on 2026-12-06 the round then ended after one answer).
    daily = quizcli("daily", "paris2024", "--player", "ana", input="\n" * 5, env=away)
    assert daily.returncode == 0, daily.stderr
    assert "Not shared yet" in daily.stderr and "counts as your attempt of the day" in daily.stderr
    played = quizcli(
        "play", "paris2024", "--count", "2", "--seed", "3", "--plain", "--player", "ana",
        input=ANSWERS, env=away,
    )  # fmt: skip
    assert played.returncode == 0, played.stderr
    assert local_rows(isolated_home, "SELECT player, unshared FROM daily_games") == [("ana", 1)]
    assert local_rows(isolated_home, "SELECT mode, unshared FROM review_log ORDER BY id") == [
        *[("daily", 1)] * 5,
        *[("play", 1)] * 2,
    ]
    # The server is back: the attempt kept on this machine is the day's, another is practice.
    server = {"QUIZCLI_DATABASE_URL": postgres_url}
    again = quizcli("daily", "paris2024", "--player", "ana", input="\n" * 5, env=server)
    assert again.returncode == 0, again.stderr
    assert "Practice round" in again.stdout
    synced = quizcli("sync", env=server)
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("Sent 1 game, 1 daily attempt, 7 card ratings to ")
    assert quizcli("sync", env=server).stdout.startswith("Sent 0 games to ")
    assert server_count(postgres_url, "daily_games") == 1
    assert server_count(postgres_url, "review_log") == 5 + 2 + 5  # and the practice round's
    with psycopg.connect(postgres_url) as db:
        row = db.execute("SELECT SUM(reviews) FROM cards WHERE player = 'ana'").fetchone()
    assert row is not None and row[0] == 12  # every rating applied to the server's cards once
    assert local_rows(isolated_home, "SELECT COUNT(*) FROM review_log WHERE unshared = 1") == [(0,)]


def test_review_answers_are_kept_unshared_when_the_server_fails(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizcli.commands.review import _save_review
    from quizcli.journal.round import RoundJournal

    monkeypatch.setenv("QUIZCLI_DATABASE_URL", AWAY)
    saved = _save_review(shuffled_round("ana", 1, questions=3), RoundJournal({}))
    assert saved.kept_locally and not saved.lost  # stored locally: nothing waits in the journal
    problem = saved.problem
    assert len(saved.reviewed) == 3 and problem is not None and "cannot reach" in problem
    assert local_rows(isolated_home, "SELECT mode, unshared FROM review_log") == [("review", 1)] * 3


def test_a_shared_game_finishes_on_the_servers_clock(postgres_url: str) -> None:
    behind = shuffled_round("ana", 1)  # a client whose clock says 2026-09-21
    store = PostgresStore.for_writing(postgres_url)
    try:
        game_id = store.record(behind, "test")
        (row,) = store._rows(
            "SELECT finished_at, client_finished_at, "
            "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS today FROM games WHERE id = ?",
            (game_id,),
        )
    finally:
        store.close()
    assert row["finished_at"].startswith(row["today"])
    assert row["client_finished_at"] == new_game(behind, "test").finished_at


def test_a_reset_on_the_server_also_forgets_what_waits_for_sync(
    postgres_url: str, isolated_home: Path
) -> None:
    """What this machine keeps unshared (a game, its ratings, a daily attempt) is part of
    the player's data: a reset deletes it too, so the next sync does not bring it back;
    another player's is left alone, and sent as it was kept (a live guest's game stays
    one)."""
    from quizcli.review import reviews_of
    from quizcli.store.cards import daily_game
    from quizcli.store.sqlite import SQLiteStore

    local = SQLiteStore.for_writing(isolated_home / "quizcli.db")
    try:
        for n, name in enumerate(("ana", "bea")):
            played = shuffled_round(name, n, questions=3)
            game = new_game(played, "test")._replace(remote=int(name == "bea"))  # a live guest
            local.add(game, unshared=True, reviews=reviews_of(played, "play"))
            daily = shuffled_round(name, n + 2, questions=3)
            assert local.save_daily(
                daily_game(daily, "2026-12-01"), reviews_of(daily, "daily"), unshared=True
            )
    finally:
        local.close()
    server = {"QUIZCLI_DATABASE_URL": postgres_url}
    reset = quizcli("reset", "--player", "ana", "--yes", env=server)
    assert reset.returncode == 0, reset.stderr
    assert "1 stored game" in reset.stdout and "1 daily attempt" in reset.stdout
    synced = quizcli("sync", env=server)
    assert synced.returncode == 0, synced.stderr
    assert synced.stdout.startswith("Sent 1 game, 1 daily attempt, 6 card ratings to ")
    with psycopg.connect(postgres_url) as db:
        players = db.execute(
            "SELECT DISTINCT player FROM games UNION SELECT player FROM daily_games "
            "UNION SELECT player FROM review_log"
        ).fetchall()
        remote = db.execute("SELECT remote FROM games").fetchall()
    assert players == [("bea",)]
    assert remote == [(1,)]  # sync carries a live guest's game as one, out of the host's profile


def test_a_round_replayed_later_keeps_its_own_time_and_day(
    postgres_url: str, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The journal's replay (a round cut short, stored by a later command) is not a round
    ending now: its finish time and its daily's day are the ones it was played with,
    while a round saved as it ends takes the server's clock."""
    from quizcli.journal.entry import from_result
    from quizcli.journal.replay import store_daily, store_entry, store_game

    monkeypatch.setenv("QUIZCLI_DATABASE_URL", postgres_url)
    old_day = "2020-01-01"  # played then; the journal replays it today
    played = {name: shuffled_round(name, n, questions=3) for n, name in enumerate("abcd")}
    store_entry(from_result("play", played["a"], "test"))
    store_entry(from_result("daily", played["b"], "test", old_day))
    store_game(from_result("play", played["c"], "test"), ending=True)
    ending = store_daily(from_result("daily", played["d"], "test", old_day), ending=True)
    assert not ending.scored  # saved as it ends: the server's day decides (practice)
    with psycopg.connect(postgres_url) as db:
        games = dict(
            db.execute("SELECT player, client_finished_at FROM games ORDER BY player").fetchall()
        )
        finished = dict(db.execute("SELECT player, finished_at FROM games").fetchall())
        dailies = db.execute("SELECT player, day FROM daily_games").fetchall()
    assert games == {  # the daily rounds (b, d) are games too, on the player's clock
        "a": None, "b": None, "c": new_game(played["c"], "test").finished_at, "d": None
    }  # fmt: skip
    assert finished["a"] == new_game(played["a"], "test").finished_at
    assert not finished["c"].startswith(finished["a"][:10])  # the server's clock, not 2026-09
    assert dailies == [("b", old_day)]  # ranked on the day it was played
    assert local_games(isolated_home) == []  # all on the server


# --- scores --since along the rank-order index -----------------------------------------


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_best_since_along_the_rank_order_index_agrees_with_the_window(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store_games import result

    import quizcli.store.queries as queries
    from quizcli.store.sqlite import SQLiteStore

    store: PostgresStore | SQLiteStore = (
        PostgresStore.for_writing(request.getfixturevalue("postgres_url"))
        if engine == "postgres"
        else SQLiteStore.for_writing(tmp_path / "quizcli.db")
    )
    rng = random.Random(5)
    try:
        for n in range(120):
            fractions = [rng.choice([0.0, 0.5, 1.0]) for _ in range(3)]
            played = result(
                f"p{rng.randrange(12)}", fractions, set_id=f"s{rng.randrange(3)}",
                started=T0 + rng.randrange(100) * 3600, duration=rng.choice([5.0, 9.0]),
                asked=3 + (n % 9 == 0),
            )  # fmt: skip
            store.add(new_game(played, "test"))
        for since in ("2026-09-21T00:00:00.000Z", "2026-09-23T10:00:00.000Z"):
            for set_id in (None, "s1"):
                for limit in (1, 3, 10, 50):
                    where = GameFilter(set_id=set_id, since=since)
                    monkeypatch.setattr(queries, "FEW_RECENT", 10**9)
                    window = store.leaderboard(where, every_game=False, limit=limit)
                    monkeypatch.setattr(queries, "FEW_RECENT", 1)
                    scanned = store.leaderboard(where, every_game=False, limit=limit)
                    assert scanned == window
                    assert len({(r.player, r.set_id) for r in scanned}) == len(scanned)
    finally:
        store.close()


# --- failures named as what they are ---------------------------------------------------


def test_a_deadlock_is_retried_once_then_named(postgres_url: str) -> None:
    store = PostgresStore.for_writing(postgres_url)
    tries: list[int] = []

    def deadlocking() -> None:  # the server's own error, as when it breaks a deadlock
        tries.append(1)
        store._run(
            "DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$"
        )

    try:
        with pytest.raises(ServerUnavailable) as caught:
            store._write("saving the game", deadlocking)
    finally:
        store.close()
    assert len(tries) == 2
    assert "a deadlock with another save" in str(caught.value)
    assert "went away" not in str(caught.value)


def test_a_statement_timeout_is_named(postgres_url: str) -> None:
    from quizcli.store import StoreError

    store = PostgresStore.for_writing(postgres_url)
    try:
        with pytest.raises(StoreError) as caught:
            store._write(
                "saving the game",
                lambda: (
                    store._run("SET LOCAL statement_timeout = 200"),
                    store._run("SELECT pg_sleep(2)"),
                ),
            )
    finally:
        store.close()
    assert "statement timeout" in str(caught.value)
    assert "went away" not in str(caught.value)
