"""The round engine: ask the drawn questions, grade, score, and report the round.

No terminal and no database here. The questions are drawn by :mod:`quizcli.draw`; the
engine asks through an :class:`Asker` (questionary, the plain line asker, or a scripted one
in tests) and tells a :class:`View` what happened. Every random choice comes from one
``random.Random(seed)``, so the same seed gives the same questions in the same order with
the same shuffles.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import NamedTuple, Protocol

from quizcli.draw import QuestionSource, SetSource, draw_round

# Re-exported: a round is started with its options (``Round.start(bank, options)``).
from quizcli.draw import RoundOptions as RoundOptions
from quizcli.grading import grade
from quizcli.model import (
    AnswerRecord,
    ChoiceQuestion,
    GameResult,
    MultiQuestion,
    OrderQuestion,
    Outcome,
    Presented,
    Question,
    QuestionSet,
    Response,
    RoundEnd,
    TrueFalseQuestion,
    new_game_id,
)
from quizcli.scoring import max_score, next_streak, score

TRUE_FALSE_OPTIONS = ("True", "False")
# Examples of a typed time; the first that is no answer of the round is shown. Their parts
# differ pairwise, so no answer can hold a part of each.
TIME_EXAMPLES = ("2:05.31", "47.82", "1:14:29", "3:58.06")


class Asker(Protocol):
    """Puts one question to the player and returns what they did.

    Raises KeyboardInterrupt when the player presses Ctrl-C and EOFError when input ends;
    the engine turns both into an abandoned round.
    """

    def ask(self, presented: Presented) -> Response:
        """Ask ``presented`` and wait for the player's response."""
        ...


class Progress(NamedTuple):
    """Where the round stands, for the header above each question."""

    set_title: str
    score: int
    streak: int


class View(Protocol):
    """Shows the round as it goes."""

    def show_question(self, presented: Presented, progress: Progress) -> None:
        """Show a question before it is asked."""
        ...

    def show_feedback(self, record: AnswerRecord, presented: Presented, progress: Progress) -> None:
        """Show the verdict, the right answer and the points of one answer."""
        ...


def present_options(question: Question, rng: random.Random) -> tuple[str, ...]:
    """The options as the player sees them: choices shuffled, order items never in order."""
    if isinstance(question, ChoiceQuestion | MultiQuestion):
        return tuple(rng.sample(question.choices, len(question.choices)))
    if isinstance(question, OrderQuestion):
        items = rng.sample(question.answer, len(question.answer))
        if tuple(items) == question.answer:
            items = items[1:] + items[:1]
        return tuple(items)
    if isinstance(question, TrueFalseQuestion):
        return TRUE_FALSE_OPTIONS
    return ()


