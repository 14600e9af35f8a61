"""What the player hears after a stored round: a high score, a rank, a personal best.

Kept apart from the score tables so that ``play`` does not import Rich's table module.
"""

from __future__ import annotations

from rich.text import Text

from quizcli.model import GameResult
from quizcli.parsing import ordinal
from quizcli.store import RESET, Ranking
from quizcli.ui.text import literal


def ranking_line(ranking: Ranking, result: GameResult) -> Text:
    """What the player hears after a stored round: a high score, a rank, a personal best."""
    set_id = literal(result.set_id)
    if ranking.status == RESET:
        return Text("Saved, then removed by a reset before its rank could be read.")
    if ranking.status != "finished":
        return Text("Saved as an unfinished round: only finished rounds go on the leaderboard.")
    if (
        ranking.position == 1
        and result.score > 0  # a first game with no points is no high score
        and (ranking.previous_best is None or result.score > ranking.previous_best)
    ):
        return Text.assemble(("New high score on ", "bold green"), set_id, ("!", "bold green"))
    text = Text.assemble(
        (f"{ordinal(ranking.position)} of {ranking.games}", "bold"), " finished games on ", set_id
    )
    previous = ranking.personal_previous_best
    if previous is None:
        text.append(" · your first finished game of this set")
    elif result.score > previous:
        text.append(f" · a new personal best (was {previous})", style="green")
    else:
        text.append(f" · your best: {previous}")
    return text
