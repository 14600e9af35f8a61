"""``quizcli play --players a,b,c``: hot-seat, several players taking turns on one terminal.

Each question goes to every player in turn, with a hand-over screen between them that hides
the previous answer; the standings follow each question and a podium ends the game. Every
player's game is stored under their own name. Ctrl-C (or the end of input) ends the game
for everyone: every game so far is stored as abandoned and the command exits 130.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from quizcli.commands.exits import EXIT_INTERRUPTED
from quizcli.game import Progress, Round
from quizcli.model import GameResult, RoundEnd

if TYPE_CHECKING:
    from quizcli.ui.party import PartyScreen
    from quizcli.ui.plain import PlainView
    from quizcli.ui.round import RichView


def parse_players(text: str) -> list[str]:
    """``alice,bob,carol`` -> the cleaned names, in order; QuizError on an empty, a
    repeated or an invalid name, or fewer than two players."""
    from quizcli.errors import QuizError
    from quizcli.players import PlayerNameError, check_player

    names: list[str] = []
    for raw in text.split(","):
        try:
            name = check_player(raw)
        except PlayerNameError as error:
            raise QuizError(f"--players: {error}") from None
        if name.casefold() in (known.casefold() for known in names):
            raise QuizError(f"--players: {name} is named twice")
        names.append(name)
    if len(names) < 2:
        raise QuizError("--players needs at least two names, separated by commas")
    return names


def play_hotseat(game: Round, names: list[str], *, interactive: bool) -> int | None:
    """Play ``game`` with ``names`` taking turns; the exit code when interrupted, else None."""
    from quizcli import __version__
    from quizcli.commands.saving import report_saved, save_round
    from quizcli.commands.signals import RoundSignals
    from quizcli.journal.round import RoundJournal
    from quizcli.party import Party
    from quizcli.ui.party import PlainPartyScreen, RichPartyScreen, moves
    from quizcli.ui.text import console

    party = Party(game, names)
    extra: dict[str, object] = {"mode": "hotseat", "players": list(names)}
    journals = {
        name: RoundJournal.for_round(
            "hotseat", game, __version__, player=name, uid=state.uid, extra=extra
        )
        for name, state in party.players.items()
    }
    party.on_answer = lambda state, record: journals[state.name].answered(record)
    signals = RoundSignals()
    screen: PartyScreen
    with signals.installed():
        if interactive:
            from quizcli.ui.prompts import InteractiveAsker
            from quizcli.ui.round import RichView

            out = console()
            rich_view = RichView(out, game.qset)
            view: RichView | PlainView = rich_view
            asker = signals.guarded(
                InteractiveAsker(out, redraw_question=rich_view.show_question_again)
            )
            screen = RichPartyScreen(out)
        else:
            from quizcli.ui.plain import PlainAsker, PlainView

            view = PlainView(sys.stdout, game.qset)
            asker = signals.guarded(PlainAsker(sys.stdin, sys.stdout))
            screen = PlainPartyScreen(sys.stdout, sys.stdin)
        end = RoundEnd.COMPLETED
        total = len(game.questions)
        try:
            for number in range(1, total + 1):
                before = party.standings()
                shared = party.present(number)
                for name in names:
                    with signals.asking():
                        screen.pass_to(name)
                    player = party.players[name]
                    limit = game.options.time_limit
                    presented = shared._replace(
                        deadline=time.monotonic() + limit if limit else None
                    )
                    title = f"{game.qset.title} · {name}'s turn"
                    view.show_question(presented, Progress(title, player.score, player.streak))
                    record = party.answer(name, presented, asker.ask(presented))
                    view.show_feedback(record, presented, Progress(title, player.score, 0))
                after = party.standings()
                screen.standings(
                    after, moves(before, after), title=f"Standings after question {number}"
                )
        except KeyboardInterrupt:
            end = RoundEnd.INTERRUPTED
        except EOFError:
            end = RoundEnd.END_OF_INPUT
        results = party.results(end=end, extra=extra)
        saved = [save_round(result, journals[result.player], "hotseat") for result in results]
        for kept in saved:
            if kept.interrupted is not None:
                signals.received = signals.received or kept.interrupted
        try:
            screen.podium(party.standings())
            for result, kept in zip(results, saved, strict=True):
                _summary_line(screen, result)
                report_saved(kept, result, console(stderr=True), console())
        except OSError:
            pass  # the terminal is gone; every game is stored (or rescued)
    if any(kept.lost for kept in saved):
        return 1  # neither the journal nor the store could keep a game (JSON shown)
    if signals.exit_code is not None:
        return signals.exit_code
    return EXIT_INTERRUPTED if end is RoundEnd.INTERRUPTED else None


def _summary_line(screen: PartyScreen, result: GameResult) -> None:
    """``alice: 340 of 900 points ...``: one player's totals."""
    from quizcli.ui.describe import totals_line

    screen.note(f"{result.player}: {totals_line(result)}")
