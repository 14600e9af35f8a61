"""The wrong and poor questions of the twentieth blind judge set (issue 21,
tests/data/draft_corpus/holdout20; its first run: 72 drafted, 60 right, 2 wrong, 10 poor
once the reader's verdicts were in), in articles of our own:

- a full stop after a year glued to the next sentence (``in 2019.The 30-year-old``) ends
  the sentence, so that the next one's race is not this one's;
- a race with a name (a city marathon, a Grand Prix) gives no medals: "Who won?", never
  "Which medal?";
- a cycling stage's ``downhill run`` is no downhill race, and a lead stretched ``to a
  yawning 1:03`` is a margin;
- a batting role (``Opener Travis Head``) is no first name.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, options

from quizcli.draft.events import events_in
from quizcli.draft.quoted import sentence_bounds


def test_a_stop_glued_after_a_year_ends_the_sentence() -> None:
    text = "Hasan won in 2:13:44, beating the record set in 2019.The 30-year-old was happy."
    assert [text[a:b].strip() for a, b in sentence_bounds(text)] == [
        "Hasan won in 2:13:44, beating the record set in 2019.",
        "The 30-year-old was happy.",
    ]


def test_a_named_race_gives_no_medals(tmp_path: Path) -> None:
    text = (
        "Kelvin Kiptom shattered the men's world record to win Sunday's Chicago Marathon in "
        "two hours and 35 seconds.\n\n"
        "Benson Kiprotu was a distant second in 2:04:02 with Belgium's Bashir Abdy, the "
        "European record-holder who won bronze at the Tokyo Olympics, third in 2:04:32.\n\n"
        '"I knew I was coming for a world record," said Kiptom.'
    )
    result = drafted(tmp_path, text)
    prompts = [q.prompt for q in result.bank.questions]
    assert not [p for p in prompts if "medal" in p.casefold()], prompts
    assert [p for p in prompts if "Chicago Marathon" in p], prompts


def test_a_stages_downhill_run_and_a_lead_are_no_race_time(tmp_path: Path) -> None:
    assert not events_in("His pace did not let up on the downhill run towards Nice.")
    text = (
        "Tadej Pogachar won the final stage of the Tour de France in Nice on Sunday. His pace "
        "did not let up on the downhill run towards Nice, where he stretched his lead over his "
        "great rival to a yawning 1:03.\n\n"
        '"I could not describe it," said Pogachar.'
    )
    times = facts(drafted(tmp_path, text), "time")
    assert not [t for t in times if t[2] == "1:03"], times


def test_a_batting_role_is_no_first_name(tmp_path: Path) -> None:
    text = (
        "Opener Travis Heade hit a sparkling 137 as Australia beat India by six wickets in the "
        "final in Ahmedabad.\n\n"
        '"Just thrilled to be a part of it," said man-of-the-match Heade. "We were not good '
        'enough," said Rohit Sharme. "What a day," said Marnus Labuschan.'
    )
    named = options(drafted(tmp_path, text))
    assert "Travis Heade" in named, named
    assert not [n for n in named if n.startswith("Opener")], named


def test_a_team_owning_a_driver_is_no_speaker(tmp_path: Path) -> None:
    text = (
        "It was Oracle Red Bull Racing's Max Verstapen who came in first at the Las Vegas Grand "
        "Prix on Saturday night.\n\n"
        '"There was a lot going on in the race," said Verstapen. "That is the best we could '
        'do," said Charles Leclair. "I overtook Charles but I could not hold him," said Sergio '
        "Perezz."
    )
    named = options(drafted(tmp_path, text))
    assert "Max Verstapen" in named, named
    assert not [n for n in named if "Red Bull" in n], named
