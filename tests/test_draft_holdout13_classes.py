"""The wrong and poor questions of the thirteenth blind judge set (issue 21,
tests/data/draft_corpus/holdout13; its first run: 69 drafted, 57 right, 5 wrong, 7 poor),
each as a class of its own in articles written for these tests:

- a press sheet's topic label (``About the fact that West Bromwich could get a penalty
  kick:``) introduces no speaker: the club, or a player the topic names, never speaks the
  quotation under it;
- two meetings of one pair of teams, one told with the teams' short names (``the Lakers went
  on to rout the Boston Celtics 117-102``; ``the Celtics won their first matchup 130-108``)
  are asked of neither;
- a race named as a title (``the London Marathon champ``) is no race carried to the
  sentences after it;
- a title (``Olympic champion Wanyonyi won the men's 800m``) makes no meeting about medals;
- the second word of a name or place is never the blank (``Having South ___ there``).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, quotations

from quizcli.model import TextQuestion


def test_a_topic_label_introduces_no_speaker(tmp_path: Path) -> None:
    text = (
        "Ole Solberg, head coach of Manchester United, commented on his victory over West "
        "Bromwich (1:0) in the ninth round.\n\n"
        '"It is nice to win after a pause for national team matches."\n\n'
        "About Bruno Fernandez' second penalty kick because the goalkeeper came off the line:\n\n"
        '"The same thing happened to our keeper at the beginning of the season."\n\n'
        "About the fact that West Bromwich could get a penalty kick:\n\n"
        '"If you ask me, it could have been a penalty."\n\n'
        '"We needed this win at home," Solberg said.'
    )
    said = quotations(drafted(tmp_path, text))
    assert not [who for who, words in said if who in ("West Bromwich", "Bruno Fernandez")], said


def test_two_meetings_told_with_short_names_are_asked_of_neither(tmp_path: Path) -> None:
    text = (
        "LeBron Jameson had 30 points and the Los Angeles Lakers went on to rout the Boston "
        "Celtics 117-102 on Tuesday night.\n\n"
        "The Celtics beat the Lakers 130-108 in the first matchup between the teams less than "
        "a month ago.\n\n"
        '"We were ready tonight," Jameson said. "It was a long night for us," said coach Frank '
        'Vogal. "We lacked energy from the start," said Jayson Tatem.'
    )
    prompts = [q.prompt for q in drafted(tmp_path, text).bank.questions]
    assert not [p for p in prompts if p.startswith(("Who won the match", "By what score"))]


def test_a_race_named_as_a_title_is_not_carried(tmp_path: Path) -> None:
    text = (
        "Geoffrey Mutua won the New York City Marathon on Sunday in a course record.\n\n"
        "Fellow Kenyan Emmanuel Muta, the London Marathon champ, was 1:22 back. Tsegaye "
        "Kebe of Ethiopia was third."
    )
    places = set(facts(drafted(tmp_path, text), "place"))
    assert not [p for p in places if p[1] and "London" in p[1]], places


def test_a_title_makes_no_meeting_about_medals(tmp_path: Path) -> None:
    text = (
        "Olympic champion Emmanuel Wanyo won the men's 800m in 1:41.11 at the Diamond "
        "League meeting in Silesia on Sunday.\n\n"
        "Marco Arrop was second in 1:41.72 and Gabriel Tuel third."
    )
    prompts = [q.prompt for q in drafted(tmp_path, text).bank.questions]
    assert not [p for p in prompts if p.startswith("Which medal")], prompts


def test_the_second_word_of_a_name_is_never_the_blank(tmp_path: Path) -> None:
    text = (
        "Lara van Nek won the women's 50m breaststroke final in 30.01 on Tuesday.\n\n"
        '"Having South Africans there with me really calms the nerves," van Nek said.'
    )
    blanks = {
        q.answer for q in drafted(tmp_path, text).bank.questions if isinstance(q, TextQuestion)
    }
    assert "Africans" not in blanks, blanks
