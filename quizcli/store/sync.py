"""Bringing games kept in a SQLite file to the shared server, each exactly once.

Every game carries the unique id made when it was played, and the server keeps one game
per id: a game sent twice (``sync`` run again, two machines syncing at once, a sync cut
short between the server's commit and the local mark) is stored once. A game is marked
shared in the local file only after the server committed it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from quizcli.store.base import GameStore, NewAnswer, NewGame, game_columns
from quizcli.store.sqlite import SQLiteStore


class Synced(NamedTuple):
    """What a sync did: games sent and stored, and games the server had already."""

    sent: int
    present: int


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


def sync(server: GameStore, local: SQLiteStore, *, every_game: bool = False) -> Synced:
    """Send the local file's unshared games (every game, with ``every_game``) to ``server``,
    marking each shared once the server has it."""
    sent = present = 0
    for game in local_games(local, unshared_only=not every_game):
        if server.add(game) is None:
            present += 1
        else:
            sent += 1
        local.mark_shared(game.uid)
    return Synced(sent, present)
