"""Match questions: who won (a choice of the two sides) and by what score (text); and
field-event marks: with what mark a jumper or thrower took the medal the article ties it to."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from quizcli.draft.agreed_scores import agreed
from quizcli.draft.asked import Asked, Found, the
from quizcli.draft.event_names import ORDINALS
from quizcli.draft.facts import Fact
from quizcli.draft.match_rounds import contest_of
from quizcli.draft.score_forms import main_score
from quizcli.draft.series import is_series
from quizcli.draft.words import slug
from quizcli.model import ChoiceQuestion, TextQuestion
from quizcli.parsing import ordinal


def ask_matches(asked: Asked) -> None:
    """ "Who won the match between A and B?" once a pair of sides, and "By what score did A
    beat B?" when a sentence gives the score: not asked when the articles give the pair two
    winners (two meetings: which one is not told) or two scores."""
    # (a series apart from its games: "beat the Oilers 2-1 ... to take the series 4-3")
    pairs: dict[tuple[frozenset[str], bool], list[tuple[Found, Fact, str, str]]] = {}
    named = _full_names(
        side
        for found in asked.founds
        for fact in found.facts
        if fact.kind in ("score", "beat") and isinstance(fact.value, tuple)
        for side in (fact.athlete, fact.value[0])
    )
    teams = _teams_in_full(named, asked.cast.things)  # asked by the name written in full
    named.update(teams)
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind in ("score", "beat") and isinstance(fact.value, tuple):
                loser, score = fact.value
                pair = frozenset((_in_full(fact.athlete, named), _in_full(loser, named)))
                pairs.setdefault((pair, is_series(fact)), []).append((found, fact, loser, score))
    initials = _initials({side for pair, _ in pairs for side in pair})
    won: dict[tuple[str, str], str] = {}  # (loser, score) -> the winner first read so
    for (pair, series), items in pairs.items():
        if len({_in_full(fact.athlete, named) for _, fact, _, _ in items}) != 1:
            continue  # A beat B, and B beat A: two meetings ("the Celtics" is Boston's)
        _, first, beaten, scored_as = items[0]  # one match read with two names of a winner
        if scored_as:  # ("Connecticut ... defeating Notre Dame, 63-53", "lead the Huskies to
            athlete = _in_full(first.athlete, named)  # a 63-53 victory over Notre Dame")
            winner = won.setdefault((_in_full(beaten, named), score_key(scored_as)), athlete)
            if winner != athlete and set(winner.split()) & set(athlete.split()):
                continue  # asked by the name first read
        if any(_abbreviates(side, initials) for side in pair):
            continue  # "PSG thrashed Bayern Munich 3-0": asked as Paris Saint-Germain's
        if _person_against_a_word(asked, pair, items[0][1].sentence.text):
            continue  # "The Rocket won 18-8 against Kyren Wilson": a nickname, no side
        scored = [item for item in items if item[3]]
        found, fact, loser, score = (scored or items)[0]
        # asked by the names in full ("Wild beat Wings": the Minnesota Wild's; "Sparks 85,
        # Storm 77" of the Los Angeles Sparks and the Seattle Storm the articles name)
        fact = fact._replace(athlete=_in_full(fact.athlete, named))
        loser = _in_full(loser, named)
        contest = contest_of(fact)
        base = f"{'series' if series else 'match'}-{fact.athlete}-{loser}"
        _who_won(asked, found, fact, loser, contest or "match", base, ("matches",))
        if len({score_key(item[3]) for item in scored}) != 1:
            score = agreed({item[3] for item in scored})  # "4-1" and its games' scores
            if not score:
                continue  # no score, or two
        main = main_score(score)  # "3-0 (26-24, 25-22, 25-17)": as written, or "3-0"
        spaced = score if main else re.sub(r",\s*", " ", score)
        asked.questions.append(
            TextQuestion(
                **asked.stated(
                    f"{'series-' if series else ''}score-{fact.athlete}-{loser}",
                    found,
                    fact.sentence,
                    ("matches", "scores"),
                    bump=1,
                ),
                prompt=f"By what score did {fact.athlete} beat {loser}"
                + (f" in the {contest}?" if contest else "?"),
                answer=spaced,
                # as written, and with commas between sets ("6-2, 6-3"), in a fixed order
                accept=tuple(
                    sorted(
                        {score, re.sub(r" (?=\d)", ", ", spaced), main, _with_colons(fact, score)}
                        - {spaced, ""}
                    )
                ),
            )
        )


def _with_colons(fact: Fact, score: str) -> str:
    """The score as the article writes it with colons (``31:23``, read as ``31-23``), when
    it does; else ``""``."""
    colons = score.replace("-", ":")
    return colons if colons != score and colons in fact.written else ""


def _who_won(
    asked: Asked,
    found: Found,
    fact: Fact,
    loser: str,
    contest: str,
    base: str,
    tags: tuple[str, ...],
) -> None:
    """ "Who won the match (fight) between A and B?", a choice of the two sides in
    alphabetical order (the winner is not always first)."""
    sides = tuple(sorted([fact.athlete, loser]))
    asked.questions.append(
        ChoiceQuestion(
            **asked.stated(base, found, fact.sentence, tags),
            prompt=f"Who won the {contest} between {sides[0]} and {sides[1]}?",
            choices=sides,
            answer=fact.athlete,
        )
    )


def _full_names(sides: Iterable[str]) -> dict[str, str]:
    """Each side written short to the one longer name of the sides named that ends with it
    (``Celtics`` to ``Boston Celtics``; none when two do), read once over all sides."""
    longer: dict[str, set[str]] = defaultdict(set)
    for side in set(sides):
        words = side.split()
        for cut in range(1, len(words)):
            longer[" ".join(words[cut:])].add(side)
    return {short: next(iter(full)) for short, full in longer.items() if len(full) == 1}


def _teams_in_full(named: dict[str, str], things: set[str]) -> dict[str, str]:
    """Each side the article writes as a team by a short name (``Wings``, none in ``named``)
    to the one longer team name it writes ending with it (``Detroit Red Wings``, itself
    ending ``Red Wings``): none when two do (``Manchester United``, ``Newcastle United``),
    nor for a country (``South Africa`` is no ``Africa``'s)."""
    from quizcli.draft.nations import is_country_name

    by_last: dict[str, list[str]] = defaultdict(list)
    for thing in things:
        if " " in thing:
            by_last[thing.rsplit(" ", 1)[-1]].append(thing)
    full: dict[str, str] = {}
    for side in things:
        if side in named or is_country_name(tuple(side.split())):
            continue
        longer = [t for t in by_last.get(side.rsplit(" ", 1)[-1], []) if t.endswith(" " + side)]
        widest = [t for t in longer if not any(o != t and o.endswith(" " + t) for o in longer)]
        if len(widest) == 1 and len(widest[0].split()) <= 4:
            full[side] = widest[0]
    return full


def _in_full(side: str, named: dict[str, str]) -> str:
    """``side`` as its longer name (``_full_names``), or itself."""
    return named.get(side, side)


def _initials(sides: set[str]) -> dict[str, set[str]]:
    """The sides named, by the initials of their capitalised words (``PSG`` for ``Paris
    Saint-Germain``), read once for all sides."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for side in sides:
        by_initials["".join(w[0] for w in re.split(r"[\s-]+", side) if w[:1].isupper())].add(side)
    return by_initials


def _abbreviates(side: str, initials: dict[str, set[str]]) -> bool:
    """Whether ``side`` is the initials of another side the articles name (``PSG`` of
    ``Paris Saint-Germain``): one team written two ways."""
    if not (side.isupper() and 2 <= len(side) <= 5):
        return False
    return bool(initials.get(side, set()) - {side})


def score_key(score: str) -> str:
    """A score's numbers in order: ``6-1, 6-2`` and ``6-1 6-2`` are one score."""
    return " ".join(re.findall(r"\d+", score))


def ask_draws(asked: Asked) -> None:
    """ "What was the score of the match between A and B?" for a draw one sentence names
    both sides of, each pair once."""
    seen: set[frozenset[str]] = set()
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind != "draw" or not isinstance(fact.value, tuple):
                continue
            other, score = fact.value
            key = frozenset((fact.athlete, other))
            if key in seen:
                continue
            seen.add(key)
            asked.questions.append(
                TextQuestion(
                    **asked.stated(
                        f"draw-{fact.athlete}-{other}",
                        found,
                        fact.sentence,
                        ("matches", "scores"),
                        bump=1,
                    ),
                    prompt=f"What was the score of the drawn match between {fact.athlete} and "
                    f"{other}?",
                    answer=score,
                )
            )


_DECISIONS = ("majority decision", "split decision", "unanimous decision")


def ask_decisions(asked: Asked) -> None:
    """ "Who won the fight between A and B?", "By what decision did A beat B?" (a choice of
    the three) and, when the cards are given, "What were the judges' scorecards...?"."""
    seen: set[frozenset[str]] = set()
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind != "decision" or not isinstance(fact.value, tuple):
                continue
            loser, decision, cards = fact.value
            key = frozenset((fact.athlete, loser))
            if key in seen:
                continue
            seen.add(key)
            base = f"fight-{fact.athlete}-{loser}"
            _who_won(asked, found, fact, loser, "fight", base, ("matches", "boxing"))
            choices = _DECISIONS if decision in _DECISIONS else (*_DECISIONS, decision)
            if decision:  # cards alone (no decision named): the decision is not asked
                asked.questions.append(
                    ChoiceQuestion(
                        **asked.stated(base, found, fact.sentence, ("matches", "boxing"), bump=1),
                        prompt=f"By what decision did {fact.athlete} beat {loser}?",
                        choices=choices,
                        answer=decision,
                    )
                )
            if cards:
                asked.questions.append(
                    TextQuestion(
                        **asked.stated(base, found, fact.sentence, ("scores", "boxing"), bump=1),
                        prompt=f"What was the score on the judges' cards when {fact.athlete} "
                        f"beat {loser}?",
                        answer=cards,
                        accept=(cards.replace(",", ""),),
                    )
                )


_TOOK = {"gold": "take gold", "silver": "take silver", "bronze": "take bronze", "win": "win"}


def _one_each(asked: Asked, kind: str) -> Iterator[tuple[str, str, Found, Fact, tuple[str, str]]]:
    """(athlete's key, event, found, fact, value) of each athlete and event the articles give
    one ``kind`` fact's value for (a mark and its medal, points and their place): two values,
    or no event, and nothing is asked."""
    for (key, event), items in asked.facts(kind).items():
        values = {fact.value for _, fact in items if isinstance(fact.value, tuple)}
        if event is None or len(values) != 1:
            continue
        found, fact = items[0]
        how, value = next(iter(values))
        yield key, event, found, fact, (str(how), str(value))


def ask_marks(asked: Asked) -> None:
    """ "With what mark did X take bronze in the long jump?", once for each athlete and event
    the articles give one mark and one medal for (two marks or two medals: not asked)."""
    for key, event, found, fact, (medal, mark) in _one_each(asked, "mark"):
        number = mark.removesuffix("m")
        asked.questions.append(
            TextQuestion(
                **asked.stated(
                    f"mark-{event}-{key}",
                    found,
                    fact.sentence,
                    ("marks", slug(event)),
                    bump=1,
                ),
                prompt=f"With what mark did {fact.athlete} {_TOOK[medal]} in {the(event)}?",
                answer=mark,
                accept=(number, f"{number} m", f"{number} metres", f"{number} meters"),
            )
        )


_PLACE_WORDS = {n: w for w, n in ORDINALS.items()}


def ask_points(asked: Asked) -> None:
    """ "With what score did X take silver in the 10m platform?", once for each athlete and
    event the articles give one points total and one medal or place for."""
    for key, event, found, fact, (how, points) in _one_each(asked, "points"):
        place = int(how.removeprefix("place ")) if how.startswith("place ") else 0
        named = _PLACE_WORDS.get(place) or ordinal(place)  # "fourth"; past twelfth, "14th"
        earned = _TOOK.get(how) or (f"finish {named}" if place else "")  # (never "win")
        if not earned:
            continue
        asked.questions.append(
            TextQuestion(
                **asked.stated(
                    f"points-{event}-{key}", found, fact.sentence, ("scores", slug(event)), bump=1
                ),
                prompt=f"With what score did {fact.athlete} {earned} in {the(event)}?",
                answer=points,
                accept=(f"{points} points", points.replace(",", "")),
            )
        )


def _person_against_a_word(asked: Asked, pair: frozenset[str], sentence: str) -> bool:
    """Whether one side is a person the articles name in full and the other a lone word no
    one is, written after ``the`` (``Rocket`` of ``The Rocket won 18-8 against Kyren
    Wilson``, a nickname): a person plays a person, a team a team (``St Helens beat
    Bradford``: no ``the``)."""
    people = set(asked.people)
    lone = [side for side in pair if " " not in side and side not in people]
    return (
        len(pair) == 2
        and len(lone) == 1
        and re.search(rf"\b[Tt]he\s+{re.escape(lone[0])}\b", sentence) is not None
        and any(" " in s and s in people for s in pair)
    )


def ask_innings(asked: Asked) -> None:
    """ "What score did X make with the bat?" for each batsman the articles give one score."""
    for (key, _), items in asked.facts("runs").items():
        if len({fact.value for _, fact in items}) != 1:
            continue  # two innings, or two readings: which one is not told
        found, fact = items[0]
        asked.questions.append(
            TextQuestion(
                **asked.stated(
                    f"runs-{key}",
                    found,
                    fact.sentence,
                    ("scores", "cricket"),
                    bump=1,
                ),
                prompt=f"What score did {fact.athlete} make with the bat, as the article says?",
                answer=str(fact.value),
            )
        )


def ask_golf(asked: Asked) -> None:
    """ "What score did X card in the final round?" for each golfer the articles give one
    round, and "What was X's total score against par?" for each golfer given one total."""
    for (key, _), items in asked.facts("round").items():
        if len({fact.value for _, fact in items}) != 1:
            continue  # two rounds: which one is not told
        found, fact = items[0]
        if not isinstance(fact.value, tuple):
            continue
        strokes, which = fact.value
        prompt = (
            f"What score did {fact.athlete} card in the {which} round?"
            if which
            else f"What round score did {fact.athlete} card, as the article reports?"
        )
        asked.questions.append(
            TextQuestion(
                **asked.stated(f"round-{key}", found, fact.sentence, ("scores", "golf"), bump=1),
                prompt=prompt,
                answer=strokes,
            )
        )
    for (key, _), items in asked.facts("to par").items():
        # "16 under par (264)" and "16 under par" told twice: one total, its strokes once
        told = sorted({str(fact.value) for _, fact in items}, key=len)
        if len({value.split(" (")[0] for value in told}) != 1 or "(" in told[0] and len(told) > 1:
            continue
        found, fact = next((f, x) for f, x in items if str(x.value) == told[-1])
        total = told[-1]
        written = total.split(" (")[0]
        number, _, rest = written.partition(" ")
        accept = {written, written.removesuffix(" par"), f"{number}-{rest}".replace(" par", "")}
        if rest == "under par":
            accept |= {f"-{number}", f"minus {number}"}
        elif rest == "over par":
            accept |= {f"+{number}", f"plus {number}"}
        asked.questions.append(
            TextQuestion(
                **asked.stated(f"to-par-{key}", found, fact.sentence, ("scores", "golf"), bump=1),
                prompt=f"What was {fact.athlete}'s total score against par, as the article says?",
                answer=total,
                accept=tuple(sorted(accept - {total})),
            )
        )
