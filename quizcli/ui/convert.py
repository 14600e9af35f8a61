"""What ``quizcli import`` and ``quizcli export`` print: summaries, skip lines and JSON."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from quizcli.bank.formats.common import Exported, Imported
from quizcli.kinds import Kind
from quizcli.ui.banks import dumps
from quizcli.ui.text import counted, literal


def kinds_text(kinds: dict[str, int]) -> str:
    """``3 choice, 1 text``: the count of each kind, in the model's order."""
    return ", ".join(f"{kinds[k.value]} {k.value}" for k in Kind if kinds.get(k.value))


def skip_line(file: str, line: int, label: str, reason: str) -> str:
    """``FILE:LINE: question TITLE: skipped: REASON``."""
    return f"{file}:{line}: question {label}: skipped: {reason}"


def print_import(
    out: Console,
    err: Console,
    file: str,
    imported: Imported,
    written: Path | None,
    strict: bool,
) -> None:
    """The summary on stdout; skip lines and notes on stderr."""
    for note in imported.notes:
        err.print(literal(f"note: {note}"), soft_wrap=True)
    for skip in imported.skipped:
        err.print(literal(skip_line(file, skip.line, skip.label(), skip.reason)), soft_wrap=True)
    count = len(imported.bank.questions)
    kinds = kinds_text(imported.kinds)
    summary = f"Imported {counted(count, 'question')} from {file} ({imported.format})"
    summary += f": {kinds}" if kinds else ""
    if imported.skipped:
        summary += f"; skipped {len(imported.skipped)}"
    out.print(literal(summary + "."), soft_wrap=True)
    if written is not None:
        out.print(literal(f"Wrote {written} (set {imported.bank.set['id']})."), soft_wrap=True)
    elif count and strict:
        err.print(
            literal("Error: --strict and questions were skipped; nothing written."), soft_wrap=True
        )
    else:
        err.print(
            literal(f"Error: {file}: no question could be imported; nothing written."),
            soft_wrap=True,
        )


def import_json(imported: Imported, written: Path | None) -> str:
    """The one JSON object ``import --json`` prints."""
    return dumps(
        {
            "output": str(written) if written is not None else None,
            "format": imported.format,
            "imported": len(imported.bank.questions),
            "kinds": imported.kinds,
            "skipped": [
                {"line": skip.line, "id": skip.title, "reason": skip.reason}
                for skip in imported.skipped
            ],
        }
    )


def print_export(
    err: Console, exported: Exported, written: int, to: str, output: Path | None
) -> None:
    """What was left out and dropped, and how many questions went where (all on stderr)."""
    for question_id, reason in exported.skipped:
        err.print(literal(f"question {question_id}: skipped: {reason}"), soft_wrap=True)
    for note in exported.notes:
        err.print(literal(f"note: {note}"), soft_wrap=True)
    where = str(output) if output is not None else "stdout"
    line = f"Exported {counted(written, 'question')} as {to} to {where}"
    if exported.skipped:
        line += f"; skipped {len(exported.skipped)}"
    err.print(literal(line + "."), soft_wrap=True)
