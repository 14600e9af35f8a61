"""A room nobody can cheat or jam, proved with raw WebSocket clients on 127.0.0.1.

Before a question closes nothing tells its answer (every question of paris2024), scores and
places do not move, and the moves shown at the close are counted against the standings
from before the question opened (host and players agree); a seat cannot be taken without
its secret, nor by a name that only looks the same; a removed player leaves the
standings; silent connections and a stream of wrong codes do not keep honest players out.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any

from live_helpers import WAIT, Player, make_game, running
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from quizcli.live import protocol as wire
from quizcli.live.client import LiveClient
from quizcli.live.host import HostEvent, LiveHost
from quizcli.model import (
    ChoiceQuestion,
    Kind,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)

PARIS = Path(__file__).resolve().parents[1] / "questions" / "paris2024.toml"
# Silent connections in the jam test: the 200, and more than the host's pool holds,
# so that the oldest silent ones are dropped to make room.
SILENT = 300


def run(coroutine: Any, limit: float = 120) -> Any:
    return asyncio.run(asyncio.wait_for(coroutine, limit))


def fold(text: str) -> str:
    """Lower case, no accents, every run of other characters one space: ``Los-Angeles
    2028`` and ``los_angeles_2028`` are both ``los angeles 2028``."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(re.split(r"[\W_]+", plain)).strip()


def spellings(question: Question) -> list[str]:
    """Every text that would give ``question``'s answer away, folded."""
    match question:
        case ChoiceQuestion():
            found = [question.answer]
        case MultiQuestion() | OrderQuestion():
            found = list(question.answer)
        case TextQuestion():
            found = [question.answer, *question.accept]
        case NumberQuestion():
            number = question.answer
            found = [str(int(number)) if float(number).is_integer() else str(number)]
        case TimeQuestion():
            found = [question.answer, str(question.seconds)]
        case TrueFalseQuestion():
            found = []  # true or false: nothing longer to look for
        case _:
            found = []
    return [f for f in (fold(text) for text in found) if len(f) >= 2]


def strings(value: object, skip: frozenset[str]) -> list[str]:
    """Every string value in a message (keys left out), except the texts in ``skip``."""
    if isinstance(value, str):
        return [] if value in skip else [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item, skip)]
    if isinstance(value, list):
        return [s for item in value for s in strings(item, skip)]
    return []


class Recorder(Player):
    """A raw client that keeps every message it gets, in order."""

    async def read(self) -> dict[str, Any]:
        raw = await asyncio.wait_for(self.conn.recv(), WAIT)
        message: dict[str, Any] = json.loads(raw)
        self.seen.append(message)
        return message

    async def until(self, kind: str) -> dict[str, Any]:
        while True:
            message = await self.read()
            if message["type"] == kind:
                return message


