"""Wins, medals and podiums in narration, each tied to the athlete the sentence gives it to.

Read: ``X won ahead of A and B``, ``sprinted to win a dramatic 5,000-meter final``,
``stormed to victory in the Seoul Marathon``, ``and win the men's keirin title``, ``won his
first K1 1000m final``, ``secured a solo victory at the Paris-Roubaix``, ``X (silver) and Y
(bronze)``, a stage taken (``took the final stage``, ``take out the opening stage of the Tour``),
``A and B took silver and bronze respectively``, ``with X ... to round out the
podium``, ``clinched the final place on the podium``, ``took the final podium spot``, medals
taken (``grabbed silver``, ``X of Hong Kong, who snatched bronze``, ``had to settle for
bronze``). Left out: a shared win (a tie), a race won in passing (``six days after winning
the 10,000m``, ``who had won the 1,500m``), a heat won, another competition's medal
(``Commonwealth Games gold medallist X``).
"""

from __future__ import annotations

import re

from quizcli.draft.clauses import TITLE, list_clause
from quizcli.draft.editions import another_edition
from quizcli.draft.epithets import EPITHETS
from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in
from quizcli.draft.facts import Fact
from quizcli.draft.given_to import given_to
from quizcli.draft.leads import Led
from quizcli.draft.margins import second_by_margin, second_of_two_margins
from quizcli.draft.medal_names import medal_names
from quizcli.draft.medals_given import crowned
from quizcli.draft.ordinals import MEDALS
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence
from quizcli.draft.respectively import respectively
from quizcli.draft.won_by import AHEAD, ANOTHER_TIME, OTHER_YEAR, won_by

