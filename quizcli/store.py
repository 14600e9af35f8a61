"""Every game kept in SQLite: the single source of high scores, history and statistics.

(Rows coming out are NamedTuples, not dataclasses: each frozen dataclass costs about a
millisecond to create at import on Python 3.11, and ``play`` imports this module.)

The file is ``quizcli.db`` in the data folder, created in WAL mode (an existing file keeps
the journal mode it has) and opened with a busy timeout and foreign keys on; each game is
written in one ``BEGIN IMMEDIATE`` transaction, so a crash never leaves half a game and
concurrent players all get stored, a save waiting at most the busy timeout for a lock.
The schema carries its version in ``PRAGMA user_version`` and moves forward through named,
ordered migrations.
A database from a newer quizcli, a damaged file or another program's database is refused
with a clear message and never modified. Errors are told apart by SQLite's result code:
only a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB) is called damaged; a lock, a read-only
folder, a full disk or a disk error is named as what it is.

Commands reach the store through the :class:`GameStore` protocol, so another backend (a
shared leaderboard server) can be added without touching the game or the CLI.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from quizcli.decoding import storable
from quizcli.errors import DISK_FULL, QuizError, os_reason
from quizcli.model import GameResult, Mark

BUSY_TIMEOUT_SECONDS = 10.0  # how long to wait for another quizcli's lock ($QUIZCLI_BUSY_TIMEOUT)
RETRY_PAUSE = 0.05  # seconds between attempts to save a game, times the attempt's number


def busy_timeout() -> float:
    """Seconds to wait for a locked database: ``$QUIZCLI_BUSY_TIMEOUT``, else 10."""
    import os

    try:
        value = float(os.environ.get("QUIZCLI_BUSY_TIMEOUT", BUSY_TIMEOUT_SECONDS))
    except ValueError:
        return BUSY_TIMEOUT_SECONDS
    return value if 0 <= value <= 3600 else BUSY_TIMEOUT_SECONDS


def _now() -> float:
    """The clock a save's deadline is kept by (a name of its own, for the tests)."""
    return time.monotonic()


def _pause(seconds: float) -> None:
    """Wait between two attempts to save a game (a name of its own, for the tests)."""
    time.sleep(seconds)


class StoreError(QuizError):
    """The database cannot be used; the message names the file and what to do."""

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code  # SQLite's extended result code behind it, if any


class StoreWriteError(StoreError):
    """A game could not be saved (read-only folder, full disk, locked database)."""


# --- schema ---------------------------------------------------------------------------


CREATE_GAMES_AND_ANSWERS = (
    """
    CREATE TABLE games (
        id INTEGER PRIMARY KEY,
        set_id TEXT NOT NULL,
        set_title TEXT NOT NULL,
        player TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('finished', 'abandoned')),
        score INTEGER NOT NULL,
        max_score INTEGER NOT NULL,
        asked INTEGER NOT NULL,
        answered INTEGER NOT NULL,
        right_count INTEGER NOT NULL,
        partial_count INTEGER NOT NULL,
        wrong_count INTEGER NOT NULL,
        skipped_count INTEGER NOT NULL,
        timed_out_count INTEGER NOT NULL,
        best_streak INTEGER NOT NULL,
        duration REAL NOT NULL,
        options TEXT NOT NULL,
        version TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE answers (
        game_id INTEGER NOT NULL REFERENCES games (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        response TEXT,
        verdict TEXT NOT NULL,
        fraction REAL NOT NULL,
        points INTEGER NOT NULL,
        elapsed REAL NOT NULL,
        hint_taken INTEGER NOT NULL,
        PRIMARY KEY (game_id, position)
    )
    """,
)

