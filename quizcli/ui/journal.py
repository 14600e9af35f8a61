"""What the journal did, in words: rounds recovered at start-up, rounds still kept."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizcli.journal.entry import Entry


def finished_lines(stored: list[Entry], kept: list[str], damaged: list[Path]) -> list[str]:
    """One line for the rounds stored from the journal, one for those still waiting."""
    lines = []
    if stored:
        what = "; ".join(entry.describe() for entry in stored)
        count = len(stored)
        lines.append(
            f"Recovered {count} round{'' if count == 1 else 's'} cut short, from the journal: "
            f"{what}."
        )
    if kept:
        count = len(kept)
        lines.append(
            f"{count} round{'' if count == 1 else 's'} in the journal could not be stored yet "
            f"({kept[0]}); the next quizcli command tries again."
        )
    if damaged:
        lines.append(
            "Unreadable journal file"
            f"{'' if len(damaged) == 1 else 's'} left alone: {', '.join(map(str, damaged))}"
        )
    return lines
