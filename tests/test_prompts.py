"""The interactive asker, driven with key codes through a prompt_toolkit pipe input.

Every test sends its keys up front (prompt_toolkit keeps keys a prompt did not use as
typeahead for the next prompt on the same input), and a watchdog closes the input after a
few seconds, so a prompt that waits for keys that never come fails with EOFError instead of
hanging the suite.
"""

from __future__ import annotations

import io
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from prompt_toolkit.input import PipeInput, create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from quizcli.model import (
    ChoiceQuestion,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Outcome,
    Presented,
    Question,
    Response,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)
from quizcli.ui.prompts import InteractiveAsker

UP = "\x1b[A"
DOWN = "\x1b[B"
ENTER = "\r"
SPACE = " "
BACKSPACE = "\x7f"
CTRL_C = "\x03"
CTRL_D = "\x04"

WATCHDOG_SECONDS = 10.0

CHOICE = ChoiceQuestion(
    id="m1500-gold",
    prompt="Who won the men's 1500m?",
    choices=("Jakob Ingebrigtsen", "Cole Hocker", "Josh Kerr"),
    answer="Cole Hocker",
    hint="An American [bold]not[/bold] Nuguse",
)
TRUEFALSE = TrueFalseQuestion(id="tf", prompt="Kerr won silver.", answer=True, hint="Yes?")
MULTI = MultiQuestion(
    id="multi",
    prompt="Who ran the final?",
    choices=("Hocker", "Wightman", "Kerr", "Nobody"),
    answer=("Hocker", "Kerr"),
    hint="Two medallists",
)
ORDER = OrderQuestion(
    id="podium",
    prompt="Put the medallists in order.",
    answer=("Cole Hocker", "Josh Kerr", "Yared Nuguse"),
    hint="The American led.",
)
NUMBER = NumberQuestion(
    id="laps", prompt="How long is the track?", answer=400, unit="m", hint="Four hundred"
)
TIME = TimeQuestion(
    id="time",
    prompt="Winning time?",
    answer="3:27.65",
    seconds=207.65,
    hint="Olympic record",
)
TEXT = TextQuestion(id="text", prompt="Who won?", answer="Cole Hocker", hint="Cole")

ORDER_SHOWN = ("Yared Nuguse", "Cole Hocker", "Josh Kerr")


def presented(
    question: Question,
    *,
    options: tuple[str, ...] | None = None,
    hints: bool = True,
    time_limit: float | None = None,
    deadline: float | None = None,
) -> Presented:
    """The question as the engine would put it; options in the bank's order by default."""
    if options is None:
        options = ()
        if isinstance(question, ChoiceQuestion | MultiQuestion):
            options = question.choices
        elif isinstance(question, OrderQuestion):
            options = ORDER_SHOWN
    return Presented(
        question=question,
        number=1,
        total=1,
        options=options,
        hints=hints,
        time_limit=time_limit,
        deadline=deadline,
    )


class Played:
    """What one ask() returned, and what it printed on the Rich console."""

    def __init__(self, response: Response, printed: str) -> None:
        self.response = response
        self.printed = printed


@pytest.fixture
def play() -> Iterator[Callable[..., Played]]:
    """Ask one question, feeding it ``keys``; the watchdog ends a prompt left waiting."""
    timers: list[threading.Timer] = []

    def run(
        shown: Presented, keys: str = "", clock: Callable[[], float] = time.monotonic
    ) -> Played:
        out = io.StringIO()
        console = Console(file=out, width=80)
        with create_pipe_input() as pipe:
            pipe.send_text(keys)
            timer = threading.Timer(WATCHDOG_SECONDS, pipe.close)
            timers.append(timer)
            timer.start()
            try:
                asker = InteractiveAsker(console, input=pipe, output=DummyOutput(), clock=clock)
                response = asker.ask(shown)
            finally:
                timer.cancel()
        return Played(response, out.getvalue())

    yield run
    for timer in timers:
        timer.cancel()


