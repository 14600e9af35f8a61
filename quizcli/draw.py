"""Drawing a round's questions: sources, filters, groups, and a spoiler-free order.

Every mode picks its questions here (a solo round, the daily, review mixes, live and
hot-seat): :func:`draw_round` filters a :class:`QuestionSource`, picks with
:func:`pick` (one question per group), and orders the pick so that no question is asked
after text that shows its answer (:mod:`quizcli.spoilers`). No terminal and no database
here; every random choice comes from one ``random.Random(seed)``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple, Protocol

from quizcli.errors import QuizError
from quizcli.model import Difficulty, Kind, Question, QuestionSet

Reveals = tuple[str, ...]

DEFAULT_COUNT = 10


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
