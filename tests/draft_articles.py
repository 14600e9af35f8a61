"""Articles the draft tests write: an article file made of a test's text and a neutral
closing paragraph, drafted through ``quizcli.draft.draft``, and readers of what the draft
found (its facts and its quotations), as ``quizcli draft --json`` prints them."""

from __future__ import annotations

import functools
import sys
import tomllib
from pathlib import Path
from typing import Any

from quizcli.draft import Draft, DraftError, draft

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from draft_eval import Judge, Judged, load_notes  # noqa: E402

CLOSING = (
    "The crowd stayed long after the last race, and the organisers said they were pleased "
    "with the numbers at the gate and the weather all afternoon."
)


def options(result: Draft) -> set[str]:
    """Every option of every choice question that names people ("Who said this?", "Who won
    ...?")."""
    from quizcli.model import ChoiceQuestion

    return {
        choice
        for q in result.bank.questions
        if isinstance(q, ChoiceQuestion) and q.prompt.startswith("Who")
        for choice in q.choices
    }


def who_said_options(result: Draft) -> set[str]:
    """The options of every "Who said this?" (people only, never a match's sides)."""
    from quizcli.model import ChoiceQuestion

    return {
        choice
        for q in result.bank.questions
        if isinstance(q, ChoiceQuestion) and q.prompt == "Who said this?"
        for choice in q.choices
    }


def offered(tmp_path: Path, text: str) -> set[str]:
    """``options`` of the draft of ``text``, which must ask some "Who ...?" (else a test
    that no option is X would prove nothing)."""
    named = options(drafted(tmp_path, text))
    assert named, "no who-said question: the test would prove nothing"
    return named


def drafted(tmp_path: Path, text: str, name: str = "article.txt", *, closing: bool = True) -> Draft:
    """The draft of one article made of ``text`` and a neutral closing paragraph (none with
    ``closing=False``: a stored copy that ends cut, inside a word or a table)."""
    path = tmp_path / name
    path.write_text(text + ("\n\n" + CLOSING + "\n" if closing else ""), encoding="utf-8")
    return draft([path])


def facts(result: Draft, kind: str) -> list[tuple[Any, ...]]:
    """(athlete, event, value) of every fact of ``kind`` found."""
    return [
        (
            f["athlete"],
            f["event"],
            tuple(f["value"]) if isinstance(f["value"], list) else f["value"],
        )
        for found in result.findings
        for f in found["facts"]
        if f["kind"] == kind
    ]


def speakers_of(result: Draft) -> dict[str, str]:
    """Who said each quotation found: {its words: its speaker}."""
    return {text: speaker for speaker, text in quotations(result)}


def quotations(result: Draft) -> list[tuple[str, str]]:
    """(speaker, text) of every quotation found."""
    return [(q["speaker"], q["text"]) for f in result.findings for q in f["quotations"]]


def speaker_of(result: Draft, opening: str) -> set[str]:
    """Who the draft says spoke the quotation that starts with ``opening``."""
    return {who for who, text in quotations(result) if text.startswith(opening)}


@functools.cache
def judged(article: Path) -> list[Judged]:
    """Draft an article with a sidecar (NAME.toml, the corpus notes' format) once, and judge
    every question against it (refused, or nothing to ask: nothing can be wrong)."""
    try:
        questions: list[dict[str, Any]] = tomllib.loads(draft([article]).toml)["questions"]
    except DraftError:
        questions = []
    judge = Judge(load_notes(article.with_suffix(".toml")), article.read_text(encoding="utf-8"))
    return [judge.judge(q) for q in questions]
