"""The host's screen with a crowd: ``quizcli host`` in a real pseudo-terminal, N simulated
players (bench/live_players.py), Enter pressed once all have joined.

    python bench/live_crowd.py                    # 100 and 1000 players, alternating, 3 runs each
    python bench/live_crowd.py --players 200 --runs 1

Measured per run: from the Enter to question 1 arriving at the last player (time.monotonic
is one clock for every process on Linux), and the host process's CPU time (user + system,
from /proc) from the Enter to the end of the game, per question and per player. Reported:
medians over the runs, and the 1000/100 ratio of CPU per question per player (target:
at most 2x). The host's screen is read all along, as a terminal would.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import pexpect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from genbank import write_bank  # noqa: E402

QUESTIONS = 3


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(bank: Path, players: int, home: Path) -> dict[str, Any]:
    """One game of QUESTIONS questions with ``players`` players."""
    env = {**os.environ, "QUIZCLI_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "120",
           "LINES": "40"}  # fmt: skip
    host = pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", "host", "synthetic-300", "--bank", str(bank), "--port", "0",
         "--count", str(QUESTIONS), "--kind", "choice", "--time-limit", "60",
         "--max-players", str(players)],
        env=env, encoding="utf-8", codec_errors="replace", timeout=120,
        dimensions=(40, 120),
    )  # fmt: skip
    host.expect(r"Room open on (\S+), join code (\d{6})")
    port, code = host.match.group(1).rsplit(":", 1)[1], host.match.group(2)
    screen: list[str] = []

    def read_screen() -> None:  # a terminal reads everything the host writes
        while True:
            try:
                screen.append(host.read_nonblocking(65536, timeout=1))
            except pexpect.TIMEOUT:
                continue
            except (pexpect.EOF, OSError, ValueError):
                return

    reader = threading.Thread(target=read_screen, daemon=True)
    reader.start()
    crowd = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "live_players.py"), "--room", port,
         "--floor", "0", "--code", code, "--players", str(players)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert crowd.stderr is not None
    line = crowd.stderr.readline()
    if "all joined" not in line:
        raise SystemExit(f"the players did not all join: {line}{crowd.stderr.read()[-2000:]}")
    time.sleep(1.0)  # the lobby settles, as a host would look before pressing Enter
    cpu_before = cpu_seconds(host.pid)
    enter = time.monotonic()
    host.send("\r")
    out, errors = crowd.communicate(timeout=300)
    cpu_after = cpu_seconds(host.pid)
    host.expect(pexpect.EOF, timeout=120)
    host.close()
    reader.join(5)
    seen: dict[str, list[float]] = json.loads(out)
    text = "".join(screen)
    return {
        "players": players,
        "enter_to_last_s": max(seen["q1"]) - enter,
        "cpu_ms_per_question": (cpu_after - cpu_before) * 1000 / QUESTIONS,
        "screen_has_count": f"{players} players in the room" in text,
        "screen_has_answered": f"{players} of {players} answered" in text,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--players", type=int, action="append", help="player counts")
    parser.add_argument("--runs", type=int, default=3, help="runs per count (alternating)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    counts = args.players or [100, 1000]
    runs: dict[int, list[dict[str, Any]]] = {count: [] for count in counts}
    with tempfile.TemporaryDirectory() as folder:
        bank = Path(folder) / "bench.toml"
        write_bank(bank, 300)
        for _ in range(args.runs):
            for count in counts:  # alternating, so that a busy moment hits every count
                runs[count].append(one_run(bank, count, Path(folder) / f"home{count}"))
    print(
        f"live crowd benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())},"
        f" {os.cpu_count()} cores, Python {sys.version.split()[0]}, {args.runs} runs"
    )
    print(f"{'players':>8} {'Enter->last q1 s':>17} {'CPU ms/question':>16}"
          f" {'CPU ms/q/player':>16}")  # fmt: skip
    summary = {}
    for count in counts:
        latency = statistics.median(r["enter_to_last_s"] for r in runs[count])
        cpu = statistics.median(r["cpu_ms_per_question"] for r in runs[count])
        summary[count] = cpu / count
        print(f"{count:>8} {latency:>17.3f} {cpu:>16.1f} {cpu / count:>16.3f}")
    if 100 in summary and 1000 in summary:
        print(
            f"CPU per question per player, 1000 vs 100: {summary[1000] / summary[100]:.2f}x"
            " (target: at most 2x)"
        )
    if args.json:
        args.json.write_text(json.dumps(runs, indent=2))


if __name__ == "__main__":
    main()
