"""The interactive asker: arrow-key prompts (questionary) for a player at a terminal.

The engine prints the question panel with Rich and then calls :meth:`InteractiveAsker.ask`,
which runs the prompt (or, for an order question, one prompt per pick) and returns a
:class:`~quizcli.model.Response`. Hints, skipping, timed rounds (a countdown under the
prompt, which closes itself when time runs out; :mod:`quizcli.ui.countdown`), Ctrl-C,
Ctrl-D and Ctrl-Z work the same way on every kind of question. When time runs out, what
the player had given (ticked options, order picks, typed text) is submitted as it stands.
Keys pressed before a prompt was drawn never answer it (:mod:`quizcli.ui.terminal`).

Text from a question bank is data: it reaches questionary as plain strings (never as
prompt_toolkit HTML) and reaches Rich as :class:`rich.text.Text` (never as markup), with
control characters replaced so that no terminal escape sequence gets through.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from enum import Enum
from typing import Any

import questionary
from prompt_toolkit.input import Input
from prompt_toolkit.output import Output
from rich.console import Console
from rich.text import Text

from quizcli.decoding import UNDECODABLE_NOTE, repaired
from quizcli.grading import AnswerFormatError, parse_number, parse_time
from quizcli.model import (
    AnswerValue,
    ChoiceQuestion,
    Kind,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Outcome,
    Presented,
    Response,
)
from quizcli.ui.countdown import QuestionClock, held_by
from quizcli.ui.describe import ordinal
from quizcli.ui.keys import prepare_prompt
from quizcli.ui.terminal import question_timed_out
from quizcli.ui.text import literal, visible

__all__ = ["InteractiveAsker"]

SKIP_TITLE = "Skip"
HINT_TITLE = "Show hint"
UNDO_TITLE = "Undo last pick"
# Keys that take the hint in menus (select, checkbox, order picker); in text prompts only "?"
# (on an empty line), since letters are part of answers there.
MENU_HINT_KEYS = ("?", "h")
# Columns before an option's text in a menu: " » " in a select, " » ○ " in a checkbox.
MENU_INDENT = 3
CHECKBOX_INDENT = 5
# A wrapped option's further lines sit this much deeper than its first, so that one long
# option never reads as two.
CONTINUATION = 2
# Columns before the prompt's text: "? ".
PROMPT_INDENT = 2
TEXT_HINT_KEY = "?"


class _Signal(Enum):
    """What a prompt returns when the player did not give an answer."""

    HINT = "hint"
    SKIP = "skip"
    UNDO = "undo"
    TIMEOUT = "timeout"


def _plain(text: str) -> str:
    """Bank text for a one-line prompt: escapes shown literally, line breaks as spaces."""
    return visible(text).replace("\n", " ").replace("\t", " ")


def _columns(console: Console) -> int:
    """The terminal's width now: the running prompt's (it follows a resize), else Rich's."""
    from prompt_toolkit.application.current import get_app_or_none

    app = get_app_or_none()
    if app is not None and app.is_running:
        columns = app.output.get_size().columns
        if columns > 0:
            return int(columns)
    return int(console.width)


def _wrapped(console: Console, text: str, indent: int, *, first: int | None = None) -> str:
    """``_plain`` text wrapped between words to the terminal's width as it is now, its first
    line starting ``first`` columns in (default ``indent``) and every further line
    ``indent`` columns in; a word longer than a line is folded, never cut."""
    width = _columns(console)
    start = indent if first is None else first
    room = max(width - max(indent, start) - 1, 8)
    lines = Text(_plain(text)).wrap(console, room, overflow="fold")
    return ("\n" + " " * indent).join(line.plain.rstrip() for line in lines)


class _Option(questionary.Choice):
    """A menu entry whose title is wrapped to the terminal's width each time it is drawn, so
    that an option is re-wrapped, never cut, when the window is narrowed mid-question. Its
    further lines are indented deeper than a new option's first line."""

    def __init__(
        self, console: Console, text: str, indent: int, value: object, *, prompt: str = ""
    ) -> None:
        self._console = console
        self._text = text
        self._indent = indent
        # Once answered, the option is shown after the prompt: "? Your answer: <option>".
        self._answered_at = len(f"? {prompt} ")
        super().__init__(text, value=value)

    @property
    def title(self) -> str:
        """The option's text, wrapped for the terminal as it is now (in the menu, or after
        the prompt once chosen)."""
        from prompt_toolkit.application.current import get_app_or_none

        app = get_app_or_none()
        if app is not None and app.is_done:
            further = PROMPT_INDENT + CONTINUATION
            return _wrapped(self._console, self._text, further, first=self._answered_at)
        return _wrapped(self._console, self._text, self._indent + CONTINUATION, first=self._indent)

    @title.setter
    def title(self, value: object) -> None:
        """questionary sets the title once; the text is kept in ``_text``."""


