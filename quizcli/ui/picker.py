"""Choosing a set with the arrow keys when ``play`` is not told which."""

from __future__ import annotations

from collections.abc import Sequence

from quizcli.ui.text import visible


def pick_set(sets: Sequence[tuple[str, str]]) -> str:
    """Ask which of ``sets`` (id, title) to play; KeyboardInterrupt on Ctrl-C."""
    import questionary

    choices = [
        questionary.Choice(title=f"{visible(title)} ({set_id})", value=set_id)
        for set_id, title in sets
    ]
    answer = questionary.select("Which set do you want to play?", choices=choices).unsafe_ask()
    return str(answer)
