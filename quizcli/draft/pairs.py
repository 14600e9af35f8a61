"""Matches won by pairs and crews: doubles, bowls pairs and triples, two sides of people.

A side is two or three people named one after the other (``A and B``, ``A, B and C``,
``A & B``), nobody else named between them. A match between two sides of one size is read
in the forms a reporter writes:

- the winners first, a verb of winning, then the losers: ``A and B beat C and D 6-3, 6-1``,
  ``A and B won the title after defeating Japan's C and D``, ``A and B ... as they beat the
  pair C and D``; the score right after the losers is the match's;
- the losers first: ``A and B suffered defeat against C and D 19-21, 19-21`` (the score
  as written, from the losers' side: asked "By what score did A and B lose to C and D?");
- a bowls line: ``winners here were A, B and C 19 v D, E and F 16`` (the higher count
  wins), and ``A and B winning by 20 shots, 30 v 10 their opponents C and D``.

Never a side named in a denial (``failed to beat``), beaten by a passive (``were defeated
by``), nor a match of a list longer than three a side. The match's name is the sentence's
(``men's doubles``, ``mixed doubles final``, ``triples``), else ``match``. Facts are
``pair`` facts: the winners (``A and B``), their race, and the losers and the score.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence

if TYPE_CHECKING:
    from quizcli.draft.index import SentenceIndex

# What stands between two names of one side
_JOIN = re.compile(r",\s+and\s+|,\s+|\s+and\s+|\s+&\s+")
_LAST_JOIN = re.compile(r"(?:,\s+|\s+)(?:and|&)\s+")
# Words a side's description may hold between the verb and the losers ("Japan's", "their
# Japanese opponents", "the world No. 2 pair"): never a word that turns the match round
_TURNING = frozenset(
    "by to with alongside and or after before in at for partnering partner not who "
    "which while but than".split()
)
_WON_VERB = re.compile(
    r"\b(?:beat|beating|defeated|defeating|overcame|overcoming|downed|downing|upset|upsetting"
    r"|edged|edging|outlasted|outlasting|thrashed|thrashing|saw off|seeing off|knocked out"
    r"|knocking out)\s+(?P<rest>(?:[\w'’.-]+\s+){0,4})\Z"
)
_LOST_VERB = re.compile(
    r"\b(?:(?:were|was)\s+(?:beaten|defeated|edged|upset|downed|knocked out)\s+by\s+"
    r"(?P<by>(?:[\w'’.-]+\s+){0,4})\Z"
    r"|(?:lost|losing|fell|falling|went down|going down|suffered (?:a\s+)?defeat|suffering "
    r"(?:a\s+)?defeat)\s+(?:against|to)\s+(?P<rest>(?:[\w'’.-]+\s+){0,4})\Z)"
)
_DENIED = re.compile(r"\b(?:not|never|n't|failed|unable|could|would|will|hope|hoping|try|trying)\b")
# "winning by 20 shots, 30 v 10 their opponents", "won 21 v 9 against"
_WON_COUNT = re.compile(
    r"\A\s+(?:won|winning)\s+(?:by\s+\d{1,3}\s+(?:shots|points),?\s+)?(?P<score>\d{1,3}\s+v\s+"
    r"\d{1,3}),?\s+(?:(?:against|over)\s+)?(?:their\s+)?(?:opponents\s+)?\Z"
)
_LINE_GAP = re.compile(r"\A\s+(?P<first>\d{1,3})\s+(?:v|vs\.?)\s+\Z")
_LINE_END = re.compile(r"\s+(?P<second>\d{1,3})\b")
_SCORE_AFTER = re.compile(
    r",?\s+(?P<score>\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}(?:[-/]\d{1,2})?\))?"
    r"(?:(?:,\s*|\s+)\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}(?:[-/]\d{1,2})?\))?){0,4})(?![\d-])"
)
_ONE_GAME = re.compile(r"\s+in\s+the\s+(?:[a-z-]+\s+)?(?:game|set|end|decider|tie-?break)\b")
_KIND = re.compile(
    r"\b(?P<sex>(?:men|women)['’]s\s+|mixed\s+)?(?P<kind>doubles|pairs|triples|fours)\b"
    r"(?P<final>\s+final)?",
    re.I,
)
_TITLE = re.compile(r"\b(?:title|crown|final)\b")
_RESPECTIVELY = re.compile(r"[^.;]{0,40}?\brespectively\b")
_CLAUSE_END = re.compile(r"[.;:!?\"“”()]")

# (the people, where the side starts and ends, the index of its first and last name runs)
Side = tuple[tuple[str, ...], int, int, int, int]


def sides(masked: str, index: SentenceIndex) -> list[Side]:
    """The sides of two or three people the sentence names, in order (a longer list of
    names is no side)."""
    found: list[Side] = []
    group: list[int] = []

    def close() -> None:
        if 2 <= len(group) <= 3:
            first, last = index.runs[group[0]], index.runs[group[-1]]
            joins = [
                masked[index.runs[a].end : index.runs[b].start]
                for a, b in zip(group, group[1:], strict=False)
            ]
            if _LAST_JOIN.fullmatch(joins[-1]) and all(
                not _LAST_JOIN.fullmatch(j) for j in joins[:-1]
            ):
                people = tuple(str(index.names[i]) for i in group)
                if len(set(people)) == len(people):
                    found.append((people, first.start, last.end, group[0], group[-1]))
        group.clear()

    for at, name in enumerate(index.names):
        if name is None:
            close()
            continue
        if group:
            gap = masked[index.runs[group[-1]].end : index.runs[at].start]
            if not _JOIN.fullmatch(gap):  # (a longer list stays one group: no side)
                close()
        group.append(at)
    close()
    return found


def _quiet(rest: str) -> bool:
    """Whether the words between a verb and the losers only describe them."""
    return not any(word.casefold().strip(".,") in _TURNING for word in rest.split())


def pair_results(sentence: Sentence, index: SentenceIndex) -> list[Fact]:
    """The matches between sides of two or three people the sentence tells (``pair``
    facts: the winners, the match's name, (losers, score))."""
    masked = sentence.masked
    if " and " not in masked and "&" not in masked:
        return []
    found = sides(masked, index)
    facts: list[Fact] = []
    kinds: list[str | None] = []  # the match's name, read once a sentence
    for one, two in zip(found, found[1:], strict=False):
        (first, _, end, _, last_run), (second, start, after, first_run, _) = one, two
        if len(first) != len(second) or set(first) & set(second) or start - end > 160:
            continue
        gap = masked[end:start]
        if _CLAUSE_END.search(gap) or any(index.names[last_run + 1 : first_run]):
            continue  # another clause, or a rival named between the sides
        winners, losers, score = _read(masked, gap, after, first, second)
        if not winners or _RESPECTIVELY.match(masked, after):
            continue  # no match, or two: "A and B beat C and D respectively"
        if not kinds:
            kinds.append(_kind(masked))
        contest = _contest(kinds[0], gap)
        if contest is None and not score:
            continue  # neither a pairs' event nor a score: "A and B beat C and D to the ball"
        contest = contest or "match"
        written = masked[max(0, end - 200) : after + 40]
        facts.append(
            Fact("pair", _joined(winners), contest, (_joined(losers), score), sentence, written)
        )
    return facts


def _read(
    masked: str, gap: str, after: int, first: tuple[str, ...], second: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """(winners, losers, score) of two sides and the words between them; no winners when
    the words tell no match."""
    won = _WON_VERB.search(gap)
    if won and _quiet(won["rest"]) and not _DENIED.search(gap[: won.start()]):
        if re.search(r"\b(?:were|was|been|being|get|got)\s+\Z", gap[: won.start()]):
            return (), (), ""  # "were upset by": turned round
        score = _SCORE_AFTER.match(masked, after)
        return first, second, score["score"] if score else ""
    lost = _LOST_VERB.search(gap)
    if (
        lost
        and _quiet(lost["rest"] or lost["by"] or "")
        and not _DENIED.search(gap[: lost.start()])
    ):
        score = _SCORE_AFTER.match(masked, after)  # as written: from the losers' side
        if score and _ONE_GAME.match(masked, score.end()):
            score = None  # "lost to C and D 21-19 in the deciding game": one game's
        return second, first, score["score"] if score else ""
    counted = _WON_COUNT.match(gap)
    if counted:
        return first, second, " ".join(counted["score"].split())
    line = _LINE_GAP.match(gap)
    tail = _LINE_END.match(masked, after)
    if line and tail and int(line["first"]) != int(tail["second"]):
        high, low = sorted((int(line["first"]), int(tail["second"])), reverse=True)
        winners, losers = (first, second) if int(line["first"]) == high else (second, first)
        return winners, losers, f"{high} v {low}"
    return (), (), ""


def _kind(masked: str) -> str | None:
    """The kind of match the sentence names (``men's doubles``, ``triples``, ``doubles
    final``); None when it names none, or two kinds."""
    kinds = list(_KIND.finditer(masked))
    if len({k["kind"].casefold() for k in kinds}) != 1:
        return None
    kind = kinds[0]
    name = (kind["sex"] or "").casefold().replace("’", "'") + kind["kind"].casefold()
    return name + " final" if kind["final"] else name


def _contest(kind: str | None, gap: str) -> str | None:
    """The match's name: its kind, with ``final`` when the words between the sides say the
    winners took a title (``won the title after defeating``), or ``match`` after a bowls
    kind (``triples match``)."""
    if kind is None:
        return None
    if not kind.endswith(" final") and _TITLE.search(gap):
        return kind + " final"
    if kind in ("pairs", "triples", "fours"):
        return f"{kind} match"
    return kind


def _joined(people: tuple[str, ...]) -> str:
    """``A and B``, ``A, B and C``."""
    return ", ".join(people[:-1]) + " and " + people[-1]


_HINT = re.compile(
    r"\b(?:beat|beaten|beating|defeat\w*|overc[oa]\w*|down(?:ed|ing)|upset\w*|edg(?:ed|ing)|outlast\w*"
    r"|thrash\w*|saw off|seeing off|knock\w* out|lost|losing|fell|falling|went down|going down"
    r"|won|winning|\d+\s+v)\b"
)
_SIDED = frozenset(("score", "beat", "draw", "medal", "place"))


# What every match of _HINT holds, looked for first: the pattern tries every offset
_HINT_WORDS = (
    *("beat", "defeat", "overc", "down", "upset", "edg", "outlast", "thrash", "saw off"),
    *("seeing off", "knock", "lost", "losing", "fell", "falling", "won", "winning"),
)
_COUNT_V = re.compile(r"\d\s+v")


def may_hold_pairs(lowered: str) -> bool:
    """Whether a sentence (in lower case) may tell a match between pairs: it joins names
    with ``and`` or ``&`` and has a word of winning or losing, or a count ``19 v``."""
    if not (" and " in lowered or "&" in lowered):
        return False
    if not any(word in lowered for word in _HINT_WORDS) and _COUNT_V.search(lowered) is None:
        return False
    return _HINT.search(lowered) is not None


def with_pairs(facts: list[Fact], pairs: list[Fact]) -> list[Fact]:
    """``facts`` and the sentence's ``pairs``, without a match, medal or place the sentence
    gives one member of a side as if alone (``B beat C`` read out of ``A and B beat C and
    D``)."""
    if not pairs:
        return facts
    people = {
        p for fact in pairs for side in (fact.athlete, _other(fact)) if side for p in members(side)
    }
    kept = [
        fact
        for fact in facts
        if fact.kind not in _SIDED or not (fact.athlete in people or _other(fact) in people)
    ]
    return [*kept, *pairs]


def _other(fact: Fact) -> str:
    """The other side a match fact names (its value's first item), else ``""``."""
    return str(fact.value[0]) if isinstance(fact.value, tuple) and fact.value else ""


def members(side: str) -> list[str]:
    """The people of a side written ``A and B`` or ``A, B and C``."""
    head, _, last = side.rpartition(" and ")
    return [*head.split(", "), last] if head else [side]