class _Prompt(str):
    """A prompt's message and its instruction (``Your answer: (arrow keys, Enter)``),
    wrapped between words to the terminal's width each time questionary draws it (it
    formats the message on every draw): a resize re-wraps it, and no word is split. Once
    the prompt is answered, the instruction is left out."""

    _console: Console
    _instruction: str

    def __new__(cls, console: Console, message: str, instruction: str = "") -> _Prompt:
        prompt = super().__new__(cls, message)
        prompt._console = console
        prompt._instruction = instruction
        return prompt

    def __format__(self, spec: str) -> str:
        from prompt_toolkit.application.current import get_app_or_none

        app = get_app_or_none()
        done = app is not None and app.is_done
        message = str.__str__(self)  # (an f-string of self would call this method again)
        text = message if done or not self._instruction else f"{message} {self._instruction}"
        return _wrapped(self._console, text, PROMPT_INDENT)


def _order_line(items: list[str]) -> str:
    """The order built so far, as shown to the player: "1. X  2. Y"."""
    return "  ".join(f"{position}. {_plain(item)}" for position, item in enumerate(items, 1))


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
        self._redraw_question = redraw_question
        self._interrupted = interrupted
        self._drop_early_keys = drop_early_keys
        self._io: dict[str, Any] = {}
        if input is not None:
            self._io["input"] = input
        if output is not None:
            self._io["output"] = output
        self._clock = clock
        self._told_undecodable = False

    def ask(self, presented: Presented) -> Response:
        """Run the prompt(s) for one question and return what the player did.

        Raises KeyboardInterrupt on Ctrl-C and EOFError on Ctrl-D or end of input.
        """
        turn = _Turn(self, presented)
        result = turn.answer()
        elapsed = turn.timer.elapsed
        if turn.timer.expired and presented.time_limit:
            elapsed = min(elapsed, presented.time_limit)  # submitted as time ran out
        if result is _Signal.TIMEOUT:
            return Response(outcome=Outcome.TIMED_OUT, hint_taken=turn.hint_taken, elapsed=elapsed)
        if result is _Signal.SKIP:
            return Response(outcome=Outcome.SKIPPED, hint_taken=turn.hint_taken, elapsed=elapsed)
        assert not isinstance(result, _Signal)
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


