"""A crew's or a relay team's time is never one member's (issue 21, relay and crew
results; ``quizcli.draft.timings``).

A time told after a list of people named together (``A, B, C and D were celebrating their
win in 41.29``, ``A and B, who finished eighth with a time of 2:05.958``) is the crew's: it
went to the last person named, alone. A time whose form ties it to one name (bracketed
after it, a row of a list, ``A and B, second and third in times of X and Y``) stays that
name's, and one person's time after a single name stays theirs.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

INTRO = (
    "https://example.org/athletics/last-night.htm\n\n"
    "Last night of the championships\n\n"
    "The stadium was full for the final session of the championships, and the home fans "
    "had plenty to cheer before the relays brought the meeting to a close.\n\n"
)
# (something to ask, so that a paragraph under test that gives nothing still drafts)
ANCHOR = (
    "Earlier, Kara Voss clocked 22.40 to win the women's 200m final, with Lotte Brandt "
    "second and Mira Olsen third.\n"
)


def _times(tmp_path: Path, paragraph: str, name: str) -> set[tuple[str, str | None, str]]:
    """The time facts of the article made of INTRO, ``paragraph`` and ANCHOR."""
    result = drafted(tmp_path, INTRO + paragraph + "\n\n" + ANCHOR, name)
    return {(str(t[0]), t[1], str(t[2])) for t in facts(result, "time")}


def test_a_quartets_time_is_never_its_last_members(tmp_path: Path) -> None:
    times = _times(
        tmp_path,
        "By then Norway's quartet of Ada Lundgren, Bea Strandli, Cia Holmvik and Bergstad "
        "were celebrating their win in 42.05, second only to the 41.90 set at last year's "
        "Games.",
        "a.txt",
    )
    assert not [t for t in times if t[2] == "42.05"], times
    assert ("Kara Voss", "women's 200m", "22.40") in times  # (the anchor still asked)


def test_a_trios_time_is_never_one_riders(tmp_path: Path) -> None:
    times = _times(
        tmp_path,
        "The Danish trio of Eli Morkholt, Fia Raskov and Gry Toftlund were third in 3:21.40 "
        "in the women's team pursuit.",
        "d.txt",
    )
    assert not [t for t in times if t[2] == "3:21.40"], times
    # nor the trio's own: a team's time is asked of the team (a nation), never its riders
    result = drafted(
        tmp_path,
        INTRO + "The Danish trio of Eli Morkholt, Fia Raskov and Gry Toftlund were third in "
        "3:21.40 in the women's team pursuit.\n\n" + ANCHOR,
        "g.txt",
    )
    assert not facts(result, "crew_time")
    # one rider alone keeps her time
    alone = _times(
        tmp_path,
        "Gry Toftlund was third in 3:21.40 in the women's individual pursuit.",
        "e.txt",
    )
    assert ("Gry Toftlund", "women's individual pursuit", "3:21.40") in alone, alone


def test_a_boats_time_after_its_pair_is_never_one_paddlers(tmp_path: Path) -> None:
    text = INTRO + (
        "Also in the final were Eva Parkhurst and Lin Moberg, who finished eighth with a "
        "time of 2:05.958 in the women's C2 500m.\n\n" + ANCHOR
    )
    result = drafted(tmp_path, text)
    assert not [t for t in facts(result, "time") if t[2] == "2:05.958"]
    # the crew's place and time are the crew's
    assert ("Eva Parkhurst and Lin Moberg", "women's C2 500m", 8) in set(
        facts(result, "crew_place")
    )
    assert ("Eva Parkhurst and Lin Moberg", "women's C2 500m", "2:05.958") in set(
        facts(result, "crew_time")
    )
    prompts = {q.prompt: q for q in result.bank.questions}
    asked = prompts[
        "What time does the article give for Eva Parkhurst and Lin Moberg in the women's C2 500m?"
    ]
    assert asked.answer == "2:05.958"


def test_two_times_after_two_names_are_never_the_second_names_first(tmp_path: Path) -> None:
    times = _times(
        tmp_path,
        "Nina Halvorsen and Oda Lindqvist clocked 10.91 and 10.95 respectively in the "
        "women's 100m final, both with a medal.",
        "b.txt",
    )
    assert not [t for t in times if t[2] in ("10.91", "10.95")], times
    # nor a boat's: each time is one crew's, which the sentence does not tie to a name
    text = INTRO + (
        "Nina Halvorsen and Oda Lindqvist clocked 1:50.91 and 1:50.95 respectively in the "
        "women's K2 500m final.\n\n" + ANCHOR
    )
    result = drafted(tmp_path, text, "f.txt")
    assert not facts(result, "crew_time")
    assert not [t for t in facts(result, "time") if t[2] in ("1:50.91", "1:50.95")]


def test_a_time_tied_to_one_name_stays_that_names(tmp_path: Path) -> None:
    times = _times(
        tmp_path,
        "Pia Strandqvist (51.20) and Rut Ekholm (51.64) were second and third in the "
        "women's 400m, behind the Dutch champion.",
        "c.txt",
    )
    assert ("Rut Ekholm", "women's 400m", "51.64") in times, times


def test_a_winners_time_after_the_beaten_pair_stays_the_winners(tmp_path: Path) -> None:
    times = _times(
        tmp_path,
        "Greta Solvik won the women's 1500m ahead of Hedda Rasmussen and Ilse Vandoorn, "
        "running 4:01.35 to upset the favourite.",
        "h.txt",
    )
    assert ("Greta Solvik", "women's 1500m", "4:01.35") in times, times
    assert not [t for t in times if t[2] == "4:01.35" and t[0] != "Greta Solvik"], times