class Round:
    """One round being played: the chosen questions and everything needed to run it."""

    def __init__(
        self,
        qset: QuestionSet,
        questions: list[Question],
        options: RoundOptions,
        rng: random.Random,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.qset = qset
        self.questions = questions
        self.options = options
        self.rng = rng
        self.clock = clock
        self.wall_clock = wall_clock
        self.records: list[AnswerRecord] = []
        self.uid = new_game_id()  # the game's id in the journal and the store, from the start
        # Called with each answer as soon as it is graded, before its feedback is shown:
        # the journal keeps it there (quizcli.journal).
        self.on_answer: Callable[[AnswerRecord], None] | None = None
        # How many questions the spoiler check left out of a round it could not fill.
        self.left_out = 0
        self._example: str | None = None

    @classmethod
    def start(
        cls,
        source: QuestionSource | QuestionSet,
        options: RoundOptions,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
    ) -> Round:
        """Pick the round's questions from ``source`` with the options' seed and filters.

        Only the picked questions are built; ``qset`` of the round holds just those.
        """
        if isinstance(source, QuestionSet):
            source = SetSource(source)
        seed = options.seed if options.seed is not None else random.SystemRandom().randrange(2**31)
        if options.seed is None:
            options = replace(options, seed=seed)
        drawn = draw_round(source, options, seed)
        game = cls(
            qset=source.question_set(drawn.questions),
            questions=drawn.questions,
            options=options,
            rng=drawn.rng,
            clock=clock,
            wall_clock=wall_clock,
        )
        game.left_out = drawn.left_out
        return game

    def short_note(self) -> str | None:
        """The one line saying the round is shorter than asked, or None when it is not."""
        if not self.left_out:
            return None
        asked = len(self.questions)
        return (
            f"Note: {asked} question{'s' if asked != 1 else ''} instead of "
            f"{asked + self.left_out}: the others would show an answer before its question."
        )

    def play(self, asker: Asker, view: View) -> GameResult:
        """Ask every question; Ctrl-C, the end of input or a failing output ends it early."""
        started = self.wall_clock()
        end = RoundEnd.COMPLETED
        try:
            self._ask_all(asker, view)
        except KeyboardInterrupt:
            end = RoundEnd.INTERRUPTED
        except EOFError:
            end = RoundEnd.END_OF_INPUT
        except OSError:  # the view or the asker could not write: a full disk, a lost terminal
            end = RoundEnd.OUTPUT_LOST
        if end is not RoundEnd.COMPLETED and len(self.records) == len(self.questions):
            end = RoundEnd.COMPLETED
        return GameResult(
            set_id=self.qset.id,
            set_title=self.qset.title,
            player=self.options.player,
            started=started,
            finished=self.wall_clock(),
            end=end,
            asked=len(self.questions),
            max_score=max_score(self.questions),
            answers=tuple(self.records),
            options=self.options.to_json(),
            uid=self.uid,
        )

    def _ask_all(self, asker: Asker, view: View) -> None:
        total = len(self.questions)
        streak = 0
        points_so_far = 0
        for number, question in enumerate(self.questions, start=1):
            presented = self.present(question, number, total)
            progress = Progress(self.qset.title, points_so_far, streak)
            view.show_question(presented, progress)
            response = self._within_limit(asker.ask(presented))
            verdict = grade(question, response)
            streak = next_streak(streak, verdict)
            points = score(
                question,
                verdict,
                streak=streak,
                elapsed=response.elapsed,
                time_limit=self.options.time_limit,
                hint_taken=response.hint_taken,
            )
            record = AnswerRecord(
                question=question, response=response, verdict=verdict, points=points, streak=streak
            )
            self.records.append(record)
            if self.on_answer is not None:
                self.on_answer(record)
            points_so_far += points.total
            view.show_feedback(record, presented, Progress(self.qset.title, points_so_far, streak))

    def present(self, question: Question, number: int, total: int) -> Presented:
        """Question ``number`` of ``total`` as the player will see it."""
        limit = self.options.time_limit
        return Presented(
            question=question,
            number=number,
            total=total,
            options=present_options(question, self.rng),
            time_limit=limit,
            deadline=self.clock() + limit if limit else None,
            hints=self.options.hints and question.hint is not None,
            time_example=self.time_example(),
        )

    def time_example(self) -> str:
        """A time to show as an example of how to type one: never an answer of the round,
        nor holding one (the instruction must not give a time question away)."""
        if self._example is None:
            from quizcli import spoilers

            found = [r for q in self.questions for r in spoilers.reveals(q)]
            self._example = next(
                example
                for example in TIME_EXAMPLES
                if not spoilers.spoils(" " + spoilers.fold(example) + " ", found)
            )
        return self._example

    def _within_limit(self, response: Response) -> Response:
        """An answer given after the time limit counts as too slow."""
        limit = self.options.time_limit
        if limit and response.outcome is Outcome.ANSWERED and response.elapsed > limit:
            return Response(
                outcome=Outcome.TIMED_OUT,
                value=response.value,
                hint_taken=response.hint_taken,
                elapsed=response.elapsed,
            )
        return response


def tag_accuracy(records: Iterable[AnswerRecord]) -> dict[str, tuple[float, int]]:
    """Per tag: the mean fraction right and the number of questions, for the summary."""
    totals: dict[str, list[float]] = {}
    for record in records:
        for tag in record.question.tags:
            totals.setdefault(tag, []).append(record.verdict.fraction)
    return {tag: (sum(values) / len(values), len(values)) for tag, values in sorted(totals.items())}
