"""Spoilers: which question's answer another question's text gives away, and a round order
that never shows an answer before its question is asked.

A question's *reveals* are the strings that would give its answer away if they were on
screen before it is asked: a typed answer and its accepted spellings, the right option of a
choice, a number of 10 or more, a time in its usual spellings, all folded as grading folds
them (:func:`quizcli.parsing.fold`). Answers too short or too common to give anything away
are left out: numbers under 10, true/false, order and multi questions (every item is shown
anyway, and the answer is their order or their subset),
accepted spellings under 4 letters, and options that are everyday English words.

A question's *shown text* is everything a round puts on screen about it: the prompt, the
quote and its attribution, the hint, the options, the explanation, the right-answer line
and the source line. Question ``a`` *spoils* question ``b`` when a reveal of ``b`` occurs in
``a``'s shown text as whole words. A round may still hold both, as long as ``b`` is asked
first: :func:`arrange` orders a round so, and says which questions cannot be placed at all.

The functions work on question tables (the cache computes every question's reveals once,
when it writes a bank's entry) and on built questions alike. No I/O here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from quizcli.parsing import fold

__all__ = [
    "Spoiler",
    "arrange",
    "find_spoilers",
    "fold",
    "reveals",
    "shown_text",
    "source_line",
    "spoiler_pairs",
    "spoils",
]

# Numbers under this are too common to give an answer away (4 laps, 3 medals).
MIN_NUMBER = 10
# Accepted spellings shorter than this (after folding, spaces ignored) are not reveals.
MIN_ACCEPT = 4
MIN_ANSWER = 3
_TRUTH_WORDS = frozenset({"true", "false", "yes", "no"})

Reveals = tuple[str, ...]


def _get(question: Any, key: str) -> Any:
    """A field of a question table (dict) or of a built question (dataclass)."""
    if isinstance(question, dict):
        return question.get(key)
    return getattr(question, key, None)


def _kind(question: Any) -> str:
    kind = _get(question, "kind")
    return str(getattr(kind, "value", kind))


def _text_reveal(text: str, minimum: int) -> str | None:
    folded = fold(text)
    if len(folded.replace(" ", "")) < minimum or folded in _TRUTH_WORDS:
        return None
    if folded.replace(" ", "").isdigit() and _small_number(folded):
        return None
    return folded


def _small_number(folded: str) -> bool:
    try:
        return abs(int(folded.replace(" ", ""))) < MIN_NUMBER
    except ValueError:
        return False


def number_spellings(value: float) -> list[str]:
    """The folded ways a number answer can be written on screen: ``1500`` and ``1,500``
    (folded: ``1 500``). Numbers under 10 give nothing away: none."""
    if isinstance(value, bool) or not math.isfinite(value):
        return []
    size = abs(value)
    if size < MIN_NUMBER:
        return []
    if float(value).is_integer():
        whole = int(size)
        digits = str(whole)
        return [digits, f"{whole:,}".replace(",", " ")] if whole >= 1000 else [digits]
    text = repr(float(size))
    if "e" in text or "n" in text:
        return []
    plain = text.replace(".", " ")
    grouped = f"{size:,}".replace(",", " ").replace(".", " ")
    return [plain, grouped] if grouped != plain else [plain]


def time_spellings(answer: str, seconds: float | None) -> list[str]:
    """The folded spellings of a time answer: the bank's, and the race-result form."""
    from quizcli.parsing import format_time

    spellings = [fold(answer)]
    if seconds is not None:
        try:
            spellings.append(fold(format_time(seconds)))
        except ValueError:
            pass
    return _unique(s for s in spellings if s and not _small_number(s))


# Kinds whose answer is shown anyway (order, multi) or too short to matter (truefalse).
_NO_REVEALS = frozenset({"truefalse", "order", "multi"})
# A time already written the way results are (13:13.66, 9.79): no other spelling to add.
_RESULT_TIME = re.compile(r"[0-9]+(?::[0-9]{2}){0,2}(?:\.[0-9]+)?")


