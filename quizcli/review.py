"""Spaced review: a verdict becomes a rating, and the cards due are chosen for a review.

The scheduler itself is the FSRS library's (the ``fsrs`` package, the algorithm Anki uses);
it is imported only inside the functions that schedule, so ``play`` starts no slower. A
card's state is the library's own ``Card.to_dict()`` as JSON text, kept by the store.

How an answer is rated (``rating``):

========================================  ======
verdict                                   rating
========================================  ======
wrong, skipped, too slow (timed out)      Again
partly right, half or less                Again
partly right, more than half              Hard
right with the hint taken                 Hard
right, far slower than usual              Hard (never twice running: then Good)
right                                     Good
right, quickly (no hint)                  Easy
========================================  ======

"Quickly" is within QUICK_SECONDS (6 s), or a quarter of the time limit in a timed round.
"Far slower than usual" is measured against the player's own usual time, the median time
of their right answers in the round: more than SLOW_FACTOR (3) times it and more than
SLOW_SECONDS (25 s), or in a timed round more than three quarters of the limit. A player
who is always slow is therefore rated Good when right. And a card whose last review was
such a slow Hard is rated Good when answered right slowly again (the card's state keeps
that mark), so a right answer can never keep a card in learning for ever: FSRS keeps a
card rated only Hard in its learning steps.
No terminal, no database here.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from enum import IntEnum
from typing import NamedTuple

from quizcli.draw import RoundOptions, SetSource, draw, spoiler_free
from quizcli.model import AnswerRecord, GameResult, Mark, Question, QuestionSet
from quizcli.store.base import Card, Review, Reviews

QUICK_SECONDS = 6.0
SLOW_SECONDS = 25.0
SLOW_FACTOR = 3.0  # times the player's usual time
# Kept in a card's state (beside the FSRS card's own fields): its last review was a slow Hard.
SLOW_MARK = "quizcli_slow_hard"
QUICK_SHARE = 0.25  # of the time limit, in a timed round
SLOW_SHARE = 0.75


class Rating(IntEnum):
    """The four ratings of FSRS, with the library's numbers (1 = Again ... 4 = Easy)."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


def rating(
    record: AnswerRecord, time_limit: float | None = None, usual: float | None = None
) -> Rating:
    """The rating an answer gives its card (see the table in the module docstring);
    ``usual`` is the player's usual time for a right answer (None: not known)."""
    mark = record.verdict.mark
    if mark in (Mark.WRONG, Mark.SKIPPED, Mark.TIMED_OUT):
        return Rating.AGAIN
    if mark is Mark.PARTIAL:
        return Rating.HARD if record.verdict.fraction > 0.5 else Rating.AGAIN
    if record.response.hint_taken or is_slow(record, time_limit, usual):
        return Rating.HARD
    quick = time_limit * QUICK_SHARE if time_limit else QUICK_SECONDS
    if record.response.elapsed <= quick:
        return Rating.EASY
    return Rating.GOOD


def is_slow(record: AnswerRecord, time_limit: float | None, usual: float | None) -> bool:
    """True when a right answer took far longer than the player's usual time."""
    elapsed = record.response.elapsed
    if time_limit:
        return elapsed > time_limit * SLOW_SHARE
    return elapsed > SLOW_SECONDS and (usual is None or elapsed > usual * SLOW_FACTOR)


def usual_time(records: Iterable[AnswerRecord]) -> float | None:
    """The player's usual time for a right answer: the median over ``records`` (None when
    none is right)."""
    import statistics

    times = [r.response.elapsed for r in records if r.verdict.mark is Mark.RIGHT]
    return statistics.median(times) if times else None


