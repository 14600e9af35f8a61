"""The benchmark suite runs end to end in its quick mode, so it never rots.

Timings are never asserted: the machines are shared and noisy. Only the shape of the report
is checked.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_quick_benchmark_reports_every_row(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "quick mode" in result.stdout
    report = json.loads(out.read_text())
    names = [row["name"] for row in report["rows"]]
    assert names[:6] == [
        "--help",
        "list (built-in bank)",
        "list (built-in bank), CPU",
        "--version, CPU",
        "play --plain --count 10 (built-in)",
        "interactive play: first question on screen",
    ]
    sys.path.insert(0, str(ROOT / "bench"))
    from genarticle import ONE_PARAGRAPH_VARIANTS

    shapes = [  # every shape but the one the row before it already drafts
        f"draft a 250 KB one-paragraph article: {shape}, CPU"
        for shape in ONE_PARAGRAPH_VARIANTS
        if shape != "no spaces after stops"
    ]
    assert len(shapes) == 11
    assert len(names) == 15 + len(shapes)
    assert names[9:] == [
        "list, broken 300-question bank",
        "draft a 2,000-word article",
        "draft a 250 KB one-paragraph article",
        *shapes,
        "import 100-question gift file",
        "import 300-question opentdb file",
        "later play --bank on a 100-question gift file",
    ]
    for row in report["rows"]:
        assert row["ratio"] > 0
        assert row["target"] in (0.7, 1.1, 1.12, 1.2, 1.25, 1.3, 1.4, 1.5, 2.0, 8.0)
        assert isinstance(row["passed"], bool)
        assert row["quizcli"]["runs"] == 1
    later = [row for row in report["rows"] if row["name"].startswith("later list")]
    assert all(row["memory_ratio"] is not None for row in later)
    assert [item["questions"] for item in report["growth"]] == [100, 300]


@pytest.mark.slow
def test_the_quick_store_benchmark_reports_every_command(tmp_path: Path) -> None:
    out = tmp_path / "store.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "store.py"), "--quick", "--json", str(out),
         "--stores", str(tmp_path / "stores")],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text())
    assert [row["command"] for row in report["rows"]] == [
        "scores",
        "scores --all --limit 10",
        "scores --since",
        "history --player",
        "stats --player",
        "end-of-round ranking (play)",
    ]
    assert (report["small"], report["games"]) == (1000, 2000)
    for row in report["rows"]:
        assert row["ratio"] > 0 and row["call_big_ms"] > 0


@pytest.mark.slow
def test_the_quick_live_benchmark_reports_its_rows(tmp_path: Path) -> None:
    out = tmp_path / "live.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "live.py"), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "quick mode" in result.stdout
    (row,) = json.loads(out.read_text())["rows"]
    assert row["players"] == 10 and row["questions"] == 3
    assert row["floor_ms"] > 0 and row["room_ms"] > 0 and row["ratio"] > 0
    assert row["cpu_ms_per_question"] > 0
