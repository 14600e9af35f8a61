"""``quizcli list`` and ``quizcli validate``: what banks there are, and what is wrong."""

from collections import defaultdict
from pathlib import Path
from typing import Annotated

import typer

from quizcli.commands.options import BankOption, JsonOption, open_catalog


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
    if as_json:
        typer.echo(dumps([set_json(info) for info in infos]))
    elif infos:
        out = console()
        out.print(sets_table(infos, out.width))
    if not infos and not as_json:
        err.print("No question sets found. Add a bank with --bank PATH.")
    if catalog.named_failed or not infos:
        raise typer.Exit(1)


def validate(
    paths: Annotated[
        list[Path],
        # readable=False: click's own check would answer an unreadable bank with a usage
        # error instead of the loader's one-line FILE:LINE message (and its JSON report).
        typer.Argument(help="Bank files or folders to check.", readable=False, metavar="PATH..."),
    ],
    as_json: JsonOption = False,
) -> None:
    """Check banks and print every problem, one per line as FILE:LINE: where: what.

    Exits 0 when every bank is valid, 1 otherwise. Example: quizcli validate my-bank.toml
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
    if as_json:
        typer.echo(dumps(report))
    if not report:
        console(stderr=True).print("No bank files found in the paths given.")
    if catalog.problems or not report:
        raise typer.Exit(1)


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
