"""Synthetic files of other formats for the import benchmarks: deterministic, any size.

``write_gift(path, n)`` writes a GIFT file of ``n`` questions (choice, multi with weights,
true/false, numerical, short answer, categories every 100 questions); ``write_opentdb(path,
n)`` an Open Trivia DB response of ``n`` results (multiple and boolean, HTML entities).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

WORDS = (
    "river mountain orbit sonata relay marathon glacier canvas recipe summit harbour comet "
    "violin tundra sprint fresco meridian lantern citadel equator"
).split()


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _options(rng: random.Random, n: int, count: int) -> list[str]:
    return [f"{_words(rng, 2)} {n}-{i}" for i in range(count)]


def gift_question(rng: random.Random, n: int) -> str:
    """One GIFT question, the n-th of the file."""
    title = f"::q{n}::"
    prompt = f"Which {_words(rng, 8)} (question {n})?"
    kind = n % 5
    if kind == 0:
        right, *wrong = _options(rng, n, 4)
        body = f"={right} " + " ".join(f"~{w}" for w in wrong)
        body += f" ####{_words(rng, 10)}"
    elif kind == 1:
        a, b, c, d = _options(rng, n, 4)
        body = f"~%50%{a} ~%50%{b} ~%-50%{c} ~%-50%{d}"
    elif kind == 2:
        body = rng.choice(["T", "F", "TRUE", "FALSE"])
    elif kind == 3:
        body = f"#{rng.randint(1, 5000)}:{rng.randint(0, 20)}"
    else:
        body = f"={_words(rng, 2)} ={_words(rng, 2)} extra"
    return f"{title}{prompt} {{{body}}}\n"


def write_gift(path: Path, count: int, seed: int = 1) -> Path:
    """A GIFT file of ``count`` questions."""
    rng = random.Random(seed)
    parts = ["// Synthetic GIFT file for quizcli's benchmarks.\n"]
    for n in range(count):
        if n % 100 == 0:
            parts.append(f"\n$CATEGORY: $course$/top/{rng.choice(WORDS)}/{n // 100}\n")
        parts.append("\n" + gift_question(rng, n))
    path.write_text("".join(parts), encoding="utf-8")
    return path


def write_opentdb(path: Path, count: int, seed: int = 1) -> Path:
    """An Open Trivia DB response (default encoding) of ``count`` results."""
    rng = random.Random(seed)
    results = []
    for n in range(count):
        question = f"Which &quot;{_words(rng, 8)}&quot; isn&#039;t {n}?"
        common = {
            "difficulty": rng.choice(["easy", "medium", "hard"]),
            "category": f"Science &amp; {rng.choice(WORDS).title()}",
            "question": question,
        }
        if n % 3 == 2:
            answer = rng.choice(["True", "False"])
            results.append(
                {
                    "type": "boolean",
                    **common,
                    "correct_answer": answer,
                    "incorrect_answers": ["False" if answer == "True" else "True"],
                }
            )
        else:
            right, *wrong = _options(rng, n, 4)
            results.append(
                {"type": "multiple", **common, "correct_answer": right, "incorrect_answers": wrong}
            )
    text = json.dumps({"response_code": 0, "results": results})
    path.write_text(text, encoding="utf-8")
    return path