def reveals(question: Any) -> Reveals:
    """The folded strings that give ``question``'s answer away (see the module docstring).

    ``question`` is a checked question table or a built question. Fast on tables: the
    cache computes it for every question of a bank when it writes the bank's entry.
    """
    if isinstance(question, dict):
        kind = question["kind"]
        if kind in _NO_REVEALS:
            return ()
        answer = question.get("answer")
        accept = question.get("accept")
        seconds = None
    else:
        kind = question.kind.value
        if kind in _NO_REVEALS:
            return ()
        answer = question.answer
        accept = getattr(question, "accept", None)
        seconds = getattr(question, "seconds", None)
    found: list[str] = []
    if kind == "text":
        first = _text_reveal(str(answer), MIN_ANSWER)
        if first:
            found.append(first)
        for spelling in accept or ():
            other = _text_reveal(str(spelling), MIN_ACCEPT)
            if other and other not in found:
                found.append(other)
    elif kind == "choice":
        folded = _text_reveal(str(answer), MIN_ANSWER)
        if folded is not None and not _everyday(folded):
            found.append(FREE_ONLY + folded)
    elif kind == "number" and isinstance(answer, int | float):
        found.extend(number_spellings(answer))
    elif kind == "time" and isinstance(answer, str):
        if _RESULT_TIME.fullmatch(answer):
            folded = fold(answer)
            if not _small_number(folded):
                found.append(folded)
        else:
            if seconds is None:
                from quizcli.parsing import parse_time

                try:
                    seconds = parse_time(answer)
                except ValueError:
                    seconds = None
            found.extend(time_spellings(answer, seconds))
    return tuple(found)


def _everyday(folded: str) -> bool:
    """A one-word option that is an everyday English word gives nothing away by itself."""
    if " " in folded:
        return False
    from quizcli.spoilerwords import EVERYDAY

    return folded in EVERYDAY


# Between the free text of a question's shown text and its lists (options, order items, a
# multi's answers). fold() turns "|" into a space, so no folded text holds it.
LISTS = " || "
# Marks a reveal looked for in free text only: a choice's right option named in a list of
# options elsewhere says nothing about which option is right (it is one of its own options).
FREE_ONLY = "="


def shown_text(question: Any, source_line: str | None = None) -> str:
    """Everything a round shows about ``question``, folded, each piece between ``|`` and
    with a space at each end (so whole-word tests are plain substring tests and no match
    spans two pieces): first the free text (prompt, quote, attribution, hint,
    explanation, unit, a single right answer and its accepted spellings, the source
    line), then, after :data:`LISTS`, the lists (options, order items, a multi's answers)."""
    free: list[str] = []
    for key in ("prompt", "quote", "attribution", "hint", "explanation", "unit"):
        value = _get(question, key)
        if value:
            free.append(str(value))
    kind = _kind(question)
    answer = _get(question, "answer")
    lists = [str(item) for item in (_get(question, "choices") or ())]
    if kind in ("order", "multi"):
        lists.extend(str(item) for item in answer or ())
    elif kind == "number" and isinstance(answer, int | float):
        free.extend(number_spellings(answer) or [str(answer)])
    elif kind != "truefalse" and answer is not None:
        free.append(str(answer))
    if kind == "text":
        free.extend(str(item) for item in (_get(question, "accept") or ()))
    if source_line:
        free.append(source_line)
    return " " + " | ".join(map(fold, free)) + LISTS + " | ".join(map(fold, lists)) + " "


def source_line(source: Any) -> str:
    """What a round shows of a source (title, publisher, address), as one string."""
    parts = (_get(source, "title"), _get(source, "publisher"), _get(source, "url"))
    return " ".join(str(part) for part in parts if part)


def spoils(text: str, reveal_list: Iterable[str]) -> str | None:
    """The first reveal found as whole words in ``text`` (a :func:`shown_text`, or any
    folded text with a space at each end), or None. A reveal marked :data:`FREE_ONLY` is
    looked for only before :data:`LISTS`; the reveal is returned without its mark."""
    for reveal in reveal_list:
        if reveal.startswith(FREE_ONLY):
            bare = reveal[len(FREE_ONLY) :]
            end = text.find(LISTS)
            if f" {bare} " in (text if end < 0 else text[: end + 1]):
                return bare
        elif f" {reveal} " in text:
            return reveal
    return None


def arrange(
    texts: Sequence[str],
    reveal_lists: Sequence[Reveals],
    header: str = " ",
    limit: int | None = None,
) -> tuple[list[int], list[int]]:
    """An order for a round's questions in which no answer is on screen before its question.

    ``texts[i]`` is question i's :func:`shown_text`, ``reveal_lists[i]`` its reveals, and
    ``header`` what the round shows before every question (the set title). Questions are
    taken in the order given; each is kept when the kept ones can still be ordered so that
    every question is asked before any other that shows its answer, and dropped otherwise
    (a cycle, or an answer in the header). Among the orders that work, the one closest to
    the given order is returned. At most ``limit`` are kept. Returns (the kept positions in
    asking order, the dropped ones).
    """
    kept: list[int] = []
    dropped: list[int] = []
    for position in range(len(texts)):
        if limit is not None and len(kept) >= limit:
            break
        if spoils(header, reveal_lists[position]):
            dropped.append(position)
            continue
        trial = [*kept, position]
        if _order(trial, texts, reveal_lists) is None:
            dropped.append(position)
        else:
            kept = trial
    order = _order(kept, texts, reveal_lists)
    assert order is not None
    return order, dropped


