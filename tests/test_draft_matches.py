"""Match results beyond ``X beat Y 6-2 6-2`` (issue 21): a transcript's score header, a
ranked loser (``No. 4 seed``), tie-breaks written ``(7/4)``, a coach's side's win, draws,
golf rounds and totals against par, and boxing decisions. Each case also states what must
NOT be read: a running golf score, a venue after ``drew ... at``, a header whose score
disagrees with its order, another side's win in a coach's sentence.

Every test drafts real files through ``quizcli.draft.draft`` (articles written here).
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion, TextQuestion


def prompts(result: Draft) -> dict[str, ChoiceQuestion | TextQuestion]:
    """The choice and text questions of a draft, by prompt."""
    return {
        q.prompt: q for q in result.bank.questions if isinstance(q, ChoiceQuestion | TextQuestion)
    }


TRANSCRIPT = """Thursday, June 5, 2025

Lena Varga

Press Conference

L. VARGA/P. Holm

3-6, 6-4, 7-5

THE MODERATOR: Questions, please.

Q. How did you turn the match around after losing the first set so quickly tonight?
LENA VARGA: I stayed patient and kept making her play one more ball. That was the plan.

Q. Are you surprised how well you are serving at this stage of the season, given the wind?
LENA VARGA: Not really. We worked on it for weeks in the off-season.

Tomas Ross

Press Conference

T. ROSS/K. Lind

4-6, 2-6

THE MODERATOR: Questions for Tomas.

