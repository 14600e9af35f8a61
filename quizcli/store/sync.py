"""Bringing what a SQLite file kept unshared to the shared server, each exactly once.

Three things are kept on this machine while the server is away, marked unshared: games,
daily attempts and card ratings (the review log). Every game carries the unique id made
when it was played, and the server keeps one game per id: a game sent twice (``sync`` run
again, two machines syncing at once, a sync cut short between the server's commit and the
local mark) is stored once. A daily attempt is one per player, set and day (the first one
kept wins), and a rating is one per round, question and mode (one found on the server is
skipped). Each is marked shared in the local file only after the server committed it.
Ratings are sent oldest first, so each card on the server is rated in the order the
player answered.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from quizcli.store.base import (
    DAILY_PRACTICE,
    DAILY_SCORED,
    DailyGame,
    NewAnswer,
    NewGame,
    Review,
    Reviews,
    Schedule,
    game_columns,
)
from quizcli.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from quizcli.store.postgres import PostgresStore


class Synced(NamedTuple):
    """What a sync stored on the server, each counted once by what it is: ordinary games
    (``sent``), the day's scored daily attempts (``dailies``) and daily practice rounds
    (``practice``), each with its round and answers, and card ratings; also what the
    server had already (``present``), and daily attempts it did not take (``refused``: an
    attempt kept without its round, on a day the player has another)."""

    sent: int
    present: int
    dailies: int = 0
    ratings: int = 0
    practice: int = 0
    refused: int = 0


def local_games(local: SQLiteStore, *, unshared_only: bool) -> Iterator[NewGame]:
    """The games of a local file (only those marked unshared, if asked), oldest first."""
    condition = "WHERE unshared = 1" if unshared_only else ""
    ids = [row["id"] for row in local._rows(f"SELECT id FROM games {condition} ORDER BY id")]
    for game_id in ids:
        (row,) = local._rows("SELECT * FROM games WHERE id = ?", (game_id,))
        answers = local._rows(
            "SELECT position, question_id, kind, response, verdict, fraction, points, elapsed, "
            "hint_taken, tags, prompt FROM answers WHERE game_id = ? ORDER BY position",
            (game_id,),
        )
        yield NewGame(
            **game_columns(row, (name for name in NewGame._fields if name != "answers")),
            answers=tuple(
                NewAnswer(**{name: answer[name] for name in NewAnswer._fields})
                for answer in answers
            ),
        )


def sync(
    server: PostgresStore | SQLiteStore,
    local: SQLiteStore,
    *,
    every_game: bool = False,
    schedule: Schedule,
) -> Synced:
    """Send the local file's unshared games and daily attempts (every one, with
    ``every_game``) and card ratings to ``server`` (ratings applied to its cards by
    ``schedule``), marking each shared once the server has it."""
    # A daily round goes with its attempt, in one transaction: the server decides whether
    # it is the day's scored attempt or practice, and marks the game so.
    condition = "" if every_game else "WHERE unshared = 1"
    attempts = local._rows(f"SELECT * FROM daily_games {condition} ORDER BY finished_at")
    with_attempt = {row["uid"] for row in attempts}
    rounds: dict[str, NewGame] = {}
    counts = dict.fromkeys(("sent", "present", "scored", "practice", "refused"), 0)
    for game in local_games(local, unshared_only=not every_game):
        if game.uid in with_attempt:
            rounds[game.uid] = game
            continue
        counts[_stored(game) if server.add(game) is not None else "present"] += 1
        local.mark_shared(game.uid)
    for row in attempts:
        daily = DailyGame.of_row(row)
        played = rounds.get(daily.uid)
        counts[server.add_daily(daily, played)] += 1
        if played is not None:
            local.mark_shared(played.uid)
        local.mark_daily_shared(daily.uid)
    ratings = 0
    for ids, reviews in _unshared_ratings(local, schedule):
        ratings += server.add_ratings(reviews)
        local.mark_ratings_shared(ids)
    return Synced(
        counts["sent"],
        counts["present"],
        counts["scored"],
        ratings,
        counts["practice"],
        counts["refused"],
    )


def _stored(game: NewGame) -> str:
    """What a game sent alone is, by its daily mark (a daily round whose attempt is not
    on this machine: a practice round, or one kept before attempts were)."""
    return {DAILY_SCORED: "scored", DAILY_PRACTICE: "practice"}.get(game.daily, "sent")


def _unshared_ratings(
    local: SQLiteStore, schedule: Schedule
) -> Iterator[tuple[list[int], Reviews]]:
    """The unshared ratings, one :class:`Reviews` per round (and mode), oldest first."""
    rows = local._rows("SELECT * FROM review_log WHERE unshared = 1 ORDER BY reviewed_at, id")
    rounds: dict[tuple[Any, ...], list[Any]] = {}
    for row in rows:
        key = (row["player"], row["set_id"], row["mode"], row["reviewed_at"], row["game_uid"])
        rounds.setdefault(key, []).append(row)
    for (player, set_id, mode, reviewed_at, game_uid), group in rounds.items():
        items = tuple(
            Review(r["question_id"], r["fingerprint"], r["verdict"], int(r["rating"]),
                   float(r["elapsed"]))
            for r in group
        )  # fmt: skip
        reviews = Reviews(
            str(player), str(set_id), str(mode), float(reviewed_at), str(game_uid), items, schedule
        )
        yield [int(r["id"]) for r in group], reviews
