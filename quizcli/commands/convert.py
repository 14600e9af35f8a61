"""``quizcli import`` and ``quizcli export``: banks from and to other quiz formats."""

from pathlib import Path
from typing import Annotated

import typer

from quizcli.commands.options import BankOption

IMPORT_NAMES = ("gift", "moodle-xml", "aiken", "opentdb", "csv", "tsv", "anki", "kahoot")
EXPORT_NAMES = ("gift", "moodle-xml", "aiken", "opentdb", "csv", "tsv")


def import_bank(
    file: Annotated[
        Path,
        typer.Argument(
            help="The file to convert.", metavar="FILE", readable=False, show_default=False
        ),
    ],
    from_format: Annotated[
        str | None,
        typer.Option(
            "--from",
            help=f"The file's format ({', '.join(IMPORT_NAMES)}); "
            "detected from the extension and content when absent.",
            callback=lambda v: _check(v, IMPORT_NAMES),
            metavar="FORMAT",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to write the bank (default: $QUIZCLI_HOME/questions/SET-ID.toml).",
            metavar="OUT.toml",
        ),
    ] = None,
    set_id: Annotated[
        str | None,
        typer.Option(
            "--set-id",
            help="The new set's id (default: from the file name).",
            metavar="ID",
            callback=lambda v: _check_slug(v),
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option("--title", help="The new set's title (default: file name).", metavar="TITLE"),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the output file if it exists.")
    ] = False,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Fail (and write nothing) when any question is skipped."),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object on stdout instead of the summary.")
    ] = False,
) -> None:
    """Convert a GIFT, Moodle XML, Aiken, Open Trivia DB, CSV/TSV, Anki or Kahoot file
    into a quizcli bank.

    Questions that cannot be played are skipped, each named on one line as
    FILE:LINE: question TITLE: skipped: REASON. Exits 0 when at least one question was
    imported. Example: quizcli import quiz.gift --set-id my-quiz
    """
    from quizcli import paths
    from quizcli.bank.formats.common import slug
    from quizcli.bank.formats.output import (
        bank_text,
        refuse_existing,
        refuse_too_big,
        write_atomic,
    )
    from quizcli.bank.formats.registry import import_file
    from quizcli.ui.convert import import_json, print_import
    from quizcli.ui.text import console

    chosen_id = set_id or slug(file.stem) or "imported"
    target = output if output is not None else paths.user_banks_dir() / f"{chosen_id}.toml"
    refuse_existing(target, force)
    imported = import_file(file, from_format, chosen_id, title)
    _refuse_taken_id(target, imported.bank.set["id"])
    failed = not imported.bank.questions or (strict and bool(imported.skipped))
    if not failed:
        text = bank_text(imported)
        refuse_too_big(str(file), text)
        write_atomic(target, text)
    written = None if failed else target
    if as_json:
        typer.echo(import_json(imported, written))
    else:
        print_import(console(), console(stderr=True), str(file), imported, written, strict)
    if failed:
        raise typer.Exit(1)


def export_bank(
    set_id: Annotated[str, typer.Argument(metavar="SET", help="The set to export.")],
    to: Annotated[
        str,
        typer.Option(
            "--to",
            help=f"The format to write ({', '.join(EXPORT_NAMES)}).",
            callback=lambda v: _check(v, EXPORT_NAMES),
            metavar="FORMAT",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="The file to write (default: stdout).", metavar="FILE"),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the output file if it exists.")
    ] = False,
    banks: BankOption = None,
) -> None:
    """Write a set in another format, for Moodle, a spreadsheet or Open Trivia DB tools.

    What the format cannot hold is named on stderr: questions of a kind it has no place
    for are left out, fields it has no place for are dropped.

    Example: quizcli export paris2024 --to gift -o paris2024.gift
    """
    from quizcli.bank.formats.output import refuse_existing, write_atomic
    from quizcli.bank.formats.registry import export
    from quizcli.commands.options import open_catalog
    from quizcli.errors import BankError, QuizError
    from quizcli.ui.convert import print_export
    from quizcli.ui.text import console

    if output is not None:
        refuse_existing(output, force)
    catalog = open_catalog(banks)
    if catalog.named_failed:
        raise BankError(catalog.named_problems())
    bank = catalog.get(set_id)
    qset = bank.question_set(bank.questions(range(bank.count)))
    exported = export(qset, to)
    written = bank.count - len(exported.skipped)
    if written == 0:
        raise QuizError(f"no question of set {set_id!r} can be written as {to}")
    if output is not None:
        write_atomic(output, exported.text)
    else:
        typer.echo(exported.text, nl=not exported.text.endswith("\n"))
    print_export(console(stderr=True), exported, written, to, output)


def _refuse_taken_id(target: Path, set_id: str) -> None:
    """QuizError when ``target`` is where ``list`` and ``play`` look for banks and another
    bank there (or the built-in one) already has the set id: list would refuse one of them."""
    from quizcli import paths
    from quizcli.commands.options import open_catalog
    from quizcli.errors import QuizError

    where = target.resolve().parent
    read = [paths.user_banks_dir(), *paths.extra_bank_paths()]
    if not any(where == folder.resolve() or folder.resolve() in where.parents for folder in read):
        return
    catalog = open_catalog(None)
    found = catalog.sets.get(set_id)
    if found is not None and found[1].path.resolve() != target.resolve():
        raise QuizError(
            f"set id {set_id!r} is already used by {found[1].path}; "
            "choose another with --set-id (nothing written)"
        )


def _check(value: str | None, names: tuple[str, ...]) -> str | None:
    if value is not None and value not in names:
        raise typer.BadParameter(f"{value!r} is not one of: {', '.join(names)}")
    return value


def _check_slug(value: str | None) -> str | None:
    import re

    if value is not None and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
        raise typer.BadParameter(
            f"{value!r} must be a slug: lowercase letters, digits and single hyphens"
        )
    return value
