"""``quizcli daily``: the day's challenge, the same five questions for every player of a set."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer

from quizcli.commands.options import BankOption

if TYPE_CHECKING:
    from quizcli.model import GameResult
    from quizcli.store import DailyGame
    from quizcli.ui.plain import PlainView
    from quizcli.ui.round import RichView


class DailySaved(NamedTuple):
    """What became of a daily round: scored (and where it ranks), practice, or not saved."""

    scored: bool
    position: int = 0
    players: int = 0
    problem: str | None = None


def daily(
    set_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[SET]",
            help="The set whose challenge to play; asked for when several are loaded.",
        ),
    ] = None,
    player: Annotated[
        str | None,
        typer.Option(
            envvar="QUIZCLI_PLAYER",
            help="Your name on the day's ranking (default: $QUIZCLI_PLAYER, else your login).",
        ),
    ] = None,
    plain: Annotated[
        bool,
        typer.Option(
            "--plain",
            help="One typed line per answer, plain text out, an ASCII result line "
            "(automatic when stdin is not a terminal).",
        ),
    ] = False,
    banks: BankOption = None,
) -> None:
    """Play the daily challenge: the same 5 questions, in the same order with the same
    shuffles, for every player of the set on the same UTC day. The first attempt of the
    day is scored and ranked (`quizcli scores SET --daily`); another is practice. Ends
    with a one-line result to share.

    Example: quizcli daily paris2024
    """
    from quizcli.commands.options import open_catalog
    from quizcli.commands.play import _choose_set
    from quizcli.commands.rounds import is_interactive, run_round
    from quizcli.daily import DAILY_COUNT, daily_seed, utc_day
    from quizcli.errors import BankError
    from quizcli.game import Round, RoundOptions
    from quizcli.players import player_name
    from quizcli.ui.text import console, literal

    interactive = is_interactive(plain)
    name = player_name(player)
    catalog = open_catalog(banks)
    if catalog.named_failed:
        raise BankError(catalog.named_problems())
    chosen = set_id or _choose_set(catalog, interactive)
    day = utc_day(time.time())
    options = RoundOptions(count=DAILY_COUNT, seed=daily_seed(chosen, day), player=name)
    game = Round.start(catalog.get(chosen), options)
    before = _earlier_attempt(chosen, day, name)
    if before is not None:
        console().print(
            literal(
                f"You played the {chosen} daily of {day} already ({before.score} pts): "
                "this round is practice and is not ranked."
            )
        )

    def save(result: GameResult) -> DailySaved:
        return _save(result, day, practice=before is not None)

    def report(view: RichView | PlainView, result: GameResult, saved: DailySaved) -> None:
        _report(view, result, saved, day, plain=not interactive)

    run_round(game, interactive, save, report)


def _earlier_attempt(set_id: str, day: str, player: str) -> DailyGame | None:
    """The player's scored attempt of the day, if the store has one."""
    from quizcli.store import engine

    store = engine.for_reading()
    if store is None:
        return None
    try:
        return store.daily_game(set_id, day, player)
    finally:
        store.close()


def _save(result: GameResult, day: str, *, practice: bool) -> DailySaved:
    """Store the attempt (unless practice, or nothing was answered) and its ratings."""
    from quizcli.review import reviews_of
    from quizcli.store import StoreError, engine
    from quizcli.store.cards import daily_game

    if not result.answers:
        return DailySaved(scored=False)
    try:
        store = engine.for_writing()
        try:
            attempt = None if practice else daily_game(result, day)
            scored = store.save_daily(attempt, reviews_of(result, "daily"))
            if not scored:
                return DailySaved(scored=False)
            ranking = store.daily_ranking(result.set_id, day, limit=1_000_000)
            position = next(n for n, row in enumerate(ranking, 1) if row.uid == result.uid)
            return DailySaved(scored=True, position=position, players=len(ranking))
        finally:
            store.close()
    except StoreError as error:
        return DailySaved(scored=False, problem=str(error))


def _report(
    view: RichView | PlainView, result: GameResult, saved: DailySaved, day: str, *, plain: bool
) -> None:
    """The round's summary, the day's rank (or practice), then the line to share."""
    from quizcli.daily import share_line
    from quizcli.ui.text import console, counted, literal

    view.show_summary(result)
    out = console()
    if saved.problem is not None:
        console(stderr=True).print(
            literal(f"Warning: this attempt could not be saved: {saved.problem}"), soft_wrap=True
        )
    elif saved.scored:
        out.print(
            literal(
                f"Daily {day}: you rank {saved.position} of {counted(saved.players, 'player')}."
            )
        )
    elif result.answers:
        out.print(literal("Practice round: not ranked (one scored attempt a day)."))
    blocks = not plain and _can_show("■□▣")
    sys.stdout.write(share_line(result, day, blocks=blocks) + "\n")
    sys.stdout.flush()


def _can_show(text: str) -> bool:
    """Whether standard output's encoding can hold ``text``."""
    try:
        text.encode(sys.stdout.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True
