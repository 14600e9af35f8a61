"""The wrong and poor questions of the twelfth blind judge set (issue 21,
tests/data/draft_corpus/holdout12; its first run: 87 drafted, 69 right, 7 wrong, 11 poor),
each as a class of its own in articles written for these tests:

- a day is never a side (``after Saturday's 2-1 win over Bologna``: "Who won the match
  between Bologna and Saturday?");
- two winners of one race are asked of neither (``claimed his seventh Giro stage victory
  when he powered to victory ... on Saturday`` gave a second "Who won stage 3?");
- a record after a dash (``kept her world record – 2:15:25 from 2003``) is no race time;
- a team before ``captain`` (``Disappointed Rams captain Jed Holloway``), a team written
  ``the Eagles``, a nickname in single quotes (``The ‘Iron Lady’ took over``) and a team's
  player before a name (``Edmonton Oiler Lubomir Visnovsky``) are never offered as people;
- ``Tournament`` ends an event's name (``the Hyundai Tournament of Champions``);
- and a result its eleventh set missed: a biathlon's ``women's 7.5km sprint`` is a race
  with its discipline, where ``the 238km stage`` stays a length.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, options, speaker_of

from quizcli.model import ChoiceQuestion


def test_a_day_is_no_side(tmp_path: Path) -> None:
    text = (
        "Juventus manager Max Allegro praised his side after Saturday's 2-1 win over Bologna "
        "which kept the Turin side top.\n\n"
        '"We suffered, but we won," Allegro said.'
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert not [s for s in scores if "Saturday" in s[0] or "Saturday" in s[2][0]], scores


def test_two_winners_of_one_race_are_asked_of_neither(tmp_path: Path) -> None:
    text = (
        "Colombian sprinter Fernando Gavira on Sunday won the third stage of the Giro "
        "d'Italia and took the leader's pink jersey.\n\n"
        "Germany's Rudi Selig finished a distant second.\n\n"
        "Andre Greipe, an 11-time stage winner on the Tour de France, claimed his seventh "
        "Giro stage victory when he powered to victory in Tortoli on Saturday.\n\n"
        '"I could not fight for the stage win," Greipe said. "It was a good chance," said '
        'Gavira. "The wind split the bunch," said Selig. "We rode well," said Tom Dumas.'
    )
    result = drafted(tmp_path, text)
    prompts = [(q.prompt, getattr(q, "answer", None)) for q in result.bank.questions]
    assert not [p for p in prompts if p[0].startswith("Who won") and p[1] == "Andre Greipe"]


def test_a_record_after_a_dash_is_no_race_time(tmp_path: Path) -> None:
    text = (
        "Eliud Kipchoge won the London Marathon on Sunday in 2:04:17.\n\n"
        "Paula Radcliff, who has won the London Marathon three times, kept her race world "
        "record – 2:15:25 from 2003."
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert not [t for t in times if t[2] == "2:15:25"], times


RUGBY = (
    "New South Wales Country Eagles made the most of wet conditions to record a 31-2 win "
    "over the Greater Sydney Rams in their opening match on Saturday.\n\n"
    "Tala Grey was outstanding, and the Eagles just did it better than the Rams.\n\n"
    '"You would love to play running rugby but the conditions did not allow it," Eagles '
    "coach Darren Colman said.\n\n"
    "Disappointed Rams captain Jed Hollow agreed, saying the Eagles simply executed their "
    "plan better.\n\n"
    '"We tried to throw it around a bit much today," he said.\n\n'
    '"It was a proud night for our forwards," said Kuki Maafu.'
)


def test_a_team_before_captain_or_written_as_a_plural_is_no_person(tmp_path: Path) -> None:
    result = drafted(tmp_path, RUGBY)
    assert speaker_of(result, "We tried to throw") == {"Jed Hollow"}
    named = {  # the teams are choices of "Who won the match ...?", never of "Who said this?"
        choice
        for q in result.bank.questions
        if isinstance(q, ChoiceQuestion) and q.prompt == "Who said this?"
        for choice in q.choices
    }
    assert not [n for n in named if "Eagles" in n or "Rams" in n], named


def test_a_nickname_or_a_teams_player_is_no_option(tmp_path: Path) -> None:
    swim = (
        "Katinka Hosu won the 400m individual medley in 4:30.39 for her fourth title.\n\n"
        "The ‘Iron Lady’ took over the lead at the halfway point and was never threatened.\n\n"
        '"Very good, obviously," said Hosu. "The pool was fast," said Florian Welbrock. '
        '"I am happy for her," said coach Bernd Berkhan. "It hurt," said Greg Paltrini.'
    )
    assert "Iron Lady" not in options(drafted(tmp_path, swim))
    hockey = (
        "Edmonton Oiler Lubomir Visnov is knocked down by Vancouver Canuck Mason Ray during "
        "the Canucks 3-2 win on Wednesday over the Oilers.\n\n"
        '"It was great to come back on the road," Daniel Sedinn said. "We knew it would be '
        'tough," said Alain Vignot. "Five-on-five they played better," said Henrik Sedinn.'
    )
    named = options(drafted(tmp_path, hockey, "hockey.txt"))
    assert not [n for n in named if n.startswith(("Oiler", "Canuck"))], named


def test_a_decimal_kilometre_race_is_a_race_with_its_discipline(tmp_path: Path) -> None:
    text = (
        "Laura Dahl won the women's 7.5km sprint in Oslo on Friday.\n\n"
        "Gabriela Kova of the Czech Republic was second, and Anais Besson of France was "
        "third.\n\n"
        "The 238km stage to Oslo was won by Tom Ruud the day before."
    )
    places = set(facts(drafted(tmp_path, text), "place"))
    assert ("Anais Besson", "women's 7.5km sprint", 3) in places, places
    assert not [p for p in places if "238" in p[1]], places
