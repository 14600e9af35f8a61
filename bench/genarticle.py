"""A synthetic race report of about 2,000 words for the drafting benchmark: quotations with
speakers before and after, times, podiums and places, generated deterministically."""

from __future__ import annotations

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
