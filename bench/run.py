"""quizcli's benchmark suite: every speed target as a ratio against its floor.

Run from the project's root, in the development environment:

    python bench/run.py                 # the full suite (about 5 minutes on 2 cores)
    python bench/run.py --quick         # tiny banks, one run each: checks the suite works

Each row times quizcli and its floor in the same run, alternating the two so that a noisy
machine slows both alike, and reports medians (with min and max) and their ratio against
the target. Synthetic banks of mixed kinds are generated deterministically into a temporary
folder, never committed. The results are printed as a table and written as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pty
import re
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from genarticle import (  # noqa: E402
    ONE_PARAGRAPH_VARIANTS,
    one_paragraph_text,
    one_paragraph_variant,
    write_article,
)
from genbank import write_bank  # noqa: E402
from genforeign import write_gift, write_opentdb  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
FLOOR_RICH = [PY, "-c", "import typer, rich.console, rich.table"]
FLOOR_RICH_SQLITE = [PY, "-c", "import typer, rich.console, rich.table, sqlite3"]
FLOOR_QUESTIONARY = [PY, "-c", "import typer, rich.console, questionary; print('ready')"]
# Ten plain-mode answer lines: enough for a ten-question round whatever the kinds (lines
# that do not parse are asked again, and the end of input ends the round cleanly).
ANSWERS = "1\n" * 40


def quizcli_command() -> list[str]:
    """The installed console script next to this Python, else ``python -m quizcli``."""
    script = Path(PY).with_name("quizcli")
    return [str(script)] if script.exists() else [PY, "-m", "quizcli"]


@dataclass
class Sample:
    """Medians, minimums and maximums of one command's runs."""

    median: float
    min: float
    max: float
    peak_kib_median: int
    runs: int


@dataclass
class Row:
    """One target: quizcli against its floor."""

    name: str
    command: str
    floor: str
    target: float
    quizcli: Sample
    floor_sample: Sample
    ratio: float
    passed: bool
    memory_target: float | None = None
    memory_ratio: float | None = None
    notes: list[str] = field(default_factory=list)


def run_once(
    command: Sequence[str], env: dict[str, str], stdin: str | None = None, *, cpu: bool = False
) -> tuple[float, int]:
    """Wall seconds (or, with ``cpu``, the child's user + system CPU seconds) and peak
    resident KiB of one run (the child's own, via wait4)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    if stdin is not None:
        assert process.stdin is not None
        try:
            process.stdin.write(stdin.encode())
            process.stdin.close()
        except BrokenPipeError:
            pass
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if cpu:
        elapsed = usage.ru_utime + usage.ru_stime
    return elapsed, int(usage.ru_maxrss)


def until_output(
    command: Sequence[str], env: dict[str, str], marker: bytes, timeout: float = 60
) -> float:
    """Seconds from start until ``marker`` is on the screen of a pseudo-terminal."""
    master, slave = pty.openpty()
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True
    )
    os.close(slave)
    seen = b""
    try:
        while marker not in seen:
            if time.perf_counter() - start > timeout:
                raise TimeoutError(f"{marker!r} never appeared")
            ready, _, _ = select.select([master], [], [], 0.05)
            if ready:
                try:
                    seen += os.read(master, 65536)
                except OSError:
                    break
        return time.perf_counter() - start
    finally:
        process.kill()
        process.wait()
        os.close(master)


def summarize(times: list[float], peaks: list[int]) -> Sample:
    """The sample's medians and bounds."""
    return Sample(
        median=statistics.median(times),
        min=min(times),
        max=max(times),
        peak_kib_median=int(statistics.median(peaks)) if peaks else 0,
        runs=len(times),
    )


def compare(
    name: str,
    command: Sequence[str],
    floor: Sequence[str],
    target: float,
    runs: int,
    env: dict[str, str],
    *,
    stdin: str | None = None,
    floor_stdin: str | None = None,
    before: Sequence[str] | None = None,
    memory_target: float | None = None,
    floor_env: dict[str, str] | None = None,
    cpu: bool = False,
) -> Row:
    """Time ``command`` against ``floor``, alternating, ``runs`` times each (the floor in
    ``floor_env`` when given, else in ``env``); in CPU time rather than wall time with
    ``cpu``, which a busy machine disturbs less."""
    ours: tuple[list[float], list[int]] = ([], [])
    theirs: tuple[list[float], list[int]] = ([], [])
    for _ in range(runs):
        if before:
            subprocess.run(before, env=env, capture_output=True, check=False)
        elapsed, peak = run_once(command, env, stdin, cpu=cpu)
        ours[0].append(elapsed)
        ours[1].append(peak)
        elapsed, peak = run_once(floor, floor_env or env, floor_stdin, cpu=cpu)
        theirs[0].append(elapsed)
        theirs[1].append(peak)
    row = _row(name, command, floor, target, summarize(*ours), summarize(*theirs))
    if memory_target is not None:
        row.memory_target = memory_target
        floor_peak = max(row.floor_sample.peak_kib_median, 1)
        row.memory_ratio = row.quizcli.peak_kib_median / floor_peak
        row.passed = row.passed and row.memory_ratio <= memory_target
    return row


