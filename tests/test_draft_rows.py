"""Results lists read row by row (issue 21, speed and recall): in ``David Dahl 30:45.12,``
or ``Jonas Dahl (KEN/28:07.01),`` the time is the name's by the row's form alone
(``quizcli.draft.rows``). A row is read in one short match instead of the whole reading of
whose a time is, and a row after ``ahead of A and B`` or ``with C second`` is no longer
"nobody's for sure".

The row reading never gives a time to someone the full reading would give it to otherwise:
on every row of a grid of sentences the full reading says either the row's person or
nobody (checked below).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft.clock import Time, find_times
from quizcli.draft.owners import bracket_start, other_edition
from quizcli.draft.people import Cast, lowercase_vocabulary
from quizcli.draft.quoted import Sentence
from quizcli.draft.results import FactFinder
from quizcli.draft.rows import row_holder
from quizcli.draft.timings import _bracketed

AHEAD_OF_LIST = (
    "Anna Achebe won the women's 10,000m final in 30:10.00 ahead of Brian Borg and Carla "
    "Castell, David Dahl 30:45.12, Elena Ivers 30:52.40 and Femi Jansen 31:02.11.\n\n"
    '"It was a hard race and I am proud of it," Achebe said.\n\n'
    '"I am happy with third," Castell said.'
)


def test_each_row_after_an_ahead_of_list_is_its_own(tmp_path: Path) -> None:
    times = set(facts(drafted(tmp_path, AHEAD_OF_LIST), "time"))
    assert {
        ("Anna Achebe", "women's 10000m", "30:10.00"),
        ("David Dahl", "women's 10000m", "30:45.12"),
        ("Elena Ivers", "women's 10000m", "30:52.40"),
        ("Femi Jansen", "women's 10000m", "31:02.11"),
    } <= times
    assert not {who for who, _, _ in times} & {"Brian Borg", "Carla Castell"}


NUMBERED = (
    "Anna Achebe won the men's marathon in 2:05:10 with Brian Borg second; results: "
    "3. Carla Castell (KEN) 2:06:12; 4. David Dahl (ETH) 2:07:40; 5. Elena Ivers (NOR) "
    "2:08:02.\n\n"
    '"The wind was strong all morning," Achebe said.'
)


def test_numbered_rows_with_a_nation_code_are_their_names(tmp_path: Path) -> None:
    times = set(facts(drafted(tmp_path, NUMBERED), "time"))
    assert {
        ("Carla Castell", "men's marathon", "2:06:12"),
        ("David Dahl", "men's marathon", "2:07:40"),
        ("Elena Ivers", "men's marathon", "2:08:02"),
    } <= times


# Sentences whose rows the grid below reads both ways: what comes before the list, the row,
# and what follows it
_BEFORE = (
    "",
    "Results: ",
    "Achebe won ahead of Brian Borg and Carla Castell, ",
    "Achebe won the 10,000m with Borg second; ",
    "Achebe did not finish, ",
    "He was beaten by Borg; ",
    "In the women's 800m, she was fourth; ",
    "Last year: ",
    "Did not finish: ",
    "On the bike leg, ",
)
_ROWS = (
    "David Dahl 30:45.12",
    "12. Elena Ivers (KEN) 2:06:10.10",
    "Femi Jansen 2:05:11 and Greta Gallo 2:05:30",
    "Dahl's 30:45.12",
    "Hugo Borg (NOR) 3:31.20",
    "Borg, 3:31.20",
    "Borg was third in 3:31.20",
    "Ines Gallo (31:00.00)",
    "Jonas Dahl (KEN/28:07.01)",
    "Kim Lee (Kenya/2:07:41)",
    "Borg (3:31.20 PB)",
)
_AFTER = (".", ", Ines Castell 31:00.00.", "; 13. Jonas Dahl (KEN) 2:06:17.11.", " behind Achebe.")


def _full_reading(finder: FactFinder, sentence: Sentence, time: Time) -> str | None:
    """Whose the time is by the reading every other time gets (race_times without rows)."""
    text = sentence.masked
    if finder.negated(sentence, time.start) or other_edition(text, time):
        return "(left out)"
    athlete, rivaled = _bracketed(finder, sentence, time)
    if athlete is None and bracket_start(text, time) is not None:
        return "(left out)"
    return athlete or (None if rivaled else finder.athlete(sentence, time.start))


def test_a_row_is_never_given_to_another_than_the_full_reading_would() -> None:
    rows_read = 0
    for before, row, after in itertools.product(_BEFORE, _ROWS, _AFTER):
        text = before + row + after
        cast = Cast(lowercase=lowercase_vocabulary([text]))
        cast.learn(text)
        sentence = Sentence(0, text, text, "Anna Achebe", False)
        finder = FactFinder(cast, [sentence])
        for time in find_times(text):
            holder = row_holder(text, time, finder.index(sentence))
            if holder is None:
                continue
            rows_read += 1
            assert _full_reading(finder, sentence, time) in (None, holder), (text, time)
    assert rows_read > 100  # the grid holds rows, read so


def test_what_is_no_row_is_not_read_as_one() -> None:
    for text in (
        "Borg was third in 3:31.20.",
        "Achebe beat Borg 3:31.20 to 3:31.90.",
        "Borg's 3:31.20 was a season's best.",
        "Borg, 3:31.20, was third.",
        "Last year: Borg 3:31.20.",
        "Did not finish: Borg 3:31.20.",
        "Borg 3:31.20 (PB) was third.",
        "Borg (3:31.20) was third.",
        "On the bike leg: Borg (51:02).",
        "Achebe won, Borg (3:31.20) in second.",
    ):
        cast = Cast(lowercase=lowercase_vocabulary([text]))
        cast.learn(text)
        sentence = Sentence(0, text, text, None, False)
        finder = FactFinder(cast, [sentence])
        holders = [row_holder(text, t, finder.index(sentence)) for t in find_times(text)]
        assert holders and not any(holders), text


BRACKETED = (
    "In the women's 10,000m final Anna Achebe won ahead of Brian Borg and Carla Castell, "
    "David Dahl (30:45.12), Elena Ivers (KEN/30:52.40), Femi Jansen (Ethiopia/31:02.11).\n\n"
    '"It was a hard race and I am proud of it," Achebe said.'
)


def test_bracketed_rows_are_their_names_but_never_a_split(tmp_path: Path) -> None:
    times = set(facts(drafted(tmp_path, BRACKETED), "time"))
    assert {
        ("David Dahl", "women's 10000m", "30:45.12"),
        ("Elena Ivers", "women's 10000m", "30:52.40"),
        ("Femi Jansen", "women's 10000m", "31:02.11"),
    } <= times
    splits = BRACKETED.replace("final Anna", "final, after the swim leg, Anna")
    assert not facts(drafted(tmp_path, splits), "time")


NORWAY = (
    "Jakob Ingebrigtsen (NOR) finished fourth in the men's 1500m in 3:28.24, and Yared "
    "Nuguse (USA) took bronze in 3:27.80.\n\n"
    '"I gave everything I had today," Ingebrigtsen said.\n\n'
    "Nor did Nuguse expect a medal: he had been ill in the spring."
)


def test_norways_code_is_no_nor(tmp_path: Path) -> None:
    times = set(facts(drafted(tmp_path, NORWAY), "time"))
    assert ("Jakob Ingebrigtsen", "men's 1500m", "3:28.24") in times
