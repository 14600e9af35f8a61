"""``quizcli daily``: the day's challenge, the same five questions for every player of a set."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Annotated, NamedTuple

import typer

from quizcli.commands.options import BankOption

if TYPE_CHECKING:
    from quizcli.model import GameResult
    from quizcli.store import GameStore
    from quizcli.store.sqlite import SQLiteStore
    from quizcli.ui.plain import PlainView
    from quizcli.ui.round import RichView


class DailySaved(NamedTuple):
    """What became of a daily round: scored (and where it ranks), practice, or not saved."""

    scored: bool
    first_score: int | None = None  # practice: the score of the day's ranked attempt
    position: int = 0
    players: int = 0
    problem: str | None = None
    unshared: str | None = None  # the server failed: kept on this machine, and why


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
    day is scored and ranked (`quizcli scores SET --daily`); another is practice, and the
    end of the round says so. Ends with a one-line result to share.

    Example: quizcli daily paris2024
    """
    from quizcli.commands.options import open_catalog
    from quizcli.commands.play import _choose_set
    from quizcli.commands.rounds import is_interactive, run_round
    from quizcli.daily import DAILY_COUNT, daily_seed, utc_day
    from quizcli.errors import BankError
    from quizcli.game import Round, RoundOptions
    from quizcli.players import player_name

    interactive = is_interactive(plain)
    name = player_name(player)
    catalog = open_catalog(banks)
    if catalog.named_failed:
        raise BankError(catalog.named_problems())
    chosen = set_id or _choose_set(catalog, interactive)
    day = utc_day(time.time())
    options = RoundOptions(count=DAILY_COUNT, seed=daily_seed(chosen, day), player=name)
    game = Round.start(catalog.get(chosen), options)
    # Whether this is the day's first attempt is found when it is saved (one insert that
    # keeps the first): reading the store before the round would make daily start slower
    # than play, which opens the store only after the round.

    def save(result: GameResult) -> DailySaved:
        return _save(result, day)

    def report(view: RichView | PlainView, result: GameResult, saved: DailySaved) -> None:
        _report(view, result, saved, day, plain=not interactive)

    run_round(game, interactive, save, report)


def _save(result: GameResult, day: str) -> DailySaved:
    """Store the attempt and its ratings; an attempt after the day's first is practice
    (its ratings are kept, the attempt is not ranked). When the shared server fails, both
    are kept on this machine, unshared, and the attempt still counts as the day's."""
    from quizcli.review import reviews_of
    from quizcli.store import StoreError, engine
    from quizcli.store.cards import daily_game
    from quizcli.store.offline import server_or_local, unshared_daily

    if not result.answers:
        return DailySaved(scored=False)
    reviews = reviews_of(result, "daily")
    try:
        # An attempt kept on this machine while the server was away is the day's attempt.
        earlier = (
            unshared_daily(result.set_id, day, result.player)
            if engine.database_url() is not None
            else None
        )
    except StoreError:
        earlier = None
    attempt = None if earlier is not None else daily_game(result, day)

    def work(store: GameStore) -> DailySaved:
        if not store.save_daily(attempt, reviews):
            first = earlier or store.daily_game(result.set_id, day, result.player)
            return DailySaved(scored=False, first_score=first.score if first else None)
        ranking = store.daily_ranking(result.set_id, day, limit=1_000_000)
        position = next(
            (n for n, row in enumerate(ranking, 1) if row.uid == result.uid), len(ranking)
        )
        return DailySaved(scored=True, position=position, players=len(ranking))

    def keep(local: SQLiteStore) -> DailySaved:
        if local.save_daily(attempt, reviews, unshared=True):
            return DailySaved(scored=True)
        first = earlier or local.daily_game(result.set_id, day, result.player)
        return DailySaved(scored=False, first_score=first.score if first else None)

    try:
        saved, problem = server_or_local(work, keep)
    except StoreError as error:
        return DailySaved(scored=False, problem=str(error))
    return saved._replace(unshared=problem)


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
    elif saved.unshared is not None and saved.scored:
        _not_shared(saved.unshared, " and counts as your attempt of the day")
    elif saved.scored:
        out.print(
            literal(
                f"Daily {day}: you rank {saved.position} of {counted(saved.players, 'player')}."
            )
        )
    elif result.answers:
        if saved.unshared is not None:
            _not_shared(saved.unshared, "")
        earlier = "" if saved.first_score is None else f" ({saved.first_score} pts)"
        out.print(
            literal(
                f"Practice round: you played the {result.set_id} daily of {day} already"
                f"{earlier}; this one is not ranked (one scored attempt a day)."
            )
        )
    blocks = not plain and _can_show("■□▣")
    sys.stdout.write(share_line(result, day, blocks=blocks) + "\n")
    sys.stdout.flush()


def _not_shared(problem: str, counts: str) -> None:
    """The line saying the attempt waits on this machine for ``quizcli sync``."""
    from quizcli.ui.text import console, literal

    console(stderr=True).print(
        literal(
            f"Not shared yet: {problem.rstrip('.')}. This attempt is kept on this "
            f"machine{counts}; `quizcli sync` sends it."
        ),
        soft_wrap=True,
    )


def _can_show(text: str) -> bool:
    """Whether standard output's encoding can hold ``text``."""
    try:
        text.encode(sys.stdout.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True
