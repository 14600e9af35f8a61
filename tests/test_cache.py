"""The compiled bank cache: hits, misses, damage, other versions, concurrent builders."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pexpect
import pytest
from helpers import VALID, quizcli, write

from quizcli.bank import cache, cache_format
from quizcli.bank.catalog import BankFile, Origin, SetInfo, load_catalog
from quizcli.bank.entry import open_bank
from quizcli.bank.load import load_bank
from quizcli.errors import BankError
from quizcli.game import Round, RoundOptions
from quizcli.kinds import Difficulty, Kind

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from genbank import write_bank  # noqa: E402


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    return write_bank(tmp_path / "gen.toml", 300, set_id="gen")


def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any TOML read fail, to prove a load came from the cache."""

    def refuse(path: Path) -> None:
        raise AssertionError(f"{path} was parsed")

    monkeypatch.setattr("quizcli.bank.load.check_bank", refuse)


def entries(folder: Path) -> list[Path]:
    return sorted(folder.iterdir()) if folder.exists() else []


Change = Callable[[dict[str, Any], dict[str, Any], list[list[dict[str, Any]]]], None]


def rewrite_entry(folder: Path, bank: Path, change: Change) -> None:
    """Change a well-formed entry in place (its header, index and chunks), as only a bug or
    a hand could: every block still reads, but what it says no longer agrees with the bank."""
    path = cache_format.entry_path(folder, bank.resolve())
    with path.open("rb") as handle:
        assert handle.read(len(cache_format.MAGIC)) == cache_format.MAGIC
        head, index = cache_format.read_block(handle), cache_format.read_block(handle)
        start = handle.tell()
        chunks, reveals = [], []
        for offset, length in index["chunks"]:
            handle.seek(start + offset)
            tables, found = marshal.loads(handle.read(length))  # each chunk: (tables, reveals)
            chunks.append(tables)
            reveals.append(found)
    change(head, index, chunks)
    reveal_change = getattr(change, "reveals", None)
    if reveal_change is not None:
        reveal_change(reveals)
    blobs = [marshal.dumps((chunk, found)) for chunk, found in zip(chunks, reveals, strict=True)]
    index["chunks"] = []
    offset = 0
    for blob in blobs:
        index["chunks"].append((offset, len(blob)))
        offset += len(blob)
    blocks = [marshal.dumps(head), marshal.dumps(index)]
    data = b"".join(len(block).to_bytes(8, "little") + block for block in blocks)
    path.write_bytes(cache_format.MAGIC + data + b"".join(blobs))


def edit(bank: Path, size: int, seed: int = 0) -> None:
    """Rewrite the bank with ``size`` questions, its modification time visibly later."""
    stat = bank.stat()
    write_bank(bank, size, set_id="gen", seed=seed)
    os.utime(bank, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))


def next_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget what this process learnt about the cache, as a new quizcli process would."""
    monkeypatch.setattr(cache, "_known", set(), raising=False)
    monkeypatch.setattr(cache, "_pruned", set(), raising=False)


def tiny_banks(folder: Path, count: int) -> list[Path]:
    """``count`` one-question banks with distinct set ids."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"s{n}.toml"
        path.write_text(
            f'format = 1\n[set]\nid = "{folder.name}-{n}"\ntitle = "S"\n'
            '[[questions]]\nid = "q"\nkind = "truefalse"\nprompt = "p"\nanswer = true\n'
        )
        paths.append(path)
    return paths


