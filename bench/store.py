"""The store at a million games: each reading command's time there against 1,000 games.

Run from the project's root, in the development environment:

    python bench/store.py --postgres URL     # both engines (URL: a server quizcli may
                                             # create databases on, e.g. .ci/postgres.sh's)
    python bench/store.py                    # SQLite only
    python bench/store.py --quick            # tiny stores, one run: checks the suite works

Stores are made by ``bench/genstore.py`` (into ``--stores DIR``, reused when already
there: a million games take minutes to make) and databases ``quizcli_bench_<games>`` on the
server. For each engine and command, the small and the big store are run alternately
``--runs`` times each, as a player runs them (a new process each time); the report gives
the medians and their ratio against the target of 1.5. It also times the store's own calls
in one process (the part that grows with the store, without Python's start-up), for
information. The end-of-round ranking is timed as ``play --plain --count 10 --seed 1`` of
set ``bench0`` with a valid answer to every question, which stores the finished round and
ranks it (a run whose round does not end ranked stops the benchmark).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from genbank import write_bank  # noqa: E402
from genstore import generate  # noqa: E402

PY = sys.executable
TARGET = 1.5
PLAYER = "player7"
SINCE = "2020-01-01"  # before every game of either store: the best of each since then
COMMANDS = {
    "scores": ["scores"],
    "scores --all --limit 10": ["scores", "--all", "--limit", "10"],
    "scores --since": ["scores", "--since", SINCE],
    "history --player": ["history", "--player", PLAYER],
    "stats --player": ["stats", "--player", PLAYER],
    "end-of-round ranking (play)": ["play", "bench0", "--count", "10", "--seed", "1", "--plain"],
}
RANKED = ("finished games on", "New high score")  # what a ranked, finished round ends with


def valid_line(presented: Any) -> str:
    """A line the plain asker takes as an answer to ``presented`` (right or wrong)."""
    from quizcli.model import (
        ChoiceQuestion,
        MultiQuestion,
        NumberQuestion,
        OrderQuestion,
        TextQuestion,
        TimeQuestion,
    )

    question = presented.question
    if isinstance(question, ChoiceQuestion | MultiQuestion):
        return "1"
    if isinstance(question, OrderQuestion):
        return " ".join(str(n) for n in range(1, len(presented.options) + 1))
    if isinstance(question, NumberQuestion):
        return "7"
    if isinstance(question, TimeQuestion):
        return "1:00.00"
    if isinstance(question, TextQuestion):
        return "river"
    return "t"


def play_answers(bank: Path) -> str:
    """One valid answer per question of the benchmark's round (seed 1), so that the round
    finishes and its ranking is read (an answer refused would leave it unfinished)."""
    from quizcli.bank.load import load_bank
    from quizcli.game import Round, RoundOptions

    game = Round.start(load_bank(bank), RoundOptions(count=10, seed=1))
    return "".join(
        valid_line(game.present(q, n, 10)) + "\n" for n, q in enumerate(game.questions, 1)
    )


def sqlite_store(folder: Path, games: int) -> dict[str, str]:
    """The environment of a command on a SQLite store of ``games`` (made if missing)."""
    home = folder / f"sqlite-{games}"
    if not (home / "quizcli.db").exists():
        home.mkdir(parents=True, exist_ok=True)
        generate(str(home / "quizcli.db"), games)
    return {"QUIZCLI_HOME": str(home)}


def postgres_store(server: str, folder: Path, games: int) -> dict[str, str]:
    """The environment of a command on a PostgreSQL database of ``games`` (made if missing)."""
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    name = f"quizcli_bench_{games}"
    url = urlunsplit(urlsplit(server)._replace(path=f"/{name}"))
    with psycopg.connect(server, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            admin.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
            generate(url, games)
    home = folder / f"postgres-{games}"
    home.mkdir(parents=True, exist_ok=True)
    return {"QUIZCLI_HOME": str(home), "QUIZCLI_DATABASE_URL": url}


def round_score(bank: Path) -> int:
    """The score of the benchmark's round (seed 1, the same answers every time)."""
    import sqlite3

    with tempfile.TemporaryDirectory() as home:
        run(COMMANDS["end-of-round ranking (play)"], {"QUIZCLI_HOME": home}, bank)
        db = sqlite3.connect(Path(home) / "quizcli.db")
        try:
            (score,) = db.execute("SELECT score FROM games").fetchone()
        finally:
            db.close()
    return int(score)


