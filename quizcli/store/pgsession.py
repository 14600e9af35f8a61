"""A psycopg connection whose every wait on the server is bounded, and the session's limits.

psycopg waits for the server in ``Connection.wait``, waking every 0.1 s; the connection
made here gives up there once its ``deadline`` passed (a server that accepted the bytes
and never answers included) and, on Ctrl-C, drops the connection at once instead of
asking the server to cancel (which a silent server never answers). The session carries
statement, lock and idle-in-transaction timeouts, so the server itself rolls back what a
vanished client left open and frees its row locks, and TCP keepalives with a user
timeout. A server found unreachable is remembered for the rest of the process
(``DOWN``): a later connection fails at once instead of waiting again.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any

from quizcli.store.base import ServerUnavailable, StoreError
from quizcli.store.conninfo import display, masked, parse

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT = 4  # seconds to reach the server and check its schema
SAVE_LIMIT = 10.0  # seconds any one write (a game, a review, a daily attempt) may take
LIMIT_ENV = "QUIZCLI_SERVER_TIMEOUT"  # another number of seconds for SAVE_LIMIT (0.5-3600)
READ_LIMIT = 60.0  # seconds any one read may take (a report, never a round, waits for it)
STATEMENT_TIMEOUT_MS = 60_000  # the longest any statement may run on the server
IDLE_IN_TRANSACTION_MS = 4_000  # the server ends a session stuck inside a transaction
# The longest a statement waits for a row another session holds (the save limit): the
# server's own end to a wait whose client gave up.
# TCP: notice a peer that vanished (keepalives) or stopped acknowledging (user timeout).
TCP: dict[str, Any] = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}
# Servers found unreachable in this process: URL -> the reason. Later opens fail at once
# with it (hot-seat's four players against a dead server wait once, not four times).
DOWN: dict[str, str] = {}


def save_limit() -> float:
    """Seconds any one write may take: ``$QUIZCLI_SERVER_TIMEOUT``, else SAVE_LIMIT."""
    try:
        value = float(os.environ.get(LIMIT_ENV, SAVE_LIMIT))
    except ValueError:
        return SAVE_LIMIT
    return value if 0.5 <= value <= 3600 else SAVE_LIMIT


def connection_class() -> type[psycopg.Connection[dict[str, Any]]]:
    """psycopg's connection, every wait of which stops at its ``deadline`` and at Ctrl-C.

    psycopg waits for the server in ``Connection.wait``, waking every 0.1 s; this one
    gives up there once the deadline passed, and on Ctrl-C drops the connection at once
    instead of asking the server to cancel (which a silent server never answers). The
    server rolls back what a dropped connection left open (``idle_in_transaction``).
    """
    global _BOUNDED
    if _BOUNDED is not None:
        return _BOUNDED
    import psycopg
    from psycopg import waiting

    class Bounded(psycopg.Connection[dict[str, Any]]):
        deadline: float | None = None  # monotonic seconds; None: no limit
        seconds: float = 0.0  # the limit the deadline was set from, for the message

        def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
            try:
                return waiting.wait(_until(gen, self), self.pgconn.socket, interval)
            except (KeyboardInterrupt, SystemExit, NoAnswer):
                self.pgconn.finish()
                raise

    _BOUNDED = Bounded
    return Bounded


_BOUNDED: type[psycopg.Connection[dict[str, Any]]] | None = None


def _until(gen: Any, db: Any) -> Any:
    """``gen`` (one of psycopg's wait generators), stopped with :class:`NoAnswer` once
    ``db.deadline`` passed."""
    try:
        state = next(gen)
        while True:
            deadline = db.deadline
            if deadline is not None and time.monotonic() >= deadline:
                raise NoAnswer(db.seconds)
            ready = yield state
            state = gen.send(ready)
    except StopIteration as stop:
        return stop.value


class NoAnswer(Exception):
    """The server did not answer before the deadline."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"no answer within {seconds:g} s")
        self.seconds = seconds


def connect(url: str, *, writing: bool) -> psycopg.Connection[dict[str, Any]]:
    """A connection to ``url`` (autocommit: transactions are opened explicitly), every
    wait of it bounded (see :func:`_connection_class`), the session's own limits set."""
    try:
        import psycopg
        from psycopg.rows import dict_row
    except ImportError:
        raise StoreError(
            "a PostgreSQL database is configured, but psycopg is not installed: "
            "pip install 'psycopg[binary]' (or unset QUIZCLI_DATABASE_URL)"
        ) from None
    parse(url)  # a URL libpq would misread is refused before anything is sent
    limit_ms = int(save_limit() * 1000)
    statement_ms = limit_ms if writing else STATEMENT_TIMEOUT_MS
    options = (
        f"-c statement_timeout={statement_ms} -c lock_timeout={limit_ms} "
        f"-c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"
    )
    try:
        return connection_class().connect(
            url,
            autocommit=True,
            row_factory=dict_row,
            connect_timeout=CONNECT_TIMEOUT,
            application_name="quizcli",
            options=options,
            **TCP,
        )
    except psycopg.OperationalError as error:
        message = f"cannot reach the database server {display(url)}: {first_line(error, url)}"
        DOWN[url] = f"{message} (not tried again by this command)"
        raise ServerUnavailable(message) from None
    except (psycopg.Error, ValueError) as error:  # a malformed URL is a ProgrammingError
        raise StoreError(f"cannot use {display(url)}: {first_line(error, url)}") from None


def first_line(error: BaseException, url: str) -> str:
    """The first line of a driver's message, with the URL's password masked (read by
    libpq's parser, see :mod:`quizcli.store.conninfo`)."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return masked(lines[0] if lines else type(error).__name__, url)
