"""Rounds ended by signals, and readers that go away: stored, quiet, conventional exit codes."""

from __future__ import annotations

import io
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest
from helpers import PROMPT_OPEN, VALID, quizcli, spawn_quizcli, write

from quizcli.kinds import Difficulty
from quizcli.model import Outcome, Presented, Response, TrueFalseQuestion

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

PRESENTED = Presented(
    question=TrueFalseQuestion(
        id="q", prompt="True?", answer=True, difficulty=Difficulty.EASY, tags=()
    ),
    number=1,
    total=1,
    options=(),
    hints=True,
    time_limit=None,
    deadline=None,
)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


class Reader:
    """Reads a process's stdout, remembering it all, so markers are found in order."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdout is not None
        self.stream = process.stdout
        self.seen = b""
        self.position = 0

    def until(self, marker: bytes, timeout: float = 30) -> None:
        """Wait for ``marker`` after the previous one (a prompt ends without a newline)."""
        deadline = time.monotonic() + timeout
        while (found := self.seen.find(marker, self.position)) < 0:
            if time.monotonic() > deadline:
                raise TimeoutError(self.seen.decode(errors="replace"))
            ready, _, _ = select.select([self.stream], [], [], 0.1)
            if ready:
                chunk = os.read(self.stream.fileno(), 65536)
                if not chunk:
                    raise EOFError(self.seen.decode(errors="replace"))
                self.seen += chunk
        self.position = found + len(marker)


def history() -> list[dict[str, object]]:
    data = json.loads(quizcli("history", "--player", "sig", "--json").stdout)
    assert isinstance(data, list)
    return data


def test_sigterm_in_plain_mode_stores_an_abandoned_round_and_exits_143(demo: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "quizcli", "play", "demo", "--bank", str(demo), "--seed", "4",
         "--player", "sig", "--plain"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert process.stdin is not None
    reader = Reader(process)
    reader.until(b"Your answer")
    process.stdin.write(b"1 2 3\n")
    process.stdin.flush()
    reader.until(b"Question 2 of 7")
    reader.until(b"Your answer")
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 143
    assert b"Round over" in reader.seen + out
    assert b"Traceback" not in err
    (game,) = history()
    assert (game["status"], game["answered"]) == ("abandoned", 1)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGHUP, 129), (signal.SIGTERM, 143)])
def test_signals_at_an_interactive_prompt(demo: Path, signum: int, code: int) -> None:
    child = spawn_quizcli("play", "demo", "--bank", str(demo), "--player", "sig", "--seed", "5")
    child.expect("Question 1 of 7")
    child.expect(PROMPT_OPEN)
    child.kill(signum)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == code
    assert "Traceback" not in str(child.before)
    (game,) = history()
    assert game["status"] == "abandoned"


@pytest.mark.parametrize(
    "args",
    [["list", "--json"], ["list"], ["scores", "--json"], ["validate", "BANKS"], ["history"]],
)
def test_a_reader_that_goes_away_is_no_error(tmp_path: Path, args: list[str]) -> None:
    banks = tmp_path / "banks"
    banks.mkdir()
    for number in range(150):  # enough output to overflow a pipe's buffer
        write(banks, VALID.replace('id = "demo"', f'id = "set-{number}"'), f"b{number}.toml")
    for name in ("ana", "bob"):
        quizcli("play", "set-1", "--bank", str(banks), "--player", name, input="1\n")
    command = [a if a != "BANKS" else str(banks) for a in args]
    if args[0] == "list":
        command += ["--bank", str(banks)]
    process = subprocess.Popen(
        [sys.executable, "-m", "quizcli", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(10)
    process.stdout.close()  # like `| head -c 10`
    err = process.stderr.read()
    process.wait(timeout=60)
    assert err == b""
    assert process.returncode in (0, 1)


@pytest.mark.parametrize(
    "kind", ["choice", "multi", "truefalse", "order", "number", "time", "text"]
)
def test_ctrl_c_at_each_kind_of_prompt(demo: Path, kind: str) -> None:
    child = spawn_quizcli("play", "demo", "--bank", str(demo), "--player", "sig", "--kind", kind)
    child.expect("Question 1 of 1")
    child.expect(PROMPT_OPEN)
    child.sendcontrol("c")
    child.expect("Round over")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in str(child.before)
    (game,) = history()
    assert (game["status"], game["answered"], game["asked"]) == ("abandoned", 0, 1)


def test_signals_wait_while_the_round_is_saved() -> None:
    from quizcli.commands.signals import RoundSignals

    before = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    signals = RoundSignals()
    with signals.installed():  # no question open: the round is being saved
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C while saving: held
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(0.05)
        still_saving = True
        assert still_saving
        assert signals.exit_code == 128 + signal.SIGINT  # the first one decides
    assert (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)) == before


class SlowAsker:
    """An asker that receives ``signum`` while it waits for the player."""

    def __init__(self, signum: int | None = None) -> None:
        self.signum = signum
        self.asked = 0

    def ask(self, presented: Presented) -> Response:
        self.asked += 1
        if self.signum is not None:
            os.kill(os.getpid(), self.signum)
            time.sleep(1)
        return Response(outcome=Outcome.SKIPPED)


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_while_a_question_is_asked_ends_the_round(signum: int, code: int) -> None:
    from quizcli.commands.signals import RoundSignals

    signals = RoundSignals()
    asker = signals.guarded(SlowAsker(signum))
    with signals.installed(), pytest.raises(KeyboardInterrupt):
        asker.ask(PRESENTED)
    assert signals.exit_code == code


def test_a_signal_between_questions_waits_for_the_next_one() -> None:
    from quizcli.commands.signals import RoundSignals

    signals = RoundSignals()
    inner = SlowAsker()
    asker = signals.guarded(inner)
    with signals.installed():
        os.kill(os.getpid(), signal.SIGTERM)  # while feedback is drawn, say
        time.sleep(0.05)
        assert signals.exit_code == 143  # noted, nothing raised
        with pytest.raises(KeyboardInterrupt):
            asker.ask(PRESENTED)
    assert inner.asked == 0  # the next question was never put


def test_ctrl_backslash_in_plain_mode_keeps_the_round_and_exits_131(demo: Path) -> None:
    child = spawn_quizcli(
        "play", "demo", "--bank", str(demo), "--player", "sig", "--seed", "4", "--plain"
    )
    child.expect("Your answer")
    child.send("1 2 3\r")
    child.expect("Question 2 of 7")
    child.expect("Your answer")
    child.sendcontrol("\\")  # the terminal sends SIGQUIT
    child.expect("Round over")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 131
    assert "Traceback" not in str(child.before)
    (game,) = history()
    assert (game["status"], game["answered"]) == ("abandoned", 1)


def test_a_signal_after_a_prompt_closed_is_never_raised_into_its_event_loop() -> None:
    """SIGTERM while the prompt is done but its event loop still runs (tearing down).

    Raised from the handler there, KeyboardInterrupt lands in prompt_toolkit's or
    asyncio's own code (the cause of processes stuck in asyncio.run); it must be held
    instead: the answer given counts and the next question ends the round.
    """
    from prompt_toolkit.application import Application
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput
    from rich.console import Console

    from quizcli.commands.signals import RoundSignals
    from quizcli.ui.prompts import InteractiveAsker

    original = Application.cancel_and_wait_for_background_tasks
    landed: list[bool] = []

    async def teardown(self: Application[object]) -> None:
        os.kill(os.getpid(), signal.SIGTERM)
        landed.append(self.is_done)
        await original(self)

    signals = RoundSignals(interactive=True)
    with create_pipe_input() as pipe, signals.installed():
        pipe.send_text("\r")
        asker = InteractiveAsker(
            Console(file=io.StringIO()),
            input=pipe,
            output=DummyOutput(),
            interrupted=lambda: signals.pending,
        )
        guarded = signals.guarded(asker)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Application, "cancel_and_wait_for_background_tasks", teardown)
            response = guarded.ask(PRESENTED)
        assert landed == [True]
        assert response.outcome is Outcome.ANSWERED
        with pytest.raises(KeyboardInterrupt):
            guarded.ask(PRESENTED)
    assert signals.exit_code == 143


def test_a_prompt_opening_after_a_signal_closes_at_once() -> None:
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput
    from rich.console import Console

    from quizcli.ui.prompts import InteractiveAsker

    with create_pipe_input() as pipe:
        asker = InteractiveAsker(
            Console(file=io.StringIO()), input=pipe, output=DummyOutput(), interrupted=lambda: True
        )
        with pytest.raises(KeyboardInterrupt):
            asker.ask(PRESENTED)  # no key is ever sent: it would wait for ever


# A command whose work is done, stood in for by a fake ``quizcli.cli.main``; the Ctrl-C comes
# while the process leaves (as the host's second Ctrl-C did when the podium had been drawn).
LEAVING = """
import atexit, os, signal, sys
import quizcli.cli
def command():
    {body}
quizcli.cli.main = command
from quizcli.entry import main
main()
"""


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # the command is over (exit 0): a Ctrl-C during the shutdown changes nothing
        ("atexit.register(lambda: os.kill(os.getpid(), signal.SIGINT)); sys.exit(0)", 0),
        # as the command returns its own exit code
        ("atexit.register(lambda: os.kill(os.getpid(), signal.SIGINT)); sys.exit(130)", 130),
        # a Ctrl-C no command caught: exit 130, no traceback, not a death by SIGINT
        ("os.kill(os.getpid(), signal.SIGINT); import time; time.sleep(5)", 130),
    ],
)
def test_a_ctrl_c_while_the_process_leaves_keeps_its_exit_code(body: str, code: int) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LEAVING.format(body=body)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert "KeyboardInterrupt" not in result.stderr
