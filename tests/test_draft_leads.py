"""The draft's speed-ups that must not change what it finds: patterns searched from their
first words (``quizcli.draft.leads``), and no copy of the rest of a sentence per value.

A ``Led`` gives the same matches as its pattern only if every match starts with a match of
its lead; these tests search every one on every sentence of the test articles and on text
made of its own pattern's words, so a lead that misses an alternative (one added later,
or a capital letter) fails here rather than dropping a fact in silence.
"""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

import pytest
from test_draft_speed import _sentences, _source_phrases

import quizcli.draft
from quizcli.draft import ask_quotes, ask_results, podiums, results  # noqa: F401  (every Led)
from quizcli.draft.leads import LEDS, Led
from quizcli.draft.tails import lowered

DRAFT = Path(quizcli.draft.__file__).parent


def _salad(pattern: str, seed: int) -> list[str]:
    """Texts made of a pattern's own words and phrases (in three cases), ordinals, names,
    numbers and marks, in random order: where an unled alternative would match."""
    rng = random.Random(seed)
    pieces = _source_phrases(pattern) + [
        *("second", "third", "seventh", "21st", "runner-up", "the", "a", "in", "of", "on"),
        *("Kerr", "Anna Achebe", "(KEN)", "13:13.66", "2-0", ",", ".", ";", "'s", "-"),
    ]
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(3, 40))) for _ in range(300)]


def _found(pattern: re.Pattern[str] | Led, text: str, pos: int, end: int) -> list[object]:
    if isinstance(pattern, Led):  # a folded one reads the lead in the text's lower case
        low = lowered(text) if pattern.folded else None
        return [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end, low=low)]
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos, end)]


def test_every_led_pattern_finds_what_its_pattern_finds() -> None:
    assert len(LEDS) >= 15
    texts = _sentences()
    assert len(texts) > 150
    for number, led in enumerate(LEDS):
        for text in texts + _salad(led.pattern.pattern, number):
            assert _found(led, text, 0, len(text)) == _found(led.pattern, text, 0, len(text)), (
                led.pattern.pattern[:60],
                text,
            )
            middle = len(text) // 3
            assert _found(led, text, middle, 2 * middle) == _found(
                led.pattern, text, middle, 2 * middle
            )
            low = lowered(text) if led.folded else None
            search, plain = led.search(text, middle, low=low), led.pattern.search(text, middle)
            assert (search and search.span()) == (plain and plain.span())


def test_a_lead_that_misses_an_alternative_is_caught() -> None:
    """The check above fails for a lead that leaves out one of its pattern's words."""
    pattern = re.compile(r"\b(?:won|claimed|took)\s+gold\b")
    wrong = Led.__new__(Led)  # not registered in LEDS
    wrong.pattern, wrong.lead = pattern, re.compile("won|took")
    wrong._find, wrong._match, wrong.folded = wrong.lead.search, pattern.match, False
    assert any(
        _found(wrong, text, 0, len(text)) != _found(pattern, text, 0, len(text))
        for text in _salad(pattern.pattern, 0)
    )


# Open-ended slices (``text[start:]``, ``text[:end]``) in the draft package, each read and
# found bounded: a quotation, a clause, a name, or once per sentence or paragraph. One of a
# sentence inside a finder's loop copies the rest of the sentence for every value, which is
# quadratic in a 1 MB one-sentence results list and invisible to tests/draft_work.py's
# counts (a copy runs no line and no pattern): ``placings._followed`` did so until
# 2026-12-05. Read with ``pattern.match(text, pos)`` instead, or add a function here.
_OPEN_SLICES_READ = {
    "ask_matches._full_names": "a side's words",
    "ask_results._won": "an event's name",
    "boards._player": "a header line's player",
    "clock._pattern": "a pattern's source, once per pattern",
    "descriptions.described_person": "the first three runs of an attribution",
    "focus.Focus.who_at": "an attribution",
    "pairs._read": "the words between two sides, at most 160 characters",
    "focus.Focus.who_before": "the words before a speech verb",
    "marks.doubled": "once per paragraph",
    "podiums.medals": "once per sentence",
    "quoted.finished": "a quotation's words",
    "read.undoubled": "once per paragraph",
    "read._uncut": "the last paragraph, once per article",
    "result_lines._without_venue": "a side's few words",
    "quoted.quoted_spans": "once per paragraph",
    "attributions.Attributing.after": "an attribution after a quotation",
    "attributions.Attributing.before": "an attribution before a quotation",
    "quotes._Walker._quote": "a quotation's lead-in",
    "ask_quotes._short_or_trimmed": "a quotation's first 45 words",
    "attributions.Attributing._quoted_as_saying": "300 characters after a quotation",
    "nicknames.without_nicknames": "once per paragraph",
    "quotes._Walker.paragraph": "once per paragraph",
    "runs._mention": "a run of at most a few words",
    "sides.side_of": "a side's words",
    "transcripts.only_asked": "once per paragraph of a press sheet",
    "transcripts.without_question": "once per answer paragraph",
    "sides.subject_of": "a sentence's opening words",
    "tables.TableReader.read": "a row of a table",
    "tables.TableReader._medal_row": "a row of a table",
    "tables.TableReader._row": "a row's name or rest",
    "tails.Ending._may_end": "a window's last words",
    "words.cap": "a question's text",
    "words.gap": "a quotation",
    "headline_beats._beaten": "a headline (200 characters at most)",
}


def _open_slices() -> set[str]:
    """Functions of the draft package slicing with one bound left out and the other not a
    constant, as ``module.function`` (``module.Class.method``)."""
    found = set()
    for path in sorted(DRAFT.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef | ast.Module):
                continue
            for function in node.body:
                if not isinstance(function, ast.FunctionDef):
                    continue
                for sub in ast.walk(function):
                    if isinstance(sub, ast.Slice) and _open(sub):
                        owner = f"{node.name}." if isinstance(node, ast.ClassDef) else ""
                        found.add(f"{path.stem}.{owner}{function.name}")
    return found


def _open(piece: ast.Slice) -> bool:
    bounds = [piece.lower, piece.upper]
    given = [bound for bound in bounds if bound is not None]
    # (``text[-k:]`` copies k characters: bounded)
    return len(given) == 1 and not isinstance(given[0], ast.Constant | ast.UnaryOp)


def test_no_new_open_slice_in_the_draft_package() -> None:
    found = _open_slices()
    assert found - set(_OPEN_SLICES_READ) == set(), "read each: is it bounded per value?"
    assert set(_OPEN_SLICES_READ) - found == set(), "gone: take it out of the list"


@pytest.mark.parametrize("source", ["x = text[position:]", "x = text[: match.start()]"])
def test_an_open_slice_is_seen(source: str) -> None:
    slices = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Slice)]
    assert _open(slices[0])


def test_every_standing_near_a_place_starts_with_one_of_its_words() -> None:
    """``moments.not_finish`` searches only where one of NOT_FINISH_WORDS starts: each
    match of NOT_FINISH, on every test sentence and on text of its own words in three
    cases, starts with one of them."""
    from quizcli.draft import moments

    pattern = moments.NOT_FINISH
    texts = _sentences() + _salad(pattern.pattern, 1)
    matched = 0
    for text in texts:
        for match in pattern.finditer(text):
            matched += 1
            start = match.start()
            assert moments.NOT_FINISH_WORDS.start_between(lowered(text), start, start + 1), (
                match[0],
                text,
            )
    assert matched > 100
