"""Saving a played round, and telling the player where it ranks (or why it was not saved)."""

from __future__ import annotations

from rich.console import Console

from quizcli import __version__
from quizcli.model import GameResult


def save_round(result: GameResult, err: Console, out: Console) -> None:
    """Store ``result``; print its ranking on ``out``, or a warning and a rescue on ``err``."""
    from quizcli import paths
    from quizcli.store import SQLiteStore, StoreError
    from quizcli.ui.ranking import ranking_line

    try:
        store = SQLiteStore.for_writing(paths.database_path())
        try:
            game_id = store.record(result, __version__)
            ranking = store.ranking(game_id)
        finally:
            store.close()
    except StoreError as error:
        _rescue(result, err, f"This round could not be saved: {error}")
        return
    out.print(ranking_line(ranking, result))


def _rescue(result: GameResult, err: Console, message: str) -> None:
    import json

    from quizcli import paths
    from quizcli.rescue import result_json, write_rescue
    from quizcli.ui.text import literal

    err.print(literal(f"Warning: {message}"), soft_wrap=True)
    rescued = write_rescue(result, [paths.data_dir()])
    if rescued is not None:
        err.print(literal(f"Your round is kept in {rescued} (JSON)."), soft_wrap=True)
    else:
        err.print("Your round, as JSON:")
        err.print(literal(json.dumps(result_json(result), ensure_ascii=False)), soft_wrap=True)
