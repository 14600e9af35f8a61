"""Simulated players for bench/live.py: N WebSocket clients in one process.

Each player joins the room (and, unless ``--floor 0``, opens a second connection to the
bare floor server),
answers every question the moment it arrives (a skip), acknowledges every floor message,
and notes when each arrived (time.monotonic, the same clock as the host's on Linux).
When the game ends it prints the arrival times as JSON on stdout.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

JOINED: list[int] = []


async def player(
    index: int, args: argparse.Namespace, seen: dict[str, list[float]], door: asyncio.Semaphore
) -> None:
    """One player: the room connection and the floor connection (joining a few at a time,
    as the host lets at most 128 connections wait for their hello)."""
    async with door:
        room = await connect(f"ws://127.0.0.1:{args.room}", compression=None, open_timeout=60)
        floor = None
        if args.floor:
            floor = await connect(f"ws://127.0.0.1:{args.floor}", compression=None, open_timeout=60)
        hello = {"type": "hello", "version": 2, "code": args.code, "name": f"p{index:04d}"}
        await room.send(json.dumps(hello))
        await room.recv()  # the welcome
        JOINED.append(index)
        if len(JOINED) == args.players:
            print("all joined", file=sys.stderr, flush=True)  # for bench/live_crowd.py
    if floor is None:
        await in_room(room, None, seen)
        return
    await asyncio.gather(in_room(room, floor, seen), on_floor(floor, index, seen))


async def in_room(
    room: ClientConnection, floor: ClientConnection | None, seen: dict[str, list[float]]
) -> None:
    """Answer each question at once; say on the floor connection when a result is read,
    so that the next measurement starts with every player idle."""
    try:
        async for raw in room:
            now = time.monotonic()
            message = json.loads(raw)
            if message["type"] == "question":
                seen.setdefault(f"q{message['number']}", []).append(now)
                answer = {"type": "answer", "question": message["number"], "value": None}
                await room.send(json.dumps(answer))
            elif message["type"] == "result" and floor is not None:
                await floor.send("read")
            elif message["type"] == "end":
                break
    except ConnectionClosed:
        pass
    await room.close()


async def on_floor(floor: ClientConnection, index: int, seen: dict[str, list[float]]) -> None:
    """Acknowledge each floor message as soon as it arrives."""
    try:
        async for raw in floor:
            now = time.monotonic()
            message = json.loads(raw)
            seen.setdefault(f"f{message['number']}", []).append(now)
            await floor.send("ok")
    except ConnectionClosed:
        pass


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--room", type=int, required=True)
    parser.add_argument("--floor", type=int, required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--players", type=int, required=True)
    args = parser.parse_args()
    seen: dict[str, list[float]] = {}
    door = asyncio.Semaphore(32)
    await asyncio.wait_for(
        asyncio.gather(*(player(i, args, seen, door) for i in range(args.players))), 300
    )
    json.dump(seen, sys.stdout)


if __name__ == "__main__":
    asyncio.run(main())
