"""Live games through the real commands in pseudo-terminals (pexpect): ``quizcli host``
and two ``quizcli join`` players, with arrow keys, Enter and Ctrl-C as people press them.
Every room listens on 127.0.0.1 on a free port; every wait has a timeout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from helpers import PROMPT_OPEN, VALID, quizcli, spawn_quizcli, write

from quizcli.bank.load import load_bank
from quizcli.game import Round, RoundOptions
from quizcli.model import ChoiceQuestion, Kind, Presented

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

DOWN, ENTER = "\x1b[B", "\r"
SEED = 11
ENV = {"NO_COLOR": "1", "COLUMNS": "120", "LINES": "40"}


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def rebuild(bank: Path) -> list[Presented]:
    """The room's two questions, as its host presents them."""
    options = RoundOptions(count=2, seed=SEED, kinds=(Kind.CHOICE, Kind.TRUEFALSE),
                           time_limit=30, hints=False)  # fmt: skip
    game = Round.start(load_bank(bank), options)
    return [game.present(q, n, 2) for n, q in enumerate(game.questions, 1)]


def open_room(bank: Path, limit: int = 30) -> tuple[pexpect.spawn, str, str]:
    host = spawn_quizcli(
        "host", "demo", "--bank", str(bank), "--port", "0", "--count", "2",
        "--seed", str(SEED), "--kind", "choice", "--kind", "truefalse",
        "--time-limit", str(limit), env=ENV,
    )  # fmt: skip
    host.expect(r"Room open on (\S+), join code (\d{6})")
    address, code = host.match.group(1), host.match.group(2)
    return host, address, code


def join(address: str, code: str, name: str, *extra: str) -> pexpect.spawn:
    """A player on a machine of their own: ``join`` keeps the player's own copy of the game
    in the player's data folder, under the uid the host stores it by."""
    own_home = {"QUIZCLI_HOME": f"{os.environ['QUIZCLI_HOME']}-{name}"}
    player = spawn_quizcli(
        "join", address, "--code", code, "--player", name, *extra, env={**ENV, **own_home}
    )
    player.expect(f"Joined the room as {name}")
    return player


def game_on(
    bank: Path, *names: str, extra: tuple[str, ...] = ()
) -> tuple[pexpect.spawn, str, str, list[pexpect.spawn]]:
    """A room with ``names`` joined (each with ``extra`` options), started by the host's
    Enter once the last one is in: the host, its address and code, and the players."""
    host, address, code = open_room(bank)
    players = [join(address, code, name, *extra) for name in names]
    host.expect(f"{names[-1]} joined")
    host.send(ENTER)
    return host, address, code, players


def pick(player: pexpect.spawn, presented: Presented, *, right: bool) -> None:
    question = presented.question
    answer = question.answer if isinstance(question, ChoiceQuestion) else str(question.answer)
    options = list(presented.options)
    target = options.index(answer) if right else (options.index(answer) + 1) % len(options)
    player.expect("Your answer:")
    player.send(DOWN * target + ENTER)


def ended(child: pexpect.spawn) -> int:
    child.expect(pexpect.EOF, timeout=60)
    child.close()
    return int(child.exitstatus if child.exitstatus is not None else -1)


def history(player: str) -> list[dict[str, object]]:
    result = quizcli("history", "--player", player, "--live", "--json")
    assert result.returncode == 0, result.stderr
    games: list[dict[str, object]] = json.loads(result.stdout)
    return games


def test_a_host_and_two_players_play_a_whole_game(bank: Path) -> None:
    first, second = rebuild(bank)
    host, _address, code, (ann, ben) = game_on(bank, "ann", "ben")
    pick(ann, first, right=True)
    pick(ben, first, right=False)
    ann.expect("Right!")
    ben.expect("Wrong")
    for player in (ann, ben):
        player.expect("Top five")
    pick(ann, second, right=True)
    pick(ben, second, right=True)
    scores = {}
    for name, player in (("ann", ann), ("ben", ben)):
        player.expect("Podium")
        player.expect(r"Your game: (\d+) points, place (\d) of 2")
        scores[name] = int(player.match.group(1))
        assert ended(player) == 0
    host.expect("Stored 2 of 2 players' games")
    assert ended(host) == 0
    assert scores["ann"] > scores["ben"] > 0
    for name in ("ann", "ben"):
        (game,) = history(name)
        assert (game["score"], game["status"]) == (scores[name], "finished")
        assert game["options"]["mode"] == "live"  # type: ignore[index]
        assert game["options"]["room"] == code  # type: ignore[index]


def test_a_player_ctrl_c_leaves_and_the_others_play_on(bank: Path) -> None:
    first, second = rebuild(bank)
    host, _address, _code, (ann, ben) = game_on(bank, "ann", "ben")
    ann.expect(PROMPT_OPEN)
    ann.sendintr()
    ann.expect("You left the game")
    assert ended(ann) == 130
    host.expect("ann left")
    pick(ben, first, right=True)
    ben.expect("Right!")
    ben.expect(r"ann\S* *\S*\(gone\)")
    pick(ben, second, right=True)
    ben.expect("Your game:")
    assert ended(ben) == 0
    host.expect("Stored 2 of 2")
    assert ended(host) == 0
    (left,) = history("ann")
    assert (left["status"], left["answered"]) == ("abandoned", 0)
    assert history("ben")[0]["status"] == "finished"


def test_host_ctrl_c_ends_the_game_for_everyone_and_stores_it_abandoned(bank: Path) -> None:
    first, _ = rebuild(bank)
    host, _address, _code, (ann,) = game_on(bank, "ann")
    pick(ann, first, right=True)
    ann.expect("Top five")
    host.expect("Top five")
    host.sendintr()
    ann.expect("The host ended the game. Standings so far:")
    ann.expect("Your game:")
    assert ended(ann) == 0
    host.expect("Stored 1 of 1")
    assert ended(host) == 130
    (game,) = history("ann")
    assert game["status"] == "abandoned" and game["answered"] == 1


