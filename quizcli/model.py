"""The game's vocabulary: question sets, questions, responses, verdicts and results.

Frozen dataclasses and enums only. Nothing here does I/O or imports from the rest of the
package but the two enums of :mod:`quizcli.kinds`, so every other layer can depend on it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import ClassVar, NamedTuple

# Re-exported: the model's users need them too.
from quizcli.kinds import Difficulty as Difficulty
from quizcli.kinds import Kind as Kind


class Source(NamedTuple):
    """Where questions come from, so a player can look the facts up."""

    id: str
    title: str
    publisher: str | None = None
    url: str | None = None


# The question classes share one __eq__, __hash__ and __repr__ written here instead of
# eight generated ones: dataclass code generation is what a start-up pays for (about half a
# millisecond per generated method set on Python 3.11).
@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class QuestionBase:
    """Fields every kind of question shares."""

    kind: ClassVar[Kind]

    def _all_values(self) -> tuple[object, ...]:
        values: list[object] = []
        for klass in type(self).__mro__:
            for name in klass.__dict__.get("__slots__", ()):
                values.append(getattr(self, name))
        return tuple(values)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, QuestionBase)
        return self._all_values() == other._all_values()

    def __hash__(self) -> int:
        return hash((type(self), self._all_values()))

    def __repr__(self) -> str:
        names = [f.name for f in fields(self)]
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({inner})"

    id: str
    prompt: str
    difficulty: Difficulty = Difficulty.MEDIUM
    tags: tuple[str, ...] = ()
    source: str | None = None
    explanation: str | None = None
    hint: str | None = None
    quote: str | None = None
    attribution: str | None = None
    # Questions of one group ask the same fact or show each other's answer: a round asks at
    # most one of them.
    group: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class ChoiceQuestion(QuestionBase):
    """Pick the one right option."""

    kind: ClassVar[Kind] = Kind.CHOICE
    choices: tuple[str, ...]
    answer: str


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class MultiQuestion(QuestionBase):
    """Pick every right option; partly right answers earn part of the points."""

    kind: ClassVar[Kind] = Kind.MULTI
    choices: tuple[str, ...]
    answer: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class TrueFalseQuestion(QuestionBase):
    """Say whether a statement is true."""

    kind: ClassVar[Kind] = Kind.TRUEFALSE
    answer: bool


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class OrderQuestion(QuestionBase):
    """Put items in order; ``answer`` holds them in the right order."""

    kind: ClassVar[Kind] = Kind.ORDER
    answer: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class NumberQuestion(QuestionBase):
    """Give a number, right within ``tolerance``."""

    kind: ClassVar[Kind] = Kind.NUMBER
    answer: int | float
    tolerance: int | float = 0
    unit: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class TimeQuestion(QuestionBase):
    """Give a duration such as a race time; ``answer`` keeps the bank's spelling."""

    kind: ClassVar[Kind] = Kind.TIME
    answer: str
    seconds: float
    tolerance: int | float = 0


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class TextQuestion(QuestionBase):
    """Type a name or a word; ``accept`` lists other right spellings, ``reject`` near misses
    that are never right, not even as a typo (another person's name, another word)."""

    kind: ClassVar[Kind] = Kind.TEXT
    answer: str
    accept: tuple[str, ...] = ()
    reject: tuple[str, ...] = ()


Question = (
    ChoiceQuestion
    | MultiQuestion
    | TrueFalseQuestion
    | OrderQuestion
    | NumberQuestion
    | TimeQuestion
    | TextQuestion
)

