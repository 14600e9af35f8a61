"""Medals and titles told as given to their winners rather than won by them: ``The judges
awarded the gold to A and the silver to B``, ``gold went to A and silver to B`` (the second
medal's verb left out), ``The photo finish gave A gold``, ``A was crowned women's 800m
champion``.

Read only of people the article names (a side's title is no person's medal), each name
standing right after its ``to`` (``quizcli.draft.medal_names`` reads ``Silver went to X``
itself; here, what follows it). A crowning is read only in the present or the simple past,
of the one person named right before it (never ``hoped to be crowned``, ``had been
crowned``, ``the crowned champion X``), of a race the sentence names or a title in capitals
(never one named only ``world``, ``Olympic``...), and never of another time (``crowned
champion in 2019``, ``crowned the 2019 champion``, ``last year``); a count of titles is no
other time (``crowned champion for the third time`` is read).
"""

from __future__ import annotations

import re
from typing import Protocol

from quizcli.draft.editions import another_edition
from quizcli.draft.headlines import GENERIC
from quizcli.draft.index import SentenceIndex
from quizcli.draft.leads import Led
from quizcli.draft.people import is_possessive
from quizcli.draft.quotes import Sentence


class Finder(Protocol):
    """What reading a medal given needs of the fact finder (``results.FactFinder``)."""

    sexes_named: bool  # (a title without its sex in an article naming one: whose?)

    def index(self, sentence: Sentence) -> SentenceIndex:
        """The names of ``sentence``, resolved to people."""

    def negated(self, sentence: Sentence, position: int) -> bool:
        """Whether the clause before ``position`` denies or only wishes it."""


Given = tuple[str, str, int]  # (medal or "title", name, where the medal or title is said)

_MEDAL = r"(?P<medal>(?i:gold|silver|bronze))(?:\s+medal)?"
# "awarded the gold to X", "handed the silver medal to X"
_AWARDED = Led(
    re.compile(r"\b(?:awarded|gave|handed|presented)\s+(?:the\s+)?" + _MEDAL + r"\s+to\s+"),
    "awarded|gave|handed|presented",
)
# "The photo finish gave Drysdale gold", "handed Ana Roe the silver": the name first
_GAVE_NAME = Led(
    re.compile(r"\b(?:gave|handed|earned|brought)\s+(?=[A-Z])"), "gave|handed|earned|brought"
)
_MEDAL_AFTER_NAME = re.compile(r"\s+(?:the\s+|a\s+)?" + _MEDAL + r"\b(?![- ]medall?ist)")
# What may follow a name given a medal before the next: "(USA)", "of Hong Kong"
_AFTER_NAME = re.compile(
    r"(?:\s*\([^()]{1,40}\)|\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
)
# The next medal given, its verb left out: "and silver to B", ", the bronze medal to C"
_NEXT = re.compile(
    r"\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|;\s*)(?:the\s+)?" + _MEDAL + r"\s+(?:went\s+)?to\s+"
)
# Before a medal given: another meeting's or year's ("Last year's silver went to X")
_OTHER = re.compile(
    r"(?:Games|Olympics?|World|Commonwealth|European|Championships?|\d{4}|[Yy]ear['’]s"
    r"|[Ll]ast|[Pp]revious)\s+(?:the\s+)?$"
)


def named_at(index: SentenceIndex, text: str, position: int) -> tuple[str, int] | None:
    """The person whose name starts at ``position`` and where the name ends (else None)."""
    for run, name in zip(index.runs, index.names, strict=True):
        if run.start == position:
            if name is None or is_possessive(text, run):
                return None  # a country or club; "Roe's coach": not the medallist
            return name, run.end
        if run.start > position:
            break
    return None


def following(finder: Finder, sentence: Sentence, end: int) -> list[Given]:
    """The medals given after one given to a name ending at ``end``, their verb left out:
    ``gold went to A and silver to B`` (from after A)."""
    text, found = sentence.masked, list[Given]()
    index = finder.index(sentence)
    while True:
        after = _AFTER_NAME.match(text, end)
        nxt = _NEXT.match(text, after.end() if after else end)
        if nxt is None:
            return found
        named = named_at(index, text, nxt.end())
        if named is None:
            return found
        found.append((nxt["medal"].casefold(), named[0], nxt.start("medal")))
        end = named[1]


