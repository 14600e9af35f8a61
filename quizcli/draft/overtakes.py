"""A place or medal won by passing a rival: ``Hope of Australia overtook world champion
Dina Welt to take silver``, ``Bell also passed Welt close to the finish to earn bronze``,
``Lind edged past Moe to grab third``, ``Cheval held off Italy's Wier to come home for
bronze``. The place is the subject's (the name right before the verb, perhaps with its
nation: ``Hope of Australia``), never the rival's named between the verb and the place.

Left out: a win (``passed X to take gold``: the podium readers', quizcli.draft.podiums), a
passive (``was passed by X to finish third``: no subject before the verb), a rival list
(``passed A and B``), a denied pass (``could not hold off X for silver``), a place at a
moment of the race (``passed X to take third on the final lap``) or a standing.
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.affiliations import subject_of_affiliation
from quizcli.draft.editions import another_edition
from quizcli.draft.facts import Fact
from quizcli.draft.fits import timed_in_field
from quizcli.draft.index import SentenceIndex
from quizcli.draft.leads import Led
from quizcli.draft.moments import at_a_moment, not_finish
from quizcli.draft.ordinals import MEDALS, NOT_A_PLACE, ORD, place_number
from quizcli.draft.people import is_possessive
from quizcli.draft.place_finder import FactFinder
from quizcli.draft.quotes import Sentence
from quizcli.draft.tails import Hint

_VERB = (
    r"overt(?:ook|akes)|passed|outsprinted|out-sprinted|outkicked|out-kicked|outleaned"
    r"|edged\s+(?:past|out)|pipped|held\s+off|saw\s+off|fought\s+off"
)
_OVERTOOK = Led(
    re.compile(
        r"(?<=\s)(?:(?:also|then|later|eventually|finally|duly)\s+)?(?:" + _VERB + r")\s+"
        # the rival, and words about where or how (no clause: no comma, no "and")
        r"(?P<rival>(?:(?!\band\b)[^.;:,!?()\"“”]){1,80}?)\s+"
        r"(?:to\s+(?:(?:take|grab|claim|earn|win|snatch|secure|seize|clinch|collect)\s+"
        r"(?:the\s+)?(?P<medal>silver|bronze)\b(?:\s+medal)?"
        r"|(?:take|grab|claim|secure|snatch|finish|come\s+home|cross\s+the\s+line)\s+"
        r"(?:in\s+)?(?P<ord>"
        + ORD
        + r")(?:\s+(?:place|position|spot))?\b"
        + NOT_A_PLACE
        + r"|come\s+home\s+for\s+(?:the\s+)?(?P<home>silver|bronze)\b)"
        r"|for\s+(?:the\s+)?(?P<for>silver|bronze)\b(?![- ]medal(?:l)?ist))"
    ),
    "also|then|later|eventually|finally|duly|overt|passed|outsprinted|out-sprinted"
    "|outkicked|out-kicked|outleaned|edged|pipped|held|saw|fought",
)
HINT = Hint(
    re.compile(
        r"\b(?:overt|passed|out-?sprint|out-?kick|outlean|edged|pipped|held off"
        r"|saw off|fought off)"
    )
)


def overtakes(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The places and medals ``sentence`` tells won by passing a rival (see above)."""
    text = sentence.masked
    index = finder.index(sentence)
    facts = []
    for match in _OVERTOOK.finditer(text):
        if finder.negated(sentence, match.start()) or not_finish(finder, sentence, match):
            continue
        if at_a_moment(text[match.start() : match.end() + 40]):
            continue  # "passed Kerr to take third on the final lap": a moment
        if another_edition(text, match.start(), match.end()):
            continue  # "passed X to take bronze in 2019": another year's race
        rivals = finder.names(match["rival"])
        if len(rivals) != 1:
            continue  # nobody passed, or a list of rivals: not this form
        subject = subject_before(index, text, match.start() - 1)
        if subject is None or subject in rivals:
            continue
        event = finder.event
        if event is None or timed_in_field(event, text, match.end()):
            continue
        medal = match["medal"] or match["home"] or match["for"]
        if medal:
            facts.append(Fact("medal", subject, event, MEDALS[medal], sentence, match[0]))
        else:
            place = place_number(match["ord"])
            facts.append(Fact("place", subject, event, place, sentence, match[0]))
    return facts


def subject_before(index: SentenceIndex, text: str, position: int) -> str | None:
    """The person named right before the verb at ``position`` (a space), or with its nation
    or club between (``Hope of Australia overtook``)."""
    at = bisect.bisect_left(index.ends, position)
    if at < len(index.ends) and index.ends[at] == position:
        run, name = index.runs[at], index.names[at]
        if name and not is_possessive(text, run):
            return name
        return None
    return subject_of_affiliation(index, text, position + 1)
