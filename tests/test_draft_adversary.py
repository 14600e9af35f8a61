"""``quizcli draft`` against adversarial articles written to trip it (issue 21, precision).

Each article in tests/data/draft_corpus/adversary/ was written for these tests, in the
project's own words, around one family of traps seen in real reports: two races in one
paragraph, quotations cut off by the end of the text, ``he said`` after a sentence naming
two men, descriptions as speakers (``the 26-year-old``, ``the American``), teams, clubs,
countries, venues and photo credits next to quotations, reported and nested speech, people
sharing a surname, earlier years' results, hopes and negation. Its sidecar (NAME.toml, the
corpus notes' format) states who said what and the results; ``must = true`` on a quotation,
or ``must = ["time", "place", "score"]`` on a result, marks what a draft has to ask.

A drafted question the sidecar proves wrong or poor fails the test; so does a ``must`` one
left out.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from draft_articles import judged

ROOT = Path(__file__).resolve().parents[1]
ADVERSARY = ROOT / "tests" / "data" / "draft_corpus" / "adversary"
sys.path.insert(0, str(ROOT / "bench"))
from draft_eval import Judged, load_notes  # noqa: E402

ARTICLES = sorted(ADVERSARY.glob("*.txt"))


def shown(items: list[Judged]) -> str:
    return "\n".join(f"  {j.prompt} [{j.quote[:60]}] -> {j.answer}: {j.why}" for j in items)


def test_the_adversary_set_is_varied() -> None:
    sports = set()
    for article in ARTICLES:
        sidecar = tomllib.loads(article.with_suffix(".toml").read_text(encoding="utf-8"))
        assert sidecar["people"] and sidecar["traps"], article.name
        sports.add(article.stem.rsplit("-", 1)[-1])
    assert len(ARTICLES) >= 12 and len(sports) >= 10


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_no_wrong_or_poor_question(article: Path) -> None:
    bad = [j for j in judged(article) if j.verdict in ("wrong", "poor")]
    assert not bad, f"{article.name}:\n{shown(bad)}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_a_shared_surname_never_names_one_of_them(article: Path) -> None:
    people = load_notes(article.with_suffix(".toml")).people
    surnames = [name.split()[-1] for name in people]
    shared = {s for s in surnames if surnames.count(s) > 1}
    vague = []
    for j in judged(article):
        text = f"{j.prompt} | {j.answer}"
        for surname in shared:
            full = [p for p in people if p.endswith(" " + surname)]
            if text.count(surname) > sum(text.count(p) for p in full):
                vague.append(j)  # "Kerr" alone, beside or instead of "Adam Kerr"
    assert not vague, f"{article.name}: a surname two people share:\n{shown(vague)}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_the_plain_facts_are_asked(article: Path) -> None:
    sidecar = tomllib.loads(article.with_suffix(".toml").read_text(encoding="utf-8"))
    right = [j for j in judged(article) if j.verdict == "right"]
    asked_quotes = set().union(*(j.quotations for j in right))
    asked_results = set().union(*(j.results for j in right))
    missing = [
        f"quotation of {q['speaker']}: {q['starts'][0]!r}"
        for i, q in enumerate(sidecar.get("quotes", []))
        if q.get("must") and i not in asked_quotes
    ]
    missing += [
        f"{field} of {r['who']} in the {r['event']}"
        for i, r in enumerate(sidecar.get("results", []))
        for field in r.get("must", [])
        if (i, field) not in asked_results
    ]
    assert not missing, f"{article.name}: not asked:\n  " + "\n  ".join(missing)
