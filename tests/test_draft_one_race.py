"""Results in sentences that name no race, in an article about one race (issue 21), in
articles of our own:

- the headline's one race is found under a web address and a site's menu heading (an
  article saved with its page's address first, ``Print`` before the headline): the standfirst
  under it (``The 24-year-old finished ahead of A on 4:01.20 and B on 4:02.05``) gives its
  times to that race; a headline naming two races gives none.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

SAVED_PAGE = (
    "https://example.org/news/2026/06/12/harbour-games-day-three\n\n"
    "Print\n\n"
    "Harbour Games: Kerr wins 1500m title in a games record\n\n"
    "The 24-year-old finished ahead of fellow Scot Ada Moss on 4:01.20 and Norway's Mia Lund "
    "on 4:02.05.\n\n"
    "Lina Kerr of Scotland celebrates after winning the women's 1500m final at the Harbour "
    "Games in Eastport on Friday.\n\n"
    '"I came here to win and I did it," said Kerr. "It was a hard race."\n\n'
    '"I gave it everything on the last lap," said Moss.\n\n'
    "Nina Berg, Ola Dahl and Tove Eng were the other finalists."
)


def test_headline_under_an_address_and_a_menu_names_the_race(tmp_path: Path) -> None:
    result = drafted(tmp_path, SAVED_PAGE)
    times = facts(result, "time")
    assert ("Ada Moss", "1500m", "4:01.20") in times
    assert ("Mia Lund", "1500m", "4:02.05") in times


def test_a_headline_of_two_races_names_none(tmp_path: Path) -> None:
    text = SAVED_PAGE.replace(
        "Kerr wins 1500m title in a games record", "Kerr wins 1500m and 5000m titles"
    )
    result = drafted(tmp_path, text)
    assert not [t for t in facts(result, "time") if t[1] and t[0] in ("Ada Moss", "Mia Lund")]


def test_a_race_named_first_in_the_story_is_still_its_own(tmp_path: Path) -> None:
    # the headline names the 800m, the story the 1500m: the headline gives no race
    text = SAVED_PAGE.replace("Kerr wins 1500m title", "Kerr wins 800m title").replace(
        "The 24-year-old finished", "In the 1500m, the 24-year-old finished"
    )
    result = drafted(tmp_path, text)
    times = facts(result, "time")
    assert ("Ada Moss", "1500m", "4:01.20") in times
    assert not [t for t in times if t[1] == "800m"]
