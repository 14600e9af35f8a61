"""Storing a journalled round, and finishing every round the journal still holds.

Each store write here is idempotent, so a round stored and then replayed (the process died
between the commit and the removal of its file) is stored once: a game is skipped by its
uid, a daily attempt by its uid, a rating by (game uid, question) in the review log.

Every mode goes the same way: to the shared server when one is configured; when the server
fails (unreachable, too slow, failing), to the local file, its rows marked unshared for
``quizcli sync`` (:mod:`quizcli.store.offline`); without a server, to the local file. Only
when the local file cannot take it either (locked, unwritable) does the round stay in the
journal for a later command. A round saved as it ends is stamped by the server's clock (its
finish time; a daily's day); one replayed later keeps the time and day it was played.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from quizcli.errors import QuizError
from quizcli.journal import log
from quizcli.journal.entry import Entry, from_lines

if TYPE_CHECKING:
    from collections.abc import Iterator

    from quizcli.store.base import DailyGame, GameStore, Ranking, Reviewed
    from quizcli.store.postgres import PostgresStore
    from quizcli.store.sqlite import SQLiteStore


class GameSaved(NamedTuple):
    """Where a game went: its id and ranking in the store, or kept locally (unshared)."""

    ranking: Ranking | None
    kept_locally: bool = False
    problem: str | None = None  # why the shared server did not take it (kept locally)


def store_game(entry: Entry, *, rank: bool = True, ending: bool = False) -> GameSaved:
    """Store a game (with its ratings) in the configured store, else locally marked
    unshared; its ranking when ``rank``. StoreError when neither store takes it.
    ``ending``: the round is saved as it ends, so a shared server stamps its finish time
    by its own clock (a replay later keeps the player's)."""
    from quizcli.store import StoreError, engine
    from quizcli.store.sqlite import SQLiteStore

    reviews = entry.review_rows()
    problem: str | None = None
    url: str | None = None
    try:
        url = engine.database_url()
    except StoreError as error:  # a broken config file must not cost the round
        problem = str(error)
    if url is not None:
        from quizcli.store.postgres import PostgresStore

        try:
            server = PostgresStore.for_writing(url)
            try:
                added = server.add(entry.game, reviews, server_time=ending)
                game_id = _game_id(server, entry, added)
                return GameSaved(_ranking(server, game_id) if rank else None)
            finally:
                server.close()
        except StoreError as error:
            problem = str(error)
    local = SQLiteStore.for_writing(engine.local_path())
    try:
        game_id = _game_id(
            local, entry, local.add(entry.game, unshared=problem is not None, reviews=reviews)
        )
        if problem is not None:
            return GameSaved(None, kept_locally=True, problem=problem)
        return GameSaved(_ranking(local, game_id) if rank else None)
    finally:
        local.close()


def _ranking(store: GameStore, game_id: int | None) -> Ranking | None:
    return None if game_id is None else store.ranking(game_id)


def _game_id(store: GameStore, entry: Entry, added: int | None) -> int | None:
    """The stored game's id: just added, or found by uid (stored before: a replay); None
    when it was stored and deleted since (a ``reset``)."""
    return added if added is not None else store.game_id(entry.game.uid)


class DailyStored(NamedTuple):
    """Where a daily attempt went: the day's scored attempt or practice (and the score of
    the day's scored one), its place on the day's ranking when asked for, and why the
    shared server did not take it (then it is kept on this machine, unshared)."""

    scored: bool
    first_score: int | None = None
    position: int = 0
    players: int = 0
    unshared: str | None = None


def store_daily(entry: Entry, *, rank: bool = False, ending: bool = False) -> DailyStored:
    """Store the attempt and its ratings (see the module docstring for where). It is the
    day's scored attempt when it is the player's first of the day: found by uid when this
    very attempt was stored before (a replay); an attempt kept unshared on this machine
    while the server was away is the day's first too. Its place on the day's ranking when
    ``rank``. ``ending``: saved as the round ends, so a shared server's UTC day decides
    whether it is ranked; a replay later ranks it on the day it was played. StoreError
    when neither store takes it."""
    from quizcli.store.offline import server_or_local

    row = entry.daily_row()
    earlier = _kept_daily(row)
    attempt = None if earlier is not None else row
    reviews = entry.review_rows()

    def outcome(store: GameStore, scored: bool, placed: bool) -> DailyStored:
        if not scored:
            first = earlier or store.daily_game(row.set_id, row.day, row.player)
            if first is None or first.uid != row.uid:
                return DailyStored(False, first.score if first else None)
        if not (rank and placed):
            return DailyStored(True)
        ranking = store.daily_ranking(row.set_id, row.day, limit=1_000_000)
        position = next((n for n, day in enumerate(ranking, 1) if day.uid == row.uid), 0)
        return DailyStored(True, position=position or len(ranking), players=len(ranking))

    def work(store: PostgresStore | SQLiteStore) -> DailyStored:
        scored = store.save_daily(attempt, reviews, any_day=not ending, played=entry.game)
        return outcome(store, scored, placed=True)

    def keep(local: SQLiteStore) -> DailyStored:
        scored = local.save_daily(attempt, reviews, unshared=True, played=entry.game)
        return outcome(local, scored, placed=False)

    stored, problem = server_or_local(work, keep)
    return stored._replace(unshared=problem)


def _kept_daily(row: DailyGame) -> DailyGame | None:
    """Another attempt at the same daily by the same player kept unshared on this machine
    (the server was away): it is the day's attempt, so this one is practice."""
    from quizcli.store import StoreError, engine
    from quizcli.store.offline import unshared_daily

    try:
        if engine.database_url() is None:
            return None
        kept = unshared_daily(row.set_id, row.day, row.player)
    except StoreError:
        return None
    return None if kept is None or kept.uid == row.uid else kept


def earlier_daily(entry: Entry, where: Path | None = None) -> bool:
    """True when the journal holds an earlier attempt at the same daily by the same player
    (not stored yet): that one is the day's attempt, ``entry`` practice."""
    started = entry.game.started_at
    for _path, other in waiting(where):
        if (
            other is not None
            and other.mode == "daily"
            and other.game.uid != entry.game.uid
            and (other.game.set_id, other.day, other.game.player)
            == (entry.game.set_id, entry.day, entry.game.player)
            and other.game.started_at <= started
        ):
            return True
    return False


def store_review(entry: Entry) -> tuple[list[Reviewed], str | None]:
    """Apply the ratings of a review round to the cards (see the module docstring for
    where): what each card became, and why the shared server did not take them (then they
    are kept on this machine, unshared). StoreError when neither store takes them."""
    from quizcli.store.offline import server_or_local

    reviews = entry.review_rows()
    return server_or_local(
        lambda store: store.save_reviews(reviews),
        lambda local: local.save_reviews(reviews, unshared=True),
    )


def store_entry(entry: Entry) -> None:
    """Store ``entry`` as its mode does (see the module docstring), as a replay: with the
    time and day it was played. StoreError when no store can take it now (it is then
    kept)."""
    if entry.mode == "daily":
        store_daily(entry)
    elif entry.mode == "review":
        store_review(entry)
    else:
        store_game(entry, rank=False)


class Finished(NamedTuple):
    """What finishing the journal did: rounds stored, rounds still kept (and why)."""

    stored: list[Entry]
    kept: list[str]  # a line per round still waiting: what it is and why
    damaged: list[Path]


def entry_of(path: Path) -> Entry | None:
    """The round in a journal file this process holds (None when it holds no answer)."""
    import json

    lines = []
    for raw in path.read_bytes().split(b"\n"):
        try:
            line = json.loads(raw.decode("utf-8", "replace"))
        except ValueError:
            continue
        if isinstance(line, dict):
            lines.append(line)
    return from_lines(lines, str(path))


def _ours(lines: list[dict[str, object]]) -> bool:
    """Whether a file belongs to this data folder (a file in the shared fallback folder
    may be another one's)."""
    from quizcli import paths

    home = lines[0].get("home") if lines else None
    if not home:
        return True
    try:
        return str(home) == str(paths.data_dir())
    except QuizError:
        return False


class _Claim(NamedTuple):
    """A journal file this process holds: its lock goes with ``fd`` (the holder closes it)."""

    started: float
    path: Path
    fd: int
    entry: Entry | None  # None: the file holds no answer


def _claims(where: Path | None, damaged: list[Path]) -> Iterator[_Claim]:
    """Lock, one by one, each journal file of this data folder that no live process
    holds, yielding it with its descriptor still open (the caller closes it); a file that
    cannot be read is closed and added to ``damaged``, one of another data folder closed
    and passed over. Sort what it yields with :func:`_oldest_first`."""
    import os

    for path in log.pending(where):
        fd = log.claim(path)
        if fd is None:
            continue
        try:
            lines = log.read_lines(fd)
            if not _ours(lines):
                os.close(fd)
                continue
            entry = from_lines(lines, str(path))
        except (OSError, QuizError):
            os.close(fd)
            damaged.append(path)
            continue
        started = lines[0].get("started", 0)
        when = float(started) if isinstance(started, int | float) else 0.0
        yield _Claim(when, path, fd, entry)


def _oldest_first(claim: _Claim) -> tuple[float, str]:
    """The order rounds are listed and stored in: by start time, then file name."""
    return claim.started, claim.path.name


def waiting(where: Path | None = None) -> list[tuple[Path, Entry | None]]:
    """The rounds the journal holds that no live process is playing, oldest first (None
    for a file with no answer); damaged files are left out."""
    import os

    found: list[_Claim] = []
    for claim in _claims(where, damaged=[]):
        os.close(claim.fd)  # only listed: let a live process or a finish() have it
        found.append(claim)
    return [(claim.path, claim.entry) for claim in sorted(found, key=_oldest_first)]


def finish(where: Path | None = None) -> Finished:
    """Store every round the journal still holds (oldest first), each once by its uid,
    removing each file once the store has it. A round being played by a live process is
    left alone (its file is locked); a round the store cannot take now stays."""
    import os

    done = Finished([], [], [])
    claimed = sorted(_claims(where, done.damaged), key=_oldest_first)
    try:
        for _started, path, _fd, entry in claimed:
            if entry is None:  # nothing was answered: nothing to keep
                _remove(path)
                continue
            try:
                store_entry(entry)
            except QuizError as error:  # the store (or the data folder) cannot take it now
                done.kept.append(f"{entry.describe()}: {error}")
                continue
            _remove(path)  # the store has it: done
            done.stored.append(entry)
    finally:
        for claim in claimed:
            os.close(claim.fd)  # the locks go with the descriptors
    return done


def _remove(path: Path) -> None:
    import os
    from contextlib import suppress

    with suppress(OSError):
        os.unlink(path)