def test_nothing_before_a_close_tells_its_answer_for_any_question_of_paris2024() -> None:
    """Every question of the built-in bank, with a player who drops and rejoins with its
    secret while each question is open (so that a rejoin's welcome and question are
    checked too): no message from the open to the close carries an answer or an accepted
    spelling outside the prompt and the options shown, nor a bank id or tags."""
    import random

    from quizcli.bank.load import load_bank
    from quizcli.game import Round, RoundOptions

    bank = load_bank(PARIS)  # every question, grouped ones too (a draw takes one a group)
    options = RoundOptions(count=len(bank.questions), seed=7, time_limit=60.0, hints=False)
    game = Round(bank, list(bank.questions), options, random.Random(7))
    host = LiveHost(game, pause=0)
    total = len(game.questions)
    assert total == len(bank.questions) >= 70

    async def play() -> tuple[list[list[dict[str, Any]]], list[list[dict[str, Any]]]]:
        by_question: list[list[dict[str, Any]]] = []
        results: list[list[dict[str, Any]]] = []
        async with running(host):
            ann = await Recorder.join(host, "ann")
            bo = await Recorder.join(host, "bo")
            await ann.until("welcome")
            secret = (await bo.until("welcome")).get("secret")
            host.start_game()
            for number in range(1, total + 1):
                await asyncio.sleep(0.06)  # within the message rate a host allows
                window: list[dict[str, Any]] = []
                window.append(await ann.until("question"))
                window.append(await bo.until("question"))
                await bo.close()  # bo drops and comes back with the seat's secret
                bo = await Recorder.join(host, "bo", secret=secret)
                window.append(await bo.until("welcome"))
                window.append(await bo.until("question"))
                await ann.send({"type": "answer", "question": number, "value": None})
                window.append(await ann.until("answered"))
                await bo.send({"type": "answer", "question": number, "value": None})
                ann_result = await ann.until("result")
                window.extend(m for m in ann.seen if m is not ann_result and m not in window)
                ann.seen.clear()
                bo_result = await bo.until("result")
                window.extend(m for m in bo.seen if m is not bo_result and m not in window)
                bo.seen.clear()
                by_question.append(window)
                results.append([ann_result, bo_result])
            await ann.until("end")
            await ann.close()
            await bo.close()
        return by_question, results

    by_question, results = run(play(), limit=240)
    assert len(by_question) == total
    for index, window in enumerate(by_question):
        presented = host.party.present(index + 1)
        question = presented.question
        shown = frozenset({question.prompt, question.quote or "", *presented.options})
        leaks = spellings(question)
        for message in window:
            assert message["type"] in ("question", "answered", "welcome", "players")
            text = f" {' '.join(fold(s) for s in strings(message, shown))} "
            for leak in leaks:
                assert f" {leak} " not in text, (question.id, leak, message)
            if message["type"] == "question":
                assert "id" not in message["question"] and "tags" not in message["question"]
            for tag in (question.id, *question.tags):
                assert f" {fold(tag)} " not in text or len(fold(tag)) < 4, (question.id, tag)
        # After the close, the bank's id and tags come with the answer.
        for result in results[index]:
            assert result["question"]["id"] == question.id
            assert result["question"]["tags"] == list(question.tags)


def test_scores_and_places_do_not_move_before_a_close_and_moves_count_from_the_open() -> None:
    """ann answers right while the question is open; bo watches the room (a `players`
    message as cy drops and rejoins) and ann rejoins herself: every score shown is the one
    of the last close. At each close the moves are counted against the standings before
    the question opened, the same for the host's screen and the players."""
    game = make_game(PARIS, count=5, kinds=(Kind.CHOICE, Kind.TRUEFALSE), limit=60.0)
    events: list[HostEvent] = []
    host = LiveHost(game, pause=0, events=events.append)

    def right(number: int) -> object:
        question = host.party.present(number).question
        assert isinstance(question, ChoiceQuestion | TrueFalseQuestion)
        return question.answer

    async def play() -> dict[str, Any]:
        seen: dict[str, Any] = {"players": [], "welcomes": [], "results": []}
        async with running(host):
            ann = await Recorder.join(host, "ann")
            bo = await Recorder.join(host, "bo")
            cy = await Recorder.join(host, "cy")
            ann_secret = (await ann.until("welcome")).get("secret")
            await bo.until("welcome")
            cy_secret = (await cy.until("welcome")).get("secret")
            host.start_game()
            for number in range(1, 6):
                for player in (ann, bo, cy):
                    await player.until("question")
                # ann answers right on question 1 only, bo on all the others
                first = right(number) if number == 1 else None
                await ann.send({"type": "answer", "question": number, "value": first})
                await ann.until("answered")
                await ann.close()
                ann = await Recorder.join(host, "ann", secret=ann_secret)
                seen["welcomes"].append((number, await ann.until("welcome")))
                await cy.close()
                cy = await Recorder.join(host, "cy", secret=cy_secret)
                await cy.until("welcome")
                await cy.until("question")
                seen["players"].append((number, await bo.until("players")))
                later = None if number == 1 else right(number)
                await bo.send({"type": "answer", "question": number, "value": later})
                await cy.send({"type": "answer", "question": number, "value": None})
                seen["results"].append([await bo.until("result"), await cy.until("result")])
                await ann.until("result")
            for player in (ann, bo, cy):
                await player.until("end")
                await player.close()
        return seen

    seen = run(play())
    closed = [event.data for event in events if event.kind == "closed"]
    scores_at_close: dict[str, int] = {"ann": 0, "bo": 0, "cy": 0}
    places_before = {"ann": 1, "bo": 1, "cy": 1}
    moved = False
    for index, (number, players) in enumerate(seen["players"]):
        listed = {p["name"]: p["score"] for p in players["players"]}
        assert listed == scores_at_close, number  # frozen while the question is open
        welcome_number, welcome = seen["welcomes"][index]
        assert welcome_number == number
        assert welcome["score"] == scores_at_close["ann"]
        results = seen["results"][index]
        top = results[0]["top"]
        assert top == results[1]["top"] == closed[index][1]  # players and host agree
        for row in top:
            assert row["move"] == places_before[row["name"]] - row["place"]
            moved = moved or row["move"] != 0
        scores_at_close = {row["name"]: row["score"] for row in top}
        places_before = {row["name"]: row["place"] for row in top}
    assert scores_at_close["ann"] > 0 and scores_at_close["bo"] > scores_at_close["ann"]
    assert moved  # bo overtook ann: an arrow that must show


