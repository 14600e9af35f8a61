"""Saving a played round, then telling the player where it ranks (or why it was not saved).

The round is stored before anything more is shown: a terminal that went away (SIGHUP) or
a broken pipe must not cost the player a finished game.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.console import Console

from quizcli import __version__
from quizcli.model import GameResult
from quizcli.store import Ranking


class Saved(NamedTuple):
    """What became of a round: its ranking, or why it was not stored and where it went."""

    ranking: Ranking | None
    problem: str | None = None
    rescue_file: str | None = None


def save_round(result: GameResult) -> Saved:
    """Store ``result`` in one transaction; on failure write a rescue file instead."""
    from quizcli import paths
    from quizcli.errors import QuizError
    from quizcli.rescue import write_rescue
    from quizcli.store import SQLiteStore, StoreError

    try:
        database = paths.database_path()
    except QuizError as error:  # the data folder was replaced by a file during the round
        rescued = write_rescue(result, [])
        return Saved(None, str(error), str(rescued) if rescued is not None else None)
    try:
        store = SQLiteStore.for_writing(database)
        try:
            game_id = store.record(result, __version__)
            ranking = store.ranking(game_id)
        finally:
            store.close()
    except StoreError as error:
        rescued = write_rescue(result, [database.parent])
        return Saved(None, str(error), str(rescued) if rescued is not None else None)
    return Saved(ranking)


def report_saved(saved: Saved, result: GameResult, err: Console, out: Console) -> None:
    """The ranking on ``out``, or a warning naming the rescue file (or the JSON) on ``err``."""
    import json

    from quizcli.rescue import result_json
    from quizcli.ui.ranking import ranking_line
    from quizcli.ui.text import literal

    if saved.ranking is not None:
        out.print(ranking_line(saved.ranking, result))
        return
    err.print(literal(f"Warning: This round could not be saved: {saved.problem}"), soft_wrap=True)
    if saved.rescue_file is not None:
        err.print(literal(f"Your round is kept in {saved.rescue_file} (JSON)."), soft_wrap=True)
    else:
        err.print("Your round, as JSON:")
        err.print(literal(json.dumps(result_json(result), ensure_ascii=False)), soft_wrap=True)