# Accuracy per game for ranking, tags and prompt per answer for stats, and indexes.
ADD_ACCURACY_TAGS_AND_INDEXES = (
    "ALTER TABLE games ADD COLUMN accuracy REAL NOT NULL DEFAULT 0",
    """
    UPDATE games SET accuracy = COALESCE(
        (SELECT AVG(fraction) FROM answers WHERE answers.game_id = games.id), 0)
    """,
    "ALTER TABLE answers ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'",
    "ALTER TABLE answers ADD COLUMN prompt TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX games_by_set ON games (set_id, status, score DESC)",
    "CREATE INDEX games_by_player ON games (player, finished_at)",
)


# Named, ordered steps: step N takes user_version N-1 to N. Never edit a released step.
# Each runs inside one transaction (statement by statement: executescript would commit).
MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("create games and answers", CREATE_GAMES_AND_ANSWERS),
    ("add accuracy, answer tags and indexes", ADD_ACCURACY_TAGS_AND_INDEXES),
)
SCHEMA_VERSION = len(MIGRATIONS)
OUR_TABLES = frozenset({"games", "answers"})


# --- rows coming out ------------------------------------------------------------------


class GameRow(NamedTuple):
    """One stored game, as listings show it."""

    id: int
    set_id: str
    set_title: str
    player: str
    started_at: str
    finished_at: str
    status: str
    score: int
    max_score: int
    asked: int
    answered: int
    right: int
    partial: int
    wrong: int
    skipped: int
    timed_out: int
    best_streak: int
    duration: float
    accuracy: float
    options: dict[str, Any]
    version: str

    def to_json(self) -> dict[str, Any]:
        """The game as plain data."""
        return {
            "id": self.id,
            "set": self.set_id,
            "set_title": self.set_title,
            "player": self.player,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "status": self.status,
            "score": self.score,
            "max_score": self.max_score,
            "asked": self.asked,
            "answered": self.answered,
            "right": self.right,
            "partly_right": self.partial,
            "wrong": self.wrong,
            "skipped": self.skipped,
            "timed_out": self.timed_out,
            "best_streak": self.best_streak,
            "duration": round(self.duration, 3),
            "accuracy": round(self.accuracy, 4),
            "options": self.options,
            "version": self.version,
        }


class Ranking(NamedTuple):
    """Where a just-stored game stands on its set's leaderboard."""

    status: str
    position: int
    games: int
    previous_best: int | None
    personal_best: int | None
    personal_previous_best: int | None


class Accuracy(NamedTuple):
    """Accuracy over a group of answers."""

    name: str
    answers: int
    accuracy: float


class Missed(NamedTuple):
    """A question often missed."""

    set_id: str
    question_id: str
    prompt: str
    asked: int
    missed: int


class Stats(NamedTuple):
    """A player's statistics, over every set or one."""

    games: int
    finished: int
    answers: int
    accuracy: float
    best_streak: int
    points_per_question: float
    by_tag: tuple[Accuracy, ...]
    by_kind: tuple[Accuracy, ...]
    missed: tuple[Missed, ...]

    def to_json(self) -> dict[str, Any]:
        """The statistics as plain data."""
        return {
            "games": self.games,
            "finished": self.finished,
            "answers": self.answers,
            "accuracy": round(self.accuracy, 4),
            "best_streak": self.best_streak,
            "points_per_question": round(self.points_per_question, 2),
            "by_tag": [_accuracy_json(a) for a in self.by_tag],
            "by_kind": [_accuracy_json(a) for a in self.by_kind],
            "most_missed": [
                {
                    "set": m.set_id,
                    "question": m.question_id,
                    "prompt": m.prompt,
                    "asked": m.asked,
                    "missed": m.missed,
                }
                for m in self.missed
            ],
        }


def _accuracy_json(item: Accuracy) -> dict[str, Any]:
    return {"name": item.name, "answers": item.answers, "accuracy": round(item.accuracy, 4)}


class GameFilter(NamedTuple):
    """Which games a query looks at."""

    set_id: str | None = None
    player: str | None = None
    since: str | None = None  # an ISO timestamp in UTC; games finished at or after it


