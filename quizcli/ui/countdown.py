"""One question's clock in the interactive asker: when it starts, the countdown, the timeout.

The clock starts when the question's first prompt is drawn, not when the engine puts the
question (the question panel and, for the first question, loading the prompt library take
a noticeable share of a short limit). While the round is suspended (Ctrl-Z) the clock is
paused. The line under a timed prompt shows the seconds left, and the prompt closes itself
when they run out.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.filters import Condition, is_done
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.layout import ConditionalContainer, FormattedTextControl, HSplit, Layout, Window

# How often the countdown under a timed prompt is redrawn, in seconds.
REFRESH_INTERVAL = 0.25
# Below this many seconds left, the countdown turns red.
HURRY_SECONDS = 5.0


class QuestionClock:
    """The time one question takes: from its first prompt's first drawing, less pauses."""

    def __init__(self, clock: Callable[[], float], limit: float | None) -> None:
        self.clock = clock
        self.limit = limit
        self.started: float | None = None
        self.timed_out = False

    def start(self) -> None:
        """Start the clock (the first prompt was just drawn); later calls do nothing."""
        if self.started is None:
            self.started = self.clock()

    def pause(self, seconds: float) -> None:
        """Take ``seconds`` (the round was suspended) out of the time taken."""
        if self.started is not None:
            self.started += seconds

    @property
    def elapsed(self) -> float:
        """Seconds taken so far (0 before the first drawing)."""
        return 0.0 if self.started is None else self.clock() - self.started

    @property
    def left(self) -> float | None:
        """Seconds left, or None in an untimed round."""
        if self.limit is None:
            return None
        return max(0.0, self.limit - self.elapsed)

    @property
    def expired(self) -> bool:
        """True once a timed question's time has run out."""
        left = self.left
        return left is not None and left <= 0.0

    def watch(self, app: Application[Any], on_timeout: Callable[[], None]) -> None:
        """Start the clock when ``app`` is first drawn; in a timed round, show the seconds
        left under it and call ``on_timeout`` (which closes it) when they run out."""

        armed = False

        def drawn(_: object) -> None:
            nonlocal armed
            if armed:
                return
            armed = True
            self.start()
            if self.limit is not None:
                # The task is cancelled when the prompt closes for any other reason.
                app.create_background_task(self._expire(app, on_timeout))

        app.after_render.add_handler(drawn)
        if self.limit is None:
            return
        line = ConditionalContainer(
            Window(FormattedTextControl(self._countdown), height=1, dont_extend_height=True),
            filter=~is_done | Condition(lambda: self.timed_out),
        )
        app.layout = Layout(
            HSplit([app.layout.container, line]), focused_element=app.layout.current_window
        )
        app.refresh_interval = REFRESH_INTERVAL

    async def _expire(self, app: Application[Any], on_timeout: Callable[[], None]) -> None:
        # Sleep again after waking: a pause (Ctrl-Z) moves the end of the time.
        while (left := self.left) is not None and left > 0:
            await asyncio.sleep(left)
        if not app.is_done:
            self.timed_out = True
            on_timeout()

    def _countdown(self) -> StyleAndTextTuples:
        """The line under a timed prompt: seconds left, or that time ran out."""
        if self.timed_out:
            return [("fg:ansired bold", "  Time's up.")]
        left = self.left or 0.0
        style = "fg:ansired bold" if left <= HURRY_SECONDS else "fg:ansiyellow"
        return [(style, f"  Time left: {math.ceil(left)}s")]


def held_by(app: Application[Any]) -> object:
    """What an open prompt holds: the ticked values of a checkbox, or the typed text."""
    from questionary.prompts.common import InquirerControl

    for control in app.layout.find_all_controls():
        if isinstance(control, InquirerControl):
            return list(control.selected_options)
    return app.current_buffer.text
