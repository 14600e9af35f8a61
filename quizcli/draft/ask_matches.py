"""Match questions: who won (a choice of the two sides) and by what score (text)."""

from __future__ import annotations

import re

from quizcli.draft.asked import Asked, explain
from quizcli.model import ChoiceQuestion, TextQuestion


def ask_matches(asked: Asked) -> None:
    """Two questions a match the articles report with its score, each match once."""
    seen: set[tuple[str, str]] = set()
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind != "score" or not isinstance(fact.value, tuple):
                continue
            loser, score = fact.value
            key = (fact.athlete, loser)
            if key in seen:
                continue
            seen.add(key)
            explanation = explain(fact.sentence)
            paragraph = fact.sentence.paragraph
            asked.questions.append(
                ChoiceQuestion(
                    **asked.common(
                        f"match-{fact.athlete}-{loser}",
                        found,
                        paragraph,
                        ("matches",),
                        explanation,
                    ),
                    prompt=f"Who won the match between {fact.athlete} and {loser}?",
                    choices=tuple(sorted([fact.athlete, loser])),
                    answer=fact.athlete,
                )
            )
            spaced = re.sub(r",\s*", " ", score)
            asked.questions.append(
                TextQuestion(
                    **asked.common(
                        f"score-{fact.athlete}-{loser}",
                        found,
                        paragraph,
                        ("matches", "scores"),
                        explanation,
                        bump=1,
                    ),
                    prompt=f"By what score did {fact.athlete} beat {loser}?",
                    answer=spaced,
                    accept=tuple({score, score.replace(" ", ", ")} - {spaced}),
                )
            )
