"""``sync`` and ``rescue``: games kept aside (on this machine, in the journal, in old
rescue files) brought home."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from quizcli.store.sync import Synced


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
    from quizcli.store.conninfo import display as mask_url
    from quizcli.store.conninfo import parse
    from quizcli.store.postgres import PostgresStore
    from quizcli.store.sqlite import SQLiteStore
    from quizcli.store.sync import sync as send
    from quizcli.ui.text import console, literal

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
    out.print(literal(sent_line(done, mask_url(url))))


def sent_line(done: "Synced", where: str) -> str:
    """``Sent 1 game, 1 daily attempt, 1 daily practice round, 7 card ratings to URL.``:
    what the server stored, each thing once by what it is (a daily round is not counted
    as a game); what it had already; daily attempts it did not take."""
    from quizcli.ui.text import counted

    already = f" ({done.present} already there)" if done.present else ""
    more = [
        counted(count, what)
        for count, what in (
            (done.dailies, "daily attempt"),
            (done.practice, "daily practice round"),
            (done.ratings, "card rating"),
        )
        if count
    ]
    extra = "".join(f", {part}" for part in more)
    line = f"Sent {counted(done.sent, 'game')}{already}{extra} to {where}."
    if done.refused:
        line += (
            f" Not sent: {counted(done.refused, 'daily attempt')} kept without its answers, "
            "on a day the server has another attempt by the same player."
        )
    return line


def rescue_list() -> None:
    """The rounds not stored yet: those the journal still holds (the store could not take
    them), and old rescue files, with what each holds.

    Example: quizcli rescue list
    """
    import tempfile

    from quizcli import __version__, paths
    from quizcli.errors import QuizError
    from quizcli.journal.entry import from_rescue_file, rescue_files
    from quizcli.journal.replay import waiting
    from quizcli.ui.text import console, literal

    out = console()
    journalled = [(path, entry) for path, entry in waiting() if entry is not None]
    files = rescue_files([paths.data_dir(), Path(tempfile.gettempdir())])
    if not files and not journalled:
        out.print("No rounds waiting: every round was saved.")
        return
    for path, entry in journalled:
        game = entry.game
        out.print(
            literal(
                f"{path}  {game.player} on {game.set_id} ({entry.mode}), "
                f"{game.score}/{game.max_score}, {game.status}, {game.finished_at}"
            ),
            soft_wrap=True,
        )
    for file in files:
        try:
            game = from_rescue_file(file, __version__)
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
    file: Annotated[
        Path, typer.Argument(help="A journal file (*.jsonl) or a quizcli-rescue-*.json file.")
    ],
) -> None:
    """Put a round kept aside into the store (once: importing it again adds nothing), then
    remove the file.

    Example: quizcli rescue import ~/.local/share/quizcli/quizcli-rescue-1a2b.json
    """
    from quizcli import __version__
    from quizcli.store import engine
    from quizcli.ui.text import console, literal

    if file.suffix == ".jsonl":
        _import_journal(file)
        return
    from quizcli.journal.entry import from_rescue_file

    game = from_rescue_file(file, __version__)
    store = engine.for_writing()
    try:
        game_id = store.add(game)
    finally:
        store.close()
    what = f"{game.player}'s round on {game.set_id} ({game.score}/{game.max_score})"
    done = "was stored already" if game_id is None else f"is stored as game {game_id}"
    console().print(literal(f"{what} {done}{_removed(file)}."), soft_wrap=True)


def _import_journal(file: Path) -> None:
    """Store the round of one journal file (as the start-up replay does), then remove it."""
    import os

    from quizcli.errors import QuizError
    from quizcli.journal import log
    from quizcli.journal.entry import from_lines
    from quizcli.journal.replay import store_entry
    from quizcli.ui.text import console, literal

    if not file.is_file():
        raise QuizError(f"{file}: no such file")
    fd = log.claim(file)
    if fd is None:
        raise QuizError(f"{file} is being written by a round still being played")
    try:
        entry = from_lines(log.read_lines(fd), str(file))
        if entry is not None:
            store_entry(entry)
        what = "holds no answer" if entry is None else f"({entry.describe()}) is stored"
        console().print(literal(f"{file} {what}{_removed(file)}."), soft_wrap=True)
    finally:
        os.close(fd)


def _removed(file: Path) -> str:
    """Remove an imported file: how that went, as the end of a sentence."""
    try:
        file.unlink()
    except OSError as error:
        return f"; the file could not be removed ({error.strerror or error})"
    return "; the file was removed"
