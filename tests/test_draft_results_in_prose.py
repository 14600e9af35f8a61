"""Results the blind sets stated in prose and the drafter missed (issue 21, "Next" of the
night of 2026-12-06), in articles of our own:

- a stage's number in words (``on stage four of the Tour de France``), never ``at this
  stage one can``;
- a win with its score after the beaten side (``claimed their victory over Ireland
  15-13``) or given to a side (``to give the Florida Panthers a 5-4 victory over ...``);
- a cricket margin (``beat X by 76 runs``, ``won the first Test by five wickets against
  Y``), never a race's gap (``beat Vingegaard by three seconds``);
- wire copy hard-wrapped with no blank line between paragraphs, its sentences broken
  across lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts, quotations

from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in
from quizcli.draft.read import read_article


def test_a_stage_number_in_words_names_the_stage(tmp_path: Path) -> None:
    text = (
        "Jonas Falk took the win ahead of Pieter Maes and Luca Bruni on stage four of the "
        "Tour de France in Nogaro on Tuesday.\n\n"
        '"The team did a perfect job," Falk said.'
    )
    podiums = facts(drafted(tmp_path, text), "podium")
    assert ("Jonas Falk", "stage 4", ("Jonas Falk", "Pieter Maes", "Luca Bruni")) in podiums
    named = [event_name(m) for m in events_in("He won Stage Twenty-One and stage twelve.")]
    assert named == ["stage 21", "stage 12"]


def test_stage_and_a_number_word_that_name_no_stage() -> None:
    for text in (
        "At this stage one can only guess.",
        "The next stage two days later was flat.",
        "He rode a stage one-day race.",
        "It was the final stage three riders contested.",
    ):
        assert events_in(text) == [], text


def test_a_win_with_its_score_after_the_beaten_side_is_read(tmp_path: Path) -> None:
    text = (
        "Wales claimed their victory over Ireland 15-13 at the Principality Stadium on "
        "Saturday, with Dan Biggar kicking the winning penalty.\n\n"
        '"We never stopped believing," said Wales captain Alun Wyn Jones.'
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert [(w, v) for w, _, v in scores] == [("Wales", ("Ireland", "15-13"))]


def test_a_win_given_to_a_side_is_the_sides(tmp_path: Path) -> None:
    text = (
        "Carter Verhaege scored 2:14 into overtime to give the Florida Herons a 5-4 victory "
        "over the Tampa Bay Sparks on Tuesday night.\n\n"
        '"It was a crazy game," Verhaege said.'
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert [(w, v) for w, _, v in scores] == [("Florida Herons", ("Tampa Bay Sparks", "5-4"))]


def test_a_cricket_margin_tells_who_won(tmp_path: Path) -> None:
    text = (
        "India won the first Test by five wickets against Australia at Nagpur on Saturday, "
        "with Ravindra Jadeja taking seven wickets in the match.\n\n"
        "England beat New Zealand by an innings and 12 runs at Lord's.\n\n"
        "In the women's game, Sri Lanka beat Pakistan by 76 runs in Galle.\n\n"
        '"It was a complete team performance," India captain Rohit Sharma said.'
    )
    beaten = {(w, v[0]) for w, _, v in facts(drafted(tmp_path, text), "beat")}
    assert beaten == {
        ("India", "Australia"),
        ("England", "New Zealand"),
        ("Sri Lanka", "Pakistan"),
    }


def test_a_race_gap_is_no_match(tmp_path: Path) -> None:
    text = (
        "Tadej Pogacar beat Jonas Vingegaard by three seconds on the summit finish, and Remco "
        "Evenepoel ran the final two kilometres faster by 40 metres.\n\n"
        '"It was a hard day," Pogacar said.'
    )
    assert facts(drafted(tmp_path, text), "beat") == []


WIRE = """\
DOHA, Oct 5 (AFP) - Dalia Mahmoud of the United States stormed
to a world record-breaking victory in the 400 metres hurdles as hosts Qatar
celebrated a gold medal for high jumper Omar Essa at the World
Championships on Friday.
On a night of high drama played out before a rare packed house at the
Khalifa Stadium, Mahmoud broke the world record for the second time this
year as she powered home to win in 52.16 seconds.
The 29-year-old Olympic champion took gold ahead of compatriot Sadie
McLean, while Jamaica's Ruth Clay took the bronze.
"I just wanted the world title so much but to break the world record again
is fantastic," Mahmoud said after her victory.
"I just decided to go for it from the start," Mahmoud added. "It hasn't
really sunk in yet but it feels good."
The biggest roar of the night was reserved for Essa.
"For me, it was just a dream, amazing," said
Essa.
"""


def test_hard_wrapped_wire_copy_is_read_in_sentences(tmp_path: Path) -> None:
    result = drafted(tmp_path, WIRE)
    spoken = quotations(result)
    for speaker, opening in (
        ("Dalia Mahmoud", "I just wanted the world title so much but to break"),
        ("Dalia Mahmoud", "I just decided to go for it"),
        ("Dalia Mahmoud", "It hasn't really sunk in"),
        ("Omar Essa", "For me, it was just a dream"),
    ):
        assert any(w == speaker and s.startswith(opening) for w, s in spoken), (opening, spoken)
    times = facts(result, "time")
    assert ("Dalia Mahmoud", "400m hurdles", "52.16") in times, times


def test_lines_that_end_their_sentences_stay_paragraphs(tmp_path: Path) -> None:
    text = (
        "Mahmoud breaks the world record in Doha\n"
        "Dalia Mahmoud of the United States won the 400 metres hurdles on Friday in 52.16.\n"
        '"I just wanted the world title so much," Mahmoud said after her victory.\n'
        "Sadie McLean was second and Ruth Clay third in a race of the highest class.\n"
    )
    result = drafted(tmp_path, text)
    headings = [p.text for p in read_article(tmp_path / "article.txt").paragraphs if p.heading]
    assert headings == ["Mahmoud breaks the world record in Doha"]
    spoken = quotations(result)
    assert any(s.startswith("I just wanted the world title") for _, s in spoken), spoken


def test_tennis_results_as_the_fifteenth_set_wrote_them(tmp_path: Path) -> None:
    text = (
        "date 2019-08-03 Maria Sakkaris came from behind to defeat top-seeded Elina Svetlova "
        "1-6 7-6(3) 6-3 in a thrilling quarter-final at the Silicon Valley Classic.\n\n"
        "In another compelling quarter-final, second-seeded Aryna Sabalenko defeated Carla "
        "Suarez Navarra in a marathon 3-6 6-2 6-4 match earlier in the day.\n\n"
        "Russia's Andrey Kuznetsova overcame Daniil Medvedko 2-6 6-2 7-6 (8-6) in the "
        "evening.\n\n"
        "Fellow Briton Aljaz Bedenko, ranked 48th in the world lost 6-4 7-5 to Italy's "
        "Andreas Seppo.\n\n"
        '"I kept fighting," Sakkaris said. "It was long," said Sabalenko.'
    )
    result = drafted(tmp_path, text)
    scores = {(w, v) for w, _, v in facts(result, "score")}
    assert scores == {
        ("Maria Sakkaris", ("Elina Svetlova", "1-6 7-6(3) 6-3")),
        ("Aryna Sabalenko", ("Carla Suarez Navarra", "3-6 6-2 6-4")),
        ("Andrey Kuznetsova", ("Daniil Medvedko", "2-6 6-2 7-6 (8-6)")),
        ("Andreas Seppo", ("Aljaz Bedenko", "6-4 7-5")),
    }, scores
    assert not [f for f in facts(result, "score") if f[1] == "marathon"]
    assert not events_in("defeated her in a marathon 3-6 6-2 6-4 match")
    assert [event_name(m) for m in events_in("She ran a marathon in 2:20:04.")] == ["marathon"]


def test_a_page_stamp_is_no_subject(tmp_path: Path) -> None:
    path = tmp_path / "stamped.txt"
    path.write_text(
        "Published: 2021-05-02 14:10 Maria Sakkaris beat Elina Svetlova 6-3 6-4 on Friday.\n\n"
        '"I kept fighting from the first point to the last, and it paid off in the end," '
        "Sakkaris said after the match. She plays again on Sunday in the semi-final.\n",
        encoding="utf-8",
    )
    texts = [p.text for p in read_article(path).paragraphs]
    assert texts[0].startswith("Maria Sakkaris beat"), texts


def test_places_listed_after_a_told_finish(tmp_path: Path) -> None:
    """``Chaves was second and Karam was third, with Munoz fourth``: the last is a finish too,
    once the sentence has told one; ``and Hamilton third`` alone, mid-race, is not."""
    text = (
        "Peter Demsey won the Firestone Freedom 100 at Indianapolis on Friday. Gabby Chavez "
        "was second and pole sitter Sage Karem was third, with Carlos Munos fourth.\n\n"
        '"It was a great race for us," Demsey said.'
    )
    places = facts(drafted(tmp_path, text), "place")
    for fact in (
        ("Gabby Chavez", "Firestone Freedom 100", 2),
        ("Sage Karem", "Firestone Freedom 100", 3),
        ("Carlos Munos", "Firestone Freedom 100", 4),
    ):
        assert fact in places, (fact, places)


def test_a_sides_win_told_with_they_or_over_its_rival(tmp_path: Path) -> None:
    text = (
        "Everton moved up to ninth after they beat Fulham 2-1 at Goodison Park on Saturday.\n\n"
        "Wayne Ridge rolled to a 74-55 road victory over its rival Wayne Hills on Friday.\n\n"
        '"It was a big win," said David Moyce. "We deserved it," said Leighton Baynes. "We '
        'were poor," said Mark Hugh.'
    )
    scores = {(w, v) for w, _, v in facts(drafted(tmp_path, text), "score")}
    assert scores == {("Everton", ("Fulham", "2-1")), ("Wayne Ridge", ("Wayne Hills", "74-55"))}


def test_a_sides_win_after_the_title_it_won(tmp_path: Path) -> None:
    """``The Vegas Golden Knights won the Stanley Cup ..., defeating the Florida Panthers 9-3``,
    ``The Rangers became World Series champions ... with a 5-0 victory over the
    Diamondbacks``: a competition named between the winner and the win is no rival."""
    text = (
        "The Vegas Golden Hawks won the Stanley Cup for the first time, defeating the Florida "
        "Herons 9-3 in Game 5 on Tuesday.\n\n"
        "The Austin Rangers became World Series champions for the first time with a 5-0 victory "
        "over the Phoenix Snakes at Chase Field.\n\n"
        '"It was a special night," said coach Bruce Cassidy. "We earned it," said Corey Seeger. '
        '"They were better," said Torey Lovello.'
    )
    scores = {(w, v) for w, _, v in facts(drafted(tmp_path, text), "score")}
    assert scores == {
        ("Vegas Golden Hawks", ("Florida Herons", "9-3")),
        ("Austin Rangers", ("Phoenix Snakes", "5-0")),
    }, scores


def test_a_teams_they_after_a_dateline_and_an_event_word(tmp_path: Path) -> None:
    """``LILLE, France (Reuters) -Denmark clinched their second Olympic handball gold when
    they beat Germany 39-26``: the team opening the sentence won, a dateline before it and
    an event's adjective (``Olympic``) between."""
    for opening in ("LILLE, France (Reuters) -", "LILLE, France - ", ""):
        text = (
            f"{opening}Denmark clinched their second Olympic handball gold when they beat "
            "Germany 39-26 in the final on Sunday.\n\n"
            '"It is a dream to finish like this," said Mikkel Hansson. "They were the better '
            'team," said Juri Knorrs. "We were too slow," added coach Alfred Gislasson.'
        )
        scores = facts(drafted(tmp_path, text), "score")
        assert ("Denmark", None, ("Germany", "39-26")) in scores, (opening, scores)


