"""Which race a sentence or a paragraph is about, among those ``quizcli.draft.events``
names: the paragraph's one race (``RacesTold``), a sentence's race past a fronted phrase that
sets another apart (``sentence_event``), a bare race word naming the race being told
(``names_current``), and a word after a sex naming another discipline (``OTHER_RACE``).
"""

from __future__ import annotations

import re

from quizcli.draft.event_names import event_name
from quizcli.draft.events import without_sex
from quizcli.draft.race_at import in_closed_relative


class RacesTold:
    """The race a paragraph is about, to carry to its sentences that name none: the one
    race it names, or none when it names two (``In contrast to her win in the 1,500m, the
    800m was a thriller``: a later ``took bronze`` is in neither for sure)."""

    def __init__(self) -> None:
        self.paragraph = -1
        self.names: set[str] = set()

    def told(self, events: list[re.Match[str]], paragraph: int) -> bool:
        """Note a sentence of ``paragraph`` naming ``events``; whether its paragraph still
        names one race only (else the sentences after it carry none)."""
        if paragraph != self.paragraph:
            self.paragraph, self.names = paragraph, set()
        self.names.update(without_sex(event_name(match)) for match in events)
        return len(self.names) == 1


def sentence_event(text: str, events: list[re.Match[str]]) -> re.Match[str] | None:
    """The race a sentence naming ``events`` is about: the first one named, unless it
    stands in a fronted phrase that sets another race apart (``In contrast to her win in
    the 1,500m, the 800m was ...``, ``Unlike the heats, the final ...``); None when every
    race it names is a closed relative clause's (``Lorentzen, who had won Friday's 500m,
    finished sixth``: the race told before goes on)."""
    events = [e for e in events if not in_closed_relative(text, e, len(text))]
    if not events:
        return None
    fronted = _FRONTED.match(text)
    if fronted and events[0].start() < fronted.end():
        for match in events:
            if match.start() >= fronted.end():
                return match
    return events[0]


_FRONTED = re.compile(
    r"\s*(?:In contrast to|Unlike|After|Before|Following|Despite|Having|Like|As well as"
    r"|Besides|Apart from|Along with|On top of|A (?:day|week|month|year)s? after"
    r"|\w+ (?:days|weeks|months|years) after)\b[^,;:]{1,150},"
)


def names_current(match: re.Match[str], current: str | None) -> bool:
    """Whether a bare race word (``marathon``, ``downhill``; no sex, no capitalised name
    before it) names the race being told, already known by its name (``Seoul Marathon``)."""
    if not match["word"] or current is None:
        return False
    before = match.string[max(0, match.start() - 25) : match.start()]
    if re.search(r"(?:[A-Z][\w'’.-]*|['’]s)\s+$", before):
        return False  # "the Paris marathon", "the men's marathon": a race of its own
    word = match["word"].casefold()
    return current.casefold().endswith(" " + word) and current[0].isupper()


# After "women's", a word that may name another discipline ("the women's sprint crown",
# "the women's time trials title"): not the race being told, for women.
OTHER_RACE = re.compile(
    r"\s+(?!(?:race|event|final|category|competition|title|crown|field|contest|podium|winner"
    r"|champion|side|edition|world|worlds|elite|senior|and|or|top|leader|results?|favourite"
    r"|favorite|gold|silver|bronze|medal\w*)\b)[a-z]"
)
