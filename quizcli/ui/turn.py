"""One question asked at a terminal: the prompt(s) of its kind, the hint, the deadline.

A :class:`Turn` runs questionary prompts for one question (a menu, a checkbox, a line of
text, or one menu per pick of an order question) until the player answers, skips or runs
out of time, taking the hint on the way. It handles the countdown and its timeout, a resize
(the screen drawn anew) and a suspension (the clock paused); what the player had given when
time ran out is submitted as it stands. :class:`~quizcli.ui.prompts.InteractiveAsker`
makes a Turn per question and turns its result into a Response.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import questionary
from rich.console import Console
from rich.text import Text

from quizcli.grading import AnswerFormatError, parse_number, parse_time
from quizcli.model import (
    AnswerValue,
    ChoiceQuestion,
    Kind,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Presented,
)
from quizcli.parsing import ordinal
from quizcli.ui.countdown import QuestionClock, held_by
from quizcli.ui.keys import prepare_prompt
from quizcli.ui.prompt_parts import (
    CHECKBOX_INDENT,
    HINT_TITLE,
    MENU_HINT_KEYS,
    MENU_INDENT,
    SKIP_TITLE,
    TEXT_HINT_KEY,
    UNDO_TITLE,
    Option,
    PromptMessage,
    Signal,
    order_line,
    plain,
)
from quizcli.ui.terminal import question_timed_out
from quizcli.ui.text import literal, visible


@dataclass(frozen=True, slots=True)
class PromptSetup:
    """How every prompt of an asker runs (see :class:`~quizcli.ui.prompts.InteractiveAsker`):
    where it draws, questionary's input and output, the clock that times questions, whether
    a signal ended the round, whether early keys are dropped, and how the question is drawn
    again after a resize."""

    console: Console
    io: dict[str, Any]
    clock: Callable[[], float]
    interrupted: Callable[[], bool]
    drop_early_keys: bool | None
    redraw_question: Callable[[], None] | None


class Turn:
    """One question being asked: the hint offer, the deadline, and the prompts."""

    def __init__(self, setup: PromptSetup, presented: Presented) -> None:
        self.console = setup.console
        self.io = setup.io
        self.clock = setup.clock
        self.interrupted = setup.interrupted
        self.drop_early_keys = setup.drop_early_keys
        self.redraw_question = setup.redraw_question
        self.presented = presented
        self.question = presented.question
        hint = self.question.hint
        self.hint = hint if presented.hints and hint and hint.strip() else None
        self.hint_taken = False
        self.timer = QuestionClock(self.clock, presented.time_limit or None)
        # What the open prompt holds when time runs out (ticked options, typed text).
        self.held: object = None

    # --- the kinds ------------------------------------------------------------------

    def answer(self) -> AnswerValue | Signal:
        """Ask until there is an answer, a skip or a timeout; take the hint on the way."""
        kind = self.question.kind
        if kind is Kind.ORDER:
            return self._order()
        while True:
            if self._expired():
                return Signal.TIMEOUT
            if kind is Kind.CHOICE or kind is Kind.TRUEFALSE:
                result = self._select()
            elif kind is Kind.MULTI:
                result = self._checkbox()
            else:
                result = self._text()
            if result is not Signal.HINT:
                return result
            self._take_hint()

    def _select(self) -> AnswerValue | Signal:
        """Choice and true/false: one menu with the options, then Show hint and Skip."""
        if self.question.kind is Kind.TRUEFALSE:
            titles: tuple[str, ...] = ("True", "False")
        else:
            assert isinstance(self.question, ChoiceQuestion)
            titles = self.presented.options or self.question.choices
        choices = [
            Option(self.console, title, MENU_INDENT, value=i, prompt="Your answer:")
            for i, title in enumerate(titles)
        ]
        question = questionary.select(
            PromptMessage(self.console, "Your answer:", "(arrow keys, Enter; or Skip)"),
            choices=[*choices, *self._menu_extras()],
            instruction=" ",  # in the message, wrapped with it (an empty one means the default)
            **self.io,
        )
        result = self._run(question, hint_keys=MENU_HINT_KEYS, menu=True)
        if isinstance(result, Signal):
            return result
        assert isinstance(result, int)
        if self.question.kind is Kind.TRUEFALSE:
            return result == 0
        return titles[result]

    def _checkbox(self) -> AnswerValue | Signal:
        """Multi: tick with Space, submit with Enter; nothing ticked skips."""
        assert isinstance(self.question, MultiQuestion)
        titles = self.presented.options or self.question.choices
        choices = [
            # One ticked option is shown "[like this]" after the prompt once answered.
            Option(self.console, title, CHECKBOX_INDENT, value=i, prompt="Select all that apply: [")
            for i, title in enumerate(titles)
        ]
        hint = ", ?: hint" if self._hint_offered else ""
        question = questionary.checkbox(
            PromptMessage(
                self.console,
                "Select all that apply:",
                f"(Space: tick, Enter: submit, empty: skip{hint})",
            ),
            choices=choices,
            instruction="",  # in the message, wrapped with it
            **self.io,
        )
        result = self._run(question, hint_keys=MENU_HINT_KEYS, menu=True)
        if result is Signal.TIMEOUT and self.held:
            self._time_up("the options you ticked were submitted as given")
            result = self.held
        if isinstance(result, Signal):
            return result
        assert isinstance(result, list)
        if not result:
            return Signal.SKIP
        return tuple(titles[i] for i in result)

    def _text(self) -> AnswerValue | Signal:
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
                return plain(str(error))
            return True

        if self.question.kind is Kind.TIME:
            message, fmt = "Your time:", f"like {self.presented.time_example}; "
        elif isinstance(self.question, NumberQuestion) and self.question.unit:
            message, fmt = f"Your answer ({plain(self.question.unit)}):", ""
        else:
            message, fmt = "Your answer:", ""
        hint = ", ? for a hint" if hint_offered else ""
        question = questionary.text(
            PromptMessage(self.console, message, f"({fmt}Enter alone skips{hint})"),
            validate=validate,
            **self.io,
        )
        result = self._run(question, hint_keys=(TEXT_HINT_KEY,), menu=False)
        if result is Signal.TIMEOUT and isinstance(self.held, str):
            return self._typed_at_timeout(self.held.strip(), parse, hint_offered)
        if isinstance(result, Signal):
            return result
        assert isinstance(result, str)
        text = result.strip()
        if not text:
            return Signal.SKIP
        if hint_offered and text == TEXT_HINT_KEY:
            return Signal.HINT
        return parse(text)

    def _typed_at_timeout(
        self, text: str, parse: Callable[[str], AnswerValue], hint_offered: bool
    ) -> AnswerValue | Signal:
        """Time ran out while ``text`` was typed: submit it if it reads as an answer."""
        if not text or (hint_offered and text == TEXT_HINT_KEY):
            return Signal.TIMEOUT
        try:
            value = parse(text)
        except AnswerFormatError as error:
            self._time_up(f"what you typed was not submitted ({visible(str(error))})")
            return Signal.TIMEOUT
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

    def _order(self) -> AnswerValue | Signal:
        """Order: pick the 1st, then the 2nd from what is left, ...; the last goes by itself."""
        assert isinstance(self.question, OrderQuestion)
        items = self.presented.options or self.question.answer
        picked: list[int] = []
        while len(picked) < len(items) - 1:
            if self._expired():
                result: object = Signal.TIMEOUT
                break
            built = [items[i] for i in picked]
            place = f"Pick the {ordinal(len(picked) + 1)}:"
            message = f"Your order: {order_line(built)}   {place}" if built else place
            extras = self._menu_extras(undo=bool(picked))
            question = questionary.select(
                PromptMessage(self.console, message, "(arrow keys, Enter)"),
                choices=[
                    *(
                        Option(self.console, items[i], MENU_INDENT, value=i)
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
            if result is Signal.HINT:
                self._take_hint()
            elif result is Signal.UNDO:
                if picked:
                    picked.pop()
            elif isinstance(result, Signal):
                break
            else:
                assert isinstance(result, int)
                picked.append(result)
        else:
            result = None
        if result is Signal.TIMEOUT and picked:
            self._time_up("your picks (the rest in the order shown) were submitted as given")
        elif isinstance(result, Signal):
            return result
        picked.extend(i for i in range(len(items)) if i not in picked)
        order = tuple(items[i] for i in picked)
        self.console.print(Text.assemble(("Your order: ", "bold"), order_line(list(order))))
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
            extras.append(questionary.Choice(UNDO_TITLE, value=Signal.UNDO))
        if self._hint_offered:
            extras.append(questionary.Choice(HINT_TITLE, value=Signal.HINT))
        extras.append(questionary.Choice(SKIP_TITLE, value=Signal.SKIP))
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
        options and instructions wrapped anew (Option, PromptMessage).
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

        Returns the prompt's own result, or a :class:`Signal` (hint key, timeout).
        """
        app = question.application
        prepare_prompt(
            app,
            menu=menu,
            hint_keys=hint_keys,
            hint=Signal.HINT if self._hint_offered else None,
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
            app.exit(result=Signal.TIMEOUT)

        self.timer.watch(app, timeout)
        result: object = question.unsafe_ask()
        return result