class GameStore(Protocol):
    """What the commands need of a store of games."""

    def record(self, result: GameResult, version: str) -> int:
        """Store a played round in one transaction; return its id."""
        ...

    def ranking(self, game_id: int) -> Ranking:
        """Where a stored game stands among the finished games of its set."""
        ...

    def leaderboard(
        self, where: GameFilter, *, every_game: bool, limit: int | None
    ) -> list[GameRow]:
        """Finished games ranked by score, accuracy, then time."""
        ...

    def history(self, where: GameFilter, limit: int | None) -> list[GameRow]:
        """Games newest first, finished or abandoned."""
        ...

    def stats(self, where: GameFilter) -> Stats:
        """Statistics over the games matching ``where``."""
        ...

    def delete(self, where: GameFilter) -> int:
        """Delete the games matching ``where`` (and their answers); return how many."""
        ...

    def set_ids(self) -> list[str]:
        """The ids of the sets with stored games, sorted."""
        ...

    def players(self) -> list[str]:
        """The names of the players with stored games, sorted."""
        ...


# --- the SQLite store -------------------------------------------------------------------


def timestamp(epoch: float) -> str:
    """An epoch time as a sortable ISO 8601 UTC string, to the millisecond."""
    whole = int(epoch)
    millis = int(round((epoch - whole) * 1000))
    if millis == 1000:
        whole, millis = whole + 1, 0
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(whole)) + f".{millis:03d}Z"


RANK_ORDER = "score DESC, accuracy DESC, duration ASC, finished_at ASC, id ASC"

# How a connection is opened (see SQLiteStore._reader): the URI query for each way of reading.
WRITE = "write"
QUERY_ONLY = "mode=rw"
READ_ONLY = "mode=ro"
IMMUTABLE = "mode=ro&immutable=1"