def tie(env: dict[str, str], tied: int, score: int) -> dict[str, str]:
    """A copy of the store of ``env`` where ``tied`` finished games of ``bench0`` have the
    benchmark round's ``score`` (the summaries rebuilt): the ranking after the round then
    counts, among them, those ahead of it."""
    import shutil

    from quizcli.store.migrations import FILL_SUMMARIES

    home = Path(env["QUIZCLI_HOME"] + f"-tied-{tied}")
    update = (
        f"UPDATE games SET score = {score} WHERE id IN (SELECT id FROM games "
        f"WHERE set_id = 'bench0' AND status = 'finished' ORDER BY id LIMIT {tied})"
    )
    if "QUIZCLI_DATABASE_URL" not in env:
        if not (home / "quizcli.db").exists():
            home.mkdir(parents=True, exist_ok=True)
            shutil.copy(Path(env["QUIZCLI_HOME"]) / "quizcli.db", home / "quizcli.db")
            import sqlite3

            db = sqlite3.connect(home / "quizcli.db", isolation_level=None)
            db.execute("BEGIN")
            for statement in (update, *FILL_SUMMARIES):
                db.execute(statement)
            db.execute("COMMIT")
            db.close()
        return {"QUIZCLI_HOME": str(home)}
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    url = env["QUIZCLI_DATABASE_URL"]
    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/')}_tied_{tied}"
    tied_url = urlunsplit(parts._replace(path=f"/{name}"))
    with psycopg.connect(url, autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if not exists:
        with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as a:
            a.execute(f"CREATE DATABASE {name} TEMPLATE {parts.path.lstrip('/')}")  # type: ignore[arg-type]
        with psycopg.connect(tied_url, autocommit=True) as db:
            with db.transaction():
                for statement in (update, *FILL_SUMMARIES):
                    db.execute(statement)  # type: ignore[arg-type]
            db.execute("VACUUM ANALYZE")
    home.mkdir(parents=True, exist_ok=True)
    return {"QUIZCLI_HOME": str(home), "QUIZCLI_DATABASE_URL": tied_url}


def run(command: list[str], env: dict[str, str], bank: Path) -> float:
    """Seconds one command takes, start to exit."""
    full = [PY, "-m", "quizcli", *command]
    if command[0] == "play":
        full += ["--bank", str(bank), "--player", PLAYER]
    begin = time.perf_counter()
    done = subprocess.run(
        full,
        input=play_answers(bank) if command[0] == "play" else None,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=600,
    )
    seconds = time.perf_counter() - begin
    if done.returncode != 0 or "Not shared yet" in done.stderr:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    if command[0] == "play" and (
        "Not understood" in done.stdout or not any(text in done.stdout for text in RANKED)
    ):
        raise SystemExit(f"the benchmark's round did not finish ranked: {done.stdout[-300:]}")
    return seconds


def store_calls(env: dict[str, str]) -> dict[str, Callable[[], object]]:
    """The store calls behind each command, on an open store (for the in-process times)."""
    saved = dict(os.environ)
    os.environ.update(env)
    try:
        from quizcli.store import GameFilter, engine

        store = engine.for_writing()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    (row,) = store._rows(  # type: ignore[attr-defined]
        "SELECT MAX(id) AS id FROM games WHERE set_id = 'bench0' AND status = 'finished'"
    )
    return {
        "scores": lambda: store.leaderboard(GameFilter(), every_game=False, limit=10),
        "scores --all --limit 10": lambda: store.leaderboard(
            GameFilter(), every_game=True, limit=10
        ),
        "scores --since": lambda: store.leaderboard(
            GameFilter(since=f"{SINCE}T00:00:00.000Z"), every_game=False, limit=10
        ),
        "history --player": lambda: store.history(GameFilter(player=PLAYER), limit=20),
        "stats --player": lambda: store.stats(GameFilter(player=PLAYER)),
        "end-of-round ranking (play)": lambda: store.ranking(int(row["id"])),
    }


def median_of(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        call()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--postgres", metavar="URL", help="also PostgreSQL, on this server")
    parser.add_argument("--games", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--stores", type=Path, help="where the SQLite stores are kept")
    parser.add_argument("--quick", action="store_true", help="tiny stores, one run each")
    parser.add_argument("--skip-sqlite", action="store_true", help="only the PostgreSQL rows")
    parser.add_argument("--only", metavar="COMMAND", action="append", help="only these rows")
    parser.add_argument(
        "--tied",
        type=int,
        metavar="N",
        help="only the ranking after a round whose score N games of its set share in the "
        "big store (the same share in the small one)",
    )
    parser.add_argument("--json", type=Path, default=HERE / "results" / "store.json")
    args = parser.parse_args()
    if args.quick:
        args.games, args.small, args.runs = 2_000, 1_000, 1
    folder = args.stores or Path(tempfile.mkdtemp(prefix="quizcli-bench-store-"))
    folder.mkdir(parents=True, exist_ok=True)
    bank = write_bank(folder / "bench0.toml", 10, set_id="bench0")

    engines: dict[str, Callable[[int], dict[str, str]]] = {}
    if not args.skip_sqlite:
        engines["sqlite"] = lambda games: sqlite_store(folder, games)
    if args.postgres:
        engines["postgres"] = lambda games: postgres_store(args.postgres, folder, games)

    rows: list[dict[str, Any]] = []
    print(f"store benchmark: {args.small:,} against {args.games:,} games, {args.runs} run(s)")
    header = f"{'engine':9} {'command':29} {'small ms':>9} {'big ms':>9} {'ratio':>6}"
    print(header + f" {'target':>7}  ok   {'calls small ms':>14} {'big ms':>8}")
    if args.tied:
        args.only = ["end-of-round ranking (play)"]
        score = round_score(bank)
    for name, make in engines.items():
        small, big = make(args.small), make(args.games)
        if args.tied:
            small = tie(small, max(1, args.tied * args.small // args.games), score)
            big = tie(big, args.tied, score)
        calls = {size: store_calls(env) for size, env in (("small", small), ("big", big))}
        for label, command in COMMANDS.items():
            if args.only and label not in args.only:
                continue
            times: dict[str, list[float]] = {"small": [], "big": []}
            for _ in range(args.runs):
                times["small"].append(run(command, small, bank))
                times["big"].append(run(command, big, bank))
            medians = {size: statistics.median(values) for size, values in times.items()}
            inner = {size: median_of(calls[size][label], max(5, args.runs)) for size in calls}
            ratio = medians["big"] / medians["small"]
            row = {
                "engine": name,
                "command": label,
                "small_ms": medians["small"] * 1000,
                "big_ms": medians["big"] * 1000,
                "ratio": ratio,
                "ok": ratio <= TARGET,
                "call_small_ms": inner["small"] * 1000,
                "call_big_ms": inner["big"] * 1000,
            }
            rows.append(row)
            print(
                f"{name:9} {label:29} {row['small_ms']:9.0f} {row['big_ms']:9.0f} "
                f"{ratio:5.2f}x {'<= 1.5':>7}  {'pass' if row['ok'] else 'FAIL'} "
                f"{row['call_small_ms']:14.2f} {row['call_big_ms']:8.2f}"
            )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    report = {"small": args.small, "games": args.games, "runs": args.runs, "rows": rows}
    args.json.write_text(json.dumps(report, indent=2) + "\n")
    if not all(row["ok"] for row in rows):
        print("some rows missed the target")


if __name__ == "__main__":
    main()