# --- each kind answered ---------------------------------------------------------------


def test_choice_with_arrows(play: Callable[..., Played]) -> None:
    result = play(presented(CHOICE), DOWN + ENTER)
    assert result.response.outcome is Outcome.ANSWERED
    assert result.response.value == "Cole Hocker"
    assert result.response.hint_taken is False


def test_choice_up_and_down(play: Callable[..., Played]) -> None:
    result = play(presented(CHOICE), DOWN + DOWN + UP + ENTER)
    assert result.response.value == "Cole Hocker"


def test_choice_follows_the_displayed_order(play: Callable[..., Played]) -> None:
    shown = presented(CHOICE, options=("Josh Kerr", "Cole Hocker", "Jakob Ingebrigtsen"))
    assert play(shown, ENTER).response.value == "Josh Kerr"


def test_bank_text_comes_back_untouched(play: Callable[..., Played]) -> None:
    odd = ("<b>bold</b>", "[red]x[/red]", "esc\x1b[31m", "two\nlines")
    question = ChoiceQuestion(id="odd", prompt="?", choices=odd, answer=odd[0])
    for index, option in enumerate(odd):
        result = play(presented(question), DOWN * index + ENTER)
        assert result.response.value == option


def test_truefalse(play: Callable[..., Played]) -> None:
    assert play(presented(TRUEFALSE), ENTER).response.value is True
    assert play(presented(TRUEFALSE), DOWN + ENTER).response.value is False


def test_multi_ticks_with_space_in_displayed_order(play: Callable[..., Played]) -> None:
    # Tick Kerr (3rd) first, then Hocker (1st): the value follows the display.
    keys = DOWN + DOWN + SPACE + UP + UP + SPACE + ENTER
    result = play(presented(MULTI), keys)
    assert result.response.outcome is Outcome.ANSWERED
    assert result.response.value == ("Hocker", "Kerr")


def test_multi_untick(play: Callable[..., Played]) -> None:
    keys = SPACE + DOWN + SPACE + SPACE + ENTER
    assert play(presented(MULTI), keys).response.value == ("Hocker",)


def test_order_picks_and_places_the_last_itself(play: Callable[..., Played]) -> None:
    # Shown: Nuguse, Hocker, Kerr. Pick Hocker, then Kerr (first of Nuguse, Kerr left).
    result = play(presented(ORDER), DOWN + ENTER + DOWN + ENTER)
    assert result.response.outcome is Outcome.ANSWERED
    assert result.response.value == ("Cole Hocker", "Josh Kerr", "Yared Nuguse")
    assert "Your order: 1. Cole Hocker  2. Josh Kerr  3. Yared Nuguse" in result.printed


def test_order_undo_last_pick(play: Callable[..., Played]) -> None:
    # Pick Nuguse; the second menu is Hocker, Kerr, ---, Undo, Skip (hints are off).
    undo = DOWN + DOWN + ENTER
    keys = ENTER + undo + DOWN + ENTER + DOWN + ENTER
    result = play(presented(ORDER, hints=False), keys)
    assert result.response.value == ("Cole Hocker", "Josh Kerr", "Yared Nuguse")


def test_number_with_unit(play: Callable[..., Played]) -> None:
    result = play(presented(NUMBER), "400 m" + ENTER)
    assert result.response.outcome is Outcome.ANSWERED
    assert result.response.value == 400.0


def test_time_refuses_a_bad_format_then_accepts(play: Callable[..., Played]) -> None:
    keys = "3:2x.65" + ENTER + BACKSPACE * 7 + "3:27.65" + ENTER
    result = play(presented(TIME), keys)
    assert result.response.outcome is Outcome.ANSWERED
    assert result.response.value == pytest.approx(207.65)


def test_text_is_stripped(play: Callable[..., Played]) -> None:
    result = play(presented(TEXT), "  Cole Hocker  " + ENTER)
    assert result.response.value == "Cole Hocker"


