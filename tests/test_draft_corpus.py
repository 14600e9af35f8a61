"""``quizcli draft`` on articles rewritten from notes of real published reports.

Each article in tests/data/draft_corpus/rewritten/ was written for these tests from a
reader's notes of real articles (tests/data/draft_corpus/notes/), keeping the facts and the
structures that trip a drafter: descriptors before names, clubs and countries as subjects,
times in words, match scores, Q&A transcripts with long question lines, a speaker named in
the previous paragraph, no space after full stops, French. Its sidecar (NAME.toml) states
the people, the names that are not people, who said each quotation and the results.

Every drafted question is judged against the sidecar by the same judge as
bench/draft_eval.py (which measures the real articles): a question the sidecar proves wrong
fails the test, whatever else the draft gets right.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from draft_articles import judged

ROOT = Path(__file__).resolve().parents[1]
REWRITTEN = ROOT / "tests" / "data" / "draft_corpus" / "rewritten"
sys.path.insert(0, str(ROOT / "bench"))
from draft_eval import Judged, load_notes  # noqa: E402

ARTICLES = sorted(p for p in REWRITTEN.iterdir() if p.suffix in (".txt", ".md", ".html"))


def shown(items: list[Judged]) -> str:
    return "\n".join(f"  {j.prompt} [{j.quote[:60]}] -> {j.answer}: {j.why}" for j in items)


def is_quote_question(item: Judged) -> bool:
    return "said" in item.prompt.lower()


def test_every_rewritten_article_has_a_sidecar() -> None:
    assert len(ARTICLES) >= 10
    for article in ARTICLES:
        notes = load_notes(article.with_suffix(".toml"))
        assert notes.people, article.name


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_no_wrong_or_non_person_speaker(article: Path) -> None:
    wrong = [j for j in judged(article) if is_quote_question(j) and j.verdict == "wrong"]
    assert not wrong, f"{article.name}: quotations credited to the wrong speaker:\n{shown(wrong)}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_who_said_options_are_people_of_the_story(article: Path) -> None:
    padded = [
        j
        for j in judged(article)
        if is_quote_question(j) and j.verdict == "poor" and j.why.startswith("options")
    ]
    assert not padded, f"{article.name}: non-people offered as speakers:\n{shown(padded)}"


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_no_wrong_result(article: Path) -> None:
    wrong = [j for j in judged(article) if not is_quote_question(j) and j.verdict == "wrong"]
    assert not wrong, f"{article.name}: results the article does not state:\n{shown(wrong)}"
