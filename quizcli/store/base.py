"""What every store shares: the :class:`GameStore` protocol and the errors, with the rows
re-exported from where they are defined (``gamerows``, ``reportrows``, ``cardrows``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from quizcli.errors import QuizError

# Re-exported: the rows of review cards and daily games, which the protocol names.
from quizcli.store.cardrows import Card as Card
from quizcli.store.cardrows import DailyGame as DailyGame
from quizcli.store.cardrows import Review as Review
from quizcli.store.cardrows import Reviewed as Reviewed
from quizcli.store.cardrows import Reviews as Reviews
from quizcli.store.cardrows import Schedule as Schedule

# Re-exported: the rows of games and of the reports over them.
from quizcli.store.gamerows import DAILY_KINDS as DAILY_KINDS
from quizcli.store.gamerows import DAILY_PRACTICE as DAILY_PRACTICE
from quizcli.store.gamerows import DAILY_SCORED as DAILY_SCORED
from quizcli.store.gamerows import GameRow as GameRow
from quizcli.store.gamerows import NewAnswer as NewAnswer
from quizcli.store.gamerows import NewGame as NewGame
from quizcli.store.gamerows import game_columns as game_columns
from quizcli.store.gamerows import game_row as game_row
from quizcli.store.gamerows import is_remote as is_remote
from quizcli.store.gamerows import new_game as new_game
from quizcli.store.gamerows import timestamp as timestamp

# Re-exported: how long a connection waits for a lock (in ``peek``, which ``list`` imports alone).
from quizcli.store.peek import BUSY_TIMEOUT_SECONDS as BUSY_TIMEOUT_SECONDS
from quizcli.store.peek import busy_timeout as busy_timeout
from quizcli.store.reportrows import RESET as RESET
from quizcli.store.reportrows import Accuracy as Accuracy
from quizcli.store.reportrows import GameFilter as GameFilter
from quizcli.store.reportrows import Missed as Missed
from quizcli.store.reportrows import Ranking as Ranking
from quizcli.store.reportrows import Stats as Stats

# The order of a leaderboard; the summary table ``bests`` and the indexes follow it too.
RANK_ORDER = "score DESC, accuracy DESC, duration ASC, finished_at ASC, id ASC"

if TYPE_CHECKING:  # the model is imported where it is used: `list` reads due cards
    from quizcli.model import GameResult


# --- errors ---------------------------------------------------------------------------


class StoreError(QuizError):
    """The database cannot be used; the message names it and what to do."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code  # SQLite's extended result code behind it, if any


class StoreWriteError(StoreError):
    """A game could not be saved (read-only folder, full disk, locked database)."""


class ServerUnavailable(StoreWriteError):
    """The database server could not be reached, or failed during the work."""


class GameStore(Protocol):
    """What the commands need of a store of games, whatever the engine behind it."""

    def record(self, result: GameResult, version: str, reviews: Reviews | None = None) -> int:
        """Store a played round in one transaction (with ``reviews`` applied to the
        player's cards in the same); return its id."""
        ...

    def add(self, game: NewGame) -> int | None:
        """Store ``game`` in one transaction unless a game with its uid is stored already;
        its new id, or None when it was there."""
        ...

    def game_id(self, uid: str) -> int | None:
        """The id of the game stored with ``uid``, or None."""
        ...

    def ranking(self, game_id: int) -> Ranking:
        """Where a stored game stands among the finished games of its set."""
        ...

    def leaderboard(
        self, where: GameFilter, *, every_game: bool, limit: int | None
    ) -> list[GameRow]:
        """Finished games ranked by score, accuracy, then time."""
        ...

    def history(self, where: GameFilter, limit: int | None) -> list[GameRow]:
        """Games newest first, finished or abandoned."""
        ...

    def count(self, where: GameFilter) -> int:
        """How many games match ``where``."""
        ...

    def stats(self, where: GameFilter) -> Stats:
        """Statistics over the games matching ``where``."""
        ...

    def delete(self, where: GameFilter) -> int:
        """Delete the games matching ``where`` (and their answers); return how many."""
        ...

    def progress(self, player: str | None, set_id: str | None) -> dict[str, int]:
        """Rows of ``cards``, ``review_log`` and ``daily_games`` of a player and a set
        (None: every one)."""
        ...

    def delete_progress(self, player: str | None, set_id: str | None) -> dict[str, int]:
        """Delete those rows in one transaction; how many of each went."""
        ...

    def set_ids(self) -> list[str]:
        """The ids of the sets with stored games, sorted."""
        ...

    def players(self) -> list[str]:
        """The names of the players with stored games, sorted."""
        ...

    def save_reviews(self, reviews: Reviews, *, unshared: bool = False) -> list[Reviewed]:
        """Apply a review round's ratings to the player's cards and log them, in one
        transaction (marked for ``sync`` when ``unshared``); what each card became."""
        ...

    def restart_cards(
        self, player: str, set_id: str, changed: dict[str, tuple[str, str]], now: float
    ) -> int:
        """Start over the cards whose question changed: id -> (old, new fingerprint)."""
        ...

    def save_daily(
        self,
        game: DailyGame | None,
        reviews: Reviews,
        *,
        unshared: bool = False,
        any_day: bool = False,
    ) -> bool:
        """Store a daily attempt (None for practice) and its ratings in one transaction
        (marked for ``sync`` when ``unshared``; ranked on its own day whatever a server's
        clock says when ``any_day``); False when it was not the player's first of the day."""
        ...

    def cards(self, player: str, set_id: str) -> list[Card]:
        """The player's cards of a set, soonest due first."""
        ...

    def due_now(self, player: str, now: float, set_id: str | None = None) -> dict[str, int]:
        """How many of the player's cards are due at ``now``, per set."""
        ...

    def dues(self, player: str, before: float, set_id: str | None = None) -> list[float]:
        """The due times of the player's cards due before ``before``."""
        ...

    def daily_game(self, set_id: str, day: str, player: str) -> DailyGame | None:
        """The player's scored attempt at the day's challenge, if any."""
        ...

    def daily_ranking(
        self, set_id: str | None, day: str, limit: int, player: str | None = None
    ) -> list[DailyGame]:
        """The day's scored attempts (of one player, if given), best first."""
        ...

    def close(self) -> None:
        """Let go of the database."""
        ...