Q. What went wrong for you out there today against such a steady opponent?
TOMAS ROSS: He was better on the big points, and I was a step slow all afternoon.
"""


def test_a_transcript_score_header_names_the_winner_first(tmp_path: Path) -> None:
    result = drafted(tmp_path, TRANSCRIPT)
    scores = facts(result, "score")
    assert ("Lena Varga", None, ("P. Holm", "3-6, 6-4, 7-5")) in scores
    # first-named lost both sets: the order and the score disagree, so nothing is read
    assert not [s for s in scores if "Ross" in s[0] or "Lind" in s[0]]
    asked = prompts(result)
    won = asked["Who won the match between Lena Varga and P. Holm?"]
    assert won.answer == "Lena Varga"
    assert "L. VARGA/P. Holm 3-6, 6-4, 7-5" in (won.explanation or "")
    assert asked["By what score did Lena Varga beat P. Holm?"].answer == "3-6 6-4 7-5"


def test_a_ranked_loser_and_tie_breaks_in_every_form(tmp_path: Path) -> None:
    text = (
        "(May 2, 2025) MADRID, Spain – Mira Sato came from behind to reach the final, "
        "defeating No. 4 seed Elena Ruiz 7-5, 6-7(4), 6-2 on Friday.\n\n"
        "Tomas Berg beat Ivo Kral 6-3 7-6 (7/4) in the opening round.\n\n"
        "Later, Sara Holm defeated Nina Petrova in straight sets, 6-2 6-1, on the main court."
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert ("Mira Sato", None, ("Elena Ruiz", "7-5, 6-7(4), 6-2")) in scores
    assert ("Tomas Berg", None, ("Ivo Kral", "6-3 7-6 (7/4)")) in scores
    assert ("Sara Holm", None, ("Nina Petrova", "6-2 6-1")) in scores


def test_a_coach_opening_the_sentence_gives_the_win_to_his_side(tmp_path: Path) -> None:
    text = (
        "Hertha Berlin coach Pal Dardai was delighted with the 3-1 win over Mainz on Sunday.\n\n"
        "Freiburg coach Julian Schuster praised Union Berlin after their 2-0 win over Bochum.\n\n"
        "Former Werder Bremen coach Otto Rehn was pleased with the 4-1 win over Kiel."
    )
    result = drafted(tmp_path, text)
    scores = facts(result, "score")
    assert ("Hertha Berlin", None, ("Mainz", "3-1")) in scores
    assert not [s for s in scores if s[2][0] in ("Bochum", "Kiel")]  # not the coach's side
    asked = prompts(result)
    assert asked["Who won the match between Hertha Berlin and Mainz?"].answer == "Hertha Berlin"


def test_draws_ask_the_score_and_never_a_winner(tmp_path: Path) -> None:
    text = (
        "Leeds United drew 1-1 with Everton on a wet night in Yorkshire.\n\n"
        "Celtic and Rangers drew 2-2 in a fierce derby on Sunday.\n\n"
        "Stoke City were held to a 0-0 draw by Hull City.\n\n"
        "Millwall drew 1-1 at Ashton Gate, where they have not won in years."
    )
    result = drafted(tmp_path, text)
    draws = facts(result, "draw")
    assert ("Leeds United", None, ("Everton", "1-1")) in draws
    assert ("Celtic", None, ("Rangers", "2-2")) in draws
    assert ("Stoke City", None, ("Hull City", "0-0")) in draws
    assert not [d for d in draws if "Ashton Gate" in d[2]]  # a ground, not a side
    assert not facts(result, "score")
    asked = prompts(result)
    drawn = asked["What was the score of the drawn match between Leeds United and Everton?"]
    assert drawn.answer == "1-1"
    assert not [p for p in asked if p.startswith("Who won")]


GOLF = (
    "Maria Lund won the Dutch Open by three shots on Sunday.\n\n"
    "Lund carded a bogey-free five-under 66, a winning score of 15 under par, and made six "
    "birdies on the back nine.\n\n"
    "Ana Perez was 4 under for the day through 14 holes before a double bogey at the 15th, "
    "and she later signed for a 71.\n\n"
    "Kim Soo-ah finished the tournament at 10 under par after a final-round 68."
)


def test_golf_rounds_and_totals_against_par(tmp_path: Path) -> None:
    result = drafted(tmp_path, GOLF)
    rounds = facts(result, "round")
    totals = facts(result, "to par")
    assert ("Maria Lund", "Dutch Open", ("66", "")) in rounds
    assert ("Ana Perez", "Dutch Open", ("71", "")) in rounds
    assert ("Kim Soo-ah", "Dutch Open", ("68", "final")) in rounds
    assert ("Maria Lund", "Dutch Open", "15 under par") in totals
    assert ("Kim Soo-ah", "Dutch Open", "10 under par") in totals
    assert not [t for t in totals if t[0] == "Ana Perez"]  # a running score, not a result
    asked = prompts(result)
    total = asked["What was Maria Lund's total score against par, as the article says?"]
    assert total.answer == "15 under par"
    assert isinstance(total, TextQuestion) and "-15" in total.accept
    assert asked["What score did Kim Soo-ah card in the final round?"].answer == "68"


def test_golf_scores_are_not_read_outside_golf(tmp_path: Path) -> None:
    text = (
        "Jonas Berg shot a 68 in the qualifying round of the archery event on Friday.\n\n"
        "He finished at 5 under par, the target his coach had set, and then beat Tim Holt "
        "6-4 in the final."
    )
    result = drafted(tmp_path, text)
    assert not facts(result, "round") and not facts(result, "to par")


BOUTS = (
    "Daniel Dubois beat Filip Hrgovic by unanimous decision on Saturday night "
    "(116-112, 115-113, 117-111).\n\n"
    "Earlier, Joe Parker won a split decision over Martin Bakole in a bruising fight.\n\n"
    "Anna Vogt outpointed Mia Lopez on a majority decision, with scores of 96-94, 96-94 and "
    "95-95.\n\n"
    "Lina Kraus stopped Tara Bell in the sixth round, and Bell said she had no complaints.\n\n"
    "Mark Weston said Jon Hale could not beat Ben Cole by unanimous decision in a rematch."
)


def test_boxing_decisions_and_cards(tmp_path: Path) -> None:
    result = drafted(tmp_path, BOUTS)
    fights = facts(result, "decision")
    assert (
        "Daniel Dubois",
        None,
        ("Filip Hrgovic", "unanimous decision", "116-112, 115-113, 117-111"),
    ) in fights
    assert ("Joe Parker", None, ("Martin Bakole", "split decision", "")) in fights
    assert ("Anna Vogt", None, ("Mia Lopez", "majority decision", "96-94, 96-94, 95-95")) in fights
    assert not [f for f in fights if "Hale" in f[0] or "Kraus" in f[0]]  # negated; a stoppage
    asked = prompts(result)
    assert asked["Who won the fight between Daniel Dubois and Filip Hrgovic?"].answer == (
        "Daniel Dubois"
    )
    how = asked["By what decision did Joe Parker beat Martin Bakole?"]
    assert isinstance(how, ChoiceQuestion) and how.answer == "split decision"
    assert set(how.choices) == {"unanimous decision", "split decision", "majority decision"}
    cards = asked["What was the score on the judges' cards when Daniel Dubois beat Filip Hrgovic?"]
    assert cards.answer == "116-112, 115-113, 117-111"


def test_the_loser_first_and_a_day_before_the_winner(tmp_path: Path) -> None:
    text = (
        "Fulham lost 3-2 to Brentford after conceding twice in stoppage time.\n\n"
        "Casper Lund lost to world number two Jan Marek 6-3 4-6 6-2 in the quarter-finals.\n\n"
        "Wigan were beaten 2-0 by Bolton Wanderers in the derby.\n\n"
        "Burnley suffered a 4-1 home defeat to Aston Villa on a cold evening.\n\n"
        "Hull lost 1-3 to Derby, a score some reports write from the loser's side.\n\n"
        "Leeds lost 3-6 4-6 to the rain, sets no report writes from the loser's side.\n\n"
        "On Sunday Sevilla beat Getafe 2-0 to climb to fifth."
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert ("Brentford", None, ("Fulham", "3-2")) in scores
    assert ("Jan Marek", None, ("Casper Lund", "6-3 4-6 6-2")) in scores
    assert ("Bolton Wanderers", None, ("Wigan", "2-0")) in scores
    assert ("Aston Villa", None, ("Burnley", "4-1")) in scores
    assert ("Sevilla", None, ("Getafe", "2-0")) in scores
    # one score from the loser's side is the winner's turned ("The Red Roses lost 32-41 to
    # New Zealand"); sets from the loser's side are nobody's
    assert ("Derby", None, ("Hull", "3-1")) in scores
    assert not [s for s in scores if "Leeds" in s[2][0] or "Hull" in s[0]]


def test_cards_in_brackets_give_the_fight_to_the_sentence_subject(tmp_path: Path) -> None:
    text = (
        "Nadia Rahman became the first unified featherweight champion since Kate Moore in "
        "2009 when she scored a victory over Lucia Ferro (116-112, 115-113, 113-115).\n\n"
        "Coach Ray Dunn praised Ana Silva when she earned a win over Jo Pike (96-94, 97-93)."
    )
    result = drafted(tmp_path, text)
    fights = facts(result, "decision")
    assert ("Nadia Rahman", None, ("Lucia Ferro", "", "116-112, 115-113, 113-115")) in fights
    assert not [f for f in fights if f[2][0] == "Jo Pike"]  # she: Dunn's or Silva's? untold
    asked = prompts(result)
    assert asked["Who won the fight between Lucia Ferro and Nadia Rahman?"].answer == (
        "Nadia Rahman"
    )
    cards = "What was the score on the judges' cards when Nadia Rahman beat Lucia Ferro?"
    assert asked[cards].answer == "116-112, 115-113, 113-115"
    assert not [p for p in asked if p.startswith("By what decision")]  # no decision named


def test_a_win_told_without_a_score_asks_only_who_won(tmp_path: Path) -> None:
    text = (
        "Top seed Iga Nowak has cruised past Spain's Rosa Vidal in straight sets to reach "
        "the third round.\n\n"
        "Karl Brandt continued his fine run at the Swiss Indoors with a ruthless straight-sets "
        "win against Austrian world number 40 Felix Gruber on Tuesday.\n\n"
        "Mia Stone's title defence is on track after a commanding second-round win over "
        "Lea Marx.\n\n"
        "Iga Nowak's Swiss Indoors title defence goes on after a second-round win over Ana "
        "Lutz.\n\n"
        "Jonas Vingaard beat Tom Pidcock by three seconds on the climb to the finish."
    )
    result = drafted(tmp_path, text)
    wins = facts(result, "beat")
    assert ("Iga Nowak", None, ("Rosa Vidal", "")) in wins
    assert ("Karl Brandt", None, ("Felix Gruber", "")) in wins
    assert not [w for w in wins if w[2][0] in ("Lea Marx", "Tom Pidcock", "Ana Lutz")]  # whose?
    asked = prompts(result)
    assert asked["Who won the match between Felix Gruber and Karl Brandt?"].answer == (
        "Karl Brandt"
    )
    assert not [p for p in asked if p.startswith("By what score")]


def test_two_meetings_of_one_pair_ask_nothing(tmp_path: Path) -> None:
    text = (
        "Ada Kerr beat Bea Lang 6-2 6-3 in the Rome final in May.\n\n"
        "A month later Bea Lang beat Ada Kerr 7-5 6-4 in the Paris semi-final, and Cora Moss "
        "beat Dina Fox 6-1 6-1 in the other one."
    )
    result = drafted(tmp_path, text, name="two-meetings.txt")
    assert len(facts(result, "score")) == 3
    asked = prompts(result)
    assert not [p for p in asked if "Kerr" in p]  # which meeting: not told
    assert asked["Who won the match between Cora Moss and Dina Fox?"].answer == "Cora Moss"


def test_a_rank_or_a_season_record_is_never_a_side(tmp_path: Path) -> None:
    """``over No. 3 Fairview College``: "No" is a rank, not the loser; ``the Cougar women,
    38-5,`` is a season's record, not a score (the draft leaves the match unasked rather
    than ask "Who won the match between Cougar and No?")."""
    text = (
        "The Cougar women, 38-5, snared the title with a five-set win over No. 3 Fairview "
        "College 25-21, 19-25, 25-23, 22-25, 15-11.\n\n"
        "In the other final, the Hawks, 30-9, beat No. 2 Ridge State in four sets.\n\n"
        "Emma Stone beat Lisa Park 6-4 6-2 in the exhibition match."  # something to ask
    )
    result = drafted(tmp_path, text)
    sides = [(f[0], f[2][0]) for kind in ("score", "beat") for f in facts(result, kind)]
    assert not [s for s in sides if {"No", "No.", "Nos"} & set(s)], sides
    assert not [p for p in prompts(result) if " No?" in p or " No " in p]


def test_a_nationality_written_twice_is_no_part_of_the_winner(tmp_path: Path) -> None:
    """``lost to American American Lola Vance`` (a typo of a real report): the winner is
    Lola Vance, not "American Lola Vance"."""
    text = "Anna Kern lost to American American Lola Vance 6-2, 6-3 in the night session."
    scores = facts(drafted(tmp_path, text), "score")
    assert ("Lola Vance", None, ("Anna Kern", "6-2, 6-3")) in scores


def test_a_score_accepts_commas_between_sets_and_drafts_the_same_every_run(
    tmp_path: Path,
) -> None:
    """``6-4 6-2`` also accepts ``6-4, 6-2`` (never ``6-4,, 6-2``), and the accepted forms
    come in one order whatever Python's hash seed (a draft is the same file every run)."""
    import os
    import subprocess
    import sys

    text = (
        "Emma Stone beat Lisa Park 6-4 6-2 in the exhibition match.\n\n"
        "Ana Ruiz beat Mia Holt 6-3, 7-5 in the final."
    )
    asked = prompts(drafted(tmp_path, text))
    first = asked["By what score did Emma Stone beat Lisa Park?"]
    second = asked["By what score did Ana Ruiz beat Mia Holt?"]
    assert (first.answer, first.accept) == ("6-4 6-2", ("6-4, 6-2",))
    assert (second.answer, second.accept) == ("6-3 7-5", ("6-3, 7-5",))
    script = (
        "import sys; from pathlib import Path; from quizcli.draft import draft; "
        "print(draft([Path(sys.argv[1])]).toml)"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / "article.txt")],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1


def test_a_country_of_two_words_before_a_side_is_no_part_of_it(tmp_path: Path) -> None:
    """``Great Britain's Ravi Menon ... victory over Japan's Kenta Oda``: the sides are
    Ravi Menon and Kenta Oda (a country's possessive of one word was stripped before); the
    match is one of the men's singles draw's."""
    text = (
        "Great Britain's Ravi Menon is into the last eight of the men's singles badminton "
        "following a 21-17, 21-12 victory over Japan's Kenta Oda."
    )
    scores = facts(drafted(tmp_path, text), "score")
    assert ("Ravi Menon", "men's singles", ("Kenta Oda", "21-17, 21-12")) in scores
