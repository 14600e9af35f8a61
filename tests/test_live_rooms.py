"""Live rooms over 127.0.0.1: rejoining keeps the score, leaving shows the player as
gone, the host removes a player, the host stops the game for everyone, versions differ."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from helpers import VALID, write
from live_helpers import Player, make_game, running

from quizcli.live.client import LiveClient, LiveError, parse_address
from quizcli.live.host import LiveHost
from quizcli.model import ChoiceQuestion, Kind


def run(coroutine: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coroutine, 60))


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def choice_game(bank: Path, count: int = 2) -> LiveHost:
    """A host of choice questions only (q-choice, then the same kind: one question)."""
    return LiveHost(make_game(bank, count=count, kinds=(Kind.CHOICE, Kind.TRUEFALSE)), pause=0)


def right_value(host: LiveHost, number: int) -> object:
    question = host.party.present(number).question
    assert isinstance(question, ChoiceQuestion) or question.kind is Kind.TRUEFALSE
    return question.answer  # type: ignore[union-attr]


def test_a_dropped_player_rejoins_with_the_same_name_and_keeps_the_score(bank: Path) -> None:
    host = choice_game(bank)

    async def play() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        async with running(host):
            ann, ben = await Player.join(host, "ann"), await Player.join(host, "ben")
            seat = (await ann.next("welcome"))["secret"]
            await ben.next("welcome")
            host.start_game()
            await ann.next("question")
            await ben.next("question")
            await ann.send({"type": "answer", "question": 1, "value": right_value(host, 1)})
            await ann.next("answered")
            await ben.send({"type": "answer", "question": 1, "value": None})
            first = await ann.next("result")
            await ann.conn.close()  # the connection drops, without a leave
            gone = await ben.next("players")
            while any(p["connected"] for p in gone["players"] if p["name"] == "ann"):
                gone = await ben.next("players")
            again = await Player.join(host, "ann", secret=seat)
            welcome = await again.next("welcome")
            await again.next("question")  # question 2, open: sent on rejoining
            await again.send({"type": "answer", "question": 2, "value": right_value(host, 2)})
            await ben.send({"type": "answer", "question": 2, "value": None})
            await again.next("result")
            end = await again.next("end")
            await again.close()
            await ben.close()
            return first, welcome, end

    first, welcome, end = run(play())
    assert welcome["rejoined"] is True
    assert welcome["score"] == first["you"]["score"] > 0
    ann = next(row for row in end["standings"] if row["name"] == "ann")
    assert ann["score"] == host.party.players["ann"].score > first["you"]["score"]
    assert len(host.party.players["ann"].records) == 2


def test_a_player_who_leaves_is_shown_gone_and_the_others_play_on(bank: Path) -> None:
    host = choice_game(bank, count=1)

    async def play() -> dict[str, Any]:
        async with running(host):
            ann, ben = await Player.join(host, "ann"), await Player.join(host, "ben")
            await ann.next("welcome")
            await ben.next("welcome")
            host.start_game()
            await ann.next("question")
            await ben.send({"type": "leave"})
            # ann alone is everyone still here: her answer closes the question.
            await ann.send({"type": "answer", "question": 1, "value": right_value(host, 1)})
            result = await ann.next("result")
            await ann.next("end")
            await ann.close()
            return result

    result = run(play())
    ben = next(row for row in result["top"] if row["name"] == "ben")
    assert ben["gone"] is True
    assert host.party.players["ben"].records[0].verdict.mark.value == "timed_out"


def test_the_host_removes_a_player_who_cannot_come_back(bank: Path) -> None:
    host = choice_game(bank, count=1)

    async def play() -> tuple[dict[str, Any], dict[str, Any]]:
        async with running(host):
            ann, ben = await Player.join(host, "ann"), await Player.join(host, "ben")
            await ann.next("welcome")
            await ben.next("welcome")
            host.remove("ben")
            removed = await ben.next("removed")
            back = await Player.join(host, "ben")
            refused = await back.next("error")
            await ann.close()
            return removed, refused

    removed, refused = run(play())
    assert "removed" in removed["message"]
    assert refused["code"] == "removed"
    assert "ben" not in host.party.players  # removed from the lobby


def test_stopping_the_host_ends_the_game_for_everyone_with_the_standings(bank: Path) -> None:
    host = choice_game(bank)

    async def play() -> dict[str, Any]:
        async with running(host) as task:
            ann = await Player.join(host, "ann")
            await ann.next("welcome")
            host.start_game()
            await ann.next("question")
            await ann.send({"type": "answer", "question": 1, "value": right_value(host, 1)})
            await ann.next("result")
            host.stop()
            end = await ann.next("end")
            await asyncio.wait_for(task, 10)
            return end

    end = run(play())
    assert end["reason"] == "stopped"
    assert end["standings"][0]["name"] == "ann" and end["standings"][0]["score"] > 0
    (result,) = host.party.results(end=host.ending)
    assert result.abandoned


def test_another_protocol_version_gets_one_clear_line(bank: Path) -> None:
    host = choice_game(bank)

    async def play() -> dict[str, Any]:
        async with running(host):
            from websockets.asyncio.client import connect

            async with connect(f"ws://127.0.0.1:{host.port}") as conn:
                hello = {"type": "hello", "version": 1, "code": host.code, "name": "x"}
                await conn.send(json.dumps(hello))
                return dict(json.loads(await asyncio.wait_for(conn.recv(), 10)))

    error = run(play())
    assert error["code"] == "version"
    assert "protocol version 2" in error["message"] and "\n" not in error["message"]


def test_the_client_joins_and_reports_refusals_in_one_line(bank: Path) -> None:
    host = choice_game(bank)

    async def play() -> tuple[dict[str, Any], str, str]:
        async with running(host):
            good = LiveClient(f"127.0.0.1:{host.port}", host.code, "ann")
            welcome = await asyncio.to_thread(good.connect)
            refusals = []
            for code, name in (
                (host.code, "ann"),
                ("000000" if host.code != "000000" else "1", "x"),
            ):
                client = LiveClient(f"127.0.0.1:{host.port}", code, name)
                try:
                    await asyncio.to_thread(client.connect)
                except LiveError as error:
                    refusals.append(str(error))
                finally:
                    await asyncio.to_thread(client.close)
            await asyncio.to_thread(good.close)
            return welcome, refusals[0], refusals[1]

    welcome, taken, wrong = run(play())
    assert welcome["name"] == "ann"
    assert taken.startswith("the host refused: the name ann is taken")
    assert "\n" not in taken
    assert wrong == "the host refused: wrong code for this room"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("example.org", ("example.org", 8765)), ("10.0.0.2:9000", ("10.0.0.2", 9000)),
     ("[::1]:9001", ("::1", 9001)), ("ws://h:1/", ("h", 1))],
)  # fmt: skip
def test_addresses(text: str, expected: tuple[str, int]) -> None:
    assert parse_address(text) == expected


@pytest.mark.parametrize("text", ["", "h:0", "h:x", "h:70000", "[::1"])
def test_bad_addresses_are_refused(text: str) -> None:
    with pytest.raises(LiveError):
        parse_address(text)


def test_nobody_can_reach_a_closed_room() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = LiveClient(f"127.0.0.1:{port}", "123456", "ann")
    with pytest.raises(LiveError, match="cannot reach"):
        client.connect(timeout=5)
    client.close()
