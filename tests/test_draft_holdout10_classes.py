"""The wrong and poor questions of the tenth blind judge set (issue 21,
tests/data/draft_corpus/holdout10; its first run: 76 of 88 right, 4 wrong, 8 poor), each as
a class of its own, in articles written for these tests from the shapes the real reports
used:

- a result in a relative clause about another Games (``said the 28-year-old Rowe, who was
  fourth in the 10,000 meters at the Sydney Olympics.``) neither counts nor becomes the race
  the next paragraph's results are carried to (``Ndiaye ... was second`` is the marathon's);
- a place ``in Friday's super-G race`` is another day's race, never the downhill told
  before;
- a description (``The Jamaican``) is only someone the article has described so by then,
  never a person it calls Jamaican further down;
- ``VfB Stuttgart`` is a club, never a speaker;
- ``New York Knicks 113, Orlando Magic 106`` keeps its ``New``;
- a transcript's label in capitals with a capital inside (``BRYSON DeCHAMBEAU:``) is the
  person the article names so, and a team's race-day line (``Lewis Hamilton, 1st``) names
  the speaker of the quotation under it;
- a team and its initials (``Paris Saint-Germain``, ``PSG``) are one side, asked once.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, options, quotations, speaker_of

MARATHON = (
    "CHICAGO (UPI) -- Paula Rowe ran the fastest marathon ever by a woman on Sunday, "
    "finishing the Chicago Marathon in 2 hours, 17 minutes, 18 seconds.\n\n"
    '"I\'m really pleased," said the 28-year-old Rowe, who was fourth in the 10,000 meters at '
    'the Sydney Olympics. "It has rounded out a brilliant year for me."\n\n'
    "Catherine Ndiaye, who won the race the previous two years, was second, more than two "
    "minutes off the pace."
)


def test_a_result_at_another_games_is_neither_asked_nor_carried(tmp_path: Path) -> None:
    result = drafted(tmp_path, MARATHON)
    placed = set(facts(result, "place")) | set(facts(result, "medal"))
    assert not [p for p in placed if p[1] and "10000" in p[1]], placed
    assert ("Catherine Ndiaye", "Chicago Marathon", 2) in placed, placed


DOWNHILL = (
    "Didier Cuchet won the World Cup downhill at Kitzbuehel on Saturday.\n\n"
    "Bode Millar shared second with Mario Scheib. They trailed Cuchet by 0.27 seconds.\n\n"
    "Scheib had his second podium finish in two days after taking third in Friday's super-G "
    "race.\n\n"
    '"Only Cuchet was faster, that is nothing to be ashamed of," Scheib said.'
)


def test_a_place_in_another_days_race_is_not_this_races(tmp_path: Path) -> None:
    places = set(facts(drafted(tmp_path, DOWNHILL), "place"))
    assert not [p for p in places if p[0] == "Mario Scheib" and p[2] == 3], places


SPRINT = (
    "Double Olympic sprint champion Elaine Tomson won the women's 100 metres at the "
    "Shanghai Diamond League meeting on Saturday.\n\n"
    "The Jamaican left the rest of a quality field in her wake to finish in a time of 10.78 "
    "seconds.\n\n"
    '"I was happy with my preparation," said Tomson.\n\n'
    "Olympic champion Shauna Miller from Jamaica set the fastest time of the year in the "
    "women's 400 metres, crossing in 49.77."
)


def test_a_description_is_never_someone_described_only_later(tmp_path: Path) -> None:
    times = set(facts(drafted(tmp_path, SPRINT), "time"))
    assert not [t for t in times if t[2] == "10.78" and t[0] == "Shauna Miller"], times


LILLE = (
    "Lille stunned holders Real Madrid with a 1-0 win in the Champions League on Wednesday.\n\n"
    "Real, who won their opening match against VfB Stuttgart, are also on three points.\n\n"
    '"On the penalty, I try to focus and keep calm," said Jonathan Davids.\n\n'
    '"It is difficult to analyse right after," said Andriy Lunyn.\n\n'
    '"We wanted it more tonight," said Bruno Genesio.'
)


def test_a_clubs_letters_make_no_person(tmp_path: Path) -> None:
    result = drafted(tmp_path, LILLE)
    named = {who for who, _ in quotations(result)} | options(result)
    assert not [who for who in named if "Stuttgart" in who or "VfB" in who], named


def test_a_result_lines_city_keeps_its_first_word(tmp_path: Path) -> None:
    text = (
        "New York Knicks 113, Orlando Magic 106\n\n"
        "Carmelo Antony scored 30 points as the Knicks held off the Magic at the Garden."
    )
    scores = {(w, v) for w, _, v in facts(drafted(tmp_path, text), "score")}
    assert ("New York Knicks", ("Orlando Magic", "113-106")) in scores, scores


TRANSCRIPT = (
    "THE MODERATOR: Bryson DeChambo is with us now. We will jump right into questions.\n\n"
    "Q. Some great playing today. What are your initial emotions?\n\n"
    "BRYSON DeCHAMBO: First emotions, proud of Xander for finally getting the job done. "
    "He is an amazing golfer."
)
TEAM_NOTES = (
    "What the teams said - race day in Shanghai\n\n"
    "Mercedes\n\n"
    "Perfect control from Hamilton, who led from the start and never looked troubled.\n\n"
    "Lewis Hamilton, 1st\n\n"
    '"My pole lap put me in a great position and then the start was just fantastic."\n\n'
    "Valtteri Bottas, 6th\n\n"
    '"I\'m very disappointed with today. I made a good start but it did not go well."'
)


def test_a_label_or_a_race_day_line_names_its_speaker(tmp_path: Path) -> None:
    result = drafted(tmp_path, TRANSCRIPT)
    assert speaker_of(result, "First emotions") == {"Bryson DeChambo"}
    notes = drafted(tmp_path, TEAM_NOTES, "notes.txt")
    assert speaker_of(notes, "My pole lap") == {"Lewis Hamilton"}
    assert speaker_of(notes, "I'm very disappointed") == {"Valtteri Bottas"}


def test_a_team_and_its_initials_are_asked_once(tmp_path: Path) -> None:
    text = (
        "Paris Saint-Germain 3-0 Bayern Munich\n\n"
        "PSG thrashed Bayern Munich 3-0 in Paris on Wednesday night, with Neymar at his "
        "best."
    )
    result = drafted(tmp_path, text)
    prompts = [q.prompt for q in result.bank.questions]
    assert not [p for p in prompts if "PSG" in p], prompts
    assert "By what score did Paris Saint-Germain beat Bayern Munich?" in prompts, prompts
