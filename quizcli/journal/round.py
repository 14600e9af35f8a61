"""The journal of one round being played: each graded answer written as it comes.

The file is made at the first answer, so a round cut off before any answer (a Ctrl-C in
a live room's lobby) leaves nothing behind. A journal that cannot be written (a full disk,
a read-only folder) is noted once in :attr:`RoundJournal.problem`; the round goes on and is
stored from memory at its end, as before the journal existed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from quizcli.journal.entry import answer_line, end_line, header
from quizcli.journal.log import JournalError, RoundLog

if TYPE_CHECKING:
    from quizcli.game import Round
    from quizcli.model import AnswerRecord, GameResult


class RoundJournal:
    """One round's (or one player's game's) journal file, written answer by answer."""

    def __init__(
        self,
        head: dict[str, object],
        *,
        where: Path | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.head = head
        options = head.get("options")
        limit = options.get("time_limit") if isinstance(options, dict) else None
        self.time_limit = float(limit) if isinstance(limit, int | float) else None
        self.where = where
        self.clock = clock
        self.log: RoundLog | None = None
        self.problem: str | None = None  # why the journal could not be written
        self.answers = 0

    @classmethod
    def for_round(
        cls,
        mode: str,
        game: Round,
        version: str,
        *,
        player: str | None = None,
        uid: str | None = None,
        extra: dict[str, object] | None = None,
        day: str | None = None,
        where: Path | None = None,
    ) -> RoundJournal:
        """The journal of ``game`` played in ``mode`` (by ``player``, with the game id
        ``uid``, when several play it; ``extra`` joins the options kept with the game)."""
        from quizcli.scoring import max_score

        head = header(
            mode,
            uid=uid or game.uid,
            set_id=game.qset.id,
            set_title=game.qset.title,
            player=player or game.options.player,
            started=time.time(),
            asked=len(game.questions),
            max_score=max_score(game.questions),
            options={**game.options.to_json(), **(extra or {})},
            version=version,
            day=day,
        )
        head["home"] = home()
        return cls(head, where=where)

    @property
    def kept(self) -> bool:
        """True when every answer so far is on the disk."""
        return self.problem is None

    def answered(self, record: AnswerRecord) -> None:
        """Append a graded answer, flushed to the disk before this returns."""
        if self.problem is not None:
            return
        try:
            if self.log is None:
                self.log = RoundLog.begin(self.head, self.where)
            self.log.append(answer_line(record, self.time_limit, self.clock()))
            self.answers += 1
        except JournalError as error:
            self.problem = str(error)

    def ended(self, result: GameResult) -> None:
        """Note how the round ended (its file keeps the answers either way)."""
        if self.log is None or self.problem is not None:
            return
        try:
            self.log.append(end_line(result))
        except JournalError:
            pass  # the answers are on the disk; without this line the round reads abandoned

    def done(self) -> None:
        """The store has the round: its file goes."""
        if self.log is not None:
            self.log.done()

    def keep(self) -> None:
        """The store could not take the round: its file stays for the next command."""
        if self.log is not None:
            self.log.close()


def home() -> str:
    """The data folder this round belongs to ('' when it cannot be named)."""
    from quizcli import paths
    from quizcli.errors import QuizError

    try:
        return str(paths.data_dir())
    except QuizError:
        return ""