def compare_screen(
    name: str,
    command: Sequence[str],
    marker: bytes,
    floor: Sequence[str],
    floor_marker: bytes,
    target: float,
    runs: int,
    env: dict[str, str],
) -> Row:
    """Time until something is on a terminal's screen, against a floor doing the same."""
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(until_output(command, env, marker))
        theirs.append(until_output(floor, env, floor_marker))
    return _row(name, command, floor, target, summarize(ours, []), summarize(theirs, []))


def _row(
    name: str,
    command: Sequence[str],
    floor: Sequence[str],
    target: float,
    mine: Sample,
    base: Sample,
) -> Row:
    ratio = mine.median / base.median
    return Row(
        name=name,
        command=" ".join(_short(part) for part in command),
        floor=" ".join(_short(part) for part in floor),
        target=target,
        quizcli=mine,
        floor_sample=base,
        ratio=ratio,
        passed=ratio <= target,
    )


def _short(part: str) -> str:
    if part == PY:
        return "python"
    if part.endswith("/quizcli"):
        return "quizcli"
    if os.sep in part and not part.startswith("import"):
        return Path(part).name
    return part if " " not in part else f'"{part}"'


def run_suite(quick: bool, runs: int, sizes: Sequence[int], workdir: Path) -> dict[str, object]:
    """Every row of the targets table, then the growth measurements."""
    home = workdir / "home"
    home.mkdir()
    env = {
        **os.environ,
        "QUIZCLI_HOME": str(home),
        "QUIZCLI_PLAYER": "bench",
        "TERM": "xterm",
        "PROMPT_TOOLKIT_NO_CPR": "1",
        "COLUMNS": "100",
    }
    env.pop("QUIZCLI_PATH", None)
    # Measure what an installed quizcli does: with compiled bytecode (pip writes it at
    # install; a PYTHONDONTWRITEBYTECODE left in the environment would recompile every run).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    q = quizcli_command()
    banks = {size: write_bank(workdir / f"bank-{size}.toml", size) for size in sizes}
    big = banks[max(sizes)]
    big_id = f"synthetic-{max(sizes)}"
    # Warm up: bytecode, the built-in bank's cache entry, the store.
    subprocess.run([*q, "list"], env=env, capture_output=True, check=True)
    warm_play = [*q, "play", "paris2024", "--plain", "--count", "1", "--seed", "1"]
    subprocess.run(warm_play, env=env, input=ANSWERS, text=True, capture_output=True, check=True)
    subprocess.run([*q, "--help"], env=env, capture_output=True, check=True)

    rows = [
        compare("--help", [*q, "--help"], FLOOR_RICH, 1.25, runs, env),
        compare("list (built-in bank)", [*q, "list"], FLOOR_RICH, 1.25, runs, env),
        # Issue 25: the same two commands in CPU time, against tighter targets.
        compare("list (built-in bank), CPU", [*q, "list"], FLOOR_RICH, 1.12, runs, env, cpu=True),
        compare("--version, CPU", [*q, "--version"], FLOOR_RICH, 0.7, runs, env, cpu=True),
        compare(
            "play --plain --count 10 (built-in)",
            [*q, "play", "paris2024", "--plain", "--count", "10", "--seed", "1"],
            FLOOR_RICH_SQLITE,
            1.4,
            runs,
            env,
            stdin=ANSWERS,
        ),
        compare_screen(
            "interactive play: first question on screen",
            [*q, "play", "paris2024", "--seed", "1"],
            b"Question 1 of",
            FLOOR_QUESTIONARY,
            b"ready",
            1.3,
            runs,
            env,
        ),
        compare(
            f"first load of {max(sizes):,} questions (validate)",
            [*q, "validate", str(big)],
            [PY, "-c", f"import tomli; tomli.load(open({str(big)!r}, 'rb'))"],
            1.3,
            runs,
            env,
            before=[*q, "cache", "clear"],
        ),
    ]
    subprocess.run([*q, "validate", str(big)], env=env, capture_output=True, check=True)
    rows.append(
        compare(
            f"later list on {max(sizes):,} questions",
            [*q, "list", "--bank", str(big)],
            [*q, "list"],
            1.2,
            runs,
            env,
            memory_target=1.2,
        )
    )
    rows.append(
        compare(
            f"later play --count 10 on {max(sizes):,} questions",
            [*q, "play", big_id, "--bank", str(big), "--plain", "--count", "10", "--seed", "1"],
            [*q, "play", "paris2024", "--plain", "--count", "10", "--seed", "1"],
            1.2,
            runs,
            env,
            stdin=ANSWERS,
            floor_stdin=ANSWERS,
            memory_target=1.2,
        )
    )
    # A broken bank in the user's folder: parsed once, then its problems come from the cache.
    broken_home = workdir / "home-broken"
    (broken_home / "questions").mkdir(parents=True)
    write_bank(broken_home / "questions" / "broken.toml", max(sizes), broken=True)
    broken_env = {**env, "QUIZCLI_HOME": str(broken_home)}
    subprocess.run([*q, "list"], env=broken_env, capture_output=True, check=False)
    rows.append(
        compare(
            f"list, broken {max(sizes):,}-question bank",
            [*q, "list"],
            [*q, "list"],
            1.2,
            runs,
            broken_env,
            floor_env=env,
        )
    )
    article = write_article(workdir / "article.txt")
    rows.append(
        compare(
            "draft a 2,000-word article",
            [*q, "draft", str(article)],
            # Was 1.5x `quizcli --version`, which took 0.85x this floor until --version
            # stopped importing the CLI (issue 25): the same bound, against the floor.
            FLOOR_RICH,
            1.3,
            runs,
            env,
        )
    )

    # Issue 21: drafting is linear within a paragraph. A 1 MB article in one paragraph
    # (full stops without spaces, so one long "sentence" for a naive reader) against the
    # 2,000-word article: ~80 times the text, so a linear draft stays within ~8 times.
    huge = workdir / "one-paragraph.txt"
    huge.write_text(
        re.sub(
            r"([.!?][\"”]?) (?=[A-Z“\"])",
            r"\1",
            one_paragraph_text(250_000 if quick else 1_000_000),
        ),
        encoding="utf-8",
    )
    rows.append(
        compare(
            f"draft a {'250 KB' if quick else '1 MB'} one-paragraph article",
            [*q, "draft", str(huge)],
            [*q, "draft", str(article)],
            8.0,
            runs,
            env,
        )
    )

    # The other shapes of a one-paragraph article (bench/genarticle.py), in CPU time against
    # the 2,000-word draft: each must stay linear (bench/draft_speed.py compares two commits).
    for variant in ONE_PARAGRAPH_VARIANTS[:1] + ONE_PARAGRAPH_VARIANTS[2:]:
        shaped = workdir / f"one-paragraph-{variant.replace(' ', '-')}.txt"
        shaped.write_text(
            one_paragraph_variant(variant, 250_000 if quick else 1_000_000), encoding="utf-8"
        )
        rows.append(
            compare(
                f"draft a {'250 KB' if quick else '1 MB'} one-paragraph article: {variant}, CPU",
                [*q, "draft", str(shaped)],
                [*q, "draft", str(article)],
                8.0,
                runs,
                env,
                cpu=True,
            )
        )

    rows += import_rows(q, env, workdir, runs, quick)

    growth = []
    for size, path in banks.items():
        loads, peaks = [], []
        for _ in range(runs):
            subprocess.run([*q, "cache", "clear"], env=env, capture_output=True, check=False)
            elapsed, _ = run_once([*q, "validate", str(path)], env)
            loads.append(elapsed)
            play = [*q, "play", f"synthetic-{size}", "--bank", str(path), "--plain"]
            _, peak = run_once([*play, "--count", "10", "--seed", "1"], env, ANSWERS)
            peaks.append(peak)
        first_load = statistics.median(loads)
        growth.append(
            {
                "questions": size,
                "first_load_seconds": first_load,
                "first_load_ms_per_1000": first_load * 1000 / (size / 1000),
                "warm_play_peak_kib": int(statistics.median(peaks)),
            }
        )
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "quick": quick,
        "runs": runs,
        "rows": [asdict(row) for row in rows],
        "growth": growth,
        "all_passed": all(row.passed for row in rows),
    }


