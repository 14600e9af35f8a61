"""What the live host and its network side share: the events a host's screen is shown,
the reply to one client's message, and how messages are queued on connections.

Its own module so that neither ``host`` nor ``server`` imports the other's internals: the
server moves bytes for any host that answers hellos and messages with :class:`Reply`.
``websockets`` is imported only when a message is first sent.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from quizcli.live import protocol as wire

if TYPE_CHECKING:
    from websockets.asyncio.server import ServerConnection


class HostEvent(NamedTuple):
    """Something the host's screen may show: ``kind`` is lobby, joined, left, removed,
    question, answered, closed, over or notice; ``text`` says it in a line."""

    kind: str
    text: str
    data: Any = None


class Reply(NamedTuple):
    """What to send back to one client, and whether to close its connection (a code)."""

    messages: tuple[dict[str, Any], ...] = ()
    close: int | None = None


def send(conn: ServerConnection, message: dict[str, Any]) -> None:
    """Queue ``message`` for one client without waiting on a slow reader."""
    broadcast((conn,), message)


def send_text(conn: ServerConnection, text: str) -> None:
    """Queue an already encoded message for one client."""
    from websockets.asyncio.server import broadcast as library_broadcast

    library_broadcast((conn,), text)


def broadcast(conns: Iterable[ServerConnection], message: dict[str, Any]) -> None:
    """The same bytes to every connection in ``conns`` (encoded once; no waiting: a
    connection that cannot take them is closed by the library, not waited for)."""
    from websockets.asyncio.server import broadcast as library_broadcast

    library_broadcast(conns, wire.encode(message))


def error(code: str, message: str) -> dict[str, Any]:
    """An ``error`` message."""
    return {"type": "error", "code": code, "message": message}


def refuse(code: str, message: str) -> Reply:
    """Refuse a hello: the error, then close (1008)."""
    return Reply((error(code, message),), close=1008)
