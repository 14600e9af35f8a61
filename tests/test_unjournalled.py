"""The last resort (issue 19): when neither the journal nor any store can keep a round,
the command says so in one line, naming both failures, and exits 1; a played round is
printed as JSON for ``quizcli rescue import``. The journal's fallback is one fixed place
(``$TMPDIR/quizcli-journal``), never a writable folder found by probing (the current
folder, where no later command would look).

Root ignores file permissions, so the folders are made unusable another way: the journal
folder is a regular file, and so is $TMPDIR itself (so the fallback under it cannot be
made); the database is a link to a path under that file. Each works the same for any
user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import VALID, write

from quizcli.journal.entry import from_rescue_file

ROOT = Path(__file__).resolve().parents[1]  # this quizcli, run from another folder
ROUNDS = {
    "play": (["play", "demo", "--count", "2", "--seed", "1"], "This round"),
    "daily": (["daily", "demo"], "This attempt"),
    "review": (["review", "demo", "--new", "2"], "Your answers"),
}


@pytest.mark.parametrize("mode", sorted(ROUNDS))
def test_no_journal_and_no_store_is_one_line_and_exit_1(
    mode: str, isolated_home: Path, tmp_path: Path
) -> None:
    bank = write(tmp_path, VALID)
    (isolated_home / "journal").write_text("not a folder")
    temporary = tmp_path / "tmpdir"
    temporary.write_text("not a folder either")  # tempfile would go on to /tmp or here
    # No database to read (review reads cards first), and none can be created: the file's
    # name is a link to a path under a regular file.
    (isolated_home / "quizcli.db").symlink_to(temporary / "quizcli.db")
    here = tmp_path / "cwd"
    here.mkdir()
    args, what = ROUNDS[mode]
    done = subprocess.run(
        [sys.executable, "-m", "quizcli", *args, "--bank", str(bank), "--plain"],
        # play's seeded draw takes "1"; daily and review draw anew, and "1" does not answer
        # an order question (the round would end with nothing to save): they skip.
        input="1\n" * 5 if mode == "play" else "\n" * 30,
        capture_output=True,
        text=True,
        cwd=here,
        env={**os.environ, "TMPDIR": str(temporary), "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    errors = [line for line in lines if line.startswith("Error:")]
    assert len(errors) == 1, done.stderr
    assert errors[0].startswith(f"Error: {what} could not be saved: opening the database")
    journal, fallback = isolated_home / "journal", temporary / "quizcli-journal"
    assert (
        f"; nor kept: cannot write the journal in {journal} (a file is in the way) "
        f"nor in {fallback} (a file is in the way)."
    ) in errors[0]
    assert "Traceback" not in done.stderr
    assert os.listdir(here) == []  # nothing left where no command would look
    if mode == "play":  # the round itself, for `quizcli rescue import`
        rescue = here / "rescue.json"
        rescue.write_text(lines[-1], encoding="utf-8")
        game = from_rescue_file(rescue, "test")
        assert (game.set_id, game.answered) == ("demo", 2)
        assert json.loads(lines[-1])["answers"][0]["question"]
