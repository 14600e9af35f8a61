"""Classes the twenty-eighth blind set's first run found (issue 21; notes in
tests/data/draft_corpus/holdout28, first run on 00fc92e: 58 drafted, 53 right, 2 poor, 3
wrong), in articles of our own:

- ``he said`` after words that name one person only by a possessive (``Consistency was the
  key to Lund's success, he said.``) is that person's, never the focus named a paragraph
  before (two wrong speakers: a woman ranked 32nd was given the champion's words);
- a value after a pronoun's clause (``not intimidated by the likes of Ema Chebo and a
  strong set of rivals as she won ... in 26:01``) is never the listed name's (one wrong time);
- and what it did not ask: wire copy wrapped with no blank line and one caption line past 100
  characters; a signature with a country after a comma (``– Francois Pienaar, South
  Africa.``); initials with full stops in a description (``said U.S. forward``); a
  participle before a colon (``Gaultier lost his patience telling the British official:``);
  a cut copy's last speaker that ends a sentence (``said Li. "Wi``).
A sponsor (``sponsored by Banca Mediolanum``) was offered as a person by a tuning article's
restored copy.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts, quotations, speakers_of

from quizcli.draft.names import name_runs
from quizcli.draft.things import written_as_thing


def test_he_said_after_a_possessive_is_the_owners(tmp_path: Path) -> None:
    text = (
        "Kai Lund won the national all-around title on Thursday night.\n\n"
        '"I feel really lucky," Lund said. He finished with 88.10 points.\n\n'
        "Women's finals are tonight. Dana Reeve of Ogden, who trains in Phoenix, is 32nd.\n\n"
        "Patience was the key to Lund's success, he said. \"Staying calm is what matters "
        'most out there."\n\n'
        "Tom Berg was second with 86.20.\n\n"
        '"I was just trying to hit my routines," Berg said.'
    )
    said = speakers_of(drafted(tmp_path, text))
    assert said["Staying calm is what matters most out there."] == "Kai Lund"


def test_he_said_after_a_possessive_of_unknown_sex_is_nobodys(tmp_path: Path) -> None:
    text = (
        "Kai Lund won the national all-around title on Thursday night.\n\n"
        '"I feel really lucky," Lund said.\n\n'
        "Women's finals are tonight. Dana Reeve of Ogden, who trains in Phoenix, is 32nd.\n\n"
        "Patience was the key to Lund's success, he said. \"Staying calm is what matters "
        'most out there."\n\n'
        "Tom Berg was second with 86.20.\n\n"
        '"I was just trying to hit my routines," Berg said.'
    )
    said = speakers_of(drafted(tmp_path, text))
    assert "Staying calm is what matters most out there." not in said


def test_a_time_after_a_pronouns_clause_is_never_the_listed_names(tmp_path: Path) -> None:
    text = (
        "With a start-to-finish victory, Ana Tiro became the youngest senior winner since "
        "1985 in Guiyang on Saturday.\n\n"
        "Still only 19, the junior silver medallist and two-time world junior 5000m bronze "
        "medallist on the track went out strongly, not intimidated in the slightest by the "
        "likes of two-time world cross-country champion Ema Chebo and a strong set of rivals "
        "as she triumphed by a five-second margin in 26:01.\n\n"
        '"I am very happy," Tiro said. "I had no fear, I was just trying to run my own '
        'race."\n\n'
        '"She was strong and held on," said Sena Tefe, the runner-up, of Tiro.'
    )
    times = facts(drafted(tmp_path, text), "time")
    assert not [t for t in times if t[0] == "Ema Chebo"]


def test_a_sponsor_is_never_a_person() -> None:
    """A results page's jerseys (the restored copy of a tuning article, 44): the companies
    after ``sponsored by`` were offered as options of "Who said this?" and "Who won?"."""
    text = (
        "Maglia Azzurra (blue), mountains leader, sponsored by Banca Mediolanum – Jon Dommen "
        "(Emirates Blue). The prize, presented by Enel Verde, went to Atti Val, who was "
        "supported by Mara Lind all day."
    )
    things = {
        " ".join(run.words) for run in name_runs(text, frozenset()) if written_as_thing(text, run)
    }
    assert things == {"Banca Mediolanum", "Enel Verde", "Emirates Blue"}  # (a team in brackets)


def test_wire_copy_wrapped_with_a_long_caption_line_is_unwrapped(tmp_path: Path) -> None:
    """No blank line anywhere, lines wrapped at 65 characters, and one caption line past
    100: the rest still runs on into paragraphs (the 28th set's 14 drafted one question)."""
    text = (
        "SYDNEY, Australia -- Dom Mahon woke up from his nap just in time\n"
        "to see his mother win a gold medal in the first Olympic triathlon.\n"
        "| | Mia Jonas collapses after losing to Britta Mahon by two seconds for the women's "
        "triathlon gold medal. |\n"
        "Switzerland's Britta Mahon outswam the field and then sprinted away\n"
        "to win the women's triathlon on Saturday, pulling away from\n"
        "Australia's Mia Jonas in the final 100 meters.\n"
        "Jonas took silver, two seconds behind, and Switzerland's Maga Messer\n"
        "was third. Jo Zeigler, a doctoral student from Baltimore, was fourth.\n"
        '"It was a totally awesome experience. I do not feel a tiny bit\n'
        'frustrated by just missing a medal," said Zeigler, who finished\n'
        "45 seconds behind. Shel Tamora, a former waitress from Livonia,\n"
        "placed sixth."
    )
    result = drafted(tmp_path, text)
    said = quotations(result)
    assert [who for who, _ in said] == ["Jo Zeigler"]
    assert "frustrated by just missing a medal" in said[0][1]
    places = {(who, value) for who, _, value in facts(result, "place")}
    assert {("Maga Messer", 3), ("Jo Zeigler", 4), ("Shel Tamora", 6)} <= places


def test_a_signature_with_a_country_after_a_comma_is_the_speaker(tmp_path: Path) -> None:
    text = (
        "Looking back at the 1995 final\n\n"
        "“The atmosphere at that World Cup was nothing short of electric; it was an amazing "
        "place.” – Frans Pienar, South Africa.\n\n"
        "“I was either early out or late back into the changing room, so I was probably the "
        "only one out there.” – Andy Mertens, New Zealand.\n\n"
        "“Sport speaks a language that is understood by everybody.” – Nelson Mandal.\n\n"
        "“We knew it would be close.” – Frans Pienar, Andy Mertens."
    )
    said = speakers_of(drafted(tmp_path, text))
    assert (
        said[
            "The atmosphere at that World Cup was nothing short of electric; it was an "
            "amazing place."
        ]
        == "Frans Pienar"
    )
    assert (
        said[
            "I was either early out or late back into the changing room, so I was "
            "probably the only one out there."
        ]
        == "Andy Mertens"
    )
    assert "We knew it would be close." not in said  # two people: whose?


def test_initials_with_full_stops_describe_a_speaker(tmp_path: Path) -> None:
    text = (
        "Canada beat the United States 5-4 in overtime in the final on Saturday.\n\n"
        "“It was a strange play, you yell at the people who are changing,” said U.S. forward "
        "Jo Lamour.\n\n"
        "“We were sick of silver,” said Canada captain Caro Ouelle.\n\n"
        "Meg Agos and Hay Wicken also scored for Canada."
    )
    said = speakers_of(drafted(tmp_path, text))
    assert said["It was a strange play, you yell at the people who are changing"] == "Jo Lamour"


def test_a_participle_before_a_colon_speaks_for_the_one_named_in_its_clause(
    tmp_path: Path,
) -> None:
    text = (
        "Nick Mathers beat Greg Gautier 6-11 11-9 11-6 11-5 in the final on Sunday.\n\n"
        "Several decisions caused the crowd to boo loudly and eventually Gautier lost his "
        'patience telling the British official: "You never hesitate to give a no let against '
        'me," a comment that earned a warning.\n\n'
        'Several calls went against Mathers and Gautier kept on, telling the referee: "That '
        'was a let and you know it."\n\n'
        '"It was my best performance," said Nicol Davin, who beat Jen Duncan in the final.'
    )
    said = speakers_of(drafted(tmp_path, text))
    assert said["You never hesitate to give a no let against me"] == "Greg Gautier"
    assert said.get("That was a let and you know it.") in (None, "Greg Gautier")


def test_a_cut_copy_keeps_a_speaker_that_ends_a_sentence(tmp_path: Path) -> None:
    text = (
        "Guo Yu beat Li Xia 4-3 in the women's singles final on Saturday.\n\n"
        '"It was a difficult game," said Guo. "But the doubles semifinal will be harder."\n\n'
        '"I lost the final but had won the semifinal against Zhang Yi," said Li. "Wi'
    )
    said = speakers_of(drafted(tmp_path, text, closing=False))  # (the copy ends cut)
    assert said["I lost the final but had won the semifinal against Zhang Yi"] == "Li Xia"


_LUGE = (
    "2016/2017 World Cup – Women’s Luge – Race 7\n\n"
    "Coming into the second run, Tanja Hufen had a slight lead over her teammate Nat "
    "Geisen. On that second run Geisen broke the track record, and Hufen was only third "
    "quickest in the heat.\n\n"
    "Kim McRay finished fifth in the women's luge as the top North American, while Miri "
    "Kastl finished sixth.\n\n"
    "Sum Britch led the way for the United States. She came into her second run in fourth "
    "place, but struggled on that second run.\n\n"
    "Results:\n\n"
)


def test_a_results_table_under_a_bare_label_is_the_races(tmp_path: Path) -> None:
    """Column names, then rows numbered with no full stop, each with a nation's code and
    several times: the last column (Total) is the race's time; the last row, cut short by
    the stored copy (``1:22``), gives its place and no time."""
    rows = (
        "Pos Name Nation Bib Start 1 Start 2 Run 1 Run 2 Total "
        "1 Nat Geisen GER 23 6.805 6.801 41.287 41.101 1:22.388 "
        "2 Tanja Hufen GER 24 6.737 6.723 41.248 41.141 1:22.389 "
        "3 Tati Ivanov RUS 22 6.778 6.837 41.386 41.283 1:22.669 "
        "4 Daja Eitber GER 10 6.872 6.857 41.601 41.112 1:22.713 "
        "5 Kim McRay CAN 16 6.810 6.810 41.510 41.395 1:22"
    )
    result = drafted(tmp_path, _LUGE + rows, closing=False)  # (the copy ends cut, in the table)
    places = {(who, event, value) for who, event, value in facts(result, "place")}
    assert ("Nat Geisen", "women's luge", 1) in places
    assert ("Daja Eitber", "women's luge", 4) in places
    times = {(who, value) for who, _, value in facts(result, "time")}
    assert ("Nat Geisen", "1:22.388") in times
    assert ("Tati Ivanov", "1:22.669") in times
    assert not [t for t in times if t[0] == "Kim McRay"]  # cut short
    assert not [p for p in places if p[0] == "Sum Britch"]  # fourth between the runs
    assert not [p for p in places if p[0] in ("Nation Bib Start", "Start", "Run")]


def test_a_results_table_with_a_row_a_line(tmp_path: Path) -> None:
    rows = (
        "Pos Name Nation Bib Total\n"
        "1 Nat Geisen GER 23 1:22.388\n"
        "2 Tanja Hufen GER 24 1:22.389\n"
        "3 Tati Ivanov RUS 22 1:22.669\n"
        "4 Daja Eitber GER 10 1:22"
    )
    result = drafted(tmp_path, _LUGE + rows, closing=False)  # (the copy ends cut, in the table)
    places = {(who, value) for who, _, value in facts(result, "place")}
    assert {("Nat Geisen", 1), ("Tanja Hufen", 2), ("Tati Ivanov", 3)} <= places
    times = {(who, value) for who, _, value in facts(result, "time")}
    assert ("Tati Ivanov", "1:22.669") in times
    assert not [t for t in times if t[0] == "Daja Eitber"]  # cut short


def test_column_names_under_no_label_name_no_race(tmp_path: Path) -> None:
    """The same table after prose with no label or heading above it: which race it lists
    is not told."""
    rows = (
        "Pos Name Nation Bib Total 1 Nat Geisen GER 23 1:22.388 2 Tanja Hufen GER 24 "
        "1:22.389 3 Tati Ivanov RUS 22 1:22.669"
    )
    result = drafted(tmp_path, _LUGE.replace("Results:\n\n", "") + rows)
    assert not [p for p in facts(result, "place") if p[0] == "Tati Ivanov"]


def test_an_allround_skating_report_reads_skaters_times(tmp_path: Path) -> None:
    """'allround' and 'paired' tell speed skating (two of its words): a 3000m in 4:02.69
    fits it (never a runner's)."""
    text = (
        "Irene Wust and Sven Kraamer won the World Allround title this weekend in Moscow.\n\n"
        "Sablik won the 3000m, but Irene Wust finished right behind her in 4:02.69. Wust was "
        "paired with Yeka Lobys in the 500m.\n\n"
        '"I am proud of this title," Wust said.'
    )
    times = {(who, event, value) for who, event, value in facts(drafted(tmp_path, text), "time")}
    assert ("Irene Wust", "3000m", "4:02.69") in times


def test_a_win_over_with_set_scores_in_brackets_in_an_as_clause(tmp_path: Path) -> None:
    """``Boskovic led from the front as Serbia successfully defended their title following
    a 3-0 (26-24, 25-22, 25-17) win over Brazil``: Serbia's, the sets in brackets between
    (asked with the score, as they add up to it)."""
    text = (
        "Tia Bosko led from the front as Serbia successfully defended their title following "
        "a 3-0 (26-24, 25-22, 25-17) win over Brazil in the final of the World Championship "
        "on Saturday.\n\n"
        "Gabi Guima and Carol Ana scored nine points each for Brazil.\n\n"
        '"We wanted this so much," said Bosko.'
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert [(who, value) for who, _, value in scores] == [
        ("Serbia", ("Brazil", "3-0 (26-24, 25-22, 25-17)"))
    ]


def test_an_as_clause_naming_someone_else_before_the_win_gives_nothing(tmp_path: Path) -> None:
    text = (
        "Tia Bosko led from the front as Serbia watched Italy ease to a 3-0 win over Brazil "
        "in the bronze match on Saturday.\n\n"
        "Gabi Guima and Carol Ana scored nine points each for Brazil.\n\n"
        '"We wanted this so much," said Bosko.'
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert not [s for s in scores if s[0] == "Serbia"]


def test_a_sentence_opening_on_another_year_gives_no_result(tmp_path: Path) -> None:
    """``Last year, Quill won the 1500m in 4:03.10`` in a report of this year's 1500m: her
    time was asked as this race's (the win was kept out only by a clash of winners)."""
    text = (
        "Anna Lind won the 1500m at the national championships on Sunday in 4:01.22, ahead of "
        "Mia Berg and Sara Holm.\n\n"
        "Last year, Tova Quill won the 1500m in 4:03.10. Four years ago, Rita Moll was "
        "second in 4:05.00.\n\n"
        '"I am so happy," said Lind, who had never beaten Quill before.'
    )
    result = drafted(tmp_path, text)
    named = {who for kind in ("time", "medal", "place") for who, _, _ in facts(result, kind)}
    assert "Anna Lind" in named
    assert not named & {"Tova Quill", "Rita Moll"}


def test_a_kin_sharing_the_surname_leaves_it_to_the_other(tmp_path: Path) -> None:
    """``Her brother, Taylor Shiffrin, ...`` (held-out 22/17): the bare ``Shiffrin`` of
    every attribution after it is still the skier, and the brother's full name his own."""
    text = (
        "ARE, Sweden — American skier Mika Shiffer set the World Cup record for career "
        "victories with 87 by winning a slalom Saturday.\n\n"
        '"Pretty hard to comprehend," Shiffer said about the record.\n\n'
        "After the final run she rested her head on her knees. Her brother, Tay Shiffer, then "
        "came out and hugged her during the ceremony.\n\n"
        '"My brother and sister-in-law are here, and I did not know they were coming," '
        "Shiffer said.\n\n"
        "Wendy Holden was second and Anna Larsson third, with Lena Duerr fourth."
    )
    said = speakers_of(drafted(tmp_path, text))
    assert said["Pretty hard to comprehend"] == "Mika Shiffer"
    assert said["My brother and sister-in-law are here, and I did not know they were coming"] == (
        "Mika Shiffer"
    )


def test_a_cricket_scorecard_line_tells_the_winner(tmp_path: Path) -> None:
    """``Australia 184 for 4 (Mooney 78*, Healy 75) beat India 99 all out (Sharma 33) by 85
    runs``: the innings and their figures stand between the sides and the verb."""
    text = (
        "Australia 184 for 4 (Mooney 78*, Healy 75, Sharma 2-38) beat India 99 all out (Sharma "
        "33, Schutt 4-18, Jonassen 3-20) by 85 runs\n\n"
        "Alyssa Heal and Beth Moon made the runs, Megan Shutt took four wickets and Meg Lann "
        "lifted the trophy.\n\n"
        '"It was a special night," said Lann.'
    )
    beat = facts(drafted(tmp_path, text), "beat")
    assert [(who, value) for who, _, value in beat] == [("Australia", ("India", ""))]
