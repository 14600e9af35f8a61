"""Questions on matches between pairs and crews (``quizcli.draft.pairs``), and on crews'
places (``quizcli.draft.crews``).

"Who won the men's doubles final between A/B and C/D?", a choice of the two sides (``A and
B``, ``C and D``, in alphabetical order), and "By what score did A and B beat C and D?"
when the winners' sentence gives the score; "In what place did A, B and C finish in the 24
Hours of Le Mans?" for a crew the articles give one place in one race, and "What time does
the article give for A and B in the women's C2 500m?" for a crew given one time
(``quizcli.draft.crew_times``). A match the
articles tell won both ways, or with two scores, is not asked (the score) or not at all
(the winner).
"""

from __future__ import annotations

import re

from quizcli.draft.asked import Asked, Found, the
from quizcli.draft.facts import Fact
from quizcli.draft.pairs import members
from quizcli.draft.score_forms import losers_side, winner_first
from quizcli.model import ChoiceQuestion, NumberQuestion, TextQuestion, TimeQuestion
from quizcli.parsing import parse_time


def ask_pairs(asked: Asked) -> None:
    """One winner question a match between two sides, and its score when it has one."""
    matches: dict[frozenset[str], list[tuple[Found, Fact, str, str]]] = {}
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind == "pair" and isinstance(fact.value, tuple):
                losers, score = fact.value
                key = frozenset((fact.athlete, losers))
                matches.setdefault(key, []).append((found, fact, losers, score))
    for items in matches.values():
        if len({fact.athlete for _, fact, _, _ in items}) != 1:
            continue  # told won both ways: two meetings, or a misreading
        if len({fact.event for _, fact, _, _ in items}) != 1:
            continue  # two names for the match: which one is not sure
        found, fact, losers, _ = items[0]
        contest = str(fact.event)
        sides = sorted([fact.athlete, losers])
        asked.questions.append(
            ChoiceQuestion(
                **asked.stated(
                    f"pairs-{contest}-{fact.athlete}", found, fact.sentence, ("matches", "pairs")
                ),
                prompt=f"Who won the {contest} between {_slashed(sides[0])} and "
                f"{_slashed(sides[1])}?",
                choices=tuple(sides),
                answer=fact.athlete,
            )
        )
        scores = {score: f.sentence for _, f, _, score in items if score}
        if len(scores) != 1:
            continue  # no score, or two
        score, sentence = next(iter(scores.items()))
        spaced = re.sub(r",\s*", " ", score)
        lost = losers_side(score)  # "lost to C and D 19-21, 19-21": asked as written
        if not lost and not winner_first(score.replace(" v ", "-")):
            continue  # a score that names no winner
        asked.questions.append(
            TextQuestion(
                **asked.stated(
                    f"pairs-score-{fact.athlete}",
                    found,
                    sentence,
                    ("matches", "scores"),
                    bump=1,
                ),
                prompt=(
                    f"By what score did {losers} lose to {fact.athlete}"
                    if lost
                    else f"By what score did {fact.athlete} beat {losers}"
                )
                + ("?" if contest == "match" else f" in the {contest}?"),
                answer=spaced,
                accept=tuple(
                    sorted(
                        {score, re.sub(r" (?=\d)", ", ", spaced), spaced.replace(" v ", "-")}
                        - {spaced}
                    )
                ),
            )
        )


def _slashed(side: str) -> str:
    """A side as ``A/B`` (``A/B/C``), so that a prompt naming two sides reads plainly."""
    return "/".join(members(side))


def ask_crew_places(asked: Asked) -> None:
    """One place question a crew and race, when the articles give it one place."""
    told: dict[tuple[str, str], list[tuple[Found, Fact, int]]] = {}
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind == "crew_place" and fact.event and isinstance(fact.value, int):
                told.setdefault((fact.athlete, fact.event), []).append((found, fact, fact.value))
    for (crew, event), items in told.items():
        if len({place for _, _, place in items}) != 1:
            continue  # two places for one crew: not asked
        found, fact, place = items[0]
        asked.questions.append(
            NumberQuestion(
                **asked.stated(f"crew-{event}-{crew}", found, fact.sentence, ("places", "crews")),
                prompt=f"In what place did {crew} finish in {the(event)}?",
                answer=place,
            )
        )


def ask_crew_times(asked: Asked) -> None:
    """One time question a crew and race, when the articles give it one time."""
    told: dict[tuple[str, str], list[tuple[Found, Fact]]] = {}
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind == "crew_time" and fact.event:
                told.setdefault((fact.athlete, fact.event), []).append((found, fact))
    for (crew, event), items in told.items():
        if len({round(parse_time(str(fact.value)), 3) for _, fact in items}) != 1:
            continue  # two times for one crew: not asked
        found, fact = items[0]
        asked.questions.append(
            TimeQuestion(
                **asked.stated(
                    f"crew-time-{event}-{crew}", found, fact.sentence, ("times", "crews")
                ),
                prompt=f"What time does the article give for {crew} in {the(event)}?",
                answer=str(fact.value),
                seconds=parse_time(str(fact.value)),
            )
        )
