"""Rounds kept aside come back: ``quizcli rescue list`` and ``rescue import`` read the journal
and the rescue files of older versions, and store each round exactly once, on SQLite and on
PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import journalled, quizcli

ANSWERS = "1\n1\n"


@pytest.fixture(params=["sqlite", "postgres"])
def engine_env(request: pytest.FixtureRequest, tmp_path: Path) -> dict[str, str]:
    """The environment of every command: a private temporary folder, and the engine."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {"TMPDIR": str(temporary)}
    if request.param == "postgres":
        env["QUIZCLI_DATABASE_URL"] = request.getfixturevalue("postgres_url")
    return env


def kept_round(home: Path, env: dict[str, str]) -> Path:
    """Play a round that cannot be stored (the local database is damaged): the journal
    keeps it; its file."""
    (home / "quizcli.db").write_bytes(b"garbage " * 512)
    played = quizcli(
        "play", "paris2024", "--count", "2", "--seed", "5", "--plain", "--player", "ana",
        input=ANSWERS, env={"TMPDIR": env["TMPDIR"]},
    )  # fmt: skip
    assert played.returncode == 0, played.stderr
    assert "The round is kept in the journal" in played.stderr
    (kept,) = journalled(home)
    return Path(kept["path"])


def stored_players(env: dict[str, str]) -> list[str]:
    history = quizcli("history", "--player", "ana", "--json", env=env)
    assert history.returncode == 0, history.stderr
    return [row["player"] for row in json.loads(history.stdout)]


def test_a_kept_round_is_listed_and_imported_exactly_once(
    isolated_home: Path, engine_env: dict[str, str], tmp_path: Path
) -> None:
    kept = kept_round(isolated_home, engine_env)
    listed = quizcli("rescue", "list", env={"TMPDIR": engine_env["TMPDIR"]})
    assert listed.returncode == 0
    assert str(kept) in listed.stdout and "ana on paris2024 (play)" in listed.stdout
    assert "could not be stored yet" in listed.stderr  # the start-up replay tried

    copy = tmp_path / "copy.jsonl"
    shutil.copy(kept, copy)
    (isolated_home / "quizcli.db").unlink()
    first = quizcli("rescue", "import", str(copy), env=engine_env)
    assert first.returncode == 0, first.stderr
    assert "is stored" in first.stdout and "the file was removed" in first.stdout
    # the start-up replay of the same command found the original first: stored once
    assert "Recovered 1 round" in first.stderr
    assert not kept.exists() and not copy.exists()
    assert stored_players(engine_env) == ["ana"]
    assert "No rounds waiting" in quizcli("rescue", "list", env=engine_env).stdout


def old_rescue_file(folder: Path, uid: str | None) -> Path:
    """A rescue file as quizcli wrote them before the journal (``id`` absent in the oldest)."""
    data = {
        "set": "paris2024", "set_title": "Paris 2024", "player": "ana",
        "started_at": "2026-11-01T10:00:00.000Z", "finished_at": "2026-11-01T10:01:00.000Z",
        "status": "abandoned", "score": 200, "max_score": 860, "asked": 5, "best_streak": 1,
        "accuracy": 0.5, "options": {"count": 5, "seed": 5},
        "answers": [
            {"question": "a", "kind": "choice", "response": "x", "verdict": "right",
             "fraction": 1.0, "points": 200, "elapsed": 2.5, "hint_taken": False},
            {"question": "b", "kind": "order", "response": ["p", "q"], "verdict": "wrong",
             "fraction": 0.0, "points": 0, "elapsed": 3.5, "hint_taken": True},
        ],
    }  # fmt: skip
    if uid is not None:
        data["id"] = uid
    path = folder / f"quizcli-rescue-{uid or 'old'}.json"
    path.write_text(json.dumps(data))
    return path


@pytest.mark.parametrize("uid", ["0123456789abcdef0123456789abcdef", None])
def test_an_old_rescue_file_is_listed_and_imported_once(
    isolated_home: Path, engine_env: dict[str, str], tmp_path: Path, uid: str | None
) -> None:
    rescue = old_rescue_file(isolated_home, uid)
    listed = quizcli("rescue", "list", env=engine_env)
    assert str(rescue) in listed.stdout and "ana on paris2024" in listed.stdout
    copy = tmp_path / "copy.json"
    shutil.copy(rescue, copy)
    first = quizcli("rescue", "import", str(rescue), env=engine_env)
    assert first.returncode == 0, first.stderr
    assert "is stored as game" in first.stdout and "the file was removed" in first.stdout
    again = quizcli("rescue", "import", str(copy), env=engine_env)
    assert again.returncode == 0, again.stderr
    assert "was stored already" in again.stdout
    history = json.loads(quizcli("history", "-p", "ana", "--json", env=engine_env).stdout)
    assert [(game["score"], game["answered"]) for game in history] == [(200, 2)]


@pytest.mark.parametrize(
    "content", ["{", '{"x": 1}', '{"answers": "no"}', "[]", '{"answers": [], "set": 5}']
)
def test_a_file_that_is_not_a_rescue_file_is_one_line(tmp_path: Path, content: str) -> None:
    path = tmp_path / "quizcli-rescue-bad.json"
    path.write_text(content)
    result = quizcli("rescue", "import", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {path} is not a quizcli rescue file")
    assert len(result.stderr.splitlines()) == 1
    assert path.exists()  # never removed unless imported