def test_elapsed_comes_from_the_clock(play: Callable[..., Played]) -> None:
    ticks = iter([100.0, 102.5])
    result = play(presented(TEXT), "x" + ENTER, clock=lambda: next(ticks))
    assert result.response.elapsed == 2.5


# --- skipping -------------------------------------------------------------------------


@pytest.mark.parametrize("question", [NUMBER, TIME, TEXT], ids=["number", "time", "text"])
def test_empty_line_skips(play: Callable[..., Played], question: Question) -> None:
    result = play(presented(question), "   " + ENTER)
    assert result.response.outcome is Outcome.SKIPPED
    assert result.response.value is None


def test_skip_entry_in_select(play: Callable[..., Played]) -> None:
    # Up from the first entry wraps to the last one, Skip.
    assert play(presented(CHOICE), UP + ENTER).response.outcome is Outcome.SKIPPED
    assert play(presented(TRUEFALSE), UP + ENTER).response.outcome is Outcome.SKIPPED


def test_checkbox_with_nothing_ticked_skips(play: Callable[..., Played]) -> None:
    assert play(presented(MULTI), ENTER).response.outcome is Outcome.SKIPPED


def test_skip_entry_in_order_picker(play: Callable[..., Played]) -> None:
    result = play(presented(ORDER), ENTER + UP + ENTER)
    assert result.response.outcome is Outcome.SKIPPED
    assert "Your order" not in result.printed


# --- hints ----------------------------------------------------------------------------


def test_hint_entry_in_select(play: Callable[..., Played]) -> None:
    # Entries: 3 options, ---, Show hint, Skip. After the hint: 3 options, ---, Skip.
    result = play(presented(CHOICE), UP + UP + ENTER + DOWN + ENTER)
    assert result.response.hint_taken is True
    assert result.response.value == "Cole Hocker"
    # Printed literally: bank text is never Rich markup.
    assert "Hint: An American [bold]not[/bold] Nuguse" in result.printed


def test_hint_is_offered_once(play: Callable[..., Played]) -> None:
    # Second time round there is no Show hint entry: Up, Up lands on the last option.
    result = play(presented(CHOICE), "?" + UP + UP + ENTER)
    assert result.response.hint_taken is True
    assert result.response.value == "Josh Kerr"
    assert result.printed.count("Hint:") == 1


def test_no_hint_offer_when_hints_are_off(play: Callable[..., Played]) -> None:
    # Up, Up from the top lands on the last option (no Show hint entry); ? does nothing.
    result = play(presented(CHOICE, hints=False), "?" + UP + UP + ENTER)
    assert result.response.hint_taken is False
    assert result.response.value == "Josh Kerr"
    assert result.printed == ""


def test_no_hint_offer_without_a_hint(play: Callable[..., Played]) -> None:
    question = TextQuestion(id="nohint", prompt="?", answer="?")
    result = play(presented(question), "?" + ENTER)
    assert result.response.hint_taken is False
    assert result.response.value == "?"


@pytest.mark.parametrize("question", [NUMBER, TIME, TEXT], ids=["number", "time", "text"])
def test_question_mark_key_in_text_prompts(play: Callable[..., Played], question: Question) -> None:
    answer = {"laps": "400", "time": "3:27.65", "text": "Cole Hocker"}[question.id]
    result = play(presented(question), "?" + answer + ENTER)
    assert result.response.hint_taken is True
    assert result.response.outcome is Outcome.ANSWERED
    assert f"Hint: {question.hint}" in result.printed


def test_question_mark_inside_an_answer_is_typed(play: Callable[..., Played]) -> None:
    result = play(presented(TEXT), "Cole?" + ENTER)
    assert result.response.hint_taken is False
    assert result.response.value == "Cole?"


