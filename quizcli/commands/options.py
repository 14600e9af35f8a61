"""Options shared by several commands, and the catalog they open."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from typer.core import TyperCommand

if TYPE_CHECKING:
    from typer._click import Context as ClickContext

    from quizcli.bank.catalog import Catalog

BankOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--bank",
        "-b",
        help="A bank file or folder to load as well (repeatable). "
        "QUIZCLI_PATH adds more, separated like PATH.",
        metavar="PATH",
        readable=False,  # an unreadable bank gets the loader's one-line message, not click's
    ),
]


def complete_sets(ctx: typer.Context, incomplete: str) -> list[str]:
    """Set ids for shell completion (imported only when the shell asks)."""
    from quizcli.commands import completion

    return completion.set_ids(ctx, incomplete, open_catalog)


def complete_players(incomplete: str) -> list[str]:
    """Player names for shell completion."""
    from quizcli.commands import completion

    return completion.players(incomplete)


def complete_tags(ctx: typer.Context, incomplete: str) -> list[str]:
    """Tags for shell completion."""
    from quizcli.commands import completion

    return completion.tags(ctx, incomplete, open_catalog)


JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON alone on stdout instead of a table.")
]

PlainOption = Annotated[
    bool,
    typer.Option(
        "--plain",
        help="One typed line per answer, plain text out (automatic when stdin is not a terminal).",
    ),
]


def open_catalog(banks: list[Path] | None) -> "Catalog":
    """Load the built-in banks, the user's folder, QUIZCLI_PATH and ``--bank`` paths,
    through the bank cache, showing progress on a slow first load."""
    from quizcli import paths
    from quizcli.bank.catalog import bank_files, load_catalog
    from quizcli.ui.progress import first_load

    files = bank_files(
        banks or (),
        env_paths=paths.extra_bank_paths(),
        user_dir=paths.user_banks_dir(),
    )
    return load_catalog(files, paths.bank_cache_dir(), first_load)


class PlainUsage(TyperCommand):
    """A command whose usage line shows a required argument as written (``PATH...``).

    Typer wraps a required argument's metavar in braces (``{PATH...}``), a notation no
    other tool uses; an optional one keeps its ``[SET]`` brackets.
    """

    def collect_usage_pieces(self, ctx: "ClickContext") -> list[str]:
        """The usage line's pieces, braces removed."""
        pieces: list[str] = super().collect_usage_pieces(ctx)
        return [
            piece[1:-1] if piece.startswith("{") and piece.endswith("}") else piece
            for piece in pieces
        ]
