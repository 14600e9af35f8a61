"""What every interactive prompt does as it opens, and the keys all of them share.

- A prompt that opens after a signal ended the round closes at once; keys pressed before
  it was drawn never answer it (:func:`quizcli.ui.terminal.drop_early_keys`).

- The hint keys (``?``, and ``h`` in menus; in a text prompt only on an empty line).
- Ctrl-D and SIGINT in menus (questionary's menus swallow every key they do not know).
- A bracketed paste in a text prompt is typed as one line: it never submits, and lines
  pasted at once make one answer.
- Ctrl-Z suspends the round like any terminal program (:func:`quizcli.ui.terminal.suspend`);
  SIGTSTP sent by another program does the same while a prompt is open.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from typing import Any

from prompt_toolkit.application import Application
from prompt_toolkit.filters import Condition
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.keys import Keys

from quizcli.ui import terminal


def prepare_prompt(
    app: Application[Any],
    *,
    menu: bool,
    hint_keys: tuple[str, ...],
    hint: object,
    on_resume: Callable[[float], None],
    clock: Callable[[], float],
    interrupted: Callable[[], bool],
    drop_early_keys: bool | None,
) -> None:
    """Prepare the prompt ``app`` before it runs.

    The hint keys close it with ``hint`` as its result (None: no hint offered);
    ``on_resume`` is told how long the round was suspended; ``interrupted`` says a signal
    ended the round; ``drop_early_keys`` None means on a terminal only (tests send keys
    through a pipe).
    """

    def interrupted_already() -> None:
        if interrupted():
            app.exit(exception=KeyboardInterrupt, style="class:aborting")

    app.pre_run_callables.append(interrupted_already)
    if drop_early_keys or (drop_early_keys is None and _is_terminal(app.input)):
        terminal.drop_early_keys(app, clock)
    _add_keys(app, menu, hint_keys, hint, on_resume, clock)


def _is_terminal(keys: Input) -> bool:
    """True if ``keys`` come from a terminal (not a pipe)."""
    try:
        return os.isatty(keys.fileno())
    except (OSError, ValueError, NotImplementedError):
        return False


def _add_keys(
    app: Application[Any],
    menu: bool,
    hint_keys: tuple[str, ...],
    hint: object,
    on_resume: Callable[[float], None],
    clock: Callable[[], float],
) -> None:
    """The shared keys, and SIGTSTP handled like Ctrl-Z while the prompt is open."""
    bindings = KeyBindings()

    if hint is not None:
        # In a text prompt the key only counts on an empty line.
        empty = Condition(lambda: menu or not app.current_buffer.text)

        def take_hint(event: KeyPressEvent) -> None:
            event.app.exit(result=hint)

        for key in hint_keys:
            bindings.add(key, filter=empty, eager=True)(take_hint)

    if not menu:
        # One answer: lines pasted at once are typed as one line, and never submit it.
        @bindings.add(Keys.BracketedPaste, eager=True)
        def paste(event: KeyPressEvent) -> None:
            event.current_buffer.insert_text(" ".join(event.data.splitlines()))

    if menu:
        # questionary's menus swallow every key they do not know (Keys.Any), Ctrl-D
        # included, and a real SIGINT would reach them as the <sigint> key.
        @bindings.add(Keys.ControlD, eager=True)
        def eof(event: KeyPressEvent) -> None:
            event.app.exit(exception=EOFError, style="class:aborting")

        @bindings.add(Keys.SIGINT, eager=True)
        def interrupt(event: KeyPressEvent) -> None:
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    def suspend() -> None:
        terminal.suspend(app, clock, on_resume)

    @bindings.add(Keys.ControlZ, eager=True)
    def ctrl_z(event: KeyPressEvent) -> None:
        suspend()

    app.key_bindings = (
        merge_key_bindings([app.key_bindings, bindings]) if app.key_bindings else bindings
    )

    if hasattr(signal, "SIGTSTP"):

        def on_sigtstp() -> None:
            # Runs in the prompt's event loop, which removes the handler when it closes.
            app.loop.add_signal_handler(signal.SIGTSTP, suspend)  # type: ignore[union-attr]

        app.pre_run_callables.append(on_sigtstp)