@pytest.mark.parametrize("key", ["?", "h"])
def test_hint_key_in_checkbox(play: Callable[..., Played], key: str) -> None:
    result = play(presented(MULTI), key + SPACE + ENTER)
    assert result.response.hint_taken is True
    assert result.response.value == ("Hocker",)
    assert "Hint: Two medallists" in result.printed


def test_hint_in_order_picker_keeps_the_picks(play: Callable[..., Played]) -> None:
    # Pick Hocker; second menu: Nuguse, Kerr, ---, Undo, Show hint, Skip.
    keys = DOWN + ENTER + UP + UP + ENTER + DOWN + ENTER
    result = play(presented(ORDER), keys)
    assert result.response.hint_taken is True
    assert result.response.value == ("Cole Hocker", "Josh Kerr", "Yared Nuguse")
    assert "Hint: The American led." in result.printed


def test_skipping_after_the_hint_keeps_hint_taken(play: Callable[..., Played]) -> None:
    result = play(presented(TEXT), "?" + ENTER)
    assert result.response.outcome is Outcome.SKIPPED
    assert result.response.hint_taken is True


# --- timed rounds ---------------------------------------------------------------------


def timed(question: Question, seconds: float = 0.3) -> Presented:
    """The question in a timed round whose deadline is ``seconds`` away."""
    return presented(question, time_limit=seconds, deadline=time.monotonic() + seconds)


@pytest.mark.parametrize(
    "question",
    [CHOICE, TRUEFALSE, MULTI, ORDER, NUMBER, TIME, TEXT],
    ids=["choice", "truefalse", "multi", "order", "number", "time", "text"],
)
def test_times_out_by_itself(play: Callable[..., Played], question: Question) -> None:
    result = play(timed(question))
    assert result.response.outcome is Outcome.TIMED_OUT
    assert result.response.value is None


def test_order_picks_are_submitted_when_time_runs_out(play: Callable[..., Played]) -> None:
    # Shown: Nuguse, Hocker, Kerr. Nuguse is picked; the rest follow in the order shown.
    result = play(timed(ORDER), ENTER)
    assert result.response.outcome is Outcome.ANSWERED
    assert result.response.value == ("Yared Nuguse", "Cole Hocker", "Josh Kerr")
    assert result.response.elapsed == 0.3  # at the limit: scored as a last-second answer
    assert "Time's up: your picks (the rest in the order shown) were submitted" in result.printed


def test_ticked_options_are_submitted_when_time_runs_out(play: Callable[..., Played]) -> None:
    result = play(timed(MULTI), SPACE + DOWN + DOWN + SPACE)
    assert result.response.outcome is Outcome.ANSWERED
    assert result.response.value == ("Hocker", "Kerr")
    assert result.response.elapsed == 0.3
    assert "Time's up: the options you ticked were submitted as given." in result.printed


@pytest.mark.parametrize(
    ("question", "typed", "value"),
    [(TEXT, "Cole Hock", "Cole Hock"), (NUMBER, "400", 400.0), (TIME, "3:27.65", 207.65)],
    ids=["text", "number", "time"],
)
def test_typed_text_is_submitted_when_time_runs_out(
    play: Callable[..., Played], question: Question, typed: str, value: object
) -> None:
    result = play(timed(question), typed)
    assert result.response.outcome is Outcome.ANSWERED
    assert result.response.value == value
    assert "Time's up: what you typed was submitted as given." in result.printed


def test_unreadable_text_is_not_submitted_when_time_runs_out(
    play: Callable[..., Played],
) -> None:
    result = play(timed(NUMBER), "4x")
    assert result.response.outcome is Outcome.TIMED_OUT
    assert "Time's up: what you typed was not submitted" in result.printed


def test_nothing_given_is_no_answer_when_time_runs_out(play: Callable[..., Played]) -> None:
    # The highlighted option of a menu is not an answer; nothing ticked, nothing typed.
    for question, keys in [(CHOICE, DOWN), (MULTI, DOWN), (ORDER, DOWN), (TEXT, "  ")]:
        result = play(timed(question), keys)
        assert result.response.outcome is Outcome.TIMED_OUT
        assert "submitted" not in result.printed


