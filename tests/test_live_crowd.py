"""The host's screen with a crowd: ``quizcli host`` in a real pseudo-terminal and 200
simulated players (bench/live_players.py; bench/live_crowd.py measures 100 against 1000).

The lobby shows the count and the newest names, Enter reaches every player, each close
says how many of how many answered, and the game ends for all. Correctness at scale only:
the times are the bench's business, never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pexpect
from helpers import spawn_quizcli

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from genbank import write_bank  # noqa: E402

PLAYERS = 200
ENV = {"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40"}


def test_a_crowd_of_200_in_a_real_terminal(tmp_path: Path) -> None:
    bank = tmp_path / "crowd.toml"
    write_bank(bank, 20)
    host = spawn_quizcli(
        "host", "synthetic-20", "--bank", str(bank), "--port", "0", "--count", "2",
        "--kind", "choice", "--time-limit", "60", "--max-players", str(PLAYERS), env=ENV,
    )  # fmt: skip
    host.expect(r"Room open on (\S+), join code (\d{6})")
    port, code = host.match.group(1).rsplit(":", 1)[1], host.match.group(2)
    crowd = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "live_players.py"), "--room", port,
         "--floor", "0", "--code", code, "--players", str(PLAYERS)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert crowd.stderr is not None
        joined: list[str] = []
        waiter = threading.Thread(target=lambda: joined.append(crowd.stderr.readline()))
        waiter.start()
        host.expect(f"{PLAYERS} players", timeout=60)  # the lobby counts them all
        host.expect("Newest: p0")
        waiter.join(60)
        assert "all joined" in joined[0]
        host.send("\r")
        host.expect(f"Question 1 closed: {PLAYERS} of {PLAYERS} answered", timeout=60)
        host.expect("Top five")
        host.expect(f"Question 2 closed: {PLAYERS} of {PLAYERS} answered", timeout=60)
        host.expect("Podium")
        out, _ = crowd.communicate(timeout=60)
        host.expect(pexpect.EOF, timeout=60)
    finally:
        if crowd.poll() is None:
            crowd.kill()
        host.close()
    assert host.exitstatus == 0

    seen = json.loads(out)
    assert len(seen["q1"]) == len(seen["q2"]) == PLAYERS  # every player got each question
