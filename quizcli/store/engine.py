"""Which store the commands use: the local SQLite file, or a shared PostgreSQL server.

The server is named by a URL, ``postgresql://user:password@host:port/dbname?sslmode=...``:
``$QUIZCLI_DATABASE_URL`` when it is set and not empty, else ``database_url`` in the
config file ``$QUIZCLI_HOME/config.toml`` (the environment wins, so one shell can point
elsewhere without touching the file). Neither: the SQLite file, as always. Nothing here
imports psycopg; :mod:`quizcli.store.postgres` does, and only once a URL is set.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # base is imported where it is used: `list` reads due cards without it
    from quizcli.store.base import GameStore

URL_ENV = "QUIZCLI_DATABASE_URL"
CONFIG_FILE = "config.toml"
CONFIG_KEY = "database_url"


def config_path() -> Path:
    """The config file that may name the server."""
    from quizcli import paths

    return paths.data_dir() / CONFIG_FILE


def database_url() -> str | None:
    """The server's URL (the environment first, then the config file), or None for SQLite."""
    url = os.environ.get(URL_ENV, "").strip()
    where = f"${URL_ENV}"
    if not url:
        url, where = _configured(), str(config_path())
    if not url:
        return None
    from quizcli.store.base import StoreError
    from quizcli.store.conninfo import check_scheme

    try:
        check_scheme(url)  # the rest is read by libpq's parser when connecting
    except StoreError as error:
        raise StoreError(f"{where}: {error}") from None
    return url


def _configured() -> str:
    """``database_url`` from the config file ('' when there is none)."""
    path = config_path()
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):  # no file, or no data folder at all
        return ""
    except OSError as error:
        from quizcli.store.base import StoreError

        raise StoreError(f"cannot read {path}: {error.strerror or error}") from None
    import tomllib

    from quizcli.store.base import StoreError

    try:
        config = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise StoreError(f"{path} is not valid TOML: {error}") from None
    value = config.get(CONFIG_KEY, "")
    if not isinstance(value, str):
        raise StoreError(f"{path}: {CONFIG_KEY} must be a string (a postgresql:// URL)")
    return value.strip()


def local_path() -> Path:
    """The SQLite file on this machine."""
    from quizcli import paths

    return paths.database_path()


def for_writing() -> GameStore:
    """The configured store, created or migrated as needed."""
    url = database_url()
    if url is None:
        from quizcli.store.sqlite import SQLiteStore

        return SQLiteStore.for_writing(local_path())
    from quizcli.store.postgres import PostgresStore

    return PostgresStore.for_writing(url)


def for_reading(*, local: bool = False, hint: bool = False) -> GameStore | None:
    """The configured store for queries (the local file when ``local``), or None when no
    game was ever stored there. An unreachable server is one line, with the way out
    (``--local``) when ``hint``: only a command that has that option asks for it."""
    url = None if local else database_url()
    if url is None:
        from quizcli.store.sqlite import SQLiteStore

        return SQLiteStore.for_reading(local_path())
    from quizcli.store.base import ServerUnavailable
    from quizcli.store.postgres import PostgresStore

    try:
        return PostgresStore.for_reading(url)
    except ServerUnavailable as error:
        if not hint:
            raise
        raise ServerUnavailable(
            f"{error}; add --local to read the games kept on this machine"
        ) from None
