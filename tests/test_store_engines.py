"""The store's behaviour on every engine: each test runs on SQLite and on a real PostgreSQL
server (skipped outside CI when none is configured; see conftest.py)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
from store_games import T0, result

from quizcli.model import GameResult
from quizcli.store import SCHEMA_VERSION, GameFilter, StoreError, new_game
from quizcli.store.postgres import PostgresStore
from quizcli.store.queries import SQLGames
from quizcli.store.sqlite import SQLiteStore

Opener = Callable[[], SQLGames]


@pytest.fixture(params=["sqlite", "postgres"])
def opener(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Opener]:
    """Opens the store under test for writing (a new connection each call)."""
    opened: list[SQLGames] = []
    if request.param == "sqlite":
        path = tmp_path / "quizcli.db"

        def open_store() -> SQLGames:
            opened.append(SQLiteStore.for_writing(path))
            return opened[-1]
    else:
        url = request.getfixturevalue("postgres_url")

        def open_store() -> SQLGames:
            opened.append(PostgresStore.for_writing(url))
            return opened[-1]

    yield open_store
    for store in opened:
        with suppress(Exception):  # closed already, or by another thread
            store.close()  # type: ignore[attr-defined]


def store_with(opener: Opener, *results: GameResult) -> SQLGames:
    store = opener()
    for r in results:
        store.record(r, "test")  # type: ignore[attr-defined]
    return store


def test_leaderboard_ranks_by_score_then_accuracy_then_time(opener: Opener) -> None:
    store = store_with(
        opener,
        result("slow", [1, 1, 0], duration=50),  # 200, 67%
        result("fast", [1, 1, 0], duration=20),  # 200, 67%, faster
        result("precise", [1, 0.5, 0.5], duration=90),  # 200, 67%... same accuracy
        result("best", [1, 1, 1], duration=99),  # 300
        result("accurate", [1, 1], duration=99),  # 200, 100%
    )
    board = store.leaderboard(GameFilter())
    assert [row.player for row in board] == ["best", "accurate", "fast", "slow", "precise"]


def test_best_game_per_player_unless_all(opener: Opener) -> None:
    store = store_with(
        opener,
        result("ana", [1, 0]),
        result("ana", [1, 1]),
        result("bob", [0, 0]),
        result("ana", [1, 1], set_id="other"),
    )
    best = store.leaderboard(GameFilter(set_id="demo"))
    assert [(r.player, r.score) for r in best] == [("ana", 200), ("bob", 0)]
    every = store.leaderboard(GameFilter(set_id="demo"), every_game=True)
    assert [(r.player, r.score) for r in every] == [("ana", 200), ("ana", 100), ("bob", 0)]
    assert len(store.leaderboard(GameFilter())) == 3  # ana twice: one per set
    assert [r.player for r in store.leaderboard(GameFilter(player="bob"))] == ["bob"]
    assert len(store.leaderboard(GameFilter(), every_game=True, limit=2)) == 2


def test_abandoned_games_are_kept_but_not_ranked(opener: Opener) -> None:
    store = store_with(opener, result("quitter", [1, 1], asked=5), result("ana", [0, 1]))
    assert [r.player for r in store.leaderboard(GameFilter())] == ["ana"]
    history = store.history(GameFilter(), limit=None)
    assert {r.player: r.status for r in history} == {"quitter": "abandoned", "ana": "finished"}


def test_since_filters_by_finish_time(opener: Opener) -> None:
    # Sent as sync sends them (a round saved as it ends finishes on the server's clock).
    store = opener()
    for r in (result("old", [1]), result("new", [1], started=T0 + 86400 * 30)):
        store.add(new_game(r, "test"))  # type: ignore[attr-defined]
    where = GameFilter(since="2026-10-01T00:00:00.000Z")
    assert [r.player for r in store.leaderboard(where)] == ["new"]


def test_ranking_of_a_new_game(opener: Opener) -> None:
    store = store_with(opener, result("ana", [1, 0]), result("bob", [1, 1, 0]))
    first = store.record(result("cy", [1, 1, 1]), "test")
    ranking = store.ranking(first)
    assert (ranking.position, ranking.games, ranking.previous_best) == (1, 3, 200)
    again = store.record(result("ana", [1, 1]), "test")
    ranking = store.ranking(again)
    assert (ranking.position, ranking.games) == (2, 4)
    assert ranking.personal_previous_best == 100
    assert ranking.personal_best == 200


def test_stats(opener: Opener) -> None:
    store = store_with(
        opener,
        result("ana", [1, 0], tags=("x",)),
        result("ana", [1, 1, 0.5], tags=("y",), asked=4),
        result("bob", [0, 0]),
    )
    stats = store.stats(GameFilter(player="ana"))
    assert (stats.games, stats.finished, stats.answers) == (2, 1, 5)
    assert stats.accuracy == pytest.approx(0.7)
    assert stats.points_per_question == pytest.approx(70)
    assert [(a.name, a.answers) for a in stats.by_tag] == [("x", 2), ("y", 3)]
    assert stats.by_tag[0].accuracy == pytest.approx(0.5)
    assert [(a.name, a.answers) for a in stats.by_kind] == [("truefalse", 5)]
    # Most misses first; among equals, the higher miss rate first.
    assert [(m.question_id, m.missed, m.asked) for m in stats.missed] == [
        ("q2", 1, 1),
        ("q1", 1, 2),
    ]
    assert store.stats(GameFilter(player="nobody")).games == 0


def test_player_names_are_data(opener: Opener) -> None:
    names = ["Robert'); DROP TABLE games;--", 'Zoë "Z" Ørsted', "李小龍", "🏃 runner"]
    store = store_with(opener, *(result(name, [1]) for name in names))
    assert sorted(r.player for r in store.leaderboard(GameFilter())) == sorted(names)
    assert [r.player for r in store.history(GameFilter(player=names[0]), limit=None)] == [names[0]]


def test_delete_by_player_and_set_removes_answers_too(opener: Opener) -> None:
    store = store_with(
        opener, result("ana", [1]), result("ana", [1], set_id="other"), result("bob", [1])
    )
    assert store.delete(GameFilter(player="ana", set_id="demo")) == 1
    assert sorted((r.player, r.set_id) for r in store.history(GameFilter(), limit=None)) == [
        ("ana", "other"),
        ("bob", "demo"),
    ]
    (orphans,) = store._rows(
        "SELECT COUNT(*) AS n FROM answers WHERE game_id NOT IN (SELECT id FROM games)"
    )
    assert orphans["n"] == 0


def test_a_round_saved_twice_is_stored_once(opener: Opener) -> None:
    store = opener()
    played = result("ana", [1, 0])
    first = store.record(played, "test")  # type: ignore[attr-defined]
    assert store.record(played, "test") == first  # type: ignore[attr-defined]
    assert store.add(new_game(played, "test")) is None  # type: ignore[attr-defined]
    assert store.count(GameFilter()) == 1
    assert len(store._rows("SELECT * FROM answers")) == 2


def test_two_clients_adding_the_same_game_at_once_store_it_once(opener: Opener) -> None:
    game = new_game(result("ana", [1, 1]), "test")
    opener().close()  # type: ignore[attr-defined]  (the schema, made once)
    ids: list[int | None] = []
    start = threading.Barrier(8)

    def add() -> None:
        store = opener()
        start.wait()
        ids.append(store.add(game))  # type: ignore[attr-defined]
        store.close()  # type: ignore[attr-defined]

    threads = [threading.Thread(target=add) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(ids) == 8
    assert len([n for n in ids if n is not None]) == 1
    assert opener().count(GameFilter()) == 1


def test_postgres_migrations_from_twenty_clients_at_once_make_the_schema_once(
    postgres_url: str,
) -> None:
    errors: list[BaseException] = []
    start = threading.Barrier(20)

    def client() -> None:
        start.wait()
        try:
            PostgresStore.for_writing(postgres_url).close()
        except BaseException as error:  # noqa: BLE001 (reported below)
            errors.append(error)

    threads = [threading.Thread(target=client) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with psycopg.connect(postgres_url) as db:
        assert db.execute("SELECT version FROM quizcli_schema").fetchall() == [(SCHEMA_VERSION,)]


def test_postgres_newer_schema_is_refused_with_nothing_written(postgres_url: str) -> None:
    PostgresStore.for_writing(postgres_url).close()
    with psycopg.connect(postgres_url) as db:
        db.execute("UPDATE quizcli_schema SET version = version + 5")
    for opener in (PostgresStore.for_writing, PostgresStore.for_reading):
        with pytest.raises(StoreError, match="written by a newer quizcli") as caught:
            opener(postgres_url)
        assert "\n" not in str(caught.value)
    with psycopg.connect(postgres_url) as db:
        assert db.execute("SELECT COUNT(*) FROM games").fetchone() == (0,)


def test_postgres_reading_an_empty_database_creates_nothing(postgres_url: str) -> None:
    assert PostgresStore.for_reading(postgres_url) is None
    with psycopg.connect(postgres_url) as db:
        tables = db.execute(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)


def test_postgres_another_programs_tables_are_refused(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as db:
        db.execute("CREATE TABLE games (id INTEGER)")
    with pytest.raises(StoreError, match="is not a quizcli database"):
        PostgresStore.for_writing(postgres_url)


def test_postgres_password_is_masked_in_every_message(postgres_url: str) -> None:
    password = postgres_url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[1]
    wrong = postgres_url.replace(f":{password}@", ":not-the-password@")
    unreachable = "postgresql://someone:hunter2@127.0.0.1:1/nothing"
    for url, secret in ((wrong, "not-the-password"), (unreachable, "hunter2")):
        with pytest.raises(StoreError) as caught:
            PostgresStore.for_writing(url)
        message = str(caught.value)
        assert secret not in message
        assert ":***@127.0.0.1" in message
        assert "\n" not in message


def test_summaries_agree_with_the_games_through_saves_ties_and_resets(opener: Opener) -> None:
    """The ranking and the best-per-player board read summaries kept with each save; they
    must say what a walk over every game says (``since`` takes that slow path)."""
    import random

    chance = random.Random(12)
    store = opener()
    everything = GameFilter(since="0")
    for n in range(60):
        fractions = [chance.choice([0, 0.5, 1]) for _ in range(chance.randint(1, 3))]
        played = result(
            chance.choice(["ana", "bob", "cy", "dee"]),
            fractions,
            set_id=chance.choice(["demo", "other"]),
            duration=chance.choice([10.0, 20.0]),
            started=T0 + chance.choice([0, 60]),
            asked=len(fractions) + (1 if n % 7 == 0 else 0),  # some abandoned
        )
        game_id = store.record(played, "test")  # type: ignore[attr-defined]
        ranking = store.ranking(game_id)
        board = store.leaderboard(
            everything._replace(set_id=played.set_id), every_game=True, limit=None
        )
        ids = [row.id for row in board]
        assert ranking.games == len(board)
        assert ranking.position == (ids.index(game_id) + 1 if game_id in ids else 0)
        others = [row.score for row in board if row.id != game_id]
        assert ranking.previous_best == max(others, default=None)
        mine = [row.score for row in board if row.id != game_id and row.player == played.player]
        assert ranking.personal_previous_best == max(mine, default=None)
    for where in (GameFilter(), GameFilter(set_id="demo"), GameFilter(player="bob")):
        fast = store.leaderboard(where, limit=None)
        assert fast == store.leaderboard(where._replace(since="0"), limit=None)
    assert store.delete(GameFilter(player="ana", set_id="demo")) > 0
    assert store.leaderboard(GameFilter(), limit=None) == store.leaderboard(everything, limit=None)
    game_id = store.record(result("ana", [1, 1, 1], set_id="demo"), "test")  # type: ignore[attr-defined]
    assert store.ranking(game_id).personal_previous_best is None  # ana's demo games are gone


def test_progress_is_counted_and_deleted_by_player_and_set_on_both_engines(
    opener: Opener,
) -> None:
    """``reset``'s store side: cards, review log and daily attempts, by player and set."""
    from quizcli.review import reviews_of
    from quizcli.store.cards import daily_game

    store = opener()
    # The server's clock decides a daily's day: a fixed date would be practice tomorrow.
    today = datetime.now(UTC).date().isoformat()
    for player, set_id in (("ana", "demo"), ("ana", "other"), ("bob", "demo")):
        played = result(player, [1.0, 0.0], set_id=set_id)
        store.save_daily(daily_game(played, today), reviews_of(played, "daily"))
    both = {"cards": 2, "review_log": 2, "daily_games": 1}
    assert store.progress("ana", "demo") == both
    assert store.progress("ana", None) == {k: 2 * v for k, v in both.items()}
    assert store.progress(None, None) == {k: 3 * v for k, v in both.items()}
    assert store.delete_progress("ana", "demo") == both
    assert store.progress("ana", "demo") == dict.fromkeys(both, 0)
    assert store.progress("ana", "other") == both  # another set of the same player stays
    assert store.delete_progress(None, "demo") == both  # bob's
    assert store.delete_progress(None, None) == both  # what was left: ana's other set
    assert store.progress(None, None) == dict.fromkeys(both, 0)