class SQLiteStore:
    """Games in a SQLite file. Open with :meth:`for_writing` or :meth:`for_reading`."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self.db = db

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def for_reading(cls, path: Path) -> SQLiteStore | None:
        """The store at ``path`` for queries, or None when no game was ever stored.

        Reading never migrates or writes a game, and leaves the data folder as it found it
        as far as SQLite allows (see :meth:`_reader`).
        """
        if not path.exists():
            return None
        db, version = cls._reader(path)
        cls._configure(db)
        if version < SCHEMA_VERSION:
            # An older file: read through a private in-memory copy migrated forward, so
            # reading never writes the user's file.
            copy = sqlite3.connect(":memory:")
            try:
                # Copy inside a read transaction: Connection.backup retries a locked source
                # for ever, so the lock is taken first, where the busy timeout applies.
                db.execute("BEGIN")
                db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
                db.backup(copy)
                db.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                copy.close()
                raise _read_failed(path, error) from None
            finally:
                db.close()
            cls._configure(copy)
            cls._migrate(path, copy, version)
            return cls(path, copy)
        return cls(path, db)

    @classmethod
    def for_writing(cls, path: Path) -> SQLiteStore:
        """The store at ``path``, created and migrated as needed."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreWriteError(
                f"cannot create the data folder {path.parent}: {os_reason(error)}"
            ) from None
        db = cls._connect(path, WRITE)
        version = cls._check(path, db, writing=True)
        try:
            cls._configure(db)
            if version == 0:
                cls._use_wal(db)
        except sqlite3.DatabaseError as error:
            db.close()
            raise _write_failed(path, OPENING, error) from None
        if version < SCHEMA_VERSION:
            cls._migrate(path, db, version)
        return cls(path, db)

    @classmethod
    def _reader(cls, path: Path) -> tuple[sqlite3.Connection, int]:
        """A connection that only reads ``path``, and the file's schema version.

        Every quizcli database is in WAL mode, where even a read needs the ``-wal`` and
        ``-shm`` files beside the database. How the file is opened decides what is left:

        - ``-wal`` or ``-shm`` already there (another quizcli has the file open, or one
          ended without tidying up): read-only, using them and leaving them as they are.
        - the file and its folder writable: a normal connection with ``query_only`` on.
          Whatever WAL files it creates, SQLite removes when it closes the last
          connection; a rollback-journal file needs none.
        - a read-only folder or file with a ``-journal`` beside it (a write to a
          rollback-journal database that never finished): read-only, so that SQLite plays
          the journal back or says it cannot; ``immutable`` would show the half write.
        - otherwise (a read-only folder or file): ``immutable``, which reads the file
          alone and creates nothing. Only a process with more rights than this one could
          write the file meanwhile; this read might then miss that change or fail.

        When a ``-wal`` or ``-journal`` cannot be used for want of a writable folder, the
        error says so, rather than calling the file damaged.
        """
        wal, shm, journal = (
            path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal")
        )
        if wal.exists() or shm.exists():
            mode = READ_ONLY
        elif _may(path, os.W_OK) and _may(path.parent, os.W_OK | os.X_OK):
            mode = QUERY_ONLY
        elif journal.exists():
            mode = READ_ONLY
        else:
            mode = IMMUTABLE
        try:
            db = cls._connect(path, mode)
            return db, cls._check(path, db)
        except StoreError as error:
            pending = next((side for side in (wal, journal) if side.exists()), None)
            folder = path.parent
            if (
                _primary_code(error.code) in NO_ACCESS
                and pending is not None
                and not _may(folder, os.W_OK | os.X_OK)
            ):
                task = (
                    f"read the changes kept in {pending.name}"
                    if pending == wal
                    else f"undo the unfinished write recorded in {pending.name}"
                )
                raise StoreError(
                    f"reading {path} failed: the data folder {folder} is read-only, and SQLite "
                    f"must write there to {task}; make the folder writable and try again. "
                    "Nothing was changed.",
                    error.code,
                ) from None
            raise

    @staticmethod
    def _connect(path: Path, mode: str) -> sqlite3.Connection:
        """A connection to ``path``: ``mode`` is WRITE or one of the ways of reading."""
        try:
            if mode == WRITE:
                db = sqlite3.connect(path, timeout=busy_timeout(), isolation_level=None)
            else:
                db = sqlite3.connect(
                    f"{path.resolve().as_uri()}?{mode}",
                    uri=True,
                    timeout=busy_timeout(),
                    isolation_level=None,
                )
                db.execute("PRAGMA query_only = ON")  # no statement of a reader can write
            # connect(timeout=) is SQLite's busy timeout: set before the file is checked.
            return db
        except sqlite3.DatabaseError as error:
            if mode == WRITE:
                raise _write_failed(path, OPENING, error) from None
            raise _read_failed(path, error) from None

    @staticmethod
    def _configure(db: sqlite3.Connection) -> None:
        """Settings of this connection only: nothing here writes to the file (the busy
        timeout is set when the connection is made)."""
        db.execute("PRAGMA foreign_keys = ON")

    @staticmethod
    def _use_wal(db: sqlite3.Connection) -> None:
        """WAL mode, for a new, empty database that quizcli is about to create the schema in.

        Never for an existing database: changing the journal mode rewrites the file's header
        at once, before any damage further in shows, so a file about to be refused would no
        longer be the one the user had. One that is not in WAL mode is used as it is.
        """
        try:
            db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.DatabaseError as error:
            if not _is_locked(error):
                raise
            # Another quizcli is creating the same database; it sets WAL mode itself.

    @staticmethod
    def _check(path: Path, db: sqlite3.Connection, *, writing: bool = False) -> int:
        """The file's schema version, after making sure it is a quizcli database we can use.

        The version and the table list are read in one read transaction: read one after the
        other, another quizcli creating the schema in between would make a fresh file look
        like a foreign database (version 0, yet tables). ``writing`` words a failure as a
        failed write (the game is then rescued) rather than as a failed read.
        """
        try:
            db.execute("BEGIN")
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
            tables = {
                row[0]
                for row in db.execute(
                    "SELECT name FROM sqlite_master "
                    "WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            }
            db.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            with suppress(sqlite3.DatabaseError):
                db.execute("ROLLBACK")
            db.close()
            if writing:
                raise _write_failed(path, OPENING, error) from None
            raise _read_failed(path, error) from None
        if version > SCHEMA_VERSION:
            db.close()
            raise StoreError(
                f"{path} was written by a newer quizcli (schema {version}; this one knows "
                f"{SCHEMA_VERSION}); upgrade quizcli to use it. The file was not changed."
            )
        if (version == 0 and tables) or (version > 0 and not OUR_TABLES <= tables):
            db.close()
            raise StoreError(
                f"{path} is not a quizcli database (it holds tables {', '.join(sorted(tables))}); "
                f"move it away or set QUIZCLI_HOME to another folder. The file was not changed."
            )
        return version

    @staticmethod
    def _migrate(path: Path, db: sqlite3.Connection, version: int) -> None:
        for number in range(version + 1, SCHEMA_VERSION + 1):
            name, statements = MIGRATIONS[number - 1]
            try:
                db.execute("BEGIN IMMEDIATE")
                current = int(db.execute("PRAGMA user_version").fetchone()[0])
                if current >= number:  # another process got there first
                    db.execute("ROLLBACK")
                    continue
                for statement in statements:
                    db.execute(statement)
                db.execute(f"PRAGMA user_version = {number}")
                db.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                with suppress(sqlite3.DatabaseError):
                    db.execute("ROLLBACK")
                raise _write_failed(path, f"migration {number} ({name})", error) from None

    def close(self) -> None:
        """Close the connection."""
        self.db.close()

    # --- writing ------------------------------------------------------------------------

    def record(self, result: GameResult, version: str) -> int:
        """Store a played round and all its answers in one transaction; return its id.

        A locked database is waited for up to the busy timeout in all, not per attempt:
        SQLite waits inside each attempt only for the time left before one deadline, and a
        lock met without waiting (SQLite does not always wait: while another connection
        recovers the WAL, say) is tried again only while time is left.
        """
        limit = busy_timeout()
        deadline = _now() + limit
        attempt = 0
        try:
            while True:
                attempt += 1
                try:
                    return self._insert(result, version)
                except sqlite3.DatabaseError as error:
                    left = deadline - _now()
                    if not _is_locked(error) or left < 0.001:  # SQLite counts milliseconds
                        raise _write_failed(self.path, "saving the game", error) from None
                _pause(min(RETRY_PAUSE * attempt, left))
                self._wait_at_most(deadline - _now())
        finally:
            self._wait_at_most(limit)

    def _wait_at_most(self, seconds: float) -> None:
        """Set how long SQLite waits for a lock on this connection."""
        with suppress(sqlite3.DatabaseError):
            self.db.execute(f"PRAGMA busy_timeout = {max(0, int(seconds * 1000))}")

    def _insert(self, result: GameResult, version: str) -> int:
        status = "abandoned" if result.abandoned else "finished"
        with self._transaction():
            cursor = self.db.execute(
                """
                INSERT INTO games (set_id, set_title, player, started_at, finished_at, status,
                    score, max_score, asked, answered, right_count, partial_count, wrong_count,
                    skipped_count, timed_out_count, best_streak, duration, options, version,
                    accuracy)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                _storable(
                    result.set_id,
                    result.set_title,
                    result.player,
                    timestamp(result.started),
                    timestamp(result.finished),
                    status,
                    result.score,
                    result.max_score,
                    result.asked,
                    len(result.answers),
                    result.count(Mark.RIGHT),
                    result.count(Mark.PARTIAL),
                    result.count(Mark.WRONG),
                    result.count(Mark.SKIPPED),
                    result.count(Mark.TIMED_OUT),
                    result.best_streak,
                    max(0.0, result.finished - result.started),
                    json.dumps(result.options, ensure_ascii=False),
                    version,
                    result.accuracy,
                ),
            )
            game_id = cursor.lastrowid
            assert game_id is not None
            self.db.executemany(
                """
                INSERT INTO answers (game_id, position, question_id, kind, response, verdict,
                    fraction, points, elapsed, hint_taken, tags, prompt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    _storable(
                        game_id,
                        position,
                        record.question.id,
                        record.question.kind.value,
                        json.dumps(record.response.value, ensure_ascii=False)
                        if record.response.value is not None
                        else None,
                        record.verdict.mark.value,
                        record.verdict.fraction,
                        record.points.total,
                        record.response.elapsed,
                        int(record.response.hint_taken),
                        json.dumps(list(record.question.tags), ensure_ascii=False),
                        record.question.prompt,
                    )
                    for position, record in enumerate(result.answers, 1)
                ],
            )
        return game_id

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            with suppress(sqlite3.DatabaseError):
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def delete(self, where: GameFilter) -> int:
        """Delete the games matching ``where`` and their answers; return how many."""
        clause, params = _where(where)
        try:
            with self._transaction():
                cursor = self.db.execute(f"DELETE FROM games {clause}", params)
        except sqlite3.DatabaseError as error:
            raise _write_failed(self.path, "deleting games", error) from None
        return cursor.rowcount

    # --- reading ------------------------------------------------------------------------

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        try:
            cursor = self.db.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()
        except sqlite3.DatabaseError as error:
            raise _read_failed(self.path, error) from None

    def ranking(self, game_id: int) -> Ranking:
        """Where game ``game_id`` stands among the finished games of its set."""
        (game,) = self._query("SELECT * FROM games WHERE id = ?", (game_id,))
        finished = self._query(
            f"SELECT id, player, score FROM games WHERE set_id = ? AND status = 'finished' "
            f"ORDER BY {RANK_ORDER}",
            (game["set_id"],),
        )
        others = [row for row in finished if row["id"] != game_id]
        mine = [row["score"] for row in others if row["player"] == game["player"]]
        position = next((n for n, row in enumerate(finished, 1) if row["id"] == game_id), 0)
        return Ranking(
            status=game["status"],
            position=position,
            games=len(finished),
            previous_best=max((row["score"] for row in others), default=None),
            personal_best=max(mine + [game["score"]])
            if game["status"] == "finished"
            else max(mine, default=None),
            personal_previous_best=max(mine, default=None),
        )

    def leaderboard(
        self, where: GameFilter, *, every_game: bool = False, limit: int | None = 10
    ) -> list[GameRow]:
        """Finished games ranked by score, then accuracy, then time; the best per player
        (and set) unless ``every_game``."""
        clause, params = _where(where, "status = 'finished'")
        if every_game:
            sql = f"SELECT * FROM games {clause} ORDER BY {RANK_ORDER}"
        else:
            sql = (
                f"SELECT * FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY player, set_id "
                f"ORDER BY {RANK_ORDER}) AS nth FROM games {clause}) WHERE nth = 1 "
                f"ORDER BY {RANK_ORDER}"
            )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_game(row) for row in self._query(sql, params)]

    def set_ids(self) -> list[str]:
        """The ids of the sets with stored games, sorted."""
        return [row[0] for row in self._query("SELECT DISTINCT set_id FROM games ORDER BY 1")]

    def players(self) -> list[str]:
        """The names of the players with stored games, sorted."""
        return [row[0] for row in self._query("SELECT DISTINCT player FROM games ORDER BY 1")]

    def history(self, where: GameFilter, limit: int | None = 20) -> list[GameRow]:
        """Games newest first, finished or abandoned."""
        clause, params = _where(where)
        sql = f"SELECT * FROM games {clause} ORDER BY finished_at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_game(row) for row in self._query(sql, params)]

    def stats(self, where: GameFilter, missed_limit: int = 5) -> Stats:
        """Games, accuracy overall, per tag and per kind, best streak, points per question,
        and the questions most often missed."""
        clause, params = _where(where)
        games_sql = f"SELECT id FROM games {clause}"
        (totals,) = self._query(
            f"SELECT COUNT(*) AS games, COALESCE(SUM(status = 'finished'), 0) AS finished, "
            f"COALESCE(MAX(best_streak), 0) AS best_streak FROM games {clause}",
            params,
        )
        (answers,) = self._query(
            f"SELECT COUNT(*) AS n, COALESCE(AVG(fraction), 0) AS accuracy, "
            f"COALESCE(AVG(points), 0) AS points FROM answers WHERE game_id IN ({games_sql})",
            params,
        )
        by_tag = self._query(
            f"SELECT tag.value AS name, COUNT(*) AS n, AVG(fraction) AS accuracy "
            f"FROM answers, json_each(answers.tags) AS tag WHERE game_id IN ({games_sql}) "
            f"GROUP BY tag.value ORDER BY accuracy ASC, name ASC",
            params,
        )
        by_kind = self._query(
            f"SELECT kind AS name, COUNT(*) AS n, AVG(fraction) AS accuracy FROM answers "
            f"WHERE game_id IN ({games_sql}) GROUP BY kind ORDER BY accuracy ASC, name ASC",
            params,
        )
        missed = self._query(
            f"SELECT games.set_id AS set_id, question_id, MAX(prompt) AS prompt, "
            f"COUNT(*) AS asked, "
            f"SUM(fraction < 1) AS missed FROM answers JOIN games ON games.id = answers.game_id "
            f"WHERE game_id IN ({games_sql}) GROUP BY games.set_id, question_id "
            f"HAVING missed > 0 ORDER BY missed DESC, asked ASC, question_id ASC LIMIT ?",
            [*params, missed_limit],
        )
        return Stats(
            games=totals["games"],
            finished=totals["finished"],
            answers=answers["n"],
            accuracy=answers["accuracy"],
            best_streak=totals["best_streak"],
            points_per_question=answers["points"],
            by_tag=tuple(Accuracy(r["name"], r["n"], r["accuracy"]) for r in by_tag),
            by_kind=tuple(Accuracy(r["name"], r["n"], r["accuracy"]) for r in by_kind),
            missed=tuple(
                Missed(r["set_id"], r["question_id"], r["prompt"], r["asked"], r["missed"])
                for r in missed
            ),
        )


def _where(where: GameFilter, *extra: str) -> tuple[str, list[object]]:
    conditions = list(extra)
    params: list[object] = []
    if where.set_id is not None:
        conditions.append("set_id = ?")
        params.append(where.set_id)
    if where.player is not None:
        conditions.append("player = ?")
        params.append(where.player)
    if where.since is not None:
        conditions.append("finished_at >= ?")
        params.append(where.since)
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), params


