"""How a match's score is written and read: ``6-2 6-2 7-6(4)``, ``3-1``, ``41-32``.

Shared by the score finders (quizcli.draft.scores and quizcli.draft.opened_wins): the
pattern of a score after a side's name, the score as questions write it, and whether it
reads from the winner's side or is level.
"""

from __future__ import annotations

import re

# a set's or a match's score: "6-2", "7-6 (7/5)" (a tie-break's points in brackets only
# after 7-6 or 6-7: "Donaire 40-6 (26)" is a boxer's record); or with a colon, as handball
# reports write it ("31:23"), never a time's minutes ("2:05:06", "13:26.98")
_SET = (  # (a side's half goal in polo: "5-4½", "6½-6")
    r"\d{1,3}½?(?:[-–]|:(?=\d{1,3}(?![\d:]|\.\d)))\d{1,3}½?"
    r"(?:(?<=[67][-–][67])\s*\(\d{1,2}(?:[-–/]\d{1,2})?\))?"
)
SCORE = rf"(?P<score>{_SET}(?:(?:,\s*|\s+|,?\s+and\s+){_SET}){{0,4}})(?![\d:-]|\s*\(\d{{1,3}}\))"


def winner_first(score: str) -> bool:
    """Whether a score reads from the winner's side: more sets (or goals) first."""
    sets = re.findall(r"(\d+)-(\d+)", re.sub(r"\([^)]*\)", "", score))
    won = sum(1 for a, b in sets if int(a) > int(b))
    return won > len(sets) - won and all(a != b for a, b in sets)


def score_of(match: re.Match[str]) -> str:
    """A match's ``score`` group as the questions write it: hyphens, single spaces; with
    the sets' scores after it in brackets when a ``games`` group holds them and they add
    up to it (``3-0 (26-24, 25-22, 25-17)``)."""
    score = re.sub(r"\s+", " ", match["score"].replace("–", "-").replace(":", "-")).strip(" ,")
    games = match.groupdict().get("games")
    return f"{score} ({games_of(score, games)})" if games and games_of(score, games) else score


def games_of(score: str, games: str) -> str:
    """The sets' scores of ``games`` (``(26-24; 25-22; 25-17)``) written ``26-24, 25-22,
    25-17`` when there are two or more and the sets each side won make ``score``
    (``3-0``); else ``""`` (a quarter's points, a run of play)."""
    single = re.fullmatch(r"(\d+)-(\d+)", score)
    sets = re.findall(r"(\d+)\s*[-–]\s*(\d+)", games)
    if single is None or len(sets) < 2:
        return ""
    won = sum(1 for a, b in sets if int(a) > int(b))
    lost = sum(1 for a, b in sets if int(a) < int(b))
    if (won, lost) != (int(single[1]), int(single[2])) or won + lost != len(sets):
        return ""
    return ", ".join(f"{a}-{b}" for a, b in sets)


def main_score(score: str) -> str:
    """The match's own score of ``3-0 (26-24, 25-22, 25-17)`` (``3-0``), when the sets'
    scores follow it in brackets; else ``""``."""
    found = re.fullmatch(r"(\d+-\d+) \(\d+-\d+(?:, \d+-\d+)+\)", score)
    return found[1] if found else ""


def losers_side(score: str) -> bool:
    """Whether a score reads from the loser's side: fewer sets (or points) first, each set
    won by one side (``19-21, 19-21``)."""
    sets = re.findall(r"(\d+)-(\d+)", re.sub(r"\([^)]*\)", "", score))
    won = sum(1 for a, b in sets if int(a) > int(b))
    return bool(sets) and won < len(sets) - won and all(a != b for a, b in sets)


def loser_first(score: str) -> str:
    """A single score told from the loser's side (``The Red Roses lost 32-41 to New
    Zealand``) turned to the winner's (``41-32``); sets and anything else as they are."""
    single = re.fullmatch(r"(\d+)\s*-\s*(\d+)", score)
    if single and int(single[1]) < int(single[2]):
        return f"{single[2]}-{single[1]}"
    return score


def is_draw(score: str) -> bool:
    """A single level score (``1-1``) names no winner."""
    sets = re.findall(r"(\d+)-(\d+)", score)
    return len(sets) == 1 and sets[0][0] == sets[0][1]
