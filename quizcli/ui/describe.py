"""Words for what happened in a round, shared by the Rich and the plain views.

Plain strings only (no Rich); bank text passes through ``visible`` so that control
characters cannot act on the terminal in either view.
"""

from __future__ import annotations

from collections.abc import Sequence

from quizcli.grading import format_time
from quizcli.model import (
    AnswerRecord,
    ChoiceQuestion,
    GameResult,
    Kind,
    Mark,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Outcome,
    Points,
    Presented,
    Question,
    Response,
    Source,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)
from quizcli.ui.text import visible

MARK_LABELS = {
    Mark.RIGHT: "Right!",
    Mark.PARTIAL: "Partly right",
    Mark.WRONG: "Wrong",
    Mark.SKIPPED: "Skipped",
    Mark.TIMED_OUT: "Too slow",
}

INSTRUCTIONS = {
    Kind.CHOICE: "Pick one.",
    Kind.MULTI: "Select all that apply.",
    Kind.TRUEFALSE: "True or false?",
    Kind.ORDER: "Put them in order, first to last.",
    Kind.NUMBER: "Type a number.",
    Kind.TIME: "Type a time, like {example}.",
    Kind.TEXT: "Type your answer.",
}


def instruction(presented: Presented) -> str:
    """The line under a question that says how to answer it; a time's example is the
    engine's, which is never an answer of the round."""
    return INSTRUCTIONS[presented.question.kind].format(example=presented.time_example)


def question_headers(
    number: int, total: int, set_title: str, score: int, streak: int, difficulty: str
) -> list[tuple[str, ...]]:
    """The parts of the header above a question, from the fullest to the shortest.

    A narrow terminal takes the first that fits: the set title goes first, then the
    labels shorten; the position, score, streak and difficulty stay in every one.
    """
    position = f"Question {number} of {total}"
    return [
        (position, visible(set_title), f"score {score}", f"streak {streak}", difficulty),
        (position, f"score {score}", f"streak {streak}", difficulty),
        (f"Q{number}/{total}", f"score {score}", f"streak {streak}", difficulty),
        (f"{number}/{total}", f"{score} pts", f"streak {streak}", difficulty),
    ]


def number_text(value: float) -> str:
    """A number as a player can type it back: every digit the bank gave, no useless ``.0``,
    never an exponent (``1234567.5``, ``0.00001``)."""
    if isinstance(value, int):
        return str(value)
    if value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    text = repr(value)  # the shortest text that reads back as the same float
    if "e" in text:
        from decimal import Decimal

        text = format(Decimal(text), "f")
    return text


def ordered(items: Sequence[str]) -> str:
    """``1. A  2. B  3. C``."""
    return "  ".join(f"{position}. {visible(item)}" for position, item in enumerate(items, 1))


def right_answer(question: Question) -> str:
    """The right answer in full, as a player should read it."""
    match question:
        case ChoiceQuestion():
            return visible(question.answer)
        case MultiQuestion():
            return ", ".join(visible(item) for item in question.answer)
        case TrueFalseQuestion():
            return "True" if question.answer else "False"
        case OrderQuestion():
            return ordered(question.answer)
        case NumberQuestion():
            text = number_text(question.answer)
            if question.unit:
                text += f" {visible(question.unit)}"
            if question.tolerance:
                text += f" (± {number_text(question.tolerance)} accepted)"
            return text
        case TimeQuestion():
            text = visible(question.answer)
            if question.tolerance:
                text += f" (± {number_text(question.tolerance)} s accepted)"
            return text
        case TextQuestion():
            text = visible(question.answer)
            if question.accept:
                text += " (also accepted: " + ", ".join(visible(a) for a in question.accept) + ")"
            return text


def given_answer(question: Question, response: Response) -> str:
    """What the player answered, in the same words as ``right_answer``."""
    if response.outcome is Outcome.SKIPPED or response.value is None:
        return "no answer"
    value = response.value
    if isinstance(value, tuple):
        if isinstance(question, OrderQuestion):
            return ordered(value)
        return ", ".join(visible(item) for item in value)
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float | int):
        if isinstance(question, TimeQuestion):
            return format_time(float(value))
        return number_text(value)
    return visible(value)


def breakdown(points: Points, mark: Mark) -> str:
    """Where the points came from: ``200 base × 50% partial × +20% streak = 240``."""
    if mark in (Mark.SKIPPED, Mark.TIMED_OUT, Mark.WRONG):
        return f"0 points ({points.base} were possible)"
    parts = [f"{points.base} base"]
    if points.fraction < 1:
        parts.append(f"{points.fraction:.0%} partial")
    if points.streak_bonus:
        parts.append(f"+{points.streak_bonus:.0%} streak")
    if points.speed_factor < 1:
        parts.append(f"{points.speed_factor:.0%} speed")
    if points.hint_factor < 1:
        parts.append("½ hint")
    if len(parts) == 1:
        return f"+{points.total} points"
    return f"+{points.total} points (" + " × ".join(parts) + f" = {points.total})"


def verdict_line(record: AnswerRecord) -> str:
    """``Right! +230 points (...)`` or ``Wrong: 0 points``."""
    mark = record.verdict.mark
    return f"{MARK_LABELS[mark]} {breakdown(record.points, mark)}"


def duration(seconds: float) -> str:
    """``1m 12s`` or ``8s``."""
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    return f"{minutes}m {secs:02d}s" if minutes else f"{secs}s"


def percent(fraction: float) -> str:
    """``70%``."""
    return f"{fraction:.0%}"


def source_title(source: Source) -> str:
    """``Title (Publisher) <url>``."""
    text = f"{source.title} ({source.publisher})" if source.publisher else source.title
    return f"{text} <{source.url}>" if source.url else text


def totals_line(result: GameResult) -> str:
    """``Score 1234 of 3300 · accuracy 70% · best streak 3 · time 1m 12s``."""
    return (
        f"Score {result.score} of {result.max_score} · accuracy {percent(result.accuracy)}"
        f" · best streak {result.best_streak} · time {duration(result.finished - result.started)}"
    )


def counts_line(result: GameResult) -> str:
    """``8 of 10 questions: 5 right, 1 partly right, ...``."""
    counts = [
        f"{result.count(Mark.RIGHT)} right",
        f"{result.count(Mark.PARTIAL)} partly right",
        f"{result.count(Mark.WRONG)} wrong",
        f"{result.count(Mark.SKIPPED)} skipped",
        f"{result.count(Mark.TIMED_OUT)} too slow",
    ]
    return f"{len(result.answers)} of {result.asked} questions: " + ", ".join(counts)


def tags_line(result: GameResult) -> str | None:
    """``By tag: 1500m 80% (5) · 5000m 50% (4)``, or None without tags."""
    from quizcli.game import tag_accuracy

    tags = tag_accuracy(result.answers)
    if not tags:
        return None
    return "By tag: " + " · ".join(
        f"{visible(tag)} {percent(acc)} ({n})" for tag, (acc, n) in tags.items()
    )


def ended_early_line(result: GameResult) -> str | None:
    """A note when the round stopped before its last question."""
    if not result.abandoned:
        return None
    return f"The round ended early, after {len(result.answers)} of {result.asked} questions."
