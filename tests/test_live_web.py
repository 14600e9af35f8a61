"""Players join from a browser: the page the host serves, driven in headless Chromium.

Three browser players and one terminal player (``quizcli join`` in a pseudo-terminal)
play a whole room of every kind of question together; scores, standings and the podium
agree everywhere; a reload mid-question takes the seat back with the score kept; at
360 px every option is whole and every control has a label; and no websocket frame the
page receives before a question's close holds its answer or an accepted spelling.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pexpect
import pytest
from browser import OVERFLOW, UNLABELLED, chromium, chromium_path, phone
from helpers import VALID, spawn_quizcli, write
from live_helpers import make_game
from test_live_fair import fold, spellings, strings

from quizcli.live.host import LiveHost
from quizcli.model import (
    ChoiceQuestion,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Presented,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

ENV = {"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40"}
# One question of each kind, and one whose prompt and options look like HTML and hold a
# word too long for a phone's line: shown as text, whole, at 360 px.
MARKUP = """
[[questions]]
id = "q-markup"
kind = "choice"
prompt = "Which is <b>bold</b>? <script>alert(1)</script>"
choices = [
    "<img src=x onerror=alert(1)>",
    "Supercalifragilisticexpialidocious-Pneumonoultramicroscopic",
    "Plain & simple",
]
answer = "Plain & simple"
"""
BANK = VALID + MARKUP
COUNT = 8


@contextmanager
def room(host: LiveHost) -> Iterator[LiveHost]:
    """``host`` serving on 127.0.0.1 from a thread of its own, as ``quizcli host`` does."""
    ready = threading.Event()
    thread = threading.Thread(
        target=lambda: asyncio.run(host.run(lambda _: ready.set())), daemon=True
    )
    thread.start()
    assert ready.wait(10)
    try:
        yield host
    finally:
        host.stop()
        thread.join(15)


def right_clicks(page: Any, presented: Presented) -> None:
    """Answer ``presented`` right in the page, as a player taps it."""
    question = presented.question
    button = lambda text: page.get_by_role("button", name=text, exact=True)  # noqa: E731
    match question:
        case ChoiceQuestion():
            button(question.answer).click()
        case TrueFalseQuestion():
            button("True" if question.answer else "False").click()
        case MultiQuestion():
            for option in question.answer:
                button(option).click()
            button("Send answer").click()
        case OrderQuestion():
            for option in question.answer:
                button(option).click()
            button("Send answer").click()
        case NumberQuestion():
            page.get_by_label("Your answer", exact=True).fill(f"{question.answer:g}")
            button("Send answer").click()
        case TimeQuestion():
            minutes, seconds = divmod(question.seconds, 60)
            page.get_by_label("Minutes", exact=True).fill(f"{int(minutes)}")
            page.get_by_label("Seconds", exact=True).fill(f"{seconds:.2f}")
            page.get_by_label("Seconds", exact=True).press("Enter")
        case TextQuestion():
            page.get_by_label("Your answer", exact=True).fill(question.accept[0])
            button("Send answer").click()


def typed_line(presented: Presented) -> str:
    """The right answer as ``quizcli join --plain`` takes it, one line."""
    question, options = presented.question, list(presented.options)
    match question:
        case ChoiceQuestion():
            return str(options.index(question.answer) + 1)
        case MultiQuestion() | OrderQuestion():
            return ",".join(str(options.index(option) + 1) for option in question.answer)
        case TrueFalseQuestion():
            return "true" if question.answer else "false"
        case NumberQuestion():
            return f"{question.answer:g}"
        case TimeQuestion():
            return str(question.answer)
        case TextQuestion():
            return question.answer
    raise AssertionError(question)


def messages(page: Any) -> list[dict[str, Any]]:
    return [json.loads(frame) for frame in page.frames_in]


def test_three_browsers_and_a_terminal_play_one_room(tmp_path: Path) -> None:
    chromium_path()
    bank = write(tmp_path, BANK)
    host = LiveHost(make_game(bank, count=COUNT, seed=5, limit=60.0), pause=0.3)
    names = ("ann", "bo", "cy")
    with room(host), chromium() as browser:
        url = f"http://127.0.0.1:{host.port}/?code={host.code}"
        pages = {name: phone(browser) for name in names}
        for name, page in pages.items():
            page.goto(url)
            assert page.get_by_label("Join code", exact=True).input_value() == host.code
            page.get_by_label("Your name", exact=True).fill(name)
            page.get_by_role("button", name="Join").click()
            page.get_by_text("Waiting for the host to start the game.").wait_for()
        dee = spawn_quizcli(
            "join", f"127.0.0.1:{host.port}", "--code", host.code, "--player", "dee",
            "--plain", env=ENV,
        )  # fmt: skip
        dee.expect("Joined the room as dee")
        pages["ann"].get_by_text("Players (4)").wait_for()
        assert UNLABELLED and pages["ann"].evaluate(UNLABELLED) == []
        host.start_game()
        shots = tmp_path / "shots"
        asked: dict[int, Presented] = {}
        for number in range(1, COUNT + 1):
            progress = f"Question {number} of {COUNT}"
            for page in pages.values():
                page.get_by_text(progress).wait_for()
            presented = host.current  # the open question, as the host shuffled it
            assert presented is not None and presented.number == number
            asked[number] = presented
            ann = pages["ann"]
            question = presented.question
            assert ann.evaluate(UNLABELLED) == [], question.id
            assert ann.evaluate(OVERFLOW) == [], question.id
            assert ann.locator("#prompt").text_content() == question.prompt
            assert ann.locator("#controls img, #controls b, #controls script").count() == 0
            shown = ann.locator("#controls .option").all_text_contents()
            assert shown == list(presented.options), question.id
            ann.screenshot(path=str(shots / f"{question.id}.png"), full_page=True)
            right_clicks(ann, presented)
            if number % 2:
                right_clicks(pages["bo"], presented)
            else:
                pages["bo"].get_by_role("button", name="Skip this question").click()
            cy = pages["cy"]
            if number == 3:  # a reload mid-question takes the seat back, score kept
                before = cy.locator("#score").text_content()
                cy.reload()
                cy.get_by_text(progress).wait_for()
                assert cy.locator("#score").text_content() == before
            right_clicks(cy, presented)
            dee.expect(r"Your answer \(")
            dee.sendline(typed_line(presented))
            for page in pages.values():
                page.locator("#status .verdict").wait_for()
        for page in pages.values():
            page.get_by_role("heading", name="Final standings").wait_for()
        dee.expect(r"Your game: (\d+) points, place (\d) of 4")
        dee_score, dee_place = int(dee.match.group(1)), int(dee.match.group(2))
        podiums = {n: p.locator("#podium li").all_text_contents() for n, p in pages.items()}
        received = {name: messages(page) for name, page in pages.items()}

    standings = [(s.name, s.score) for s in host.standings()]
    ends = {name: next(m for m in received[name] if m["type"] == "end") for name in names}
    for name, end in ends.items():
        assert [(row["name"], row["score"]) for row in end["standings"]] == standings
        podium = podiums[name]
        top = [row for row in end["standings"] if row["place"] <= 3]
        assert [text.split(" · ")[0][3:].strip() for text in podium] == [r["name"] for r in top]
        mine = next(row for row in end["standings"] if row["name"] == name)
        assert end["you"]["score"] == mine["score"] and end["you"]["place"] == mine["place"]
    assert dict(standings)["dee"] == dee_score
    assert next(s.place for s in host.standings() if s.name == "dee") == dee_place
    scores = dict(standings)
    assert scores["ann"] > scores["bo"] > 0 and scores["cy"] > scores["bo"]
    right = {row["name"]: row for row in ends["ann"]["standings"]}
    assert all(row["score"] > 0 for row in right.values()), right
    for name, player in host.party.players.items():  # everyone but bo answered all right
        marks = [record.verdict.mark.value for record in player.records]
        assert marks == ["right"] * COUNT or name == "bo", (name, marks)
    assert len(list(shots.glob("*.png"))) == COUNT

    # Nothing before a close tells its answer: every frame each page received between a
    # question's open and its result, rejoin included.
    for name in names:
        open_number = 0
        for message in received[name]:
            if message["type"] == "question":
                open_number = message["number"]
            if message["type"] in ("result", "end"):
                open_number = 0
                continue
            if not open_number:
                continue
            presented = asked[open_number]
            question = presented.question
            shown = frozenset({question.prompt, question.quote or "", *presented.options})
            text = f" {' '.join(fold(s) for s in strings(message, shown))} "
            for leak in spellings(question):
                assert f" {leak} " not in text, (name, question.id, leak, message)
            assert "tags" not in json.dumps(message) and question.id not in json.dumps(message)


def test_the_page_is_served_with_a_strict_policy_and_only_its_own_origin_may_connect(
    tmp_path: Path,
) -> None:
    """GET / is the page with a Content-Security-Policy; a browser's handshake from
    another origin is refused, a terminal client's (no Origin) and the page's own are not."""
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    host = LiveHost(make_game(write(tmp_path, VALID)), pause=0)
    with room(host):
        base = f"http://127.0.0.1:{host.port}"
        with urllib.request.urlopen(f"{base}/?code={host.code}", timeout=10) as response:
            page = response.read().decode()
            policy = response.headers["Content-Security-Policy"]
        assert '<script src="/app.js"' in page and "<script>" not in page
        assert "default-src 'none'" in policy and "script-src 'self'" in policy
        assert "http" not in policy.replace(f"ws://127.0.0.1:{host.port}", "")
        for path in ("/app.js", "/app.css"):
            with urllib.request.urlopen(base + path, timeout=10) as response:
                body = response.read().decode()
            assert "innerHTML" not in body and "http" not in body.replace("https:", "")
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{base}/../etc/passwd", timeout=10)
        assert missing.value.code == 404
        ws = f"ws://127.0.0.1:{host.port}/"
        with pytest.raises(InvalidStatus) as refused:
            connect(ws, origin="http://evil.example", open_timeout=10)  # type: ignore[arg-type]
        assert refused.value.response.status_code == 403
        with connect(ws, origin=base, open_timeout=10):  # type: ignore[arg-type]
            pass
        with connect(ws, open_timeout=10):
            pass
    with pytest.raises(urllib.error.URLError):  # the page goes with the room
        urllib.request.urlopen(f"{base}/", timeout=5)


def test_a_tls_room_plays_with_join_wss_and_with_the_browser(tmp_path: Path) -> None:
    """``quizcli host --tls-cert --tls-key`` with a certificate made here: the lobby shows
    the https join URL and its QR code; ``join wss://`` with ``--ca`` and a browser at the
    https URL play the room to its end; without ``--ca`` the join is one clear line."""
    import trustme

    chromium_path()
    authority = trustme.CA()
    server = authority.issue_cert("127.0.0.1", "localhost")
    cert, key, ca = tmp_path / "cert.pem", tmp_path / "key.pem", tmp_path / "ca.pem"
    server.cert_chain_pems[0].write_to_path(str(cert))
    server.private_key_pem.write_to_path(str(key))
    authority.cert_pem.write_to_path(str(ca))
    bank = write(tmp_path, VALID)
    host = spawn_quizcli(
        "host", "demo", "--bank", str(bank), "--port", "0", "--count", "2", "--seed", "3",
        "--kind", "choice", "--kind", "truefalse", "--time-limit", "60",
        "--tls-cert", str(cert), "--tls-key", str(key), env=ENV,
    )  # fmt: skip
    host.expect(r"Room open on 127\.0\.0\.1:(\d+), join code (\d{6})")
    port, code = host.match.group(1), host.match.group(2)
    host.expect_exact(f"https://127.0.0.1:{port}/?code={code}")
    host.expect_exact("only this computer can join")
    host.expect("[▀▄█]{7}")  # the QR code's first row of modules
    refused = spawn_quizcli("join", f"wss://127.0.0.1:{port}", "--code", code, env=ENV)
    refused.expect("Error: cannot reach wss://127.0.0.1:.*--ca FILE")
    address = f"wss://127.0.0.1:{port}"
    ed = spawn_quizcli(
        "join", address, "--code", code, "--player", "ed", "--ca", str(ca), "--plain", env=ENV
    )
    ed.expect("Joined the room as ed")
    with chromium(f"--ignore-certificate-errors-spki-list={spki_hash(cert)}") as browser:
        page = phone(browser)
        page.goto(f"https://127.0.0.1:{port}/?code={code}")
        page.get_by_label("Your name", exact=True).fill("flo")
        page.get_by_role("button", name="Join").click()
        page.get_by_text("Waiting for the host to start the game.").wait_for()
        host.expect("flo joined")
        host.send("\r")
        for number in (1, 2):
            page.get_by_text(f"Question {number} of 2").wait_for()
            page.locator("#controls .option").first.click()
            ed.expect(r"Your answer \(")
            ed.sendline("1")
            page.locator("#status .verdict").wait_for()
        page.get_by_role("heading", name="Final standings").wait_for()
        assert page.locator("#podium li").count() == 2
        assert messages(page)[0]["type"] == "welcome"
    ed.expect(r"Your game: \d+ points, place \d of 2")
    host.expect("Stored 2 of 2 players' games")
    host.expect(pexpect.EOF)


def spki_hash(cert: Path) -> str:
    """Chromium's pin for the certificate's key (base64 of the SHA-256 of its SPKI): the
    browser trusts this one key, and checks everything else of TLS as usual."""
    import base64
    import hashlib

    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    key = x509.load_pem_x509_certificate(cert.read_bytes()).public_key()
    spki = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(hashlib.sha256(spki).digest()).decode()


def test_the_web_client_and_the_qr_library_are_loaded_only_by_host() -> None:
    """``list``, ``play --help``, ``--help`` and ``host --help`` load neither the page's
    module, nor segno, nor the QR drawing, nor websockets."""
    import subprocess

    probe = (
        "import sys, runpy\n"
        "sys.argv = ['quizcli'] + sys.argv[1:]\n"
        "try:\n    runpy.run_module('quizcli', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "loaded = [m for m in ('segno', 'quizcli.live.web', 'quizcli.ui.qr', 'websockets')"
        " if m in sys.modules]\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    for args in (["list"], ["play", "--help"], ["--help"], ["host", "--help"]):
        done = subprocess.run(
            [sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=60
        )
        assert "LOADED []" in done.stderr, (args, done.stderr[-300:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wss://127.0.0.1:9443", ("127.0.0.1", 9443, True)),
        ("WSS://quiz.lan", ("quiz.lan", 8765, True)),
        ("ws://[::1]:9000/", ("::1", 9000, False)),
        ("https://192.168.1.20:8765/?code=123456", ("192.168.1.20", 8765, True)),
        ("http://192.168.1.20:8765/?code=123456", ("192.168.1.20", 8765, False)),
        ("127.0.0.1:8765", ("127.0.0.1", 8765, False)),
    ],
)
def test_join_takes_wss_addresses_and_the_pages_join_url(
    text: str, expected: tuple[str, int, bool]
) -> None:
    from quizcli.live.client import parse_room

    assert parse_room(text) == expected


def test_tls_mistakes_are_one_clear_line(tmp_path: Path) -> None:
    """A certificate that cannot be read, a key without its certificate, a missing --ca:
    one line each, never a traceback, and no room opened."""
    from helpers import quizcli

    bank = str(write(tmp_path, VALID))
    missing = str(tmp_path / "nope.pem")
    bad = quizcli("host", "demo", "--bank", bank, "--tls-cert", missing, "--tls-key", missing)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().splitlines() == [
        f"Error: cannot use the certificate {missing} with the key {missing}: No such file or"
        " directory"
    ]
    half = quizcli("host", "demo", "--bank", bank, "--tls-key", missing)
    assert half.returncode == 2 and "give both --tls-cert and --tls-key" in half.stderr
    ca = quizcli("join", "wss://127.0.0.1:9", "--code", "123456", "--ca", missing)
    assert ca.returncode == 1 and "Traceback" not in ca.stderr
    assert ca.stderr.strip().splitlines() == [
        f"Error: cannot read the certificates in {missing}: No such file or directory"
    ]


def test_without_a_browser_the_tests_skip_with_how_to_and_fail_in_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No chromium on PATH: a skip that says how to get it; with CI=true, a failure."""
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("QUIZCLI_TEST_CHROMIUM", raising=False)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        chromium_path()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no browser in CI"):
        chromium_path()