_WIN = Led(
    re.compile(
        r"\b(?:won|wins|win|winning|victory|triumphed|defend(?:ed|ing)? (?:his|her) title"
        r"|(?:took|take|claim(?:ed)?|grabbed|captured|won) gold)\b"
    ),
    "won|wins|win|victory|triumphed|defend|took|take|claim|grabbed|captured",
)
_WHO_CLAUSE = re.compile(r",\s*who\b[^,;]*$")  # the win wished for in a relative clause
# "won in 2:08:10" (a time), never "who had won in 2011" (a year: another edition)
_WON_IN = Led(re.compile(r"\bwon\s+in\s+(?!(?:19|20)\d\d\b)\d"), "won")
_WIN_EVENT = Led(
    re.compile(
        r"\b(?:(?:to|and)\s+win|won|wins|winning|clinched|claimed|captured|secured|sealed"
        r"|lifted)\b"
    ),
    "to|and|won|wins|winning|clinched|claimed|captured|secured|sealed|lifted",
)
# Between "won" and the race: "Sunday's showcase men's", "a dramatic", "the women's world",
# "the 108th running of the".
_WIN_GAP = re.compile(
    r"\s+(?:(?:the|a|an|[A-Z]?[a-z]+day['’]s|showcase|dramatic|thrilling|tactical|classic"
    r"|(?:[Ww]o)?men['’]s|Men['’]s|(?:boys|girls)['’]|worlds?|Olympic|opening|final|last"
    r"|(?:his|her|their)\s+(?:first|maiden|second|third|fourth|fifth)"
    r"|(?:season|year)-(?:ending|opening)"  # "the season-ending Tour Championship"
    r"|\d{1,3}(?:st|nd|rd|th)\s+(?:running|edition|renewal)\s+of\s+the)\s+){0,4}"
    rf"{EPITHETS}"  # "the season-ending", "the prestigious" (quizcli.draft.epithets)
    # a sponsor before the race's name, and the sex after it: "the MS Amlin", "the RICOH
    # Women's" (the name is read from its sex on)
    r"(?:[A-Z][A-Za-z&]*\s+){0,2}(?:(?:[Ww]o)?[Mm]en['’]s\s+)?"
)
# A stage taken: "took stage 5", "take out the opening stage", "took Saturday's final stage"
# (only a stage: "took the 100m" may be a medal or a lead)
_TOOK_STAGE = Led(
    re.compile(
        r"\b(?:took|takes|take|taking)(?:\s+out)?\s+(?:the\s+|[A-Z][a-z]+day['’]s\s+)?"
        r"(?=(?:stage|Stage|opening|final|last|penultimate|\d{1,2}(?:st|nd|rd|th)|[a-z]+)\s)"
    ),
    "took|takes|take|taking",
)
_FINISH_VERB = re.compile(
    r"\b(?:c[ao]me\s+home|crossed\s+the\s+(?:finish\s+)?line|finished|hit\s+the\s+line"
    r"|touched\s+(?:the\s+wall|home))\b"
)
# "won 10,000m silver", "won the 100m heat": no win of the race
_MEDAL_AFTER = re.compile(
    r"\s+(?:silver|bronze|heats?|semi|quarter|qualif\w*|repechage|prelim\w*|B\s+final)\b"
)
_TO_VICTORY = Led(
    re.compile(
        r"\b(?:stormed|streaked|raced|sprinted|surged|powered|charged|cruised|romped|sped|swept"
        r"|rode|ran|soloed|clear|eased|coasted|strolled|glided|swam|motored|blasted|flew|dashed"
        r"|edged|sailed|kicked|held\s+on|hung\s+on)\s+to\s+(?:take\s+|claim\s+|seal\s+)?(?:a\s+|the\s+)?"
        r"(?:[\w-]+\s+)?(?:victory|win)\b(?:\s+in\s+(?:the\s+)?)?"  # "a three-stroke victory"
    ),
    "stormed|streaked|raced|sprinted|surged|powered|charged|cruised|romped|sped|swept|rode"
    "|ran|soloed|clear|eased|coasted|strolled|glided|swam|motored|blasted|flew|dashed|edged"
    "|sailed|kicked|held|hung",
)
# "secured a magnificent solo victory at the Paris-Roubaix", "snatched victory in the men's
# 1500m", "took the honours in", "triumphed in", "emerged victorious at", "ran away with":
# the race named right after (past "the", "Sunday's", the sex, as after "won")
_VICTORY_VERBS = (
    "secur|claim|took|tak|seal|clinch|earn|grabb?|snatch|notch|record|celebrat|land|bagg?"
    "|scoop|triumph|prevail|emerg|was|were|came|struck|strik|ran|run|reach|stood|climb|mount"
)
_VICTORY_AT = Led(
    re.compile(
        r"\b(?:(?:secur|claim|seal|clinch|earn|grabb|snatch|notch|record|celebrat|land|bagg"
        r"|scoop)(?:ed|es|s|ing)?|took|takes?|taking|grab|snatch|bag)"
        r"\s+(?:(?:a|an|the|his|her|their)\s+(?:(?!(?:first|second|third|fourth|fifth|another"
        r"|\d)\b)[a-z-]+\s+){0,3})?(?:victory|win|triumph|honou?rs|spoils)"
        r"\s+(?:at|in)\b"
        r"|\b(?:triumph(?:ed|s)|prevail(?:ed|s)|(?:emerged|was|were)\s+victorious"
        r"|c(?:a|o)me\s+out\s+on\s+top|(?:struck|strikes)\s+gold)\s+(?:at|in)\b"
        r"|\b(?:ran|runs)\s+away\s+with\b"
        # "reached the top of the podium in the women's 55kg", "stood on the top step of ..."
        r"|\b(?:reached|stood\s+on|climbed(?:\s+on)?(?:to)?|mounted)\s+the\s+top\s+"
        r"(?:step\s+)?of\s+the\s+(?:\w+\s+)?podium\s+(?:at|in)\b"
    ),
    _VICTORY_VERBS,
)
_OWN_WIN = re.compile(r"(?:his|her|their)\s+(?:first|maiden|second|third|fourth|fifth)\s")
_ROUND_OUT = Led(
    re.compile(
        r"\b(?:round(?:ed|s|ing)?\s+out|complet(?:e|ed|es|ing))\s+the\s+"
        r"(?:(?P<sex>men|women)['’]s\s+(?:race\s+)?)?podium\b"  # "the women's race podium"
        r"|\b(?:clinched|took|take|claimed|secured|grabbed|clinching|taking|claiming|securing)"
        r"\s+the\s+(?:(?:final|last|third)\s+(?:place|spot|step)\s+on\s+the\s+podium"
        r"|(?:final|last|third)\s+podium\s+(?:place|spot|position|step))\b"
    ),
    "round|complet|clinch|took|take|claim|secur|grabbed|taking",
)
_COMPLETE = r"(?P<list>[^.;]{1,300}?)\s+completed the podium"
_RACE_TAKEN = Led(
    re.compile(
        r"\b(?:won|wins|win|took|takes|claimed|clinch(?:ed)?|captured|sealed)\s+the\s+"
        r"(?P<sex>(?:wo)?men)['’]s\s+(?P<between>(?:[\w,.-]+\s+){0,2}?)"
        r"(?:race|category|title|crown)\b"
    ),
    "won|wins|win|took|takes|claimed|clinch|captured|sealed",
)
# What may stand between the sex and "race" / "title" when no race is named there: never
# another discipline ("took the women's sprint crown" in a keirin report is not the keirin).
_SAME_RACE = re.compile(r"(?:(?:world|World|Olympic|European|national|elite|senior)\s+)*")
_AT_RACE = re.compile(r"\s+(?:at|in|of)\s+(?:the\s+)?")
_SEX = re.compile(r"(?:wo)?men's ")
# A count of wins: "has won the marathon five times, including 2018": titles, not this race
_WON_TIMES = re.compile(
    r"\b(?:has|have|had)\s+won\b[^.;]{0,60}?\b(?:(?:two|three|four|five|six|seven|eight|nine"
    r"|ten|\d{1,2})\s+times|twice)\b"
)
_MEDAL_WORDS = (
    *("gold", "silver", "bronze", "won", "win", "ahead", "podium", "medal", "victor", "title"),
    *("runner-up", "respectively", "crowned", "triumph", "prevail", "on top", "honours"),
    *("honors", "away with", "top of the", "top step", " went to "),
)  # (each found by ``in``: one regex of them all tried every offset of a sentence)
_MEDAL_HINT = re.compile(
    r"men['’]s (?:race|category)"
    r"|\bt(?:ook|akes?|aking)(?: out)? (?:the |[a-z]+day['’]s )?(?:stage|opening|final|last"
    r"|penultimate|\d{1,2}(?:st|nd|rd|th))\b"  # a stage taken (_TOOK_STAGE)
)


