"""The cheap pre-tests that spare a regex search around each name or time of a long
sentence (issue 21) answer exactly as the searches they spare: the words every match of a
pattern holds (``tails.needed_words``), a window ending with a mark and holding none of
them, and the possessive and role tests before a full name (``cues.person_cued``)."""

from __future__ import annotations

import re

from quizcli.draft.cues import _POSSESSOR, _ROLE, person_cued
from quizcli.draft.names import name_runs
from quizcli.draft.runs import Mention
from quizcli.draft.tails import Ending, Window, needed_words


def test_the_words_every_match_holds() -> None:
    """A mandatory group's words, every branch's, a letter run after a class; none when a
    branch or the whole pattern holds no word for sure."""
    segment = re.compile(r"\b(?:swim|bike|run)\b[^()]{0,25}\(\s*$", re.I)
    assert needed_words(segment) == {"swim", "bike", "run"}
    assert needed_words(re.compile(r"[Rr]eporting\s+by\s*$")) == {"eporting"}
    assert needed_words(re.compile(r"(?:foo)?\s*bar\s*$")) == {"bar"}
    assert needed_words(re.compile(r"(?:\bat|\+)\s*$")) == frozenset()
    assert needed_words(re.compile(r"\(\s*$")) == frozenset()
    assert needed_words(re.compile(r"(?:best|\bsub)\s*-?\s*$", re.I)) == {"best", "sub"}


def test_a_window_ending_with_a_mark_is_searched_only_holding_a_needed_word() -> None:
    """``the bike leg (`` is searched and matches; ``Kari Molata (`` and ``KARI (`` hold no
    word of the pattern: no match, as the bare search finds; a window out of ASCII is
    always searched (re's case folding: ``ſ`` matches ``s``)."""
    ending = Ending(re.compile(r"\b(?:swim|split|lap)\b[^()]{0,25}\(\s*$", re.I))
    for window in ("after the swim leg (", "Kari Molata (", "KARI (", "the SWIM (", "the ſwim ("):
        expected = ending.pattern.search(window)
        for found in (ending.search(window), ending.search_window(Window(window))):
            assert (found and found.span()) == (expected and expected.span()), window
        found = ending.search_in(window, 0, len(window))
        assert (found and found.span()) == (expected and expected.span()), window
    assert ending.search("after the swim leg (") is not None
    assert ending.search("the ſwim (") is not None
    assert ending.search("Kari Molata (") is None


def _person_cued_searched(text: str, mention: Mention, previous: int | None) -> bool:
    """``person_cued`` as written before its pre-tests: every pattern searched."""
    from quizcli.draft.cues import _LIST_JOIN
    from quizcli.draft.nations import has_country, is_country_name

    if len(mention.words) < 2:
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    owner = _POSSESSOR.search(before)
    if owner:
        words = tuple(owner[1].split())
        return is_country_name(words) or (len(words) == 1 and has_country(words))
    if _ROLE.search(before):
        return True
    return previous is not None and _LIST_JOIN.fullmatch(text, previous, mention.start) is not None


def test_a_full_names_cue_is_read_as_before() -> None:
    """A nation's possessive, a role with or without a comma (and spaces before it), a list
    a cued name opens: cued; a name after a comma, a verb or a possessive of no nation: not,
    exactly as when every pattern was searched."""
    texts = [
        "Their head coach, Joe Mazzulla, said Russia's Yevgeny Ustyugov was fine.",
        "The teammates Kari Molata, Suno Vilo and Pete Rada ran; reliever Luke Jackson too.",
        "Head coach , Tom Hall and captains\nAnna Borg, then Sunday's Chicago Marathon.",
        "Results: Kari Molata (27:14.20), Suno Vilo (28:01.11), Dave's Pete Rada won.",
        "New Zealand\u2019s Richie McCaw beat the sprinters Ana Roe and Eve Park.",
        "Coach Tom Hall\u00a0and his father\u00a0 Jim Hall, then the swimmers, Ana Roe.",
    ]
    tried = 0
    for text in texts:
        previous = None
        for mention in name_runs(text, frozenset()):
            expected = _person_cued_searched(text, mention, previous)
            assert person_cued(text, mention, previous) == expected, (text, mention)
            tried += 1
            previous = mention.end if expected else previous
    assert tried >= 15
    text = "Their head coach, Joe Mazzulla, and Russia's Yevgeny Ustyugov"
    cued = [person_cued(text, m, None) for m in name_runs(text, frozenset())]
    assert cued == [True, True]
    text = "Later, Joe Mazzulla and Sunday's Yevgeny Ustyugov"
    assert [person_cued(text, m, None) for m in name_runs(text, frozenset())] == [False, False]
