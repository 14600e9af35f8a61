"""The round engine: pick questions, ask them, grade, score, and report the round.

No terminal and no database here. The engine asks through an :class:`Asker` (questionary,
the plain line asker, or a scripted one in tests) and tells a :class:`View` what happened.
Every random choice comes from one ``random.Random(seed)``, so the same seed gives the same
questions in the same order with the same shuffles.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple, Protocol

from quizcli.errors import QuizError
from quizcli.grading import grade
from quizcli.model import (
    AnswerRecord,
    ChoiceQuestion,
    Difficulty,
    GameResult,
    Kind,
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

Reveals = tuple[str, ...]

DEFAULT_COUNT = 10
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


class SourceChanged(Exception):
    """The source changed between ``eligible`` and ``questions`` (a bank file edited, or its
    cache entry found wrong): the indices no longer stand for the questions they were
    chosen as, and the round is picked again from the source as it is now."""


class QuestionSource(Protocol):
    """Where a round's questions come from: a bank (read through its cache) or a set."""

    def eligible(
        self, kinds: Sequence[Kind], difficulties: Sequence[Difficulty], tags: Sequence[str]
    ) -> Sequence[int]:
        """Indices, ascending, of the questions that pass the filters (tags any-of)."""
        ...

    def groups(self) -> Mapping[int, str]:
        """The group of every question that has one, by index.

        Raises SourceChanged as ``questions`` does.
        """
        ...

    def questions(self, indices: Sequence[int]) -> list[Question]:
        """The questions at ``indices``, in that order.

        Raises SourceChanged when ``indices`` no longer mean what ``eligible`` meant; the
        next ``eligible`` and ``questions`` then answer for the source as it is now.
        """
        ...

    def question_set(self, questions: Sequence[Question]) -> QuestionSet:
        """The set's title, sources and so on, holding ``questions``."""
        ...

    def reveals(self, indices: Sequence[int]) -> list[Reveals]:
        """What gives away the answer of each question at ``indices`` (see
        :mod:`quizcli.spoilers`), as computed once per bank. Raises as ``questions`` does."""
        ...


class SetSource:
    """A QuestionSet already in memory, as a QuestionSource."""

    def __init__(self, qset: QuestionSet) -> None:
        self.qset = qset
        self._reveals: dict[int, Reveals] | None = None

    def eligible(
        self, kinds: Sequence[Kind], difficulties: Sequence[Difficulty], tags: Sequence[str]
    ) -> list[int]:
        """Indices of the questions that pass the filters."""
        return [
            index
            for index, question in enumerate(self.qset.questions)
            if (not kinds or question.kind in kinds)
            and (not difficulties or question.difficulty in difficulties)
            and (not tags or any(tag in tags for tag in question.tags))
        ]

    def groups(self) -> dict[int, str]:
        """The group of every question that has one, by index."""
        return {i: q.group for i, q in enumerate(self.qset.questions) if q.group is not None}

    def questions(self, indices: Sequence[int]) -> list[Question]:
        """The questions at ``indices``."""
        return [self.qset.questions[index] for index in indices]

    def question_set(self, questions: Sequence[Question]) -> QuestionSet:
        """The same set with ``questions``."""
        return replace(self.qset, questions=tuple(questions))

    def reveals(self, indices: Sequence[int]) -> list[Reveals]:
        """The reveals of the questions at ``indices``, computed once per question."""
        from quizcli.spoilers import reveals

        if self._reveals is None:
            self._reveals = {}
        found = self._reveals
        for index in indices:
            if index not in found:
                found[index] = reveals(self.qset.questions[index])
        return [found[index] for index in indices]


@dataclass(frozen=True, slots=True, kw_only=True)
class RoundOptions:
    """How a round is played: which questions, how many, how fast."""

    count: int | None = DEFAULT_COUNT
    seed: int | None = None
    tags: tuple[str, ...] = ()
    kinds: tuple[Kind, ...] = ()
    difficulties: tuple[Difficulty, ...] = ()
    time_limit: float | None = None
    hints: bool = True
    player: str = "player"

    def to_json(self) -> dict[str, object]:
        """The options as plain data, kept with the game so a round can be replayed."""
        return {
            "count": self.count,
            "seed": self.seed,
            "tags": list(self.tags),
            "kinds": [kind.value for kind in self.kinds],
            "difficulties": [d.value for d in self.difficulties],
            "time_limit": self.time_limit,
            "hints": self.hints,
        }


class NoQuestionsError(QuizError):
    """The filters left no question to ask."""


def pick(
    eligible: Sequence[int],
    options: RoundOptions,
    rng: random.Random,
    groups: Mapping[int, str] | None = None,
) -> list[int]:
    """The indices to ask, in the order to ask them, drawn from ``eligible``.

    ``groups`` gives the group of each grouped question (by index): a group counts as one
    candidate, as likely to come up as any single question, and when it does one of its
    eligible questions is asked, each as likely. So no two questions of a group meet in a
    round, and ``options.count`` questions are drawn whenever the eligible questions hold
    that many groups and ungrouped questions together (else as many as they hold). Without
    groups the draw is ``rng.sample`` over ``eligible`` itself, as it always was, so seeds
    of banks without groups replay the same rounds.
    """
    if not eligible:
        raise NoQuestionsError(_nothing_left(options))
    if not groups:
        count = len(eligible) if options.count is None else min(options.count, len(eligible))
        # sample() draws the same from a range as from the equal list, without building it.
        return rng.sample(eligible, count)
    members: dict[str, list[int]] = {}
    candidates: list[int | str] = []
    for index in eligible:
        group = groups.get(index)
        if group is None:
            candidates.append(index)
        elif group in members:
            members[group].append(index)
        else:
            members[group] = [index]
            candidates.append(group)
    count = len(candidates) if options.count is None else min(options.count, len(candidates))
    return [
        drawn if isinstance(drawn, int) else rng.choice(members[drawn])
        for drawn in rng.sample(candidates, count)
    ]


