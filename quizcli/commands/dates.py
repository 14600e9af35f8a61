"""Dates typed on the command line (``--since``, ``--date``), checked and converted.

Only YYYY-MM-DD, optionally followed by a time, is taken: each error says how to write one.
"""

import re

# YYYY-MM-DD, then optionally a time: Python also reads 20261204 and 2026-W49-5, which the
# messages do not offer, and which a typo can turn into another real day.
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]|\Z)", re.ASCII)


def iso_day(value: str, option: str, example: str) -> str:
    """``value`` as a YYYY-MM-DD day, or a QuizError saying how to write one."""
    from datetime import date

    from quizcli.errors import QuizError

    try:
        if len(value) != 10 or not ISO_DAY.match(value):
            raise ValueError(value)
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QuizError(f"{option} {value!r} is not a date; write it like {example}") from None


END_OF_9999 = 253_402_300_799.999  # 9999-12-31T23:59:59.999Z, as an epoch time


def since_stamp(value: str | None) -> str | None:
    """A date or date-time (taken as UTC) as the store's timestamp format."""
    if value is None:
        return None
    from datetime import UTC, datetime

    from quizcli.errors import QuizError
    from quizcli.store import timestamp

    example = "2026-11-21"
    try:
        if not ISO_DAY.match(value):
            raise ValueError(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise QuizError(f"--since {value!r} is not a date; write it like {example}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    # A time zone can push the last day of 9999 into year 10000, whose five-digit stamp
    # would sort before every stored game; nothing can be later than the end of 9999.
    return timestamp(min(moment.timestamp(), END_OF_9999))
