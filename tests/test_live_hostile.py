"""Hostile clients: the host never crashes and the other players never notice.

Each test plays a real game (two honest players on 127.0.0.1, every answer right) while one
client misbehaves in one way, then checks that the game ended normally for the honest
players with the points they earned, and that the misbehaving client got what the
protocol promises (an error, a closed connection, a slower answer).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import VALID, write
from live_helpers import WAIT, Player, make_game, running
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from quizcli.live import protocol as wire
from quizcli.live.host import LiveHost
from quizcli.live.server import MAX_PENDING
from quizcli.model import Kind

Hostile = Callable[[LiveHost], Awaitable[Any]]


def run(coroutine: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coroutine, 90))


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


async def closed_code(conn: Any) -> int | None:
    """Read until the host closes the connection; its close code."""
    try:
        while True:
            await asyncio.wait_for(conn.recv(), WAIT)
    except ConnectionClosed as closed:
        return closed.rcvd.code if closed.rcvd is not None else None


def play_beside(
    bank: Path, hostile: Hostile, *, hello_timeout: float = 2.0, joins: bool = False
) -> Any:
    """Play two questions with ann and ben while ``hostile`` runs; its result.

    The honest players hold their first answers until the hostile client is done, so
    that everything it does happens while a question is open. A hostile client that
    ``joins`` does so in the lobby, before the game starts.
    """
    game = make_game(bank, count=2, kinds=(Kind.CHOICE, Kind.TRUEFALSE))
    host = LiveHost(game, pause=0, hello_timeout=hello_timeout)
    answers = [host.party.present(n).question.answer for n in (1, 2)]  # type: ignore[union-attr]

    async def play() -> tuple[Any, list[dict[str, Any]]]:
        async with running(host):
            honest = [await Player.join(host, "ann"), await Player.join(host, "ben")]
            for player in honest:
                await player.next("welcome")
            mischief = asyncio.create_task(hostile(host))
            while joins and "mallory" not in host.conns and not mischief.done():
                await asyncio.sleep(0.01)
            host.start_game()
            ends = []
            for number, answer in enumerate(answers, 1):
                for player in honest:
                    await player.next("question")
                if number == 1:
                    outcome = await asyncio.wait_for(mischief, 60)
                for player in honest:
                    await player.send({"type": "answer", "question": number, "value": answer})
                for player in honest:
                    you = (await player.next("result"))["you"]
                    assert you["mark"] == "right", (player.name, you)
            for player in honest:
                ends.append(await player.next("end"))
                await player.close()
            return outcome, ends

    outcome, ends = run(play())
    for end in ends:
        scores = {row["name"]: row["score"] for row in end["standings"]}
        assert scores["ann"] > 0 and scores["ben"] > 0
        assert set(scores) <= {"ann", "ben", "mallory"}
    return outcome


async def joined(host: LiveHost, name: str = "mallory") -> Any:
    conn = await connect(f"ws://127.0.0.1:{host.port}", open_timeout=WAIT)
    hello = {"type": "hello", "version": wire.VERSION, "code": host.code, "name": name}
    await conn.send(json.dumps(hello))
    return conn


def test_malformed_json_gets_errors_then_the_door(bank: Path) -> None:
    async def hostile(host: LiveHost) -> tuple[list[str], int | None]:
        conn = await joined(host)
        bad: list[str | bytes] = ["{not json", "[]", "42", "null", '{"type": 5}', b"\x00\xff"]
        bad += ["{" * 5000, "NaN", '{"type":"answer","question":1,"value":NaN}', "}", "}", "}"]
        for raw in bad:
            await conn.send(raw)
        codes = []
        try:
            while True:
                message = json.loads(await asyncio.wait_for(conn.recv(), WAIT))
                if message["type"] == "error":
                    codes.append(message["code"])
        except ConnectionClosed as closed:
            return codes, closed.rcvd.code if closed.rcvd is not None else None

    codes, close = play_beside(bank, hostile, joins=True)
    assert "bad_json" in codes and "bad_message" in codes
    assert close == 1008


def test_unknown_message_types_are_answered_not_obeyed(bank: Path) -> None:
    async def hostile(host: LiveHost) -> list[dict[str, Any]]:
        conn = await joined(host)
        for kind in ("teleport", "reveal", "score", "x" * 1000):
            await conn.send(json.dumps({"type": kind, "points": 10**9}))
        errors = []
        while len(errors) < 4:
            message = json.loads(await asyncio.wait_for(conn.recv(), WAIT))
            if message["type"] == "error":
                errors.append(message)
        await conn.close()
        return errors

    errors = play_beside(bank, hostile, joins=True)
    assert {e["code"] for e in errors} == {"unknown_type"}
    assert all(len(e["message"]) < 100 for e in errors)


def test_an_oversize_message_closes_that_connection_only(bank: Path) -> None:
    async def hostile(host: LiveHost) -> int | None:
        conn = await joined(host)
        await conn.send(json.dumps({"type": "answer", "question": 1, "value": "x" * 100_000}))
        return await closed_code(conn)

    assert play_beside(bank, hostile, joins=True) == 1009


def test_a_flood_of_messages_closes_that_connection_only(bank: Path) -> None:
    async def hostile(host: LiveHost) -> int | None:
        conn = await joined(host)
        message = json.dumps({"type": "answer", "question": 1, "value": None})
        try:
            for _ in range(2000):
                await conn.send(message)
        except ConnectionClosed:
            pass
        return await closed_code(conn)

    assert play_beside(bank, hostile, joins=True) == 1008


def test_a_connection_that_says_nothing_is_closed(bank: Path) -> None:
    async def hostile(host: LiveHost) -> int | None:
        conn = await connect(f"ws://127.0.0.1:{host.port}", open_timeout=WAIT)
        return await closed_code(conn)

    assert play_beside(bank, hostile, hello_timeout=0.5) == 1008


def test_hundreds_of_connections_do_not_stop_the_game(bank: Path) -> None:
    async def hostile(host: LiveHost) -> tuple[int, int]:
        conns = await asyncio.gather(
            *(connect(f"ws://127.0.0.1:{host.port}", open_timeout=30) for _ in range(300)),
            return_exceptions=True,
        )
        opened = [c for c in conns if not isinstance(c, BaseException)]
        codes = await asyncio.gather(*(closed_code(c) for c in opened))
        return len(opened), sum(1 for code in codes if code == 1013)

    opened, turned_away = play_beside(bank, hostile, hello_timeout=3.0)
    assert opened >= MAX_PENDING
    assert turned_away >= 1  # past MAX_PENDING waiting connections, the rest are turned away


def test_a_wrong_code_tried_again_and_again_is_slowed_per_address(bank: Path) -> None:
    async def hostile(host: LiveHost) -> tuple[list[str], float]:
        codes = []
        wrong = "000000" if host.code != "000000" else "111111"
        for _ in range(8):
            async with connect(f"ws://127.0.0.1:{host.port}", open_timeout=WAIT) as conn:
                hello = {"type": "hello", "version": wire.VERSION, "code": wrong, "name": "mallory"}
                await conn.send(json.dumps(hello))
                codes.append(json.loads(await asyncio.wait_for(conn.recv(), WAIT))["code"])
        return codes, host.brake.delay("127.0.0.1")

    codes, delay = play_beside(bank, hostile)
    assert codes == ["bad_code"] * 8
    assert delay == wire.SLOW_MAX  # the next try from that address waits its turn, then this


@pytest.mark.parametrize(
    ("name", "error"),
    [("ann", "name_taken"), ("", "bad_name"), ("   ", "bad_name"), ("m" * 10_000, "bad_name")],
)
def test_bad_names_are_refused(bank: Path, name: str, error: str) -> None:
    async def hostile(host: LiveHost) -> str:
        conn = await joined(host, name)
        message = json.loads(await asyncio.wait_for(conn.recv(), WAIT))
        await closed_code(conn)
        return str(message["code"])

    assert play_beside(bank, hostile) == error


def test_a_name_full_of_escape_sequences_is_cleaned_like_bank_text(bank: Path) -> None:
    async def hostile(host: LiveHost) -> str:
        conn = await joined(host, "\x1b[2J\x1b]0;pwned\x07mal\u202elory")
        welcome = json.loads(await asyncio.wait_for(conn.recv(), WAIT))
        await conn.close()
        return str(welcome["name"])

    name = run(_join_only(bank, hostile))
    assert name == "\\x1b[2J\\x1b]0;pwned\\x07mal\\u202elory"
    assert all(ch.isprintable() for ch in name)


async def _join_only(bank: Path, hostile: Hostile) -> Any:
    host = LiveHost(make_game(bank, count=1), pause=0)
    async with running(host):
        return await hostile(host)
