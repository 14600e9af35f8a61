"""``quizcli review``: the cards that are due, asked as in ``play``; ``--schedule`` shows
what falls due on each of the next 14 days."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from quizcli.commands.options import BankOption, PlainOption

if TYPE_CHECKING:
    from quizcli.commands.saving import Saved
    from quizcli.draw import QuestionSource
    from quizcli.journal.round import RoundJournal
    from quizcli.model import GameResult, Question, QuestionSet
    from quizcli.store import GameStore
    from quizcli.ui.plain import PlainView
    from quizcli.ui.round import RichView

SCHEDULE_DAYS = 14
T = TypeVar("T")


def review(
    set_id: Annotated[
        str | None,
        typer.Argument(
            metavar="[SET]",
            help="The set to review (left out: the --bank file's set, else asked for when several "
            "are loaded; with --schedule, every set).",
        ),
    ] = None,
    limit: Annotated[
        int, typer.Option("--limit", "-n", min=1, max=1000, help="At most this many questions.")
    ] = 20,
    new: Annotated[
        int,
        typer.Option("--new", min=0, max=1000, help="Mix in up to N questions never seen."),
    ] = 0,
    player: Annotated[
        str | None,
        typer.Option(
            envvar="QUIZCLI_PLAYER",
            help="Whose cards (default: $QUIZCLI_PLAYER, else your login).",
        ),
    ] = None,
    schedule: Annotated[
        bool,
        typer.Option("--schedule", help="How many cards fall due on each of the next 14 days."),
    ] = False,
    plain: PlainOption = False,
    banks: BankOption = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="With --schedule: print JSON alone on stdout, not bars."),
    ] = False,
) -> None:
    """Review the questions you are about to forget: the cards due now, most overdue first,
    then when each comes back. Every answer in any round (play, daily, review) schedules
    its card (FSRS). Review rounds are never on the leaderboard.

    Example: quizcli review paris2024 --limit 10 --new 3
    """
    from quizcli.players import player_name

    name = player_name(player)
    if schedule:
        _schedule(name, set_id, as_json=as_json)
        return
    if as_json:
        from quizcli.errors import QuizError

        raise QuizError("--json goes with --schedule: a review round is played, not printed")

    import random

    from quizcli.commands.options import open_catalog
    from quizcli.commands.play import _choose_set
    from quizcli.commands.rounds import is_interactive, run_round
    from quizcli.errors import BankError
    from quizcli.game import Round, RoundOptions
    from quizcli.review import fingerprint, plan
    from quizcli.store import engine
    from quizcli.ui.review import nothing_due_line
    from quizcli.ui.text import console, counted, literal

    interactive = is_interactive(plain)
    catalog = open_catalog(banks)
    if catalog.named_failed:
        raise BankError(catalog.named_problems())
    chosen = set_id or _choose_set(catalog, interactive, "review")
    qset = _whole_set(catalog.get(chosen))
    now = time.time()
    reader = engine.for_reading()
    cards = [] if reader is None else _closing(reader, lambda s: s.cards(name, chosen))
    seed = random.SystemRandom().randrange(2**31)
    picked = plan(qset, cards, now, limit=limit, new=new, seed=seed)
    if picked.changed:
        by_id = {q.id: q for q in qset.questions}
        old = {card.question_id: card.fingerprint for card in cards}
        changed = {i: (old[i], fingerprint(by_id[i])) for i in picked.changed}
        _closing(engine.for_writing(), lambda s: s.restart_cards(name, chosen, changed, now))
        console().print(
            literal(
                f"{counted(len(changed), 'question')} changed in the bank since you last saw "
                f"{'it' if len(changed) == 1 else 'them'}: "
                f"{'its card starts' if len(changed) == 1 else 'their cards start'} over."
            )
        )
    if not picked.questions:
        console().print(literal(nothing_due_line(name, chosen, picked.next_due, now, bool(cards))))
        return
    questions = picked.questions
    options = RoundOptions(count=len(questions), seed=seed, player=name)
    game = Round(
        qset=_subset(qset, questions), questions=questions, options=options, rng=random.Random(seed)
    )
    from quizcli import __version__
    from quizcli.journal.round import RoundJournal

    journal = RoundJournal.for_round("review", game, __version__)
    game.on_answer = journal.answered

    def save(result: GameResult) -> Saved:
        return _save_review(result, journal)

    run_round(game, interactive, save, _report_review)


def _save_review(result: GameResult, journal: RoundJournal) -> Saved:
    """Apply the answers to the cards and log them, from the journal; when the shared
    server fails, they are kept on this machine, unshared (``quizcli sync`` sends them);
    when no store can take them now (or a signal cuts the save short), the journal keeps
    them."""
    from quizcli import __version__
    from quizcli.commands.saving import Saved, through_journal
    from quizcli.journal.entry import from_result
    from quizcli.journal.replay import store_review

    if not result.answers:
        return Saved()
    entry = from_result("review", result, __version__)
    kept = journal.kept and journal.answers == len(result.answers)
    journal.ended(result)

    def store() -> Saved:
        reviewed, unshared = store_review(entry)
        return Saved(problem=unshared, kept_locally=unshared is not None, reviewed=tuple(reviewed))

    return through_journal(journal, kept, store)


def _report_review(view: RichView | PlainView, result: GameResult, saved: Saved) -> None:
    """What was reviewed and when each card comes back (or why nothing is stored yet)."""
    from quizcli.ui import review as review_ui
    from quizcli.ui.plain import PlainView
    from quizcli.ui.text import console, literal

    if saved.problem is not None and not saved.kept_locally:
        if saved.in_journal:
            line = (
                f"Not stored yet: {saved.problem.rstrip('.')}. Your answers are kept in the "
                "journal; the next quizcli command stores them."
            )
        else:
            line = f"Error: {saved.not_saved('Your answers')}"
        console(stderr=True).print(literal(line), soft_wrap=True)
        return
    if saved.kept_locally:
        console(stderr=True).print(
            literal(
                f"Not shared yet: {(saved.problem or '').rstrip('.')}. Your answers are kept "
                "on this machine; `quizcli sync` sends them."
            ),
            soft_wrap=True,
        )
    now = time.time()
    if isinstance(view, PlainView):
        for line in review_ui.reviewed_lines(result, saved.reviewed, now):
            sys.stdout.write(line + "\n")
        sys.stdout.flush()
    else:
        console().print(review_ui.reviewed_table(result, saved.reviewed, now))


def _schedule(player: str, set_id: str | None, *, as_json: bool) -> None:
    """Bars (or JSON) of the cards falling due on each of the next 14 days; an unknown set
    is an error naming the known ones."""
    from quizcli.review import due_counts
    from quizcli.store import engine
    from quizcli.ui.review import schedule_json, schedule_view
    from quizcli.ui.text import console

    now = time.time()
    horizon = now + (SCHEDULE_DAYS + 1) * 86_400
    reader = engine.for_reading()
    dues: list[float] = []
    cards = False
    if reader is not None:
        dues, cards = _closing(
            reader,
            lambda s: (
                s.dues(player, horizon, set_id),
                set_id is not None and bool(s.cards(player, set_id)),
            ),
        )
    if set_id is not None and not dues and not cards:
        from quizcli.commands.scores import check_known_set

        check_known_set(set_id)
    counts = due_counts(dues, now, SCHEDULE_DAYS)
    if as_json:
        typer.echo(schedule_json(counts, now))
    else:
        console().print(schedule_view(counts, now, player, set_id))


def _closing(store: GameStore, work: Callable[[GameStore], T]) -> T:
    """``work`` done on ``store``, which is closed after."""
    try:
        return work(store)
    finally:
        store.close()


def _whole_set(bank: QuestionSource) -> QuestionSet:
    """Every question of a bank, as one QuestionSet (a review chooses among them all)."""
    return bank.question_set(bank.questions(bank.eligible((), (), ())))


def _subset(qset: QuestionSet, questions: Sequence[Question]) -> QuestionSet:
    """``qset`` holding only ``questions``, as a round's set does."""
    from dataclasses import replace

    return replace(qset, questions=tuple(questions))