def test_a_wrong_code_is_one_clear_line(bank: Path) -> None:
    host, address, code = open_room(bank)
    wrong = "000000" if code != "000000" else "111111"
    result = quizcli("join", address, "--code", wrong, "--player", "ann", "--plain", timeout=30)
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: the host refused: wrong code for this room"
    host.sendintr()
    assert ended(host) == 130


def test_a_bind_address_other_than_loopback_warns_in_one_line(bank: Path) -> None:
    host = spawn_quizcli("host", "demo", "--bank", str(bank), "--bind", "0.0.0.0", "--port", "0",
                         env=ENV)  # fmt: skip
    host.expect("Warning: listening on 0.0.0.0: anyone who can reach this address and knows")
    host.expect(r"Room open on 0\.0\.0\.0:\d+")
    host.sendintr()
    assert ended(host) == 130


def test_the_host_closing_a_question_closes_the_open_prompt(bank: Path) -> None:
    """Time is up on the host's clock: the plain prompt still waiting for a line closes,
    the player sees the result, and the next question comes."""
    host, address, code = open_room(bank, limit=3)
    ann = join(address, code, "ann", "--plain")
    host.expect("ann joined")
    host.send(ENTER)
    ann.expect(r"Question 1 of 2")
    ann.expect(r"Your answer \(")
    ann.expect("The question closed.")  # nothing typed
    ann.expect("Too slow")
    ann.expect(r"Question 2 of 2")
    ann.expect(r"Your answer \(")
    ann.sendline("1")
    ann.expect("Your game:")
    assert ended(ann) == 0
    host.expect("Stored 1 of 1")
    assert ended(host) == 0
    (game,) = history("ann")
    assert game["timed_out"] == 1 and game["status"] == "finished"


def test_the_host_removes_a_player_by_typing_remove(bank: Path) -> None:
    host, address, code = open_room(bank)
    ann, ben = join(address, code, "ann"), join(address, code, "ben")
    host.expect("ben joined")
    host.sendline("remove ben")
    ben.expect("The host removed you from the game.")
    assert ended(ben) == 1
    host.expect("ben removed")
    back = quizcli("join", address, "--code", code, "--player", "ben", "--plain", timeout=30)
    assert back.returncode == 1
    assert "the host removed this player" in back.stderr
    host.sendintr()
    ann.expect("The host ended the game")
    assert ended(ann) == 0
    assert ended(host) == 130


def test_sigterm_on_the_host_ends_the_game_like_ctrl_c(bank: Path) -> None:
    import signal

    first, _ = rebuild(bank)
    host, _address, _code, (ann,) = game_on(bank, "ann")
    pick(ann, first, right=True)
    host.expect("Top five")
    host.kill(signal.SIGTERM)
    ann.expect("The host ended the game")
    assert ended(ann) == 0
    # The room may take STOP_SECONDS to close and a save may wait the store's busy timeout
    # (10 s each, by design): on a loaded CI machine this once took longer than 30 s.
    host.expect("Stored 1 of 1", timeout=90)
    assert ended(host) == 128 + signal.SIGTERM
    assert history("ann")[0]["status"] == "abandoned"


def test_a_host_with_nothing_to_read_stops_in_one_line(bank: Path) -> None:
    """``quizcli host < /dev/null`` (or an input that ends before anyone joins) does not
    play every question to nobody: one line on stderr, exit 1."""
    command = [sys.executable, "-m", "quizcli", "host", "demo", "--bank", str(bank),
               "--port", "0", "--count", "1", "--time-limit", "3"]  # fmt: skip
    env = {**os.environ, **ENV}
    nothing = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True,
                             text=True, env=env, timeout=60)  # fmt: skip
    assert nothing.returncode == 1
    assert nothing.stdout == ""
    assert nothing.stderr.count("\n") == 1 and nothing.stderr.startswith("Error: ")
    assert "standard input is empty" in nothing.stderr
    ended_early = subprocess.run(command, input="", capture_output=True, text=True, env=env,
                                 timeout=60)  # fmt: skip
    assert ended_early.returncode == 1
    assert ended_early.stderr == "Error: input ended before any player joined: nothing to play\n"
    assert "Question 1" not in ended_early.stdout


def test_join_takes_its_seat_back_after_a_restart_and_nobody_else_can(
    bank: Path, tmp_path: Path
) -> None:
    """`join` keeps its seat's secret: killed mid-game and run again, it rejoins with its
    score; the same name from another machine (another data folder) is refused."""
    host, address, code, (ann,) = game_on(bank, "ann", extra=("--plain",))
    ann.expect(r"Question 1 of 2")
    ann.kill(9)  # the player's program dies: no leave, no goodbye
    host.expect("ann left")
    elsewhere = {"QUIZCLI_HOME": str(tmp_path / "elsewhere")}
    impostor = quizcli("join", address, "--code", code, "--player", "ann", "--plain",
                       env=elsewhere, timeout=30)  # fmt: skip
    assert impostor.returncode == 1
    assert "the name ann is taken" in impostor.stderr
    same_machine = {**ENV, "QUIZCLI_HOME": f"{os.environ['QUIZCLI_HOME']}-ann"}
    back = spawn_quizcli(
        "join", address, "--code", code, "--player", "ann", "--plain", env=same_machine
    )
    back.expect("Rejoined the room as ann")
    back.expect(r"Question 1 of 2")
    host.expect("ann rejoined")
    host.sendintr()
    back.expect("The host ended the game")
    assert ended(back) == 0
    assert ended(host) == 130