class _Turn:
    """One question being asked: the hint offer, the deadline, and the prompts."""

    def __init__(self, asker: InteractiveAsker, presented: Presented) -> None:
        self.console = asker._console
        self.io = asker._io
        self.clock = asker._clock
        self.interrupted = asker._interrupted
        self.drop_early_keys = asker._drop_early_keys
        self.redraw_question = asker._redraw_question
        self.presented = presented
        self.question = presented.question
        hint = self.question.hint
        self.hint = hint if presented.hints and hint and hint.strip() else None
        self.hint_taken = False
        self.timer = QuestionClock(self.clock, presented.time_limit or None)
        # What the open prompt holds when time runs out (ticked options, typed text).
        self.held: object = None

    # --- the kinds ------------------------------------------------------------------

    def answer(self) -> AnswerValue | _Signal:
        """Ask until there is an answer, a skip or a timeout; take the hint on the way."""
        kind = self.question.kind
        if kind is Kind.ORDER:
            return self._order()
        while True:
            if self._expired():
                return _Signal.TIMEOUT
            if kind is Kind.CHOICE or kind is Kind.TRUEFALSE:
                result = self._select()
            elif kind is Kind.MULTI:
                result = self._checkbox()
            else:
                result = self._text()
            if result is not _Signal.HINT:
                return result
            self._take_hint()

    def _select(self) -> AnswerValue | _Signal:
        """Choice and true/false: one menu with the options, then Show hint and Skip."""
        if self.question.kind is Kind.TRUEFALSE:
            titles: tuple[str, ...] = ("True", "False")
        else:
            assert isinstance(self.question, ChoiceQuestion)
            titles = self.presented.options or self.question.choices
        choices = [
            _Option(self.console, title, MENU_INDENT, value=i, prompt="Your answer:")
            for i, title in enumerate(titles)
        ]
        question = questionary.select(
            _Prompt(self.console, "Your answer:", "(arrow keys, Enter; or Skip)"),
            choices=[*choices, *self._menu_extras()],
            instruction=" ",  # in the message, wrapped with it (an empty one means the default)
            **self.io,
        )
        result = self._run(question, hint_keys=MENU_HINT_KEYS, menu=True)
        if isinstance(result, _Signal):
            return result
        assert isinstance(result, int)
        if self.question.kind is Kind.TRUEFALSE:
            return result == 0
        return titles[result]

    def _checkbox(self) -> AnswerValue | _Signal:
        """Multi: tick with Space, submit with Enter; nothing ticked skips."""
        assert isinstance(self.question, MultiQuestion)
        titles = self.presented.options or self.question.choices
        choices = [
            # One ticked option is shown "[like this]" after the prompt once answered.
            _Option(
                self.console, title, CHECKBOX_INDENT, value=i, prompt="Select all that apply: ["
            )
            for i, title in enumerate(titles)
        ]
        hint = ", ?: hint" if self._hint_offered else ""
        question = questionary.checkbox(
            _Prompt(
                self.console,
                "Select all that apply:",
                f"(Space: tick, Enter: submit, empty: skip{hint})",
            ),
            choices=choices,
            instruction="",  # in the message, wrapped with it
            **self.io,
        )
        result = self._run(question, hint_keys=MENU_HINT_KEYS, menu=True)
        if result is _Signal.TIMEOUT and self.held:
            self._time_up("the options you ticked were submitted as given")
            result = self.held
        if isinstance(result, _Signal):
            return result
        assert isinstance(result, list)
        if not result:
            return _Signal.SKIP
        return tuple(titles[i] for i in result)

    def _text(self) -> AnswerValue | _Signal:
        """Number, time and text: a line of text, checked before it is accepted."""
        parse = self._parser()
        hint_offered = self._hint_offered

        def validate(text: str) -> bool | str:
            text = text.strip()
            if not text or (hint_offered and text == TEXT_HINT_KEY):
                return True
            try:
                parse(text)
            except AnswerFormatError as error:
                return _plain(str(error))
            return True

        if self.question.kind is Kind.TIME:
            message, fmt = "Your time:", f"like {self.presented.time_example}; "
        elif isinstance(self.question, NumberQuestion) and self.question.unit:
            message, fmt = f"Your answer ({_plain(self.question.unit)}):", ""
        else:
            message, fmt = "Your answer:", ""
        hint = ", ? for a hint" if hint_offered else ""
        question = questionary.text(
            _Prompt(self.console, message, f"({fmt}Enter alone skips{hint})"),
            validate=validate,
            **self.io,
        )
        result = self._run(question, hint_keys=(TEXT_HINT_KEY,), menu=False)
        if result is _Signal.TIMEOUT and isinstance(self.held, str):
            return self._typed_at_timeout(self.held.strip(), parse, hint_offered)
        if isinstance(result, _Signal):
            return result
        assert isinstance(result, str)
        text = result.strip()
        if not text:
            return _Signal.SKIP
        if hint_offered and text == TEXT_HINT_KEY:
            return _Signal.HINT
        return parse(text)

    def _typed_at_timeout(
        self, text: str, parse: Callable[[str], AnswerValue], hint_offered: bool
    ) -> AnswerValue | _Signal:
        """Time ran out while ``text`` was typed: submit it if it reads as an answer."""
        if not text or (hint_offered and text == TEXT_HINT_KEY):
            return _Signal.TIMEOUT
        try:
            value = parse(text)
        except AnswerFormatError as error:
            self._time_up(f"what you typed was not submitted ({visible(str(error))})")
            return _Signal.TIMEOUT
        self._time_up("what you typed was submitted as given")
        return value

    def _parser(self) -> Callable[[str], AnswerValue]:
        """How the typed line becomes an answer for this kind."""
        question = self.question
        if isinstance(question, NumberQuestion):
            unit = question.unit
            return lambda text: parse_number(text, unit)
        if question.kind is Kind.TIME:
            return parse_time
        return lambda text: text

    def _order(self) -> AnswerValue | _Signal:
        """Order: pick the 1st, then the 2nd from what is left, ...; the last goes by itself."""
        assert isinstance(self.question, OrderQuestion)
        items = self.presented.options or self.question.answer
        picked: list[int] = []
        while len(picked) < len(items) - 1:
            if self._expired():
                result: object = _Signal.TIMEOUT
                break
            built = [items[i] for i in picked]
            place = f"Pick the {ordinal(len(picked) + 1)}:"
            message = f"Your order: {_order_line(built)}   {place}" if built else place
            extras = self._menu_extras(undo=bool(picked))
            question = questionary.select(
                _Prompt(self.console, message, "(arrow keys, Enter)"),
                choices=[
                    *(
                        _Option(self.console, items[i], MENU_INDENT, value=i)
                        for i in range(len(items))
                        if i not in picked
                    ),
                    *extras,
                ],
                instruction=" ",
                erase_when_done=True,
                **self.io,
            )
            result = self._run(question, hint_keys=MENU_HINT_KEYS, menu=True)
            if result is _Signal.HINT:
                self._take_hint()
            elif result is _Signal.UNDO:
                if picked:
                    picked.pop()
            elif isinstance(result, _Signal):
                break
            else:
                assert isinstance(result, int)
                picked.append(result)
        else:
            result = None
        if result is _Signal.TIMEOUT and picked:
            self._time_up("your picks (the rest in the order shown) were submitted as given")
        elif isinstance(result, _Signal):
            return result
        picked.extend(i for i in range(len(items)) if i not in picked)
        order = tuple(items[i] for i in picked)
        self.console.print(Text.assemble(("Your order: ", "bold"), _order_line(list(order))))
        return order

    # --- hint, menus and deadline ---------------------------------------------------

    @property
    def _hint_offered(self) -> bool:
        """True while the hint can still be taken."""
        return self.hint is not None and not self.hint_taken

    def _take_hint(self) -> None:
        """Print the hint; the prompt is then asked again without the offer."""
        assert self.hint is not None
        self.hint_taken = True
        self.console.print(Text.assemble(("Hint: ", "bold yellow"), literal(self.hint)))

    def _menu_extras(self, *, undo: bool = False) -> list[questionary.Choice]:
        """The entries under the options: Undo (order picker), Show hint, Skip."""
        extras: list[questionary.Choice] = [questionary.Separator()]
        if undo:
            extras.append(questionary.Choice(UNDO_TITLE, value=_Signal.UNDO))
        if self._hint_offered:
            extras.append(questionary.Choice(HINT_TITLE, value=_Signal.HINT))
        extras.append(questionary.Choice(SKIP_TITLE, value=_Signal.SKIP))
        return extras

    def _expired(self) -> bool:
        """True once the time for this question has run out."""
        return self.timer.expired

    def _resumed(self, seconds: float) -> None:
        """Back from a suspension of ``seconds``: pause the clock, show the question again."""
        self.timer.pause(seconds)
        self._reminder()

    def _resized(self, app: Any) -> None:
        """The window changed size while ``app`` (a prompt) is open: redraw everything.

        prompt_toolkit would erase only as many lines as it drew at the old width, but a
        terminal that reflows its lines (most do; xterm cuts them instead) has made the
        prompt line taller by then, and a copy of it stayed on screen. So the screen is
        cleared, the question drawn again at the new width, and the prompt under it, its
        options and instructions wrapped anew (_Option, _Prompt).
        """
        output = app.output
        output.write_raw("\x1b[H\x1b[2J")  # cursor home, erase the screen
        output.flush()
        if self.redraw_question is not None:
            self.redraw_question()
        else:
            self._reminder()
        if self.hint_taken and self.hint is not None:
            self.console.print(Text.assemble(("Hint: ", "bold yellow"), literal(self.hint)))
        app.renderer.reset(leave_alternate_screen=False)
        app.renderer.request_absolute_cursor_position()
        app.invalidate()

    def _reminder(self) -> None:
        """``Question 3 of 10: the prompt``, in one wrapped line."""
        presented = self.presented
        self.console.print(
            Text.assemble(
                (f"Question {presented.number} of {presented.total}: ", "bold"),
                literal(self.question.prompt),
            )
        )

    def _time_up(self, what: str) -> None:
        """Tell the player that time ran out and what became of what they had given."""
        self.console.print(Text.assemble(("Time's up: ", "bold red"), f"{what}."))

    # --- running one prompt ---------------------------------------------------------

    def _run(
        self, question: questionary.Question, *, hint_keys: tuple[str, ...], menu: bool
    ) -> object:
        """Run one questionary prompt with our keys, countdown and timer; return its result.

        Returns the prompt's own result, or a :class:`_Signal` (hint key, timeout).
        """
        app = question.application
        prepare_prompt(
            app,
            menu=menu,
            hint_keys=hint_keys,
            hint=_Signal.HINT if self._hint_offered else None,
            on_resume=self._resumed,
            clock=self.clock,
            interrupted=self.interrupted,
            drop_early_keys=self.drop_early_keys,
            new_question=self.timer.started is None,
        )
        self.held = None
        # prompt_toolkit has no public hook for a resize; the app looks this method up when
        # it starts, to handle SIGWINCH.
        app._on_resize = lambda: self._resized(app)  # type: ignore[method-assign]

        def timeout() -> None:
            self.held = held_by(app)
            question_timed_out(self.clock)
            app.exit(result=_Signal.TIMEOUT)

        self.timer.watch(app, timeout)
        result: object = question.unsafe_ask()
        return result
