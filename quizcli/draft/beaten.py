"""The one rival a race's winner beat by a margin: second (as ``won ..., 1.2 seconds ahead
of X`` is, quizcli.draft.margins). ``Langer beat Paul Broadhurst by two shots to win the
Senior Open``, ``to win the U.S. Open, bettering Rory McIlroy by one stroke``, ``The
Frenchman clocked 25:17.3 to beat Russia's Ustyugov by 42.3 seconds`` (the Frenchman being
the race's winner, told before).

Read only when the one who beat the rival is the winner: the sentence tells the win (``to
win``, ``won``, ``victory``), or the race's winner was told before and is the one beating.
Left out: a margin of points, goals, runs or wickets (a match between two sides), two
rivals (``beat A and B by ...``), a heat, a round or a moment of the race, a denial and
another year's race.
"""

from __future__ import annotations

import re

from quizcli.draft.editions import another_edition
from quizcli.draft.event_names import event_name
from quizcli.draft.facts import Fact
from quizcli.draft.moments import at_a_moment, not_finish
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence
from quizcli.draft.tails import Hint

HINT = Hint(re.compile(r"\b(?:beat|beating|better(?:ed|ing)|defeat(?:ed|ing))\b"))
_NUMBER = r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|half\s+a)"
_BEAT = re.compile(
    r"\b(?:beat|beating|better(?:ed|ing)|defeat(?:ed|ing))\s+"
    r"(?P<rival>[^.;:,!?()\"“”]{2,80}?)\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?"
    + _NUMBER
    + r"(?:\s+and\s+a\s+half)?\s*-?\s*(?:seconds?|secs?|strokes?|shots?|lengths?|metres?"
    r"|meters?|hundredths?(?:\s+of\s+a\s+second)?|tenths?(?:\s+of\s+a\s+second)?)\b"
)
# A capitalised word right before a race's name (never "The", "On", a possessive): the name
# was read without it ("Senior British Open" at a sentence's start, read as "British Open")
_CUT = re.compile(
    r"\b(?!(?:The|A|An|In|At|On|Of|For|By|From|To|His|Her|Their|Its|This|That|Last|Next"
    r"|Both|After|Before)\s)[A-Z][a-z]+\s+$"
)
_WIN = re.compile(r"\b(?:won|win|wins|winning|victory|victorious|triumph(?:ed|s)?)\b")
_HEAT = re.compile(
    r"\b(?:heats?|semi-?finals?|semis|quarter-?finals?|qualif\w*|split|prelim\w*)\b"
    r"|(?<!final-)(?<!final )\bround\b",  # (a winner's "final-round 71" is no round's win)
    re.I,
)


def beaten_by_margin(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The rival the race's winner beat by a margin in ``sentence`` (see above): second."""
    text = sentence.masked
    event = finder.event
    if event is None or _HEAT.search(text) or at_a_moment(text):
        return []
    facts = []
    won = _WIN.search(text) is not None
    events = finder.events(text)
    for match in _BEAT.finditer(text):
        rivals = finder.names(match["rival"])
        if len(rivals) != 1 or " and " in match["rival"]:
            continue  # nobody, or two rivals: who was second is not told
        if finder.negated(sentence, match.start()) or not_finish(finder, sentence, match):
            continue
        if another_edition(text, match.start(), match.end()):
            continue  # "beat X by two shots in 2019": another year's race
        winner = finder.athlete(sentence, match.start())
        if winner is None or winner in rivals:
            continue
        if not (won or finder.winners.get(event) == winner):
            continue  # "Kerr beat Lind by 0.2 seconds": second only behind the race's winner
        race = finder.event_at(events, match.start(), match.end(), text) if events else event
        if any(
            event_name(e) == race and _CUT.search(text, max(0, e.start() - 30), e.start())
            for e in events
        ):
            continue  # "Senior British Open: X beat Y ...": a name read without its first word
        if race:
            facts.append(Fact("place", rivals[0], race, 2, sentence, match[0]))
    return facts
