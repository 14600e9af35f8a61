"""The parts a prompt is drawn with: menu entries and messages that wrap to the terminal.

questionary formats a prompt's message and its options' titles each time it draws them, so
:class:`Option` and :class:`PromptMessage` wrap their text between words to the terminal's width
as it is then (a resize re-wraps them; no word is cut). Bank text is shown literally, on
the lines the wrapping gives it. :class:`Signal` is what a prompt returns when the player
gave no answer (hint, skip, undo, timeout).
"""

from __future__ import annotations

from enum import Enum

import questionary
from rich.console import Console
from rich.text import Text

from quizcli.ui.text import visible

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


class Signal(Enum):
    """What a prompt returns when the player did not give an answer."""

    HINT = "hint"
    SKIP = "skip"
    UNDO = "undo"
    TIMEOUT = "timeout"


def plain(text: str) -> str:
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


def wrapped(console: Console, text: str, indent: int, *, first: int | None = None) -> str:
    """``plain`` text wrapped between words to the terminal's width as it is now, its first
    line starting ``first`` columns in (default ``indent``) and every further line
    ``indent`` columns in; a word longer than a line is folded, never cut."""
    width = _columns(console)
    start = indent if first is None else first
    room = max(width - max(indent, start) - 1, 8)
    lines = Text(plain(text)).wrap(console, room, overflow="fold")
    return ("\n" + " " * indent).join(line.plain.rstrip() for line in lines)


class Option(questionary.Choice):
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
            return wrapped(self._console, self._text, further, first=self._answered_at)
        return wrapped(self._console, self._text, self._indent + CONTINUATION, first=self._indent)

    @title.setter
    def title(self, value: object) -> None:
        """questionary sets the title once; the text is kept in ``_text``."""


class PromptMessage(str):
    """A prompt's message and its instruction (``Your answer: (arrow keys, Enter)``),
    wrapped between words to the terminal's width each time questionary draws it (it
    formats the message on every draw): a resize re-wraps it, and no word is split. Once
    the prompt is answered, the instruction is left out."""

    _console: Console
    _instruction: str

    def __new__(cls, console: Console, message: str, instruction: str = "") -> PromptMessage:
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
        return wrapped(self._console, text, PROMPT_INDENT)


def order_line(items: list[str]) -> str:
    """The order built so far, as shown to the player: "1. X  2. Y"."""
    return "  ".join(f"{position}. {plain(item)}" for position, item in enumerate(items, 1))