def test_the_terminal_qr_code_draws_every_module_of_the_join_url() -> None:
    """Read the half blocks back into modules: the very symbol segno makes of the URL,
    its quiet zone included, two rows a line, drawn black on white."""
    import segno

    from quizcli.ui.qr import QUIET, qr_text

    url = "http://192.168.1.20:8765/?code=482913"
    drawn = qr_text(url)
    assert all(span.style == "black on white" for span in drawn.spans)
    lines = drawn.plain.split("\n")
    read: list[list[bool]] = []
    for line in lines:
        read.append([c in "█▀" for c in line])
        read.append([c in "█▄" for c in line])
    expected = [
        [bool(m) for m in row] for row in segno.make(url, error="m").matrix_iter(border=QUIET)
    ]
    assert read[: len(expected)] == expected
    assert not any(any(row) for row in read[len(expected) :])


def test_the_join_url_names_a_reachable_address() -> None:
    """The lobby's URL: brackets for IPv6, https with TLS, and for a wildcard bind this
    machine's own address (never the wildcard when a route exists)."""
    import ipaddress

    from quizcli.live.web import join_url, reachable_address

    assert join_url("192.168.1.20", 8765, "123456") == "http://192.168.1.20:8765/?code=123456"
    assert join_url("fe80::1", 9, "000001", secure=True) == "https://[fe80::1]:9/?code=000001"
    assert reachable_address("192.168.1.20") == "192.168.1.20"
    found = ipaddress.ip_address(reachable_address("0.0.0.0"))  # an address, whatever it is
    assert found.version == 4


