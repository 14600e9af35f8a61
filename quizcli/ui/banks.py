"""Views of banks: the ``list`` table and ``validate`` report, for people and as JSON."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from quizcli.bank.catalog import Origin, SetInfo
from quizcli.errors import Problem
from quizcli.kinds import Difficulty, Kind
from quizcli.ui.text import json_safe, literal

if TYPE_CHECKING:
    from quizcli.spoilers import Spoiler


def difficulty_mix(info: SetInfo) -> str:
    """``"3 easy\n4 medium\n2 hard"``, one level a line, leaving out levels with no question."""
    return "\n".join(
        f"{info.difficulties[d]} {d.value}" for d in Difficulty if info.difficulties.get(d)
    )


def sets_table(
    infos: Sequence[SetInfo], screen_width: int = 80, due: Mapping[str, int] | None = None
) -> Table:
    """The table ``quizcli list`` prints.

    Five columns, so that it reads in an 80-column terminal: the set's id over where it
    comes from, its title over its description, the number of questions over the mix of
    difficulties (and the player's review cards due now, when ``due`` is known), the
    kinds, the tags.
    """
    table = Table(title="Question sets", title_justify="left", expand=False)
    wheres = [
        FoldedPath("built-in" if i.origin is Origin.BUILTIN else str(i.path), "dim") for i in infos
    ]
    # A fixed width, since a table shrinks its columns below their narrowest content: the
    # widest id or path, up to a quarter of the screen, so that a path wraps only after
    # a "/" (and only a name wider than that quarter is folded).
    widest = max([len(i.id) for i in infos] + [p.text.cell_len for p in wheres], default=0)
    table.add_column("set", width=max(min(widest, screen_width // 4), 8), overflow="fold")
    table.add_column("title", ratio=3)
    table.add_column("questions", no_wrap=True)
    table.add_column("kinds", ratio=1)
    table.add_column("tags", ratio=1)
    for info, where in zip(infos, wheres, strict=True):
        table.add_row(
            Group(literal(info.id, "bold cyan"), where),
            _title(info),
            f"{info.questions}\n{difficulty_mix(info)}"
            + ("" if due is None else f"\n{due.get(info.id, 0)} due"),
            _kinds(info),
            literal(", ".join(info.tags)),
        )
    return table


class FoldedPath:
    """A file path that wraps only after a ``/``, never inside a name.

    Its narrowest width is its longest name. Only a name wider than the whole column (in
    ``list``, a quarter of the screen) is folded, since it cannot be shown otherwise.
    """

    def __init__(self, path: str, style: str = "") -> None:
        self.text = literal(path, style)
        plain = self.text.plain
        self.parts: list[tuple[int, int]] = []  # (start, end) of each name with its "/"
        start = 0
        for index, char in enumerate(plain):
            if char == "/":
                self.parts.append((start, index + 1))
                start = index + 1
        if start < len(plain):
            self.parts.append((start, len(plain)))

        self.longest = max((self._width(*part) for part in self.parts), default=0)

    def _width(self, start: int, end: int) -> int:
        return self.text[start:end].cell_len

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """At least the longest name, at most the whole path on one line."""
        return Measurement(self.longest, self.text.cell_len).with_maximum(options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The path in lines that each end at a ``/`` (or the path's end)."""
        width = options.max_width
        lines: list[Text] = []
        line_start = line_end = 0
        for start, end in self.parts:
            if end - line_start > 0 and self._width(line_start, end) > width and line_end:
                lines.append(self.text[line_start:line_end])
                line_start = start
            line_end = end
        if line_end > line_start or not lines:
            lines.append(self.text[line_start:line_end])
        for line in lines:
            line.overflow = "fold"
            yield line


def _kinds(info: SetInfo) -> str:
    """The kinds of question in a set; ``all 7 kinds`` rather than seven names."""
    if len(info.kinds) == len(Kind):
        return f"all {len(Kind)} kinds"
    return ", ".join(kind.value for kind in info.kinds)


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
    import json  # here, not at the top: `list` without --json never needs it

    return json_safe(json.dumps(data, ensure_ascii=False, indent=2))


def problem_line(problem: Problem) -> Text:
    """A problem as one literal line."""
    return literal(str(problem))


def print_spoilers(console: Console, name: str, spoilers: Sequence[Spoiler]) -> None:
    """``validate --spoilers``: one line per pair, then a count; bank text shown literally."""
    for spoiler in spoilers:
        shower = f"question {spoiler.shower}" if spoiler.shower else "the set title"
        line = Text.assemble(
            literal(name),
            ": spoiler: ",
            literal(shower),
            f" ({spoiler.field}) shows the answer of question ",
            literal(spoiler.spoiled),
            ": ",
            literal(repr(spoiler.text)),
        )
        if spoiler.same_group:
            line.append(" (same group: never in one round)", "dim")
        console.print(line, soft_wrap=True)
    crossing = sum(not s.same_group for s in spoilers)
    if crossing:
        console.print(
            Text.assemble(
                literal(name),
                f": {crossing} spoiler pair{'s' if crossing != 1 else ''} across groups: "
                "reword one of each pair, or give both the same group",
            ),
            soft_wrap=True,
        )


def spoiler_json(spoiler: Spoiler) -> dict[str, object]:
    """One spoiler pair as JSON for ``validate --spoilers --json``."""
    return spoiler._asdict()


def print_bank_report(console: Console, name: str, problems: Sequence[Problem], ok: str) -> None:
    """``validate``'s report on one bank: ``ok`` when valid, else one line per problem."""
    if not problems:
        console.print(Text.assemble(("ok ", "bold green"), literal(name), f": {ok}"))
        return
    for problem in problems:
        console.print(problem_line(problem), soft_wrap=True)
