"""Shared fixtures: every test runs with its own empty QUIZCLI_HOME and a fixed width."""

from __future__ import annotations

import os
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

tempfile.gettempdir()  # fixed now, before any test points $TMPDIR elsewhere
# A suite started in the background by a shell without job control (`(pytest &)`) inherits
# Ctrl-C ignored, and every command it runs would too: the tests that press Ctrl-C would
# then wait for an exit that never comes. Ctrl-C is restored for the suite and its children.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
POSTGRES_ENV = "QUIZCLI_TEST_POSTGRES_URL"
HOW_TO_RUN = (
    f"no PostgreSQL server for the tests: run `.ci/postgres.sh start DIR` (DIR reachable by "
    f"user nobody when root) and set {POSTGRES_ENV} to the URL it prints; .ci/run does both"
)


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point QUIZCLI_HOME at a fresh folder so no test touches the real home, and the
    temporary folder of the commands run (where the journal falls back to) at a private
    one. This process keeps the system's (``tempfile`` read it at import, below)."""
    home = tmp_path_factory.mktemp("quizcli-home")
    monkeypatch.setenv("QUIZCLI_HOME", str(home))
    monkeypatch.setenv("TMPDIR", str(tmp_path_factory.mktemp("tmp")))
    monkeypatch.delenv("QUIZCLI_PATH", raising=False)
    monkeypatch.delenv("QUIZCLI_PLAYER", raising=False)
    monkeypatch.delenv("QUIZCLI_DEBUG", raising=False)
    monkeypatch.delenv("QUIZCLI_DATABASE_URL", raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    yield home


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The test server's URL ($QUIZCLI_TEST_POSTGRES_URL): skipped without one, except in
    CI (CI=true), where a missing server fails the run."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(HOW_TO_RUN)
        pytest.skip(HOW_TO_RUN)
    return url


def database_url(server: str, name: str) -> str:
    """``server``'s URL pointing at database ``name``."""
    parts = urlsplit(server)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture
def postgres_url(postgres_server: str) -> Iterator[str]:
    """A fresh, empty database on the test server, dropped after the test."""
    import psycopg

    name = f"quizcli_test_{os.urandom(6).hex()}"
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield database_url(postgres_server, name)
    with psycopg.connect(postgres_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
