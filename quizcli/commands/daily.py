"""``quizcli daily``: the day's challenge, the same five questions for every player of a set."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING, Annotated

import typer

from quizcli.commands.options import BankOption

if TYPE_CHECKING:
    from quizcli.commands.saving import Saved
    from quizcli.journal.round import RoundJournal
    from quizcli.model import GameResult
    from quizcli.ui.plain import PlainView
    from quizcli.ui.round import RichView


def daily(
    set_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[SET]",
            help="The set whose challenge to play; left out: the --bank file's set, else asked "
            "for when several are loaded.",
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
    chosen = set_id or _choose_set(catalog, interactive, "daily")
    day = utc_day(time.time())
    options = RoundOptions(count=DAILY_COUNT, seed=daily_seed(chosen, day), player=name)
    game = Round.start(catalog.get(chosen), options)
    from quizcli.commands.rounds import say_if_short

    say_if_short(game)
    # Whether this is the day's first attempt is found when it is saved (one insert that
    # keeps the first): reading the store before the round would make daily start slower
    # than play, which opens the store only after the round.

    from quizcli import __version__
    from quizcli.journal.round import RoundJournal

    journal = RoundJournal.for_round("daily", game, __version__, day=day)
    game.on_answer = journal.answered

    def save(result: GameResult) -> Saved:
        return _save(result, day, journal)

    def report(view: RichView | PlainView, result: GameResult, saved: Saved) -> None:
        _report(view, result, saved, day, plain=not interactive)

    run_round(game, interactive, save, report)


def _save(result: GameResult, day: str, journal: RoundJournal) -> Saved:
    """Store the attempt and its ratings from the journal; an attempt after the day's first
    is practice (its ratings are kept, the attempt is not ranked). When the shared server
    fails, both are kept on this machine, unshared (``quizcli sync`` sends them), and the
    attempt still counts as the day's. When no store can take it (the local file locked)
    or a signal cuts the save short, the journal keeps it and it counts as the day's
    attempt all the same, unless an earlier one waits there too.

    An attempt counts from the moment its first question is on screen, answered or not:
    stopped there (Ctrl-C, the end of input), it is the day's scored attempt with nothing
    right. Were it left open, the next attempt would ask the same first question, already
    seen and looked up at leisure: a free preview of a scored question.
    """
    from quizcli import __version__
    from quizcli.commands.saving import Saved, through_journal
    from quizcli.journal.entry import from_result
    from quizcli.journal.replay import DailyStored, earlier_daily, finish, store_daily

    entry = from_result("daily", result, __version__, day)
    # Nothing answered: no journal file, nothing to keep but the attempt itself.
    kept = journal.kept and journal.answers == len(result.answers) > 0
    journal.ended(result)

    def store() -> Saved:
        finish()  # an earlier attempt the journal still holds claims the day first
        stored = store_daily(entry, rank=True, ending=True)
        return Saved(
            problem=stored.unshared, kept_locally=stored.unshared is not None, daily=stored
        )

    def failed() -> Saved:  # not stored: the day's attempt, unless an earlier one waits
        return Saved(daily=DailyStored(scored=not earlier_daily(entry)))

    return through_journal(journal, kept, store, failed)


def _report(
    view: RichView | PlainView, result: GameResult, saved: Saved, day: str, *, plain: bool
) -> None:
    """The round's summary, the day's rank (or practice), then the line to share."""
    from quizcli.daily import share_line
    from quizcli.ui.text import console, counted, literal

    view.show_summary(result)
    out = console()
    stored = saved.daily
    scored = stored is not None and stored.scored
    if saved.lost:
        console(stderr=True).print(
            literal(f"Error: {saved.not_saved('This attempt')}"), soft_wrap=True
        )
    elif saved.in_journal and saved.problem is not None:
        counts = (
            "counts as your attempt of the day"
            if scored
            else "is practice (an earlier attempt of the day waits there too)"
        )
        console(stderr=True).print(
            literal(
                f"Not stored yet: {saved.problem.rstrip('.')}. This attempt is kept in the "
                f"journal and {counts}; the next quizcli command stores it."
            ),
            soft_wrap=True,
        )
    elif saved.kept_locally and scored:
        _not_shared(saved.problem or "", " and counts as your attempt of the day")
    elif scored and stored is not None:
        if not result.answers:
            out.print(
                "Nothing answered, but the attempt counts from its first question on screen "
                "(one scored attempt a day)."
            )
        out.print(
            literal(
                f"Daily {day}: you rank {stored.position} of {counted(stored.players, 'player')}."
            )
        )
    else:
        if saved.kept_locally:
            _not_shared(saved.problem or "", "")
        first = None if stored is None else stored.first_score
        earlier = "" if first is None else f" ({first} pts)"
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
