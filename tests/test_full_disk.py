"""A real full disk: a 64 KiB tmpfs holds the data folder.

Each scenario runs in a private mount namespace (``unshare -m`` as root, ``unshare -Urm``
otherwise): the tmpfs is mounted there and disappears with the namespace, so nothing stays
mounted even if the test is killed. Everything that must be looked at inside the small disk
is looked at by a driver script running in the namespace, which prints it as JSON.

As root (CI) the test must run; elsewhere it is skipped when no namespace can be made.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import VALID, write

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="needs Linux mount namespaces")

# Runs inside the namespace: mount the small disk, play, fill the disk, play again, and
# report the output and what each folder holds. argv: mountpoint, bank, tmpdir, scenario.
DRIVER = r"""
import json, os, subprocess, sys

disk, bank, tmpdir, scenario = sys.argv[1:5]
# 64 KiB as in the report; room for a first game (the database, its -shm file, the bank
# cache; the schema of review cards and daily games included) when one is stored
# before the disk is filled.
size = "512k" if scenario == "existing" else "64k"
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", disk], check=True)
home = os.path.join(disk, "home")
os.mkdir(home)
env = {**os.environ, "QUIZCLI_HOME": home, "TMPDIR": tmpdir, "QUIZCLI_PLAYER": "ana"}


def quizcli(*args, input=None):
    done = subprocess.run(
        [sys.executable, "-m", "quizcli", *args],
        input=input, capture_output=True, text=True, env=env, timeout=120,
    )
    return {"code": done.returncode, "out": done.stdout, "err": done.stderr}


def fill():
    fd = os.open(os.path.join(disk, "filler"), os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"x" * 512)
    except OSError as error:
        assert error.errno == 28, error
    finally:
        os.close(fd)


def listing(folder):
    return sorted(
        os.path.relpath(os.path.join(root, name), folder)
        for root, dirs, files in os.walk(folder)
        for name in files
    )


report = {}
play = ("play", "demo", "--bank", bank, "--count", "3", "--seed", "1", "--plain")
if scenario == "existing":
    report["first"] = quizcli(*play, input="1\n1\n1\n")
    assert "Warning" not in report["first"]["err"], report["first"]["err"]
fill()
report["full"] = quizcli(*play, input="1\n1\n1\n")
report["again"] = quizcli(*play, input="1\n")  # ends early: abandoned
report["home"] = listing(home)
report["tmpdir"] = listing(tmpdir)
kept = os.path.join(tmpdir, "quizcli-journal")
report["kept"] = sorted(
    sum(1 for line in open(os.path.join(kept, name)) if line.startswith('{"answer"'))
    for name in os.listdir(kept)
)
report["history_full"] = quizcli("history", "--json")
os.remove(os.path.join(disk, "filler"))  # the player makes room
report["history"] = quizcli("history", "--json")
print(json.dumps(report))
"""


def _namespace() -> list[str]:
    """The command prefix that runs a process in a private mount namespace it may mount in."""
    return ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-Urm"]


def on_a_small_disk(tmp_path: Path, scenario: str) -> dict[str, Any]:
    """Run DRIVER for ``scenario`` with a 64 KiB tmpfs; skip where that cannot be had."""
    if shutil.which("unshare") is None and os.geteuid() != 0:
        pytest.skip("needs util-linux unshare")
    disk = tmp_path / "disk"
    disk.mkdir()
    rescue = tmp_path / "tmp"
    rescue.mkdir()
    bank = write(tmp_path, VALID)
    command = [*_namespace(), sys.executable, "-c", DRIVER, str(disk), str(bank), str(rescue)]
    done = subprocess.run(
        [*command, scenario], capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode != 0 and os.geteuid() != 0:
        pytest.skip(f"cannot mount a tmpfs in a user namespace here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr  # as root (CI) the test must run
    assert not os.listdir(disk), "the tmpfs must not outlive its namespace"
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def kept_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("Not stored yet:")]


@pytest.mark.parametrize("scenario", ["fresh", "existing"])
def test_a_full_disk_says_so_and_leaves_no_half_written_file(tmp_path: Path, scenario: str) -> None:
    report = on_a_small_disk(tmp_path, scenario)
    for attempt in ("full", "again"):
        played = report[attempt]
        assert played["code"] == 0, played["err"]
        assert "Traceback" not in played["err"]
        (kept,) = kept_lines(played["err"])
        assert kept.endswith(
            "failed: the disk is full. The round is kept in the journal; "
            "the next quizcli command stores it."
        ), kept
        assert "disk I/O error" not in played["err"]
        assert "Round over" in played["out"]
    # Nothing half-written is left on the full disk: no journal file, no temporary file.
    leftovers = [name for name in report["home"] if name.endswith((".jsonl", ".tmp"))]
    assert leftovers == []
    # Each round went whole to the journal's fallback in the temporary folder instead...
    assert report["kept"] == [1, 3]  # answers in each round's file
    # ... and while the disk is full, each command says in one line that it waits there.
    assert "could not be stored yet" in report["again"]["err"]
    # Reading while the disk is full may fail, in one line (and one for the rounds waiting).
    assert "Traceback" not in report["history_full"]["err"]
    assert len(report["history_full"]["err"].splitlines()) <= 2
    games = json.loads(report["history"]["out"] or "[]")
    if scenario == "existing":
        # Once there is room again, the next command stores both, beside the earlier game.
        assert "Recovered 2 rounds" in report["history"]["err"]
        assert len(games) == 3
    else:  # 64 KiB cannot hold a database even then: the rounds wait on in the journal
        assert "2 rounds in the journal could not be stored yet" in report["history"]["err"]
        assert games == []
