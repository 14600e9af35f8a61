"""Synthetic question banks for the benchmarks: every kind, deterministic, any size.

``write_bank(path, n)`` writes a valid format-1 bank of ``n`` questions whose text is about
as long as a real bank's (about 280 bytes a question), so that 100,000 questions make a
file of roughly 28 MB.
"""

from __future__ import annotations

import random
from pathlib import Path

KINDS = ("choice", "multi", "truefalse", "order", "number", "time", "text")
DIFFICULTIES = ("easy", "medium", "hard")
TAGS = ("history", "science", "sport", "music", "film", "geography", "food", "art")
WORDS = (
    "river mountain orbit sonata relay marathon glacier canvas recipe summit harbour comet "
    "violin tundra sprint fresco meridian lantern citadel equator"
).split()


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _list(items: list[str]) -> str:
    return "[" + ", ".join(_q(item) for item in items) + "]"


def question(rng: random.Random, n: int) -> str:
    """One ``[[questions]]`` table, the n-th of the bank."""
    kind = KINDS[n % len(KINDS)]
    lines = [
        "[[questions]]",
        f'id = "q{n}"',
        f'kind = "{kind}"',
        f"prompt = {_q(f'Question {n}: which {_words(rng, 4)}?')}",
        f'difficulty = "{DIFFICULTIES[n % 3]}"',
        f"tags = {_list(rng.sample(TAGS, 2))}",
        'source = "gen"',
        f"explanation = {_q(_words(rng, 8))}",
    ]
    if n % 4 == 0:
        lines.append(f"hint = {_q(_words(rng, 4))}")
    options = [f"{_words(rng, 2)} {n}-{i}" for i in range(4)]
    if kind == "choice":
        lines += [f"choices = {_list(options)}", f"answer = {_q(options[n % 4])}"]
    elif kind == "multi":
        lines += [f"choices = {_list(options)}", f"answer = {_list(options[:2])}"]
    elif kind == "truefalse":
        lines.append(f"answer = {'true' if n % 2 else 'false'}")
    elif kind == "order":
        lines.append(f"answer = {_list(options[:3])}")
    elif kind == "number":
        lines += [f"answer = {n % 1000}", "tolerance = 1"]
    elif kind == "time":
        lines.append(f'answer = "{n % 60}:{n % 50 + 10:02d}.{n % 100:02d}"')
    else:
        lines += [f"answer = {_q(options[0])}", f"accept = {_list([options[1]])}"]
    return "\n".join(lines) + "\n"


def write_bank(
    path: Path, size: int, *, set_id: str | None = None, seed: int = 0, broken: bool = False
) -> Path:
    """Write a bank of ``size`` questions to ``path`` and return the path.

    With ``broken`` the last question names a source that is not declared, so the whole
    bank must be parsed and checked before it is refused (the worst case for a broken
    bank in the user's folder).
    """
    rng = random.Random(seed)
    set_id = set_id or f"synthetic-{size}"
    header = (
        "format = 1\n\n[set]\n"
        f'id = "{set_id}"\ntitle = "Synthetic bank of {size} questions"\n'
        'description = "Generated for the benchmarks."\ntags = ["synthetic"]\n\n'
        '[[sources]]\nid = "gen"\ntitle = "bench/genbank.py"\n\n'
    )
    with path.open("w", encoding="utf-8") as out:
        out.write(header)
        for n in range(size):
            text = question(rng, n)
            if broken and n == size - 1:
                text = text.replace('source = "gen"', 'source = "nowhere"')
            out.write(text)
            out.write("\n")
    return path
