"""Found facts in, bank questions out: one question a fact, never one fact twice.

Quotations give "Who said this?" choice questions (the wrong options are other people the
articles quote or name) and "complete the quotation" text questions (the gap is a telling
word of another sentence of the quotation). Times give time questions, full podiums order
questions, places number questions, lone medals and records choice questions, match results
who-won and score questions. A point the articles state two ways (two times for one race,
two places for one athlete) is not asked. Each kind has its own module (``ask_*``); this one
runs them in order.
"""

from __future__ import annotations

from quizcli.draft.ask_horses import ask_horses
from quizcli.draft.ask_margins import ask_margins
from quizcli.draft.ask_matches import (
    ask_decisions,
    ask_draws,
    ask_golf,
    ask_innings,
    ask_marks,
    ask_matches,
    ask_points,
)
from quizcli.draft.ask_pairs import ask_crew_places, ask_crew_times, ask_pairs
from quizcli.draft.ask_quotes import ask_quotations
from quizcli.draft.ask_records import ask_ages, ask_records
from quizcli.draft.ask_results import ask_podiums, ask_times
from quizcli.draft.ask_team_titles import ask_team_titles
from quizcli.draft.asked import Asked, Found
from quizcli.model import Question

__all__ = ["Found", "Maker"]


class Maker(Asked):
    """Turns every article's findings into questions with unique ids."""

    def make(self) -> list[Question]:
        """All the questions, in the order: quotations, times, podiums, places, horse race
        winners, teams' titles, records, matches, cricket margins, pairs' matches, crews'
        places and times, draws, fights, field marks, points, innings, golf scores, ages."""
        ask_quotations(self)
        ask_times(self)
        ask_podiums(self)
        ask_horses(self)
        ask_team_titles(self)
        ask_records(self)
        ask_matches(self)
        ask_margins(self)
        ask_pairs(self)
        ask_crew_places(self)
        ask_crew_times(self)
        ask_draws(self)
        ask_decisions(self)
        ask_marks(self)
        ask_points(self)
        ask_innings(self)
        ask_golf(self)
        ask_ages(self)
        return self.questions