def test_times_out_after_the_hint(play: Callable[..., Played]) -> None:
    # The "?" must be read before the deadline: leave room for a slow, shared machine.
    result = play(timed(TEXT, seconds=1.5), "?")
    assert result.response.outcome is Outcome.TIMED_OUT
    assert result.response.hint_taken is True


def test_answer_in_time_counts(play: Callable[..., Played]) -> None:
    result = play(timed(CHOICE, seconds=30), DOWN + ENTER)
    assert result.response.outcome is Outcome.ANSWERED
    assert result.response.value == "Cole Hocker"


def test_the_clock_starts_when_the_prompt_is_drawn(play: Callable[..., Played]) -> None:
    # The engine's deadline passed before the prompt was drawn (the question panel, loading
    # the prompt library): the player still has the whole limit from the drawing on.
    shown = presented(TEXT, time_limit=5.0, deadline=time.monotonic() - 1)
    result = play(shown, "Cole" + ENTER)
    assert result.response.outcome is Outcome.ANSWERED
    assert 0 < result.response.elapsed < 5.0


# --- leaving the round ----------------------------------------------------------------


@pytest.mark.parametrize(
    "question", [CHOICE, MULTI, ORDER, TEXT], ids=["choice", "multi", "order", "text"]
)
def test_ctrl_c_raises_keyboard_interrupt(play: Callable[..., Played], question: Question) -> None:
    with pytest.raises(KeyboardInterrupt):
        play(presented(question), CTRL_C)


def test_ctrl_c_in_a_timed_prompt(play: Callable[..., Played]) -> None:
    with pytest.raises(KeyboardInterrupt):
        play(timed(CHOICE, seconds=30), CTRL_C)


@pytest.mark.parametrize(
    "question", [CHOICE, MULTI, ORDER, TEXT], ids=["choice", "multi", "order", "text"]
)
def test_ctrl_d_raises_eof(play: Callable[..., Played], question: Question) -> None:
    with pytest.raises(EOFError):
        play(presented(question), CTRL_D)


# --- keys pressed ahead -----------------------------------------------------------------


def test_keys_left_by_one_prompt_never_answer_the_next() -> None:
    """A second Enter read with the first is dropped, and keys keep being dropped until
    none has come for a moment (a held Enter); then the prompt takes keys again."""
    from prompt_toolkit.application.current import get_app_or_none

    from quizcli.ui.terminal import SETTLE_SECONDS

    now = [0.0]  # the asker's clock, moved on by the test

    def press_when_drawn(pipe: PipeInput) -> None:
        """Once the second prompt is drawn, let time pass, then press keys."""
        deadline = time.monotonic() + WATCHDOG_SECONDS / 2
        while time.monotonic() < deadline:
            app = get_app_or_none()
            if app is not None and app.is_running and app.render_counter > 0:
                now[0] += SETTLE_SECONDS * 2
                pipe.send_text(DOWN + DOWN + ENTER)
                return
            time.sleep(0.01)

    console = Console(file=io.StringIO(), width=80)
    with create_pipe_input() as pipe:
        pipe.send_text(DOWN + ENTER + ENTER)  # read together: the second Enter is left over
        watchdog = threading.Timer(WATCHDOG_SECONDS, pipe.close)
        watchdog.start()
        asker = InteractiveAsker(
            console, input=pipe, output=DummyOutput(), clock=lambda: now[0], drop_early_keys=True
        )
        try:
            assert asker.ask(presented(CHOICE)).value == "Cole Hocker"
            threading.Thread(target=press_when_drawn, args=(pipe,), daemon=True).start()
            second = asker.ask(presented(CHOICE))
        finally:
            watchdog.cancel()
    assert second.value == "Josh Kerr"
