"""What a live game tells a player when a question closes: the answer, how many picked
each option, their own points and place, and the top five with how they moved."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from quizcli.live import protocol as wire
from quizcli.model import (
    AnswerRecord,
    ChoiceQuestion,
    Mark,
    MultiQuestion,
    Outcome,
    Presented,
    TrueFalseQuestion,
)
from quizcli.party import PlayerState, Standing

TOP = 5
# Kinds without options to count are tallied by verdict.
VERDICT_LABELS = (
    (Mark.RIGHT, "right"),
    (Mark.PARTIAL, "partly right"),
    (Mark.WRONG, "wrong"),
    (Mark.SKIPPED, "skipped"),
    (Mark.TIMED_OUT, "no answer in time"),
)


def tally(presented: Presented, records: Sequence[AnswerRecord]) -> list[dict[str, Any]]:
    """``[{"label", "count", "right"}]``: per option (choice, multi, true/false), else per
    verdict."""
    question = presented.question
    answered = [r for r in records if r.response.outcome is Outcome.ANSWERED]
    if isinstance(question, ChoiceQuestion | MultiQuestion):
        right = {question.answer} if isinstance(question, ChoiceQuestion) else set(question.answer)
        return [
            {"label": option, "right": option in right,
             "count": sum(1 for r in answered if _picked(r.response.value, option))}
            for option in presented.options
        ]  # fmt: skip
    if isinstance(question, TrueFalseQuestion):
        return [
            {"label": label, "right": value is question.answer,
             "count": sum(1 for r in answered if r.response.value is value)}
            for label, value in (("True", True), ("False", False))
        ]  # fmt: skip
    return [
        {"label": label, "right": mark is Mark.RIGHT,
         "count": sum(1 for r in records if r.verdict.mark is mark)}
        for mark, label in VERDICT_LABELS
    ]  # fmt: skip


def _picked(value: object, option: str) -> bool:
    return value == option or (isinstance(value, tuple) and option in value)


def rows(standings: Sequence[Standing], before: Sequence[Standing] = ()) -> list[dict[str, Any]]:
    """Standings as wire rows, with ``move``: places gained (+) or lost (-) since ``before``."""
    previous = {row.name: row.place for row in before}
    return [
        {"place": r.place, "name": r.name, "score": r.score, "time": round(r.time_used, 3),
         "gone": r.gone, "move": previous[r.name] - r.place if r.name in previous else 0}
        for r in standings
    ]  # fmt: skip


class Closing(NamedTuple):
    """What every player's result shares: worked out once per question, not per player."""

    question: dict[str, Any]
    reveal: dict[str, Any]
    counts: list[dict[str, Any]]
    top: list[dict[str, Any]]
    places: dict[str, int]
    players: int


def closing(
    presented: Presented,
    counts: list[dict[str, Any]],
    before: Sequence[Standing],
    after: Sequence[Standing],
) -> Closing:
    """The shared part of the ``result`` messages for ``presented``."""
    return Closing(
        question={**wire.question_payload(presented), **wire.about_payload(presented.question)},
        reveal=wire.reveal_payload(presented.question),
        counts=counts,
        top=rows(after[:TOP], before),
        places={row.name: row.place for row in after},
        players=len(after),
    )


def reveal_for(number: int, player: PlayerState, shared: Closing) -> dict[str, Any]:
    """The ``result`` message for ``player`` once question ``number`` has closed."""
    record = player.records[-1]
    place = shared.places.get(player.name)
    value = record.response.value
    return {
        "type": "result",
        "number": number,
        "question": shared.question,
        "reveal": shared.reveal,
        "counts": shared.counts,
        "you": {
            "mark": record.verdict.mark.value,
            "fraction": record.verdict.fraction,
            "given": list(value) if isinstance(value, tuple) else value,
            "outcome": record.response.outcome.value,
            "elapsed": round(record.response.elapsed, 3),
            "points": record.points.total,
            "breakdown": {
                "base": record.points.base,
                "fraction": record.points.fraction,
                "streak_bonus": record.points.streak_bonus,
                "speed_factor": round(record.points.speed_factor, 4),
                "hint_factor": record.points.hint_factor,
            },
            "streak": record.streak,
            "score": player.score,
            "place": place,
            "players": shared.players,
        },
        "top": shared.top,
    }
