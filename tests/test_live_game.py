"""A whole live game in one process: the host on 127.0.0.1 and real WebSocket clients
speaking the protocol, with scripted answers on a clock the test moves, so that every
player's every point can be checked against the solo rules with the time bonus."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from helpers import VALID, write
from live_helpers import Player, make_game, running

from quizcli.live.host import LiveHost
from quizcli.model import ChoiceQuestion, Kind, NumberQuestion, Presented, TrueFalseQuestion

LIMIT = 20.0
BASE = {"easy": 100, "medium": 200, "hard": 300}


class Clock:
    """A clock the test sets: the host's elapsed times are exactly what the script says."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def right(presented: Presented) -> Any:
    q = presented.question
    if isinstance(q, ChoiceQuestion | TrueFalseQuestion):
        return q.answer
    assert isinstance(q, NumberQuestion)
    return q.answer


def wrong(presented: Presented) -> Any:
    q = presented.question
    if isinstance(q, ChoiceQuestion):
        return next(o for o in presented.options if o != q.answer)
    if isinstance(q, TrueFalseQuestion):
        return not q.answer
    assert isinstance(q, NumberQuestion)
    return q.answer + 100


def expected_points(presented: Presented, fraction: float, streak: int, elapsed: float) -> int:
    """The solo rules by hand: base x fraction x streak bonus x (1 - elapsed/limit/2)."""
    base = BASE[presented.question.difficulty.value]
    bonus = min(0.1 * (streak - 1), 0.5) if fraction == 1 else 0
    return round(base * fraction * (1 + bonus) * (1 - elapsed / LIMIT / 2))


def run(coroutine: Any) -> Any:
    return asyncio.run(asyncio.wait_for(coroutine, 60))


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def test_a_whole_game_scores_every_player_by_the_solo_rules(bank: Path) -> None:
    clock = Clock()
    game = make_game(bank, count=3, limit=LIMIT, kinds=(Kind.CHOICE, Kind.TRUEFALSE, Kind.NUMBER))
    host = LiveHost(game, pause=0, clock=clock)
    presented = [host.party.present(n) for n in (1, 2, 3)]
    # Per question, per player: (what to send, seconds after the question opened).
    script = {
        "alice": [("right", 2.0), ("right", 2.0), ("right", 2.0)],
        "bob": [("wrong", 1.0), ("right", 10.0), ("right", 10.0)],
        "carol": [("skip", 0.5), ("right", 0.0), ("right", LIMIT)],  # the last, on the bell
    }

    async def play() -> dict[str, list[dict[str, Any]]]:
        async with running(host):
            players = [await Player.join(host, name) for name in script]
            for player in players:
                welcome = await player.next("welcome")
                assert welcome["name"] == player.name and welcome["time_limit"] == LIMIT
            host.start_game()
            results: dict[str, list[dict[str, Any]]] = {name: [] for name in script}
            for index, shown in enumerate(presented):
                for player in players:
                    message = await player.next("question")
                    assert message["number"] == index + 1
                    assert "answer" not in message["question"]  # never before the close
                opened = host.opened_at
                for player in players:
                    what, elapsed = script[player.name][index]
                    clock.now = opened + elapsed
                    value = {"right": right(shown), "wrong": wrong(shown), "skip": None}[what]
                    await player.send({"type": "answer", "question": index + 1, "value": value})
                    assert (await player.next("answered"))["question"] == index + 1
                for player in players:
                    results[player.name].append(await player.next("result"))
            for player in players:
                end = await player.next("end")
                assert end["reason"] == "finished"
                results[player.name].append(end)
                await player.close()
            return results

    results = run(play())
    totals = {}
    for name, steps in script.items():
        streak, total = 0, 0
        for index, (what, elapsed) in enumerate(steps):
            streak = streak + 1 if what == "right" else 0
            fraction = 1.0 if what == "right" else 0.0
            points = expected_points(presented[index], fraction, streak, elapsed)
            total += points
            you = results[name][index]["you"]
            assert (you["points"], you["score"]) == (points, total), (name, index)
            reveal = results[name][index]["reveal"]
            assert reveal["answer"] == right(presented[index])
        totals[name] = total
    end = results["alice"][-1]
    assert [(row["name"], row["score"]) for row in end["standings"]] == sorted(
        totals.items(), key=lambda item: -item[1]
    )
    assert {p.name: p.score for p in host.party.players.values()} == totals
    # The counts as bars: on the first question alice picked right, bob wrong, carol none.
    first_counts = results["alice"][0]["counts"]
    assert sum(row["count"] for row in first_counts) in (2, 3)
    assert any(row["right"] and row["count"] == 1 for row in first_counts)


def test_a_late_answer_is_refused_whatever_the_client_says(bank: Path) -> None:
    clock = Clock()
    host = LiveHost(make_game(bank, count=1, limit=0.5), pause=0, clock=clock)

    async def play() -> tuple[dict[str, Any], dict[str, Any]]:
        async with running(host):
            ann, ben = await Player.join(host, "ann"), await Player.join(host, "ben")
            await ann.next("welcome")
            await ben.next("welcome")
            host.start_game()
            await ann.next("question")
            clock.now = host.opened_at + 0.5001  # just past the bell
            await ann.send({"type": "answer", "question": 1, "value": None, "elapsed": 0})
            refused = await ann.next("refused")
            result = await ann.next("result")  # the host closes the question on its own clock
            await ann.close()
            await ben.close()
            return refused, result

    refused, result = run(play())
    assert refused["reason"] == "closed"
    assert result["you"]["mark"] == "timed_out" and result["you"]["points"] == 0
    assert result["reveal"]["answer"] is not None
