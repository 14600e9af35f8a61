"""Quotations whose speaker the article does name, in forms the reader missed (issue 21;
counted over the nineteenth to thirtieth blind sets on eec18f6: 9 of the 80 missed
quotations), in articles of our own:

- the British single marks in an article that quotes once (``'He'll need a Harley
  Davidson,' Bryn Vaile said.``): till now two such paragraphs were needed;
- a team's name before the role and the name (``Red Wings coach Mike Babcock said``);
- a nickname quoted inside the full name (``Naoya ‘Monster’ Inoue``), which left the
  fighter with no full name and ``"...," Inoue said`` with nobody to credit;
- someone else's quoting (``the BWF's website quoted Srikanth as saying``, ``Marchand was
  quoted by Olympics.com as saying``);
- a description with its name in apposition (``said the Oxford president, Anastasia
  Chitty,``);
- a player's position before the name (``left back Mikkel Hansen``), which makes a person
  an option of "Who said this?".

And the guards: an apostrophe is no quotation mark, a quoted word between a verb and a name
is no nickname, and a club's name alone is never a speaker.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, speaker_of, speakers_of, who_said_options

from quizcli.draft.nicknames import without_nicknames
from quizcli.draft.people import Cast, lowercase_vocabulary


def test_one_single_marked_quotation_with_its_attribution_is_read(tmp_path: Path) -> None:
    text = (
        "Svoboda takes the title in Sheffield\n\n"
        "Ales Svoboda of the Czech Republic won the world title yesterday, with Pierre Rouet "
        "of France second and Janos Marton of Hungary third. The defending champion, Rick "
        "Phillips, could not catch them in the cross-country race.\n\n"
        "Phillips was trailing Hungary's Laszlo Fabo by 371 points before the run. 'He'll "
        "need a motorbike,' Bryn Vale said. The press officer's joke went round the hall.\n\n"
        "It was the host nation's worst day of the week."
    )
    assert speaker_of(drafted(tmp_path, text), "He'll need a motorbike") == {"Bryn Vale"}


def test_an_apostrophe_alone_does_not_make_single_marks(tmp_path: Path) -> None:
    text = (
        "Kerr's night in Oslo\n\n"
        "Josh Kerr of Britain won the men's 1500m in 3:29.10 on Thursday, ahead of Yared "
        "Nuguse's late charge. The Scot's 'plan' worked, said the meeting's director.\n\n"
        '"I knew I had it with 100 to go," Kerr said.'
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "I knew I had it") == {"Josh Kerr"}
    assert not speaker_of(result, "plan")


def test_a_teams_name_before_the_coach_names_the_coach(tmp_path: Path) -> None:
    text = (
        "Wild win the shootout\n\n"
        "Marian Gabor scored twice as the Minnesota Wild beat the Detroit Red Wings 6-5 in a "
        "shootout on Wednesday night.\n\n"
        "''We had the lead in the final minute and we close that game out,'' Dan Clearwater "
        "said.\n\n"
        "''Every once in a while you need a reminder that you have to work for 60 minutes,'' "
        "Red Wings coach Mike Babcox said.\n\n"
        "Goalie Chris Osgoode stopped 30 shots in defeat."
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "Every once in a while") == {"Mike Babcox"}
    assert speaker_of(result, "We had the lead") == {"Dan Clearwater"}


def test_a_quoted_nickname_inside_a_name_leaves_the_name_whole(tmp_path: Path) -> None:
    assert without_nicknames("Naoya ‘Monster’ Inoue beat Nonito ‘The Filipino Flash’ Donaire") == (
        "Naoya Inoue beat Nonito Donaire"
    )
    assert without_nicknames('Saul "Canelo" Alvarez won') == "Saul Alvarez won"
    # a quoted word after a verb, a lower-case word or an acronym is no nickname
    for kept in ('The word "Great" Smith', 'He told BBC "Great" Then', "“Great race,” Smith said"):
        assert without_nicknames(kept) == kept
    text = (
        "Inoue unifies the division\n\n"
        "Naoyo ‘Monster’ Inoua outpointed Nonito ‘The Filipino Flash’ Donairo over 12 rounds "
        "in Saitama, with scores of 117-109, 116-111 and 114-113.\n\n"
        "The unbeaten Inoua suffered a cut over his right eye in the second round.\n\n"
        "“Donairo was a very, very strong opponent,” Inoua said.\n\n"
        "“We have seen a drama tonight,” said Kalle Sauerlund, chief boxing officer of the "
        "series."
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "Donairo was a very") == {"Naoyo Inoua"}
    assert "Monster" not in " ".join(speakers_of(result))


def test_someone_elses_quoting_names_the_speaker(tmp_path: Path) -> None:
    text = (
        "Loh beats Kidambo for the world title\n\n"
        "Singapore's Loh Kean Yeo defeated India's Kidambo Srikanthe in the final 21-15, "
        "22-20 in 43 minutes, and Lakshya Sena took bronze.\n\n"
        '"I had my chances in both games, and he played very well," the federation\'s '
        "website quoted Srikanthe as saying.\n\n"
        '"This is the best day of my life," Loh Kean Yeo was quoted by Olympics.com as '
        "saying."
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "I had my chances") == {"Kidambo Srikanthe"}
    assert speaker_of(result, "This is the best day") == {"Loh Kean Yeo"}


def test_a_description_with_the_name_in_apposition(tmp_path: Path) -> None:
    text = (
        "Oxford win on the Tideway\n\n"
        "Oxford pulled away to win the women's race by six lengths in 19 minutes 45 seconds, "
        "with Cambridge never in touch after the first bend.\n\n"
        '"To row on the same stage as the men is extremely humbling," said the Oxford '
        'president, Anastasia Chitt, after the race. "We started moving away early on."\n\n'
        '"It played out as we had hoped," said Caryn Davis, the Oxford stroke.'
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "To row on the same stage") == {"Anastasia Chitt"}


def test_a_players_position_makes_a_person_to_choose(tmp_path: Path) -> None:
    text = (
        "Denmark crush Germany for gold\n\n"
        "Denmark beat Germany 39-26 in the final as left back Mikkel Hanse retired on a "
        "high.\n\n"
        "Centre back Juri Knor scored six while right back Renars Uscin and line player "
        "Jannik Kohlbach each added four.\n\n"
        '"From the start to the end they were the better team and we could not reach our '
        "level,\" said Germany's top scorer Knor."
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "From the start to the end") == {"Juri Knor"}
    assert {"Mikkel Hanse", "Renars Uscin", "Jannik Kohlbach"} <= who_said_options(result)


def test_a_clubs_name_alone_before_said_is_no_speaker(tmp_path: Path) -> None:
    text = (
        "Dortmund through to the final\n\n"
        "Borussia Dortmund beat Paris Saint-Germain 1-0 in the first leg on Wednesday, with "
        "Niclas Fuelkrug scoring the only goal.\n\n"
        '"We are delighted with the result," Borussia Dortmund said in a statement.\n\n'
        '"It was a special night," Dortmund coach Edin Terzik said.'
    )
    result = drafted(tmp_path, text)
    assert not speaker_of(result, "We are delighted")
    assert speaker_of(result, "It was a special night") == {"Edin Terzik"}


def test_a_right_mark_that_opens_a_quotation(tmp_path: Path) -> None:
    text = (
        "Kiptam breaks the record in Chicago\n\n"
        "Kenya's Kelvin Kiptam won the Chicago Marathon in 2:00:35 while Sifan Hasan won the "
        "women's race.Kiptam crushed the old world record of 2:01:09.”I feel so happy,” "
        "Kiptam said. “I was not prepared for this.”It was his third win in as many starts."
        "”I ran so great today,” Hasan said."
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "I feel so happy") == {"Kelvin Kiptam"}
    assert speaker_of(result, "I ran so great") == {"Sifan Hasan"}
    assert not speaker_of(result, "It was his third win")


def test_a_name_written_alone_with_an_age_is_a_person(tmp_path: Path) -> None:
    # the article never writes either player's first name
    text = (
        "Alcarez beats Djokovik again\n\n"
        "Alcarez won 6-2, 6-2, 7-6 (4) for a second straight title on the grass. And to "
        "think: he is still just 21.\n\n"
        '"He just was better than me in every aspect of the game," said the 37-year-old '
        'Djokovik, who had knee surgery six weeks ago. "In movement, in the way he was '
        'striking the ball beautifully, serving great."\n\n'
        "Last year, Djokovik recalled, “We went toe to toe in a long final.”"
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "He just was better") == {"Djokovik"}
    assert speaker_of(result, "We went toe to toe") == {"Djokovik"}


def test_an_age_alone_makes_no_person_of_a_word_of_a_full_name_or_a_description() -> None:
    cast = Cast(lowercase_vocabulary([_GUO]))
    for paragraph in _GUO.split("\n\n"):
        cast.learn(paragraph)
    assert cast.resolve(("Djokovik",)) == "Djokovik"  # aged, named twice: a person
    assert cast.resolve(("Guo",)) is None  # a word of "Guo Yue" and of "Guo Yan"
    assert cast.resolve(("Yorkshireman",)) is None  # aged once: a description
    assert "Guo" not in cast.people() and "Djokovik" in cast.people()


_GUO = (
    "Guo Yue beat compatriot Li Xiaoxa 4-3 in the final on Saturday, while Zhang Yinin and "
    "Guo Yan took bronze.\n\n"
    "The 18-year-old Guo was jolted awake in the fifth set. Guo won the sixth 11-2.\n\n"
    "The 31-year-old Yorkshireman watched from the stands.\n\n"
    "The 37-year-old Djokovik watched too. Djokovik said he enjoyed it."
)
