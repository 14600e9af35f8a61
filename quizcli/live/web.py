"""The room's plain-HTTP side: the browser player's page, and the Origin check.

``quizcli host`` answers ``GET /`` on its own port with one small page (HTML, CSS and
JavaScript shipped in ``quizcli/live/web/``; nothing fetched from anywhere else) that
speaks the same websocket protocol as ``quizcli join``. Every response carries a strict
Content-Security-Policy (scripts and styles from this origin only, connections to this
origin's websocket only, no frames, no forms, no outside origin). A websocket handshake
that carries an ``Origin`` header (a browser's) must come from this room's own page;
terminal clients send none. Imported only when a room opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import ssl
    from pathlib import Path

    from websockets.asyncio.server import ServerConnection
    from websockets.http11 import Request, Response

# path -> (file in quizcli/live/web/, content type)
FILES = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/index.html": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}


@dataclass(frozen=True)
class Site:
    """The page's files, read once when the room opens; ``secure`` when served over TLS."""

    files: dict[str, tuple[bytes, str]]
    secure: bool = False

    @classmethod
    def load(cls, *, secure: bool = False) -> Site:
        """The shipped page (from the installed package, wheel or source tree)."""
        folder = resources.files("quizcli.live") / "web"
        cache: dict[str, bytes] = {}
        files = {}
        for path, (name, kind) in FILES.items():
            if name not in cache:
                cache[name] = (folder / name).read_bytes()
            files[path] = (cache[name], kind)
        return cls(files, secure)

    def handle(self, conn: ServerConnection, request: Request) -> Response | None:
        """websockets' ``process_request``: a page for a plain GET, a refusal for a
        browser's handshake from elsewhere, None to go on with the websocket handshake."""
        headers = request.headers
        upgrade = "websocket" in headers.get("Upgrade", "").lower()
        if upgrade:
            origin = headers.get("Origin")
            if origin is not None and origin != self.origin(headers.get("Host", "")):
                return self._plain(403, "Forbidden: this room only takes its own page\n")
            return None
        path = request.path.split("?", 1)[0]
        found = self.files.get(path)
        if found is None:
            return self._plain(404, "Not found\n")
        body, kind = found
        return self._response(200, "OK", body, kind, headers.get("Host", ""))

    def origin(self, host: str) -> str:
        """This room's own origin as a browser names it, from the request's Host."""
        return f"{'https' if self.secure else 'http'}://{host}"

    def _plain(self, status: int, text: str) -> Response:
        reason = {403: "Forbidden", 404: "Not Found"}.get(status, "Error")
        return self._response(status, reason, text.encode(), "text/plain; charset=utf-8", "")

    def _response(self, status: int, reason: str, body: bytes, kind: str, host: str) -> Response:
        from websockets.datastructures import Headers
        from websockets.http11 import Response

        socket = f" {'wss' if self.secure else 'ws'}://{host}" if _plain_host(host) else ""
        h = Headers()
        h["Content-Type"] = kind
        h["Content-Length"] = str(len(body))
        h["Connection"] = "close"
        h["Content-Security-Policy"] = (
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            f" connect-src 'self'{socket}; base-uri 'none'; form-action 'none';"
            " frame-ancestors 'none'"
        )
        h["X-Content-Type-Options"] = "nosniff"
        h["Referrer-Policy"] = "no-referrer"
        h["Cache-Control"] = "no-store"
        h["X-Frame-Options"] = "DENY"
        return Response(status, reason, h, body)


def _plain_host(host: str) -> bool:
    """A Host header fit to write into the policy (letters, digits, dots, colons,
    brackets, hyphens): anything else is left out rather than trusted."""
    allowed = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]")
    return 0 < len(host) <= 255 and set(host) <= allowed


def join_url(host: str, port: int, code: str, *, secure: bool = False) -> str:
    """The address a phone opens to join: ``http://HOST:PORT/?code=123456``."""
    shown = f"[{host}]" if ":" in host else host
    return f"{'https' if secure else 'http'}://{shown}:{port}/?code={code}"


def reachable_address(bind: str) -> str:
    """The address other devices use for a room bound to ``bind``: itself, or for a
    wildcard bind (0.0.0.0, ::) this machine's address on its default route (found
    without sending anything), else the bind address as given."""
    if bind not in ("0.0.0.0", "::", ""):
        return bind
    import socket

    family = socket.AF_INET6 if bind == "::" else socket.AF_INET
    probe = "2001:db8::1" if bind == "::" else "192.0.2.1"  # documentation addresses
    try:
        with socket.socket(family, socket.SOCK_DGRAM) as sock:
            sock.connect((probe, 9))  # UDP connect: chooses a route, sends nothing
            return str(sock.getsockname()[0])
    except OSError:
        return bind or "0.0.0.0"


def tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    """The room's TLS context (https and wss) from a PEM certificate chain and its key;
    QuizError in one line when they cannot be read or do not match."""
    import ssl

    from quizcli.errors import QuizError

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        context.load_cert_chain(cert, key)
    except (OSError, ssl.SSLError) as error:
        reason = getattr(error, "strerror", None) or getattr(error, "reason", None) or error
        raise QuizError(f"cannot use the certificate {cert} with the key {key}: {reason}") from None
    return context