class Drawn(NamedTuple):
    """A round's questions as drawn, and how many the spoiler check left out of it."""

    rng: random.Random
    questions: list[Question]
    left_out: int = 0


def draw(
    source: QuestionSource, options: RoundOptions, seed: int
) -> tuple[random.Random, list[Question]]:
    """Pick and read a round's questions from ``source`` with a generator seeded afresh.

    The one way every mode picks questions (a solo round, and the daily, review, live and
    hot-seat modes): see :func:`draw_round`. Returns the generator, which goes on to
    shuffle the options, and the questions in asking order.
    """
    drawn = draw_round(source, options, seed)
    return drawn.rng, drawn.questions


def draw_round(source: QuestionSource, options: RoundOptions, seed: int) -> Drawn:
    """Draw a round: filters, then :func:`pick` with the source's groups, then the spoiler
    check (:mod:`quizcli.spoilers`): no question is asked after text that shows its answer
    (an earlier question's prompt, quote, hint, options, explanation, right answer or
    source, or the set title). A question that cannot be placed is replaced by another
    drawn with the same generator; when the bank has none left, the round is shorter and
    ``left_out`` says by how many. The same seed draws the same round every time (the
    daily is the same for everyone). When the source changes under the draw
    (SourceChanged), it is drawn again from the source as it is now.
    """
    try:
        return _draw(source, options, seed)
    except SourceChanged:
        # Picked from one version of the bank, read from another: pick again, from the
        # version now read, as a fresh start with this seed would.
        return _draw(source, options, seed)


def _draw(source: QuestionSource, options: RoundOptions, seed: int) -> Drawn:
    from quizcli import spoilers

    rng = random.Random(seed)
    eligible = source.eligible(options.kinds, options.difficulties, options.tags)
    groups = source.groups() if eligible else None
    chosen = pick(eligible, options, rng, groups)
    questions = source.questions(chosen)
    reveal_lists = source.reveals(chosen)
    qset = source.question_set(())
    lines = {s.id: spoilers.source_line(s) for s in qset.sources}
    header = " " + spoilers.fold(qset.title) + " "

    def texts_of(batch: Sequence[Question]) -> list[str]:
        return [spoilers.shown_text(q, lines.get(q.source or "")) for q in batch]

    texts = texts_of(questions)
    order, dropped = spoilers.arrange(texts, reveal_lists, header)
    wanted = len(chosen)
    if dropped:
        tried = set(chosen)
        used_groups = {groups[i] for i in chosen if groups and i in groups}
        while len(order) < wanted:
            more = _more(eligible, groups or {}, tried, used_groups, rng, wanted - len(order))
            if not more:
                break
            tried.update(more)
            questions += source.questions(more)
            reveal_lists += source.reveals(more)
            texts += texts_of(questions[len(texts) :])
            order, dropped = spoilers.arrange(texts, reveal_lists, header, limit=wanted)
            used_groups = {groups[i] for i in tried if groups and i in groups}
    return Drawn(rng, [questions[p] for p in order], wanted - len(order))


def spoiler_free(qset: QuestionSet, questions: Sequence[Question]) -> list[Question]:
    """``questions`` in an order where no answer is shown before its question, without
    those that cannot be placed (for a mode that picks its own questions, such as a review
    of due cards): see :func:`quizcli.spoilers.arrange`."""
    from quizcli import spoilers

    lines = {s.id: spoilers.source_line(s) for s in qset.sources}
    texts = [spoilers.shown_text(q, lines.get(q.source or "")) for q in questions]
    found = [spoilers.reveals(q) for q in questions]
    order, _dropped = spoilers.arrange(texts, found, " " + spoilers.fold(qset.title) + " ")
    return [questions[p] for p in order]


def _more(
    eligible: Sequence[int],
    groups: Mapping[int, str],
    tried: set[int],
    used_groups: set[str],
    rng: random.Random,
    need: int,
) -> list[int]:
    """Up to ``need`` more questions, drawn with ``rng`` among those not tried yet, one per
    group not used yet (only when a spoiler left a round short)."""
    members: dict[str, list[int]] = {}
    candidates: list[int | str] = []
    for index in eligible:
        if index in tried:
            continue
        group = groups.get(index)
        if group is None:
            candidates.append(index)
        elif group not in used_groups:
            if group not in members:
                members[group] = []
                candidates.append(group)
            members[group].append(index)
    drawn = rng.sample(candidates, min(len(candidates), max(need, 4)))
    return [item if isinstance(item, int) else rng.choice(members[item]) for item in drawn]


def _nothing_left(options: RoundOptions) -> str:
    filters = [
        *(f"--tag {tag}" for tag in options.tags),
        *(f"--kind {kind.value}" for kind in options.kinds),
        *(f"--difficulty {d.value}" for d in options.difficulties),
    ]
    return "no question matches " + " ".join(filters) + " (see the tags in `quizcli list`)"


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
