"""The room's network side: listening, and each connection from its hello to its close.

Everything a client sends goes through the host's ``admit`` (the hello) and ``receive``
(the rest); this module only moves bytes and enforces the limits that need a socket: the
hello deadline per connection, the bounded pool of connections waiting for their hello
(the oldest silent one makes room for a new one), the hold on refusals of wrong codes,
the message rate and the count of bad messages. Imported only when a room opens; it knows
the host only by the :class:`Room` protocol (no import of ``quizcli.live.host``).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Protocol

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from quizcli.live import protocol as wire
from quizcli.live.guard import Bucket, CodeBrake
from quizcli.live.room import HostEvent, Reply, send

if TYPE_CHECKING:
    import ssl

MAX_PENDING = wire.MAX_PENDING


class Room(Protocol):
    """What the server needs of a host."""

    bind: str
    port: int
    hello_timeout: float
    brake: CodeBrake
    conns: dict[str, ServerConnection]
    tls: ssl.SSLContext | None

    def admit(self, address: str, raw: str | bytes) -> str | Reply: ...  # noqa: D102
    def enter(self, name: str, conn: ServerConnection) -> None: ...  # noqa: D102
    def receive(self, name: str, raw: str | bytes) -> Reply: ...  # noqa: D102
    def gone(self, name: str, how: str) -> None: ...  # noqa: D102
    def events(self, event: HostEvent) -> None: ...  # noqa: D102


class Pool:
    """Connections waiting for their hello, oldest first; past ``limit`` the oldest is
    closed (1013, try again) to make room, so that silent connections cannot keep out
    the ones that speak at once."""

    def __init__(self, limit: int = MAX_PENDING) -> None:
        self.limit = limit
        self.waiting: dict[ServerConnection, None] = {}  # insertion order: oldest first
        self.dropped = 0

    def enter(self, conn: ServerConnection) -> None:
        """``conn`` waits for its hello, pushing out the oldest waiting one when full."""
        while len(self.waiting) >= self.limit:
            oldest = next(iter(self.waiting))
            del self.waiting[oldest]
            self.dropped += 1
            asyncio.ensure_future(oldest.close(1013, "the room is busy; try again"))
        self.waiting[conn] = None

    def leave(self, conn: ServerConnection) -> None:
        """``conn`` said its hello (or is gone)."""
        self.waiting.pop(conn, None)


async def listen(host: Room) -> Server:
    """Listen on the host's address and port, with the protocol's limits; plain GETs
    get the browser player's page (:mod:`quizcli.live.web`), over TLS when the host has
    a certificate."""
    from quizcli.live.web import Site

    pool = Pool()
    site = Site.load(secure=host.tls is not None)
    return await serve(
        lambda conn: connection(host, conn, pool),
        host.bind,
        host.port,
        ssl=host.tls,
        process_request=site.handle,
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


async def connection(host: Room, conn: ServerConnection, pool: Pool) -> None:
    """One client's connection, from its hello to its close; never raises."""
    name: str | None = None
    try:
        pool.enter(conn)
        try:
            name = await hello(host, conn, pool)
        finally:
            pool.leave(conn)
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


async def hello(host: Room, conn: ServerConnection, pool: Pool) -> str | None:
    """Wait for the hello; admit the player (their name) or refuse and close (None). A
    wrong code's refusal is held back by the brake; a right code never waits."""
    try:
        raw = await asyncio.wait_for(conn.recv(), host.hello_timeout)
    except TimeoutError:
        await conn.close(1008, "no hello in time")
        return None
    pool.leave(conn)  # it has spoken: no longer a silent connection
    address = _address(conn)
    outcome = host.admit(address, raw)
    if isinstance(outcome, Reply):
        if any(m.get("code") == "bad_code" for m in outcome.messages):
            await asyncio.sleep(host.brake.delay(address))
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
