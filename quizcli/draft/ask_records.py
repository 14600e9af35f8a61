"""Record and age questions: which record a person broke, and how old the article says
they are (each asked only when the articles agree)."""

from __future__ import annotations

from quizcli.draft.asked import Asked
from quizcli.model import ChoiceQuestion, NumberQuestion

_RECORD_KINDS = ("world", "Olympic", "European", "national")


def ask_records(asked: Asked) -> None:
    """ "Which record did X break?", the other options the record's other kinds."""
    seen: set[tuple[str, str]] = set()
    for found in asked.founds:
        for fact in found.facts:
            if fact.kind != "record":
                continue
            record = str(fact.value)
            key = (asked.person_key(fact.athlete), record.casefold())
            if key in seen:
                continue
            seen.add(key)
            kind = record.split()[0]
            options = [record] + [
                record.replace(kind, other, 1)
                for other in _RECORD_KINDS
                if other.casefold() != kind.casefold()
            ]
            asked.questions.append(
                ChoiceQuestion(
                    **asked.stated(
                        f"record-{fact.athlete}",
                        found,
                        fact.sentence,
                        ("records",),
                        bump=1,
                    ),
                    prompt=f"Which record did {fact.athlete} break, as the article says?",
                    choices=tuple(sorted(options[:4])),
                    answer=record,
                )
            )


def ask_ages(asked: Asked) -> None:
    """ "How old is X?" for each person with one age in the articles."""
    for (key, _), items in asked.facts("age").items():
        if len({fact.value for _, fact in items}) != 1:
            continue  # two ages for one person: not asked
        found, fact = items[0]
        asked.questions.append(
            NumberQuestion(
                **asked.stated(
                    f"age-{key}",
                    found,
                    fact.sentence,
                    ("ages",),
                    bump=1,
                ),
                prompt=f"How old is {fact.athlete}, according to the article?",
                answer=int(str(fact.value)),
                unit="years",
            )
        )