def test_a_first_load_writes_an_entry_that_later_loads_read(
    folder: Path, bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_bank(bank, folder)
    assert len(entries(folder)) == 1
    no_parsing(monkeypatch)
    again = open_bank(bank, folder)
    assert again.meta == first.meta
    assert again.count == 300
    picked = again.questions([0, 64, 299])
    assert [q.id for q in picked] == ["q0", "q64", "q299"]


def test_the_cache_and_the_bank_give_the_same_round(folder: Path, bank: Path) -> None:
    open_bank(bank, folder)
    cached = open_bank(bank, folder)
    fresh = load_bank(bank)
    for seed in range(5):
        for options in (
            RoundOptions(count=10, seed=seed),
            RoundOptions(count=7, seed=seed, tags=("sport", "art")),
            RoundOptions(count=None, seed=seed, kinds=(Kind.ORDER, Kind.TEXT)),
            RoundOptions(count=5, seed=seed, difficulties=(Difficulty.HARD,), tags=("film",)),
        ):
            a = Round.start(cached, options)
            b = Round.start(fresh, options)
            assert a.questions == b.questions
            shown_a = [a.present(q, n, 1).options for n, q in enumerate(a.questions)]
            shown_b = [b.present(q, n, 1).options for n, q in enumerate(b.questions)]
            assert shown_a == shown_b


def test_a_changed_file_is_read_again(folder: Path, bank: Path) -> None:
    assert open_bank(bank, folder).count == 300
    write_bank(bank, 120, set_id="gen")
    stat = bank.stat()
    os.utime(bank, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert open_bank(bank, folder).count == 120
    assert len(entries(folder)) == 1


def test_a_deleted_bank_loses_its_entry(folder: Path, bank: Path) -> None:
    open_bank(bank, folder)
    assert entries(folder)
    bank.unlink()
    with pytest.raises(BankError, match="no such file"):
        open_bank(bank, folder)
    assert entries(folder) == []


def test_entries_of_vanished_banks_are_pruned_on_the_next_build(
    folder: Path, bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_bank(bank, folder)
    bank.unlink()
    next_command(monkeypatch)
    other = write(tmp_path, VALID, "other.toml")
    open_bank(other, folder)
    kept = cache_format.entry_path(folder, other.resolve())
    assert [e.name for e in entries(folder)] == [kept.name]


def test_a_first_load_of_many_banks_reads_each_old_entry_at_most_once(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tiny_banks(tmp_path / "old", 10)
    load_catalog([BankFile(path, Origin.OPTION) for path in old], folder)
    for path in old[:3]:
        path.unlink()
    next_command(monkeypatch)
    reads = []
    read_block = cache_format.read_block

    def counting(handle: Any) -> Any:
        reads.append(handle.name)
        return read_block(handle)

    monkeypatch.setattr(cache_format, "read_block", counting)
    new = tiny_banks(tmp_path / "new", 30)
    catalog = load_catalog([BankFile(path, Origin.OPTION) for path in new], folder)
    assert len(catalog.sets) == 30
    # Pruning after each of the 30 writes read every entry there was: 735 reads.
    assert len(reads) == len(set(reads)) <= 10
    kept = {cache_format.entry_path(folder, path.resolve()) for path in old[3:] + new}
    assert set(entries(folder)) == kept


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"garbage" * 100,
        lambda data: data[: len(data) // 2],  # a writer killed half way
        lambda data: data[:40],
        lambda data: b"",
        lambda data: data[:-10] + b"\xff" * 10,  # the last chunk damaged
    ],
)
def test_a_damaged_entry_is_rebuilt_silently(folder: Path, bank: Path, damage: object) -> None:
    open_bank(bank, folder)
    (path,) = entries(folder)
    path.write_bytes(damage(path.read_bytes()))  # type: ignore[operator]
    reopened = open_bank(bank, folder)
    assert reopened.count == 300
    assert [q.id for q in reopened.questions(range(290, 300))] == [f"q{n}" for n in range(290, 300)]
    assert len(reopened.eligible(tags=("sport",))) > 0
    assert cache.read(folder, bank.resolve(), bank.stat()) is not None  # whole again


def test_a_damaged_index_after_a_good_header_falls_back_to_the_bank(
    folder: Path, bank: Path
) -> None:
    open_bank(bank, folder)
    (path,) = entries(folder)
    data = path.read_bytes()
    magic = len(cache_format.MAGIC)
    header_end = magic + 8 + int.from_bytes(data[magic:][:8], "little")
    path.write_bytes(data[:header_end] + b"\x00" * (len(data) - header_end))
    reopened = open_bank(bank, folder)  # the header alone still reads
    assert reopened.count == 300
    assert [q.id for q in reopened.questions([5])] == ["q5"]
    assert reopened.eligible(kinds=(Kind.TIME,)) == list(range(5, 300, 7))


def test_an_entry_counting_more_questions_than_it_holds_is_rebuilt_silently(
    folder: Path, bank: Path
) -> None:
    open_bank(bank, folder)
    rewrite_entry(folder, bank, lambda head, index, chunks: head["meta"].update(count=350))
    options = RoundOptions(count=None, seed=3)
    game = Round.start(open_bank(bank, folder), options)
    assert game.questions == Round.start(load_bank(bank), options).questions
    rebuilt = cache.read(folder, bank.resolve(), bank.stat())
    assert rebuilt is not None and rebuilt.meta["count"] == 300


ROUNDS = [
    RoundOptions(count=None, seed=1),
    RoundOptions(count=10, seed=2),
    RoundOptions(count=7, seed=3, tags=("sport", "art")),
]


# Fewer questions; one fewer (the header keeps its length); as many, with other tags.
@pytest.mark.parametrize(("size", "seed"), [(120, 0), (299, 0), (300, 1)])
@pytest.mark.parametrize("options", ROUNDS)
def test_a_bank_rebuilt_by_another_quizcli_during_a_pick_gives_a_round_of_one_version(
    folder: Path,
    bank: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: int,
    seed: int,
    options: RoundOptions,
) -> None:
    open_bank(bank, folder)
    playing = open_bank(bank, folder)  # play has read the header of 300 questions
    tables = cache.CachedBank.tables

    def rebuilt_first(self: cache.CachedBank, indices: Any) -> Any:
        monkeypatch.setattr(cache.CachedBank, "tables", tables)
        edit(bank, size, seed)
        open_bank(bank, folder)  # another quizcli reads the edited bank and rebuilds the entry
        return tables(self, indices)

    monkeypatch.setattr(cache.CachedBank, "tables", rebuilt_first)
    played = Round.start(playing, options)
    fresh = Round.start(load_bank(bank), options)
    assert played.questions == fresh.questions
    assert played.qset.title == fresh.qset.title == f"Synthetic bank of {size} questions"
    shown = [played.present(q, n, 1).options for n, q in enumerate(played.questions)]
    assert shown == [fresh.present(q, n, 1).options for n, q in enumerate(fresh.questions)]


def _change_reveals(change: Callable[[list[Any]], None]) -> Change:
    """A change of every chunk's reveals (the tables stay as they are)."""

    def apply(head: Any, index: Any, chunks: list[list[dict[str, Any]]]) -> None:
        pass

    def reveals(found: list[list[Any]]) -> None:
        for chunk in found:
            change(chunk)

    apply.reveals = reveals  # type: ignore[attr-defined]
    return apply


def every_question(change: Callable[[dict[str, Any]], None]) -> Change:
    def apply(head: Any, index: Any, chunks: list[list[dict[str, Any]]]) -> None:
        for chunk in chunks:
            for table in chunk:
                change(table)

    return apply


# Entries that read without an error but disagree with themselves or hold what no check
# passed. (A missing chunk, or an index too short for a filter, raise IndexError on their
# own and were always rebuilt.)
INCONSISTENT: dict[str, Change] = {
    "fewer questions counted": lambda head, index, chunks: head["meta"].update(count=250),
    "a title that is a number": lambda head, index, chunks: head["meta"]["set"].update(title=5),
    "an unknown kind listed": lambda head, index, chunks: head["meta"].update(kinds=["essay"]),
    "a source without a title": lambda head, index, chunks: head["meta"]["sources"][0].pop("title"),
    "a tag naming question 999": lambda head, index, chunks: index["tags"].update(
        sport=cache_format.pack([999])
    ),
    "a group naming question 999": lambda head, index, chunks: index["groups"].update(
        podium=cache_format.pack([999])
    ),
    "a group index that is a list": lambda head, index, chunks: index.update(groups=[]),
    "a chunk one question short": lambda head, index, chunks: chunks[0].pop(0),
    "reveals that are numbers": _change_reveals(lambda found: found.__setitem__(0, (42,))),
    "reveals one question short": _change_reveals(lambda found: found.pop()),
    "prompts that are numbers": every_question(lambda table: table.update(prompt=42)),
    "an answer that is no choice": every_question(
        lambda table: table.update(answer="none of these") if table["kind"] == "choice" else None
    ),
    "tags that are a string": every_question(lambda table: table.update(tags="sport")),
}


@pytest.mark.parametrize("change", INCONSISTENT.values(), ids=INCONSISTENT.keys())
@pytest.mark.parametrize(
    "options",
    [RoundOptions(count=None, seed=4), RoundOptions(count=None, seed=5, tags=("sport",))],
)
def test_an_inconsistent_entry_gives_the_round_of_the_bank_and_is_rebuilt(
    folder: Path, bank: Path, change: Change, options: RoundOptions
) -> None:
    first = open_bank(bank, folder)
    rewrite_entry(folder, bank, change)
    opened = open_bank(bank, folder)
    # What list shows comes from the header alone: a wrong count is only found by a round.
    listed = SetInfo.of(opened, BankFile(bank, Origin.OPTION))._replace(questions=300)
    assert listed == SetInfo.of(first, BankFile(bank, Origin.OPTION))
    game = Round.start(opened, options)
    fresh = Round.start(load_bank(bank), options)
    assert game.questions == fresh.questions
    assert game.qset == fresh.qset
    rebuilt = cache.read(folder, bank.resolve(), bank.stat())
    assert rebuilt is not None and rebuilt.meta == first.meta
    if not options.tags:  # a round of every question met the damage, wherever it was
        assert len(rebuilt.tables(range(300))) == 300


def test_play_rebuilds_an_inconsistent_entry_without_a_word(
    bank: Path, isolated_home: Path
) -> None:
    folder = isolated_home / "cache" / "banks"
    for change in INCONSISTENT.values():
        assert quizcli("list", "--bank", str(bank)).returncode == 0
        rewrite_entry(folder, bank, change)
        listed = quizcli("list", "--json", "--bank", str(bank))
        assert listed.stderr == ""
        assert {e["id"]: e["questions"] for e in json.loads(listed.stdout)}["gen"] in (250, 300)
        played = quizcli("play", "gen", "--plain", "--count", "300", "--bank", str(bank))
        assert played.returncode == 0, played.stderr
        assert "Traceback" not in played.stderr
        assert "Question 1 of 300 · Synthetic bank of 300 questions" in played.stdout


def test_an_entry_from_another_version_is_rebuilt(
    folder: Path, bank: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_format, "__version__", "0.0.1")
    open_bank(bank, folder)
    monkeypatch.undo()
    assert cache.read(folder, bank.resolve(), bank.stat()) is None
    open_bank(bank, folder)
    assert cache.read(folder, bank.resolve(), bank.stat()) is not None


def test_an_unwritable_cache_folder_is_no_error(bank: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert open_bank(bank, blocker / "cache").count == 300


def test_a_bad_bank_is_cached_only_as_its_problems(folder: Path, tmp_path: Path) -> None:
    bad = write(tmp_path, VALID.replace("format = 1", "format = 5"))
    raised = []
    for _ in range(2):
        with pytest.raises(BankError) as error:
            open_bank(bad, folder)
        raised.append(error.value.problems)
    assert raised[0] == raised[1]  # the second time from the entry, word for word
    assert len(entries(folder)) == 1
    assert cache.read(folder, bad.resolve(), bad.stat()) is None  # never served as a bank
    write(tmp_path, VALID.replace("format = 1", "format = 1 "))  # fixed: a new size
    assert open_bank(bad, folder).id == "demo"


def test_concurrent_builders_both_end_with_a_whole_entry(bank: Path, isolated_home: Path) -> None:
    big = write_bank(bank.with_name("big.toml"), 5000, set_id="big")
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "quizcli", "validate", str(big)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        assert "5000 questions" in out
    folder = isolated_home / "cache" / "banks"
    (path,) = entries(folder)  # one entry, no temporary leftovers
    cached = cache.read(folder, big.resolve(), big.stat())
    assert cached is not None
    assert cached.meta["count"] == 5000
    assert len(cached.tables(range(4990, 5000))) == 10


def test_leftovers_of_a_killed_writer_are_cleared(folder: Path, bank: Path, tmp_path: Path) -> None:
    folder.mkdir(parents=True)
    killed = folder / ".tmp-abc.bank"
    killed.write_bytes(b"half")
    an_hour_ago = time.time() - 3600
    os.utime(killed, (an_hour_ago, an_hour_ago))
    writing = folder / ".tmp-def.bank"  # another quizcli building an entry right now
    writing.write_bytes(b"half")
    open_bank(bank, folder)
    assert not killed.exists()
    assert writing.exists()


def test_a_folder_in_the_cache_folder_is_left_alone(
    folder: Path, bank: Path, tmp_path: Path
) -> None:
    (folder / "kept").mkdir(parents=True)
    open_bank(bank, folder)
    assert (folder / "kept").is_dir()
    assert cache.read(folder, bank.resolve(), bank.stat()) is not None


def test_cache_commands(bank: Path, isolated_home: Path) -> None:
    path = quizcli("cache", "path")
    assert path.returncode == 0
    assert path.stdout.strip() == str(isolated_home / "cache" / "banks")
    assert quizcli("list", "--bank", str(bank)).returncode == 0
    assert len(entries(isolated_home / "cache" / "banks")) == 2  # paris2024 and gen
    cleared = quizcli("cache", "clear")
    assert cleared.stdout.strip() == "Removed 2 cached banks."
    assert entries(isolated_home / "cache" / "banks") == []
    listing = quizcli("list", "--json", "--bank", str(bank))
    assert {e["id"] for e in json.loads(listing.stdout)} == {"paris2024", "gen"}


def test_no_progress_on_a_pipe(bank: Path) -> None:
    big = write_bank(bank.with_name("big.toml"), 20000, set_id="big")
    result = quizcli("validate", str(big))
    assert result.returncode == 0
    assert result.stderr == ""


def test_a_slow_first_load_shows_progress_in_a_terminal(bank: Path) -> None:
    big = write_bank(bank.with_name("big.toml"), 60000, set_id="big")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "quizcli", "validate", str(big)],
        env={**os.environ, "TERM": "xterm"},
        encoding="utf-8",
        timeout=120,
        dimensions=(24, 120),
    )
    child.expect("Reading big.toml for the first time")
    child.expect("60000 questions")
    child.expect(pexpect.EOF)
