"""Synthetic game stores for the benchmarks: any number of games, on either engine, fast.

``generate(target, games)`` fills a new SQLite file (a path) or an empty PostgreSQL
database (a ``postgresql://`` URL) with ``games`` games of ten answers each, in bulk SQL
(a recursive CTE on SQLite, ``generate_series`` on PostgreSQL), never one game at a time:
a million games take about a minute. The schema is made by quizcli itself, and the
summaries are filled by its own rebuild statements, exactly as ``reset`` leaves them.

Every player has GAMES_PER_PLAYER games whatever the size (1,000 games: 10 players;
1,000,000 games: 10,000 players), spread over SETS sets ``bench0``..``bench4``, so that a
player's own history and statistics are the same size in a small and a big store: what
grows is everybody else's games. ``player7`` is the player the benchmark asks about.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizcli.store.migrations import FILL_SUMMARIES  # noqa: E402

SETS = 5
GAMES_PER_PLAYER = 100
ANSWERS_PER_GAME = 10
BASE_EPOCH = 1_700_000_000

# The columns of a game numbered i (an integer expression per column); {players} and the
# engine's own {uid} and {time} expressions are filled in below.
GAME_COLUMNS = (
    "uid, set_id, set_title, player, started_at, finished_at, status, score, max_score, "
    "asked, answered, right_count, partial_count, wrong_count, skipped_count, "
    "timed_out_count, best_streak, duration, options, version, accuracy, unshared"
)
GAME_VALUES = """
    {uid}, 'bench' || ((i / {players}) % {sets}), 'Bench set', 'player' || (i % {players}),
    {start}, {finish},
    CASE WHEN i % 20 = 0 THEN 'abandoned' ELSE 'finished' END,
    (i * 7919) % 1001, 1000, 10, 10, i % 11, 0, 10 - i % 11, 0, 0, i % 11,
    30 + ((i * 13) % 600) / 10.0, '{{}}', 'bench', ((i * 31) % 101) / 100.0, 0
"""
ANSWER_COLUMNS = (
    "game_id, position, question_id, kind, response, verdict, fraction, points, elapsed, "
    "hint_taken, tags, prompt"
)
ANSWER_VALUES = """
    games.id, pos, 'q' || ((games.id * 10 + pos) % 500), 'choice', '"x"',
    CASE WHEN (games.id + pos) % 3 = 0 THEN 'wrong' ELSE 'right' END,
    CASE WHEN (games.id + pos) % 3 = 0 THEN 0.0 ELSE 1.0 END,
    CASE WHEN (games.id + pos) % 3 = 0 THEN 0 ELSE 100 END,
    3.5, 0, '["history", "sport"]', 'Question ' || ((games.id * 10 + pos) % 500) || '?'
"""


def players_for(games: int) -> int:
    """How many players share ``games`` games (GAMES_PER_PLAYER each)."""
    return max(1, games // GAMES_PER_PLAYER)


def generate(target: str, games: int) -> None:
    """Fill a new store at ``target`` (a SQLite path or a PostgreSQL URL) with ``games``."""
    if target.startswith(("postgresql://", "postgres://")):
        _postgres(target, games)
    else:
        _sqlite(Path(target), games)


def _sqlite(path: Path, games: int) -> None:
    from quizcli.store.sqlite import SQLiteStore

    store = SQLiteStore.for_writing(path)
    store.close()
    import sqlite3

    db = sqlite3.connect(path, isolation_level=None)
    values = GAME_VALUES.format(
        uid="printf('%032x', i)",
        players=players_for(games),
        sets=SETS,
        start=f"strftime('%Y-%m-%dT%H:%M:%S.000Z', {BASE_EPOCH} + i * 37, 'unixepoch')",
        finish=f"strftime('%Y-%m-%dT%H:%M:%S.000Z', {BASE_EPOCH} + i * 37 + 30, 'unixepoch')",
    )
    db.execute("PRAGMA cache_size = -200000")
    db.execute("BEGIN")
    db.execute(
        f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {games}) "
        f"INSERT INTO games ({GAME_COLUMNS}) SELECT {values} FROM n"
    )
    db.execute(
        f"WITH RECURSIVE p(pos) AS (SELECT 1 UNION ALL SELECT pos + 1 FROM p "
        f"WHERE pos < {ANSWERS_PER_GAME}) "
        f"INSERT INTO answers ({ANSWER_COLUMNS}) SELECT {ANSWER_VALUES} "
        f"FROM games CROSS JOIN p ORDER BY games.id, pos"
    )
    for statement in FILL_SUMMARIES:
        db.execute(statement)
    db.execute("COMMIT")
    db.close()


def _postgres(url: str, games: int) -> None:
    import psycopg

    from quizcli.store.postgres import PostgresStore

    PostgresStore.for_writing(url).close()
    time_of = "to_char(to_timestamp({base} + i * 37{extra}) AT TIME ZONE 'UTC', " + (
        '\'YYYY-MM-DD"T"HH24:MI:SS".000Z"\')'
    )
    values = GAME_VALUES.format(
        uid="lpad(to_hex(i), 32, '0')",
        players=players_for(games),
        sets=SETS,
        start=time_of.format(base=BASE_EPOCH, extra=""),
        finish=time_of.format(base=BASE_EPOCH, extra=" + 30"),
    )
    with psycopg.connect(url, autocommit=True) as db, db.transaction():
        db.execute(
            f"INSERT INTO games ({GAME_COLUMNS}) "  # type: ignore[arg-type]
            f"SELECT {values} FROM generate_series(1::bigint, {games}) AS n(i)"
        )
        db.execute(
            f"INSERT INTO answers ({ANSWER_COLUMNS}) SELECT {ANSWER_VALUES} "  # type: ignore[arg-type]
            f"FROM games CROSS JOIN generate_series(1, {ANSWERS_PER_GAME}) AS p(pos)"
        )
        for statement in FILL_SUMMARIES:
            db.execute(statement)  # type: ignore[arg-type]
    with psycopg.connect(url, autocommit=True) as db:
        db.execute("VACUUM ANALYZE")  # what autovacuum would soon do on a real server


def main() -> None:
    """``python bench/genstore.py TARGET GAMES``: make one store."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("target", help="a new SQLite file, or an empty database's URL")
    parser.add_argument("games", type=int)
    args = parser.parse_args()
    generate(args.target, args.games)


if __name__ == "__main__":
    main()
