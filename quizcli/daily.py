"""The daily challenge: its seed (the UTC date and the set id), and the result line to share.

Every player of a set gets the same questions in the same order with the same shuffles on
a UTC day, because the round is drawn through :func:`quizcli.draw.draw` (which honours
question groups) from a seed made of the date and the set id alone. No terminal, no store.
"""

from __future__ import annotations

import hashlib
import time

from quizcli.model import GameResult, Mark

DAILY_COUNT = 5
BLOCKS = {Mark.RIGHT: "■", Mark.PARTIAL: "▣"}
ASCII = {Mark.RIGHT: "#", Mark.PARTIAL: "+"}
MISSED_BLOCK, MISSED_ASCII = "□", "."


def utc_day(epoch: float) -> str:
    """The UTC date of an epoch time, as YYYY-MM-DD."""
    return time.strftime("%Y-%m-%d", time.gmtime(epoch))


def daily_seed(set_id: str, day: str) -> int:
    """The seed of ``set_id``'s challenge on ``day`` (YYYY-MM-DD): the same everywhere."""
    digest = hashlib.sha256(f"quizcli daily {set_id} {day}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % 2**31


def share_line(result: GameResult, day: str, *, blocks: bool) -> str:
    """``quizcli paris2024 daily 2026-11-27  4/5  1030 pts  ■■□■■``: one line to copy as is
    (``##.##`` with ``blocks`` off). ``#``/``■`` right, ``+``/``▣`` partly, ``.``/``□`` not."""
    marks, missed = (BLOCKS, MISSED_BLOCK) if blocks else (ASCII, MISSED_ASCII)
    cells = [marks.get(record.verdict.mark, missed) for record in result.answers]
    cells += [missed] * (result.asked - len(result.answers))
    right = result.count(Mark.RIGHT)
    return (
        f"quizcli {result.set_id} daily {day}  {right}/{result.asked}  {result.score} pts  "
        + "".join(cells)
    )
