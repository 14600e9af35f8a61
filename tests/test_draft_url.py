"""``quizcli draft URL``: an article fetched over http from a real server on 127.0.0.1,
with redirects followed, and one clear line (nothing written) for every failure: an HTTP
error, a refused connection, a page too big, a page that is no text, a server too slow."""

from __future__ import annotations

import http.server
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import quizcli

from quizcli.draft import DraftError, draft
from quizcli.draft.fetch import fetch_article
from quizcli.draft.read import MAX_ARTICLE_BYTES

ARTICLE = (
    "Josh Kerr won the 1500m in 3:27.79 ahead of Cole Hocker and Yared Nuguse.\n\n"
    '"I knew I had it in me all along," Kerr said after the final in Paris.\n\n'
    "Hocker said he would try again next year, and Nuguse agreed with him on the spot.\n"
)
PAGE = (
    "<!doctype html><html><head><title>Kerr wins the 1500m</title></head><body><article>"
    "<h1>Josh Kerr wins the 1500m</h1>"
    + "".join(f"<p>{p}</p>" for p in ARTICLE.replace('"', "&quot;").split("\n\n"))
    + "</article></body></html>"
)


class _Handler(http.server.BaseHTTPRequestHandler):
    """The test site: an article, a page, a redirect, errors, a huge page, a slow one."""

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        routes = {
            "/article.txt": ("text/plain; charset=utf-8", ARTICLE.encode()),
            "/page.html": ("text/html; charset=utf-8", PAGE.encode()),
            "/photo.png": ("image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        }
        if self.path in routes:
            kind, body = routes[self.path]
            self._send(200, kind, body)
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/article.txt")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(MAX_ARTICLE_BYTES + 10))
            self.end_headers()
            self.wfile.write(b"x" * 1024)
        elif self.path == "/endless":  # no length given: the size limit still holds
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            chunk = b"word " * 20000
            try:
                for _ in range(MAX_ARTICLE_BYTES // len(chunk) + 2):
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
        elif self.path == "/slow":
            time.sleep(2.0)
            self._send(200, "text/plain", ARTICLE.encode())
        else:
            self._send(404, "text/plain", b"not here")

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (the slow page)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """A threaded http server on 127.0.0.1, shut down after the module's tests."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_the_cli_drafts_a_fetched_article_and_names_its_address(site: str, tmp_path: Path) -> None:
    out = tmp_path / "kerr.toml"
    result = quizcli("draft", f"{site}/moved", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert f'url = "{site}/moved"' in text  # the address given, as the source's
    assert "Josh Kerr" in text and "3:27.79" in text


def test_a_fetched_html_page_is_read_like_a_saved_one(site: str) -> None:
    pytest.importorskip("trafilatura")
    result = draft([f"{site}/page.html"])
    (found,) = result.findings
    assert [q["speaker"] for q in found["quotations"]] == ["Josh Kerr"]
    assert result.bank.sources[0].url == f"{site}/page.html"


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", "the server answered 404 Not Found"),
        ("/huge", "articles are limited to 4 MiB"),
        ("/endless", "articles are limited to 4 MiB"),
        ("/photo.png", "is image/png, not an article page"),
    ],
)
def test_a_failed_fetch_is_one_line_and_writes_nothing(
    site: str, tmp_path: Path, path: str, message: str
) -> None:
    out = tmp_path / "out.toml"
    result = quizcli("draft", f"{site}{path}", "-o", str(out))
    assert result.returncode == 1
    assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_refused_connection_is_one_line() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(DraftError, match="could not fetch the page") as error:
        fetch_article(f"http://127.0.0.1:{port}/article.txt", timeout=5)
    assert "\n" not in str(error.value)


def test_a_server_too_slow_is_left_after_the_timeout(site: str) -> None:
    with pytest.raises(DraftError, match=r"no answer within 0\.5 seconds"):
        fetch_article(f"{site}/slow", timeout=0.5)