QUESTION_TYPES: dict[Kind, type[Question]] = {
    Kind.CHOICE: ChoiceQuestion,
    Kind.MULTI: MultiQuestion,
    Kind.TRUEFALSE: TrueFalseQuestion,
    Kind.ORDER: OrderQuestion,
    Kind.NUMBER: NumberQuestion,
    Kind.TIME: TimeQuestion,
    Kind.TEXT: TextQuestion,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class QuestionSet:
    """One bank file: its metadata, sources and questions."""

    id: str
    title: str
    description: str | None = None
    tags: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    questions: tuple[Question, ...] = ()

    def source(self, source_id: str | None) -> Source | None:
        """The declared source with this id, or None."""
        for source in self.sources:
            if source.id == source_id:
                return source
        return None


# --- A round being played -------------------------------------------------------------
# The records a round creates by the dozen are NamedTuples: as immutable and typed as frozen
# dataclasses, but about five times cheaper to define, which start-up time notices.

# What a player gave, already parsed: the option's text (choice, text), the chosen options or
# the built order (multi, order), a bool (truefalse), a number or a duration in seconds.
AnswerValue = str | bool | float | tuple[str, ...]


class Outcome(StrEnum):
    """How a question ended for the player."""

    ANSWERED = "answered"
    SKIPPED = "skipped"
    TIMED_OUT = "timed_out"


class Response(NamedTuple):
    """What the player did with one question."""

    outcome: Outcome
    value: AnswerValue | None = None
    hint_taken: bool = False
    elapsed: float = 0.0


class Presented(NamedTuple):
    """A question as the engine puts it to the player.

    ``options`` holds the choices (choice, multi) or the items (order) in the order the
    player sees them, already shuffled by the round's seeded RNG; it is empty for the other
    kinds. ``deadline`` is a ``time.monotonic()`` instant after which the answer no longer
    counts (timed rounds only). ``time_example`` is the example in a time question's
    instruction, chosen by the engine so that it gives no answer of the round away.
    """

    question: Question
    number: int
    total: int
    options: tuple[str, ...] = ()
    time_limit: float | None = None
    deadline: float | None = None
    hints: bool = True
    # How a typed time looks, for the instruction: never an answer of the round.
    time_example: str = "2:05.31"


class Mark(StrEnum):
    """The verdict on one answer, as the player sees it."""

    RIGHT = "right"
    PARTIAL = "partial"
    WRONG = "wrong"
    SKIPPED = "skipped"
    TIMED_OUT = "timed_out"


class Verdict(NamedTuple):
    """How right a response was: ``fraction`` runs from 0 (wrong) to 1 (right)."""

    mark: Mark
    fraction: float


class Points(NamedTuple):
    """Where one answer's points came from, so the summary can show the breakdown."""

    base: int
    fraction: float = 1.0
    streak_bonus: float = 0.0
    speed_factor: float = 1.0
    hint_factor: float = 1.0
    total: int = 0


class RoundEnd(StrEnum):
    """Why a round stopped."""

    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    END_OF_INPUT = "end_of_input"
    OUTPUT_LOST = "output_lost"  # the screen or the output file could not be written


class AnswerRecord(NamedTuple):
    """One asked question with the response, its verdict and its points."""

    question: Question
    response: Response
    verdict: Verdict
    points: Points
    streak: int


def new_game_id() -> str:
    """A new game id: 32 random hex digits (os.urandom, which costs no import)."""
    return os.urandom(16).hex()


@dataclass(frozen=True, slots=True, kw_only=True)
class GameResult:
    """A played round, finished or abandoned, ready to show and to store."""

    set_id: str
    set_title: str
    player: str
    started: float
    finished: float
    end: RoundEnd
    asked: int
    max_score: int
    answers: tuple[AnswerRecord, ...] = ()
    options: dict[str, object] = field(default_factory=dict)
    # Made when the round is played and stored with it: a store keeps one game per id, so
    # saving, syncing or importing the same round again never stores it twice.
    uid: str = field(default_factory=new_game_id)

    @property
    def abandoned(self) -> bool:
        """True when the round stopped before every question was asked."""
        return len(self.answers) < self.asked

    @property
    def score(self) -> int:
        """The points won in the round."""
        return sum(record.points.total for record in self.answers)

    @property
    def best_streak(self) -> int:
        """The longest run of fully right answers."""
        return max((record.streak for record in self.answers), default=0)

    @property
    def accuracy(self) -> float:
        """The mean fraction right over the questions asked so far (0 when none)."""
        if not self.answers:
            return 0.0
        return sum(record.verdict.fraction for record in self.answers) / len(self.answers)

    def count(self, mark: Mark) -> int:
        """How many answers got this mark."""
        return sum(1 for record in self.answers if record.verdict.mark is mark)
