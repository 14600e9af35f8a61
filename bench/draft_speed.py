"""Paired CPU times of ``quizcli draft`` on 1 MB one-paragraph articles: this checkout
against another (a worktree of the commit before a change), alternating runs so that a
busy machine slows both alike; medians and their ratio per variant.

    git worktree add /tmp/before <commit>
    python bench/draft_speed.py --before /tmp/before --runs 5
    python bench/draft_speed.py --runs 3          # this checkout alone
    python bench/draft_speed.py --linearity       # each shape at --size and twice it

``--linearity`` prints the CPU ratio of twice the text to the text (2.0 is linear; the
start-up, about 0.2 s, makes small sizes read lower, so use 1 MB or more): the
work counters of tests/draft_work.py cannot see work done inside one C call (a copy of the
rest of a sentence, a test of membership in a growing list), a paired timing can.

The variants are ``genarticle.ONE_PARAGRAPH_VARIANTS`` (spaces after full stops or none,
quotations, results lists, numbers, no capitals, all capitals) and the 2,000-word article.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from genarticle import ONE_PARAGRAPH_VARIANTS, one_paragraph_variant, write_article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def cpu_seconds(root: Path, article: Path, out: Path) -> float:
    """The child's user + system CPU seconds to draft ``article`` with the code in ``root``."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "quizcli", "draft", str(article), "-o", str(out)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=root
    )
    _, _, usage = os.wait4(process.pid, 0)
    return usage.ru_utime + usage.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    """Print one row per variant: medians (and ratio against --before when given)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="another checkout's root, to compare")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--only", action="append", help="a variant's name (repeatable)")
    parser.add_argument("--linearity", action="store_true", help="time --size against twice it")
    args = parser.parse_args(argv)
    if args.linearity:
        return _linearity(args.only or list(ONE_PARAGRAPH_VARIANTS), args.size, args.runs)
    roots = [ROOT] + ([args.before.resolve()] if args.before else [])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        articles = {"2,000-word article": write_article(work / "article.txt")}
        for variant in args.only or ONE_PARAGRAPH_VARIANTS:
            path = work / (variant.replace(" ", "-") + ".txt")
            path.write_text(one_paragraph_variant(variant, args.size), encoding="utf-8")
            articles[variant] = path
        for root in roots:  # warm up: bytecode
            cpu_seconds(root, articles["2,000-word article"], work / "out.toml")
        print(f"{'variant':<24} " + " ".join(f"{r.name[:14]:>14}" for r in roots) + "  ratio")
        for name, path in articles.items():
            times: list[list[float]] = [[] for _ in roots]
            for _ in range(args.runs):
                for k, root in enumerate(roots):
                    times[k].append(cpu_seconds(root, path, work / "out.toml"))
            medians = [statistics.median(t) for t in times]
            ratio = f"  {medians[0] / medians[1]:.3f}" if len(medians) == 2 else ""
            spread = " ".join(f"{m:>8.3f} s     " for m in medians)
            print(f"{name:<24} {spread}{ratio}", flush=True)
    return 0


def _linearity(variants: list[str], size: int, runs: int) -> int:
    """Print, per variant, the median CPU seconds at ``size`` and twice it, and their ratio."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"{'variant':<24} {size:>10,} {2 * size:>10,}  ratio")
        for variant in variants:
            paths = []
            for factor in (1, 2):
                path = work / f"{variant.replace(' ', '-')}-{factor}.txt"
                path.write_text(one_paragraph_variant(variant, factor * size), encoding="utf-8")
                paths.append(path)
            times: list[list[float]] = [[], []]
            for _ in range(runs):
                for k, path in enumerate(paths):
                    times[k].append(cpu_seconds(ROOT, path, work / "out.toml"))
            small, large = (statistics.median(t) for t in times)
            print(f"{variant:<24} {small:>8.3f} s {large:>8.3f} s  {large / small:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
