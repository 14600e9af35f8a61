"""The Rich view of a round: question panels, feedback with the points' breakdown, summary.

Every piece of bank text goes through ``literal`` (never markup, never escape sequences).
"""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from quizcli.game import Progress, tag_accuracy
from quizcli.model import (
    AnswerRecord,
    GameResult,
    Mark,
    OrderQuestion,
    Presented,
    QuestionSet,
)
from quizcli.ui import describe
from quizcli.ui.bars import accuracy_bars, bar_width
from quizcli.ui.text import literal

MARK_STYLES = {
    Mark.RIGHT: "bold green",
    Mark.PARTIAL: "bold yellow",
    Mark.WRONG: "bold red",
    Mark.SKIPPED: "bold magenta",
    Mark.TIMED_OUT: "bold red",
}
DIFFICULTY_STYLES = {"easy": "green", "medium": "yellow", "hard": "red"}
RULE_ROOM = 4  # columns a header leaves for its rule: Rich cuts a title that leaves under 2


class RichView:
    """Shows the round with Rich on ``console``."""

    def __init__(self, console: Console, qset: QuestionSet) -> None:
        self.console = console
        self.qset = qset
        self._shown: tuple[Presented, Progress] | None = None

    def show_question(self, presented: Presented, progress: Progress) -> None:
        """A header line, the prompt in a panel, and any quote as a quotation block."""
        self._shown = (presented, progress)
        question = presented.question
        self.console.print()
        self.console.print(question_header(presented, progress, self.console.width))
        body: list[RenderableType] = [literal(question.prompt, "bold")]
        if question.quote:
            body.append(quote_block(question.quote, None))
        body.append(Text(describe.instruction(presented), style="dim"))
        self.console.print(Panel(Group(*body), padding=(1, 2), expand=True))

    def show_question_again(self) -> None:
        """The question being asked, drawn again for the terminal's width now (after a
        resize has cleared the screen)."""
        if self._shown is not None:
            self.show_question(*self._shown)

    def show_feedback(self, record: AnswerRecord, presented: Presented, progress: Progress) -> None:
        """The verdict, the right answer in full, the explanation, the source, the points."""
        question = record.question
        mark = record.verdict.mark
        lines: list[RenderableType] = [
            Text.assemble(
                (describe.MARK_LABELS[mark], MARK_STYLES[mark]),
                "  ",
                (describe.breakdown(record.points, mark), "bold" if record.points.total else "dim"),
            )
        ]
        if isinstance(question, OrderQuestion):
            lines.append(order_table(record))
        else:
            lines.append(
                Text.assemble(
                    ("Your answer: ", "dim"), describe.given_answer(question, record.response)
                )
            )
            lines.append(
                Text.assemble(("Right answer: ", "dim"), (describe.right_answer(question), "bold"))
            )
        if question.quote and question.attribution:
            lines.append(quote_block(question.quote, question.attribution))
        if question.explanation:
            lines.append(literal(question.explanation, "italic"))
        source = self.qset.source(question.source)
        if source is not None:
            lines.append(
                Text.assemble(("Source: ", "dim"), literal(describe.source_title(source), "dim"))
            )
        self.console.print(Padding(Group(*lines), (0, 2)))

    def show_summary(self, result: GameResult) -> None:
        """Every question with its verdict and points, the totals and accuracy per tag."""
        self.console.print()
        # The set's name on a line of its own: as the table's title it would wrap at the
        # table's width, a narrow column when the terminal is.
        self.console.print(Text.assemble("Round over: ", literal(result.set_title), style="italic"))
        table = Table()
        # The prompt wraps, so that in a narrow terminal the verdicts and points keep room.
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column("question", max_width=60)
        table.add_column("verdict", no_wrap=True)
        table.add_column("points", justify="right", no_wrap=True)
        for number, record in enumerate(result.answers, 1):
            mark = record.verdict.mark
            table.add_row(
                str(number),
                literal(record.question.prompt.replace("\n", " ")),
                Text(describe.MARK_LABELS[mark].rstrip("!"), style=MARK_STYLES[mark]),
                str(record.points.total),
            )
        if result.answers:
            self.console.print(table)
        else:  # ended at the first question: one line, not an empty table
            self.console.print(
                Text.assemble("Round over: ", literal(result.set_title), " · nothing answered")
            )
        self.console.print(Text(describe.totals_line(result), style="bold"))
        self.console.print(Text(describe.counts_line(result)))
        bars = tag_bars(result, bar_width(self.console.width))
        if bars is not None:
            self.console.print(bars)
        ended = describe.ended_early_line(result)
        if ended is not None:
            self.console.print(Text(ended, style="yellow"))


def question_header(presented: Presented, progress: Progress, width: int) -> RenderableType:
    """The header line above a question, as much of it as ``width`` columns hold.

    The fullest version that fits is drawn as a rule (each version tried with wide, then
    narrow gaps); when even the shortest does not fit, it is wrapped over lines rather than
    cut.
    """
    difficulty = presented.question.difficulty.value
    variants = describe.question_headers(
        presented.number,
        presented.total,
        progress.set_title,
        progress.score,
        progress.streak,
        difficulty,
    )
    for parts in variants:
        for gap in ("  ·  ", " · "):
            header = Text(parts[0], style="bold")
            for part in parts[1:-1]:
                header.append(gap)
                header.append(part)
            header.append(gap)
            header.append(parts[-1], style=DIFFICULTY_STYLES.get(difficulty, ""))
            if header.cell_len <= width - RULE_ROOM:
                return Rule(header, align="left", style="dim")
    return header


def quote_block(quote: str, attribution: str | None) -> RenderableType:
    """A quotation with a bar at its left; the speaker shows only once known."""
    text = Text.assemble(("“", "dim"), literal(quote, "italic"), ("”", "dim"))
    if attribution:
        text.append("\n— ")
        text.append_text(literal(attribution, "bold"))
    table = Table.grid(padding=(0, 1))
    table.add_column(style="cyan")
    table.add_column()
    table.add_row("▌", text)
    return table


def order_table(record: AnswerRecord) -> Table:
    """The player's order beside the right one, each place marked right or wrong."""
    question = record.question
    assert isinstance(question, OrderQuestion)
    value = record.response.value
    given = value if isinstance(value, tuple) else ()
    table = Table(box=None, padding=(0, 2), show_edge=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("your order")
    table.add_column("right order", style="bold")
    for place, right in enumerate(question.answer):
        mine = given[place] if place < len(given) else ""
        style = "green" if mine == right else "red"
        table.add_row(
            str(place + 1),
            literal(mine, style) if mine else Text("-", style="dim"),
            literal(right),
        )
    return table


def tag_bars(result: GameResult, width: int = 20) -> Table | None:
    """Accuracy per tag as bars, so weak themes stand out."""
    accuracy = tag_accuracy(result.answers)
    if not accuracy:
        return None
    rows = ((tag, fraction, count) for tag, (fraction, count) in accuracy.items())
    return accuracy_bars("Accuracy by tag", rows, width=width, label="tag")
