"""The wheel as a user installs it: without dev extras, in a fresh virtual environment.

Catches a bank left out of the package and a runtime import that is not a declared
dependency.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_installed_wheel_finds_the_builtin_bank(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        timeout=600,
    )
    wheel = next(dist.glob("quizcli-*.whl"))
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    for page in ("index.html", "app.js", "app.css"):  # the browser player's page
        assert f"quizcli/live/web/{page}" in names
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
        check=True,
        timeout=900,
    )
    run_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "quizcli"), *args],
            capture_output=True,
            text=True,
            cwd=elsewhere,
            env=run_env,
            timeout=120,
        )

    help_result = run("--help")
    assert help_result.returncode == 0, help_result.stderr
    assert "list" in help_result.stdout

    listing = run("list", "--json")
    assert listing.returncode == 0, listing.stderr
    sets = {entry["id"]: entry for entry in json.loads(listing.stdout)}
    assert sets["paris2024"]["origin"] == "built-in"
    assert str(env_dir) in sets["paris2024"]["path"]

    # The host's page and QR code, from the installed package and its declared dependencies.
    probe = (
        "from quizcli.live.web import Site; from quizcli.ui.qr import qr_text;"
        "site = Site.load(); print(len(site.files['/app.js'][0]) > 1000, len(qr_text('x')) > 0)"
    )
    page = subprocess.run(
        [str(bin_dir / "python"), "-c", probe], capture_output=True, text=True, cwd=elsewhere,
        env=run_env, timeout=120,
    )  # fmt: skip
    assert page.stdout.split() == ["True", "True"], page.stderr
