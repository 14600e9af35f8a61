"""Every player's game of a live room, journalled as it is played and stored once.

:class:`Keeper` hooks the room's party: each answer the room grades is written to that
player's round journal at once (so nothing answered is lost to a crash or a second Ctrl-C),
and at the end every game is stored under its player's name, before the podium is drawn,
each from its journal (:func:`quizcli.commands.saving.save_round`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizcli.commands.exits import EXIT_INTERRUPTED

if TYPE_CHECKING:
    from quizcli.live.host import LiveHost
    from quizcli.model import AnswerRecord
    from quizcli.party import PlayerState
    from quizcli.ui.party import PartyScreen


class Keeper:
    """Every player's game: journalled answer by answer as the room grades them, stored
    once (before the podium is drawn), each from its journal."""

    def __init__(self, room: LiveHost) -> None:
        from quizcli.journal.round import RoundJournal

        self.room = room
        self.extra: dict[str, object] = {"mode": "live", "room": room.code}
        self.journals: dict[str, RoundJournal] = {}
        self.code: int | None = None
        self.done = False
        self.interrupted: int | None = None
        room.party.on_answer = self._answered

    def _answered(self, player: PlayerState, record: AnswerRecord) -> None:
        """In the room's thread: journal the answer (a player gone for good keeps none)."""
        import time

        from quizcli import __version__
        from quizcli.journal.round import RoundJournal

        if player.gone:
            return
        journal = self.journals.get(player.name)
        if journal is None:
            from quizcli.journal.live import live_uid

            game = self.room.game
            player.uid = live_uid(  # the uid the player's own client gives the game too
                self.room.code, game.qset.id, player.name, len(game.questions), time.time()
            )
            journal = self.journals[player.name] = RoundJournal.for_round(
                "live", self.room.game, __version__, player=player.name, uid=player.uid,
                extra=self.extra,
            )  # fmt: skip
        journal.answered(record)

    def store(self, screen: PartyScreen | Any, interrupted: bool) -> int | None:
        """Store every player's game under their name (once); the exit code."""
        from quizcli.commands.saving import save_round
        from quizcli.model import RoundEnd

        if self.done:
            return self.code
        self.done = True
        end = RoundEnd.INTERRUPTED if interrupted else self.room.ending
        self.code = EXIT_INTERRUPTED if interrupted or end is RoundEnd.INTERRUPTED else None
        if self.room.number == 0:  # stopped in the lobby: no question, nothing to store
            return self.code
        results = self.room.party.results(end=end, extra=self.extra)
        if self.interrupted is not None:
            self._kept(screen, len(results))
            return self.code
        problems: list[str] = []
        stored = 0
        for result in results:
            saved = save_round(result, self.journals.get(result.player), "live")
            if saved.interrupted is not None:
                self.interrupted = saved.interrupted
                self._kept(screen, len(results) - stored)
                return self.code
            if saved.problem is None or saved.kept_locally:
                stored += 1
            else:
                problems.append(saved.problem)
        screen.note(f"Stored {stored} of {len(results)} players' games.")
        for problem in problems:
            screen.note(f"Warning: a game is not stored yet: {problem} (the journal keeps it)")
        return self.code

    def _kept(self, screen: PartyScreen | Any, count: int) -> None:
        for journal in self.journals.values():
            journal.keep()
        screen.note(
            f"Interrupted: {count} players' games are kept in the journal; "
            "the next quizcli command stores them."
        )
