"""Shell completion through the environment-variable protocol, as a shell drives it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import VALID, quizcli, write

# demo bank, --seed 4: multi, truefalse, choice, order, text, number, time (see test_plain).
SOME_RIGHT = "1 2\nf\n1\n\n\n\n\n"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return write(tmp_path, VALID)


def complete(shell: str, line: str, **env: str) -> subprocess.CompletedProcess[str]:
    """What quizcli answers the ``shell`` asking to complete ``line`` (the word being
    typed last; a trailing space starts a new word)."""
    variables = {"_QUIZCLI_COMPLETE": f"complete_{shell}", **env}
    if shell == "bash":
        words = line.split(" ")
        variables |= {"COMP_WORDS": line, "COMP_CWORD": str(len(words) - 1)}
    else:
        variables["_TYPER_COMPLETE_ARGS"] = line
        if shell == "fish":
            variables["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    return quizcli(env=variables)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_each_shell_gets_its_script_in_either_spelling(shell: str) -> None:
    for instruction in (f"source_{shell}", f"{shell}_source"):
        result = quizcli(env={"_QUIZCLI_COMPLETE": instruction})
        assert result.returncode == 0, result.stderr
        assert f"_QUIZCLI_COMPLETE=complete_{shell}" in result.stdout
        assert "quizcli" in result.stdout


def test_set_ids_complete_from_the_catalog_and_the_store(demo: Path, tmp_path: Path) -> None:
    assert complete("bash", "quizcli play ").stdout.split() == ["paris2024"]
    assert complete("bash", f"quizcli play --bank {demo} ").stdout.split() == [
        "demo",
        "paris2024",
    ]
    assert complete("bash", "quizcli scores p").stdout.split() == ["paris2024"]
    # A set known only from its stored games (its bank is not loaded) completes too.
    played = quizcli("play", "demo", "--bank", str(demo), "--seed", "4", input=SOME_RIGHT)
    assert played.returncode == 0, played.stderr
    zsh = complete("zsh", "quizcli stats ").stdout
    assert zsh == '_arguments \'*: :(("demo"\n"paris2024"))\'\n'
    assert complete("fish", "quizcli reset --set d").stdout.split() == ["demo"]


def test_player_names_complete_from_the_store(demo: Path) -> None:
    assert complete("bash", "quizcli history --player ").stdout == "\n"  # no store yet
    for name in ("ana", "anton", "Bo Li", "bea$(rm -rf ~)", "\U0001f3c3\u200d\u2642\ufe0f"):
        played = quizcli(
            "play", "demo", "--bank", str(demo), "--seed", "4", "--player", name,
            input=SOME_RIGHT,
        )  # fmt: skip
        assert played.returncode == 0, played.stderr
    assert complete("bash", "quizcli scores --player an").stdout.split() == ["ana", "anton"]
    # Names a shell would split or run are not offered; a joined emoji is.
    assert complete("fish", "quizcli play --player ").stdout.split() == [
        "ana",
        "anton",
        "\U0001f3c3\u200d\u2642\ufe0f",
    ]


def test_kinds_and_tags_complete(demo: Path) -> None:
    assert complete("bash", "quizcli play --kind t").stdout.split() == ["truefalse", "time", "text"]
    assert complete("bash", f"quizcli play demo --bank {demo} --tag ").stdout.split() == [
        "1500m",
        "podium",
        "test",
    ]
    assert "athletics" in complete("bash", "quizcli play paris2024 --tag ").stdout.split()


def test_a_damaged_store_completes_nothing_and_says_nothing(isolated_home: Path) -> None:
    (isolated_home / "quizcli.db").write_bytes(b"not a database" * 100)
    result = complete("bash", "quizcli scores --player ")
    assert result.returncode == 0
    assert result.stdout.strip() == ""
    assert result.stderr == ""


def test_bash_itself_completes_through_the_sourced_script(demo: Path) -> None:
    script = shutil.which("quizcli", path=str(Path(sys.executable).parent))
    bash = shutil.which("bash")
    if script is None or bash is None:
        pytest.skip("needs bash and the installed quizcli script")
    program = (
        'eval "$(_QUIZCLI_COMPLETE=source_bash quizcli)"\n'
        f'COMP_WORDS=(quizcli play --bank {demo} ""); COMP_CWORD=4\n'
        "_quizcli_completion quizcli\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "PATH": f"{Path(script).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        [bash, "--norc", "--noprofile", "-c", program],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["demo", "paris2024"]


def test_completion_code_is_not_imported_at_start_up() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "quizcli", "list"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    imported = result.stderr
    assert "quizcli.store" not in imported  # the sanity check that this test can see imports
    assert "quizcli.commands.completion" not in imported
    assert re.search(r"\| +quizcli\.commands\.options$", imported, re.MULTILINE)
