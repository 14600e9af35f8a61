"""Plain mode: one typed line per answer, plain text out.

For piped stdin, ``--plain``, screen readers and scripts: no colour, no cursor movement, no
box drawing. An invalid line gets a one-line message and the same question again; ``?``
shows the hint; an empty line skips; the end of input ends the round.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import TextIO

from quizcli.decoding import UNDECODABLE_NOTE, repaired
from quizcli.game import Progress
from quizcli.grading import AnswerFormatError, fold, parse_number, parse_time
from quizcli.model import (
    AnswerRecord,
    AnswerValue,
    ChoiceQuestion,
    GameResult,
    Kind,
    Mark,
    MultiQuestion,
    NumberQuestion,
    OrderQuestion,
    Outcome,
    Presented,
    QuestionSet,
    Response,
    TextQuestion,
    TimeQuestion,
    TrueFalseQuestion,
)
from quizcli.parsing import fold_case
from quizcli.ui import describe
from quizcli.ui.text import visible

TRUE_WORDS = frozenset({"t", "true", "y", "yes"})
FALSE_WORDS = frozenset({"f", "false", "n", "no"})
LETTERS = "abcdefgh"

HOW_TO_ANSWER = {
    Kind.CHOICE: "the option's number or letter",
    Kind.MULTI: "the numbers of every right option, like 1,3",
    Kind.TRUEFALSE: "t or f",
    Kind.ORDER: "the numbers in order, like 3 1 2",
    Kind.NUMBER: "a number",
    Kind.TIME: "a time, like {example}",
    Kind.TEXT: "a word or a name",
}
# When options are themselves numbers they are labelled a), b), c), and a number typed is
# the option's text, never its position.
HOW_TO_ANSWER_LETTERED = {
    **HOW_TO_ANSWER,
    Kind.CHOICE: "the option's letter or text",
    Kind.MULTI: "the letters of every right option, like a,c",
    Kind.ORDER: "the letters in order, like c a b",
}
# An option is a number when it starts with one (after a sign): 4, 10,000m, 1996, 3:27.65.
_NUMERIC = re.compile(r"\s*[-+\u2212]?[.,]?\d")


class PlainAsker:
    """Reads one line per answer from ``stdin`` and writes plain text to ``stdout``."""

    def __init__(
        self, stdin: TextIO, stdout: TextIO, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.stdin = stdin
        self.out = stdout
        self.clock = clock
        # Typed lines show on a terminal by themselves; echo piped ones for a readable transcript.
        self.echo = not _isatty(stdin)
        self.told_undecodable = False

    def ask(self, presented: Presented) -> Response:
        """Ask until a line parses; ``?`` shows the hint, an empty line skips."""
        start = self.clock()
        hint_taken = False
        self._show_options(presented)
        while True:
            self._write(self._prompt(presented, hint_taken))
            line = self.stdin.readline()
            if not line:
                self._write("\n")
                raise EOFError
            line, undecodable = repaired(line)
            if self.echo:
                self._write(visible(line.rstrip("\n")) + "\n")
            if undecodable and not self.told_undecodable:
                self.told_undecodable = True
                self._write(UNDECODABLE_NOTE + "\n")
            text = line.strip()
            if text == "?":
                hint_taken = self._hint(presented, hint_taken)
                continue
            if not text:
                return Response(
                    outcome=Outcome.SKIPPED, hint_taken=hint_taken, elapsed=self.clock() - start
                )
            try:
                value = parse_line(presented, text)
            except AnswerFormatError as error:
                self._write(f"Not understood: {error}. Type {how_to_answer(presented)}.\n")
                continue
            return Response(
                outcome=Outcome.ANSWERED,
                value=value,
                hint_taken=hint_taken,
                elapsed=self.clock() - start,
            )

    def _show_options(self, presented: Presented) -> None:
        for label, option in zip(labels(presented.options), presented.options, strict=True):
            self._write(f"  {label}) {visible(option)}\n")

    def _prompt(self, presented: Presented, hint_taken: bool) -> str:
        extras = [how_to_answer(presented)]
        if presented.hints and not hint_taken:
            extras.append("? for a hint")
        extras.append("empty line skips")
        if presented.time_limit:
            extras.append(f"{describe.number_text(presented.time_limit)} s to answer")
        return f"Your answer ({'; '.join(extras)}): "

    def _hint(self, presented: Presented, hint_taken: bool) -> bool:
        hint = presented.question.hint
        if hint is None or not (presented.hints or hint_taken):
            self._write("No hint for this question.\n")
            return hint_taken
        self._write(f"Hint: {visible(hint)} (points halved)\n")
        return True

    def _write(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def lettered(options: tuple[str, ...]) -> bool:
    """Whether ``options`` are labelled with letters: when any of them is itself a number."""
    return any(_NUMERIC.match(option) for option in options)


def labels(options: tuple[str, ...]) -> list[str]:
    """How each option is labelled on screen: ``a``, ``b``, ... or ``1``, ``2``, ..."""
    if lettered(options):
        return list(LETTERS[: len(options)])
    return [str(number) for number in range(1, len(options) + 1)]


def how_to_answer(presented: Presented) -> str:
    """What to type for ``presented``, in the words of its labels."""
    table = HOW_TO_ANSWER_LETTERED if lettered(presented.options) else HOW_TO_ANSWER
    return table[presented.question.kind].format(example=presented.time_example)


def parse_line(presented: Presented, text: str) -> AnswerValue:
    """Turn one typed line into the response value for the question's kind.

    An option is named by its text, its letter, or (unless the options are numbers
    themselves) its number; its own text wins over any label.
    """
    question = presented.question
    options = presented.options
    match question:
        case ChoiceQuestion():
            return options[_pick(options, text)]
        case MultiQuestion():
            picks = [_pick(options, token) for token in _tokens(text, options)]
            if len(set(picks)) != len(picks):
                raise AnswerFormatError("an option is listed twice")
            return tuple(options[index] for index in sorted(picks))
        case TrueFalseQuestion():
            word = text.casefold()
            if word in TRUE_WORDS or word == "1":
                return True
            if word in FALSE_WORDS or word == "2":
                return False
            raise AnswerFormatError("answer t (true) or f (false)")
        case OrderQuestion():
            tokens = _tokens(text, options)
            picks = [_pick(options, token) for token in tokens]
            if sorted(picks) != list(range(len(options))):
                what = "options" if lettered(options) else "numbers"
                raise AnswerFormatError(f"give each of the {len(options)} {what} once")
            return tuple(options[index] for index in picks)
        case NumberQuestion():
            return parse_number(text, question.unit)
        case TimeQuestion():
            return parse_time(text)
        case TextQuestion():
            return text


def _tokens(text: str, options: tuple[str, ...]) -> list[str]:
    """Split a line naming several options into one token per option.

    Tokens are separated by commas, semicolons or white space; pieces that together spell an
    option (``Cole Hocker``, ``10,000m``, ``3000m steeplechase``) stay one token, the
    longest such run first. A single run of labels (``312`` when every option has a
    one-digit number, ``cab`` when options are lettered) is one token per label.
    """
    texts = {_key(option) for option in options} - {""}
    # An option spans at most as many pieces as its own text splits into.
    span = max(len(_SEPARATORS.split(option.strip())[::2]) for option in options)
    pieces = _SEPARATORS.split(text.strip())  # words at even indexes, separators between
    words = pieces[::2]
    tokens: list[str] = []
    start = 0
    while start < len(words):
        end = start + 1
        for stop in range(min(len(words), start + span), start + 1, -1):
            if _key("".join(pieces[2 * start : 2 * stop - 1])) in texts:
                end = stop
                break
        token = "".join(pieces[2 * start : 2 * end - 1]).strip()
        if token:
            tokens.append(token)
        start = end
    if len(tokens) == 1 and _key(tokens[0]) not in texts and len(tokens[0]) > 1:
        compact = tokens[0].casefold()
        if lettered(options):
            if all(letter in LETTERS[: len(options)] for letter in compact):
                return list(compact)
        elif len(options) <= 9 and compact.isdecimal():
            return list(compact)
    return tokens


_SEPARATORS = re.compile(r"([,;\s]+)")


def _key(text: str) -> str:
    """What an option's text is compared by: folded (case, accents, punctuation), without
    spaces, so ``10,000m``, ``10 000m`` and ``10000m`` name the same option."""
    return fold(text).replace(" ", "")


def _pick(options: tuple[str, ...], token: str) -> int:
    """The index of the option named by its text, its letter, or its number."""
    # The option's own text, as a player tells options apart (case and accents aside),
    # wins; then the folded text, when it names one option only ("cos x" for "cos(x)",
    # but not "40" when both "-40" and "+40" are options).
    exact = fold_case(token)
    for index, option in enumerate(options):
        if exact and fold_case(option) == exact:
            return index
    key = _key(token)
    named = [index for index, option in enumerate(options) if key and _key(option) == key]
    if len(named) == 1:
        return named[0]
    if named:
        listed = ", ".join(visible(options[index]) for index in named)
        raise AnswerFormatError(f"{visible(token)!r} could be any of {listed}; type it exactly")
    numbers = not lettered(options)
    if numbers and token.isdecimal():  # not isdigit(): "²" is a digit that int() refuses
        index = int(token) - 1
        if 0 <= index < len(options):
            return index
        raise AnswerFormatError(f"{token} is not an option (1-{len(options)})")
    lowered = token.casefold()
    if len(lowered) == 1 and lowered in LETTERS[: len(options)]:
        return LETTERS.index(lowered)
    if not numbers and token.isdecimal():
        raise AnswerFormatError(
            f"{token} is not one of the options; name one by its letter "
            f"(a-{LETTERS[len(options) - 1]}) or its text"
        )
    raise AnswerFormatError(f"{visible(token)!r} is not one of the options")


class PlainView:
    """Shows the round as plain lines of text."""

    def __init__(self, stdout: TextIO, qset: QuestionSet) -> None:
        self.out = stdout
        self.qset = qset

    def _line(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def show_question(self, presented: Presented, progress: Progress) -> None:
        """The header, the prompt and any quote."""
        question = presented.question
        self._line()
        self._line(
            f"Question {presented.number} of {presented.total} · {visible(progress.set_title)}"
            f" · score {progress.score} · streak {progress.streak} · {question.difficulty.value}"
        )
        self._line(visible(question.prompt))
        if question.quote:
            self._line(f'  "{visible(question.quote)}"')
        self._line(describe.instruction(presented))

    def show_feedback(self, record: AnswerRecord, presented: Presented, progress: Progress) -> None:
        """The verdict, both answers, the explanation, the source and the points."""
        question = record.question
        self._line(describe.verdict_line(record))
        if record.verdict.mark is not Mark.RIGHT:
            self._line(f"Your answer: {describe.given_answer(question, record.response)}")
        self._line(f"Right answer: {describe.right_answer(question)}")
        if question.quote and question.attribution:
            self._line(f"The quote: {visible(question.attribution)}")
        if question.explanation:
            self._line(visible(question.explanation))
        source = self.qset.source(question.source)
        if source is not None:
            self._line(f"Source: {visible(describe.source_title(source))}")

    def show_summary(self, result: GameResult) -> None:
        """Every question with its verdict and points, the total and accuracy per tag."""
        self._line()
        self._line(f"Round over: {visible(result.set_title)}")
        for number, record in enumerate(result.answers, 1):
            label = describe.MARK_LABELS[record.verdict.mark].rstrip("!")
            self._line(f"{number:>3}. {record.question.id}: {label}, {record.points.total} points")
        self._line(describe.totals_line(result))
        self._line(describe.counts_line(result))
        for line in (describe.tags_line(result), describe.ended_early_line(result)):
            if line is not None:
                self._line(line)
