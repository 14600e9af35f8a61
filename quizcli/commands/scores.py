"""``scores``, ``history``, ``stats`` and ``reset``: what the store knows of past games."""

import re
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from quizcli.commands.options import JsonOption, complete_players, complete_sets

if TYPE_CHECKING:
    from quizcli.store import GameRow, GameStore

PlayerOption = Annotated[
    str | None,
    typer.Option(
        "--player",
        "-p",
        help="Whose games (default: $QUIZCLI_PLAYER, else your login).",
        autocompletion=complete_players,
    ),
]
LocalOption = Annotated[
    bool,
    typer.Option("--local", help="Read the games kept on this machine, not the shared database."),
]
PlainOption = Annotated[
    bool,
    typer.Option(
        "--plain", help="Plain text: no colour, bold or italics (automatic when not a terminal)."
    ),
]
NO_GAMES = "No games yet: play one with `quizcli play`."
MAX_ROWS = 1_000_000  # the most --limit asks for: beyond it SQLite would read a float


T = TypeVar("T")


def _read(query: "Callable[[GameStore], T]", *, local: bool = False, hint: bool = True) -> T | None:
    """``query`` run on the stored games, or None when no game was ever stored.

    The store is the shared database when one is configured (the local file with
    ``local``), and is closed as soon as the query is done, so that SQLite removes the WAL
    files it made to read (see ``SQLiteStore._reader``).
    """
    from quizcli.store import engine

    store = engine.for_reading(local=local, hint=hint)
    if store is None:
        return None
    try:
        return query(store)
    finally:
        store.close()


def check_known_set(set_id: str) -> None:
    """Nothing when ``set_id`` is a set of the catalog or of a stored game; else
    UnknownSetError naming the sets there are."""
    from quizcli.commands.options import open_catalog
    from quizcli.errors import UnknownSetError

    stored = _read(lambda store: store.set_ids()) or []
    if set_id in stored:
        return
    known = sorted(set(open_catalog(None).sets) | set(stored))
    if set_id not in known:
        listed = ", ".join(known) or "none"
        raise UnknownSetError(
            f"no set {set_id!r} in the banks or the stored games (known: {listed})"
        )


# YYYY-MM-DD, then optionally a time: Python also reads 20261204 and 2026-W49-5, which the
# messages do not offer, and which a typo can turn into another real day.
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]|\Z)", re.ASCII)


def _iso_day(value: str, option: str, example: str) -> str:
    """``value`` as a YYYY-MM-DD day, or a QuizError saying how to write one."""
    from datetime import date

    from quizcli.errors import QuizError

    try:
        if len(value) != 10 or not ISO_DAY.match(value):
            raise ValueError(value)
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QuizError(f"{option} {value!r} is not a date; write it like {example}") from None


END_OF_9999 = 253_402_300_799.999  # 9999-12-31T23:59:59.999Z, as an epoch time


