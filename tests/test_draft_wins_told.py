"""Wins told without a medal word (quizcli.draft.podiums, quizcli.draft.events): a keirin
title, a kayak final named by its boat, a cycling classic won solo; and the traps beside
them: a heat won, another discipline's title for the other sex, an earlier year's title.

Each article here is written for these tests, in the shapes wire reports use.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

TRACK = (
    "Norway's Lars Brekke dived inside the leaders on the final bend and win the men's "
    "keirin title at the track cycling world championships on Sunday.\n\n"
    "Earlier, the home rider Ellen Moss took the women's sprint crown in front of a full "
    "velodrome. Ana Lutz was second.\n\n"
    '"I saw the gap and I went for it," Brekke said. "There was no time to think."'
)


def test_a_keirin_title_won_and_another_disciplines_crown_for_women(tmp_path: Path) -> None:
    result = drafted(tmp_path, TRACK.replace("and win", "to win"))
    medals = set(facts(result, "medal"))
    assert ("Lars Brekke", "men's keirin", 1) in medals
    # "the women's sprint crown" is no keirin: neither Moss nor Lutz is placed in one (Lutz
    # is second in the women's sprint, a race of its own)
    placed = medals | set(facts(result, "place"))
    assert not [m for m in placed if m[0] in ("Ellen Moss", "Ana Lutz") and "keirin" in m[1]]
    assert not [m for m in placed if m[0] == "Ana Lutz" and m != ("Ana Lutz", "women's sprint", 2)]
    prompts = {q.prompt for q in result.bank.questions}
    assert not [p for p in prompts if "women's keirin" in p], prompts


def test_a_title_won_after_and(tmp_path: Path) -> None:
    medals = set(facts(drafted(tmp_path, TRACK), "medal"))
    assert ("Lars Brekke", "men's keirin", 1) in medals


CANOE = (
    "Jan Vos won his first men's worlds K1 1000m final in Szeged, beating the holder Ola "
    "Lind of Sweden by half a second.\n\n"
    "Rosa Kahn became the first Chilean to win a women's world K1 500m title.\n\n"
    "Tom Reyes, the C1 1000 champion, won his first K1 500m title in 2019 and was fourth "
    "here. Mia Holt won the K1 200m heat in the morning.\n\n"
    '"It hurt all the way," Vos said. "The last hundred metres were the longest."'
)


def test_a_kayak_final_named_by_its_boat(tmp_path: Path) -> None:
    result = drafted(tmp_path, CANOE)
    medals = set(facts(result, "medal"))
    assert ("Jan Vos", "K1 1000m", 1) in medals
    assert ("Rosa Kahn", "K1 500m", 1) in medals
    # another year's title and a heat are no wins of these finals
    assert not [m for m in medals if m[0] in ("Tom Reyes", "Mia Holt")], medals
    winners = {q.prompt: q.answer for q in result.bank.questions if q.prompt.startswith("Who won")}
    assert winners["Who won the K1 1000m?"] == "Jan Vos"


CLASSIC = (
    "Kees Bakker secured a stunning solo victory at the Paris-Roubaix classic on Sunday, "
    "attacking on the cobbles with 30km to go.\n\n"
    "His teammate Rik Smets had taken his first win at the Tour of Flanders in 2021. The "
    "Gent-Wevelgem winner Piet Maes crashed twice.\n\n"
    "The Belgian Tom Lammens was caught behind a crash, and his teammate Mark Wauters "
    "abandoned with a broken wheel.\n\n"
    '"The legs were good," Bakker said. "I could not believe it at the line."'
)


def test_a_cycling_classic_won_solo(tmp_path: Path) -> None:
    result = drafted(tmp_path, CLASSIC)
    medals = set(facts(result, "medal"))
    assert ("Kees Bakker", "Paris-Roubaix", 1) in medals
    assert not [m for m in medals if m[0] in ("Rik Smets", "Piet Maes")], medals
    prompts = {q.prompt: q.answer for q in result.bank.questions}
    assert prompts["Who won the Paris-Roubaix?"] == "Kees Bakker"


GOLF = (
    "Veteran Dan Kerr holed a curling eight-footer for par at the last to capture the "
    "$6 million Lakeshore Classic by one stroke over Sam Ortiz on Sunday.\n\n"
    "Kerr carded a closing 67 and made five birdies. Luis Moreno, who won the Harbour Open by "
    "two shots in 2019, tied for third with Peter Baxter. Max Rios had hoped to win the "
    "Masters by three strokes last spring.\n\n"
    '"I putted like a dream all week," Kerr said. "The par putt at the last was the '
    'hardest."'
)


def test_a_golf_tournament_won_by_strokes(tmp_path: Path) -> None:
    result = drafted(tmp_path, GOLF)
    medals = set(facts(result, "medal"))
    assert ("Dan Kerr", "Lakeshore Classic", 1) in medals
    # another year's tournament, and a wish, are no wins of this one
    assert not [m for m in medals if m[0] in ("Luis Moreno", "Max Rios")], medals
    winners = {q.prompt: q.answer for q in result.bank.questions if q.prompt.startswith("Who won")}
    assert winners == {"Who won the Lakeshore Classic?": "Dan Kerr"}


def test_other_track_races_are_no_keirin(tmp_path: Path) -> None:
    text = (
        "Lars Brekke won the men's keirin at the track cycling world championships on "
        "Sunday, with Max Levy second.\n\n"
        "Former keirin world champion Jan Kenny finished third in the men's sprint. Tom "
        "Reyes finished fourth in the sprint. Ana Diaz took the women's omnium, and Eva Holm "
        "was second in the women's team pursuit with her team-mates.\n\n"
        '"It was hard," Brekke said.'
    )
    result = drafted(tmp_path, text)
    placed = set(facts(result, "place")) | set(facts(result, "medal"))
    assert ("Lars Brekke", "men's keirin", 1) in placed
    assert ("Max Levy", "men's keirin", 2) in placed
    assert ("Eva Holm", "women's team pursuit", 2) in placed
    # a keirin champion described, a sprint the draft cannot name: no keirin places (the
    # men's sprint is a race of its own: Kenny's third place is its)
    assert not [p for p in placed if p[0] == "Tom Reyes"], placed
    assert [p for p in placed if p[0] == "Jan Kenny"] == [("Jan Kenny", "men's sprint", 3)]
    assert not [p for p in placed if p[0] == "Eva Holm" and p[1] != "women's team pursuit"]


def test_a_win_only_looked_forward_to_is_no_win(tmp_path: Path) -> None:
    text = (
        "Lars Brekke won the men's keirin at the track worlds on Sunday, with Max Levy "
        "second and Jan Kenny third.\n\n"
        "Anna Moss is expected to win the women's keirin title on Monday. Eva Holm plans to go "
        "early and win the women's keirin. Tom Vos will try to win Paris-Roubaix next month. "
        "Rik Smets, the favourite to win the Tour of Flanders, crashed.\n\n"
        "Nina Roth, who was hoping to win the women's omnium, was beaten by Ida Falk, who took "
        "silver, and Mia Lenz.\n\n"
        '"It was hard," Brekke said.'
    )
    result = drafted(tmp_path, text)
    medals = set(facts(result, "medal"))
    assert not [m for m in medals if m[2] == 1 and m[0] != "Lars Brekke"], medals
    # the wish is the relative clause's: the silver after it is still read
    assert ("Ida Falk", "women's omnium", 2) in medals


def test_what_happened_after_a_future_is_no_wish(tmp_path: Path) -> None:
    text = (
        "Novak Djokovic beat Tatsu Ito 6-1 6-4 6-2 in the second round on Wednesday.\n\n"
        "The Serb will face another Japanese player in the third round after Yoshi Kato upset "
        "the 30th seed Dan Evers 6-4 6-3 6-4.\n\n"
        '"He is very quick," Djokovic said of Kato, who beat Evers for the first time.'
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert ("Yoshi Kato", None, ("Dan Evers", "6-4 6-3 6-4")) in scores


def test_the_womens_race_at_a_named_marathon_and_its_past_editions(tmp_path: Path) -> None:
    text = (
        "For the third time, Ruth Kiprono sped past the field to win the women's race at the "
        "Harbour City Marathon in two hours, 23 minutes and 10 seconds.\n\n"
        "Grace Wambui and Alice Moraa came in second and third, respectively. Lena Cole, "
        "the 2016 champion, was sixth.\n\n"
        "Joan Chebet won the Harbour City Marathon in 2013 and 2014, and Sara Tola won the "
        "Lakeside Marathon in 2015.\n\n"
        '"I felt strong all the way," Kiprono said.'
    )
    result = drafted(tmp_path, text)
    medals = set(facts(result, "medal"))
    assert ("Ruth Kiprono", "women's Harbour City Marathon", 1) in medals
    assert not [m for m in medals if m[0] in ("Joan Chebet", "Sara Tola")], medals
    winners = {q.prompt: q.answer for q in result.bank.questions if q.prompt.startswith("Who won")}
    assert winners == {"Who won the women's Harbour City Marathon?": "Ruth Kiprono"}


def test_a_wish_then_but_leaves_the_rest_of_the_sentence(tmp_path: Path) -> None:
    text = (
        "Lena Hart won the women's 800m at the European championships on Sunday in 1:58.20.\n\n"
        "Mia Kerr had hoped to win gold but faded late, and Ada Vos claimed bronze. Eva Lind "
        "did not win the 1500m but was happy.\n\n"
        '"I ran my own race," Hart said.'
    )
    medals = set(facts(drafted(tmp_path, text), "medal"))
    assert ("Ada Vos", "women's 800m", 3) in medals
    assert not [m for m in medals if m[0] in ("Mia Kerr", "Eva Lind")], medals
