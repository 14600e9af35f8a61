"""Finishing places told in prose that the reader missed (issue 21; the nineteenth to
thirtieth blind sets on b15418b), in articles of our own: a subject named with its club or
country before the verb (``Brandt Okelo of Kenya Prisons crossed the line second``), and a
ski jumping competition named by its hill (``the women's large hill``), which no race
pattern read, so a whole results story drafted nothing; a tie told with who the two are
(``A and compatriot B shared second``, ``with A and South Korean B tied for fourth``); the
best of a nation in a place (``Klinac was the best Slovenian in fifth place``); a medallist
described between commas or from a nation of two words (``Dix, the Olympic bronze
medallist, took silver``, ``Collins of St Kitts and Nevis claimed bronze``); places told for
a list in order (``A and B came home fourth and fifth``), which had given the first place
to the last name; a place after a name and its nation in a list (``Suter of Switzerland
fifth``); a place told as a finisher before the name (``second-place finisher X``); the
final podium spot (``took the final podium spot``: third), never another year's.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts


def _places(tmp_path: Path, text: str) -> set[tuple[str, str, int]]:
    """(athlete, race, place) of every place the draft of ``text`` reads."""
    return {(who, event, value) for who, event, value in facts(drafted(tmp_path, text), "place")}


def test_a_subject_named_with_its_club_before_the_verb(tmp_path: Path) -> None:
    text = (
        "Kemboy takes the 10,000m\n\n"
        "Ollie Kemboy won the men's 10,000m in 28:01.50 at the national meeting on Saturday.\n\n"
        "Kemboy clocked 28:01.50 as Brandt Okelu of Kenya Prisons crossed the line second "
        "in 28:12.8 while Joss Mainu faded badly.\n\n"
        "Kemboy pulled clear again as Dario Fenno of the Netherlands finished fourth.\n\n"
        # guards: "of" after a possessive, or words between the club and the verb
        "Kemboy beat Joss Mainu as Mainu's coach of Lane Club finished second in the masters "
        "race.\n\n"
        "Kemboy was cheered as Tim Rosso of Kenya Prisons and his brother finished fifth."
    )
    places = _places(tmp_path, text)
    assert places >= {("Brandt Okelu", "men's 10000m", 2), ("Dario Fenno", "men's 10000m", 4)}
    assert not {who for who, _, _ in places} & {"Joss Mainu", "Tim Rosso"}


def test_a_ski_jumping_competition_by_its_hill(tmp_path: Path) -> None:
    text = (
        "Pagnon wins in Lillehammer\n\n"
        "Josefine Pagnon won the women's large hill individual in Lillehammer on Sunday with "
        "jumps of 140.5 and 134.5 metres. Second place went to Alexa Lootit with 139.5 and "
        "135.5 metres. Katrin Schmitt was the best German and finished the competition in "
        "eighth place.\n\n"
        # guards: a qualification on the other hill, the hill's team event
        "Silja Opset had missed out on qualification on the normal hill and finished fourth "
        "in the end.\n\n"
        "Nora Kvandel finished second in the large hill team event."
    )
    places = _places(tmp_path, text)
    assert places >= {
        ("Alexa Lootit", "women's large hill", 2),
        ("Katrin Schmitt", "women's large hill", 8),
    }
    assert not [p for p in places if p[1] == "normal hill" or p[0] == "Nora Kvandel"]


def test_a_tie_of_compatriots_or_of_a_named_nation(tmp_path: Path) -> None:
    text = (
        "Jutanugon takes the title\n\n"
        "Arya Jutanugon won the CME Group Tour Championship on Sunday at 15 under par, while "
        "Lexa Thomsen took the season bonus.\n\n"
        "Thomsen and compatriot Jessie Kordy shared second, just one stroke adrift, with "
        "Sweden's Pernille Lindburg and South Korean Ji Eun-Hoo tied for fourth a shot "
        "further back."
    )
    event = "CME Group Tour Championship"
    assert _places(tmp_path, text) >= {
        ("Lexa Thomsen", event, 2),
        ("Jessie Kordy", event, 2),
        ("Pernille Lindburg", event, 4),
        ("Ji Eun-Hoo", event, 4),
    }


def test_the_best_of_a_nation_in_a_place(tmp_path: Path) -> None:
    text = (
        "Pagnon wins in Lillehammer\n\n"
        "Josefine Pagnon won the women's large hill individual in Lillehammer on Sunday. Emma "
        "Klinac was the best Slovenian in fifth place and Sara Kremer was the best Austrian "
        "in ninth place.\n\n"
        # guards: the best of a nation in a season's standing, or after the first round
        "Lena Holmen was the best German in fifth place in the World Cup standings.\n\n"
        "Nina Previc was the best Slovenian in 12th place after the first round."
    )
    places = _places(tmp_path, text)
    assert places >= {
        ("Emma Klinac", "women's large hill", 5),
        ("Sara Kremer", "women's large hill", 9),
    }
    assert not {who for who, _, _ in places} & {"Lena Holmen", "Nina Previc"}


def test_a_medallist_described_between_commas_or_from_a_two_word_nation(
    tmp_path: Path,
) -> None:
    text = (
        "Blakke wins the 100m\n\n"
        "Yohan Blakke won the men's 100m final in 9.92 seconds on Sunday. American Walt Dixon, "
        "the Olympic bronze medallist, took silver and former world champion Kim Colline of "
        "St Kitts and Nevis claimed bronze.\n\n"
        # guard: a name inside the description is not the medallist
        "In the women's 100m, Rena Molle, the woman who beat Iva Kranzer in Rome, took bronze."
    )
    medals = set(facts(drafted(tmp_path, text), "medal"))
    assert medals >= {("Walt Dixon", "men's 100m", 2), ("Kim Colline", "men's 100m", 3)}
    assert not [m for m in medals if m[0] == "Iva Kranzer"]


def test_places_told_for_a_list_in_order(tmp_path: Path) -> None:
    text = (
        "Pagnon wins in Lillehammer\n\n"
        "Josefine Pagnon won the women's large hill individual in Lillehammer on Sunday. "
        "Japan had two athletes in the top ten with Sara Takana and the previous day's winner "
        "Yuki Itoh in sixth and seventh place.\n\n"
        "Julia Muhl, Jackie Seifert, Chiara Kreuz and Lisa Edern all finished in the midfield "
        "in 16th, 18th, 21st and 25th.\n\n"
        "Norway's Tora Searle and Slovenian Tyra Rattrey came home 10th and 11th.\n\n"
        # guards: places that fall, a moment of the race, a standing
        "Andrea Fischer and Fabienne Sutter finished fifth and third.\n\n"
        "Lara Gutt and Mia Holten were fourth and fifth after the first round.\n\n"
        "Eva Lunde and Ida Bergen finished second and third in the standings."
    )
    places = _places(tmp_path, text)
    event = "women's large hill"
    assert places >= {
        ("Sara Takana", event, 6),
        ("Yuki Itoh", event, 7),
        ("Julia Muhl", event, 16),
        ("Jackie Seifert", event, 18),
        ("Chiara Kreuz", event, 21),
        ("Lisa Edern", event, 25),
        ("Tora Searle", event, 10),
        ("Tyra Rattrey", event, 11),
    }
    # never the list's first place to its last name
    assert not {("Yuki Itoh", event, 6), ("Tyra Rattrey", event, 10)} & places
    guarded = {"Andrea Fischer", "Fabienne Sutter", "Lara Gutt", "Mia Holten"}
    assert not {who for who, _, _ in places} & (guarded | {"Eva Lunde", "Ida Bergen"})


def test_a_place_after_a_name_and_its_nation_in_a_list(tmp_path: Path) -> None:
    text = (
        "Vonne takes the downhill\n\n"
        "Lindsey Vonne won the women's downhill on Wednesday. Andrea Fischbach of Austria "
        "placed fourth, Fabienne Sutter of Switzerland fifth and local favourite Britt Janik "
        "of Canada sixth, with Dora Harris (Team Stoke) in seventh.\n\n"
        # guards: a bracketed time between a name and an ordinal is no nation; a place
        # with a time after it may be a split's
        "Vonne was cheered as Tina Roth (1:44.12) ninth in training and Ana Belle tenth.\n\n"
        "Vonne led through the first split in 23.95, with Kara Netto (AUT) second in 24.05."
    )
    places = _places(tmp_path, text)
    assert places >= {
        ("Fabienne Sutter", "women's downhill", 5),
        ("Britt Janik", "women's downhill", 6),
        ("Dora Harris", "women's downhill", 7),
    }
    assert not [p for p in places if p[0] in ("Tina Roth", "Kara Netto")]


def test_a_place_told_as_a_finisher_before_the_name(tmp_path: Path) -> None:
    text = (
        "Scheffel takes the Masters\n\n"
        "Scotty Scheffel won the Masters by four strokes over second-place finisher, "
        "Sweden's Ludvik Aaberg, on Sunday.\n\n"
        "Becky Adlinton won the women's 400m freestyle in 4:04.50. She easily disposed of "
        "second-place finisher Joanna Jaxon, who clocked 4:08.75.\n\n"
        # guards: another year's finisher; a possessive that is no nation's
        "Last year's third-place finisher Tim Holtz missed the cut at the Masters, and "
        "fourth-place finisher Tom Leeks's brother Sam Leeks watched the 400m freestyle."
    )
    places = _places(tmp_path, text)
    assert places >= {
        ("Ludvik Aaberg", "Masters", 2),
        ("Joanna Jaxon", "women's 400m freestyle", 2),
    }
    assert not {who for who, _, _ in places} & {"Tim Holtz", "Sam Leeks", "Tom Leeks"}


def test_the_final_podium_spot_is_third(tmp_path: Path) -> None:
    text = (
        "Farrel wins in Rotterdam\n\n"
        "Mo Farrel won the Rotterdam Marathon in 2:08:30 on Sunday, with Ken Rotich second. "
        "Brandan Dicks, 25, from Fredericksburg took the final podium spot with his 2:15:36 "
        "finish.\n\n"
        # guard: a podium spot of another year is not this race's
        "Last year Tom Hale took the final podium spot in the Rotterdam Marathon in 2019."
    )
    medals = set(facts(drafted(tmp_path, text), "medal"))
    assert ("Brandan Dicks", "Rotterdam Marathon", 3) in medals
    assert not [m for m in medals if m[0] == "Tom Hale"]


def test_a_move_up_ends_where_a_competition_of_runs_finished(tmp_path: Path) -> None:
    text = (
        "Lindgren wins in Altenau\n\n"
        "Greta Lindgren won the women's luge in Altenau on Saturday, ahead of Maren Holtby "
        "and Ida Vosse.\n\n"
        "Teammate Kira Dunmore moved up from 12th to eighth after a strong second run.\n\n"
        # guards: a move in a standing, a move denied
        "Jana Pellew climbed from ninth to sixth place overall.\n\n"
        "Lena Strom never moved up from 20th to 15th as she had hoped."
    )
    places = _places(tmp_path, text)
    assert ("Kira Dunmore", "women's luge", 8) in places
    assert not {(who, p) for who, _, p in places} & {("Kira Dunmore", 12), ("Jana Pellew", 6)}
    assert not {who for who, _, _ in places} & {"Jana Pellew", "Lena Strom"}


def test_a_move_up_in_a_race_of_laps_is_no_finish(tmp_path: Path) -> None:
    text = (
        "Marlow takes the feature\n\n"
        "Dev Marlow won the Harbour Grand Prix on Sunday, ahead of Luca Brenn and Ike Sato.\n\n"
        "Tom Kettle moved up from 12th to eighth before his engine failed."
    )
    assert "Tom Kettle" not in {who for who, _, _ in _places(tmp_path, text)}


def test_a_place_a_jumper_redeemed_herself_with(tmp_path: Path) -> None:
    text = (
        "Pagnon wins on the large hill\n\n"
        "Josefine Pagnon won the women's large hill individual in Lillehammer on Sunday with "
        "jumps of 140.5 and 134.5 metres.\n\n"
        "Her team-mate Silke Opsal redeemed herself with fourth place after a poor week.\n\n"
        "Nadia Prevost put in the biggest recovery in the final round, fighting her way up "
        "from 28th to 17th place with 130 metres."
    )
    places = _places(tmp_path, text)
    assert places >= {
        ("Silke Opsal", "women's large hill", 4),
        ("Nadia Prevost", "women's large hill", 17),
    }
    assert ("Nadia Prevost", "women's large hill", 28) not in places


def test_a_tie_with_a_past_winner_named_by_his_year(tmp_path: Path) -> None:
    text = (
        "Vasquez wins the Lakeside Seniors Classic\n\n"
        "Deon Vasquez won the Lakeside Seniors Classic on Sunday, closing with a 68 to finish "
        "at 12 under par for the tournament.\n\n"
        "Nils Dorrance tied for second with 2011 winner Abel Quist (69) and Tomas Reinholt "
        "(70).\n\n"
        # guards: a tie told in a standing, and one whose list runs on into other words
        "Omar Pike is tied for ninth with Ray Lund after the third round.\n\n"
        "Sam Oduya tied for sixth with Lee Marr, whose putter let him down all day."
    )
    places = _places(tmp_path, text)
    race = "Lakeside Seniors Classic"
    assert places >= {
        ("Nils Dorrance", race, 2),
        ("Abel Quist", race, 2),
        ("Tomas Reinholt", race, 2),
    }
    assert not {who for who, _, _ in places} & {"Omar Pike", "Ray Lund", "Sam Oduya", "Lee Marr"}
    assert ("Abel Quist", race, 1) not in places


def test_places_for_a_list_after_a_longer_verb_phrase(tmp_path: Path) -> None:
    text = (
        "Hanley wins the 200m freestyle S14\n\n"
        "Britta Hanley won the women's 200m freestyle S14 final in Glasgow on Friday.\n\n"
        "Marta Quell (2:13.89), Rosa Tennet (2:15.75) and Jana Lucko (2:16.64) closed out "
        "their Glasgow 2026 campaign in the women's 200m freestyle S14, touching the wall in "
        "fifth, sixth and seventh position.\n\n"
        "Dana Pirrie and Lotte Moss touched the wall in ninth and tenth.\n\n"
        # guards: a person named in the phrase; places that fall
        "Ana Sorel and Vera Kulla closed out their meet behind Britta Hanley, finishing in "
        "second and third.\n\n"
        "Tina Raab and Ella Voss closed out their week in the heats, finishing in fourth and "
        "second."
    )
    places = _places(tmp_path, text)
    event = "women's 200m freestyle S14"
    assert places >= {
        ("Marta Quell", event, 5),
        ("Rosa Tennet", event, 6),
        ("Jana Lucko", event, 7),
        ("Lotte Moss", event, 10),
    }
    guarded = {"Ana Sorel", "Vera Kulla", "Tina Raab", "Ella Voss"}
    assert not {who for who, _, _ in places} & guarded


def test_places_for_a_list_set_off_by_commas(tmp_path: Path) -> None:
    text = (
        "Rennie wins the backstroke\n\n"
        "Ava Rennie won the women's 100m backstroke in 1:00.10 on Sunday.\n\n"
        "Two stars of the near future, Hanna Megory and Bree Whitlock, placed third and "
        "fourth with times of 1:01.94 and 1:02.23, respectively.\n\n"
        # guard: the list is no subject of its own (the commas close another clause)
        "Rennie beat Tara Wellsby and Nina Holtz, finished second and third."
    )
    places = _places(tmp_path, text)
    event = "women's 100m backstroke"
    assert places >= {("Hanna Megory", event, 3), ("Bree Whitlock", event, 4)}
    assert not {who for who, _, _ in places} & {"Tara Wellsby", "Nina Holtz"}


def test_a_gapped_place_before_the_race_named(tmp_path: Path) -> None:
    text = (
        "Scotter wins the medley\n\n"
        "Dunn Scotter won the men's 200m individual medley on Wednesday.\n\n"
        "Bren Smithers (1:59.57) and Seb Leeming (1:59.86) opened the night for Australia, "
        "Smithers finishing fifth and Leeming sixth in the Men’s 200m Individual Medley.\n\n"
        # guard: a place in the year's race after "in the" is no place in this one
        "Scotter won again, Kai Borne finishing fourth and Tim Rask fifth in the 2019 final."
    )
    places = _places(tmp_path, text)
    event = "men's 200m individual medley"
    assert places >= {("Bren Smithers", event, 5), ("Seb Leeming", event, 6)}
    assert not [p for p in places if p[0] == "Tim Rask"]