def _game(row: sqlite3.Row) -> GameRow:
    try:
        options = json.loads(row["options"])
    except (TypeError, ValueError):
        options = {}
    return GameRow(
        id=row["id"],
        set_id=row["set_id"],
        set_title=row["set_title"],
        player=row["player"],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
        status=row["status"],
        score=row["score"],
        max_score=row["max_score"],
        asked=row["asked"],
        answered=row["answered"],
        right=row["right_count"],
        partial=row["partial_count"],
        wrong=row["wrong_count"],
        skipped=row["skipped_count"],
        timed_out=row["timed_out_count"],
        best_streak=row["best_streak"],
        duration=row["duration"],
        accuracy=row["accuracy"],
        options=options if isinstance(options, dict) else {},
        version=row["version"],
    )


def _storable(*values: object) -> tuple[object, ...]:
    """A row's values with any lone surrogate in their text (an undecodable byte that
    slipped through) as U+FFFD: SQLite takes valid UTF-8 only, and a game must not be lost
    for one character."""
    return tuple(storable(value) if isinstance(value, str) else value for value in values)


# --- errors ---------------------------------------------------------------------------

FULL_BELOW = 1 << 20  # bytes free under which an I/O error is put down to a full disk
OPENING = "opening the database"  # what failed, when it fails before a game is written

