"""The wrong and poor questions of the fifteenth blind judge set (issue 21,
tests/data/draft_corpus/holdout15; its first run: 68 drafted, 56 right, 1 wrong, 11 poor),
and those its re-run showed after the night's recall changes, in articles of our own:

- a title's distance is no race run here (``world 1500m champion Wightman taking silver``
  in a report of the 800m), while the race being told is carried;
- a stage told in passing (``after claiming the yellow jersey on stage seven``, ``winner of
  stage seven's summit finish``) is carried to no later place;
- no "Who said this?" option is a position opening a sentence (``Center Rob Niedermayer``),
  a school named for a place (``Wayne Hills``) or a page's brand parted in two
  (``UrduPoint`` beside ``Pakistan Point News``);
- a copy cut inside a name (``said Zimbabwe skipper Graeme Creme``) gives no speaker of it;
- an article in another alphabet is refused by its language (a Bulgarian one had drafted
  "nothing to ask").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts, options, quotations

from quizcli.draft import DraftError, draft


def test_a_titles_distance_is_no_race_run_here(tmp_path: Path) -> None:
    text = (
        "Mario Garza of Spain held off Britain's Jack Whitman to win the men's European 800m "
        "title in Munich on Sunday.\n\n"
        "Garza clocked a personal best of 1min 44.85sec for gold, world 1500m champion "
        "Whitman taking silver in 1:44.91.\n\n"
        '"I came here to get one of these medals," Whitman said.'
    )
    result = drafted(tmp_path, text)
    medals = facts(result, "medal")
    assert [m for m in medals if m[0] == "Jack Whitman"] == [("Jack Whitman", "800m", 2)], medals
    assert not [m for m in medals if "1500" in (m[1] or "")], medals
    times = facts(result, "time")
    assert ("Jack Whitman", "800m", "1:44.91") in times, times


def test_a_titles_distance_that_is_the_race_told_still_names_it(tmp_path: Path) -> None:
    text = (
        "Olympic 1500m champion Jonas Berg won the 1500m in Oslo on Thursday in 3:29.63, "
        "ahead of Tim Hale and Yared Abebe.\n\n"
        '"It was a good race," Berg said.'
    )
    times = facts(drafted(tmp_path, text), "time")
    assert ("Jonas Berg", "1500m", "3:29.63") in times, times


def test_a_stage_told_in_passing_is_carried_to_no_later_place(tmp_path: Path) -> None:
    text = (
        "Pavel Sagal may not have kept up with Marc Kavan as the Manxman won his fourth stage "
        "of the Tour of California, but he did just enough to secure the title.\n\n"
        "Sagal leapfrogged Julien Alaphon, winner of stage seven's summit finish at Mt Baldy, "
        "into first place overall.\n\n"
        "Alaphon said after claiming the yellow jersey on stage seven that he would keep "
        "working for Kavan.\n\n"
        "Team Sky finished with three riders in the top 10, with Sergio Henau claiming third, "
        "Ian Bosworth seventh and Peter Kenna ninth.\n\n"
        '"After the finish I did not know if I was third or fourth and I had to wait," Sagal '
        'said. "I am very pleased with the whole team today."\n\n'
        '"It was a long week for all of us," said Kavan.'
    )
    places = facts(drafted(tmp_path, text), "place")
    assert not [p for p in places if p[1] == "stage 7"], places


def test_a_position_opening_a_sentence_is_no_part_of_a_name(tmp_path: Path) -> None:
    text = (
        "Dave Lowe scored in overtime to give the Florida Herons a 4-3 win on Thursday.\n\n"
        "Center Rob Neidermann, who hadn't scored in eight playoff games, scored twice. And "
        "goalie John Vanbrook stopped 43 shots.\n\n"
        '"I guess I just got a lucky break," Lowe said. "Eddie played a great game," said '
        'coach Doug McLane. "We were all over them," Neidermann said. "It was loud in here," '
        "said Vanbrook."
    )
    named = options(drafted(tmp_path, text))
    assert "Rob Neidermann" in named, named
    assert not [n for n in named if n.startswith("Center")], named


def test_a_school_named_for_a_place_is_no_person(tmp_path: Path) -> None:
    text = (
        "Wayne Ridge senior guard Kareem Coubard is tough enough to guard when you can focus "
        "your entire defensive game plan on him.\n\n"
        "When the Indians get the kind of contributions from the supporting cast that they did "
        "on Friday afternoon against Wayne Hills, he is almost impossible to contain.\n\n"
        "Coubard exploded for 15 of his game-high 27 points in the third quarter as Wayne "
        "Ridge rolled to a 74-55 road victory over its rival.\n\n"
        '"We were playing on our heels from the start in that game," Wayne Ridge head coach '
        'Mike De Moor said. "We came together as a team in this game."\n\n'
        "Point guard Frankie Dedo opened things up.\n\n"
        '"I just kept shooting," Coubard said. "Frankie found me every time."'
    )
    named = options(drafted(tmp_path, text))
    assert "Wayne Hills" not in named, named


def test_a_pages_brand_is_not_parted_into_a_name(tmp_path: Path) -> None:
    text = (
        "Munich, Germany, (APP - UrduPoint / Pakistan Point News - 22nd Aug, 2022 ) : Mario "
        "Garza of Spain held off Jack Whitman to win the men's 800m title on Sunday.\n\n"
        '"I was feeling strong," Garza said. "I came here to get one of these medals," '
        'Whitman said. "It was a great race to watch," said Ellie Baker.'
    )
    named = options(drafted(tmp_path, text))
    assert "Urdu Point" not in named, named


def test_a_name_cut_at_the_end_of_a_copy_is_no_speaker(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_text(
        "Sri Lanka chased 388 to beat Zimbabwe by four wickets in Colombo on Tuesday.\n\n"
        '"It has been a really good five days," Dinesh Chandra said.\n\n'
        '"It is always tough when you are batting in the fourth innings," he added.\n\n'
        '"Disappointing but credit to Sri Lanka, to chase 388 is pretty special," said '
        "Zimbabwe skipper Graeme Creme",
        encoding="utf-8",
    )
    spoken = quotations(draft([path]))
    assert not [who for who, _ in spoken if "Creme" in who or who == "Graeme"], spoken
    assert [who for who, _ in spoken] == ["Dinesh Chandra", "Dinesh Chandra"], spoken


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "„Прекрасно разбирам, че в мача срещу Стан имах късмет“, заяви Роджър Федерер след "
            "трудната победа над Вавринка на полуфинал в Лондон. Маестрото победи своя "
            "сънародник в три сета 4-6, 7-5, 7-6 (8-6), като двубоят продължи близо три часа. "
            "Мисля, че се получи впечатляващ мач и зрителите останаха доволни.",
            "Bulgarian",
        ),
        (
            "Ο Στέφανος Τσιτσιπάς κέρδισε τον Ντανιίλ Μεντβέντεφ με 6-3, 6-4 στον τελικό του "
            "τουρνουά και δήλωσε ότι είναι πολύ χαρούμενος για τη νίκη του μπροστά στο κοινό "
            "της Αθήνας, που τον στήριξε από την αρχή ως το τέλος του αγώνα.",
            "Greek",
        ),
        (
            "Российский теннисист Даниил Медведев обыграл Стефаноса Циципаса со счётом 6-3, "
            "6-4 в финале турнира и заявил, что очень доволен своей игрой и поддержкой "
            "зрителей, которые были с ним с первого до последнего мяча этого матча.",
            "Russian",
        ),
    ],
)
def test_an_article_in_another_alphabet_is_named(tmp_path: Path, text: str, language: str) -> None:
    path = tmp_path / "other.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DraftError, match=f"looks like {language}$"):
        draft([path])


def test_an_english_report_with_names_in_another_alphabet_is_english(tmp_path: Path) -> None:
    text = (
        "Daniil Medvedev beat Stefanos Tsitsipas 6-3 6-4 in the final on Sunday. Moscow's "
        "papers wrote his name as Даниил Медведев, and Athens' wrote Στέφανος Τσιτσιπάς.\n\n"
        '"It was a very good week for me," Medvedev said.'
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert [(w, v) for w, _, v in scores] == [
        ("Daniil Medvedev", ("Stefanos Tsitsipas", "6-3 6-4"))
    ]