def given_medals(finder: Finder, sentence: Sentence) -> list[Given]:
    """Medals given to people named after ``to`` (``awarded the gold to A and the silver to
    B``) or right after the verb (``gave A gold``, ``handed A the silver``)."""
    text, found = sentence.masked, list[Given]()
    index = finder.index(sentence)
    for match in _AWARDED.finditer(text):
        if _OTHER.search(text, max(0, match.start("medal") - 30), match.start("medal")):
            continue  # "awarded last year's gold to X"
        if finder.negated(sentence, match.start()) or another_edition(
            text, match.start(), match.end()
        ):
            continue
        named = named_at(index, text, match.end())
        if named is None:
            continue
        found.append((match["medal"].casefold(), named[0], match.start("medal")))
        found += following(finder, sentence, named[1])
    for match in _GAVE_NAME.finditer(text):  # "gave Drysdale gold"
        named = named_at(index, text, match.end())
        medal = named and _MEDAL_AFTER_NAME.match(text, named[1])
        if not named or not medal or finder.negated(sentence, match.start()):
            continue
        if another_edition(text, match.start(), medal.end()):
            continue  # "Last year's final gave X gold"
        found.append((medal["medal"].casefold(), named[0], medal.start("medal")))
    return found


# "was crowned women's 800m champion", "is crowned the new Harbour Open champion"
_CROWNED = re.compile(
    r"crowned\s+(?:the\s+)?(?:new\s+)?(?P<what>(?:[\w'’,-]+\s+){0,5}?)champions?\b"
)
_NOT_NOW = re.compile(r",|\b(?:19|20)\d\d\b|\b(?:former|previous|last|next)\b")
_BEEN = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been)\s+$")
_TITLE_NAME = re.compile(
    r"(?:(?:men|women)['’]s\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){1,4})(?:[a-z][a-z-]*\s+){0,2}"
)
# After the crowning: another time ("in 2019", "last year", "before"), a count of titles is
# kept ("for the third time")
_ANOTHER_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|season|month)|previously|before"
    r"|ago)\b"
)


def crowned(finder: Finder, sentence: Sentence, events: list[re.Match[str]]) -> list[Given]:
    """``Ana Roe was crowned women's 800m champion``: ("title", name, where the race or title
    is said) when the sentence names the race there (``events``), else ("Harbour Open", ...)
    for a title named in capitals (the title itself given as the medal)."""
    text, found = sentence.masked, list[Given]()
    if "crowned" not in text:
        return found
    index = finder.index(sentence)
    for match in _CROWNED.finditer(text):
        been = _BEEN.search(text, max(0, match.start() - 20), match.start())
        last = index.last_named_run(been.start() + 1) if been else -1
        if been is None or last < 0 or index.runs[last].end != been.start():
            continue  # the one crowned is no one named right before the verb
        run, name = index.runs[last], index.names[last]
        if name is None or is_possessive(text, run) or _NOT_NOW.search(match["what"]):
            continue  # "crowned the 2019 women's 800m champion": another year's
        count, _ = index.names_between(index.clause_start(run.start), been.start())
        if count != 1 or finder.negated(sentence, been.start()):
            continue
        if _ANOTHER_AFTER.match(text, match.end()) or another_edition(
            text, been.start(), match.end()
        ):
            continue
        what = match.start("what"), match.end("what")
        if any(what[0] <= e.start() and e.end() <= what[1] for e in events):
            found.append(("title", name, what[0]))
            continue
        title = _TITLE_NAME.fullmatch(text, *what)
        if title is None or set(title["name"].split()) <= GENERIC:
            continue  # "crowned world champion": of what?
        if finder.sexes_named and not re.search(r"[Mm]en['’]s", match["what"]):
            continue  # a title without its sex in an article naming one: whose?
        found.append((match["what"].strip(), name, what[0]))
    return found
