"""A synthetic race report of about 2,000 words for the drafting benchmark: quotations with
speakers before and after, times, podiums and places, generated deterministically."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

FIRST = ["Anna", "Brian", "Carla", "David", "Elena", "Femi", "Greta", "Hugo", "Ines", "Jonas"]
LAST = [
    "Achebe",
    "Borg",
    "Castell",
    "Dahl",
    "Eriksen",
    "Fontaine",
    "Gallo",
    "Haddad",
    "Ivers",
    "Jansen",
]
EVENTS = ["800m", "1500m", "5000m", "10,000m", "3000m steeplechase"]


def article_text(words: int = 2000) -> str:
    """Paragraphs of a race report until it holds about ``words`` words."""
    paragraphs: list[str] = []
    n = 0
    while sum(len(p.split()) for p in paragraphs) < words:
        a, b, c, d = (f"{FIRST[(n + k) % 10]} {LAST[(n * 3 + k) % 10]}" for k in range(4))
        event = EVENTS[n % len(EVENTS)]
        minutes, hundredths = 3 + n % 9, 1000 + (n * 37) % 5000
        paragraphs += [
            f"{a} won the women's {event} on day {n + 1} in {minutes}:{hundredths // 100:02d}."
            f"{hundredths % 100:02d} ahead of {b} and {c}, in front of a full stadium.",
            f"\u201cI knew the last lap would decide it, so I waited for the bell,\u201d "
            f"{a.split()[1]} said. \u201cThe crowd carried me home tonight.\u201d",
            f"{d} finished fourth after leading for most of the race and said she would "
            f"learn from it.",
            f"{b.split()[1]} told reporters: \u201cSecond is fine. I ran my best time of the "
            f"season and I am healthy, which matters more than anything this year.\u201d",
        ]
        n += 1
    return "\n\n".join(paragraphs) + "\n"


def write_article(path: Path, words: int = 2000) -> Path:
    """Write the synthetic article to ``path``."""
    path.write_text(article_text(words), encoding="utf-8")
    return path


def one_paragraph_text(size: int) -> str:
    """About ``size`` characters of race report in a single paragraph: the report's
    paragraphs run together, with a results list (names and times, commas only) every few
    sentences, the shape that once made drafting quadratic within a paragraph."""
    report = article_text(max(size // 6, 200)).split("\n\n")
    parts: list[str] = []
    total = 0
    n = 0
    while total < size:
        part = report[n % len(report)].strip()
        if n % 5 == 4:
            names = [f"{FIRST[(n + k) % 10]} {LAST[(n * 7 + k) % 10]}" for k in range(20)]
            part = (
                "Results: "
                + ", ".join(
                    f"{name} 2:{5 + k // 6:02d}:{(n + k * 7) % 60:02d}"
                    for k, name in enumerate(names)
                )
                + "."
            )
        parts.append(part)
        total += len(part) + 1
        n += 1
    return " ".join(parts)[:size].rsplit(" ", 1)[0] + ".\n"


def write_one_paragraph(path: Path, size: int) -> Path:
    """Write ``one_paragraph_text(size)`` to ``path``."""
    path.write_text(one_paragraph_text(size), encoding="utf-8")
    return path


def _no_spaces_after_stops(text: str) -> str:
    """``text`` with no space between a sentence's stop and the next sentence."""
    return re.sub(r"([.!?][\"\u201d]?) (?=[A-Z\u201c\"])", r"\1", text)


def _quotations_text(size: int) -> str:
    """One paragraph that is mostly quotations, attributed before, after and in between."""
    parts: list[str] = []
    total = n = 0
    while total < size:
        a = f"{FIRST[n % 10]} {LAST[(n * 3) % 10]}"
        b = LAST[(n * 7 + 1) % 10]
        part = [
            f"\u201cI felt good on lap {n % 9 + 1} and kept going,\u201d {a} said.",
            f"{b} added: \u201cWe will see in Paris. It is a long season.\u201d",
            f"\u201cNo,\u201d said {b}, \u201cI was not tired at all.\u201d",
            f"'It was hot,' {a.split()[1]} told reporters, 'but the crowd helped.'",
            f'"Second is fine," said the {20 + n % 15}-year-old {b}.',
        ][n % 5]
        parts.append(part)
        total += len(part) + 1
        n += 1
    return " ".join(parts)[:size].rsplit(" ", 1)[0] + ".\n"


def _times_and_names_text(size: int) -> str:
    """One paragraph of results lists: full names, nations and times, nothing else."""
    parts: list[str] = []
    total = n = 0
    while total < size:
        k = n % 30
        name = f"{FIRST[n % 10]} {LAST[(n * 7) % 10]}"
        part = f"{k + 1}. {name} (KEN) 2:{5 + k // 6:02d}:{(n * 7) % 60:02d}.{n % 100:02d}"
        parts.append(part + (";" if k % 10 != 9 else ". Men's marathon:"))
        total += len(part) + 2
        n += 1
    return " ".join(parts)[:size].rsplit(" ", 1)[0] + ".\n"


