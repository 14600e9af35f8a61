"""A race a report names only by its kind, in lower case: its headline's ``Reed wins truck
race`` (``the truck race``), ``wins sled dog race``; a race its headline reports by a name
no other race pattern reads (``Harbour TT Race Report``, ``Lakeside Gold Cup Race
Report``); and the race being told, described by what filled or marred it (``finished
third in the wreck-filled race``, ``the rain-hit race``), which is no other race.

The kinds are those of a race run in vehicles or behind animals (a truck, a stock car, a
kart, a boat, a sled dog...), never a race for a title, points or a place (``wins title
race``, ``wins race to sign X``): such a headline names no race at all.
"""

from __future__ import annotations

import re

# A race by its kind, right after a headline's verb of winning: "Busch wins truck race"
_KIND = (
    r"(?:truck|trucks|stock[- ]car|car|kart|go-kart|motorbike|bike|boat|powerboat|yacht"
    r"|sled[- ]dog|dog[- ]sled|sled|camel|pigeon)"
)
_HEADLINE_KIND = re.compile(
    r"\b(?:[Ww]ins|[Tt]akes|[Cc]laims|[Cc]aptures)\s+(?:[Tt]he\s+)?(?:(?:19|20)\d\d\s+)?"
    rf"(?P<race>{_KIND}\s+race)(?:\s*\Z|\s*[-–—|:;,]\s|\s+(?:as|after|with|while|in|at|on|for)\s)"
)
# The same right after the winner's name: "Busch wins truck race" (the match from "Busch"'s end)
_WON_AFTER_NAME = re.compile(r"\s+" + _HEADLINE_KIND.pattern.removeprefix(r"\b"))
# The race told, described by what filled or marred it: "the wreck-filled race", "the
# rain-hit race", "the crash-marred race" (a word then one of these, then "race")
DESCRIBED_RACE = (
    r"[a-z]+-(?:filled|packed|strewn|hit|marred|soaked|shortened|interrupted|delayed"
    r"|affected|ravaged|laden|plagued)\s+race\b"
)


# A headline reporting a race by its name: "Harbour TT Race Report from the Lakes" (after
# the page's address, when the reader ran the two lines into one); the name ends in a word
# only a race's name ends in (never a series' or a meeting's: "MotoGP Race Report", "World
# Cup Race Report")
_RACE_REPORT = re.compile(
    r"\A\s*(?:https?://\S+\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:TT|Derby|Stakes|Guineas|Oaks|Grand\s+National|Gold\s+Cup))\s+[Rr]ace\s+[Rr]eport\b"
)


def headline_kind_race(headline: str) -> str | None:
    """The race a headline's winner won, named only by its kind (``Reed wins truck race``:
    ``truck race``); None when the headline names none so."""
    match = _HEADLINE_KIND.search(headline)
    if match:
        return match["race"].casefold()
    report = _RACE_REPORT.match(headline)
    return report["name"] if report else None


def kind_race_won(headline: str, name_end: int) -> str | None:
    """The race a headline's winner, named up to ``name_end``, won right after the name, when
    named only by its kind (``Reed wins truck race``: ``truck race``); else None."""
    match = _WON_AFTER_NAME.match(headline, name_end)
    return match["race"].casefold() if match else None
