"""Medals told of one athlete each in narration: ``gold medallist X``, ``X of Hong Kong, who
snatched bronze``, ``had to settle for silver``, ``Silver went to X`` (and
``... and bronze to Y``, ``awarded the gold to X``: quizcli.draft.medals_given), ``X (bronze)``
(quizcli.draft.podiums reads wins and podiums). Left out: medals given together (``they
settled for silver and bronze``), another competition's (``Commonwealth Games gold medallist
X``) and another year's.
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.editions import another_edition
from quizcli.draft.leads import Led
from quizcli.draft.medals_given import following, given_medals
from quizcli.draft.people import is_possessive
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence
from quizcli.draft.silver_behind import gold_ahead

_OTHER_GAMES = re.compile(
    r"(?:Games|Olympics?|World|Commonwealth|European|Championships?|former|reigning|defending"
    r"|double|two-time|three-time|\d{4}|[Yy]ear['’]s|[Ll]ast|[Pp]revious|[Tt]ime)\s+$"
)
# A race to a medal: "raced to silver", "rowed to a silver medal", "swam to bronze".
_RACED_TO = (
    r"(?:charg|storm|rac|sprint|power|surg|swimm|cruis|row|skat|paddl|sail)(?:ed|ing)\s+to"
    r"|(?:swam|ran|rode)\s+to"
)
# A medal verb that opens a clause of the sentence's subject: ", winning the gold medal",
# "and had to settle for bronze", "held on for the bronze medal".
_OWN_CLAUSE = re.compile(
    r"(?:,\s*|\s+and\s+)(?:winning|taking|claiming|capturing|securing|clinching|grabbing"
    rf"|snatching|had\s+to\s+settle\s+for|settled\s+for|held\s+on\s+for|{_RACED_TO})\b"
    r"|\s+(?:held\s+on\s+for|had\s+to\s+settle\s+for|settled\s+for)\b"
)
# Medals given together, to two or more ("silver and bronze"; "respectively" is read apart).
_MEDAL_PAIR = re.compile(r"\s*(?:,|and|&)\s*(?:the\s+)?(?:gold|silver|bronze)\b")
_PAIR_BEFORE = re.compile(r"\b(?i:gold|silver|bronze)\s*(?:,|and|&)\s*(?:the\s+)?$")
_YEAR_BEFORE = re.compile(
    r"\b(?:[Ll]ast|[Pp]revious)\s+(?:year|season|time|edition)\b|\b[Ii]n\s+\d{4}\b"
)
_THEY = re.compile(r"\b(?:they|both|the pair|the duo)(?:\s+\w+){0,2}\s*$", re.I)
_MEDAL_IN_BRACKETS = re.compile(r"\s*\((gold|silver|bronze)\)")
# What may stand between a name and the verb of its medal: "X of Hong Kong, who grabbed",
# "X, of Barbados, lifted",
# "X (USA) took", "X of St Kitts and Nevis taking", "X, the Olympic bronze medallist, took".
_CONNECTOR = re.compile(
    r"(?:\s*\([^)]{1,40}\))?(?:\s*,?\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
    r"(?:\s+and\s+[A-Z][\w.'’-]*)?)?(?:\s*,\s+(?:the|a|an)\s+[^,;()]{1,50},)?"
    r"(?:\s*,?\s*who)?\s*,?\s*"  # ("Kaya Mack (27.58) who won bronze")
)
# The medal before its winner: "Silver went to X", "Snatching the silver medal was X".
_GOES_TO = Led(
    re.compile(
        r"\b(?:(?:[Ss]natching|[Tt]aking|[Cc]laiming|[Ww]inning|[Gg]rabbing|[Cc]ollecting"
        r"|[Ss]ecuring)\s+(?:the\s+)?(?P<medal>(?i:gold|silver|bronze))(?:\s+medal)?\s+was"
        r"|(?P<medal2>(?i:gold|silver|bronze))(?:\s+medal)?\s+went\s+to)\s+"
    ),
    "snatching|taking|claiming|winning|grabbing|collecting|securing|gold|silver|bronze",
    folded=True,  # "GOLD went to": searched in the sentence's lower case
)


def _name_ending_before(finder: FactFinder, sentence: Sentence, position: int) -> str | None:
    """The person named just before ``position``, across ``of Hong Kong, who``, ``(USA)``,
    ``of St Kitts and Nevis`` and ``, the Olympic bronze medallist,``."""
    text = sentence.masked
    index = finder.index(sentence)
    for at in range(bisect.bisect_right(index.ends, position) - 1, -1, -1):  # back from it
        run, name = index.runs[at], index.names[at]
        if name is None:
            continue  # a country or club ("of the United States"): further back
        if position - run.end > 60:
            return None
        between = _CONNECTOR.fullmatch(text, run.end, position)
        if between is None:
            # "of Hong Kong" is a run of its own: look one run further back
            if re.fullmatch(r"\s*,?\s*(?:who\s*)?", text[run.end : position]) is None:
                continue
        if is_possessive(text, run):
            return None
        return name
    return None


# A verb joined to the subject's first ("Cook entered the race as champion but took silver")
_COORDINATED = re.compile(r"\b(?:but|and)$")
_OPENS = re.compile(r"(?:[A-Z][\w.-]*['’]s\s+)?")  # only a nation's possessive before it


def _lone_subject(finder: FactFinder, sentence: Sentence, position: int) -> str | None:
    """The sentence's subject, when it is the one person named before ``position``."""
    index = finder.index(sentence)
    at = bisect.bisect_right(index.ends, position)  # the runs ending before it
    if at == 0 or index.counts[at - 1] != 1:
        return None
    run, name = index.runs[index.last_named[at - 1]], index.names[index.last_named[at - 1]]
    if name is None or is_possessive(sentence.masked, run):
        return None
    return name if _OPENS.fullmatch(sentence.masked, 0, run.start) else None