def _since(value: str | None) -> str | None:
    """A date or date-time (taken as UTC) as the store's timestamp format."""
    if value is None:
        return None
    from datetime import UTC, datetime

    from quizcli.errors import QuizError
    from quizcli.store import timestamp

    example = "2026-11-21"
    try:
        if not ISO_DAY.match(value):
            raise ValueError(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise QuizError(f"--since {value!r} is not a date; write it like {example}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    # A time zone can push the last day of 9999 into year 10000, whose five-digit stamp
    # would sort before every stored game; nothing can be later than the end of 9999.
    return timestamp(min(moment.timestamp(), END_OF_9999))


def scores(
    set_id: Annotated[
        str | None,
        typer.Argument(metavar="[SET]", help="Only this set.", autocompletion=complete_sets),
    ] = None,
    every_game: Annotated[
        bool, typer.Option("--all", help="Every finished game, not only each player's best.")
    ] = False,
    player: Annotated[
        str | None,
        typer.Option("--player", "-p", help="Only this player.", autocompletion=complete_players),
    ] = None,
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", min=1, max=MAX_ROWS, help="How many rows."),
    ] = 10,
    since: Annotated[
        str | None,
        typer.Option(help="Only games finished on or after this date (UTC), e.g. 2026-11-01."),
    ] = None,
    as_json: JsonOption = False,
    local: LocalOption = False,
    plain: PlainOption = False,
    export: Annotated[
        Path | None,
        typer.Option(
            "--export",
            help="Write every game (all sets, players and statuses) to FILE.csv or FILE.json.",
            metavar="FILE",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="With --export: replace FILE if it exists.")
    ] = False,
    daily: Annotated[
        bool, typer.Option("--daily", help="The ranking of a day's daily challenge instead.")
    ] = False,
    date: Annotated[
        str | None,
        typer.Option(help="With --daily: which day (UTC), e.g. 2026-11-27; today by default."),
    ] = None,
) -> None:
    """The leaderboard: the best finished game of each player, ranked by score, then
    accuracy, then time. With --daily, the day's daily-challenge attempts.

    Example: quizcli scores paris2024 --limit 5
    """
    from quizcli.errors import QuizError

    if plain:
        from quizcli.ui.text import plain_styles

        plain_styles()
    from quizcli.players import check_player
    from quizcli.store import GameFilter
    from quizcli.ui.banks import dumps
    from quizcli.ui.scores import leaderboard_table
    from quizcli.ui.text import console

    if export is not None:
        _export(export, local, force=force)
        return
    if date is not None and not daily:
        # Never a silent switch to the other ranking: the leaderboard has no days.
        raise QuizError(
            f"--date picks the day of the daily ranking; add --daily "
            f"(quizcli scores{' ' + set_id if set_id else ''} --daily --date {date})"
        )
    if daily:
        if since is not None:
            raise QuizError(
                "--since picks games finished since a date; a daily ranking is of one day: "
                "name it with --date"
            )
        who = check_player(player) if player is not None else None
        _daily_ranking(set_id, date, limit, as_json=as_json, local=local, player=who)
        return
    where = GameFilter(
        set_id=set_id,
        player=check_player(player) if player is not None else None,
        since=_since(since),
    )
    found = _read(
        lambda store: store.leaderboard(where, every_game=every_game, limit=limit), local=local
    )
    rows = found or []
    if not rows and set_id is not None:
        check_known_set(set_id)
    if as_json:
        typer.echo(dumps([{"rank": n, **row.to_json()} for n, row in enumerate(rows, 1)]))
    elif not rows:
        console().print(NO_GAMES if found is None else "No finished games match.")
    else:
        console().print(leaderboard_table(rows, every_game=every_game))


def _daily_ranking(
    set_id: str | None,
    date: str | None,
    limit: int,
    *,
    as_json: bool,
    local: bool,
    player: str | None = None,
) -> None:
    """``scores --daily``: the day's scored daily attempts, best first."""
    import time

    from quizcli.daily import utc_day
    from quizcli.ui.banks import dumps
    from quizcli.ui.daily import daily_table
    from quizcli.ui.text import console

    day = utc_day(time.time()) if date is None else _iso_day(date, "--date", "2026-11-27")
    rows = _read(lambda store: store.daily_ranking(set_id, day, limit, player), local=local) or []
    if not rows and set_id is not None:
        check_known_set(set_id)
    if as_json:
        typer.echo(dumps([{"rank": n, **row.to_json()} for n, row in enumerate(rows, 1)]))
    elif not rows:
        console().print(f"No daily attempts on {day}: play one with `quizcli daily`.")
    else:
        console().print(daily_table(rows, day))


def _export(target: Path, local: bool, *, force: bool) -> None:
    """Write every stored game to ``target`` (.csv or .json), atomically; an existing
    ``target`` only with ``force``."""
    import json

    from quizcli.errors import QuizError, os_reason
    from quizcli.store import GameFilter
    from quizcli.ui.text import console, counted, literal

    suffix = target.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise QuizError(f"--export {target}: the file must end in .csv or .json")
    rows = _read(lambda store: store.history(GameFilter(), limit=None), local=local) or []
    rows.reverse()  # oldest first
    text = (
        _csv(rows)
        if suffix == ".csv"
        else json.dumps([row.to_json() for row in rows], ensure_ascii=False, indent=2)
    )
    try:
        _replace_file(target, text, force=force)
    except FileExistsError:
        raise QuizError(f"--export {target}: the file exists; add --force to replace it") from None
    except OSError as error:
        raise QuizError(f"cannot write {target}: {os_reason(error)}") from None
    console(stderr=True).print(
        literal(f"Wrote {counted(len(rows), 'game')} to {target}"), soft_wrap=True
    )


def _replace_file(target: Path, text: str, *, force: bool) -> None:
    """Put ``text`` in ``target`` at once: a temporary file beside it, then a rename.

    Without ``force`` an existing ``target`` (even a dangling link) is left alone and
    FileExistsError raised. A symbolic link is never followed: with ``force`` the link
    itself is replaced by the file. An existing file keeps its permissions and a new one
    gets the usual ones (0666 less the umask); a write that fails leaves nothing behind.
    """
    import os
    import stat
    import tempfile

    path = Path(os.path.abspath(target))
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(21, "is a folder")
    if info is not None and not force:
        raise FileExistsError(17, "exists")
    if info is not None and stat.S_ISREG(info.st_mode):
        mode = stat.S_IMODE(info.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.chmod(temporary, mode)
        if force:
            os.replace(temporary, path)
        else:
            _put_new(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def _put_new(temporary: str, path: Path) -> None:
    """Move ``temporary`` to ``path``, which must not exist: a hard link fails if anything
    appeared there meanwhile; where links are not supported, a check and a rename."""
    import os

    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(path):
            raise FileExistsError(17, "exists") from None
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def _csv(rows: "list[GameRow]") -> str:
    import csv
    import io
    import json

    buffer = io.StringIO()
    columns = [
        "id", "set", "set_title", "player", "started_at", "finished_at", "status", "score",
        "max_score", "asked", "answered", "right", "partly_right", "wrong", "skipped",
        "timed_out", "best_streak", "duration", "accuracy", "options", "version",
    ]  # fmt: skip
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        data = row.to_json()
        data["options"] = json.dumps(data["options"], ensure_ascii=False)
        writer.writerow(
            {key: _inert(value) if isinstance(value, str) else value for key, value in data.items()}
        )
    return buffer.getvalue()


def _inert(cell: str) -> str:
    """A text cell a spreadsheet will not run as a formula (a bank title or a player name
    starting with ``=``, ``+``, ``-`` or ``@``): a leading ``'`` makes it plain text."""
    return f"'{cell}" if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def history(
    player: PlayerOption = None,
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", min=1, max=MAX_ROWS, help="How many games."),
    ] = 20,
    as_json: JsonOption = False,
    local: LocalOption = False,
    plain: PlainOption = False,
    live: Annotated[
        bool,
        typer.Option(
            "--live",
            help="The games this name played as a remote player in live rooms hosted here"
            " (kept apart from the name's own games).",
        ),
    ] = False,
) -> None:
    """A player's recent games, newest first, with set, score, accuracy and date.

    Example: quizcli history --player ana
    """
    if plain:
        from quizcli.ui.text import plain_styles

        plain_styles()
    from quizcli.players import player_name
    from quizcli.store import GameFilter
    from quizcli.ui.banks import dumps
    from quizcli.ui.scores import history_table
    from quizcli.ui.text import console, literal

    name = player_name(player)
    where = GameFilter(player=name, remote=live)
    rows = _read(lambda store: store.history(where, limit=limit), local=local) or []
    if as_json:
        typer.echo(dumps([row.to_json() for row in rows]))
    elif not rows:
        console().print(literal(f"No games yet for {name}: play one with `quizcli play`."))
    else:
        console().print(history_table(rows, name))


def stats(
    set_id: Annotated[
        str | None,
        typer.Argument(metavar="[SET]", help="Only this set.", autocompletion=complete_sets),
    ] = None,
    player: PlayerOption = None,
    as_json: JsonOption = False,
    local: LocalOption = False,
    plain: PlainOption = False,
) -> None:
    """A player's statistics: accuracy overall, per tag and per kind, best streak, points per
    question, and the questions most often missed.

    Example: quizcli stats paris2024
    """
    if plain:
        from quizcli.ui.text import plain_styles

        plain_styles()
    from quizcli.players import player_name
    from quizcli.store import GameFilter
    from quizcli.ui.banks import dumps
    from quizcli.ui.scores import stats_view
    from quizcli.ui.text import console, counted, literal

    name = player_name(player)
    now = time.time()
    found = _read(
        lambda store: (
            store.stats(GameFilter(player=name, set_id=set_id)),
            sum(store.due_now(name, now, set_id).values()),
        ),
        local=local,
    )
    summary, due = found if found is not None else (None, 0)
    if (summary is None or summary.games == 0) and set_id is not None:
        check_known_set(set_id)
    if as_json:
        data = summary.to_json() if summary else {}
        typer.echo(dumps({"player": name, "set": set_id, **data, "cards_due": due}))
        return
    if summary is None or summary.games == 0:
        console().print(literal(f"No games yet for {name}: play one with `quizcli play`."))
    else:
        console().print(stats_view(summary, name, set_id))
    if due:
        where = f" {set_id}" if set_id else ""
        console().print(literal(f"{counted(due, 'review card')} due now: `quizcli review{where}`."))


def reset(
    player: Annotated[
        str | None,
        typer.Option(
            "--player", "-p", help="Only this player's data.", autocompletion=complete_players
        ),
    ] = None,
    set_id: Annotated[
        str | None,
        typer.Option("--set", help="Only this set's data.", autocompletion=complete_sets),
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete stored games (all, or one player's, or one set's) after a confirmation,
    with the same player's and set's review cards, review log and daily attempts.

    Example: quizcli reset --player ana --set paris2024
    """
    import sys

    from quizcli.errors import QuizError
    from quizcli.players import check_player
    from quizcli.store import GameFilter, engine, offline
    from quizcli.store.cards import PROGRESS
    from quizcli.ui.text import console, literal

    where = GameFilter(player=check_player(player) if player is not None else None, set_id=set_id)

    def count(store: "GameStore") -> tuple[int, dict[str, int]]:
        return store.count(where), store.progress(where.player, set_id)

    matching, progress = _read(count, hint=False) or (0, {})
    # With a shared server, what this machine keeps unshared for `sync` goes too (else the
    # next sync would bring it back).
    kept = offline.unshared_counts(where.player, set_id)
    matching += kept.get("games", 0)
    progress = {table: progress.get(table, 0) + kept.get(table, 0) for table in PROGRESS}
    out = console()
    if matching == 0 and not any(progress.values()):
        out.print("No stored games, review cards or daily attempts match; nothing to delete.")
        return
    scope = " ".join(
        part
        for part in (
            f"of {where.player}" if where.player else "",
            f"on {set_id}" if set_id else "",
        )
        if part
    )
    what = _reset_scope(matching, progress) + (f" {scope}" if scope else "")
    if not yes:
        if not sys.stdin.isatty():
            raise QuizError(f"reset would delete {what}; add --yes to confirm without a terminal")
        try:
            confirmed = typer.confirm(f"Delete {what}? This cannot be undone", default=False)
        except typer.Abort as abort:  # Ctrl-C or Ctrl-D at the question
            out.print("\nNothing deleted.")
            # click raises Abort "from None"; the context still says which key it was.
            raise typer.Exit(
                130 if isinstance(abort.__context__, KeyboardInterrupt) else 1
            ) from None
        if not confirmed:
            out.print("Nothing deleted.")
            raise typer.Exit(1)
    store = engine.for_writing()
    try:
        deleted = store.delete(where)
        gone = store.delete_progress(where.player, set_id)
    finally:
        store.close()
    forgotten = offline.forget_unshared(where.player, set_id)
    deleted += forgotten.get("games", 0)
    gone = {table: gone.get(table, 0) + forgotten.get(table, 0) for table in PROGRESS}
    out.print(literal(f"Deleted {_reset_scope(deleted, gone)}."))


def _reset_scope(games: int, progress: dict[str, int]) -> str:
    """``3 stored games, 12 review cards, 20 review ratings and 1 daily attempt``: what
    there is of each (``0 stored games`` when there is nothing at all)."""
    from quizcli.ui.text import counted

    parts = [counted(games, "stored game")] if games else []
    for table, noun in (
        ("cards", "review card"),
        ("review_log", "review rating"),
        ("daily_games", "daily attempt"),
    ):
        if progress.get(table, 0):
            parts.append(counted(progress[table], noun))
    if len(parts) <= 1:
        return parts[0] if parts else counted(0, "stored game")
    return ", ".join(parts[:-1]) + " and " + parts[-1]
