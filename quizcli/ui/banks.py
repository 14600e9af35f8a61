"""Views of banks: the ``list`` table and ``validate`` report, for people and as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from quizcli.bank.catalog import Origin, SetInfo
from quizcli.errors import Problem
from quizcli.kinds import Difficulty
from quizcli.ui.text import json_safe, literal


def difficulty_mix(info: SetInfo) -> str:
    """``"3 easy · 4 medium · 2 hard"``, leaving out levels with no question."""
    parts = [f"{info.difficulties[d]} {d.value}" for d in Difficulty if info.difficulties.get(d)]
    return " · ".join(parts)


def sets_table(infos: Sequence[SetInfo]) -> Table:
    """The table ``quizcli list`` prints."""
    table = Table(title="Question sets", title_justify="left", expand=False)
    table.add_column("id", style="bold cyan", no_wrap=True)
    table.add_column("title")
    table.add_column("questions", justify="right")
    table.add_column("kinds")
    table.add_column("difficulty", no_wrap=True)
    table.add_column("tags")
    table.add_column("from")
    for info in infos:
        where = "built-in" if info.origin is Origin.BUILTIN else str(info.path)
        table.add_row(
            literal(info.id),
            _title(info),
            str(info.questions),
            ", ".join(kind.value for kind in info.kinds),
            difficulty_mix(info),
            literal(", ".join(info.tags)),
            literal(where),
        )
    return table


def _title(info: SetInfo) -> Text:
    title = literal(info.title)
    if info.description:
        title.append("\n")
        title.append_text(literal(info.description, "dim"))
    return title


def set_json(info: SetInfo) -> dict[str, Any]:
    """One set as ``list --json`` prints it."""
    return {
        "id": info.id,
        "title": info.title,
        "description": info.description,
        "questions": info.questions,
        "kinds": [kind.value for kind in info.kinds],
        "difficulty": {d.value: info.difficulties.get(d, 0) for d in Difficulty},
        "tags": list(info.tags),
        "origin": info.origin.value,
        "path": str(info.path),
    }


def problem_json(problem: Problem) -> dict[str, Any]:
    """One problem as data."""
    return {
        "file": problem.file,
        "line": problem.line,
        "column": problem.column,
        "where": problem.where,
        "message": problem.message,
    }


def dumps(data: object) -> str:
    """JSON for stdout: readable, and safe to print to a terminal."""
    return json_safe(json.dumps(data, ensure_ascii=False, indent=2))


def problem_line(problem: Problem) -> Text:
    """A problem as one literal line."""
    return literal(str(problem))


def print_bank_report(console: Console, name: str, problems: Sequence[Problem], ok: str) -> None:
    """``validate``'s report on one bank: ``ok`` when valid, else one line per problem."""
    if not problems:
        console.print(Text.assemble(("ok ", "bold green"), literal(name), f": {ok}"))
        return
    for problem in problems:
        console.print(problem_line(problem), soft_wrap=True)
