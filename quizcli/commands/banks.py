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
        console().print(sets_table(infos))
    if not infos and not as_json:
        err.print("No question sets found. Add a bank with --bank PATH.")
    if catalog.named_failed or not infos:
        raise typer.Exit(1)


def validate(
    paths: Annotated[list[Path], typer.Argument(help="Bank files or folders to check.")],
    as_json: JsonOption = False,
) -> None:
    """Check banks and print every problem, one per line as FILE:LINE: where: what.

    Exits 0 when every bank is valid, 1 otherwise. Example: quizcli validate my-bank.toml
    """
    from quizcli import paths as data_paths
    from quizcli.bank.catalog import bank_files
    from quizcli.bank.entry import open_bank
    from quizcli.errors import BankError, Problem
    from quizcli.ui.banks import dumps, print_bank_report, problem_json
    from quizcli.ui.progress import first_load
    from quizcli.ui.text import console

    out = console()
    report = []
    failed = False
    for bank in bank_files(paths, builtin=False):
        problems: tuple[Problem, ...] = ()
        summary = ""
        set_id = None
        count = 0
        try:
            opened = open_bank(bank.path, data_paths.bank_cache_dir(), first_load)
            set_id, count = opened.id, opened.count
            summary = f"set {set_id}, {count} question{'' if count == 1 else 's'}"
        except BankError as error:
            problems = error.problems
            failed = True
        report.append(
            {
                "file": str(bank.path),
                "valid": not problems,
                "set": set_id,
                "questions": count,
                "problems": [problem_json(p) for p in problems],
            }
        )
        if not as_json:
            print_bank_report(out, str(bank.path), problems, summary)
    if as_json:
        typer.echo(dumps(report))
    if not report:
        console(stderr=True).print("No bank files found in the paths given.")
        failed = True
    if failed:
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

    removed = clear(paths.bank_cache_dir())
    typer.echo(f"Removed {removed} cached bank{'' if removed == 1 else 's'}.")
