"""Places a sentence contradicts itself about: ``Runner-up Sam Kendricks ... came third``
(a garbled or machine-translated report) says two places for one person, so neither is
asked."""

from __future__ import annotations

import re

from quizcli.draft.facts import Fact

# "Runner-up U.S. Sam Kendricks": a few words (a nation, a role), then the name
_RUNNER_UP = re.compile(
    r"\b[Rr]unner-up\s+(?:[^\s,;]+\s+){0,3}?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)


def contradicted(places: list[Fact], text: str) -> list[Fact]:
    """The ``places`` whose athlete the sentence also calls its runner-up while giving
    another place (``Runner-up Sam Kendricks remained at 591 and came third``)."""
    if "unner-up" not in text:
        return []
    called = {word for match in _RUNNER_UP.finditer(text) for word in match[1].split()}
    return [
        fact
        for fact in places
        if fact.value != 2 and fact.athlete and fact.athlete.split()[-1] in called
    ]
