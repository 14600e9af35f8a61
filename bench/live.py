"""Live-game benchmark: a host and simulated players on 127.0.0.1, against a bare floor.

    python bench/live.py                 # 10, 100 and 500 players (about a minute on 2 cores)
    python bench/live.py --quick         # 10 players, 3 questions: checks the bench works

For each player count, one process hosts the room (quizcli's LiveHost) and, beside it, a
bare websockets server (the floor); another process runs the simulated players, each
connected to both. Rounds alternate: the floor sends one question's exact bytes to every
player with the library's ``broadcast`` (no game logic), then the host opens the same
question. Each side's time is from the send until the last player has the message
(time.monotonic is one clock for both processes on Linux). Reported: medians and their
ratio (target at 100 players: at most 1.5x), the host's CPU time per question (opening,
taking every answer, closing, the per-player results), and its resident memory per player.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizcli.game import Round, RoundOptions  # noqa: E402
from quizcli.live import protocol as wire  # noqa: E402
from quizcli.live.host import LiveHost  # noqa: E402
from quizcli.model import Kind  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from genbank import write_bank  # noqa: E402

TARGET = 1.5


def host_logger() -> Any:
    """A silent logger for the floor server (players leaving abruptly is expected)."""
    import logging

    logger = logging.getLogger("bench.floor")
    logger.addHandler(logging.NullHandler())
    logger.propagate = False
    return logger


def rss_kib() -> int:
    """This process's resident memory now, in KiB (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def measure(bank: Path, players: int, questions: int) -> dict[str, Any]:
    """One player count: floor and room latencies per question, CPU, memory."""
    from websockets.asyncio.server import ServerConnection, broadcast, serve

    from quizcli.bank.load import load_bank

    options = RoundOptions(count=questions, seed=1, time_limit=60, hints=False,
                           kinds=(Kind.CHOICE,))  # fmt: skip
    game = Round.start(load_bank(bank), options)
    host = LiveHost(game, pause=0, max_players=players + 10, hello_timeout=60)
    floor_conns: set[ServerConnection] = set()
    acks = asyncio.Queue[None]()

    async def floor_handler(conn: ServerConnection) -> None:
        from websockets.exceptions import ConnectionClosed

        floor_conns.add(conn)
        try:
            async for _ in conn:
                acks.put_nowait(None)
        except ConnectionClosed:
            pass

    memory_before = rss_kib()
    await host.open()
    floor = await serve(floor_handler, "127.0.0.1", 0, compression=None, logger=host_logger())
    floor_port = next(iter(floor.sockets)).getsockname()[1]
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bench" / "live_players.py"), "--room", str(host.port),
        "--floor", str(floor_port), "--code", host.code, "--players", str(players),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while len(host.conns) < players or len(floor_conns) < players:
        if process.returncode is not None or time.monotonic() > deadline:
            if process.returncode is None:
                process.kill()
            _, errors = await process.communicate()
            raise SystemExit(
                f"only {len(host.conns)} of {players} players joined:\n"
                + errors.decode(errors="replace")[-2000:]
            )
        await asyncio.sleep(0.05)
    memory_after = rss_kib()
    host.state = "playing"
    floor_sent: dict[int, float] = {}
    room_sent: dict[int, float] = {}
    cpu: list[float] = []
    for number in range(1, questions + 1):
        # The floor: the same bytes the host will send for this question, to everyone.
        presented = game.present(game.questions[number - 1], number, questions)
        data = wire.encode({"type": "question", "number": number, "total": questions,
                            "time_limit": 60.0, "remaining": 60.0,
                            "question": wire.question_payload(presented)})  # fmt: skip
        floor_sent[number] = time.monotonic()
        broadcast(floor_conns, data)
        for _ in range(players):
            await asyncio.wait_for(acks.get(), 60)
        start = time.process_time()
        await host.ask(number)
        cpu.append(time.process_time() - start)
        room_sent[number] = host.opened_at
        for _ in range(players):  # every player has read their result: all idle again
            await asyncio.wait_for(acks.get(), 60)
    host._finish()  # the end message: the players' process prints what it saw and exits
    floor.close()
    try:
        out, _ = await asyncio.wait_for(process.communicate(), 120)
    finally:
        if process.returncode is None:
            process.kill()
    await floor.wait_closed()
    await host.close()
    seen: dict[str, list[float]] = json.loads(out)
    floor_ms = [(max(seen[f"f{n}"]) - floor_sent[n]) * 1000 for n in floor_sent]
    room_ms = [(max(seen[f"q{n}"]) - room_sent[n]) * 1000 for n in room_sent]
    return {
        "players": players,
        "questions": questions,
        "floor_ms": statistics.median(floor_ms),
        "room_ms": statistics.median(room_ms),
        "ratio": statistics.median(room_ms) / statistics.median(floor_ms),
        "floor_range_ms": [min(floor_ms), max(floor_ms)],
        "room_range_ms": [min(room_ms), max(room_ms)],
        "cpu_ms_per_question": statistics.median(cpu) * 1000,
        "kib_per_player": (memory_after - memory_before) / players,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 players, 3 questions")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--players", type=int, action="append", help="only these counts")
    args = parser.parse_args()
    plan = [(10, 3)] if args.quick else [(10, 15), (100, 15), (500, 7)]
    if args.players:
        plan = [(count, 7 if count > 100 else 15) for count in args.players]
    with tempfile.TemporaryDirectory() as folder:
        bank = Path(folder) / "bench.toml"
        write_bank(bank, 300)
        rows = [asyncio.run(measure(bank, players, questions)) for players, questions in plan]
    print(f"live benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())},"
          f" {os.cpu_count()} cores, Python {sys.version.split()[0]}"
          + (" (quick mode)" if args.quick else ""))  # fmt: skip
    print(f"{'players':>8} {'floor ms':>9} {'room ms':>8} {'ratio':>6} {'target':>7}"
          f" {'CPU ms/question':>16} {'KiB/player':>11}")  # fmt: skip
    for row in rows:
        target = f"<= {TARGET}" if row["players"] == 100 else ""
        print(f"{row['players']:>8} {row['floor_ms']:>9.2f} {row['room_ms']:>8.2f}"
              f" {row['ratio']:>5.2f}x {target:>7} {row['cpu_ms_per_question']:>16.2f}"
              f" {row['kib_per_player']:>11.1f}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps({"rows": rows}, indent=2))


if __name__ == "__main__":
    main()
