"""Saving a played round, then telling the player where it ranks (or why it was not saved).

The round is stored before anything more is shown: a terminal that went away (SIGHUP) or
a broken pipe must not cost the player a finished game. With a shared database configured,
a server that cannot be reached or fails during the save costs nothing either: the round
goes to the local SQLite file marked unshared (``quizcli sync`` sends it later), and only
when that fails too, to a rescue file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from rich.console import Console

from quizcli import __version__
from quizcli.model import GameResult
from quizcli.store import Ranking, Reviews

if TYPE_CHECKING:
    from quizcli.store import GameStore


class Saved(NamedTuple):
    """What became of a round: its ranking, or why it was not stored and where it went."""

    ranking: Ranking | None
    problem: str | None = None
    rescue_file: str | None = None
    kept_locally: bool = False  # the server failed; the round is in the local file, unshared


def save_round(result: GameResult) -> Saved:
    """Store ``result`` in one transaction, with every answer's rating applied to the
    player's review cards: in the shared database when one is configured (else, or when it
    fails, in the local file), or failing all, in a rescue file."""
    from quizcli import paths
    from quizcli.errors import QuizError
    from quizcli.rescue import write_rescue
    from quizcli.review import reviews_of
    from quizcli.store import StoreError, engine

    url: str | None = None
    problem: str | None = None
    try:
        url = engine.database_url()
    except StoreError as error:  # a broken config file must not cost the round
        problem = str(error)
    except QuizError:
        pass  # the data folder is unusable: database_path() below says so, and rescues
    if url is not None:
        from quizcli.store.postgres import PostgresStore

        try:
            return Saved(_save(PostgresStore.for_writing(url), result, reviews_of(result, "play")))
        except StoreError as error:
            problem = str(error)
    try:
        database = paths.database_path()
    except QuizError as error:  # the data folder was replaced by a file during the round
        rescued = write_rescue(result, [])
        problem = f"{problem}; then {error}" if problem else str(error)
        return Saved(None, problem, str(rescued) if rescued is not None else None)
    try:
        from quizcli.store.sqlite import SQLiteStore

        store = SQLiteStore.for_writing(database)
        if problem is None:
            return Saved(_save(store, result, reviews_of(result, "play")))
        store.keep_unshared(result, __version__, reviews_of(result, "play"))
        store.close()
        return Saved(None, problem, kept_locally=True)
    except StoreError as error:
        rescued = write_rescue(result, [database.parent])
        problem = f"{problem}; then {error}" if problem else str(error)
        return Saved(None, problem, str(rescued) if rescued is not None else None)


def _save(store: GameStore, result: GameResult, reviews: Reviews) -> Ranking:
    """Record ``result`` (and its ``reviews``) in ``store`` and close it; where it ranks."""
    try:
        return store.ranking(store.record(result, __version__, reviews))
    finally:
        store.close()


def report_saved(saved: Saved, result: GameResult, err: Console, out: Console) -> None:
    """The ranking on ``out``, or a warning naming the rescue file (or the JSON) on ``err``."""
    import json

    from quizcli.rescue import result_json
    from quizcli.ui.ranking import ranking_line
    from quizcli.ui.text import literal

    if saved.ranking is not None:
        out.print(ranking_line(saved.ranking, result))
        return
    if saved.kept_locally:
        err.print(
            literal(
                f"Not shared yet: {(saved.problem or '').rstrip('.')}. The round is kept on "
                "this machine; `quizcli sync` sends it."
            ),
            soft_wrap=True,
        )
        return
    err.print(literal(f"Warning: This round could not be saved: {saved.problem}"), soft_wrap=True)
    if saved.rescue_file is not None:
        err.print(literal(f"Your round is kept in {saved.rescue_file} (JSON)."), soft_wrap=True)
    else:
        err.print("Your round, as JSON:")
        err.print(literal(json.dumps(result_json(result), ensure_ascii=False)), soft_wrap=True)
