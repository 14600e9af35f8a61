"""Result questions: times, podiums, medals, winners and places.

A point the articles state two ways (two times for one race, two places for one athlete) is
not asked; a full podium is one order question, and a medal or place it already asks is not
asked again.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from quizcli.draft.asked import Asked, Found, the
from quizcli.draft.events import without_sex
from quizcli.draft.facts import Fact
from quizcli.draft.quotes import Sentence
from quizcli.draft.words import slug
from quizcli.model import (
    ChoiceQuestion,
    NumberQuestion,
    OrderQuestion,
    TextQuestion,
    TimeQuestion,
)
from quizcli.parsing import parse_time

_MEDAL_NAMES = {1: "Gold", 2: "Silver", 3: "Bronze"}

Medals = dict[tuple[str, str], set[int]]  # (event, person's key) -> places the articles give


def ask_times(asked: Asked) -> None:
    """One time question per (athlete, named event) the articles agree on."""
    grouped = asked.facts("time")
    seconds: dict[str, float] = {}  # each written time parsed once, however often it is told

    def values(items: list[tuple[Found, Fact]]) -> set[float]:
        for _, fact in items:
            value = str(fact.value)
            if value not in seconds:
                seconds[value] = round(parse_time(value), 3)
        return {seconds[str(fact.value)] for _, fact in items}

    sexed, winners = _sexed(grouped), _winners(asked)
    unplaced = {
        athlete: values(items) for (athlete, event), items in grouped.items() if event is None
    }
    for (athlete, event), items in grouped.items():
        if event is None:
            continue  # the race is not named: not asked
        if (athlete, event) in sexed:
            continue  # asked of "the women's Boston Marathon", not again of the race
        plain = grouped.get((athlete, without_sex(event)), [])
        if len(values(items) | values(plain) | unplaced.get(athlete, set())) != 1:
            continue  # the articles disagree: not asked
        found, fact = items[0]
        prompt = (
            f"In what time did {fact.athlete} win {the(event)}?"
            if _won(winners, asked.person_key(fact.athlete), event)
            else f"What time does the article give for {fact.athlete} in {the(event)}?"
        )
        asked.questions.append(
            TimeQuestion(
                **asked.stated(
                    f"time-{event}-{fact.athlete}",
                    found,
                    fact.sentence,
                    ("times", slug(event)),
                ),
                prompt=prompt,
                answer=str(fact.value),
                seconds=parse_time(str(fact.value)),
            )
        )


def _sexed(grouped: dict[tuple[str, str | None], list[Any]]) -> set[tuple[str, str]]:
    """Each (person, race) of ``grouped`` that it also holds named with a sex (``women's
    Boston Marathon`` beside ``Boston Marathon``): one question, that one. Made once per
    grouping: a scan of all groups for each made a list of thousands of names quadratic."""
    return {
        (other, without_sex(told))
        for other, told in grouped
        if told is not None and without_sex(told) != told
    }


def _winners(asked: Asked) -> dict[str, set[str]]:
    """Each race's winners (people's keys) as the articles tell them (gold, or first on a
    podium), read once rather than once per question."""
    winners: dict[str, set[str]] = defaultdict(set)
    for found in asked.founds:
        for fact in found.facts:
            if not fact.event:
                continue
            if fact.kind == "medal" and fact.value == 1:
                winners[fact.event].add(asked.person_key(fact.athlete))
            if fact.kind == "podium" and isinstance(fact.value, tuple):
                winners[fact.event].add(asked.person_key(fact.value[0]))
    return winners


def _won(winners: dict[str, set[str]], key: str, event: str) -> bool:
    """Whether the person of ``key`` won ``event``, or a race its name ends with
    (``Boston Marathon`` for ``women's Boston Marathon``)."""
    if key in winners.get(event, ()):
        return True
    at = event.find(" ")
    while at >= 0:
        if key in winners.get(event[at + 1 :], ()):
            return True
        at = event.find(" ", at + 1)
    return False


Podiums = dict[str, list[tuple[Found, tuple[str, ...], Sentence]]]


def ask_podiums(asked: Asked) -> None:
    """Podium order questions, then lone medals and winners, then places not yet asked."""
    by_event: Podiums = defaultdict(list)
    medals: Medals = defaultdict(set)
    medal_facts: dict[tuple[str, str], tuple[Found, Fact]] = {}
    for found in asked.founds:
        _gather(asked, found, by_event, medals, medal_facts)
    done: set[tuple[str, str]] = set()
    for event, podiums in by_event.items():
        keys = {tuple(asked.person_key(n) for n in podium) for _, podium, _ in podiums}
        if len(keys) != 1 or len(set(next(iter(keys)))) != 3:
            continue
        if any(len(medals[(event, k)]) > 1 for k in next(iter(keys))):
            continue
        found, podium, sentence = podiums[0]
        done.update((event, asked.person_key(n)) for n in podium)
        prompt = (
            f"Put the {event} medallists in order: gold, silver, bronze."
            if found.about_medals() and _gives_medals(event)
            else f"Put the first three of {the(event)} in finishing order."
        )
        asked.questions.append(
            OrderQuestion(
                **asked.stated(
                    f"podium-{event}",
                    found,
                    sentence,
                    ("podium", slug(event)),
                ),
                prompt=prompt,
                answer=tuple(asked.cast.resolve((n,)) or n for n in podium),
            )
        )
    holders: dict[tuple[str, int], set[str]] = defaultdict(set)
    for (event, key), values in medals.items():
        for value in values:
            holders[(event, value)].add(key)
    winners: set[tuple[str, str]] = set()  # (the race as spelled without stops, the winner)
    for (event, key), (found, fact) in medal_facts.items():
        if (event, key) in done or len(medals[(event, key)]) != 1:
            continue
        if len(holders[(event, int(str(fact.value)))]) > 1:
            # "Who won stage 3?" of two riders: one won the day before ("claimed his
            # seventh Giro stage victory when he powered to victory ... on Saturday")
            why = f"{the(event)} has two {_MEDAL_NAMES[int(str(fact.value))].lower()}s"
            asked.leave_out(found.source, f"{why}: whose is not told", fact.sentence.text)
            continue
        done.add((event, key))
        value = int(str(fact.value))
        if found.about_medals() and _gives_medals(event):
            asked.questions.append(
                ChoiceQuestion(
                    **asked.stated(
                        f"medal-{event}-{key}",
                        found,
                        fact.sentence,
                        ("podium", slug(event)),
                    ),
                    prompt=f"Which medal did {fact.athlete} take in {the(event)}?",
                    choices=("Gold", "Silver", "Bronze"),
                    answer=_MEDAL_NAMES[value],
                )
            )
        elif value == 1:
            spelled = (" ".join(event.replace(".", "").casefold().split()), key)
            if spelled in winners:  # "the US Open" and "the U.S. Open": one race, asked once
                continue
            winners.add(spelled)
            if not _winner(asked, found, fact, event):
                done.discard((event, key))  # not asked: its place may be (when one is told)
        else:  # "second behind Kibet" in a race with no medals: a place
            _place(asked, found, fact, event, key, value)
    _places(asked, medals, done)


def _gives_medals(event: str) -> bool:
    """Whether a race gives medals: a championship's event (``men's 800m``), never a race
    with a name (``Chicago Marathon``, ``Monaco Grand Prix``, ``Freedom 100``) nor a stage:
    "Which medal did Hassan take in the Chicago Marathon?" has no answer."""
    name = without_sex(event)  # "women's World Matchplay"
    return not (name[:1].isupper() or name.startswith("stage ") or name.endswith(" stage"))


def _gather(
    asked: Asked,
    found: Found,
    by_event: Podiums,
    medals: Medals,
    medal_facts: dict[tuple[str, str], tuple[Found, Fact]],
) -> None:
    """Collect one article's podiums: stated whole, or medal by medal (gold, then the rest)."""
    per_event: dict[str, dict[int, str]] = defaultdict(dict)
    for fact in found.facts:
        if fact.event is None:
            continue
        if fact.kind == "podium" and isinstance(fact.value, tuple):
            by_event[fact.event].append((found, fact.value, fact.sentence))
            for place, name in enumerate(fact.value, 1):
                medals[(fact.event, asked.person_key(name))].add(place)
        elif fact.kind == "medal" and isinstance(fact.value, int):
            per_event[fact.event][fact.value] = fact.athlete
            medals[(fact.event, asked.person_key(fact.athlete))].add(fact.value)
            medal_facts.setdefault((fact.event, asked.person_key(fact.athlete)), (found, fact))
    for fact in found.facts:
        gold = per_event.get(fact.event or "", {}).get(1)
        if fact.kind == "completed" and gold and isinstance(fact.value, tuple):
            for place, name in enumerate(fact.value, 2):
                per_event[fact.event or ""][place] = name
                medals[(fact.event or "", asked.person_key(name))].add(place)
                medal_facts.setdefault((fact.event or "", asked.person_key(name)), (found, fact))
    for event, places in per_event.items():
        if set(places) == {1, 2, 3}:
            last = max(
                (f for f in found.facts if f.kind in ("medal", "completed") and f.event == event),
                key=lambda f: f.sentence.paragraph,
            )
            podium: tuple[str, ...] = (places[1], places[2], places[3])
            by_event[event].append((found, podium, last.sentence))


def _winner(asked: Asked, found: Found, fact: Fact, event: str) -> bool:
    """ "Who won the stage 15?": the other options are people the articles name; with
    fewer than four people to choose from, the name is typed (never padded with others)."""
    others = asked.others(fact.athlete)
    if len(others) < 3:
        surname = fact.athlete.split()[-1]
        shared = asked.cast.disputed(surname) or surname in {o.split()[-1] for o in others}
        asked.questions.append(
            TextQuestion(
                **asked.stated(
                    f"winner-{event}", found, fact.sentence, ("winners", slug(event)), bump=1
                ),
                prompt=f"Who won {the(event)}? Type the name.",
                answer=fact.athlete,
                # "Scheffler" for "Scottie Scheffler", unless another shares the surname
                accept=(surname,) if " " in fact.athlete and not shared else (),
            )
        )
        return True
    alike = asked.alike(fact.athlete, others[:3])
    if alike is None:
        return False  # two options would read the same
    asked.questions.append(
        ChoiceQuestion(
            **asked.stated(
                f"winner-{event}",
                found,
                fact.sentence,
                ("winners", slug(event)),
            ),
            prompt=f"Who won {the(event)}?",
            choices=alike[1],
            answer=alike[0],
        )
    )
    return True


def _places(asked: Asked, medals: Medals, done: set[tuple[str, str]]) -> None:
    """A place question for each athlete and event the articles agree on, not asked yet
    (``done``: by a podium, medal or winner question)."""
    grouped = asked.facts("place")
    sexed = _sexed(grouped)
    for (key, event), items in grouped.items():
        if event is None or (key, event) in sexed:
            continue  # no race named, or asked of the race named with its sex
        items = items + (grouped.get((key, without_sex(event)), []) if "'s " in event else [])
        places = {int(str(fact.value)) for _, fact in items} | medals.get((event, key), set())
        if len(places) != 1 or (event, key) in done:
            continue  # disputed, or a medal or podium question asks it already
        found, fact = items[0]
        _place(asked, found, fact, event, key, int(str(fact.value)))


def _place(asked: Asked, found: Found, fact: Fact, event: str, key: str, place: int) -> None:
    """ "In what place did X finish in the stage 4?" """
    asked.questions.append(
        NumberQuestion(
            **asked.stated(
                f"place-{event}-{key}",
                found,
                fact.sentence,
                ("places", slug(event)),
            ),
            prompt=(
                f"In what place was {fact.athlete} in {the(event)}?"
                if event.startswith("overall standings")
                else f"In what place did {fact.athlete} finish in {the(event)}?"
            ),
            answer=place,
        )
    )
