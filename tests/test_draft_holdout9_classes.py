"""Classes of wrong or missed questions found after the eighth blind set (issue 21), each in
an article written for these tests from the shapes real reports used:

- a starting place in a fronted clause (``Having started from ninth place ..., Bottas ...
  found himself on the podium in second place``) is no list of rivals: the place is the
  subject's;
- a position during the race (``made it to 12th place in the early laps``) does not hide
  the finish told after it in the same sentence (``... but recovered to finish fifth``);
- ``he`` after a sentence that named only someone else than the person in focus (``There was
  a comeback drive for Ricciardo.``) is not told: never the focus;
- ``Verstappen's team mate`` keeps Verstappen a person;
- ``Will`` before a surname (``when Will Power was regarded``) is a first name, not a verb;
- a race reported in a relative clause (``... for Florijn who retained her women's single
  sculls crown in 7:14.35.``) leaves the next paragraph's results with no race, never the
  double sculls told before it;
- a race named with its sex (``won the men's triathlon``) is a race, and a place ``after
  the 1,500-meter swim and 40-kilometer cycling legs`` is no finish;
- a bracketed time after a name and its country (``Edina Mueller of Germany (56.97)``,
  ``from Ukraine (55.99 seconds)``) is that name's.

And the ninth blind set's own classes (its first run: 36 of 46 right, 3 wrong, 7 poor):

- a name made a word of description (``a Charlie Brown-type outing``, ``NFC
  North-leading Detroit``) is nobody, so ``he said`` after it stays the pitcher's, and
  ``Lance McCullers Jr.`` is McCullers;
- an age before a club and a role (``the 29-year-old Houston Astros right-hander``) is the
  player's, never the club's;
- ``Badminton Horse Trials`` is an event, never a person;
- an acronym's full stop ends a sentence before ``The`` (``the best team in the NFL. The
  Ravens thrashed ...``): no side named ``NFL. The Ravens``;
- the verb of a stock phrase (``it went our way``) is never the blank;
- a Finnish article is refused as Finnish (it was called Dutch, for a ``van`` or two);
- scores the ninth set's reports told and the drafter did not read: a result line after a
  page's label (``Postgame Quotes/Notes - Storm 87, Atlanta 84 (Game 3)``), a score from the
  loser's side (``lost 32-41 to New Zealand``), ``lead the Eagles over the Cowboys 28-23``;
- a press-conference sheet's answers under a line naming the speaker (``Gold: Adam Gemili
  (GBR) - 19.98``, ``Head Coach Corey Gaines``), spoken paragraphs with no quotation marks or
  quotations after a reporter's bracketed question, are the speaker's (a reporter's question
  opening an answer is not).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts, options, quotations, speaker_of

from quizcli.draft import DraftError, draft
from quizcli.model import TextQuestion

GRID = (
    "Lewis Hamilton won the British Grand Prix at Silverstone on Sunday.\n\n"
    "Having started from ninth place after a gearbox penalty, Mercedes' Valtteri Bottas drove "
    "hard all afternoon and found himself on the podium in second place ahead of Kimi "
    "Raikkonen.\n\n"
    "Esteban Ocon ran in sixth for most of the race but faded late on. Nico Hulkenberg, who "
    "had started from pole, made it to 12th place in the early laps before a spin, but "
    "recovered to finish fifth.\n\n"
    '"It was a great day for the whole team," Hamilton said.'
)


def test_a_starting_place_is_no_list_of_rivals(tmp_path: Path) -> None:
    places = set(facts(drafted(tmp_path, GRID), "place"))
    assert ("Valtteri Bottas", "British Grand Prix", 2) in places
    assert not [p for p in places if p[0] == "Valtteri Bottas" and p[2] != 2], places


def test_a_finish_told_after_a_moment_of_the_race_is_a_place(tmp_path: Path) -> None:
    places = set(facts(drafted(tmp_path, GRID), "place"))
    assert ("Nico Hulkenberg", "British Grand Prix", 5) in places
    assert not [p for p in places if p[2] in (6, 12)], places


COMEBACK = (
    "Lewis Hamilton won the British Grand Prix at Silverstone on Sunday, his fourth home win "
    "in a row.\n\n"
    "Hamilton led from the first corner and was never troubled.\n\n"
    "There was a remarkable comeback drive for Daniel Ricciardo, who had a turbo failure in "
    "qualifying. He finished in fifth place after passing car after car.\n\n"
    '"We had the pace all weekend," he said.\n\n'
    "Hamilton's team mate Valtteri Bottas was second. "
    '"I am happy for the team," Hamilton said.'
)


def test_he_after_someone_else_was_named_is_not_the_focus(tmp_path: Path) -> None:
    result = drafted(tmp_path, COMEBACK)
    places = set(facts(result, "place"))
    assert not [p for p in places if p[0] == "Lewis Hamilton" and p[2] == 5], places
    assert "Lewis Hamilton" not in speaker_of(result, "We had the pace")
    assert speaker_of(result, "I am happy") == {"Lewis Hamilton"}


TEAM_MATE = (
    "Lewis Hamilton won the British Grand Prix at Silverstone on Sunday.\n\n"
    "Red Bull's Max Verstappen finished third, and Verstappen's team mate Daniel Ricciardo "
    "was fifth after starting at the back.\n\n"
    '"The car was fast but the tyres did not last," Verstappen said.'
)


def test_a_drivers_team_mate_keeps_the_driver_a_person(tmp_path: Path) -> None:
    result = drafted(tmp_path, TEAM_MATE)
    assert speaker_of(result, "The car was fast") == {"Max Verstappen"}


LONG_JUMP = (
    "Li Wen of China produced a last-round leap of 8.36 metres to snatch the world "
    "championships long jump gold on Saturday.\n\n"
    "Marco Stavros was on course to complete the full set of major titles. His fifth-round "
    "jump of 8.32m looked good enough for gold until Li's intervention. Instead he had to "
    "settle for silver."
)


def test_a_sentence_opening_on_the_focus_keeps_it(tmp_path: Path) -> None:
    medals = set(facts(drafted(tmp_path, LONG_JUMP), "medal"))
    assert ("Marco Stavros", "long jump", 2) in medals, medals


TRIATHLON = (
    "Norway's Erik Solberg on Monday won the men's triathlon in a time of one hour, 45 "
    "minutes and four seconds, 11 seconds ahead of Britain's Adam Yates.\n\n"
    "New Zealand's Harry Wild was third.\n\n"
    "Solberg was in fifth after the 1,500-meter swim and 40-kilometer cycling legs of the race "
    "before surging to the win in the final stage. He finished 13th at the Games in 2016."
)


def test_a_sexed_triathlon_is_a_race_and_its_legs_no_finish(tmp_path: Path) -> None:
    result = drafted(tmp_path, TRIATHLON)
    assert ("Erik Solberg", "men's triathlon", "1:45:04") in set(facts(result, "time"))
    places = set(facts(result, "place"))
    assert ("Harry Wild", "men's triathlon", 3) in places
    assert not [p for p in places if p[0] == "Erik Solberg"], places


ROWING = (
    "Romania won two golds on the final day of the world rowing championships.\n\n"
    "Romania's other gold came in the women's double sculls as Ana Bodea and Ioana Radu "
    "triumphed in 6:46.94.\n\n"
    "Two titles came on the final day, including one for Karin Floor who retained her "
    "women's single sculls crown in 7:14.35.\n\n"
    "New Zealand's Emma Tait clocked 7:19.43 for silver and Australia's Tara Reid finished in "
    "7:21.07 for bronze."
)


def test_a_race_reported_in_a_relative_clause_carries_neither_race(tmp_path: Path) -> None:
    # the single sculls may be this day's race or another's: the next paragraph's times
    # are left out rather than given the double sculls told before
    times = set(facts(drafted(tmp_path, ROWING), "time"))
    assert ("Karin Floor", "women's single sculls", "7:14.35") in times, times
    assert not [t for t in times if t[0] in ("Emma Tait", "Tara Reid") and "double" in (t[1] or "")]


WILL = (
    "There was a time when Will Kerrigan was seen as a road-course specialist. That was "
    "settled on Sunday when the Penske driver won the Lakeside 500.\n\n"
    "Kerrigan, 37, is a past series champion with many wins, but none on this oval.\n\n"
    '"I was wondering if I would ever win this race," he said. "Thoughts went through my '
    'mind all month."\n\n'
    "Will the rain hold off next year? Ed Cole finished second."
)


def test_will_before_a_surname_is_a_first_name(tmp_path: Path) -> None:
    result = drafted(tmp_path, WILL)
    assert speaker_of(result, "I was wondering") == {"Will Kerrigan"}


PADDLERS = (
    "The canoe sprint world championships reached their fourth day on Saturday.\n\n"
    "The KL1 women's 200m final saw victory for Marta Kovalenko from Ukraine (55.99 seconds). "
    "The silver went to Edith Moser of Germany (56.97) while Karla Weiss of Chile won the "
    "bronze in 58.03.\n\n"
    "Leo Hart of Britain won the K1 men's 200m final in 34.86, shortly ahead of Stefan Petrov "
    "of Serbia (35.04) and Carlos Gomez from Spain (35.12)."
)


def test_a_bracketed_time_after_a_name_and_its_country_is_the_names(tmp_path: Path) -> None:
    times = set(facts(drafted(tmp_path, PADDLERS), "time"))
    for who, event, value in [
        ("Marta Kovalenko", "women's KL1 200m", "55.99"),
        ("Edith Moser", "women's KL1 200m", "56.97"),
        ("Stefan Petrov", "men's K1 200m", "35.04"),
        ("Carlos Gomez", "men's K1 200m", "35.12"),
    ]:
        assert (who, event, value) in times, (who, times)
    assert not [t for t in times if t[0] == "Leo Hart" and t[2] != "34.86"], times


def test_a_bracketed_time_after_a_country_opening_a_sentence_is_the_names(
    tmp_path: Path,
) -> None:
    text = (
        "The canoe sprint world championships reached their fourth day on Saturday.\n\n"
        "Edith Moser of Germany (56.97) took silver in the women's KL1 200m final."
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert ("Edith Moser", "women's KL1 200m", "56.97") in times, times


# The ninth blind set's first run (tests/data/draft_corpus/holdout9): each class below
# was a wrong or poor question there.

BASEBALL = (
    "PHILADELPHIA (AP) — Lance Mercer Jr. didn't have to look. He had seen enough.\n\n"
    "Only after hesitating did the 29-year-old Houston Comets right-hander turn for a "
    "peek.\n\n"
    '"I don\'t really get hit around like that, so I was a little in disbelief," Mercer said.\n\n'
    "Five years after winning Game 3, Mercer had a Charlie Brown-type outing, the first "
    "pitcher to allow five homers in a postseason game.\n\n"
    '"Other than the homers, there were a lot of balls on the ground," he said.\n\n'
    '"We could all see he was iffy from the start," said Nick Castell. "Kind of a lazy '
    'curveball," said Mario Maldon. "Guys are always looking for something," manager Dusty '
    "Baker said."
)


def test_a_name_made_a_description_is_nobody(tmp_path: Path) -> None:
    result = drafted(tmp_path, BASEBALL)
    assert speaker_of(result, "Other than the homers") == {"Lance Mercer"}
    assert speaker_of(result, "I don't really") == {"Lance Mercer"}
    named = {who for who, _ in quotations(result)} | options(result)
    assert not [who for who in named if "-type" in who or "Charlie" in who], named


def test_an_age_before_a_club_and_a_role_is_no_clubs_age(tmp_path: Path) -> None:
    ages = facts(drafted(tmp_path, BASEBALL), "age")
    assert not [a for a in ages if "Comets" in a[0]], ages


EVENTING = (
    "Monday 3 May 2010\n\n"
    'Badminton Horse Trials 2010 Winner, Paul Tapner: "This win means so much"\n\n'
    "Paul Tapner has won his first Mitsubishi Motors Badminton Horse Trials. He went into the "
    "showjumping arena with a fence in hand.\n\n"
    "Andreas Dibold and his horse kept a clean sheet to move up to second, while Daisy "
    "Berkley enjoyed her best result to date to take third.\n\n"
    '"As soon as I first started eventing, Badminton has been my aim," he said.\n\n'
    "Mary Kingston's one rail down dropped her from second to fourth.\n\n"
    '"Normally if someone told me I would be second in a competition like this I would be '
    'very happy," said Dibold.\n\n'
    '"It was a lovely week and the crowds were wonderful," said Kingston.'
)


def test_a_horse_trials_is_no_person(tmp_path: Path) -> None:
    result = drafted(tmp_path, EVENTING)
    named = {who for who, _ in quotations(result)} | options(result)
    assert not [who for who in named if "Trials" in who or "Badminton" in who], named


ROUNDUP = (
    "The past three weeks in particular, Baltimore has built a compelling case it might be "
    "the best team in the NFL. The Ravens thrashed NFC North-leading Detroit 38-6, then won "
    "in routine fashion at lowly Arizona.\n\n"
    "Jalen Hurts threw for two touchdowns to lead the Philadelphia Eagles on Sunday."
)


def test_an_acronym_ends_a_sentence_and_a_description_is_no_sides_name(
    tmp_path: Path,
) -> None:
    scores = set(facts(drafted(tmp_path, ROUNDUP), "score"))
    assert ("Ravens", None, ("Detroit", "38-6")) in {
        (w.removeprefix("The "), e, v) for w, e, v in scores
    }, scores
    assert not [s for s in scores if "NFL" in s[0] or "leading" in s[2][0]], scores


STOCK_PHRASE = (
    "Brad Marsh scored twice as Florida beat Edmonton 5-4 in overtime on Friday.\n\n"
    '"Luckily, it went our way," Marsh said.'
)


def test_a_stock_phrases_verb_is_never_the_blank(tmp_path: Path) -> None:
    result = drafted(tmp_path, STOCK_PHRASE)
    blanks = {q.answer for q in result.bank.questions if isinstance(q, TextQuestion)}
    assert "went" not in blanks, blanks


def test_a_finnish_article_is_named_finnish(tmp_path: Path) -> None:
    text = (
        "Englantilainen Luke Littler juhlii dartsin maailmanmestaruutta toisen kerran "
        "peräkkäin. Hän kaatoi finaalissa hollantilaisen Gian van Veenin lukemin 7-1.\n\n"
        "Littler hävisi vielä ensimmäisen setin, mutta meni tämän jälkeen menojaan. Kolme "
        "seitsemästä settivoitosta tuli suoraan lukemin 3-0, ja hän oli paras. Littler heitti "
        "16 kertaa 180, kun taas van Veen vain yhdeksän kertaa. Se ei ole uutta, että hän on "
        "nyt maailman paras, ja myös viime vuonna hän voitti."
    )
    path = tmp_path / "fi.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DraftError, match="looks like Finnish"):
        draft([path])


def test_a_korean_given_name_keeps_its_syllables(tmp_path: Path) -> None:
    text = (
        "South Korea's Kim Min-sun remained unbeaten in the World Cup women's 500m this "
        "season after her fourth victory at the speed skating World Cup in Calgary on Friday.\n\n"
        "Kim took her fourth gold in the distance in 36.96 seconds, 0.03 ahead of Miho "
        "Takagi of Japan. The skaters race in Salt Lake City next week."
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert ("Kim Min-sun", "women's 500m", "36.96") in times, times


SCORES = (
    "Postgame Quotes/Notes - Storm 87, Atlanta 84 (Game 3)\n\n"
    "The Red Roses lost 32-41 to New Zealand in the World Cup final in Belfast.\n\n"
    "Jalen Hurst threw for two touchdowns to lead the Philadelphia Eagles over the Dallas "
    "Cowboys 28-23 on Sunday night.\n\n"
    '"We found a way," Hurst said.'
)


def test_scores_told_from_the_losers_side_or_after_over(tmp_path: Path) -> None:
    scores = {(w, v) for w, _, v in facts(drafted(tmp_path, SCORES), "score")}
    assert ("Storm", ("Atlanta", "87-84")) in scores, scores
    assert ("New Zealand", ("Red Roses", "41-32")) in scores, scores
    assert ("Philadelphia Eagles", ("Dallas Cowboys", "28-23")) in scores, scores


SHEET = (
    "MEN'S 200 METRES Medal Press Conference transcript (Friday, 15 August)\n\n"
    "Gold: Adam Gemmell (GBR) - 19.98 world leader\n\n"
    "I didn't realise how strong the headwind was tonight until I was told. The track is "
    "very quick.\n\n"
    "I'm still only 20. I have more years to get fitter and stronger\n\n"
    "Silver: Christophe Lemaire (FRA) - 20.15\n\n"
    "Would he have won without the wind? I came here only for the gold in the 200, so I am "
    "disappointed.\n\n"
    "The relay heats are on Saturday morning and the final in the evening."
)
QUOTE_SHEET = (
    "WNBA Finals Game 1 Postgame Quotes\n\n"
    "Head Coach Corey Gaines\n\n"
    "(Opening statement:) \"Well, if you didn't like women's basketball, I think you do now! "
    'It is an exciting game for people to watch."\n\n'
    "(Coach, did you know this was the highest scoring game in history?) \"No, I didn't "
    'know that, but the defence will have to improve."'
)


def test_a_press_sheets_answers_are_its_speaker_lines(tmp_path: Path) -> None:
    result = drafted(tmp_path, SHEET)
    assert speaker_of(result, "I didn't realise") == {"Adam Gemmell"}
    assert speaker_of(result, "I came here only") == {"Christophe Lemaire"}
    said = {text for _, text in quotations(result)}
    assert not [t for t in said if "Would he have won" in t or "relay heats" in t], said
    sheet = drafted(tmp_path, QUOTE_SHEET, "sheet.txt")
    assert speaker_of(sheet, "Well, if you didn't like") == {"Corey Gaines"}
    assert speaker_of(sheet, "No, I didn't know") == {"Corey Gaines"}