def import_rows(
    q: list[str], env: dict[str, str], workdir: Path, runs: int, quick: bool
) -> list[Row]:
    """Importing big GIFT and Open Trivia DB files against validating the banks they write,
    and a later play of the GIFT file against a play of the same bank as TOML."""
    gift_size, opentdb_size = (100, 300) if quick else (10_000, 50_000)
    gift = write_gift(workdir / "bench-gift.gift", gift_size)
    opentdb = write_opentdb(workdir / "bench-opentdb.json", opentdb_size)
    rows = []
    for source, size, name in ((gift, gift_size, "gift"), (opentdb, opentdb_size, "opentdb")):
        out = workdir / f"{source.stem}.toml"
        importing = [*q, "import", str(source), "-o", str(out), "--force"]
        subprocess.run(importing, env=env, capture_output=True, check=True)
        rows.append(
            compare(
                f"import {size:,}-question {name} file",
                importing,
                [*q, "validate", str(out)],
                2.0,
                runs,
                env,
                before=[*q, "cache", "clear"],
            )
        )
    # The same bank as TOML, under another set id so that both can be cached side by side.
    toml_bank = workdir / "bench-gift-as-toml.toml"
    subprocess.run(
        [*q, "import", str(gift), "-o", str(toml_bank), "--set-id", "bench-gift", "--force"],
        env=env,
        capture_output=True,
        check=True,
    )
    play = [*q, "play", "bench-gift", "--plain", "--count", "10", "--seed", "1"]
    for bank in (gift, toml_bank):  # first loads: both cached from here on
        subprocess.run(
            [*play, "--bank", str(bank)],
            env=env,
            input=ANSWERS,
            text=True,
            capture_output=True,
            check=True,
        )
    rows.append(
        compare(
            f"later play --bank on a {gift_size:,}-question gift file",
            [*play, "--bank", str(gift)],
            [*play, "--bank", str(toml_bank)],
            1.1,
            runs,
            env,
            stdin=ANSWERS,
            floor_stdin=ANSWERS,
        )
    )
    return rows