def fingerprint(question: Question) -> str:
    """What makes a card this question's: its kind, text and answer. A change to any of
    them starts a new card."""
    answer = question.answer  # every kind has one
    data = json.dumps([question.kind.value, question.prompt, answer], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def moment(epoch: float) -> datetime:
    """An epoch time as the aware UTC datetime the scheduler wants."""
    return datetime.fromtimestamp(epoch, UTC)


def schedule(
    state: str | None, rating_value: int, when: float, slow: bool = False
) -> tuple[str, float, int]:
    """The card after a review rated ``rating_value`` at ``when`` (epoch seconds), from its
    state (None: a new card); the new state, its due time (epoch seconds) and the rating
    applied. ``slow`` says the Hard was for a right but slow answer: when the card's last
    review was such a Hard too, Good is applied instead (never Hard twice running).

    Fuzzing is off: the same answers always give the same due dates.
    """
    import fsrs

    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    fields = json.loads(state) if state else None
    last_slow = bool(fields.pop(SLOW_MARK, False)) if isinstance(fields, dict) else False
    card = fsrs.Card.from_dict(fields) if fields else fsrs.Card(card_id=1)
    slow_hard = slow and rating_value == Rating.HARD
    if slow_hard and last_slow:
        rating_value, slow_hard = Rating.GOOD, False
    card, _log = scheduler.review_card(card, fsrs.Rating(rating_value), moment(when))
    saved: dict[str, object] = dict(card.to_dict())
    if slow_hard:
        saved[SLOW_MARK] = True
    return json.dumps(saved), card.due.timestamp(), int(rating_value)


# --- the cards a round changes ------------------------------------------------------------


def reviews_of(result: GameResult, mode: str) -> Reviews:
    """Every answer of ``result`` as a review of its card; none for a remote player's
    game in a live room hosted here (their answers are not the host's cards)."""
    from quizcli.store.base import is_remote

    limit = result.options.get("time_limit")
    time_limit = float(limit) if isinstance(limit, int | float) else None
    usual = usual_time(result.answers)
    return Reviews(
        player=result.player,
        set_id=result.set_id,
        mode=mode,
        reviewed_at=result.finished,
        game_uid=result.uid,
        items=tuple(
            Review(
                question_id=record.question.id,
                fingerprint=fingerprint(record.question),
                verdict=record.verdict.mark.value,
                rating=int(rating(record, time_limit, usual)),
                elapsed=record.response.elapsed,
                slow=record.verdict.mark is Mark.RIGHT
                and not record.response.hint_taken
                and is_slow(record, time_limit, usual),
            )
            for record in result.answers
            if not is_remote(result)
        ),
        schedule=schedule,
    )


# --- choosing what to review --------------------------------------------------------------


class Plan(NamedTuple):
    """What a review asks: due cards (most overdue first) with new questions mixed in."""

    questions: list[Question]
    due: int  # how many of ``questions`` are due cards
    new: int
    changed: tuple[str, ...]  # ids of questions whose card restarts (text or answer changed)
    next_due: float | None  # when the next card falls due, when nothing is due now


def plan(
    qset: QuestionSet,
    cards: Iterable[Card],
    now: float,
    *,
    limit: int,
    new: int,
    seed: int,
) -> Plan:
    """Choose a review of ``qset`` from the player's ``cards`` at ``now``.

    A card whose question left the bank is never asked (and kept); one whose question's
    text or answer changed counts as due now and is reported in ``changed``. At most one
    question of a group is asked; ``new`` unseen questions are drawn through
    :func:`quizcli.draw.draw` (which honours groups) and mixed in at seeded places.
    """
    by_id = {question.id: question for question in qset.questions}
    known: set[str] = set()
    due: list[tuple[float, Question]] = []
    changed: list[str] = []
    later: list[float] = []
    for card in cards:
        question = by_id.get(card.question_id)
        if question is None:
            continue
        known.add(card.question_id)
        if card.fingerprint != fingerprint(question):
            changed.append(card.question_id)
            due.append((now, question))
        elif card.due <= now:
            due.append((card.due, question))
        else:
            later.append(card.due)
    due.sort(key=lambda item: (item[0], item[1].id))
    groups: set[str] = set()
    chosen: list[Question] = []
    for _when, question in due:
        if len(chosen) >= limit:
            break
        if question.group is not None:
            if question.group in groups:
                continue
            groups.add(question.group)
        chosen.append(question)
    rng = random.Random(seed)
    fresh: list[Question] = []
    room = min(new, max(0, limit - len(chosen)))
    unseen = [
        q
        for q in qset.questions
        if q.id not in known and (q.group is None or q.group not in groups)
    ]
    if room and unseen:
        options = RoundOptions(count=room, seed=seed)
        _rng, fresh = draw(SetSource(_with(qset, unseen)), options, seed)
    mixed = list(chosen)
    for question in fresh:
        mixed.insert(rng.randint(0, len(mixed)), question)
    # No question after one that shows its answer (a card that cannot be placed waits).
    mixed = spoiler_free(qset, mixed)
    return Plan(
        questions=mixed,
        due=sum(question in chosen for question in mixed),
        new=sum(question in fresh for question in mixed),
        changed=tuple(sorted(changed)),
        next_due=min(later) if not mixed and later else None,
    )


def _with(qset: QuestionSet, questions: Sequence[Question]) -> QuestionSet:
    from dataclasses import replace

    return replace(qset, questions=tuple(questions))


def due_counts(dues: Iterable[float], now: float, days: int = 14) -> list[int]:
    """How many of ``dues`` (epoch seconds) fall on each of the next ``days`` UTC days;
    anything overdue counts on the first."""
    today = moment(now).date()
    counts = [0] * days
    for when in dues:
        offset = max(0, (moment(when).date() - today).days)
        if offset < days:
            counts[offset] += 1
    return counts
