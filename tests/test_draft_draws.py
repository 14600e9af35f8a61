"""A racket sport's draws as the races of a report (issue 21), in articles of our own: the
women's singles, the men's doubles and the mixed doubles are each a competition of their
own, so that a final told after ``In the women's singles,`` is that draw's, and a draw named
after a tournament's name (``the Jakarta Open men's singles title``) keeps one sex.
Guards: ``singles`` and ``doubles`` without a sex (a batter's singles) name no draw."""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft.events import events_in

FINALS = (
    "Lund and Lee take the titles in Jakarta\n\n"
    "Denmark's Erik Lund clinched the Jakarta Open men's singles title after beating "
    "Singapore's Tan Wei in the final on Sunday.\n\n"
    "In the women's singles, Korea's Lee Min-ji secured the title after beating "
    "second-seeded Noor Aziz 21-17, 22-20.\n\n"
    '"I am very happy with how I played this week," Lund said.\n\n'
    '"She was very solid and clever," Aziz said after the match.\n\n'
    '"It was a good week for all of us," said Tan.\n\n'
    '"We will be back next year," said coach Rui Costa.'
)


def test_a_draw_is_a_race_of_its_own(tmp_path: Path) -> None:
    result = drafted(tmp_path, FINALS)
    assert ("Lee Min-ji", "women's singles", ("Noor Aziz", "21-17, 22-20")) in facts(
        result, "score"
    )


def test_a_draw_after_a_tournaments_name_keeps_one_sex(tmp_path: Path) -> None:
    result = drafted(tmp_path, FINALS)
    assert ("Erik Lund", "Jakarta Open men's singles", 1) in facts(result, "medal")
    prompts = {q.prompt for q in result.bank.questions}
    assert "Who won the Jakarta Open men's singles?" in prompts


def test_draws_are_named_with_their_sex_only() -> None:
    names = [m[0] for m in events_in("She won the women's doubles and the Mixed doubles too.")]
    assert names == ["doubles", "Mixed doubles"]
    assert events_in("He hit two singles and the doubles partner watched.") == []
