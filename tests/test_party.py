"""Several players on one round (quizcli/party.py): scores apart, places, ties, leaving."""

from __future__ import annotations

from pathlib import Path

from helpers import VALID, write

from quizcli.bank.load import load_bank
from quizcli.game import Round, RoundOptions
from quizcli.model import Outcome, Response, RoundEnd
from quizcli.party import Party, PlayerState, rank


def party(tmp_path: Path, names: list[str], limit: float | None = 10.0) -> Party:
    options = RoundOptions(count=3, seed=2, time_limit=limit)
    return Party(Round.start(load_bank(write(tmp_path, VALID)), options), names)


def skip(elapsed: float) -> Response:
    return Response(outcome=Outcome.SKIPPED, elapsed=elapsed)


def test_ties_go_to_the_faster_player_and_equal_ones_share_a_place(tmp_path: Path) -> None:
    game = party(tmp_path, ["ann", "ben", "cy"])
    shown = game.present(1)
    for name, elapsed in (("ann", 3.0), ("ben", 1.0), ("cy", 3.0)):
        game.answer(name, shown, skip(elapsed))
    rows = game.standings()
    assert [(row.place, row.name) for row in rows] == [(1, "ben"), (2, "ann"), (2, "cy")]


def test_an_answer_slower_than_the_limit_is_too_slow_whatever_it_says(tmp_path: Path) -> None:
    game = party(tmp_path, ["ann"], limit=10.0)
    shown = game.present(1)
    question = shown.question
    answer = getattr(question, "answer", None)
    record = game.answer(
        "ann", shown, Response(outcome=Outcome.ANSWERED, value=answer, elapsed=10.5)
    )
    assert record.response.outcome is Outcome.TIMED_OUT
    assert record.points.total == 0


def test_a_player_who_left_for_good_is_stored_abandoned_where_they_left(tmp_path: Path) -> None:
    game = party(tmp_path, ["ann", "ben"])
    for number in (1, 2, 3):
        shown = game.present(number)
        for name in ("ann", "ben"):
            game.answer(name, shown, skip(1.0))
        if number == 1:
            game.players["ben"].leave()
    ann, ben = game.results(end=RoundEnd.COMPLETED)
    assert not ann.abandoned and len(ann.answers) == 3
    assert ben.abandoned and len(ben.answers) == 1


def test_a_player_who_comes_back_keeps_everything(tmp_path: Path) -> None:
    player = PlayerState("ann")
    player.leave()
    player.back()
    assert not player.gone and player.left_after is None
    assert rank([player])[0].place == 1
