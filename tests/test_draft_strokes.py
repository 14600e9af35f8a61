"""A swim named short is the same race as named in full (issue 21), in an article of our own:
``the 200m IM`` is the 200m individual medley (it was the bare 200m), ``a 400m medley swim``
is the 400m individual medley the caption named, so the times told after it are that race's
(they had no race: a paragraph of ``She touched in 4:31.20`` followed one naming ``400m
medley``, which the engine took for another race than the ``400m individual medley``); a
relay's ``medley`` stays a relay's and ``the back straight`` is no backstroke.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in

REPORT = (
    "Moss takes medley gold\n\n"
    "Lena Moss of Canada celebrates after winning the final of the women's 400m individual "
    "medley at the Harbour Pool on Monday\n\n"
    'Lena Moss said she was "still shaking" after the 18-year-old won her first national '
    "title on Monday.\n\n"
    "Moss produced a dominant 400m medley swim, the fastest of the year.\n\n"
    "Moss touched in 4:31.20, outpacing Ada Quinn (4:35.10) and Bea Rowe (4:36.02).\n\n"
    "It was her second medal of the week after she took silver behind Cara Vance in the "
    "400m freestyle on Saturday.\n\n"
    '"I wanted this one more than any," Moss said.\n\n'
    '"She was too strong tonight," said Quinn.\n\n'
    '"I will be back next year," Rowe said.\n\n'
    '"It was a great week for the club," said Vance.'
)


def test_the_race_named_short_is_the_race_named_in_full(tmp_path: Path) -> None:
    times = facts(drafted(tmp_path, REPORT), "time")
    assert ("Lena Moss", "400m individual medley", "4:31.20") in times
    assert not [t for t in times if t[1] and "freestyle" in t[1]]


@pytest.mark.parametrize(
    ("text", "race"),
    [
        ("She won the 200m IM on Friday.", "200m individual medley"),
        ("She won the 200 IM on Friday.", "200m individual medley"),
        ("She won the 400-metre medley on Friday.", "400m individual medley"),
        ("He won the 200m back on Friday.", "200m backstroke"),
        ("They won the 4x200m free relay on Friday.", "4x200m freestyle relay"),
        ("They won the 4x100m medley relay on Friday.", "4x100m medley relay"),
        ("They won the 400m medley relay on Friday.", "400m medley"),
        ("He came off the 200m back straight in front.", "200m"),
        ("She won the women's 200m Freestyle S14.", "women's 200m freestyle S14"),
    ],
)
def test_a_stroke_written_short_is_named_in_full(text: str, race: str) -> None:
    assert [event_name(m) for m in events_in(text)] == [race]