_SCORE_SHAPES = {
    # the loser's country after the name: the loser is the person, never the country
    "China's Fan Zhendon overcame Truls Moregaard of Sweden 4-1 to win the gold.": (
        "Fan Zhendon",
        "Truls Moregaard",
        "4-1",
    ),
    # the score after a comma, the loser described; "won against" and "rallied past"
    "In the semi-final, Foconni won against teammate Guillaume Bianche, 15-6, on Sunday.": (
        "Foconni",
        "Guillaume Bianche",
        "15-6",
    ),
    "Later Marinni defeated teammate Filippo Machi, 15-9.": ("Marinni", "Filippo Machi", "15-9"),
    "Michael Zhen rallied past Martin Dammer 3-6, 6-3, 7-5 in an all-American final.": (
        "Michael Zhen",
        "Martin Dammer",
        "3-6, 6-3, 7-5",
    ),
    # a win over a side described in lower case; a defeat described
    "Harris says Bradfort's 15-6 win over former club Leedham was the highlight.": (
        "Bradfort",
        "Leedham",
        "15-6",
    ),
    "Back in June a dismal Bradfort fell to a humiliating 66-4 defeat against Helensburg.": (
        "Helensburg",
        "Bradfort",
        "66-4",
    ),
    # "faced ... in the final, winning with a 15-13 score"
    "Chenn faced Italy's Elena Tangherlina in the final bout, winning with a 15-13 score.": (
        "Chenn",
        "Elena Tangherlina",
        "15-13",
    ),
}


