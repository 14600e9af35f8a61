"""``quizcli list`` and ``quizcli validate``: what banks there are, and what is wrong."""

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from quizcli.commands.options import BankOption, JsonOption, open_catalog

if TYPE_CHECKING:
    from quizcli.bank.entry import Bank
    from quizcli.spoilers import Spoiler


def list_sets(banks: BankOption = None, as_json: JsonOption = False) -> None:
    """List every question set found, with its size, kinds and difficulty mix.

    Sets come from the built-in banks, your folder ($QUIZCLI_HOME/questions),
    QUIZCLI_PATH and --bank. Banks that cannot be used are reported on stderr.
    Example: quizcli list --bank ~/my-banks
    """
    from quizcli.errors import BankError, Problem
    from quizcli.ui.banks import dumps, set_json, sets_table
    from quizcli.ui.text import console, literal

    catalog = open_catalog(banks)
    err = console(stderr=True)
    by_bank: dict[str, list[Problem]] = defaultdict(list)
    for bank, problem in catalog.problems:
        by_bank[str(bank.path)].append(problem)
    for problems in by_bank.values():  # one line a bank: its first problem, and a count
        err.print(literal(f"warning: {BankError(problems)}"), soft_wrap=True)

    infos = catalog.infos()
    due = _due_now() if infos else None
    if as_json:
        rows = [set_json(info) for info in infos]
        if due is not None:
            for row in rows:
                row["due"] = due.get(row["id"], 0)
        typer.echo(dumps(rows))
    elif infos:
        out = console()
        out.print(sets_table(infos, out.width, due))
    if not infos and not as_json:
        err.print("No question sets found. Add a bank with --bank PATH.")
    if catalog.named_failed or not infos:
        raise typer.Exit(1)


def _due_now() -> dict[str, int] | None:
    """The default player's review cards due now, per set, from the local file; None when
    there is none, it cannot be read (``list`` is about banks, and says nothing of the store
    then), or a shared server is configured (``list`` never waits for a network)."""
    import time

    from quizcli import paths
    from quizcli.errors import QuizError
    from quizcli.players import player_name

    try:
        path = paths.database_path()
        if not path.exists():
            return None  # no store: nothing of it is even imported (list starts fast)
        from quizcli.store import engine, peek

        if engine.database_url() is not None:
            return None
        player, now = player_name(None), time.time()
        # The common case without the store's classes (list starts fast); the rest through
        # the store, which reads older files and knows what to say about the others.
        due = peek.due_now(path, player, now)
        if due is not None:
            return due
        store = engine.for_reading()
        if store is None:
            return None
        try:
            return store.due_now(player, now)
        finally:
            store.close()
    except QuizError:
        return None


def validate(
    paths: Annotated[
        list[Path],
        # readable=False: click's own check would answer an unreadable bank with a usage
        # error instead of the loader's one-line FILE:LINE message (and its JSON report).
        typer.Argument(help="Bank files or folders to check.", readable=False, metavar="PATH..."),
    ],
    as_json: JsonOption = False,
    spoilers: Annotated[
        bool,
        typer.Option(
            "--spoilers",
            help="Also list every question whose shown text gives another's answer away.",
        ),
    ] = False,
) -> None:
    """Check banks and print every problem, one per line as FILE:LINE: where: what.

    With --spoilers, also list each pair where one question's prompt, quote, hint,
    options, explanation, answer or source (or the set title) holds another question's
    answer; pairs inside one group are marked, as a round never asks both. Exits 0 when
    every bank is valid (and, with --spoilers, no pair crosses groups), 1 otherwise.
    Example: quizcli validate my-bank.toml --spoilers
    """
    from quizcli import paths as data_paths
    from quizcli.bank.catalog import bank_files, load_catalog
    from quizcli.errors import Problem
    from quizcli.ui.banks import dumps, print_bank_report, problem_json
    from quizcli.ui.progress import first_load
    from quizcli.ui.text import console, counted

    out = console()
    files = list(bank_files(paths, builtin=False))
    # The same loading as `list` and `play`, so a set id used twice is caught here too.
    catalog = load_catalog(files, data_paths.bank_cache_dir(), first_load)
    loaded = {file.path: bank for bank, file in catalog.sets.values()}
    problems_of: dict[Path, list[Problem]] = {}
    for file, problem in catalog.problems:
        problems_of.setdefault(file.path, []).append(problem)
    report = []
    spoiled = False
    for file in files:
        problems = tuple(problems_of.get(file.path, ()))
        bank = loaded.get(file.path)
        set_id, count = (bank.id, bank.count) if bank else (None, 0)
        summary = f"set {set_id}, {counted(count, 'question')}" if bank else ""
        report.append(
            {
                "file": str(file.path),
                "valid": not problems,
                "set": set_id,
                "questions": count,
                "problems": [problem_json(p) for p in problems],
            }
        )
        if not as_json:
            print_bank_report(out, str(file.path), problems, summary)
        if spoilers and bank is not None:
            from quizcli.ui.banks import print_spoilers, spoiler_json

            found = bank_spoilers(bank)
            spoiled = spoiled or any(not s.same_group for s in found)
            report[-1]["spoilers"] = [spoiler_json(s) for s in found]
            if not as_json:
                print_spoilers(out, str(file.path), found)
    if as_json:
        typer.echo(dumps(report))
    if not report:
        console(stderr=True).print("No bank files found in the paths given.")
    if catalog.problems or not report or spoiled:
        raise typer.Exit(1)


def bank_spoilers(bank: "Bank") -> "list[Spoiler]":
    """The spoiler pairs of a loaded bank (every question read and built)."""
    from quizcli.spoilers import find_spoilers, source_line

    questions = bank.questions(range(bank.count))
    qset = bank.question_set(questions)
    lines = {source.id: source_line(source) for source in qset.sources}
    return find_spoilers(questions, lines, qset.title)


def cache_path() -> None:
    """Print the folder of the bank cache.

    Example: quizcli cache path
    """
    from quizcli import paths

    typer.echo(str(paths.bank_cache_dir()))


def cache_clear() -> None:
    """Delete every cached bank; each is rebuilt from its TOML file on next use.

    Example: quizcli cache clear
    """
    from quizcli import paths
    from quizcli.bank.cache import clear
    from quizcli.ui.text import counted

    removed = clear(paths.bank_cache_dir())
    typer.echo(f"Removed {counted(removed, 'cached bank')}.")