def medals(finder: FactFinder, sentence: Sentence, lowered: str) -> list[Fact]:
    """Wins, podiums and medals the sentence states."""
    if not any(word in lowered for word in _MEDAL_WORDS) and not (
        ("men" in lowered or "took" in lowered or "tak" in lowered)  # (in every match)
        and _MEDAL_HINT.search(lowered)
    ):
        return []
    text, facts = sentence.masked, []
    won = _WIN.search(text)
    if won and finder.negated(sentence, won.start()):
        if not _WHO_CLAUSE.search(text, 0, won.start()) and " but " not in text[won.end() :]:
            finder.skip("the sentence denies the win (or only wishes it)", sentence)
            return []
        won = None  # "Dibaba, who was hoping to win both, was pipped by X, who took silver",
        # "had hoped to win gold but took silver": the rest is read, each denial on its own
    if re.search(r"\bshar(?:ed|e|es|ing)\b", text):
        finder.skip("a shared result (a tie): who was placed where is not asked", sentence)
        return []
    ahead = AHEAD.search(text)
    podium = runner_up = None  # the first three told after the win, or the one second
    if won and ahead and won.start() < ahead.start():
        winner = finder.athlete(sentence, won.start())
        rest = finder.names(list_clause(ahead["list"]))
        if winner and len(rest) >= 2 and winner not in rest:
            podium = Fact("podium", winner, finder.event, (winner, *rest[:2]), sentence)
            facts.append(podium)
        elif winner and len(rest) == 1 and winner not in rest:
            index = finder.index(sentence)
            between, rival = index.names_between(won.end(), ahead.start())
            if not between:
                runner_up = second_by_margin(text, won.end(), ahead, rest[0])
            elif between == 1 and rival not in (winner, rest[0]):  # "0.20 faster than A and"
                spans = [
                    (run.start, run.end)
                    for run, name in zip(index.runs, index.names, strict=True)
                    if name == rival and won.end() <= run.start and run.end <= ahead.start()
                ]
                if len(spans) == 1 and second_of_two_margins(text, won.end(), spans[0], ahead):
                    runner_up = rival
    elif ahead:
        facts += _winner_ahead(finder, sentence, ahead)
    title = TITLE.search(text)
    if title and ANOTHER_TIME.search(text, max(0, title.start() - 25), title.start()):
        title = None  # "who had won the 1,500m on Tuesday": another race
    if title and not podium:
        winner = finder.athlete(sentence, title.start())
        if winner:
            facts.append(Fact("medal", winner, finder.event, 1, sentence))
    won_in = _WON_IN.search(text)  # "won in 2:08:10"
    if won_in and not title and not finder.negated(sentence, won_in.start()):
        winner = finder.athlete(sentence, won_in.start())
        if winner:
            facts.append(Fact("medal", winner, finder.event, 1, sentence))
    events = finder.events(text)
    if not title and not won_in and not podium and (" won by " in text or " went to " in text):
        facts += given_to(finder, sentence, events) or won_by(finder, sentence, events)
    if not title and not won_in and not podium and not facts:
        facts += _wins(finder, sentence, events)
    if not title:  # (a stage taken beside another win: its own clause's)
        facts += [f for f in _stage_taken(finder, sentence, events) if f not in facts]
    if runner_up:  # "won the Abu Dhabi Grand Prix, 1.2 seconds ahead of Lewis Hamilton"
        facts += [
            Fact("place", runner_up, win.event, 2, sentence, "second")
            for win in facts
            if win.kind == "medal" and win.value == 1 and win.event
        ][:1]
    for medal, name, at in medal_names(finder, sentence):
        event = finder.event_at(events, at, at + len(medal), text) if events else finder.event
        if event:
            facts.append(Fact("medal", name, event, MEDALS[medal], sentence))
        else:
            finder.skip(f"{medal}: which race is not told where it is said", sentence)
    named = events_in(text) if "crowned" in text else []  # ("800m champion": a title)
    for what, name, at in crowned(finder, sentence, named):  # "X was crowned ... champion"
        event = finder.event_at(named, at, at + 1, text) if what == "title" else what
        if event and not any(f.kind == "medal" and f.athlete == name for f in facts):
            facts.append(Fact("medal", name, event, 1, sentence))
    complete = re.search(_COMPLETE, text) if "completed the podium" in text else None
    if complete:
        rest = finder.names(complete["list"])
        if len(rest) == 2:
            facts.append(Fact("completed", rest[0], finder.event, tuple(rest), sentence))
    if not any(f.kind == "medal" and f.value == 1 for f in facts):
        facts += _race_taken(finder, sentence, events)
    facts += _rounded_out(finder, sentence)
    facts += respectively(finder, sentence)
    if facts and " won " in text and _WON_TIMES.search(text):
        facts = [f for f in facts if not (f.kind == "medal" and f.value == 1)]
    return facts


