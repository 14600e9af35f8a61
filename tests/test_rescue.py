"""Rescued rounds come back: ``quizcli rescue list`` and ``rescue import`` store a rescue
file's round exactly once, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from helpers import quizcli

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


def rescued_round(home: Path, env: dict[str, str]) -> Path:
    """Play a round that cannot be saved (the local database is damaged): its rescue file."""
    (home / "quizcli.db").write_bytes(b"garbage " * 512)
    played = quizcli(
        "play", "paris2024", "--count", "2", "--seed", "5", "--plain", "--player", "ana",
        input=ANSWERS, env={"TMPDIR": env["TMPDIR"]},
    )  # fmt: skip
    assert played.returncode == 0, played.stderr
    assert "This round could not be saved" in played.stderr
    (rescue,) = home.glob("quizcli-rescue-*.json")
    (home / "quizcli.db").unlink()
    return rescue


def stored_players(env: dict[str, str]) -> list[str]:
    history = quizcli("history", "--player", "ana", "--json", env=env)
    assert history.returncode == 0, history.stderr
    return [row["player"] for row in json.loads(history.stdout)]


def test_a_rescued_round_is_listed_and_imported_exactly_once(
    isolated_home: Path, engine_env: dict[str, str], tmp_path: Path
) -> None:
    rescue = rescued_round(isolated_home, engine_env)
    listed = quizcli("rescue", "list", env=engine_env)
    assert listed.returncode == 0
    assert str(rescue) in listed.stdout and "ana on paris2024" in listed.stdout

    copy = tmp_path / "copy.json"
    shutil.copy(rescue, copy)
    first = quizcli("rescue", "import", str(rescue), env=engine_env)
    assert first.returncode == 0, first.stderr
    assert "is stored as game" in first.stdout and "the file was removed" in first.stdout
    assert not rescue.exists()
    again = quizcli("rescue", "import", str(copy), env=engine_env)
    assert again.returncode == 0, again.stderr
    assert "was stored already" in again.stdout
    assert stored_players(engine_env) == ["ana"]
    assert "No rescue files" in quizcli("rescue", "list", env=engine_env).stdout


def test_a_rescue_file_from_before_game_ids_is_imported_once(
    isolated_home: Path, engine_env: dict[str, str], tmp_path: Path
) -> None:
    rescue = rescued_round(isolated_home, engine_env)
    data = json.loads(rescue.read_text())
    del data["id"]
    for answer in data["answers"]:
        del answer["prompt"], answer["tags"]
    old = json.dumps(data)
    for name in ("one.json", "two.json"):
        (tmp_path / name).write_text(old)
        assert quizcli("rescue", "import", str(tmp_path / name), env=engine_env).returncode == 0
    assert stored_players(engine_env) == ["ana"]


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
