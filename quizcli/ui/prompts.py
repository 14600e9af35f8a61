"""The interactive asker: arrow-key prompts (questionary) for a player at a terminal.

The engine prints the question panel with Rich and then calls :meth:`InteractiveAsker.ask`,
which runs the prompt (or, for an order question, one prompt per pick) and returns a
:class:`~quizcli.model.Response`. Hints, skipping, timed rounds (a countdown under the
prompt, which closes itself when time runs out; :mod:`quizcli.ui.countdown`), Ctrl-C,
Ctrl-D and Ctrl-Z work the same way on every kind of question. When time runs out, what
the player had given (ticked options, order picks, typed text) is submitted as it stands.
Keys pressed before a prompt was drawn never answer it (:mod:`quizcli.ui.terminal`).
The prompts of one question are run by :class:`quizcli.ui.turn.Turn`, drawn with the
parts in :mod:`quizcli.ui.prompt_parts`.

Text from a question bank is data: it reaches questionary as plain strings (never as
prompt_toolkit HTML) and reaches Rich as :class:`rich.text.Text` (never as markup), with
control characters replaced so that no terminal escape sequence gets through.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from prompt_toolkit.input import Input
from prompt_toolkit.output import Output
from rich.console import Console

from quizcli.decoding import UNDECODABLE_NOTE, repaired
from quizcli.model import Outcome, Presented, Response
from quizcli.ui.prompt_parts import Signal
from quizcli.ui.text import literal
from quizcli.ui.turn import PromptSetup, Turn

__all__ = ["InteractiveAsker"]


class InteractiveAsker:
    """Asks questions with questionary prompts; the engine's ``Asker`` for real terminals.

    ``input`` and ``output`` default to the terminal (tests pass a pipe input and a
    ``DummyOutput``); ``clock`` times each question from the drawing of its first prompt
    (``Presented.time_limit`` from then on; the engine's ``deadline`` was set earlier).
    ``interrupted`` says that a signal has ended the round: a prompt that opens then closes
    at once with KeyboardInterrupt (the signal handler cannot reach a prompt not yet open).
    ``drop_early_keys``: keys pressed before a prompt was drawn never answer it (default:
    on a terminal only; tests that send every key up front through a pipe leave it off).
    ``redraw_question`` draws the question (header and panel) again after a resize; without
    it, a one-line reminder is drawn instead.
    """

    def __init__(
        self,
        console: Console,
        *,
        input: Input | None = None,
        output: Output | None = None,
        clock: Callable[[], float] = time.monotonic,
        interrupted: Callable[[], bool] = lambda: False,
        drop_early_keys: bool | None = None,
        redraw_question: Callable[[], None] | None = None,
    ) -> None:
        self._console = console
        io: dict[str, Any] = {}
        if input is not None:
            io["input"] = input
        if output is not None:
            io["output"] = output
        self._setup = PromptSetup(console, io, clock, interrupted, drop_early_keys, redraw_question)
        self._told_undecodable = False

    def ask(self, presented: Presented) -> Response:
        """Run the prompt(s) for one question and return what the player did.

        Raises KeyboardInterrupt on Ctrl-C and EOFError on Ctrl-D or end of input.
        """
        turn = Turn(self._setup, presented)
        result = turn.answer()
        elapsed = turn.timer.elapsed
        if turn.timer.expired and presented.time_limit:
            elapsed = min(elapsed, presented.time_limit)  # submitted as time ran out
        if result is Signal.TIMEOUT:
            return Response(outcome=Outcome.TIMED_OUT, hint_taken=turn.hint_taken, elapsed=elapsed)
        if result is Signal.SKIP:
            return Response(outcome=Outcome.SKIPPED, hint_taken=turn.hint_taken, elapsed=elapsed)
        assert not isinstance(result, Signal)
        if isinstance(result, str):
            result = self._decoded(result)
        return Response(
            outcome=Outcome.ANSWERED, value=result, hint_taken=turn.hint_taken, elapsed=elapsed
        )

    def _decoded(self, text: str) -> str:
        """Typed ``text`` with undecodable bytes as U+FFFD; the player is told the first time."""
        text, undecodable = repaired(text)
        if undecodable and not self._told_undecodable:
            self._told_undecodable = True
            self._console.print(literal(UNDECODABLE_NOTE, "yellow"))
        return text
