"""Shared fixtures: every test runs with its own empty QUIZCLI_HOME and a fixed width."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Point QUIZCLI_HOME at a fresh folder so no test touches the real home."""
    home = tmp_path_factory.mktemp("quizcli-home")
    monkeypatch.setenv("QUIZCLI_HOME", str(home))
    monkeypatch.delenv("QUIZCLI_PATH", raising=False)
    monkeypatch.delenv("QUIZCLI_PLAYER", raising=False)
    monkeypatch.delenv("QUIZCLI_DEBUG", raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("NO_COLOR", "1")
    yield home
