"""``quizcli play``: a scored round, interactive with arrow keys or plain line by line."""

import gc
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from quizcli.commands.exits import EXIT_INTERRUPTED
from quizcli.commands.options import (
    BankOption,
    PlainOption,
    complete_players,
    complete_sets,
    complete_tags,
)
from quizcli.kinds import Difficulty, Kind

if TYPE_CHECKING:
    from quizcli.bank.catalog import Catalog
    from quizcli.ui.plain import PlainView


def _a_number(value: float | None) -> float | None:
    """Refuse NaN, which slips through a range check (every comparison with it is false)."""
    if value is not None and value != value:
        raise typer.BadParameter("must be a number of seconds, not nan")
    return value


def play(
    set_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[SET]",
            help="The set to play (see `quizcli list`); left out: the --bank file's set, else "
            "asked for when several are loaded.",
            autocompletion=complete_sets,
        ),
    ] = None,
    count: Annotated[
        int, typer.Option("--count", "-n", min=1, help="How many questions (all, when fewer).")
    ] = 10,
    seed: Annotated[
        int | None,
        typer.Option(help="Same seed, same questions in the same order with the same shuffles."),
    ] = None,
    tag: Annotated[
        list[str] | None,
        typer.Option(
            "--tag",
            "-t",
            help="Only questions with this tag (repeatable).",
            autocompletion=complete_tags,
        ),
    ] = None,
    kind: Annotated[
        list[Kind] | None, typer.Option("--kind", "-k", help="Only this kind (repeatable).")
    ] = None,
    difficulty: Annotated[
        list[Difficulty] | None,
        typer.Option("--difficulty", "-d", help="Only this difficulty (repeatable)."),
    ] = None,
    time_limit: Annotated[
        float | None,
        typer.Option(
            "--time-limit",
            min=1,
            max=3600,
            callback=_a_number,
            help="Seconds per question; a faster answer keeps more points.",
            metavar="SECONDS",
        ),
    ] = None,
    player: Annotated[
        str | None,
        typer.Option(
            envvar="QUIZCLI_PLAYER",
            help="Your name on the leaderboard (default: $QUIZCLI_PLAYER, else your login).",
            autocompletion=complete_players,
        ),
    ] = None,
    no_hints: Annotated[bool, typer.Option("--no-hints", help="Play without hints.")] = False,
    plain: PlainOption = False,
    players: Annotated[
        str | None,
        typer.Option(
            "--players",
            help="Hot-seat: two or more names, comma-separated, taking turns on this terminal.",
            metavar="NAMES",
        ),
    ] = None,
    banks: BankOption = None,
) -> None:
    """Play a round: every kind of question, scored, with a summary at the end.

    In a terminal, answer with the arrow keys and Enter; with --plain or piped input, type
    one answer per line. Ctrl-C ends the round with its summary. With --players, each
    question goes to every player in turn, with standings after each and a podium at the end.
    Example: quizcli play paris2024 --count 5 --tag 1500m
    Example: quizcli play paris2024 --players alice,bob,carol
    """
    from quizcli.commands.options import open_catalog
    from quizcli.commands.rounds import is_interactive
    from quizcli.errors import BankError
    from quizcli.game import Round, RoundOptions
    from quizcli.players import player_name

    interactive = is_interactive(plain)
    names = None
    if players is not None:
        from quizcli.commands.hotseat import parse_players

        names = parse_players(players)
    catalog = open_catalog(banks)
    if catalog.named_failed:
        raise BankError(catalog.named_problems())
    chosen = set_id or _choose_set(catalog, interactive)
    bank = catalog.get(chosen)
    options = RoundOptions(
        count=count,
        seed=seed,
        tags=tuple(tag or ()),
        kinds=tuple(kind or ()),
        difficulties=tuple(difficulty or ()),
        time_limit=time_limit,
        hints=not no_hints,
        player=player_name(player),
    )
    game = Round.start(bank, options)
    from quizcli.commands.rounds import say_if_short

    say_if_short(game)
    if names is not None:
        from quizcli.commands.hotseat import play_hotseat

        code = play_hotseat(game, names, interactive=interactive)
        if code is not None:
            raise typer.Exit(code)
        return

    from quizcli.commands.saving import report_saved, save_round
    from quizcli.commands.signals import RoundSignals
    from quizcli.ui.text import console

    # A round can last minutes: collect cycles again, but leave everything created so far
    # (the imports) out of every collection.
    gc.freeze()
    gc.enable()

    from quizcli import __version__
    from quizcli.journal.round import RoundJournal

    journal = RoundJournal.for_round("play", game, __version__)
    game.on_answer = journal.answered
    signals = RoundSignals(interactive=interactive)
    with signals.installed():
        if interactive:
            from quizcli.ui.prompts import InteractiveAsker
            from quizcli.ui.round import RichView

            out = console()
            rich_view = RichView(out, game.qset)
            view: RichView | PlainView = rich_view
            asker = InteractiveAsker(
                out,
                interrupted=lambda: signals.pending,
                redraw_question=rich_view.show_question_again,
            )
            result = game.play(signals.guarded(asker), view)
        else:
            from quizcli.ui import plain as plain_ui

            view = plain_ui.PlainView(sys.stdout, game.qset)
            result = game.play(signals.guarded(plain_ui.PlainAsker(sys.stdin, sys.stdout)), view)
        # Signals are held from here on (no question is open): the save cannot be cut short.
        saved = save_round(result, journal)
        if saved.interrupted is not None:
            signals.received = signals.received or saved.interrupted
        try:
            view.show_summary(result)
            report_saved(saved, result, console(stderr=True), console())
        except OSError:
            pass  # the terminal or the pipe is gone; the round is stored (or rescued)
        from quizcli.ui.terminal import hung_up

        if hung_up(sys.stdin, sys.stdout):
            # The window was closed and no SIGHUP came (yet): reads ended or writes failed.
            signals.hung_up()

    from quizcli.commands.rounds import exit_after

    exit_after(result, saved, signals.exit_code, kept="the round was kept")  # lost: JSON shown


def _choose_set(catalog: "Catalog", interactive: bool, command: str = "play") -> str:
    """The only set offered (that of the ``--bank`` file, if one was given), or the player's
    pick among several (a clear error in plain mode, naming ``quizcli COMMAND SET``)."""
    from quizcli.errors import QuizError

    ids = catalog.offered()
    if len(ids) == 1:
        return ids[0]
    if not ids:
        raise QuizError("no question sets found; add a bank with --bank PATH")
    if not interactive:
        raise QuizError(
            f"several sets are loaded; name one: quizcli {command} SET (sets: {', '.join(ids)})"
        )
    from quizcli.ui.picker import pick_set

    try:
        return pick_set([(info.id, info.title) for info in catalog.infos() if info.id in ids])
    except KeyboardInterrupt:
        raise typer.Exit(EXIT_INTERRUPTED) from None