def test_a_seat_cannot_be_taken_without_its_secret_nor_by_a_look_alike_name() -> None:
    game = make_game(PARIS, count=2, limit=60.0)
    host = LiveHost(game, pause=0)

    async def hello(name: str, secret: str | None = None) -> dict[str, Any]:
        player = await Recorder.join(host, name, secret=secret)
        try:
            return await player.read()
        finally:
            await player.close()

    async def play() -> dict[str, Any]:
        out: dict[str, Any] = {}
        async with running(host):
            ana = await Recorder.join(host, "ana")
            welcome = await ana.until("welcome")
            secret = welcome["secret"]
            out["secret"] = secret
            # In the lobby, names that only look like "ana" are the same seat.
            for name in ("Ana", "ＡＮＡ", "\u0430na", "ana ", "ANA"):
                out[f"lobby {name!r}"] = await hello(name)
            out["gone marker"] = await hello("ana (gone)")
            host.start_game()
            await ana.until("question")
            await ana.close()  # ana's link drops mid-game
            await asyncio.sleep(0.2)
            out["no secret"] = await hello("ana")
            out["wrong secret"] = await hello("ana", secret="x" * 22)
            out["look-alike with secret"] = await hello("Ａna", secret="x" * 22)
            back = await Recorder.join(host, "ana", secret=secret)
            out["rejoin"] = await back.until("welcome")
            # The right secret while connected: the new connection takes the seat.
            again = await Recorder.join(host, "ANA", secret=secret)
            out["take over"] = await again.until("welcome")
            try:
                while True:
                    await back.read()
            except ConnectionClosed:
                out["old closed"] = back.conn.close_code
            host.stop()
            await again.close()
        return out

    out = run(play())
    assert len(out["secret"]) >= 22
    for key, reply in out.items():
        if key.startswith("lobby") or key in (
            "no secret",
            "wrong secret",
            "look-alike with secret",
        ):
            assert reply["type"] == "error" and reply["code"] == "name_taken", key
            assert out["secret"] not in json.dumps(reply)
    assert out["gone marker"]["code"] == "bad_name"
    assert out["rejoin"]["rejoined"] is True and out["rejoin"]["name"] == "ana"
    assert out["rejoin"]["secret"] == out["secret"]
    assert out["take over"]["name"] == "ana" and out["old closed"] == 1000
    assert list(host.party.players) == ["ana"]


def test_a_removed_player_leaves_the_standings_and_the_podium() -> None:
    game = make_game(PARIS, count=2, kinds=(Kind.CHOICE, Kind.TRUEFALSE), limit=60.0)
    host = LiveHost(game, pause=0)

    async def play() -> tuple[dict[str, Any], dict[str, Any]]:
        async with running(host):
            ann, cy = await Recorder.join(host, "ann"), await Recorder.join(host, "cy")
            await ann.until("welcome")
            await cy.until("welcome")
            host.start_game()
            await ann.until("question")
            await cy.until("question")
            question = host.party.present(1).question
            assert isinstance(question, ChoiceQuestion | TrueFalseQuestion)
            await cy.send({"type": "answer", "question": 1, "value": question.answer})
            await ann.send({"type": "answer", "question": 1, "value": None})
            await ann.until("result")
            host.remove("CY")  # typed by the host in another case: the same seat
            await cy.until("removed")
            await ann.until("question")
            await ann.send({"type": "answer", "question": 2, "value": None})
            result = await ann.until("result")
            end = await ann.until("end")
            await ann.close()
        return result, end

    result, end = run(play())
    assert [row["name"] for row in result["top"]] == ["ann"]
    assert [row["name"] for row in end["standings"]] == ["ann"]
    assert end["standings"][0]["place"] == 1


