"""Classes the thirtieth blind set's first run found (issue 21; notes in
tests/data/draft_corpus/holdout30, first run on f9e30d2: 66 drafted, 60 right, 4 poor, 2
wrong), in articles of our own:

- a nickname as a side or a winner: ``The Rocket won 18-8 against Kyren Wilson`` asked "Who
  won the match between Kyren Wilson and Rocket?", ``McLaren's Flying Finn ... stormed to
  victory at the Spanish Grand Prix`` made "Flying Finn" its winner (two wrong);
- a plural position run into a name (``Pitchers Randy Johnson, who ...``) offered as a
  person (one poor).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, options, speakers_of


def test_a_nickname_is_no_side_against_a_person(tmp_path: Path) -> None:
    text = (
        "Rocket races to sixth world title\n\n"
        "The Rocket won 18-8 against Kyle Wilson to go level in the record books on six "
        "alongside Steve Davies and Ray Rear.\n\n"
        '"I never thought I would get here again," said Ronnie Osullivan, who took the title.'
    )
    result = drafted(tmp_path, text)
    prompts = [q.prompt for q in result.bank.questions]
    assert not [p for p in prompts if "Rocket" in p]


def test_a_team_against_a_team_is_still_asked(tmp_path: Path) -> None:
    text = (
        "The Warriors beat the Cavaliers 108-101 in Game 7 on Sunday.\n\n"
        '"We never stopped believing," said Steph Curry, who scored 30.\n\n'
        "LeBron James and Kyrie Irving led the Cavaliers."
    )
    prompts = [q.prompt for q in drafted(tmp_path, text).bank.questions]
    assert "Who won the match between Cavaliers and Warriors?" in prompts
    assert "By what score did Warriors beat Cavaliers?" in prompts


def test_a_nickname_of_a_participle_and_a_noun_is_no_person(tmp_path: Path) -> None:
    text = (
        "McLaren's Flying Finn took no prisoners as he stormed to victory at the Spanish Grand "
        "Prix, leaving Fernando Alonsa's Renault 28 seconds behind.\n\n"
        '"The car was perfect," said Kimi Raikko. Jarno Trulla was third and Ralf Schumi fourth.'
    )
    result = drafted(tmp_path, text)
    assert "Flying Finn" not in options(result)
    assert not [f for f in facts(result, "medal") if f[0] == "Flying Finn"]


def test_a_plural_position_is_no_first_name(tmp_path: Path) -> None:
    text = (
        "Arizona beat New York 3-2 in Game 7 of the World Series on Sunday night.\n\n"
        "Pitchers Randy Johns, who retired four batters in succession, and the masterful Curt "
        "Schill were the other heroes.\n\n"
        '"This has to be one of the classic World Series," said owner Jerry Colang.\n\n'
        '"We kept believing," said Luis Gonzo, who drove in the winning run. Jay Bel scored it.'
    )
    named = options(drafted(tmp_path, text))
    assert named, "no who-said question: the test would prove nothing"
    assert "Pitchers Randy Johns" not in named


def test_a_first_name_in_capitals_before_its_surname(tmp_path: Path) -> None:
    """``NATALIE Coughlin has appeared relaxed`` then ``Coughlin said:``: her words."""
    text = (
        "LONG BEACH, Calif., July 9. NATALIE Coughman has appeared relaxed and smiling all "
        "week. She won the 100m backstroke in 59.85, with Haley Copes second in 1:01.24.\n\n"
        'Afterwards, Coughman said: "I think the fact that I am the world record-holder puts a '
        'lot of pressure on me."\n\n'
        "Diana MacMann was third and Margaret Hoel fourth."
    )
    said = speakers_of(drafted(tmp_path, text))
    assert said[
        "I think the fact that I am the world record-holder puts a lot of pressure on me."
    ] == ("Natalie Coughman")


def test_a_surname_in_brackets_after_a_first_name_is_no_team(tmp_path: Path) -> None:
    """``some really impressive skiing from Wendy (Holdener) and Petra (Vlhova)`` in
    Shiffrin's words: Holdener stays a person, and her own words hers."""
    text = (
        "Wendy Holden won the slalom in Sestriere, ahead of Mika Shiffer and Petra Vlhov.\n\n"
        '"It is amazing. I can believe it, but it is unreal I guess," said Holden.\n\n'
        '"There was some really impressive skiing from Wendy (Holden) and Petra (Vlhov) this '
        'weekend," said Shiffer.'
    )
    said = speakers_of(drafted(tmp_path, text))
    assert said["It is amazing. I can believe it, but it is unreal I guess"] == "Wendy Holden"
