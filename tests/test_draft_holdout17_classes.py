"""The wrong and poor questions of the seventeenth blind judge set (issue 21,
tests/data/draft_corpus/holdout17; its first run: 36 drafted, 33 right, 2 wrong, 1 poor),
and what its re-run showed, in articles of our own:

- a sport's name is no medallist (``In a fiercely contested Speed Skating race ...``);
- a woman's place is never carried to the men's race (``home girl Efremenkova delighted the
  home crowd with a third place`` after a paragraph of the women's race);
- a pair told won both ways (``Korea upset Canada`` with no score, then ``Canada defeated
  Korea 9-6``) is two meetings: "Who won?" is not asked;
- an age or a count of titles opening a sentence is no first name (``Twenty-three-year-old
  Zack Garner``);
- a motor race by its name and length is a race (``the Firestone Freedom 100``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts

from quizcli.draft import DraftError
from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in


def test_a_sport_is_no_medallist(tmp_path: Path) -> None:
    text = (
        "In a fiercely contested Speed Skating race with a dramatic finish, An Kai of China won "
        "the men's 1500m gold medal on Monday.\n\n"
        '"I was prepared, and had kept my mind calm before the race," said An.'
    )
    try:
        result = drafted(tmp_path, text)
    except DraftError:
        return  # nothing asked is no wrong question
    assert not [f for f in facts(result, "medal") if "Skating" in f[0]]


def test_a_womans_place_is_not_carried_to_the_mens_race(tmp_path: Path) -> None:
    text = (
        "Lin Kai of China won the men's 1500m gold medal, ahead of Quentin Fercot of France and "
        "Park Jiwon of Korea.\n\n"
        "Earlier, in the women's race, double Olympic champion Kim Arang stepped out to skate. "
        "In a dominant performance, she crossed the line first.\n\n"
        '"I am happy competing here," she said.\n\n'
        "France's Aurelie Monvoisine launched a late attack to finish second and home girl "
        "Katya Efremova delighted the home crowd with a third place."
    )
    places = facts(drafted(tmp_path, text), "place")
    assert not [p for p in places if p[1] == "men's 1500m"], places


def test_a_pair_told_won_both_ways_is_not_asked(tmp_path: Path) -> None:
    text = (
        "Korea upset Canada on Saturday afternoon during the playoff.\n\n"
        "On Sunday Canada defeated Korea 9-6 to claim the bronze medal.\n\n"
        '"We bounced back," said Canada skip Heather Nelson. "It was a good week," said Korea '
        'skip Kim Jiyoon. "The ice was fast," said Sweden skip Margit Nordin.'
    )
    result = drafted(tmp_path, text)
    assert not [q for q in result.bank.questions if "Canada and Korea" in q.prompt]


def test_an_age_opening_a_sentence_is_no_first_name(tmp_path: Path) -> None:
    text = (
        "The Bear 100 came down to one man. Twenty-three-year-old Zack Gardner won in 17:11, "
        "with Jake Krone second in 19:09.\n\n"
        '"I just kept moving," Gardner said.'
    )
    result = drafted(tmp_path, text)
    named = {f[0] for kind in ("medal", "time", "place") for f in facts(result, kind)}
    assert "Zack Gardner" in named, named
    assert not [n for n in named if "year-old" in n], named


@pytest.mark.parametrize(
    ("text", "race"),
    [
        ("Peter Demsey won the Firestone Freedom 100 at Indianapolis.", "Firestone Freedom 100"),
        ("He was second in the Indianapolis 500 on Sunday.", "Indianapolis 500"),
    ],
)
def test_a_motor_race_by_its_length_is_a_race(text: str, race: str) -> None:
    assert [event_name(m) for m in events_in(text)] == [race]


@pytest.mark.parametrize(
    "text",
    ["The Top 100 players were there.", "He ran 400m in 44.1.", "the FTSE 100 fell"],
)
def test_a_number_after_a_capital_is_no_motor_race(text: str) -> None:
    assert "100" not in " ".join(event_name(m) for m in events_in(text) if m["named"])
