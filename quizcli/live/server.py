"""The room's network side: listening, and each connection from its hello to its close.

Everything a client sends goes through :meth:`LiveHost.admit` (the hello) and
:meth:`LiveHost.receive` (the rest); this module only moves bytes and enforces the limits
that need a socket: the hello timeout, the pending-connection cap, the per-address brake on
wrong codes, the message rate and the count of bad messages. Imported only when a room opens.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed

from quizcli.live import protocol as wire
from quizcli.live.guard import Bucket
from quizcli.live.host import HostEvent, LiveHost, Reply

MAX_PENDING = 128  # connections that have not said hello yet, at most


async def listen(host: LiveHost) -> Server:
    """Listen on the host's address and port, with the protocol's limits."""
    return await serve(
        lambda conn: connection(host, conn),
        host.bind,
        host.port,
        max_size=wire.MAX_MESSAGE_BYTES,
        max_queue=wire.RATE_BURST,
        compression=None,
        open_timeout=host.hello_timeout,
        ping_interval=10,
        ping_timeout=10,
        close_timeout=2,
        server_header=None,
        logger=_quiet_logger(),
    )


def send(conn: ServerConnection, message: dict[str, Any]) -> None:
    """Queue ``message`` for one client without waiting on a slow reader."""
    broadcast([conn], wire.encode(message))


async def connection(host: LiveHost, conn: ServerConnection) -> None:
    """One client's connection, from its hello to its close; never raises."""
    name: str | None = None
    try:
        if host.pending >= MAX_PENDING:
            await conn.close(1013, "too many connections waiting; try again")
            return
        host.pending += 1
        try:
            name = await hello(host, conn)
        finally:
            host.pending -= 1
        if name is None:
            return
        bucket, bad = Bucket(), 0
        async for raw in conn:
            if not bucket.take():
                await conn.close(1008, "too many messages")
                break
            reply = host.receive(name, raw)
            bad += any(m["type"] == "error" for m in reply.messages)
            for message in reply.messages:
                send(conn, message)
            if reply.close is None and bad > wire.MAX_BAD_MESSAGES:
                reply = Reply(close=1008)
            if reply.close is not None:
                await conn.close(reply.close)
                break
    except ConnectionClosed:
        pass
    except Exception as error:  # noqa: BLE001 (one connection must never end the room)
        host.events(HostEvent("notice", f"a connection failed: {error!r}"))
    finally:
        if name is not None and host.conns.get(name) is conn:
            host.gone(name, "left")


async def hello(host: LiveHost, conn: ServerConnection) -> str | None:
    """Wait for the hello; admit the player (their name) or refuse and close (None)."""
    try:
        raw = await asyncio.wait_for(conn.recv(), host.hello_timeout)
    except TimeoutError:
        await conn.close(1008, "no hello in time")
        return None
    address = _address(conn)
    async with host.brake.turn(address):
        outcome = host.admit(address, raw)
    if isinstance(outcome, Reply):
        for message in outcome.messages:
            send(conn, message)
        await conn.close(outcome.close or 1008)
        return None
    host.enter(outcome, conn)
    return outcome


def _quiet_logger() -> logging.Logger:
    """The library's logger for the room: its complaints about broken handshakes from
    strangers must not scribble over the host's screen."""
    logger = logging.getLogger("quizcli.live")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
        logger.propagate = False
    return logger


def _address(conn: ServerConnection) -> str:
    remote = conn.remote_address
    return str(remote[0]) if isinstance(remote, tuple) and remote else "unknown"