def _winner_ahead(finder: FactFinder, sentence: Sentence, ahead: re.Match[str]) -> list[Fact]:
    """``He needed all his speed to come home in 13:26.98, ahead of A (13:27.26) and B``:
    the first three, when the one finishing ahead is the race's winner, told before."""
    text = sentence.masked
    finish = _FINISH_VERB.search(text, max(0, ahead.start() - 80), ahead.start())
    if finish is None or finder.negated(sentence, finish.start()):
        return []
    events = finder.events(text)
    event = finder.event_at(events, finish.start(), finish.end(), text)
    if event is None and events and events[0].start() > ahead.end() and finder.carried:
        event = finder.carried  # "..., six days after winning the 10,000 metres"
    winner = finder.athlete(sentence, finish.start())
    rest = finder.names(list_clause(ahead["list"]))
    if event is None or winner is None or finder.winners.get(event) != winner:
        return []
    if len(rest) < 2 or winner in rest:
        return []
    return [Fact("podium", winner, event, (winner, *rest[:2]), sentence)]


def _wins(finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
    """``sprinted to win a dramatic 5,000-meter final``, ``won Sunday's men's downhill``,
    ``stormed to victory in the Seoul Marathon``, ``stormed clear to take victory``."""
    text = sentence.masked
    match = _WIN_EVENT.search(text)
    event = None
    after = _race_after(text, match, events)
    if after:
        race, gap = after
        event = finder.event_at(events, race.end(), None, text)
        if event:  # "won the Boston Marathon in 2014", "won her first title ... in 2015"
            end = len(text) if _OWN_WIN.search(gap) else race.end() + 40
            if OTHER_YEAR.search(text, race.end(), end):
                return []
    if event is None:
        match = _VICTORY_AT.search(text)
        after = _race_after(text, match, events)
        if after:
            race = after[0]
            if OTHER_YEAR.search(text, race.end(), race.end() + 40):
                return []  # "took his first win at the Tour of Flanders in 2020"
            event = finder.event_at(events, race.end(), None, text)
    if event is None:
        match = _TO_VICTORY.search(text)
        if match is None:
            return []
        event = finder.event_at(events, match.start(), match.end(), text)
    if event is None or match is None or finder.negated(sentence, match.end()):
        return []  # (at its end: "was hoping to win" is wished before the "win")
    if ANOTHER_TIME.search(text, max(0, match.start() - 25), match.start()):
        return []  # "six days after winning the 10,000m", "who won 10,000m silver": not this
    winner = finder.athlete(sentence, match.start())
    return [Fact("medal", winner, event, 1, sentence)] if winner else []


def _race_after(
    text: str, match: re.Match[str] | None, events: list[re.Match[str]]
) -> tuple[re.Match[str], str] | None:
    """The race named right after a win's words (``won Sunday's men's downhill``, ``snatched
    victory in the season-ending X``), with the words between, which ``_WIN_GAP`` must allow;
    None when no race follows, or a medal or a round does (``won 10,000m silver``)."""
    if match is None:
        return None
    named = [e for e in events if match.end() <= e.start() <= match.end() + 45]
    if not named:
        return None
    gap = text[match.end() : named[0].start()]
    if not _WIN_GAP.fullmatch(gap) or _MEDAL_AFTER.match(text, named[0].end()):
        return None
    return named[0], gap


def _stage_taken(finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
    """``after Mark Cavendish took the final stage on the Champs-Élysées``, ``saw her take
    out the opening stage of the Tour``: a stage won, in a clause of its own (also beside
    another win: ``X won the Tour de France after Y took the final stage``)."""
    match = _TOOK_STAGE.search(sentence.masked)
    named = [e for e in events if match and e.start() == match.end()]
    if match is None or not named:
        return []
    text = sentence.masked
    event = finder.event_at(events, named[0].end(), None, text)
    if event is None or not (event.startswith("stage ") or event.endswith(" stage")):
        return []  # "took the 100m": not a stage, not read as won
    if OTHER_YEAR.search(text, named[0].end(), named[0].end() + 40):
        return []  # "took the final stage in 2019"
    if finder.negated(sentence, match.end()) or _MEDAL_AFTER.match(text, named[0].end()):
        return []
    if ANOTHER_TIME.search(text, max(0, match.start() - 25), match.start()):
        return []  # "who took stage 5 last week"
    index = finder.index(sentence)  # "X won the Tour after Y took the final stage": Y's,
    last = index.last_named_run(match.start())  # the name right before the verb
    if last >= 0 and not text[index.runs[last].end : match.start()].strip():
        winner = index.names[last]
    else:
        winner = finder.athlete(sentence, match.start())
    return [Fact("medal", winner, event, 1, sentence)] if winner else []


def _race_taken(finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
    """``X took the women's race``, ``won the men's category``, ``ran ... to clinch the men's
    marathon title``: a win of the race the sentence names, else of the one being reported
    when its sex is the one stated. Never another year's (``in 2019``, ``last year``)."""
    text = sentence.masked
    match = _RACE_TAKEN.search(text)
    if match is None or ANOTHER_TIME.search(text, max(0, match.start() - 25), match.start()):
        return []
    if OTHER_YEAR.search(text, match.end(), match.end() + 40) or finder.negated(
        sentence, match.start()
    ):
        return []
    inside = [e for e in events if match.start() <= e.start() < match.end()]
    at = _AT_RACE.match(text, match.end())  # "the women's race at the New York City Marathon"
    after = [e for e in events if at and e.start() == at.end() and e["named"]]
    sex = match["sex"].casefold() + "'s "
    if inside:
        event = finder.event_at(events, inside[0].end(), None, text)
    elif after and not match["between"].strip() and not _SEX.match(event_name(after[0])):
        event = sex + event_name(after[0])
    elif _SAME_RACE.fullmatch(match["between"]):
        event = finder.event if finder.event and finder.event.startswith(sex) else None
    else:
        event = None  # "the women's sprint crown": a race the sentence does not name
    winner = finder.athlete(sentence, match.start())
    if event is None or winner is None or not event.startswith(sex):
        return []
    return [Fact("medal", winner, event, 1, sentence)]


def _rounded_out(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """``with X two-hundredths adrift to round out the podium``: X third."""
    text = sentence.masked
    match = _ROUND_OUT.search(text)
    if match is None or "completed the podium" in text:
        return []
    event = finder.event_at(finder.events(text), match.start(), match.end(), text)
    if event is None or another_edition(text, match.start(), match.end()):
        return []  # (no race, or "took the final podium spot in 2019": another year's)
    if match["sex"] and not re.search(rf"\b{match['sex']}['’]s\b", event, re.I):
        return []  # "rounded out the men's podium": only of a men's race read as one
    index = finder.index(sentence)
    clause = index.clause_start(match.start())
    count, _ = index.names_between(clause, match.start())
    name = finder.athlete(sentence, match.start()) if count <= 1 else None
    if name is None or finder.negated(sentence, match.start()):
        return []
    return [Fact("medal", name, event, 3, sentence)]