DAMAGE = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})
LOCKED = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})
NO_ACCESS = frozenset(
    {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}
)


def _code(error: BaseException) -> int | None:
    """SQLite's extended result code behind ``error``, if it came from SQLite."""
    code = getattr(error, "sqlite_errorcode", None)
    return code if isinstance(code, int) else None


def _primary_code(code: int | None) -> int | None:
    """The primary result code in an extended one (its low byte)."""
    return None if code is None else code & 0xFF


def _primary(error: BaseException) -> int | None:
    """SQLite's primary result code behind ``error``."""
    return _primary_code(_code(error))


def _is_damage(error: BaseException) -> bool:
    return _primary(error) in DAMAGE


def _is_locked(error: BaseException) -> bool:
    return _primary(error) in LOCKED


def _damaged(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    return StoreError(
        f"{path} cannot be read as a quizcli database ({error}); it was not changed. "
        "Move it away to start a fresh one, or set QUIZCLI_HOME to another folder.",
        _code(error),
    )


def _read_failed(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    """A failed read: the damage message for a damaged file, else what went wrong."""
    if _is_damage(error):
        return _damaged(path, error)
    return StoreError(
        f"reading {path} failed: {_reason(path, error)}; it was not changed.", _code(error)
    )


def _write_failed(path: Path, what: str, error: sqlite3.DatabaseError) -> StoreError:
    """A failed write: the damage message for a damaged file, else what went wrong."""
    if _is_damage(error):
        return _damaged(path, error)
    return StoreWriteError(f"{what} in {path} failed: {_reason(path, error)}", _code(error))


def _reason(path: Path, error: sqlite3.DatabaseError) -> str:
    """Why SQLite failed, in words a player can act on."""
    primary = _primary(error)
    if primary in LOCKED:
        return "another quizcli kept the database locked"
    if primary == sqlite3.SQLITE_FULL or (primary == sqlite3.SQLITE_IOERR and _full(path)):
        return DISK_FULL
    if primary in NO_ACCESS:
        return _access_problem(path, error)
    if primary == sqlite3.SQLITE_IOERR:
        return f"the disk could not be read or written ({error})"
    return str(error)


def _full(path: Path) -> bool:
    """Whether the disk holding ``path`` has (almost) no room left. SQLite reports some
    writes that ran out of space (growing the ``-shm`` file) as a plain I/O error."""
    try:
        disk = os.statvfs(path.parent)
        free = disk.f_bfree if os.geteuid() == 0 else disk.f_bavail  # root may use reserve
    except (OSError, AttributeError):  # no statvfs or geteuid on Windows
        return False
    return free * disk.f_frsize < FULL_BELOW


def _access_problem(path: Path, error: sqlite3.DatabaseError) -> str:
    """Which permission stops SQLite: the file's or its folder's, as far as they tell."""
    if path.exists() and not _may(path, os.R_OK):
        return "permission denied (the file cannot be read)"
    if path.parent.exists() and not _may(path.parent, os.W_OK | os.X_OK):
        return f"the data folder {path.parent} is read-only"
    if path.exists() and not _may(path, os.W_OK):
        return "the file is read-only"
    return str(error)


def _may(path: Path, mode: int) -> bool:
    """Whether this process may access ``path`` in ``mode`` (its effective ids, if it can)."""
    effective = os.access in os.supports_effective_ids
    return os.access(path, mode, effective_ids=effective)