def medal_names(finder: FactFinder, sentence: Sentence) -> list[tuple[str, str, int]]:
    """Medals told of one athlete each, as (medal, name, where the medal is said): ``gold
    medallist X``, ``X took silver``, ``Silver went to X``, ``X (bronze)``."""
    text, found = sentence.masked, []
    index = finder.index(sentence)
    starts = {run.start: name for run, name in zip(index.runs, index.names, strict=True)}
    runs = {run.start: run for run in index.runs}
    for match in re.finditer(r"\b((?i:gold|silver|bronze))[- ]medal(?:l)?ist,?\s+", text):
        name = starts.get(match.end())
        owner = runs.get(match.end())
        if owner and is_possessive(text, owner):
            continue  # "bronze medallist Dibaba's sister": the sister is not the medallist
        if _OTHER_GAMES.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Commonwealth Games gold medallist X": another competition's medal
        if name and not finder.negated(sentence, match.start()):
            found.append((match[1].casefold(), name, match.start(1)))
    verbs = (
        r"(?:took|taking|takes|won|winning|claimed|claiming|grabbed|grabbing|snatched"
        r"|snatching|captured|capturing|earned|earning|secured|securing|clinched|clinching"
        r"|bagged|collected|claim|take|grab|capture|secure|clinch|in|with|lifted|lifting"
        r"|(?:had\s+to\s+)?settle(?:d)?\s+for|held\s+on\s+for"
        rf"|{_RACED_TO})\s+(?:the\s+"
        # "taking a surprise silver", "won a well-deserved bronze" (never another meeting's:
        # "a world silver", "a junior bronze")
        r"|an?\s+(?!(?:world|junior|youth|indoor|national|team|relay)\b)(?:[a-z][a-z-]+\s+){0,2})?"
    )
    # ("the Silver medal" as a federation writes it, in capitals)
    for match in re.finditer(rf"\s+{verbs}((?i:gold|silver|bronze))\b(?![- ]medal(?:l)?ist)", text):
        if _MEDAL_PAIR.match(text, match.end()) or _THEY.search(
            text, max(0, match.start() - 40), match.start()
        ):
            continue  # "they settled for silver and bronze": whose is which is not said
        name = _name_ending_before(finder, sentence, match.start())
        own = _OWN_CLAUSE.match(text, match.start()) or _OWN_CLAUSE.match(
            text, max(0, match.start() - 1)
        )
        if name is None and own:
            name = finder.athlete(sentence, match.start() + 1)  # ", winning the gold medal"
        elif name is None and _COORDINATED.search(text, max(0, match.start() - 4), match.start()):
            name = _lone_subject(finder, sentence, match.start())  # "X entered ... but took"
        if another_edition(text, match.start(), match.end()):
            continue  # ", who won gold in 2016, took third": another year's medal
        if name and not finder.negated(sentence, match.start()):
            found.append((match[1].casefold(), name, match.start(1)))
    low = finder.lowered(sentence)
    for match in _GOES_TO.finditer(text, low=low):  # "Silver went to X", "Taking bronze was X"
        name = starts.get(match.end())
        if _OTHER_GAMES.search(text, max(0, match.start() - 30), match.start()):
            continue  # "Last year's silver went to X"
        if _PAIR_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "The silver and bronze went to A and B": whose is which is not said
        if _YEAR_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Last year the silver went to X", "In 2019 the gold went to X"
        if name and not finder.negated(sentence, match.start()):
            medal = "medal" if match["medal"] else "medal2"
            found.append((match[medal].casefold(), name, match.start(medal)))
            found += following(finder, sentence, runs[match.end()].end)  # "and silver to B"
    found += given_medals(finder, sentence)  # "awarded the gold to X"
    found += gold_ahead(finder, sentence)  # "took silver behind X": X's gold
    for match in _MEDAL_IN_BRACKETS.finditer(text):  # "Vicky Holland (silver)"
        name = _name_ending_before(finder, sentence, match.start())
        if name and not finder.negated(sentence, match.start()):
            found.append((match[1].casefold(), name, match.start(1)))
    return found