def test_the_page_shows_a_refusal_and_gives_the_form_back(tmp_path: Path) -> None:
    """A wrong code, then a name already seated: the host's reason in the live region,
    the form back with its button; with the right name the player gets in."""
    chromium_path()
    host = LiveHost(make_game(write(tmp_path, VALID)), pause=0)
    with room(host), chromium() as browser:
        first = phone(browser)
        first.goto(f"http://127.0.0.1:{host.port}/?code={host.code}")
        first.get_by_label("Your name", exact=True).fill("ann")
        first.get_by_role("button", name="Join").click()
        first.get_by_text("Waiting for the host to start the game.").wait_for()
        page = phone(browser)
        wrong = "000000" if host.code != "000000" else "111111"
        page.goto(f"http://127.0.0.1:{host.port}/?code={wrong}")
        page.get_by_label("Your name", exact=True).fill("bo")
        page.get_by_role("button", name="Join").click()
        page.get_by_role("status").get_by_text("The host refused: wrong code").wait_for()
        assert page.get_by_role("button", name="Join").is_enabled()
        page.get_by_label("Join code", exact=True).fill(host.code)
        page.get_by_label("Your name", exact=True).fill("Ann")  # the same seat as ann
        page.get_by_role("button", name="Join").click()
        page.get_by_role("status").get_by_text("The host refused:").wait_for()
        assert page.evaluate("sessionStorage.getItem('quizcli.seat')") is None
        page.get_by_label("Your name", exact=True).fill("bo")
        page.get_by_role("button", name="Join").click()
        page.get_by_text("Players (2)").wait_for()