def test_silent_connections_and_wrong_codes_do_not_keep_honest_players_out() -> None:
    """300 connections that never say hello (reopened as soon as they are closed) and 50
    wrong codes a second, all from 127.0.0.1 like the honest players: each of 20 honest
    players still joins (with `join`'s client, which retries a busy room). The times are
    printed, not asserted."""
    game = make_game(PARIS, count=1, limit=60.0)
    host = LiveHost(game, pause=0, max_players=50)
    wrong = "000000" if host.code != "000000" else "111111"

    async def silent(stop: asyncio.Event) -> None:
        while not stop.is_set():
            try:
                async with connect(f"ws://127.0.0.1:{host.port}", open_timeout=WAIT) as conn:
                    await conn.wait_closed()
            except (OSError, ConnectionClosed, TimeoutError):
                await asyncio.sleep(0.05)

    async def guesser(stop: asyncio.Event) -> None:
        async def one() -> None:
            try:
                async with connect(f"ws://127.0.0.1:{host.port}", open_timeout=WAIT) as conn:
                    hello = {"type": "hello", "version": wire.VERSION, "code": wrong,
                             "name": "mallory"}  # fmt: skip
                    await conn.send(json.dumps(hello))
                    await asyncio.wait_for(conn.wait_closed(), WAIT)
            except (OSError, ConnectionClosed, TimeoutError):
                pass

        tasks = set()
        while not stop.is_set():
            task = asyncio.create_task(one())
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            await asyncio.sleep(1 / 50)
        await asyncio.gather(*tasks, return_exceptions=True)

    def honest(port: int, times: list[float], errors: list[str]) -> None:
        for index in range(20):
            client = LiveClient(f"127.0.0.1:{port}", host.code, f"honest{index}")
            began = time.monotonic()
            try:
                welcome = client.connect(timeout=WAIT, busy_for=30)
                assert welcome["type"] == "welcome"
                times.append(time.monotonic() - began)
            except Exception as error:  # noqa: BLE001 (reported below)
                errors.append(f"honest{index}: {error}")
            finally:
                client.close()

    async def play() -> tuple[list[float], list[str], int]:
        times: list[float] = []
        errors: list[str] = []
        async with running(host):
            stop = asyncio.Event()
            attackers = [asyncio.create_task(silent(stop)) for _ in range(SILENT)]
            attackers.append(asyncio.create_task(guesser(stop)))
            await asyncio.sleep(1.0)  # the pool is full of silent connections by now
            thread = threading.Thread(target=honest, args=(host.port, times, errors))
            thread.start()
            await asyncio.to_thread(thread.join, 120)
            stop.set()
            for task in attackers:
                task.cancel()
            await asyncio.gather(*attackers, return_exceptions=True)
            wrong_codes = getattr(host, "wrong_codes", 50)
        return times, errors, wrong_codes

    times, errors, wrong_codes = run(play(), limit=180)
    print(
        f"\nhonest joins under load: {len(times)} of 20; seconds each: median"
        f" {sorted(times)[len(times) // 2] if times else 0:.3f}, max {max(times, default=0):.3f};"
        f" wrong codes seen: {wrong_codes}"
    )
    assert errors == []
    assert len(times) == 20
    assert wrong_codes > 20  # the attack did run
    assert SILENT > wire.MAX_PENDING  # the pool was overfilled: the oldest made room