def _numbers_text(size: int) -> str:
    """One paragraph dense with numbers of every kind: scores, distances, years, counts."""
    parts: list[str] = []
    total = n = 0
    while total < size:
        a = f"{FIRST[n % 10]} {LAST[(n * 3) % 10]}"
        part = [
            f"In {1990 + n % 35}, {a} won {n % 7 + 1} of {n % 11 + 12} races over 1,500 metres.",
            f"The score was {n % 5}-{n % 3}, then 6-{n % 5} 7-6 ({n % 7}) after 2 hours 13.",
            f"{n % 90 + 10}% of the {n * 13 % 5000 + 1000} fans saw lap {n % 25} at "
            f"10:{n % 60:02d}.",
            f"She threw {60 + n % 20}.{n % 100:02d}m and jumped 2.{n % 10}{n % 7} on the "
            f"{n % 28 + 1}th.",
            f"No. {n % 99} finished 3rd, 4th and {n % 9 + 5}th in 12.{n % 100:02d}, "
            f"1:{n % 60:02d}.4 and 59.9.",
        ][n % 5]
        parts.append(part)
        total += len(part) + 1
        n += 1
    return " ".join(parts)[:size].rsplit(" ", 1)[0] + ".\n"


def _one_sentence(text: str) -> str:
    """``text`` as a single sentence: each stop between its sentences made a comma."""
    return re.sub(r"[.!?](?=[\"\u201d]? )", ",", text.rstrip()) + "\n"


# The forms a time takes beside its holder in a flat results list (quizcli.draft.owners)
_BRACKETED = (
    "{name} ({time})",
    "{name} (KEN/{time})",
    "{name}, taking bronze ({time})",
    "{name} trailed in seventh ({time})",
    "{name}, who was fourth in {time}",
    "{name} was {place} in {time}",
)


def _sentence_of(size: int, part: Callable[[int], str], joint: str = ", ", lead: str = "") -> str:
    """One sentence of about ``size`` characters: ``lead``, then ``part(0)``, ``part(1)``...
    joined by ``joint``, cut after its last whole part."""
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(part(len(parts)))
        total += len(parts[-1]) + len(joint)
    return (lead + joint.join(parts))[:size].rsplit(",", 1)[0] + ".\n"


def _bracketed_result(n: int) -> str:
    """The ``n``-th result of a flat list: a name, its time beside it, in one of the forms."""
    name = f"{FIRST[n % 10]} {LAST[(n * 7) % 10]}"
    time = f"{27 + n % 3}:{(n * 7) % 60:02d}.{n % 100:02d}"
    place = ("second", "third", "fifth", "ninth")[n % 4]
    return _BRACKETED[n % len(_BRACKETED)].format(name=name, time=time, place=place)


def _bracketed_results_text(size: int) -> str:
    """One sentence of results, each time beside its holder in brackets or a clause:
    every per-time reading done over the whole sentence makes this quadratic."""
    return _sentence_of(size, _bracketed_result, lead="In the men's 10,000m final ")


_SIDES = ("Arsenal", "Chelsea", "Everton", "Fulham", "Burnley", "Watford", "Leeds United")


def _win_over(n: int) -> str:
    """The ``n``-th match result: a side's win over another, in one of three forms."""
    home, away = _SIDES[n % 7], _SIDES[(n * 3 + 1) % 7]
    return [
        f"{home} sealed a {n % 5 + 1}-{n % 2} home win over {away}",
        f"{home} recorded an emphatic {n % 4 + 3}-0 victory against {away}",
        f"{away} earned a narrow {n % 3 + 1}-0 away triumph over {home} in the FA Cup",
    ][n % 3]


def _scores_text(size: int) -> str:
    """One sentence of match results, each a side's win over another (the form read only
    when the sentence has no other score), joined by commas and "and"."""
    return _sentence_of(size, _win_over, joint=", and ")


_SYLLABLES = ("ka", "ri", "mo", "ta", "le", "su", "no", "vi", "da", "ge", "lo", "pe", "ra")


def _made_name(n: int) -> str:
    """The ``n``-th of thousands of different names (surnames shared now and then)."""
    first = _SYLLABLES[n % 13] + _SYLLABLES[(n // 13) % 13]
    last = _SYLLABLES[(n * 7) % 13] + _SYLLABLES[(n // 7) % 13] + _SYLLABLES[(n // 91) % 13]
    return f"{first.capitalize()} {last.capitalize()}"


def _many_names_text(size: int) -> str:
    """One sentence of results naming thousands of different people, each once or twice:
    every reading done per name over all the others (a shared surname looked for in the
    whole sentence, a question checked against every other) makes this quadratic."""
    return _sentence_of(
        size,
        lambda n: f"{_made_name(n)} ({27 + n % 3}:{(n * 7) % 60:02d}.{n % 100:02d})",
        lead="In the men's 10,000m final ",
    )


# The shapes of a 1 MB one-paragraph article that every rule must read in linear time
# (issue 21): bench/run.py times each, tests/test_draft_speed.py counts each one's work.
_VARIANTS: dict[str, Callable[[int], str]] = {
    "spaces after stops": one_paragraph_text,
    "no spaces after stops": lambda size: _no_spaces_after_stops(one_paragraph_text(size)),
    "quotations": _quotations_text,
    "times and names": _times_and_names_text,
    "numbers": _numbers_text,
    "no capitals": lambda size: one_paragraph_text(size).lower(),
    "all capitals": lambda size: one_paragraph_text(size).upper(),
    # a single sentence: no stop to bound a finder's reading (issue 21, second edition)
    "one sentence": lambda size: _one_sentence(one_paragraph_text(size)),
    "bracketed results": _bracketed_results_text,
    "numbers in one sentence": lambda size: _one_sentence(_numbers_text(size)),
    "scores in one sentence": _scores_text,
    "thousands of names": _many_names_text,
}
ONE_PARAGRAPH_VARIANTS = tuple(_VARIANTS)


def one_paragraph_variant(variant: str, size: int) -> str:
    """About ``size`` characters in one paragraph, in one of ``ONE_PARAGRAPH_VARIANTS``."""
    if variant not in _VARIANTS:
        raise ValueError(f"no such variant: {variant}")
    return _VARIANTS[variant](size)
