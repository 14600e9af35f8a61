"""Helpers for the live-game tests: a host on 127.0.0.1 in this process, raw protocol
clients (websockets), and a bound on every wait so that no test can hang."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

from quizcli.bank.load import load_bank
from quizcli.game import Round, RoundOptions
from quizcli.live import protocol as wire
from quizcli.live.host import LiveHost
from quizcli.model import Kind

WAIT = 10.0  # seconds any single wait may take before the test fails


def make_game(bank: Path, *, count: int = 3, seed: int = 7, limit: float = 20.0,
              kinds: tuple[Kind, ...] = ()) -> Round:  # fmt: skip
    """A seeded round of the test bank, as the host will play it."""
    options = RoundOptions(count=count, seed=seed, time_limit=limit, kinds=kinds, hints=False)
    return Round.start(load_bank(bank), options)


@asynccontextmanager
async def running(host: LiveHost) -> AsyncIterator[asyncio.Task[None]]:
    """``host`` serving on 127.0.0.1 (a free port) for the block; stopped and awaited after."""
    ready = asyncio.Event()
    task = asyncio.create_task(host.run(lambda _: ready.set()))
    await asyncio.wait_for(ready.wait(), WAIT)
    try:
        yield task
    finally:
        if not task.done():
            host.stop()
        await asyncio.wait_for(asyncio.gather(task, return_exceptions=True), WAIT)


class Player:
    """A raw protocol client: sends JSON, reads JSON, with a bound on every wait."""

    def __init__(self, conn: ClientConnection, name: str) -> None:
        self.conn = conn
        self.name = name
        self.seen: list[dict[str, Any]] = []

    @classmethod
    async def join(
        cls, host: LiveHost, name: str, code: str | None = None, secret: str | None = None
    ) -> Player:
        conn = await connect(f"ws://127.0.0.1:{host.port}", open_timeout=WAIT)
        player = cls(conn, name)
        hello = {"type": "hello", "version": wire.VERSION, "code": code or host.code, "name": name}
        await player.send(hello if secret is None else {**hello, "secret": secret})
        return player

    async def send(self, message: dict[str, Any]) -> None:
        await self.conn.send(json.dumps(message))

    async def next(self, kind: str) -> dict[str, Any]:
        """The next message of type ``kind`` (the others are kept in ``seen``)."""
        while True:
            raw = await asyncio.wait_for(self.conn.recv(), WAIT)
            message: dict[str, Any] = json.loads(raw)
            self.seen.append(message)
            if message["type"] == kind:
                return message

    async def close(self) -> None:
        await self.conn.close()
