"""Named races the engine did not know (issue 21): cycling's stage races, won only as the
object of a win (``became the first Slovak to win the Tour de France``, ``clinched his
second Giro title``), the 24 hours of Le Mans, a classic in a headline's title case (``the
Tour Of Flanders``).

And the guards: a stage race's name in a report of one of its stages is never the race of
the stage's results (``won his maiden Giro d'Italia stage``, ``stage 13 of the Giro``, ``the
overall lead of the Tour``), is never carried to the sentences after it, and another
edition's or a career's win (``won the 2019 Vuelta``, ``has won the Giro twice``) is none.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted

from quizcli.draft import Draft
from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in

QUOTES = (
    '"I never thought I could do it here, not in front of all these people," said Ivo '
    'Sander.\n\n"It was a long week and I am tired now, but I am happy," said Rune Falk.'
)


def _prompts(result: Draft) -> dict[str, object]:
    """Each question's prompt and its answer."""
    return {q.prompt: getattr(q, "answer", None) for q in result.bank.questions}


def _races(text: str) -> list[str]:
    return [event_name(match) for match in events_in(text)]


def test_a_stage_race_is_a_race_only_as_the_object_of_a_win() -> None:
    assert _races("Sander became the first Dane to win the Tour de France.") == ["Tour de France"]
    assert _races("Sander clinched his second Giro title on Sunday.") == ["Giro"]
    assert _races("Sander won his first Vuelta a España.") == ["Vuelta a España"]
    assert _races("Sander won Paris-Nice.") == ["Paris-Nice"]
    # a stage, a jersey, a lead or a description: never the stage race
    assert _races("Sander won his maiden Giro d'Italia stage on Friday.") == []
    assert _races("Sander won stage 13 of the Giro on Friday.") == ["stage 13"]
    assert _races("Sander won the Tour de France's 10th stage.") == ["stage 10"]
    assert _races("Sander took the Tour de France lead.") == []
    assert _races("Sander retains the overall lead of the Tour de France.") == []
    assert _races("The Tour de France champion Sander was third.") == []
    assert _races("Sander won the Tour de France time trial.") == ["time trial"]
    # another edition's or a career's
    assert _races("Sander won the 2019 Vuelta a España.") == []
    assert _races("Sander won the Giro in 2021.") == []
    assert _races("Sander has won the Giro twice.") == []
    assert _races("Sander, who won the Tour de France in 2020, took stage 4.") == ["stage 4"]


def test_other_named_races() -> None:
    assert _races("Sander became the first Dane to win snooker's World Championship.") == [
        "World Snooker Championship"
    ]
    assert _races("Sander had never won a match at the World Championship before.") == []
    assert _races("Ferrari won the 24 hours of Le Mans.") == ["24 hours of Le Mans"]
    assert _races("Ferrari won the Le Mans 24 Hours.") == ["Le Mans 24 Hours"]
    assert _races("Sander won the Tour Of Flanders.") == ["Tour of Flanders"]


def test_the_stage_race_won_is_asked(tmp_path: Path) -> None:
    text = (
        "Sander wins the Tour\n\n"
        "Ivo Sander became the first Dane to win the Tour de France after Rune Falk took "
        "the final stage in Paris.\n\n"
        "Tomas Brill was third on the day, ahead of Karl Moen and Piet Dekker.\n\n"
        f"{QUOTES}"
    )
    prompts = _prompts(drafted(tmp_path, text))
    assert prompts.get("Who won the Tour de France?") == "Ivo Sander"
    # the Tour's name is never carried to the sentences after it
    assert not any("Tour de France" in p and "Brill" in str(a) for p, a in prompts.items())
    assert not any("Brill" in p and "Tour de France" in p for p in prompts)


def test_a_stage_report_never_gives_the_stage_race(tmp_path: Path) -> None:
    text = (
        "Sander sprints to a first stage\n\n"
        "Ivo Sander won his maiden Giro d'Italia stage on Friday, beating Rune Falk and "
        "Tomas Brill in a sprint.\n\n"
        "Karl Moen retains the overall lead of the Giro. Moen was fifth.\n\n"
        f"{QUOTES}"
    )
    prompts = _prompts(drafted(tmp_path, text))
    assert not any("Giro" in p for p in prompts), prompts


def test_a_place_overall_after_the_stage_race_won(tmp_path: Path) -> None:
    text = (
        "Sander wins the Tour\n\n"
        "Ivo Sander became the first Dane to win the Tour de France after Rune Falk took "
        "the final stage in Paris.\n\n"
        "Tomas Brill was second overall for the third year in a row, 1:12 behind Sander. "
        "Karl Moen moved up to fourth overall. Piet Dekker was fifth overall last year. "
        "Jan Holm finished third in the general classification.\n\n"
        f"{QUOTES}"
    )
    prompts = _prompts(drafted(tmp_path, text))
    assert prompts.get("In what place did Tomas Brill finish in the Tour de France?") == 2
    assert prompts.get("In what place did Jan Holm finish in the Tour de France?") == 3
    assert not any("Moen" in p or "Dekker" in p for p in prompts), prompts


def test_no_place_overall_without_the_stage_race_won(tmp_path: Path) -> None:
    text = (
        "Falk takes the stage\n\n"
        "Ivo Sander hopes to become the first Dane to win the Tour de France, after Rune "
        "Falk took the ninth stage on Friday ahead of Piet Dekker.\n\n"
        "Tomas Brill was second overall, 1:12 behind Sander, with Karl Moen third.\n\n"
        f"{QUOTES}"
    )
    prompts = _prompts(drafted(tmp_path, text))
    assert not any("Tour de France" in p for p in prompts), prompts
