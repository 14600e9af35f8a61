"""``sync`` and ``rescue``: games kept aside (on this machine, in rescue files) brought home."""

from pathlib import Path
from typing import Annotated

import typer


def sync(
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="[PATH]",
            help="With --from-sqlite: the SQLite file to send (default: this machine's).",
        ),
    ] = None,
    from_sqlite: Annotated[
        bool,
        typer.Option(
            "--from-sqlite",
            help="Send every game of a SQLite file, not only those not shared yet.",
        ),
    ] = False,
) -> None:
    """Send what was kept on this machine while the shared database was out of reach:
    games, daily attempts and review card ratings.

    Each goes once, however often sync runs and from however many machines.
    Example: quizcli sync --from-sqlite ~/old/quizcli.db
    """
    from quizcli.errors import QuizError
    from quizcli.review import schedule
    from quizcli.store import engine
    from quizcli.store.base import mask_url
    from quizcli.store.conninfo import parse
    from quizcli.store.postgres import PostgresStore
    from quizcli.store.sqlite import SQLiteStore
    from quizcli.store.sync import sync as send
    from quizcli.ui.text import console, counted, literal

    if path is not None and not from_sqlite:
        raise QuizError(f"{path}: name a file to send with --from-sqlite PATH")
    url = engine.database_url()
    if url is None:
        raise QuizError(
            f"no shared database is configured: set ${engine.URL_ENV} to a postgresql:// URL "
            f"(or {engine.CONFIG_KEY} in {engine.config_path()})"
        )
    parse(url)  # a URL libpq would misread is refused even when there is nothing to send
    source = path if path is not None else engine.local_path()
    out = console()
    if not source.is_file():
        if path is not None:
            raise QuizError(f"{path}: no such file")
        out.print("No games on this machine; nothing to send.")
        return
    local = SQLiteStore.for_writing(source)  # gives an older file the game ids sync needs
    try:
        server = PostgresStore.for_writing(url)
        try:
            done = send(server, local, every_game=from_sqlite, schedule=schedule)
        finally:
            server.close()
    finally:
        local.close()
    already = f" ({done.present} already there)" if done.present else ""
    more = [
        counted(count, what)
        for count, what in ((done.dailies, "daily attempt"), (done.ratings, "card rating"))
        if count
    ]
    extra = "".join(f", {part}" for part in more)
    out.print(literal(f"Sent {counted(done.sent, 'game')}{already}{extra} to {mask_url(url)}."))


def rescue_list() -> None:
    """The rescue files of rounds that could not be saved, with what each holds.

    Example: quizcli rescue list
    """
    from quizcli import __version__, paths
    from quizcli.errors import QuizError
    from quizcli.rescue import read_rescue, rescue_files, rescue_folders
    from quizcli.ui.text import console, literal

    out = console()
    files = rescue_files(rescue_folders(paths.data_dir()))
    if not files:
        out.print("No rescue files: every round was saved.")
        return
    for file in files:
        try:
            game = read_rescue(file, __version__)
        except QuizError as error:
            out.print(literal(f"{file}  (cannot be imported: {error})"), soft_wrap=True)
            continue
        out.print(
            literal(
                f"{file}  {game.player} on {game.set_id}, {game.score}/{game.max_score}, "
                f"{game.status}, {game.finished_at}"
            ),
            soft_wrap=True,
        )
    out.print("Import one with: quizcli rescue import FILE")


def rescue_import(
    file: Annotated[Path, typer.Argument(help="A quizcli-rescue-*.json file.")],
) -> None:
    """Put a rescued round into the store (once: importing it again adds nothing), then
    remove the file.

    Example: quizcli rescue import ~/.local/share/quizcli/quizcli-rescue-1a2b.json
    """
    from quizcli import __version__
    from quizcli.rescue import read_rescue
    from quizcli.store import engine
    from quizcli.ui.text import console, literal

    game = read_rescue(file, __version__)
    store = engine.for_writing()
    try:
        game_id = store.add(game)
    finally:
        store.close()
    what = f"{game.player}'s round on {game.set_id} ({game.score}/{game.max_score})"
    done = "was stored already" if game_id is None else f"is stored as game {game_id}"
    try:
        file.unlink()
        removed = "; the file was removed"
    except OSError as error:
        removed = f"; the file could not be removed ({error.strerror or error})"
    console().print(literal(f"{what} {done}{removed}."), soft_wrap=True)
