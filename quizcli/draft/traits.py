"""What an article says about its people that a description may stand for: ages (``Kerr,
31,``, ``the 31-year-old Kerr``), countries (``Berg of Norway``, ``Norway's Berg``,
``American Tom Reyes``) and a world ranking (``world number one Sinner``).

``the 26-year-old said``, ``the American added`` or ``the world number one said`` is the
person the article describes that way; when it describes nobody that way it is the person
in focus only if nothing the article says of that person contradicts it (``Reyes, 31,`` is
not ``the 26-year-old``). Read once over the whole article before its quotations.
"""

from __future__ import annotations

import re

from quizcli.draft.people import Cast, is_possessive, name_runs
from quizcli.draft.tails import Ending

# A description's trait: ("age", "26"), ("nation", "austria"), ("rank", "1").
Trait = tuple[str, str]

_AGE = re.compile(r"\A(?:[Tt]he|[Tt]his)\s+(\d{1,2})-year-old\b")
_RANK = re.compile(
    r"\A(?:[Tt]he|[Tt]his)\s+(?:(?:[Ww]orld|[Ww]omen's|[Mm]en's)\s+)?(?:No\.?\s*|[Nn]umber\s+)"
    r"(\d+|one|two|three)\b|\A(?:[Tt]he|[Tt]his)\s+(top)\s+seed\b"
)
_NATION = re.compile(r"\A(?:[Tt]he|[Tt]his)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
_NUMBERS = {"one": "1", "two": "2", "three": "3", "top": "1"}
# "Alemu, 31,", "the 23-year-old Kerr" (also read as facts by quizcli.draft.ages)
AGE_AFTER = re.compile(r",\s*(?:the\s+)?(\d{2})(?:-year-old)?\s*,")
ENDS_AGE = Ending(re.compile(r"\bthe\s+(\d{2})-year-old\s+$"))  # searched only when it may

_RANK_BEFORE = re.compile(
    r"\b(?:world|women's|men's)\s+(?:No\.?\s*|number\s+)(\d+|one|two|three)\s+$|\btop\s+seed\s+$",
    re.I,
)
_RANK_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:world|women's|men's)\s+(?:No\.?\s*|number\s+)(\d+|one|two|three)\b", re.I
)
_FROM_AFTER = re.compile(
    r"(?:,\s*\d{2},)?\s+(?:of|from)\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
# A role the article gives a person (``England bowler Whitley``, ``Lindgren's trainer, Jim
# Cole,``) and the description that stands for it later (``the fast bowler said``).
_ROLES = (
    r"coach|manager|trainer|captain|skipper|bowler|batsman|batter|goalkeeper|keeper|striker"
    r"|midfielder|defender|winger|caddie|agent|father|mother|brother|sister|chairman"
)
_ROLE_BEFORE = re.compile(rf"\b({_ROLES}),?\s+$")
_ROLE = re.compile(rf"\A[Tt]he\s+(?:[a-z-]+\s+){{0,2}}?({_ROLES})\b")
_PLACE_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:['’]s)?\s+$")


_ENDS_ROLE = Ending(_ROLE_BEFORE)


def _last_word(before: str) -> str:
    """The last word of the words before a name (``Norway's`` of ``... by Norway's``)."""
    words = before.rsplit(maxsplit=1)
    return words[-1] if words else ""


def _has_capital(word: str) -> bool:
    """Whether ``word`` holds a capital (``Norway's``, ``"Every``): ``_PLACE_BEFORE`` ends
    with a capitalised word, so a last word without one cannot end it."""
    return word != word.lower()


def _may_rank(last: str) -> bool:
    """Whether ``_RANK_BEFORE`` may match words whose last word is ``last``: a number,
    ``one`` to ``three`` or ``seed`` (any case)."""
    word = last.casefold()
    return word[-1:].isdigit() or word.endswith(("one", "two", "three", "seed"))


class Traits:
    """The ages, countries and rankings an article states of its people."""

    def __init__(self) -> None:
        self._known: dict[str, dict[str, set[str]]] = {
            "age": {},
            "nation": {},
            "rank": {},
            "role": {},
        }
        # the texts to learn from, read at the first question: most articles never
        # describe anyone ("the 26-year-old said"), and a results list names thousands
        self._unread: list[tuple[str, Cast]] = []

    @property
    def known(self) -> dict[str, dict[str, set[str]]]:
        """What the article states of its people, by kind, then person."""
        if self._unread:
            unread, self._unread = self._unread, []
            for text, cast in unread:
                self._read(text, cast)
        return self._known

    def learn(self, text: str, cast: Cast) -> None:
        """Note what ``text`` states of the people it names (read when first asked)."""
        self._unread.append((text, cast))

    def _read(self, text: str, cast: Cast) -> None:
        """Read what ``text`` states of the people it names."""
        for run in name_runs(text, cast.lowercase):
            if is_possessive(text, run):
                continue
            person = cast.speaker(run.words)
            if person is None:
                continue
            before = text[max(0, run.start - 40) : run.start]
            after = text[run.end : run.end + 60]
            # Each pattern before the name ends in spaces after a word of its own: a name
            # after anything else (most are) skips the searches (quizcli.draft.tails).
            spaced = before[-1:].isspace()
            last = _last_word(before) if spaced else ""
            age = AGE_AFTER.match(after) or (spaced and ENDS_AGE.search(before))
            if age:
                self._note("age", person, age[1])
            rank = (spaced and _may_rank(last) and _RANK_BEFORE.search(before)) or (
                _RANK_AFTER.match(after)
            )
            if rank:
                self._note("rank", person, _NUMBERS.get((rank[1] or "top").casefold(), rank[1]))
            place = _FROM_AFTER.match(after)
            nation = nation_of(place[1]) if place else None
            if nation is None and spaced and _has_capital(last):
                written = _PLACE_BEFORE.search(before)
                nation = nation_of(written[1]) if written else None
            if nation:
                self._note("nation", person, nation)
            role = spaced and _ENDS_ROLE.search(before)
            if role:
                self._note("role", person, role[1].casefold())

    def _note(self, kind: str, person: str, value: str) -> None:
        self._known[kind].setdefault(person, set()).add(value)

    def described(self, trait: Trait) -> list[str]:
        """The people the article describes with ``trait``."""
        kind, value = trait
        return [person for person, values in self.known[kind].items() if value in values]

    def contradicts(self, person: str, trait: Trait) -> bool:
        """Whether the article states something of ``person`` that ``trait`` is not."""
        kind, value = trait
        values = self.known[kind].get(person, set())
        return bool(values) and value not in values


def trait_of(text: str) -> Trait | None:
    """The checkable trait of a description at the start of ``text``: ``the 26-year-old``
    (an age), ``the American`` (a country), ``the world number one`` (a ranking)."""
    head = text.lstrip()
    age = _AGE.match(head)
    if age:
        return ("age", age[1])
    rank = _RANK.match(head)
    if rank:
        number = (rank[1] or rank[2]).casefold()
        return ("rank", _NUMBERS.get(number, number))
    nation = _NATION.match(head)
    if nation:
        country = nation_of(nation[1]) or nation_of(nation[1].split()[0])
        if country:
            return ("nation", country)
    return None


def role_of(text: str) -> tuple[Trait, int] | None:
    """The role a description at the start of ``text`` names (``the fast bowler``,
    ``the trainer``) and where it ends; such a description stands only for the one person
    the article gives that role, never for whoever is in focus."""
    head = text.lstrip()
    role = _ROLE.match(head)
    return (("role", role[1].casefold()), len(text) - len(head) + role.end()) if role else None


def nation_of(words: str) -> str | None:
    """The country a country or nationality word names (``American``, ``United States``
    and ``USA`` are one), or None."""
    from quizcli.draft.nations import country_key

    return country_key(words)
