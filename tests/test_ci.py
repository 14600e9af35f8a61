"""The PostgreSQL tests are skipped with a hint outside CI, and fail in CI, without a server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ONE_TEST = "tests/test_store_engines.py::test_postgres_reading_an_empty_database_creates_nothing"


def run_without_a_server(ci: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "QUIZCLI_TEST_POSTGRES_URL")}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", ONE_TEST],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
    )  # fmt: skip


@pytest.mark.slow
def test_a_missing_server_skips_with_a_hint_outside_ci_and_fails_in_ci() -> None:
    outside = run_without_a_server(None)
    assert outside.returncode == 0, outside.stdout
    assert "1 skipped" in outside.stdout
    assert ".ci/postgres.sh start DIR" in outside.stdout
    assert "QUIZCLI_TEST_POSTGRES_URL" in outside.stdout
    inside = run_without_a_server("true")
    assert inside.returncode != 0
    assert "no PostgreSQL server for the tests" in inside.stdout
