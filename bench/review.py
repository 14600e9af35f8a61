"""Review and daily start-up: time to the first question on screen.

Run from the project's root, in the development environment:

    python bench/review.py            # 9 alternating runs of each pair
    python bench/review.py --runs 3   # quicker, noisier

Two pairs, each run alternately (a new process each time, as a player runs them) and
compared by their medians:

- ``review paris2024`` with 100,000 cards on file against 100 cards (the player's own 71
  cards of the set are in both; the rest belong to other players and sets). Target: 1.3.
- ``daily paris2024`` against ``play paris2024 --count 5``, on the store of 100 cards
  (daily reads it for the player's attempt of the day before asking). Target: 1.0 (as
  fast), with the noise of a shared machine.

Both in plain mode, with stdin kept open: the clock stops when "Question 1 of" is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from quizcli.bank.load import load_bank  # noqa: E402
from quizcli.review import fingerprint, schedule  # noqa: E402
from quizcli.store import SQLiteStore  # noqa: E402

PY = sys.executable
PLAYER = "bench"
PARIS = load_bank(HERE.parent / "questions" / "paris2024.toml").questions


def make_store(home: Path, cards: int) -> None:
    """A store holding ``cards`` cards: PLAYER's 71 of paris2024 (every other one due), the
    rest other players' of other sets."""
    home.mkdir(parents=True, exist_ok=True)
    store = SQLiteStore.for_writing(home / "quizcli.db")
    now = time.time()
    state, _due = schedule(None, 3, now - 86_400)
    rows = []
    for n in range(cards):
        if n < len(PARIS):
            player, set_id = PLAYER, "paris2024"
            question, mark = PARIS[n].id, fingerprint(PARIS[n])
        else:
            player, set_id, question, mark = f"p{n % 1000}", f"set{n % 7}", f"q{n}", "f" * 16
        due = now - 3600 if n % 2 else now + n * 60
        rows.append((player, set_id, question, mark, due, state, 1, 1))
    with store.db:
        store.db.execute("BEGIN")
        store.db.executemany(
            "INSERT INTO cards (player, set_id, question_id, fingerprint, due, state, reviews, "
            "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        store.db.execute("COMMIT")
    store.close()


def first_question(args: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``quizcli ARGS`` to its first question on screen."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [PY, "-m", "quizcli", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, **env},
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("Question 1 of"):
            break
    else:
        raise RuntimeError(f"quizcli {' '.join(args)} never asked a question")
    elapsed = time.perf_counter() - started
    child.kill()
    child.wait()
    return elapsed


def pair(
    runs: int, a: tuple[list[str], dict[str, str]], b: tuple[list[str], dict[str, str]]
) -> tuple[float, float]:
    """Medians of ``a`` and ``b``, run alternately ``runs`` times each (after a warm-up)."""
    first_question(*a)
    first_question(*b)
    times_a, times_b = [], []
    for _ in range(runs):
        times_a.append(first_question(*a))
        times_b.append(first_question(*b))
    return statistics.median(times_a), statistics.median(times_b)


def main() -> int:
    """Make the stores, run both pairs, print the medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small, big = Path(folder) / "small", Path(folder) / "big"
        make_store(small, 100)
        make_store(big, 100_000)
        review = ["review", "paris2024", "--player", PLAYER, "--plain", "--limit", "10"]
        big_s, small_s = pair(
            options.runs,
            (review, {"QUIZCLI_HOME": str(big)}),
            (review, {"QUIZCLI_HOME": str(small)}),
        )
        home = {"QUIZCLI_HOME": str(small)}  # a store on file: daily looks for an attempt
        daily_s, play_s = pair(
            options.runs,
            (["daily", "paris2024", "--player", PLAYER, "--plain"], home),
            (["play", "paris2024", "--count", "5", "--player", PLAYER, "--plain"], home),
        )
    print(f"runs: {options.runs} alternating pairs, medians, time to the first question")
    print(
        f"review, 100,000 cards vs 100:  {big_s:.3f}s vs {small_s:.3f}s  "
        f"ratio {big_s / small_s:.2f} (target <= 1.3)"
    )
    print(
        f"daily vs play --count 5:       {daily_s:.3f}s vs {play_s:.3f}s  "
        f"ratio {daily_s / play_s:.2f} (target ~1.0)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