@pytest.mark.parametrize("sentence", sorted(_SCORE_SHAPES))
def test_a_score_in_every_common_shape(tmp_path: Path, sentence: str) -> None:
    winner, loser, score = _SCORE_SHAPES[sentence]
    text = (
        f"{sentence}\n\n"
        '"He put pressure on me today," said Fan Zhendon. "I was not at my best," said '
        'Truls Moregaard. "We were happy," said coach Ian Harriss.'
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert (winner, None, (loser, score)) in scores, scores
    assert len(scores) == 1, scores


def test_a_comma_after_the_loser_is_no_score_of_theirs(tmp_path: Path) -> None:
    """``beat Spain, 2-1 up at half-time``: a running score after a comma is no result."""
    text = (
        "Italy beat Spain, 2-1 up at half-time and never caught, in the final on Sunday. "
        "Later Portugal beat France, 3-0 the aggregate after two legs.\n\n"
        '"We were happy with the way we played," said Marco Rossini. "It hurts to lose a '
        'final like this one," said Pedro Alvarez. "We will be back here next year," said '
        "Luis Garcea."
    )
    assert facts(drafted(tmp_path, text), "score") == []


_INDY = (
    "Indy 500 race result: Jo Newgardner passes Pato Owarde on the last lap\n\n"
    "Jo Newgardner won the 108th running of the Indianapolis 500, pulling off a last-lap pass "
    "on Pato Owarde.\n\n"
    "Tom Blomqvister caused a crash on the very first lap of the 200-lap race.\n\n"
    "Chip Ganassi Racing's Scott Dixson was third.\n\n"
    '"There is no better way to win a race than that," Newgardner said. "I gave it '
    'everything I had today," said Owarde. "It was a great race for us," said Dixson.\n\n'
    "2024 Indy 500 final results\n\n(Starting position)\n\n"
    "1. (2) Jo Newgardner, Chevrolet, Penske\n\n2. (5) Pato Owarde, Chevrolet, McLaren\n\n"
    "3. (9) Scott Dixson, Honda, Chip Ganassi Racing\n\n4. (7) Alex Rossini, Chevrolet, McLaren"
    "\n\n5. (21) Rinus Veeka"  # the copy cut inside the name: no place for a name cut short
)


def test_a_motor_race_its_running_number_its_short_name_and_its_table(tmp_path: Path) -> None:
    """``won the 108th running of the Indianapolis 500,`` (a comma after its length), the
    headline's ``Indy 500`` the same race (so carried to ``Dixson was third``), and a table
    whose rows hold the starting position in brackets under a ``(Starting position)`` note."""
    result = drafted(tmp_path, _INDY)
    assert ("Jo Newgardner", "Indianapolis 500", 1) in facts(result, "medal")
    places = set(facts(result, "place"))
    assert ("Scott Dixson", "Indianapolis 500", 3) in places, places
    assert ("Alex Rossini", "Indianapolis 500", 4) in places, places
    assert ("Pato Owarde", "Indianapolis 500", 2) in places, places
    assert {p[1] for p in places} == {"Indianapolis 500"}, places
    assert not [p for p in places if "Veeka" in p[0]], places


def test_a_great_tournament_is_a_competition_of_its_own(tmp_path: Path) -> None:
    """``to win the U.S. Open``, ``won the Masters``: golf's and tennis' great tournaments
    are what was won; another year's final (``beaten in the 2022 final by Nadal``) is not
    this one's."""
    text = (
        "Bryce DeChambo fired a final-round 71 to win the U.S. Open on Sunday, bettering Rory "
        "McIlroyd by one stroke at Pinehurst.\n\n"
        "McIlroyd, beaten in the 2014 final by Martin Kaymer, had led with five holes left.\n\n"
        '"I cannot believe that up-and-down on the last hole," DeChambo said. "It hurts a '
        'lot today," said McIlroyd. "He was the best player this week," said Tony Finaux.'
    )
    result = drafted(tmp_path, text)
    assert ("Bryce DeChambo", "U.S. Open", 1) in facts(result, "medal")
    every = [f for kind in ("medal", "place", "podium") for f in facts(result, kind)]
    assert not [f for f in every if "Kaymer" in f[0]], every


def test_the_masters_with_its_year_is_the_tournament(tmp_path: Path) -> None:
    """``has won the 2024 Masters Tournament``: the places after it are the tournament's."""
    text = (
        "For the second time in three years, Scott Schaeffer has won the 2024 Masters "
        "Tournament.\n\n"
        "Schaeffer won by four strokes over second-place finisher, Sweden's Ludwig Aberfeld.\n\n"
        '"I did my best to stay calm out there," Schaeffer said. "He is an unbelievable '
        'player," said Aberfeld. "It was a great week," said Tom Fleetcroft.'
    )
    places = facts(drafted(tmp_path, text), "place")
    assert ("Ludwig Aberfeld", "Masters Tournament", 2) in places
    assert [event_name(m) for m in events_in("after the 2019 Masters, he won")] == ["Masters"]


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Argentinia won their 16th Copa America title with a hard-fought 1-0 win over "
            "Colombiana at the Hard Rock Stadium.",
            ("score", "Argentinia", ("Colombiana", "1-0")),
        ),
        (
            "Vidarbhan lifted their second Ranji Trophy title with a hard-fought 78-run win "
            "over Saurashtran in the final.",
            ("beat", "Vidarbhan", ("Saurashtran", "")),
        ),
        (  # a dateline with a colon, two words before the title's name
            "FLORIDA: Vidarbhan lifted their second successive Ranji Trophy title with a "
            "hard-fought 78-run win over Saurashtran in the final.",
            ("beat", "Vidarbhan", ("Saurashtran", "")),
        ),
        (  # the page's own typo, and "final" before "trophy"
            "Austral clinched it's maiden World Test Championship final trophy with an "
            "emphatic 209 run victory over Indiana at the Oval on Sunday.",
            ("beat", "Austral", ("Indiana", "")),
        ),
        (
            "Austral clinched the World Test Championship trophy with an emphatic 209 run "
            "victory over Indiana at the Oval on Sunday.",
            ("beat", "Austral", ("Indiana", "")),
        ),
    ],
)
def test_a_win_in_a_noun_phrase_after_the_title_won(
    tmp_path: Path, sentence: str, fact: tuple[str, str, tuple[str, str]]
) -> None:
    """``won their 16th Copa America title with a hard-fought 1-0 win over X``: the title's
    name is scenery, the adjective may be hyphenated, a cricket margin may be a noun."""
    text = (
        f"{sentence}\n\n"
        '"We deserved this after a long wait," said Lionel Messina. "It hurts a lot today," '
        'said James Rodrigo. "The team gave everything," said coach Lionel Scaloni.'
    )
    kind, winner, value = fact
    found = facts(drafted(tmp_path, text), kind)
    events = {None, "final", "World Test Championship"}  # (a tournament by its name)
    assert any((winner, event, value) in found for event in events), found


