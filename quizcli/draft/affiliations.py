"""A verb's subject named with its club, team or country between: ``Brandt Okelo of Kenya
Prisons crossed the line second``, ``Dario Fenn of the Netherlands finished fourth``.

The words after ``of`` are one to four capitalised words that name nobody the article
knows as a person (else ``A of B`` may be either's, and neither is read); the subject is
the person named right before ``of``, never one named with a possessive (``Okelo's coach
of ...``).
"""

from __future__ import annotations

import bisect
import re

from quizcli.draft.index import SentenceIndex
from quizcli.draft.people import is_possessive

_OF = re.compile(r" of (?:the )?(?:[A-Z][\w'’.&-]*(?: |\Z)){1,4}")
_LONGEST = 60  # " of " and four words: a longer gap is never read


def subject_of_affiliation(index: SentenceIndex, text: str, position: int) -> str | None:
    """The person named in ``NAME of AFFILIATION`` right before ``position`` (a verb, after
    one space), or None when the words before it are not of that form."""
    at = bisect.bisect_left(index.ends, position - _LONGEST) - 1
    last = None  # the last run naming someone before the verb (few runs end in the gap)
    while at + 1 < len(index.ends) and index.ends[at + 1] < position:
        at += 1
        last = at if index.names[at] is not None else last
    if last is None or index.names[last] is None or is_possessive(text, index.runs[last]):
        return None
    owner = index.runs[last]
    if position - owner.end > _LONGEST or not _OF.fullmatch(text, owner.end, position):
        return None  # "Okelo and Kenya Prisons", "Okelo, who ...": no affiliation
    return index.names[last]
