"""The poor questions of the eleventh blind judge set (issue 21,
tests/data/draft_corpus/holdout11; its first run: 35 drafted, 30 right, 5 poor, none wrong)
and its refusals, each as a class of its own in articles written for these tests:

- a side written as someone's (``Barcelona’s victory followed a 1-0 win over Espanyol``)
  is the side, never ``Barcelona’s``;
- a climb a stage finishes on (``at the top of Larra Belagua, the 28-year-old Dane
  finished``) is a place, never a speaker offered in "Who said this?";
- a personal best from another race (``her personal best of 2:19:35 in Milan last April``)
  is no time of this race;
- an Icelandic and a Hungarian article are refused by their language's name (they were
  called Norwegian, and read as English);
- a name glued to its first name by a scraped page (``ElaineThompson-Herah``) is parted
  where the article writes its surname alone, so ``Thompson-Herah said`` is hers.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_articles import drafted, facts, options, quotations, speaker_of

from quizcli.draft import DraftError, draft


def test_a_possessive_side_is_the_side(tmp_path: Path) -> None:
    text = (
        "Barcelona scored twice late on for a win at Villarreal on Saturday.\n\n"
        "Barcelona’s victory followed a fortuitous 1-0 win over Espanyol last week in the "
        "new coach's debut."
    )
    scores = {(w, v) for w, _, v in facts(drafted(tmp_path, text), "score")}
    assert ("Barcelona", ("Espanyol", "1-0")) in scores, scores


def test_a_climb_is_no_speaker(tmp_path: Path) -> None:
    text = (
        "Jonas Vinter is once again the leader of the Tour of Spain. At the mountain stage "
        "finish at the top of Larra Belagua, the 28-year-old Dane finished in the group of "
        "favourites, and took the jersey from Tor Traen.\n\n"
        "On the final climb to Larra Belagua, the pace was increased. The stage win went to "
        "Jay Vinn.\n\n"
        '"I am very happy to wear the red jersey again," Vinter said. "Being in the lead '
        'always feels great," he added.\n\n'
        '"It was a hard day for the team," said Tor Traen.\n\n'
        '"I went early and it paid off," said Jay Vinn.'
    )
    result = drafted(tmp_path, text)
    assert "Larra Belagua" not in options(result), options(result)


def test_a_best_from_another_race_is_no_time_of_this_one(tmp_path: Path) -> None:
    text = (
        "BERLIN: Gotytom Selase won the women's Berlin Marathon on Sunday in 2:20:09.\n\n"
        "Hiwot Kidan was second. Kidan remains the fastest woman in the world over the "
        "distance this year, having clocked her personal best of 2:19:35 in Milan last April."
    )
    times = set(facts(drafted(tmp_path, text), "time"))
    assert not [t for t in times if t[2] == "2:19:35"], times


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "Icelandic",
            "Ashleigh Barty vann opna ástralska meistaramótið í tennis í dag. Hún sigraði "
            "Danielle Collins í úrslitaleiknum og það var fyrsti sigur hennar á mótinu. Barty "
            "hefur ekki tapað setti á mótinu og er efst á heimslistanum. Hún sagði eftir "
            "leikinn að það væri draumur að vinna á heimavelli fyrir framan áhorfendur.",
        ),
        (
            "Hungarian",
            "Roger Federer három szettben verte az olasz Matteo Berrettinit, és ezzel bejutott "
            "a legjobb nyolc közé. A svájci játékos már csak egy lépésre van attól, hogy a "
            "tornán ismét döntőt játsszon, és azt mondta, hogy nem volt könnyű a mérkőzés, "
            "mint ahogy azt sokan gondolták a meccs után.",
        ),
    ],
)
def test_a_foreign_article_is_named_by_its_language(
    tmp_path: Path, language: str, text: str
) -> None:
    path = tmp_path / "foreign.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DraftError, match=f"looks like {language}"):
        draft([path])


def test_a_name_glued_to_its_first_name_is_parted(tmp_path: Path) -> None:
    text = (
        "Jamaican ElaineThompson-Harte, the repeat Olympic sprint double champion, won the "
        "Diamond League 100m final in Zurich in a meet record 10.65 seconds.\n\n"
        "She described the season as “a crazy season”. “I was so consistent because I was "
        "keeping the faith in me,” Thompson-Harte said.\n\n"
        "Tim McDonald and LeBron Jamison watched from the stands; McDonald said nothing."
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "I was so consistent") == {"Elaine Thompson-Harte"}
    named = {who for who, _ in quotations(result)} | set(options(result))
    assert not [n for n in named if n in ("Mc Donald", "Le Bron")], named