def _order(
    positions: Sequence[int], texts: Sequence[str], reveal_lists: Sequence[Reveals]
) -> list[int] | None:
    """A stable topological order of ``positions`` (None when there is a cycle): a question
    whose answer another one's text shows comes before that other one."""
    before: dict[int, set[int]] = {p: set() for p in positions}
    for shower in positions:
        for asked in positions:
            if shower != asked and spoils(texts[shower], reveal_lists[asked]):
                before[shower].add(asked)
    ordered: list[int] = []
    waiting = list(positions)
    while waiting:
        ready = next((p for p in waiting if before[p] <= set(ordered)), None)
        if ready is None:
            return None
        ordered.append(ready)
        waiting.remove(ready)
    return ordered


def spoiler_pairs(
    questions: Sequence[Any], sources: Mapping[str, str], header: str = ""
) -> list[tuple[int, int, str]]:
    """Every (shower, spoiled, reveal) where question ``shower``'s shown text holds an answer
    of question ``spoiled``; ``shower`` is -1 when the set title holds it (``header``).

    ``sources`` maps a source id to the line shown for it. Quadratic: for ``validate``.
    """
    texts = [shown_text(q, sources.get(str(_get(q, "source")))) for q in questions]
    found = [reveals(q) for q in questions]
    folded_header = " " + fold(header) + " "
    pairs: list[tuple[int, int, str]] = []
    for spoiled, reveal_list in enumerate(found):
        if not reveal_list:
            continue
        hit = spoils(folded_header, reveal_list)
        if hit:
            pairs.append((-1, spoiled, hit))
        for shower, text in enumerate(texts):
            if shower != spoiled:
                hit = spoils(text, reveal_list)
                if hit:
                    pairs.append((shower, spoiled, hit))
    return pairs


class Spoiler(NamedTuple):
    """One question's shown text giving another's answer away (for ``validate --spoilers``)."""

    shower: str | None  # the id of the question whose text shows it; None: the set title
    spoiled: str  # the id of the question whose answer is shown
    field: str  # where: prompt, quote, hint, choices, explanation, answer, source, title
    text: str  # that field's text, as the bank has it
    reveal: str  # the folded answer found in it
    same_group: bool  # both in one group: a round never asks both


_FIELDS = ("prompt", "quote", "attribution", "hint", "explanation", "unit")


def _fields(question: Any, source: str | None) -> list[tuple[str, str]]:
    """Each shown field of ``question`` as (name, text), free text first, then the lists
    (as :func:`shown_text` orders them), for telling an author where."""
    found: list[tuple[str, str]] = []
    for key in _FIELDS:
        value = _get(question, key)
        if value:
            found.append((key, str(value)))
    kind = _kind(question)
    answer = _get(question, "answer")
    if kind == "number" and isinstance(answer, int | float):
        found.append(("answer", " ".join(number_spellings(answer)) or str(answer)))
    elif kind not in ("truefalse", "order", "multi") and answer is not None:
        found.append(("answer", str(answer)))
    if kind == "text":
        found.extend(("accept", str(item)) for item in (_get(question, "accept") or ()))
    if source:
        found.append(("source", source))
    found.extend(("choices", str(item)) for item in (_get(question, "choices") or ()))
    if kind in ("order", "multi"):
        found.extend(("answer", str(item)) for item in answer or ())
    return found


def find_spoilers(
    questions: Sequence[Any], sources: Mapping[str, str], title: str
) -> list[Spoiler]:
    """Every place where a question's shown text (or the set title) holds another
    question's answer, with the field and its text: what ``validate --spoilers`` lists."""
    spoilers: list[Spoiler] = []
    for shower, spoiled, reveal in spoiler_pairs(questions, sources, title):
        target = questions[spoiled]
        group = _get(target, "group")
        if shower < 0:
            spoilers.append(Spoiler(None, str(_get(target, "id")), "title", title, reveal, False))
            continue
        question = questions[shower]
        source = sources.get(str(_get(question, "source")))
        field, text = next(
            (
                (name, text)
                for name, text in _fields(question, source)
                if f" {reveal} " in f" {fold(text)} "
            ),
            ("text", ""),
        )
        spoilers.append(
            Spoiler(
                str(_get(question, "id")),
                str(_get(target, "id")),
                field,
                text,
                reveal,
                group is not None and group == _get(question, "group"),
            )
        )
    return spoilers


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return list(seen)
