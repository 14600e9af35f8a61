"""Cricket margins: "By what margin did Australia beat India?" (text), when the articles
give the pair one winner, one margin (``beat India by six wickets``, ``a 78-run win over
Saurashtra``) and no score; the margin read by quizcli.draft.wins as a ``margin`` fact."""

from __future__ import annotations

from quizcli.draft.asked import Asked, Found
from quizcli.draft.facts import Fact
from quizcli.draft.match_rounds import contest_of
from quizcli.draft.wins import COUNT_WORDS
from quizcli.model import TextQuestion


def ask_margins(asked: Asked) -> None:
    """ "By what margin did A beat B?" once a pair of sides told beaten by one margin;
    never a pair given two winners, two margins or a score."""
    pairs: dict[frozenset[str], list[tuple[Found, Fact]]] = {}
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind in ("score", "beat", "margin") and isinstance(fact.value, tuple):
                pair = frozenset((fact.athlete, str(fact.value[0])))
                pairs.setdefault(pair, []).append((found, fact))
    for items in pairs.values():
        margins = [(found, fact) for found, fact in items if fact.kind == "margin"]
        if not margins or any(fact.kind == "score" for _, fact in items):
            continue
        if len({fact.athlete for _, fact in items}) != 1:
            continue  # A beat B, and B beat A: two meetings
        if len({_told(fact) for _, fact in margins}) != 1:
            continue  # two margins: which one is not told
        found, fact = margins[0]
        loser, margin = _told(fact)
        contest = contest_of(fact)
        asked.questions.append(
            TextQuestion(
                **asked.stated(
                    f"margin-{fact.athlete}-{loser}",
                    found,
                    fact.sentence,
                    ("matches", "scores", "cricket"),
                    bump=1,
                ),
                prompt=f"By what margin did {fact.athlete} beat {loser}"
                + (f" in the {contest}?" if contest else "?"),
                answer=margin,
                accept=_forms(margin),
            )
        )


def _told(fact: Fact) -> tuple[str, str]:
    """A margin fact's (loser, margin)."""
    value = fact.value
    return (str(value[0]), str(value[1])) if isinstance(value, tuple) else ("", "")


def _forms(margin: str) -> tuple[str, ...]:
    """The margin with ``by`` and with its count in figures or words: ``by six wickets``,
    ``6 wickets``."""
    count, unit = margin.split(" ", 1)
    other = (
        str(COUNT_WORDS.index(count) + 1)
        if count in COUNT_WORDS
        else COUNT_WORDS[int(count) - 1]
        if count.isdigit() and 1 <= int(count) <= len(COUNT_WORDS)
        else ""
    )
    forms = {f"by {margin}", *((f"{other} {unit}", f"by {other} {unit}") if other else ())}
    return tuple(sorted(forms))
