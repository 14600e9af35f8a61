"""Places and podiums told in running prose (quizcli.draft.placings), and races with names.

Each article here is written for these tests, in the shapes real reports use: orders over
several clauses, medals in brackets, ``respectively``, ``runner-up X``, ``to round out the
podium``, ``was followed by``; and the traps next to them: standings, positions during the
race, a shared win, another competition's medal, a race that only describes someone.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft import Draft
from quizcli.model import NumberQuestion, OrderQuestion, TimeQuestion


def placed(result: Draft) -> dict[str, int]:
    """``prompt -> place`` of every place question."""
    return {q.prompt: q.answer for q in result.bank.questions if isinstance(q, NumberQuestion)}


PROSE = (
    "Tomas Lindqvist won the Harbour Marathon on Sunday in a course record.\n\n"
    "Pieter Aalders took third place in 2:09:40, and Mateo Ruiz came across the finish line "
    "in eighth position. Oskar Brenner finished just off the podium in fourth place. "
    "Runa Vik crossed the line sixth, and the home favourite Jonas Falk was trailing home "
    "ninth in 2:15:03.\n\n"
    "Lindqvist finished a minute ahead of runner-up Samuel Okoro. The top local finisher was "
    "Henrik Dahl in seventh for his best result. Emil Strand's fifth-placed finish was his "
    "best in years."
)


def test_places_told_in_prose_are_asked(tmp_path: Path) -> None:
    result = drafted(tmp_path, PROSE)
    places = {(who, value) for who, event, value in facts(result, "place")}
    for who, value in [
        ("Pieter Aalders", 3),
        ("Mateo Ruiz", 8),
        ("Oskar Brenner", 4),
        ("Runa Vik", 6),
        ("Jonas Falk", 9),
        ("Samuel Okoro", 2),
        ("Henrik Dahl", 7),
        ("Emil Strand", 5),
    ]:
        assert (who, value) in places, (who, value, places)
    questions = placed(result)
    assert questions["In what place did Mateo Ruiz finish in the Harbour Marathon?"] == 8
    assert questions["In what place did Samuel Okoro finish in the Harbour Marathon?"] == 2


PODIUMS = (
    "At the Lakeside sprint meeting, the women's 100m was won by Amara Osei, while her "
    "compatriots Lena Boateng and Ruth Mensah finished with silver and bronze respectively.\n\n"
    "In the men's 400m, Karel Novak (gold), Ivo Marek (silver) and Dan Polak (bronze) were "
    "separated by a tenth.\n\n"
    "The 200m butterfly went to Yuki Sato. Mia Tanaka of Hong Kong, who grabbed silver in "
    "2:06.10, was happy, with Aiko Mori of Japan taking bronze.\n\n"
    "Greta Holm won the 1500m. Commonwealth Games gold medallist Nina Berg was fifth."
)


def test_podiums_told_medal_by_medal(tmp_path: Path) -> None:
    result = drafted(tmp_path, PODIUMS)
    medals = set(facts(result, "medal"))
    assert ("Lena Boateng", "women's 100m", 2) in medals
    assert ("Ruth Mensah", "women's 100m", 3) in medals
    assert {("Ivo Marek", "men's 400m", 2), ("Dan Polak", "men's 400m", 3)} <= medals
    assert ("Mia Tanaka", "200m butterfly", 2) in medals
    assert ("Aiko Mori", "200m butterfly", 3) in medals
    assert not [m for m in medals if m[0] == "Nina Berg" and m[2] == 1]
    orders = {q.prompt: q.answer for q in result.bank.questions if isinstance(q, OrderQuestion)}
    assert orders["Put the men's 400m medallists in order: gold, silver, bronze."] == (
        "Karel Novak",
        "Ivo Marek",
        "Dan Polak",
    )


FOLLOWED = (
    "Clara Weiss won the Lakeshore Marathon in 2:21:40. Hana Kral (2:23:05) took third and "
    "was followed by Petra Novy (2:23:40) and Lucie Dvorak (2:24:12). Eva Stein was edged "
    "into second by four seconds.\n\n"
    "Olga Sedova was a distant runner-up in the women's half marathon, with Irina Lebed "
    "rounding out the podium."
)


def test_orders_after_a_place_and_the_podiums_last_step(tmp_path: Path) -> None:
    result = drafted(tmp_path, FOLLOWED)
    places = facts(result, "place")
    assert ("Hana Kral", "Lakeshore Marathon", 3) in places
    assert ("Petra Novy", "Lakeshore Marathon", 4) in places
    assert ("Lucie Dvorak", "Lakeshore Marathon", 5) in places
    assert ("Eva Stein", "Lakeshore Marathon", 2) in places
    assert ("Olga Sedova", "women's half marathon", 2) in places
    assert ("Irina Lebed", "women's half marathon", 3) in facts(result, "medal")


TRAPS = (
    "Jan Vos won stage 9 of the Tour on Friday. Pieter Bakker finished second overall, and "
    "Kees Smit is third in the overall standings. Bram de Wit, the yellow jersey, kept the "
    "lead, with Daan Mol well placed in 17th place, 55 seconds off the leader.\n\n"
    "In the triathlon, Sofie Lund was sixth after the opening swim but won the race.\n\n"
    "In the Grand Prix of the season opener, a poor qualifying left Max Ernst 12th on the "
    "grid.\n\n"
    "Arne Berg and Lars Moe shared victory in the downhill, with Tor Lie in third."
)


def test_standings_moments_and_ties_are_no_places(tmp_path: Path) -> None:
    result = drafted(tmp_path, TRAPS)
    places = facts(result, "place")
    standing = "overall standings after stage 9"  # asked as such (quizcli.draft.standings)
    assert ("Kees Smit", standing, 3) in places
    assert ("Daan Mol", standing, 17) in places
    who = {name for name, event, _ in places if event != standing}
    assert not who & {"Pieter Bakker", "Kees Smit", "Daan Mol", "Sofie Lund", "Max Ernst"}
    firsts = {name for name, _, value in facts(result, "medal") if value == 1}
    assert not firsts & {"Arne Berg", "Lars Moe"}


NAMED = (
    "Daniel Korir, the reigning Boston Marathon champion, won the Lisbon Marathon in "
    "2:06:10 on Sunday, ahead of Abebe Tesfaye and Joseph Kiptum.\n\n"
    "In the triathlon's men's race, Ivar Solberg had the fastest run time (30:58) and "
    "finished fourth.\n\n"
    "Rina Ota won the women's 100 freestyle. Ema Sato of Japan, who grabbed silver in "
    "53.20 seconds, was pleased."
)


def test_races_with_names_and_what_only_describes(tmp_path: Path) -> None:
    result = drafted(tmp_path, NAMED)
    podiums = facts(result, "podium")
    assert (
        "Daniel Korir",
        "Lisbon Marathon",
        ("Daniel Korir", "Abebe Tesfaye", "Joseph Kiptum"),
    ) in podiums
    assert not [f for f in facts(result, "time") if f[2] == "30:58"]
    assert ("Ema Sato", "women's 100m freestyle", 2) in facts(result, "medal")
    times = {q.prompt for q in result.bank.questions if isinstance(q, TimeQuestion)}
    assert "In what time did Daniel Korir win the Lisbon Marathon?" in times
    assert not [f for f in facts(result, "place") if "Boston" in str(f[1])]


TABLES = (
    "Ingrid Sola won the women's race at the World Triathlon Lisbon on Saturday, and the "
    "men's race went to Tomas Reyes.\n\n"
    "Elite Men\n\n"
    "Position Name Swim Bike Run Finish 1 Tomas Reyes 18:40 1:00:12 31:40 1:50:32 "
    "2 Luca Ferri 18:52 1:00:30 31:55 1:51:17 3 Anton Weber 18:44 1:01:02 31:20 1:51:06 "
    "4 Marco Testa 19:01 1:01:10 31:50 1:52:01\n\n"
    "Stage 5 results\n\n"
    "1) Pablo Ortiz (Team Sol), in 4:02:11\n\n"
    "2) Remi Blanc (Team Mer), at same time\n\n"
    "General classification after stage 5\n\n"
    "1) Remi Blanc (Team Mer), in 18:12:40\n\n"
    "2) Pablo Ortiz (Team Sol), +4”"
)


def test_tables_run_together_and_standings_left_alone(tmp_path: Path) -> None:
    result = drafted(tmp_path, TABLES)
    places = facts(result, "place")
    assert ("Luca Ferri", "men's World Triathlon Lisbon", 2) in places
    assert ("Marco Testa", "men's World Triathlon Lisbon", 4) in places
    times = facts(result, "time")
    assert ("Luca Ferri", "men's World Triathlon Lisbon", "1:51:17") in times
    assert not [t for t in times if t[2] in ("18:52", "31:55", "1:00:30")]
    assert ("Remi Blanc", "stage 5", 2) in places
    assert ("Remi Blanc", "stage 5", 1) not in places
    assert not [t for t in times if t[2] == "18:12:40"]


# A results page: lists under "Top Women's Finishers" and "Men's Top Finishers" (headings
# naming a sex in other words than "Elite Men"), the race told in the prose around them.
FINISHERS = (
    "Rosa Amari defended her title at the Harbour City Marathon on Sunday, pulling away from "
    "Lina Okafor in the final mile, while Tomas Reyes took the men's race.\n\n"
    "Okafor crossed the line nine seconds after Amari, who clocked 2:23:41.\n\n"
    "Top Women's Finishers\n\n"
    "  1. Rosa Amari, 2:23:41 \n"
    "  2. Lina Okafor, 2:23:50 \n"
    "  3. Greta Holm, 2:24:12\n\n"
    "Reyes was never troubled.\n\n"
    "Men's Top 3 Finishers\n\n"
    "  1. Tomas Reyes, 2:07:05 \n"
    "  2. Ivan Petrov, 2:07:40 \n"
    "  3. Omar Haddad, 2:08:02"
)


def test_a_results_page_under_headings_naming_a_sex(tmp_path: Path) -> None:
    result = drafted(tmp_path, FINISHERS)
    places = facts(result, "place")
    assert ("Greta Holm", "women's Harbour City Marathon", 3) in places
    assert ("Ivan Petrov", "men's Harbour City Marathon", 2) in places
    times = facts(result, "time")
    assert ("Omar Haddad", "men's Harbour City Marathon", "2:08:02") in times
    # Amari's time is told in the prose (no sex) and in her table: asked once, with the sex
    prompts = [q.prompt for q in result.bank.questions if isinstance(q, TimeQuestion)]
    assert [p for p in prompts if "Rosa Amari" in p] == [
        "What time does the article give for Rosa Amari in the women's Harbour City Marathon?"
    ]
    asked = placed(result)
    assert asked["In what place did Lina Okafor finish in the women's Harbour City Marathon?"] == 2
    assert not [p for p in asked if "Okafor" in p and "women's" not in p]


WINS = (
    "Kenyan Peter Langat sprinted to win a dramatic 10,000-meter final on Sunday, and Rosa "
    "Mendes of Portugal, who led at the bell, held on for the bronze medal. Sam Olsen of the "
    "United States took silver.\n\n"
    "Austria's Felix Moser won Sunday's showcase men's downhill by a hundredth. Switzerland's "
    "Nico Huber, the 2019 world champion, started seventh and had to settle for bronze.\n\n"
    "Marta Silva stormed to victory in the Porto Marathon, and Ana Reis faded to fifth in "
    "2:31:10. Lea Costa, six days after winning the 10,000m, was ninth. Rita Lopes "
    "clinched the final place on the podium.\n\n"
    "Kai Berg stormed clear to take victory in the Dutch Grand Prix, with Ole Lund finishing "
    "2.2 seconds behind in second."
)


def test_winners_and_medals_told_with_other_verbs(tmp_path: Path) -> None:
    result = drafted(tmp_path, WINS)
    medals = set(facts(result, "medal"))
    assert ("Peter Langat", "10000m", 1) in medals
    assert ("Rosa Mendes", "10000m", 3) in medals
    assert ("Sam Olsen", "10000m", 2) in medals
    assert ("Felix Moser", "men's downhill", 1) in medals
    assert ("Nico Huber", "men's downhill", 3) in medals
    assert ("Marta Silva", "Porto Marathon", 1) in medals
    assert ("Rita Lopes", "Porto Marathon", 3) in medals
    assert ("Kai Berg", "Dutch Grand Prix", 1) in medals
    places = facts(result, "place")
    assert ("Ana Reis", "Porto Marathon", 5) in places
    assert ("Ole Lund", "Dutch Grand Prix", 2) in places
    firsts = {(who, event) for who, event, value in medals if value == 1}
    assert not {who for who, _ in firsts} & {"Lea Costa", "Rita Lopes"}


FIELD_AND_ROUTES = (
    "Greek Nikos Pappas won long jump gold on Friday with 8.41 metres. Last year's silver "
    "medallist Pappas had led from the first round. Jamaica's Omar Reid captured the silver "
    "medal with 8.30m, and China's Li Wen took the bronze medal.\n\n"
    "Luca Bruni won the stage after a break on the 212km (132-mile) route from Bari. Enzo "
    "Greco finished third, 40 seconds behind Bruni."
)


def test_field_events_and_a_route_length_is_no_race(tmp_path: Path) -> None:
    result = drafted(tmp_path, FIELD_AND_ROUTES)
    medals = set(facts(result, "medal"))
    assert ("Nikos Pappas", "long jump", 1) in medals
    assert ("Nikos Pappas", "long jump", 2) not in medals
    assert ("Omar Reid", "long jump", 2) in medals
    assert ("Li Wen", "long jump", 3) in medals
    assert not facts(result, "time")
    assert not [q for q in result.bank.questions if "212km" in q.prompt]


DESCRIBED = (
    "Overall World Cup leader Henrik Aasland Berg of Norway finished third in the downhill, "
    "0.02 behind. Per Holm won it.\n\n"
    "Wei Lan of China broke the world record in the men's 100m backstroke, charging to the "
    "gold medal in 51.60 seconds."
)


def test_a_standing_that_describes_the_athlete_and_a_charge_to_gold(tmp_path: Path) -> None:
    result = drafted(tmp_path, DESCRIBED)
    assert ("Henrik Aasland Berg", "downhill", 3) in facts(result, "place")
    assert ("Wei Lan", "men's 100m backstroke", 1) in facts(result, "medal")


def test_a_place_in_a_who_clause_is_the_name_before_it(tmp_path: Path) -> None:
    text = (
        "Kenyan Paul Rotich won the men's marathon in 2:08:10, pulling away from his closest "
        "challenger Ethiopian Dawit Bekele who came second in 2:09:02."
    )
    assert ("Dawit Bekele", "men's marathon", 2) in facts(drafted(tmp_path, text), "place")


SEVERAL_RACES = (
    "Lena Hart won the women's 200m freestyle on Tuesday night in 1:54.20, holding off the "
    "field.\n\n"
    "Earlier, Marek Duda stormed to victory in the men's 100m butterfly.\n\n"
    "Tomas Berg of Norway, who grabbed silver, said he was happy. Pavel Ilic finished fourth "
    "in 51.90."
)


def test_a_paragraph_naming_no_race_continues_the_race_last_reported(tmp_path: Path) -> None:
    result = drafted(tmp_path, SEVERAL_RACES)
    assert ("Tomas Berg", "men's 100m butterfly", 2) in facts(result, "medal")
    assert ("Pavel Ilic", "men's 100m butterfly", 4) in facts(result, "place")
    assert ("Pavel Ilic", "men's 100m butterfly", "51.90") in facts(result, "time")


SUBJECTS = (
    "Peter Kiplimo won the men's marathon at the Lakeside Games in 2:08:15.\n\n"
    "Among the others, Lars Dahl finished fifth in 2:10:12 as former champion Erik Moen "
    "crossed the line ninth in 2:13:40.\n\n"
    "Kiplimo's training partner Samuel Rono was edged out into fourth by the late charge of "
    "Tomas Berger."
)


def test_the_name_right_before_the_verb_and_not_someone_elses_is_the_subject(
    tmp_path: Path,
) -> None:
    places = facts(drafted(tmp_path, SUBJECTS), "place")
    assert ("Lars Dahl", "men's marathon", 5) in places
    assert ("Erik Moen", "men's marathon", 9) in places
    assert ("Samuel Rono", "men's marathon", 4) in places
    assert not [p for p in places if p[0] in ("Peter Kiplimo", "Tomas Berger")]


INVERTED = (
    "Anna Berg won the women's long jump final with 7.10m on Friday.\n\n"
    "Silver went to Maria Lind, competing as a neutral athlete, after four season's bests. "
    "Snatching the bronze medal was Eva Holm of Sweden, while last year's gold went to Ida "
    "Moe.\n\n"
    "The Lakeside Marathon had 20,000 entries. Paul Kibet won it in 2:08:10, ahead of Jon "
    "Ruto and Sam Kiprop.\n\n"
    "Dutch citizen Lucy Kosgei took the women's race in 2:24:30. Her compatriot Mary Wanjiru, "
    "who won the women's race last year, was fourth. Rose Chebet took the women's title in "
    "2019.\n\n"
    "Tom Rotich ran the race of his life to clinch the men's half marathon title in 61:10."
)


def test_a_medal_before_its_winner_and_a_race_taken(tmp_path: Path) -> None:
    result = drafted(tmp_path, INVERTED)
    medals = set(facts(result, "medal"))
    assert ("Maria Lind", "women's long jump", 2) in medals
    assert ("Eva Holm", "women's long jump", 3) in medals
    assert ("Lucy Kosgei", "women's Lakeside Marathon", 1) in medals
    assert ("Tom Rotich", "men's half marathon", 1) in medals
    assert not [m for m in medals if m[0] in ("Ida Moe", "Mary Wanjiru", "Rose Chebet")]
    prompts = {q.prompt for q in result.bank.questions}
    assert "In what time did Lucy Kosgei win the women's Lakeside Marathon?" in prompts


def test_a_race_named_without_a_result_ends_the_race_carried(tmp_path: Path) -> None:
    text = (
        "Lena Hart won the women's 200m freestyle in 1:54.20 on Tuesday night.\n\n"
        "Marek Duda, who took gold in the men's 100m butterfly on Monday, watched from the "
        "stands.\n\n"
        "Sara Lindt was fourth.\n\n"
        "The men's 400m individual medley was swum late in the evening.\n\n"
        "Ole Dahl finished fifth in 4:12.40."
    )
    places = facts(drafted(tmp_path, text), "place")
    assert ("Sara Lindt", "women's 200m freestyle", 4) in places
    assert not [p for p in places if p[0] == "Ole Dahl" and p[1] == "women's 200m freestyle"]


def test_a_mark_that_earned_a_medal_completes_the_podium(tmp_path: Path) -> None:
    text = (
        "Sofia Marin of Spain produced a final-round leap of 7.05 metres to snatch women's "
        "long jump gold on Sunday. Lena Koch of Germany took silver, and Ana Ruiz of Portugal "
        "took bronze."
    )
    result = drafted(tmp_path, text)
    assert ("Sofia Marin", "women's long jump", 1) in facts(result, "medal")
    orders = {q.prompt: q.answer for q in result.bank.questions if isinstance(q, OrderQuestion)}
    assert orders["Put the women's long jump medallists in order: gold, silver, bronze."] == (
        "Sofia Marin",
        "Lena Koch",
        "Ana Ruiz",
    )


def test_a_denial_does_not_reach_a_verb_of_its_own_after_and(tmp_path: Path) -> None:
    text = (
        "Jonas Berg won the Lakeside Marathon on Sunday.\n\n"
        "After a fast start, Kai Lund couldn't hold the pace on the hills and came "
        "across the finish line in sixth position. Per Olsen did not finish fourth, as many "
        "expected, and Ole Vik never came close to finishing third."
    )
    places = facts(drafted(tmp_path, text), "place")
    assert ("Kai Lund", "Lakeside Marathon", 6) in places
    assert not [p for p in places if p[0] in ("Per Olsen", "Ole Vik")]


def test_a_place_before_races_named_in_another_clause_is_the_carried_race(
    tmp_path: Path,
) -> None:
    text = (
        "Maria Sousa won the women's 5000m final on Sunday in 14:46.10.\n\n"
        "Defending champion Ana Lopes could only finish seventh, meaning she leaves without a "
        "medal in either the 1500m or the 10,000m. Rita Gomes finished fifth in the 1500m."
    )
    places = facts(drafted(tmp_path, text), "place")
    assert ("Ana Lopes", "women's 5000m", 7) in places
    assert ("Rita Gomes", "1500m", 5) in places


TIES = (
    "Klaus Berger of Austria and Luca Conti of Italy shared a downhill victory on Saturday, "
    "with the top four separated by two hundredths.\n\n"
    "Tom Weber of Germany and Jan Novak of Canada shared fourth place. Max Huber, who shared "
    "victory here before, was ninth. Ivo Rossi and Mark Bell shared the lead after the first "
    "split.\n\n"
    "In the super-G at the 1999 world championships, Per Lund and Ola Berg shared victory.\n\n"
    "The top Swiss finisher was Urs Meier in seventh for his best result."
)


def test_a_tie_places_both_and_another_years_race_is_not_carried(tmp_path: Path) -> None:
    places = facts(drafted(tmp_path, TIES), "place")
    for who, value in [("Klaus Berger", 1), ("Luca Conti", 1), ("Tom Weber", 4), ("Jan Novak", 4)]:
        assert (who, "downhill", value) in places
    assert ("Max Huber", "downhill", 9) in places
    assert not [p for p in places if p[0] in ("Ivo Rossi", "Mark Bell", "Per Lund", "Ola Berg")]
    assert not [p for p in places if p[0] == "Urs Meier" and p[1] != "downhill"]


def test_the_podiums_last_step_after_someone_elses_teammate(tmp_path: Path) -> None:
    text = (
        "Marco Rossi won the Dutch Grand Prix on Sunday from pole position.\n\n"
        "Paul Weber, Rossi's teammate, clinched the final place on the podium."
    )
    medals = facts(drafted(tmp_path, text), "medal")
    assert ("Paul Weber", "Dutch Grand Prix", 3) in medals
    assert ("Marco Rossi", "Dutch Grand Prix", 3) not in medals


STANDINGS = (
    "Luca Bruni won stage 9 of the Tour of the Alps on Friday in a sprint.\n\n"
    "Dutch rider Joris de Vries retained the leader's yellow jersey for another day, with "
    "defending champion Marco Silva well placed in 12th place, 40 seconds off the leader.\n\n"
    "Belgian Pieter Claes is in second in the overall standings, while Tom Hart, Silva's "
    "closest challenger, is in sixth.\n\n"
    "Anton Weiss took the yellow jersey in 2019. Felix Roth hopes to take the yellow jersey "
    "in the mountains."
)


def test_standings_after_the_stage_are_asked_as_standings(tmp_path: Path) -> None:
    result = drafted(tmp_path, STANDINGS)
    places = facts(result, "place")
    standing = "overall standings after stage 9"
    for who, value in [
        ("Joris de Vries", 1),
        ("Marco Silva", 12),
        ("Pieter Claes", 2),
        ("Tom Hart", 6),
    ]:
        assert (who, standing, value) in places
    assert not [p for p in places if p[0] in ("Anton Weiss", "Felix Roth")]
    assert not [p for p in places if p[1] == "stage 9" and p[0] != "Luca Bruni"]
    assert (
        placed(result)["In what place was Pieter Claes in the overall standings after stage 9?"]
        == 2
    )


def test_a_win_of_a_race_named_after_its_sponsor(tmp_path: Path) -> None:
    text = (
        "Nina Holt won the Acme Bank World Triathlon Lisbon on Saturday in wet conditions. "
        "Eva Lind finished second and Mia Roos took third place."
    )
    medals = facts(drafted(tmp_path, text), "medal")
    assert ("Nina Holt", "World Triathlon Lisbon", 1) in medals


def test_the_winner_finishing_ahead_of_two_with_their_times(tmp_path: Path) -> None:
    text = (
        "Britain's Tom Hale held off the Kenyan challenge to win the 5000m on Friday night.\n\n"
        "He needed all his speed to come home in 13:10.20, ahead of Ethiopia's Abel Tefera "
        "(13:10.55) and Kenyan Joseph Rono (13:11.02), four days after winning the 10,000m.\n\n"
        "In the women's 100m, Ana Silva won in 10.85, ahead of Eve Marsh (10.91) and Lia "
        "Moss.\n\n"
        "In the women's 200m, Kim Lane won in 22.10, ahead of Central Park (22.31)."
    )
    result = drafted(tmp_path, text)
    podiums = {(event, value) for _, event, value in facts(result, "podium")}
    assert ("5000m", ("Tom Hale", "Abel Tefera", "Joseph Rono")) in podiums
    assert ("women's 100m", ("Ana Silva", "Eve Marsh", "Lia Moss")) in podiums
    times = facts(result, "time")
    assert ("Eve Marsh", "women's 100m", "10.91") in times
    assert not [t for t in times if t[2] == "22.31"]  # a bracket's, and no person's


# A championship blog's medal lines: the race in capitals, record lines and a label between
# it and the medallists; a field event's mark and a broken order give no time and no podium.
MEDAL_LINES = (
    "Night five of the championships brought two titles for the hosts.\n\n"
    "WOMEN’S 200 BUTTERFLY – FINAL\n\n"
    "- World Record: Lena Voss (GER), 2009, 2:01.81\n\n"
    "- Championship Record: Maja Ek (SWE), 2:03.41\n\n"
    "Medalists:\n\n"
    "- GOLD – Petra Halasz (HUN), 2:06.78\n\n"
    "- SILVER – Nora Quinn (USA), 2:06.95\n\n"
    "- BRONZE – Ada Brandt (USA), 2:07.04\n\n"
    "MEN’S 100 FREESTYLE – FINAL\n\n"
    "- GOLD – Tom Kestrel (USA), 46.96\n\n"
    "- BRONZE – Ivo Marek (CZE), 47.82\n\n"
    "MEN’S LONG JUMP – FINAL\n\n"
    "- GOLD – Dimitri Pappas (GRE), 8.41\n\n"
    "The crowd stayed long after the last final.\n\n"
    "- GOLD – Sam Rowe (GBR), 1:01.10"
)


def test_medal_lines_under_a_race_in_capitals(tmp_path: Path) -> None:
    result = drafted(tmp_path, MEDAL_LINES)
    podiums = facts(result, "podium")
    assert podiums == [
        ("Petra Halasz", "women's 200m butterfly", ("Petra Halasz", "Nora Quinn", "Ada Brandt"))
    ]
    times = facts(result, "time")
    assert ("Nora Quinn", "women's 200m butterfly", "2:06.95") in times
    assert ("Tom Kestrel", "men's 100m freestyle", "46.96") in times
    assert ("Ivo Marek", "men's 100m freestyle", 3) in facts(result, "medal")
    assert not [t for t in times if t[0] in ("Dimitri Pappas", "Sam Rowe", "Lena Voss")]
    assert not [t for t in times if t[2] in ("2:01.81", "2:03.41")]  # records, not results
    assert not [f for f in facts(result, "medal") if f[0] == "Sam Rowe"]  # after prose


# A race named as an earlier win ("added to her win in the 200 butterfly") is told in
# passing: the next paragraph's medals and times are still the race being reported.
EARLIER_WIN = (
    "Lea Strand won the women's 400m individual medley in 4:27.11, her second gold of the week."
    "\n\n"
    "The victory for Strand added to her win in the 200 butterfly on Friday.\n\n"
    "Strand led from the first length. Mia Cole took the silver in 4:31.41, with Ana Ruiz of "
    "Spain picking up the bronze in 4:32.30."
)


def test_a_race_named_as_an_earlier_win_does_not_end_the_race_reported(tmp_path: Path) -> None:
    result = drafted(tmp_path, EARLIER_WIN)
    times = facts(result, "time")
    assert ("Mia Cole", "women's 400m individual medley", "4:31.41") in times
    assert ("Ana Ruiz", "women's 400m individual medley", "4:32.30") in times
    assert not [t for t in times if "butterfly" in str(t[1])]


# "A and B, who came in second and third, respectively": each is the list's, in order; the
# first ordinal is never the nearer name's alone.
RESPECTIVELY_WHO = (
    "Rosa Amari won the Harbour City Marathon on Sunday in 2:22:48.\n\n"
    "Amari finished the race alone, beating out Lina Okafor and Greta Holm, who came in "
    "second and third, respectively, by more than three minutes.\n\n"
    "Behind them, Ida Berg, Mia Cole and Ana Ruiz, who were fourth and fifth, respectively, "
    "ran together."
)


def test_respectively_after_who_gives_each_name_its_place(tmp_path: Path) -> None:
    result = drafted(tmp_path, RESPECTIVELY_WHO)
    places = {(who, value) for who, _, value in facts(result, "place")}
    assert ("Lina Okafor", 2) in places
    assert ("Greta Holm", 3) in places
    assert ("Greta Holm", 2) not in places
    # three names for two places: nobody's for sure
    assert not {who for who, _ in places} & {"Ida Berg", "Mia Cole", "Ana Ruiz"}


BRACKETED_PLACES = (
    "Kofi Mensah won the men's 100m at the meeting in Rabat on Sunday in 9.98 seconds.\n\n"
    "He held off local hope Yassine Amrani (10.02), while Brazil's Davi Costa came fourth in "
    "10.11 and Ray Dalton trailed in seventh (10.24). Leo Marsh was eighth (10.31), and the "
    "veteran Tim Holder came in ninth (10.40).\n\n"
    '"I knew I had it at halfway," Mensah said.'
)


def test_an_ordinal_then_a_bracketed_time_is_one_runners(tmp_path: Path) -> None:
    result = drafted(tmp_path, BRACKETED_PLACES)
    places = set(facts(result, "place"))
    times = set(facts(result, "time"))
    assert ("Ray Dalton", "men's 100m", 7) in places
    assert ("Ray Dalton", "men's 100m", "10.24") in times
    assert ("Leo Marsh", "men's 100m", "10.31") in times
    # "the veteran Tim Holder" is no name the draft knows: his place and time are nobody's,
    # never the last name before (Davi Costa came fourth, Leo Marsh eighth)
    assert ("Davi Costa", "men's 100m", 4) in places
    assert not [p for p in places if p[0] == "Davi Costa" and p[2] != 4], places
    assert not [p for p in places if p[0] == "Leo Marsh" and p[2] != 8], places
    assert not [t for t in times if t[2] == "10.40"], times
    asked = placed(result)
    assert asked["In what place did Ray Dalton finish in the men's 100m?"] == 7


# Summaries after the prose: each race on one line, its rows run together and cut by
# semicolons ("1. Name (NOC), time; 2. Name (NOC), +gap; ..."); a line for pairs, whose
# label names no race the draft can ask, and a line whose numbers jump.
SUMMARIES = (
    "Ingrid Solheim led a Norwegian one-two in the sprints at the World Cup in Oberhof, and "
    "her compatriot Kari Vang was second.\n\n"
    "Summaries:\n\n"
    "Women's 1.4 km Sprint Classic: 1. Ingrid Solheim (NOR), 3:12.40; 2. Kari Vang (NOR), "
    "+0.35; 3. Elsa Lind (SWE), +1.02; 4. Petra Novak (CZE), 3:14.90.\n\n"
    "Women's Team Sprint Classic: 1. Ingrid Solheim/Kari Vang (NOR), 20:11.05; 2. Elsa "
    "Lind/Maja Berg (SWE), 20:12.44.\n\n"
    "Women's 10 km Free: 1. Maja Berg (SWE), 24:31.2; 3. Anna Kral (CZE), 24:40.8; 4. Lea "
    "Moser (SUI), 24:51.0."
)


def test_a_summary_line_of_rows_cut_by_semicolons(tmp_path: Path) -> None:
    result = drafted(tmp_path, SUMMARIES)
    places = set(facts(result, "place"))
    times = set(facts(result, "time"))
    for who, place in [("Ingrid Solheim", 1), ("Kari Vang", 2), ("Elsa Lind", 3)]:
        assert (who, "women's 1.4km sprint", place) in places, places
    assert ("Petra Novak", "women's 1.4km sprint", 4) in places
    assert ("Ingrid Solheim", "women's 1.4km sprint", "3:12.40") in times
    assert ("Petra Novak", "women's 1.4km sprint", "3:14.90") in times
    # a gap is no time; the pairs' times are no one's own; a line whose numbers jump (1, 3)
    # is left after its first row
    assert not [t for t in times if t[2] in ("0.35", "1.02", "20:11.05", "20:12.44")], times
    assert not [p for p in places if p[0] in ("Anna Kral", "Lea Moser")], places
    asked = placed(result)
    assert asked["In what place did Elsa Lind finish in the women's 1.4km sprint?"] == 3


def test_a_summary_line_names_its_swim_with_the_stroke(tmp_path: Path) -> None:
    text = (
        "Ana Costa won the women's 200m freestyle at the national championships on Friday.\n\n"
        "Results:\n\n"
        "Women's 200m Freestyle: 1. Ana Costa (POR), 1:56.20; 2. Rita Mota (POR), 1:57.01; "
        "3. Eva Lopes (ESP), 1:57.44."
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert ("Rita Mota", "women's 200m freestyle", "1:57.01") in times
    assert ("Eva Lopes", "women's 200m freestyle", "1:57.44") in times


def test_a_win_among_few_options_is_typed_and_the_places_asked(tmp_path: Path) -> None:
    # Three people: "Who won?" has too few to choose from, so the name is typed (it was the
    # winner's place, asked as a number); "first in the women's 800m" is a place in a race
    # named (never "a race not named").
    text = (
        "Lena Hart crossed the line first in the women's 800m to win in 1:58.20 on Sunday.\n\n"
        "Mia Kerr was second.\n\n"
        '"I ran my own race," Hart said.'
    )
    result = drafted(tmp_path, text)
    assert ("Lena Hart", "women's 800m", 1) in facts(result, "place")
    asked = placed(result)
    typed = {q.prompt: q.answer for q in result.bank.questions}
    assert typed["Who won the women's 800m? Type the name."] == "Lena Hart"
    assert asked["In what place did Mia Kerr finish in the women's 800m?"] == 2
