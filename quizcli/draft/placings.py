"""Places in narration, each tied to the athlete the sentence gives it to (wins, medals and
podiums are quizcli.draft.podiums').

Read: ``finished fourth``, ``took third place``, ``came across the line in eighth position``,
``finished runner-up``, ``ahead of runner-up X``, ``X in seventh``, ``Kilde's sixth-placed
finish``, ``X took third and was followed by A and B``, ``second behind Kibet``, ``Gatlin
trailed in seventh (10.20)`` (only the name right before the verb: the time is his too),
``Klinec was the best Slovenian in fifth place``, ``was seven seconds back in second``,
``Shealy touched seventh in 1:02.89`` (never at a turn), ``Mneria settled third``, ``was
awarded third``, ``grabbed the second spot``.

Also: a tie (``A of Austria and B of Canada shared fourth place``: both fourth), a place
whose clause names no race before races named in another clause (the carried race's), a
list's places in order (``A and B came home fourth and fifth``: quizcli.draft.in_order), a
finisher's (``second-place finisher X``: quizcli.draft.finishers), a place told by a name with
no verb (``with Kerr second``, ``runner-up X``: quizcli.draft.named_places), before its owner
or after a description (quizcli.draft.prose_places), won by passing a rival (``Hope overtook
Welt to take silver``: quizcli.draft.overtakes).

Left out: a position during the race (``dropped to third``, ``sixth after the opening swim``,
``12th on the grid``) and a standing (``second overall``, ``third on the world standings``,
``in 17th place, 55 seconds off the leader``): neither is where the race finished (standings
after a stage are quizcli.draft.standings'); and a place in a race the draft cannot name
(``third in the sprint``, ``fifth in the wheelchair race``): not the race being told.
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.affiliations import subject_of_affiliation
from quizcli.draft.beaten import HINT as BEATEN_HINT
from quizcli.draft.beaten import beaten_by_margin
from quizcli.draft.clauses import list_clause, other_sex
from quizcli.draft.defended_titles import HINT as DEFENDED_HINT
from quizcli.draft.defended_titles import defended_titles
from quizcli.draft.editions import another_edition
from quizcli.draft.epithets import EPITHETS_BEFORE_NAME
from quizcli.draft.event_names import ORDINALS
from quizcli.draft.facts import Fact
from quizcli.draft.finishers import finisher_places
from quizcli.draft.fits import timed_in_field
from quizcli.draft.in_order import PLACE_LIST, places_in_order
from quizcli.draft.kinds_of_race import DESCRIBED_RACE
from quizcli.draft.leads import Led
from quizcli.draft.moments import (
    ONE_SENTENCE,
    another_days,
    at_a_moment,
    finished_after,
    not_finish,
)
from quizcli.draft.moves import moved_places
from quizcli.draft.named_places import named_places
from quizcli.draft.ordinals import NOT_A_PLACE, ORD, RESPECTIVELY, place_number
from quizcli.draft.overall_places import HINT as OVERALL_HINT
from quizcli.draft.overall_places import overall_places
from quizcli.draft.overtakes import HINT as OVERTAKE_HINT
from quizcli.draft.overtakes import overtakes
from quizcli.draft.people import is_possessive
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.prose_places import finished_in_own_clause, prose_places
from quizcli.draft.quotes import Sentence
from quizcli.draft.ties import TIE_HINT, ties

_BEHIND = Led(
    re.compile(
        r"\bbehind\s+(?:(?:gold|silver) medal(?:l)?ists?\s+)?"
        r"(?P<list>(?:[^.;]|(?<=\d)\.(?=\d)){1,300})"
    ),
    "behind",
)
_PLACE = Led(
    re.compile(
        r"\b(?:finish(?:ed|ing|es)?(?:\s+(?:up|only|just))?|came(?:\s+(?:home|in|through))?"
        r"|plac(?:ed|ing|es)"
        r"|was|ended(?:\s+up)?|wound up|crossed the (?:finish\s+)?line|trail(?:ed|ing) home"
        r"|took|takes|taking|claim(?:ed|ing|s)?|secur(?:ed|es|ing|e)|grabbed|snatched"
        r"|settle[ds]? for|settling for|settled|awarded|slipped to|edged(?: out)? into|faded to"
        r"|redeemed\s+(?:him|her|them)sel(?:f|ves)\s+with)"
        r"\s+(?:in\s+|the\s+(?=[\w-]+\s+(?:place|position|spot)\b))?"  # "grab the second spot"
        r"(?:an?\s+(?:distant|close|clear|comfortable|narrow|solid|creditable|fine|lonely"
        r"|mighty|superb|strong|impressive|remarkable|brilliant|excellent|respectable"
        r"|fighting|hard-fought|hard-earned|well-earned|career-best|season-best)\s+)?"
        r"(?P<ord>" + ORD + r"|runner-up)"
        r"(?:\s+(?:place|position|spot))?\b" + NOT_A_PLACE
    ),
    "finish|came|plac|was|ended|wound up|crossed the|trail|took|takes|taking|claim|secur"
    "|grabbed|snatched|settl|award|slipped to|edged|faded to|redeemed",
)
_IN_PLACE = Led(
    re.compile(
        r"\b(?:finish(?:ed|ing|es)?|came|crossed|ended|wound up|placed|podium)\b"
        r"(?:[^.;:,\"“”]|(?<=\d)\.(?=\d)){1,45}?"
        r"\bin\s+(?P<ord>" + ORD + r")(?:\s+(?:place|position|spot)\b|(?=\s*[.;]|\s*$))"
    ),
    "finish|came|crossed|ended|wound up|placed|podium",
)
# "Gatlin trailed in seventh (10.20)": the verb right before "in", its subject right before
# it (the bracketed time is the same runner's: quizcli.draft.owners)
_IN_PLACE_TIMED = Led(
    re.compile(
        r"\b(?:finish(?:ed|ing|es)?|came(?:\s+home)?|crossed\s+the\s+line|ended(?:\s+up)?"
        r"|placed|trail(?:ed|ing)(?:\s+home)?)\s+in\s+(?P<ord>" + ORD + r")"
        r"(?=\s*\(\s*\d{1,2}[.:]\d|\s*[.;]|\s*$)"
    ),
    "finish|came|crossed|ended|placed|trail",
)
# "Assefa was seven seconds back in second", "finished 0.6s adrift of the lead pair in
# third": a gap to the ones ahead, then the place
_BACK_IN = Led(
    re.compile(
        r"\b(?:was|finished|ended(?:\s+up)?|came\s+home|crossed\s+the\s+line)\s+"
        r"(?:just\s+|only\s+|some\s+)?(?:(?:an?|\d{1,3}(?:\.\d{1,2})?|[a-z]+(?:-[a-z]+)?)\s+"
        r"(?:seconds?|secs?|minutes?|mins?|strokes?|shots?|lengths?|metres|meters)"
        r"|\d{1,3}(?:\.\d{1,3})?s)\s+(?:back|behind|adrift|down)"  # ("0.6s adrift")
        # "adrift of the lead pair in third"
        r"(?:\s+of\s+the\s+(?:lead(?:ing)?\s+)?(?:pair|duo|trio|leaders?|winner))?"
        r"\s+in\s+(?P<ord>" + ORD + r")\b" + NOT_A_PLACE
    ),
    "was|finished|ended|came home|crossed the line",
)
# "Shealy touched seventh in 1:02.89", "touched the wall in third": a swim's finish, never
# a turn's ("touched first at the 100m turn")
_TOUCHED = Led(
    re.compile(
        r"\btouch(?:ed|es|ing)\s+(?:the\s+wall\s+)?(?:in\s+)?(?P<ord>" + ORD + r")"
        r"(?:\s+(?:place|position))?\b"
        + NOT_A_PLACE
        + r"(?!\s+(?:at|after|through|by|on|into|halfway|going)\b)"
    ),
    "touch",
)
# "Klinec was the best Slovenian in fifth place": the verb's subject, placed among all
_BEST_IN = Led(
    re.compile(
        r"\bwas\s+the\s+(?:best|top|highest)(?:-placed|-ranked)?\s+(?:[A-Z][\w-]+\s+){1,2}"
        r"in\s+(?P<ord>" + ORD + r")\s+place\b" + NOT_A_PLACE
    ),
    "was the",
)
_PLACED_FINISH = re.compile(r"\b(?P<ord>" + ORD + r")[- ]place(?:d)?\s+finish\b")
_FOLLOWED = re.compile(
    r"\s*(?:,\s*|\s+and\s+(?:was|were)\s+)followed\s+by\s+(?P<list>(?:[^.;]|(?<=\d)\.(?=\d)){3,300})"
)
_BEFORE_FOLLOWED = re.compile(r"[^.;]{0,40}?(?=\s*(?:,\s*|\s+and\s+(?:was|were)\s+)followed\s+by)")
# A place in one leg or part of a race: "21st in the downhill portion", "fifth on the bike leg"
_IN_LEG = re.compile(
    r"(?:\s+(?:place|position))?\s+(?:in|on|of|after)\s+the\s+(?:[\w-]+\s+){1,2}"
    r"(?:portion|leg|section|segment|phase|split|run)\b"
)
_WHO = re.compile(r"\s*,?\s+who\s+$")
# "third in the sprint", "fifth in the wheelchair race", "first to cross the line in the
# opening speed class": a race of lower-case words the draft does not name (one it names,
# or a word for the race itself, is read as before).
_IN_UNNAMED = re.compile(
    r"(?:\s+(?:place|position|spot))?(?:\s+to\s+(?:cross\s+the\s+(?:finish\s+)?line|finish))?"
    r"\s+in\s+the\s+(?:(?:wo)?men['’]s\s+)?"
    r"(?P<what>(?!(?:race|final|finals|event|competition|contest|field|end|rain|wind|snow|cold"
    r"|conditions|heat\s+of|world|championships?|tournament|meeting|meet|game|games|stage"
    r"|classification|standings|overall|same|process|(?:wo)?men['’])\b)"
    rf"(?!{EPITHETS_BEFORE_NAME})"  # "second in the season-ending Desert Classic": named
    rf"(?!{DESCRIBED_RACE})"  # "third in the wreck-filled race": the race told
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?![\w'’])"
)
# "had to settle for second": the place of a rival, told after the winner's sentences, so
# only of a person the sentence names (never "he" or "the Frenchman", the winner in focus)
_SETTLE = re.compile(r"settl(?:e|es|ing)\b")
_ANY_PLACE = re.compile(r"\b(?:" + ORD + r"|runner-up)\b")
# What every match of _ANY_PLACE holds: an ordinal's word, "runner-up" or a digit's ending
_PLACE_WORDS = (*ORDINALS, "runner-up")
_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")


def places(finder: FactFinder, sentence: Sentence, lowered: str) -> list[Fact]:
    """Where the sentence says athletes finished."""
    moved = moved_places(finder, sentence) if " from " in sentence.masked else []
    passed = overtakes(finder, sentence) if OVERTAKE_HINT.search(lowered) else []
    passed += beaten_by_margin(finder, sentence) if BEATEN_HINT.search(lowered) else []
    if OVERALL_HINT.search(lowered):  # "placed third overall in a time of 4:12.41"
        passed += overall_places(finder, sentence, finder.events(sentence.masked))
    if DEFENDED_HINT.search(lowered):  # "in the 10km pursuit to successfully defend his title"
        passed += defended_titles(finder, sentence, finder.events(sentence.masked))
    return _places(finder, sentence, lowered) + moved + passed  # (a move is a moment)


def _places(finder: FactFinder, sentence: Sentence, lowered: str) -> list[Fact]:
    facts = (
        ties(finder, sentence, finder.events(sentence.masked)) if TIE_HINT.search(lowered) else []
    )
    if not (
        any(word in lowered for word in _PLACE_WORDS) or _DIGIT_ORDINAL.search(lowered)
    ) or not _ANY_PLACE.search(lowered):
        return facts  # every other place this module reads is an ordinal or "runner-up"
    text = sentence.masked
    if " went to " in text:  # "Second place went to X": read before any moment of the race
        facts += _went_to(finder, sentence, finder.events(text))
    index = finder.index(sentence)
    moment = at_a_moment(text)
    if moment and len(text) > ONE_SENTENCE:
        finder.skip("a position during the race, not where it finished", sentence)
        return []  # a results list run into one sentence: no finish told after a moment
    events = finder.events(text)
    matches = [*_PLACE.finditer(text), *_IN_PLACE.finditer(text), *_BEST_IN.finditer(text)]
    found = {m.start("ord") for m in matches}
    matches += [m for m in _BACK_IN.finditer(text) if m.start("ord") not in found]
    matches += [m for m in _TOUCHED.finditer(text) if m.start("ord") not in found]
    found = {m.start("ord") for m in matches}
    matches += [m for m in _IN_PLACE_TIMED.finditer(text) if m.start("ord") not in found]
    if moment:  # (a finish told in a clause of its own, set off by commas, stays one)
        after = finished_after(text, moment, matches)
        matches = [m for m in matches if m in after or finished_in_own_clause(text, m)]
        if not matches:
            finder.skip("a position during the race, not where it finished", sentence)
            return []
    shared = (
        [m.span("values") for m in RESPECTIVELY.finditer(text)] if "respectively" in text else []
    )
    for match in matches:
        place = place_number(match["ord"])
        if finder.negated(sentence, match.start()) or not_finish(finder, sentence, match):
            continue
        if any(start <= match.start("ord") < end for start, end in shared):
            continue  # "who came in second and third, respectively": read as one list
        if PLACE_LIST.match(text, match.end("ord")):
            continue  # "A and B came home fourth and fifth": a list (quizcli.draft.in_order)
        if another_edition(text, match.start(), match.end()):
            continue  # "who was fourth in Wengen last year": not this race
        if another_days(text, match.end()):
            finder.skip("a place in another day's race", sentence)
            continue  # "after taking third in Friday's super-G race": not the downhill
        if _IN_LEG.match(text, match.end()):
            continue  # "after finishing 21st in the downhill portion": one leg of the race
        other = _IN_UNNAMED.match(text, match.end())
        if other and not any(other.start("what") <= e.start() < other.end() for e in events):
            finder.skip(f"a place in {other['what']!r}, a race not named", sentence)
            continue  # "finished third in the sprint" in a keirin report: not the keirin
        athlete = _who_before(finder, sentence, match.start()) or _verb_subject(
            finder, sentence, match.start()
        )
        if athlete is None and match.re is not _IN_PLACE_TIMED.pattern:
            athlete = finder.athlete(sentence, match.start())  # the timed: only that name
        if athlete and _SETTLE.match(match[0]) and athlete not in index.names:
            continue  # "The Frenchman ... had to settle for second": a rival of the one in focus
        event = finder.event_at(events, match.start(), match.end(), text) or _carried(
            finder, sentence, events, match.end()
        )
        if event and other_sex(event, index):
            finder.skip(f"a place of a woman given the {event}, or of a man the women's", sentence)
            continue  # "home girl Efremenkova ... a third place" carried to the men's 1500m
        if event and timed_in_field(event, text, match.end()):
            finder.skip(f"a place timed like a race, not the {event}", sentence)
            continue  # "Ayana was second in 14:21.97" carried to the shot put: another race
        if athlete and event:
            facts.append(Fact("place", athlete, event, place, sentence, match[0]))
            facts += _behind(finder, sentence, match, athlete, place)
            facts += _followed(finder, sentence, match, athlete, place, event)
    placed_finishes = _PLACED_FINISH.finditer(text) if "finish" in text else ()
    for match in placed_finishes:  # "Kilde's sixth-placed finish"
        at = bisect.bisect_left(index.ends, match.start() - 1)  # a run ending just before
        while at < len(index.ends) and index.ends[at] not in (match.start() - 1, match.start()):
            at = len(index.ends) if index.ends[at] > match.start() else at + 1
        name = index.names[at] if at < len(index.ends) else None
        if name is None and _after_his_or_her(text, match.start()):
            name = finder.athlete(sentence, match.start())
        event = finder.event_at(events, match.start(), match.end(), text)
        if name and event and not not_finish(finder, sentence, match):
            facts.append(Fact("place", name, event, place_number(match["ord"]), sentence))
    facts += places_in_order(finder, sentence, events)
    facts += finisher_places(finder, sentence, events)  # "second-place finisher X"
    told = any(f.kind == "place" for f in facts)  # "Chaves was second ..., with Munoz fourth"
    facts += named_places(finder, sentence, events, told)
    facts += prose_places(finder, sentence, events, told)  # "with X, the ..., third"
    return facts


# "Second place went to qualification winner Alexandria Loutitt": the one person named next
_WENT_TO = re.compile(
    r"\b(?P<ord>(?i:" + ORD + r"))\s+(?:place|spot|position)\s+went\s+to\s+"
    r"(?P<who>(?:[a-z-]+\s+){0,3}[A-Z][^,.;:()]{1,60})"
)


def _went_to(finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
    """``Second place went to X``, ``Third place went to Y``: a place given to the one
    person the words after ``went to`` name, in the race being told."""
    facts = []
    for match in _WENT_TO.finditer(sentence.masked):
        named = finder.names(match["who"])
        event = finder.event_at(events, match.start(), match.end(), sentence.masked)
        if len(named) == 1 and event and not finder.negated(sentence, match.start()):
            place = place_number(match["ord"].casefold())
            facts.append(Fact("place", named[0], event, place, sentence))
    return facts


_HIS_OR_HER = re.compile(r"\b(?:his|her)\s+$")


def _after_his_or_her(text: str, end: int) -> bool:
    """Whether ``his`` or ``her`` (then spaces) ends ``text[:end]``: only the words just
    before ``end`` are read, not the whole sentence before each place."""
    start = end
    while start and text[start - 1].isspace():
        start -= 1
    return start < end and _HIS_OR_HER.search(text, max(0, start - 3), end) is not None


def _who_before(finder: FactFinder, sentence: Sentence, position: int) -> str | None:
    """``his closest challenger Tamirat Tola who came second``: the name before ``who``."""
    text = sentence.masked
    who = _WHO.search(text, max(0, position - 12), position)
    if who is None:
        return None
    index = finder.index(sentence)
    count = bisect.bisect_left(index.ends, who.start())  # the runs ending where "who" starts
    while count < len(index.ends) and index.ends[count] == who.start():
        run, name = index.runs[count], index.names[count]
        if name and not is_possessive(text, run):
            return name
        count += 1
    return None


def _carried(
    finder: FactFinder, sentence: Sentence, events: list[re.Match[str]], end: int
) -> str | None:
    """The race before this sentence, for a place whose clause names none when the races
    named later stand in another clause (``could only finish sixth, meaning she leaves
    without a podium in either the 5,000 or 10,000m``)."""
    carried = finder.carried
    if carried is None or not events or events[0].start() < end:
        return None
    return None if other_sex(carried, finder.index(sentence)) else carried


def _verb_subject(finder: FactFinder, sentence: Sentence, position: int) -> str | None:
    """``... as Daniel Wanjiru crossed the line eighth``: the name right before the verb is
    its subject, whoever else the sentence names before it; so is the name before ``of``
    and a club or country (``as Brandt Okelo of Kenya Prisons crossed the line second``)."""
    text = sentence.masked
    if not text[position : position + 1].isalpha() or not text[position - 1 : position] == " ":
        return None
    index = finder.index(sentence)
    at = bisect.bisect_left(index.ends, position - 1)  # the run ending right before it
    for run, name in zip(index.runs[at : at + 2], index.names[at : at + 2], strict=True):
        if run.end in (position - 1, position) and name and not is_possessive(text, run):
            return name
    return subject_of_affiliation(index, text, position)  # "Okelo of Kenya Prisons crossed"


def _behind(
    finder: FactFinder, sentence: Sentence, match: re.Match[str], athlete: str, place: int
) -> list[Fact]:
    """``second behind Kibet``: the ones named behind took the places before."""
    text = sentence.masked
    behind = _BEHIND.search(text, match.end(), match.end() + 320)
    rest = finder.names(list_clause(behind["list"])) if behind else []
    if len(rest) != place - 1 or athlete in rest or place > 3:
        return []
    facts = [Fact("medal", name, finder.event, n, sentence) for n, name in enumerate(rest, 1)]
    return [*facts, Fact("medal", athlete, finder.event, place, sentence)]


def _followed(
    finder: FactFinder,
    sentence: Sentence,
    match: re.Match[str],
    athlete: str,
    place: int,
    event: str,
) -> list[Fact]:
    """``X took third and was followed by A and B``: A fourth, B fifth."""
    text = sentence.masked
    after = _BEFORE_FOLLOWED.match(text, match.end())  # from the place on, not a copy of the rest
    followed = _FOLLOWED.match(text, after.end()) if after else None
    if followed is None:
        return []
    rest = finder.names(list_clause(followed["list"]))
    if not rest or len(rest) > 4 or athlete in rest or len(set(rest)) != len(rest):
        return []
    return [Fact("place", name, event, place + n, sentence) for n, name in enumerate(rest, 1)]