def test_a_remote_players_games_stay_out_of_the_hosts_own_profile(tmp_path: Path) -> None:
    """A remote player named like the host's own player: their live game is on the
    leaderboard, and under `history --live`, but not in that name's own history, stats
    or review cards."""
    from helpers import quizcli

    from quizcli.commands.saving import save_round
    from quizcli.model import RoundEnd

    game = make_game(PARIS, count=1, kinds=(Kind.CHOICE, Kind.TRUEFALSE), limit=60.0)
    host = LiveHost(game, pause=0)

    async def play() -> None:
        async with running(host):
            ana = await Recorder.join(host, "ana")
            await ana.until("welcome")
            host.start_game()
            await ana.until("question")
            question = host.party.present(1).question
            assert isinstance(question, ChoiceQuestion | TrueFalseQuestion)
            await ana.send({"type": "answer", "question": 1, "value": question.answer})
            await ana.until("end")
            await ana.close()

    run(play())
    extra = {"mode": "live", "room": host.code}  # what `quizcli host` keeps with each game
    for result in host.party.results(end=RoundEnd.COMPLETED, extra=extra):
        assert save_round(result, None).problem is None

    def cli(*args: str) -> Any:
        done = quizcli(*args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    assert cli("history", "--player", "ana") == []
    assert [g["player"] for g in cli("history", "--player", "ana", "--live")] == ["ana"]
    assert "ana" in json.dumps(cli("scores", "paris2024"))
    stats = cli("stats", "--player", "ana")
    assert stats["cards_due"] == 0 and stats.get("games", 0) == 0


def test_join_says_the_room_is_busy_and_retries() -> None:
    """A room that closes the first two connections as busy (1013): `quizcli join` says so
    on stderr, waits, tries again, and plays once welcomed."""
    from helpers import quizcli
    from websockets.asyncio.server import ServerConnection, serve

    tries: list[int] = []

    async def handler(conn: ServerConnection) -> None:
        tries.append(1)
        if len(tries) <= 2:
            await conn.close(1013, "the room is busy; try again")
            return
        hello = json.loads(await conn.recv())
        welcome = {"type": "welcome", "version": wire.VERSION, "name": hello["name"],
                   "rejoined": False, "secret": "s" * 22, "set": {"id": "x", "title": "X"},
                   "questions": 1, "time_limit": 20.0, "score": 0, "streak": 0,
                   "answered": 0, "state": "lobby"}  # fmt: skip
        await conn.send(json.dumps(welcome))
        end = {"type": "end", "reason": "finished", "standings": [],
               "you": {"score": 0, "answered": 0, "place": None}}  # fmt: skip
        await conn.send(json.dumps(end))
        await conn.close(1001)

    async def play() -> Any:
        async with serve(handler, "127.0.0.1", 0) as server:
            port = next(iter(server.sockets)).getsockname()[1]
            return await asyncio.to_thread(
                quizcli, "join", f"127.0.0.1:{port}", "--code", "123456", "--player", "ann",
                "--plain", timeout=60,
            )  # fmt: skip

    result = run(play())
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("The room is busy, retrying") == 2
    assert "Joined the room as ann" in result.stdout
    assert len(tries) == 3


def test_a_rejoining_player_counts_down_the_hosts_remaining_time_and_keeps_the_streak() -> None:
    """The player's side of a rejoin mid-question: the countdown starts from the host's
    `remaining` (not the full limit), and the streak comes back with the welcome."""
    import io

    from quizcli.game import Progress
    from quizcli.model import QuestionSet
    from quizcli.ui.live import PlayerScreens
    from quizcli.ui.party import PlainPartyScreen
    from quizcli.ui.plain import PlainView

    out = io.StringIO()
    shown: list[Progress] = []

    class Watching(PlainView):
        def show_question(self, presented: Any, progress: Progress) -> None:
            shown.append(progress)
            super().show_question(presented, progress)

    screens = PlayerScreens(
        PlainPartyScreen(out, io.StringIO()), Watching(out, QuestionSet(id="x", title="X")), "ann"
    )
    welcome = {"type": "welcome", "name": "ann", "rejoined": True, "score": 420,
               "streak": 3, "state": "playing", "questions": 5, "time_limit": 20.0}  # fmt: skip
    screens.welcome(welcome)
    presented = screens.question({
        "type": "question", "number": 3, "total": 5, "time_limit": 20.0, "remaining": 6.5,
        "question": {"id": "q", "kind": "truefalse", "prompt": "Is it?", "difficulty": "easy",
                     "options": ["True", "False"]},
    })  # fmt: skip
    assert presented is not None
    assert presented.time_limit == 6.5  # what the prompts count down from
    assert presented.deadline is not None
    assert shown[-1].streak == 3 and shown[-1].score == 420