def machine() -> str:
    """A one-line description of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}){memory}, "
        f"Python {platform.python_version()}"
    )


def report(results: dict[str, object]) -> str:
    """The results as a plain-text table."""
    lines = [
        f"quizcli benchmarks, {results['date']}, {results['runs']} run(s) each"
        + (" (quick mode: tiny banks, not a measurement)" if results["quick"] else ""),
        str(results["machine"]),
        "",
        f"{'row':<46} {'quizcli ms':>22} {'floor ms':>22} {'ratio':>6} {'target':>7}  ok",
    ]
    rows = results["rows"]
    assert isinstance(rows, list)
    for row in rows:
        ours, base = row["quizcli"], row["floor_sample"]
        cell = "{:.0f} ({:.0f}-{:.0f})"
        mine = cell.format(ours["median"] * 1000, ours["min"] * 1000, ours["max"] * 1000)
        floor = cell.format(base["median"] * 1000, base["min"] * 1000, base["max"] * 1000)
        verdict = "pass" if row["passed"] else "FAIL"
        lines.append(
            f"{row['name']:<46} {mine:>22} {floor:>22} {row['ratio']:>5.2f}x "
            f"{'<= ' + format(row['target'], 'g'):>7}  {verdict}"
        )
        if row["memory_ratio"] is not None:
            lines.append(
                f"{'  peak memory (KiB)':<46} {ours['peak_kib_median']:>22} "
                f"{base['peak_kib_median']:>22} {row['memory_ratio']:>5.2f}x "
                f"{'<= ' + format(row['memory_target'], 'g'):>7}"
            )
    lines += ["", "Growth with bank size (cache cleared before each first load):"]
    lines.append(
        f"{'questions':>10} {'first load s':>13} {'ms / 1000 q':>12} {'warm play KiB':>14}"
    )
    growth = results["growth"]
    assert isinstance(growth, list)
    for item in growth:
        lines.append(
            f"{item['questions']:>10,} {item['first_load_seconds']:>13.2f} "
            f"{item['first_load_ms_per_1000']:>12.1f} {item['warm_play_peak_kib']:>14,}"
        )
    lines.append("")
    lines.append("every row within its target" if results["all_passed"] else "SOME ROWS FAILED")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite; print the table; write the JSON. Exit 0 even when a row fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny banks, one run each")
    parser.add_argument("--runs", type=int, help="runs per command (default 7, quick 1)")
    parser.add_argument(
        "--json",
        type=Path,
        default=ROOT / "bench" / "results" / "latest.json",
        help="where to write the results (default bench/results/latest.json)",
    )
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.quick else 7)
    sizes = (100, 300) if args.quick else (1_000, 10_000, 100_000)
    with tempfile.TemporaryDirectory(prefix="quizcli-bench-") as folder:
        results = run_suite(args.quick, runs, sizes, Path(folder))
    print(report(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nJSON written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
