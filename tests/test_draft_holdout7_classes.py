"""The wrong and poor questions of the seventh blind judge set (issue 21), each as a class
of its own, in articles written for these tests from the shapes the real reports used:

- two times told ``T1 seconds for A and T2 seconds for B``: each is the time of the name
  after its ``for`` (the second was given to A, the last name before it);
- a canoe or kayak final keeps its boat wherever the report puts it (``the K1 men's
  200m``, ``the KL2 women's 200m``): three men's 200m finals on one day are three races;
- an order of starting (``was first to go on the short course``, ``last to jump``) is no
  finishing place, and ``first to cross the line in the opening speed class`` is a place in
  another competition;
- a filler adverb (``It was 30 feet actually.``) is never the word a blank hides.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

TIMES_FOR = (
    "The women's K1 200m final was decided by the photo finish, which gave 41.33 seconds "
    "for Polish paddler Maja Nowak and 41.34 seconds for Ida Berg from Denmark, with Lisa "
    "Carrington of New Zealand third in 41.52.\n\n"
    '"I could not see who had won until the board came up," Nowak said.\n\n'
    'Berg said: "One hundredth of a second is nothing, but it is silver."'
)


def test_a_time_before_for_and_a_name_is_that_persons(tmp_path: Path) -> None:
    times = {(who, value) for who, _, value in facts(drafted(tmp_path, TIMES_FOR), "time")}
    assert ("Ida Berg", "41.34") in times
    assert ("Maja Nowak", "41.34") not in times
    assert ("Lisa Carrington", "41.52") in times


BOATS = (
    "Three men's 200m finals were raced in Szeged on Sunday. Jack Morgan won the KL2 men's "
    "200m in 41.02, ahead of Paolo Rinaldi and Tom Webb. In the KL3 men's 200m, Serhii "
    "Kovalenko beat Leonid Petrov and Luis Ribeiro.\n\n"
    "Liam Heath won the K1 men's 200m final in 34.86 seconds, shortly ahead of Strahinja "
    "Stefanovic and Carlos Garrote.\n\n"
    '"The boat felt alive today," Heath said.\n\n'
    'Morgan said: "I wanted this one more than any other."'
)


def test_a_paddling_final_keeps_its_boat_wherever_it_is_written(tmp_path: Path) -> None:
    result = drafted(tmp_path, BOATS)
    events = {event for _, event, _ in facts(result, "time") + facts(result, "medal")}
    assert "men's K1 200m" in events
    assert "men's KL2 200m" in events
    assert "men's 200m" not in events
    prompts = [q.prompt for q in result.bank.questions]
    assert not [p for p in prompts if "men's 200m" in p and "K" not in p]


START_ORDER = (
    "Scott Brash won the International Grand Prix at Spruce Meadows on Sunday, the richest "
    "show jumping class in the world.\n\n"
    "Brash was first to go on the short course and set a time nobody could beat. Eric "
    "Lamaze was last to go and finished second.\n\n"
    "Marcus Ehning was first to cross the line in the opening speed class on Saturday.\n\n"
    '"She was fantastic today," Brash said of his mare. "It was 30 feet actually."'
)


def test_an_order_of_starting_is_no_place(tmp_path: Path) -> None:
    result = drafted(tmp_path, START_ORDER)
    places = facts(result, "place") + facts(result, "medal")
    assert ("Eric Lamaze", "International Grand Prix", 2) in places
    assert not [p for p in places if p[0] == "Marcus Ehning"]
    assert not [p for p in places if p[0] == "Scott Brash" and p[2] != 1]
    assert not [
        f for f in result.findings[0]["facts"] if f["written"] and "first to go" in f["written"]
    ]


FILLER = (
    "Kevin Lee closed with a 61 at Colonial on Sunday, one shot outside the course record, "
    "and waited in the clubhouse while the leaders played the last six holes.\n\n"
    '"It was 30 feet actually," Lee said of his birdie putt at the 17th.\n\n'
    '"I honestly just kept telling myself to stay patient," said his caddie, Ken Harms.\n\n'
    'Tour official Mark Russo said: "The greens were obviously firmer than on Thursday."'
)


def test_a_filler_adverb_is_never_the_hidden_word(tmp_path: Path) -> None:
    answers = {str(q.answer) for q in drafted(tmp_path, FILLER).bank.questions}
    assert answers, "the article drafts questions"
    assert not answers & {"actually", "honestly", "obviously"}