def test_a_school_race_by_boys_or_girls(tmp_path: Path) -> None:
    """``won the boys' 1600m``: a school meet's race, won."""
    text = (
        "Ethan Colman won the boys' 1600m at the state meet in 4:09.12 on Saturday.\n\n"
        '"I wanted this one for four years," said Colman. "He was too strong at the end," '
        'said Isaac Teeple. "It was a great race to watch," said coach Sam Jacobs.'
    )
    assert ("Ethan Colman", "1600m", 1) in facts(drafted(tmp_path, text), "medal")


def test_a_senior_or_womens_championship_is_not_the_major(tmp_path: Path) -> None:
    """``he won the Senior PGA Championship``: never "Who won the PGA Championship?"."""
    text = (
        "Denis Watsen birdied the final hole to win the Austin Classic on Sunday, two shots "
        "ahead of Nick Pryce.\n\n"
        "Watsen won the Senior PGA Championship and the Women's PGA Championship went to "
        "Ann Lee.\n\n"
        '"I hate this for Nick," said Watsen. "I threw it away," said Pryce. "It was a good '
        'week for me," said Scott Hoach.'
    )
    every = [f for kind in ("medal", "place", "beat") for f in facts(drafted(tmp_path, text), kind)]
    assert not [f for f in every if f[1] == "PGA Championship"], every
