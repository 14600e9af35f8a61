"""Saving a played round through its journal, then telling the player where it ranks (or
why it is not stored yet, and that nothing is lost).

Every answer is in the round's journal file already (quizcli.journal); the round is then
stored (the shared server when one is configured; when it fails, the local file marked
unshared, which ``quizcli sync`` sends later) and its file removed. When the store cannot
take it, or a Ctrl-C cuts the save short, the file stays and the next command stores it.
Only when the journal could not be written either is the round printed as JSON and the
exit code non-zero.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from rich.console import Console

from quizcli import __version__
from quizcli.model import GameResult
from quizcli.store import Ranking

if TYPE_CHECKING:
    from quizcli.journal.replay import DailyStored
    from quizcli.journal.round import RoundJournal
    from quizcli.store.base import Reviewed


class Saved(NamedTuple):
    """What became of a round's save, in every mode (play, hot-seat, the live host, daily,
    review): stored, with what the store said (``ranking``, ``daily``, ``reviewed``); kept on
    this machine unshared (``kept_locally``, ``problem`` saying why the server did not take
    it); kept in the journal for the next command (``in_journal``); or lost, neither stored
    nor journalled (``problem`` and ``journal_problem`` say why)."""

    ranking: Ranking | None = None  # play, hot-seat, live: where the game ranks
    problem: str | None = None
    kept_locally: bool = False  # the server failed; the round is in the local file, unshared
    in_journal: bool = False  # not stored yet: the journal keeps it for the next command
    interrupted: int | None = None  # the signal that cut the save short
    journal_problem: str | None = None  # why the journal could not keep the round
    daily: DailyStored | None = None  # daily: scored or practice, and its place on the day
    reviewed: tuple[Reviewed, ...] = ()  # review: what each card became

    @property
    def lost(self) -> bool:
        """True when the round is neither stored nor in the journal."""
        return self.problem is not None and not self.kept_locally and not self.in_journal

    def not_saved(self, what: str) -> str:
        """The one line saying that ``what`` (``This round``) could not be saved, and why
        the journal could not keep it either."""
        line = f"{what} could not be saved: {(self.problem or '').rstrip('.')}"
        if self.journal_problem is not None:
            line += f"; nor kept: {self.journal_problem.rstrip('.')}"
        return line + "."


def through_journal(
    journal: RoundJournal | None,
    kept: bool,
    store: Callable[[], Saved],
    failed: Callable[[], Saved] = Saved,
) -> Saved:
    """Run ``store`` (a mode's save from the journal entry) beside the main thread; the
    journal's file goes once it succeeded. When a signal cuts it short or no store can
    take the round, the file stays (``kept``: it holds every answer) and the outcome says
    why, on top of what ``failed`` makes (the mode's own fields, read only then)."""
    from quizcli.commands.journaling import SaveInterrupted, in_background
    from quizcli.errors import QuizError

    problem = None if journal is None else journal.problem
    try:
        saved = in_background(store)
    except SaveInterrupted as stop:
        _keep(journal)
        return failed()._replace(
            problem="saving was interrupted",
            in_journal=kept,
            journal_problem=problem,
            interrupted=stop.signum,
        )
    except QuizError as error:  # the store, or the data folder replaced by a file meanwhile
        _keep(journal)
        return failed()._replace(problem=str(error), in_journal=kept, journal_problem=problem)
    if journal is not None:
        journal.done()
    return saved


def save_round(result: GameResult, journal: RoundJournal | None, mode: str = "play") -> Saved:
    """Store ``result`` (a game, with every answer's rating applied to the player's
    cards) from its journal; see the module docstring for where it goes."""
    from quizcli.journal.entry import from_result
    from quizcli.journal.replay import store_game

    entry = from_result(mode, result, __version__)
    kept = journal is not None and journal.kept and journal.answers == len(result.answers)
    if journal is not None:
        journal.ended(result)

    def store() -> Saved:
        stored = store_game(entry, ending=True)
        return Saved(stored.ranking, stored.problem, kept_locally=stored.kept_locally)

    return through_journal(journal, kept, store)


def _keep(journal: RoundJournal | None) -> None:
    if journal is not None:
        journal.keep()


def report_saved(saved: Saved, result: GameResult, err: Console, out: Console) -> None:
    """The ranking on ``out``, or on ``err`` why the round is not stored yet (and that the
    journal keeps it); the round as JSON only when the journal could not keep it."""
    import json

    from quizcli.journal.entry import rescue_json
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
    if saved.problem is None:
        return  # stored, then deleted by a reset meanwhile: nothing to rank
    if saved.in_journal:
        err.print(
            literal(
                f"Not stored yet: {saved.problem.rstrip('.')}. The round is kept in the journal; "
                "the next quizcli command stores it."
            ),
            soft_wrap=True,
        )
        return
    err.print(literal(f"Error: {saved.not_saved('This round')}"), soft_wrap=True)
    err.print("Your round, as JSON (save it to a file for `quizcli rescue import`):")
    err.print(literal(json.dumps(rescue_json(result), ensure_ascii=False)), soft_wrap=True)
