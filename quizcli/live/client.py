"""The live client: joins a room and relays its messages (docs/protocol.md).

The connection lives in a background thread with its own event loop, so the player's
prompts (questionary, or plain lines) keep the main thread exactly as in a solo round.
Messages from the host arrive, checked to be JSON objects, through :meth:`LiveClient.next`.
``websockets`` is imported only when a room is joined.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import queue
import ssl
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizcli.errors import QuizError
from quizcli.live import protocol as wire

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

CONNECT_TIMEOUT = 10.0
BUSY = 1013  # the close code of a room too busy to take the connection now
BUSY_RETRY_FOR = 60.0  # seconds a join keeps retrying a busy room
LOST = "_lost"  # the type of the message :meth:`LiveClient.next` gives when the link is gone


class LiveError(QuizError):
    """Joining failed, or the host refused the player (its message, in one line)."""


class _Busy(Exception):
    """The room closed the connection as too busy (1013) before its welcome."""


def parse_address(address: str) -> tuple[str, int]:
    """``HOST[:PORT]`` (``[::1]:8765`` for IPv6) -> (host, port); LiveError when malformed."""
    host, port, _secure = parse_room(address)
    return host, port


def parse_room(address: str) -> tuple[str, int, bool]:
    """``[ws://|wss://]HOST[:PORT]`` -> (host, port, TLS or not); LiveError when malformed.

    The browser's join URL works too (``http://`` or ``https://``, its path and query
    ignored): https and wss mean TLS."""
    text = address.strip()
    secure = False
    for scheme, tls in (("wss://", True), ("https://", True), ("ws://", False), ("http://", False)):
        if text.lower().startswith(scheme):
            text, secure = text[len(scheme) :].split("/", 1)[0].split("?", 1)[0], tls
            break
    host, port = text, wire.DEFAULT_PORT = text, wire.DEFAULT_PORT
    if text.startswith("["):
        end = text.find("]")
        if end < 0:
            raise LiveError(f"bad address {address!r}: expected [IPv6]:PORT")
        host, rest = text[1:end], text[end + 1 :]
        if rest:
            port = _port(rest.removeprefix(":"), address)
    elif text.count(":") == 1:
        host, number = text.split(":")
        port = _port(number, address)
    if not host:
        raise LiveError(f"bad address {address!r}: expected HOST[:PORT]")
    return host, port, secure


def _port(text: str, address: str) -> int:
    if not text.isdecimal() or not 0 < int(text) < 65536:
        raise LiveError(f"bad address {address!r}: the port is a number from 1 to 65535")
    return int(text)


class LiveClient:
    """One player's connection to a room."""

    def __init__(
        self,
        address: str,
        code: str,
        name: str,
        *,
        secret: str | None = None,
        on_message: Callable[[dict[str, Any]], None] | None = None,
        on_busy: Callable[[float], None] | None = None,
        ca: Path | None = None,
    ) -> None:
        self.host, self.port, self.secure = parse_room(address)
        self.ca = ca  # a PEM file of certificates to trust (a private room's), for wss
        self._context = self._tls()
        self.code = code
        self.name = name
        self.secret = secret  # the seat's, from the welcome: sent to rejoin
        self.on_message = on_message
        self.on_busy = on_busy or (lambda pause: None)
        self.close_code: int | None = None
        self.inbox: queue.Queue[dict[str, Any]] = queue.Queue()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._conn: ClientConnection | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._failure: str | None = None

    @property
    def uri(self) -> str:
        """The WebSocket address of the room."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{'wss' if self.secure else 'ws'}://{host}:{self.port}/"

    def connect(
        self, timeout: float = CONNECT_TIMEOUT, busy_for: float = BUSY_RETRY_FOR
    ) -> dict[str, Any]:
        """Connect, say hello and wait for the welcome; LiveError with the host's reason.

        A room too busy to take the connection (closed with 1013 before the welcome) is
        tried again after 0.5 s, then 1, 2, 4... (at most 8) for up to ``busy_for``
        seconds; ``on_busy`` is told each pause. The welcome's secret is kept for rejoining.
        """
        import time

        pause, give_up = 0.5, time.monotonic() + busy_for
        while True:
            try:
                welcome = self._connect_once(timeout)
            except _Busy:
                if time.monotonic() + pause > give_up:
                    raise LiveError(
                        f"the room at {self.uri} stayed busy for {busy_for:g} seconds;"
                        " try again later"
                    ) from None
                self.on_busy(pause)
                time.sleep(pause)
                pause = min(pause * 2, 8.0)
                continue
            secret = welcome.get("secret")
            if isinstance(secret, str):
                self.secret = secret
            name = welcome.get("name")
            if isinstance(name, str):
                self.name = name
            return welcome

    def _connect_once(self, timeout: float) -> dict[str, Any]:
        self.inbox = queue.Queue()
        self._ready.clear()
        self._failure, self._conn, self.close_code = None, None, None
        self._thread = threading.Thread(target=self._run, name="quizcli-live", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout + 1):
            raise LiveError(f"no answer from {self.uri} within {timeout:g} seconds")
        if self._failure is not None:
            raise LiveError(self._failure)
        first = self.next(timeout)
        if first is None:
            raise LiveError(f"the host at {self.uri} did not welcome us in time")
        if first.get("type") == LOST:
            if self._thread is not None:
                self._thread.join(2.0)
            if self.close_code == BUSY:
                raise _Busy
            raise LiveError(f"the host at {self.uri} closed the connection")
        if first.get("type") == "error":
            raise LiveError(f"the host refused: {first.get('message', 'no reason given')}")
        if first.get("type") != "welcome":
            raise LiveError("the host did not answer as a quizcli room does")
        return first

    def next(self, timeout: float | None = None) -> dict[str, Any] | None:
        """The next message from the host, ``{"type": "_lost"}`` once the connection is
        gone, or None after ``timeout`` seconds without one."""
        try:
            return self.inbox.get(timeout=timeout)
        except queue.Empty:
            return None

    def send(self, message: dict[str, Any]) -> None:
        """Send ``message`` (from any thread); a closed connection drops it."""
        loop, conn = self._loop, self._conn
        if loop is None or conn is None or loop.is_closed():
            return
        asyncio.run_coroutine_threadsafe(self._send(conn, wire.encode(message)), loop)

    @staticmethod
    async def _send(conn: ClientConnection, text: str) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            await conn.send(text)
        except ConnectionClosed:
            pass

    def answer(self, number: int, value: object) -> None:
        """Answer question ``number`` (None skips)."""
        self.send({"type": "answer", "question": number, "value": value})

    def leave(self, timeout: float = 2.0) -> None:
        """Tell the host we leave, and close the connection."""
        loop, conn = self._loop, self._conn
        if loop is None or conn is None or loop.is_closed():
            return
        future = asyncio.run_coroutine_threadsafe(self._leave(conn), loop)
        try:
            future.result(timeout)
        except Exception:  # noqa: BLE001 (leaving must never fail)
            future.cancel()

    @staticmethod
    async def _leave(conn: ClientConnection) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            await conn.send(wire.encode({"type": "leave"}))
            await conn.close()
        except ConnectionClosed:
            pass

    def close(self) -> None:
        """Close the connection and wait for the network thread to end."""
        loop, conn = self._loop, self._conn
        if loop is not None and conn is not None and not loop.is_closed():
            # The close is started inside the loop, never made here: a loop that ends first
            # (a refused join) then leaves no coroutine unawaited
            closed: concurrent.futures.Future[None] = concurrent.futures.Future()

            def finished(_: object) -> None:
                if not closed.done():
                    closed.set_result(None)

            def start() -> None:
                asyncio.ensure_future(conn.close()).add_done_callback(finished)

            try:
                loop.call_soon_threadsafe(start)
                closed.result(2.0)
            except (RuntimeError, concurrent.futures.TimeoutError):
                pass  # the loop had ended, or the close took too long: the thread ends it
        if self._thread is not None:
            self._thread.join(3.0)

    # --- the network thread ---------------------------------------------------------

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        finally:
            self._ready.set()
            self.inbox.put({"type": LOST})

    def _tls(self) -> ssl.SSLContext | None:
        """The client's TLS context for wss: the system's authorities, or ``ca``'s."""
        if not self.secure:
            return None
        try:
            return ssl.create_default_context(cafile=str(self.ca) if self.ca else None)
        except (OSError, ssl.SSLError) as error:
            reason = getattr(error, "strerror", None) or error
            raise LiveError(f"cannot read the certificates in {self.ca}: {reason}") from None

    async def _main(self) -> None:
        from websockets.asyncio.client import connect
        from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

        self._loop = asyncio.get_running_loop()
        try:
            conn = await connect(
                self.uri,
                ssl=self._context,
                open_timeout=CONNECT_TIMEOUT,
                max_size=4 * 1024 * 1024,
                compression=None,
                proxy=None,
                close_timeout=2,
            )
        except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as error:
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            if isinstance(error, ssl.SSLCertVerificationError):
                reason = f"{error.verify_message}; for a private certificate give --ca FILE"
            self._failure = f"cannot reach {self.uri}: {reason}"
            return
        self._conn = conn
        hello = {"type": "hello", "version": wire.VERSION, "code": self.code, "name": self.name}
        if self.secret is not None:
            hello["secret"] = self.secret
        try:
            await conn.send(wire.encode(hello))
            self._ready.set()
            async for raw in conn:
                try:
                    message = wire.decode(raw)
                except wire.ProtocolError:
                    continue  # not ours to act on; the host speaks JSON objects
                if not isinstance(message.get("type"), str):
                    continue
                self.inbox.put(message)
                if self.on_message is not None:
                    self.on_message(message)
        except ConnectionClosed:
            pass
        finally:
            self.close_code = conn.close_code
