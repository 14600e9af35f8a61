"""The cheap tests that now stand before a sentence's patterns (issue 21: a 1 MB article in
under two seconds) hide no match: a hint's words are in every text its pattern matches,
and a pattern led by the letters its matches begin with finds what it found before."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from quizcli.draft.tails import Hint

DATA = Path(__file__).parent / "data"
# Letters that case folding matches to ASCII ones while lower case keeps them apart or
# makes them longer: a text holding one is always searched
ODD_LETTERS = ["\u0131", "\u017f", "\u0130", "\u212a"]


def _texts() -> list[str]:
    """Sentences of the test articles, pieces of the bench's one-paragraph shapes, and short
    made-up lines in every case."""
    from quizcli.draft.quotes import sentence_bounds

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from genarticle import ONE_PARAGRAPH_VARIANTS, one_paragraph_variant

    texts = [
        "Mara Holt took the third stage and the men's race went to Ivo Rand.",
        "Lena Moor finished 3rd in 2:05.11, and Kit Vale was runner-up in the 1500m.",
        "Holt's 39.37 was enough; Rand came home with 40.12 in the 2019 edition.",
        "Kit Vale shared fourth place, tied for the lead after a 6-2 6–4 win.",
        "Dana Pike won silver and bronze went to Ona Reed; they took gold and silver.",
        "He ran a 10.55 in the heats, clocking 1h 42m 22s, 2 hrs 5 min, 3 hours.",
        "Eve Park won the final, taking the semi-final in 20.01; she scored 455.2 points.",
        "Park upset Moor, defeated Vale, edged Reed and beat Pike to retain the title.",
        "The jersey stays with Holt, who leads the overall standings; his son Ivo said.",
    ]
    for path in sorted([*DATA.glob("draft/*"), *DATA.glob("draft_corpus/rewritten/*.txt")]):
        text = path.read_text(encoding="utf-8")
        texts += [text[a:b] for a, b in sentence_bounds(text)]
    for variant in ONE_PARAGRAPH_VARIANTS:
        text = one_paragraph_variant(variant, 20_000)
        texts += [text[k : k + 400] for k in range(0, len(text), 377)]
    texts += [t.upper() for t in texts[:9]] + [t.title() for t in texts[:9]]
    texts += [t.replace("i", odd) for t in texts[:9] for odd in ODD_LETTERS]
    return texts


TEXTS = _texts()


class _Counted:
    """A compiled pattern that counts its searches (``Hint`` reads its source and flags)."""

    def __init__(self, source: str) -> None:
        self.compiled = re.compile(source)
        self.pattern, self.flags = self.compiled.pattern, self.compiled.flags
        self.searched = 0

    def search(self, text: str) -> re.Match[str] | None:
        self.searched += 1
        return self.compiled.search(text)


def test_a_hint_searches_only_a_text_holding_one_of_its_words() -> None:
    counted = _Counted(r"\b(?:shar(?:ed|e|es|ing)|tied for|tie for)\b")
    hint = Hint(counted)  # type: ignore[arg-type]
    assert hint.words == ("shar", "tie")  # "tied" holds "tie": only the shorter tested
    assert hint.search("Kit Vale finished fourth in the 800m.") is None
    assert counted.searched == 0
    found = hint.search("Kit Vale SHARED fourth with Ona Reed.")
    assert counted.searched == 1 and found is None  # (the pattern is case-sensitive)
    found = hint.search("Kit Vale shared fourth with Ona Reed.")
    assert found is not None and found[0] == "shared"


def test_a_text_whose_lower_case_may_hide_a_word_is_searched() -> None:
    """``İ`` (lower case ``i̇``, two letters) and the dotless ``ı``: the words cannot be told
    from the lower case, so the pattern is searched as it was."""
    counted = _Counted(r"(?i)\btied\b")
    hint = Hint(counted)  # type: ignore[arg-type]
    assert hint.search("They T\u0130ED for fourth.") is not None
    assert hint.search("They t\u0131ed for fourth.") is not None
    assert counted.searched == 2


def test_a_pattern_with_no_needed_word_is_always_searched() -> None:
    counted = _Counted(r"(?<![\w/.:-])(?:19|20)\d\d(?![\w/-])")
    hint = Hint(counted)  # type: ignore[arg-type]
    assert hint.words == ()
    assert hint.search("No year here.") is None and counted.searched == 1


def _hints() -> list[Hint]:
    from quizcli.draft import (
        beaten,
        meetings,
        overtakes,
        points,
        results,
        standings,
        ties,
        titles_won,
    )

    return [
        beaten.HINT,
        meetings.HINT,
        overtakes.HINT,
        points.HINT,
        results._GENDER,
        standings._HINT,
        ties.TIE_HINT,
        titles_won.HINT,
    ]


@pytest.mark.parametrize("hint", _hints(), ids=lambda h: h.pattern.pattern[:30])
def test_each_hint_finds_what_its_pattern_finds(hint: Hint) -> None:
    words = re.findall(r"[A-Za-z]+", re.sub(r"\\[A-Za-z]", " ", hint.pattern.pattern))
    texts = TEXTS + words + [f"x {w.upper()} y" for w in words] + [f"{w.title()}'s" for w in words]
    matched = 0
    for text in texts:
        for low in (text, text.casefold()):
            expected = hint.pattern.search(low)
            found = hint.search(low)
            assert (found and (found.span(), found.groups())) == (
                expected and (expected.span(), expected.groups())
            ), (hint.pattern.pattern, low)
            matched += expected is not None
    assert matched > 5
    assert hint.words  # each of these has words to look for first


# The patterns as they were before the cheap tests stood in front of them
_MEDAL_HINT_BEFORE = re.compile(
    r"gold|silver|bronze|won|win|ahead|podium|medal|victor|title|runner-up|respectively|crowned"
    r"|triumph|prevail|on top|honou?rs|away with|top of the|top step| went to "
    r"|men['’]s (?:race|category)"
    r"|\bt(?:ook|akes?|aking)(?: out)? (?:the |[a-z]+day['’]s )?(?:stage|opening|final|last"
    r"|penultimate|\d{1,2}(?:st|nd|rd|th))\b"
)


def test_a_sentence_s_pattern_is_tried_whenever_it_was_found() -> None:
    """Each gate before a finder's pattern holds for every text the pattern (or the one
    regex it replaced) matches: a podium's words, a place's ordinal, a bare time's decimal,
    a year, a score's dash, a list of medals told respectively, a final named."""
    from quizcli.draft import bare_times, past_titles, placings, podiums, rounds, sides
    from quizcli.draft.ordinals import RESPECTIVELY
    from quizcli.draft.tails import lowered

    def medal_gate(low: str) -> bool:
        return any(w in low for w in podiums._MEDAL_WORDS) or bool(
            ("men" in low or "took" in low or "tak" in low) and podiums._MEDAL_HINT.search(low)
        )

    counts = dict.fromkeys(["medal", "place", "bare", "year", "dash", "resp", "final"], 0)
    for text in TEXTS + list(podiums._MEDAL_WORDS) + ["took the 12th", "men’s race"]:
        low = text.casefold()
        assert medal_gate(low) == bool(_MEDAL_HINT_BEFORE.search(low)), text
        counts["medal"] += medal_gate(low)
        if placings._ANY_PLACE.search(low):
            assert any(w in low for w in placings._PLACE_WORDS) or placings._DIGIT_ORDINAL.search(
                low
            )
            counts["place"] += 1
        if bare_times._HINT.search(text):
            assert bare_times._DECIMAL.search(text), text
            counts["bare"] += 1
        if past_titles.HINT.search(text):
            assert "19" in text or "20" in text
            counts["year"] += 1
        if sides._SCORE_DASH.search(text):
            assert "-" in text or "–" in text
            counts["dash"] += 1
        if RESPECTIVELY.search(text):
            assert "respectively" in text or any(m in text for m in ("gold", "silver", "bronze"))
            counts["resp"] += 1
        if rounds._FINAL_TOLD.search(text):
            assert (low := lowered(text)) is None or "final" in low, text
            counts["final"] += 1
    assert min(counts.values()) > 0, counts


def test_a_crew_s_place_and_a_pair_s_match_are_tried_whenever_they_were_found() -> None:
    """``crews._may_place`` is ``_A_PLACE.search`` (any case); ``pairs.may_hold_pairs``
    tries its pattern whenever it matches; a field event's decimal is found as before."""
    from quizcli.draft import crews, field, pairs

    places = pairs_found = decimals = 0
    texts = TEXTS + ["A and B took 1ST and 2ND", "19 v 12 and", "A and B, Gold", "a 8.36 m"]
    for text in texts:
        assert crews._may_place(text) == (crews._A_PLACE.search(text) is not None), text
        places += crews._may_place(text)
        low = text.casefold()
        if pairs._HINT.search(low) and (" and " in low or "&" in low):
            assert pairs.may_hold_pairs(low), text
            pairs_found += 1
        assert (field._CUE.search(text) is None) == (re.search(r"\d\.\d\d", text) is None)
        decimals += field._CUE.search(text) is not None
    assert places > 5 and pairs_found > 5 and decimals > 5


# Patterns read over whole paragraphs, as they were before being led by their first letters
_LED_BEFORE = {
    ("runs", "_SHOWN_GIVEN"): (
        r"\b(?:(?P<place>[A-Z][a-z]+)(?:'s|’s)?|(?P<role>defender|striker|midfielder|goalkeeper"
        r"|keeper|winger|forward|captain|skipper|coach|manager|rider|driver)) "
        r"(?P<given>[A-Z][a-z]{1,2}) (?P<sur>[A-Z][a-z]+(?:-[a-z]+)?)\b(?![\w'’-])"
    ),
    ("runs", "_TEAM_PLURAL"): r"\bthe ([A-Z][a-z]{2,})s\b",
    ("capitals", "_ANY_CAPS"): r"[A-Z][a-z]+ [A-Z][A-Z'’]*[A-Z]\b|\b[A-Z]{3,} [A-Z][a-z]",
    ("cues", "KIN_BEFORE"): (
        r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:older|younger|big|little|elder|twin|late)\s+)?"
        r"(?:(?:brother|sister|son|daughter|father|mother)(?:-in-law)?|dad|mum|mom|husband|wife"
        r"|uncle|aunt|cousin|grandfather|grandmother|fianc[ée]e?)\s*,?\s*"
    ),
    ("apostrophes", "_AS_APOSTROPHE"): (r"(?<=[^\W\d_])[”″´`](?=(?:s|t|ve|re|ll|d|m)(?![^\W\d_]))"),
    ("glued", "_GLUED"): (r"\b(?P<first>[A-Z][a-z]{2,})(?P<rest>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"),
    ("short_names", "_NAMED_SHORT"): r"((?:[A-Z][\w'’.-]*\s+){1,5})\(([A-Z]{2,5})\)",
}


@pytest.mark.parametrize("where", list(_LED_BEFORE), ids=lambda w: ".".join(w))
def test_a_pattern_led_by_its_first_letters_finds_what_it_found(where: tuple[str, str]) -> None:
    import importlib

    led = getattr(importlib.import_module(f"quizcli.draft.{where[0]}"), where[1])
    before = re.compile(_LED_BEFORE[where])
    assert led.pattern != before.pattern
    extra = [
        "Korea's An Ji-woo and defender Rio Kendall met the Oilers; his son, Ivo Rand, too.",
        "NATALIE Coughlin and Nico ROSBERG; ElaineThompson; she”s here, it´s done.",
        "Mumbai Harbour Rovers (MHR) beat the Rovers. Their twin sister Ona Reed.",
        "the Oilers and the Kings, but not bathe Oilers nor the Os; The Jets, the Sharks.",
        "IvoRand, ElaineThompson and AnnaBerg-Smith: they`re in, he″ll go, we”ve won, 5”s, ”said.",
    ]
    texts = TEXTS + extra + ["\n\n".join(TEXTS[k : k + 40]) for k in range(0, len(TEXTS), 40)]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in before.finditer(text)]
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == expected, text[:80]
        found += len(expected)
    assert found > 3


def test_a_time_unit_s_test_is_as_true_as_before() -> None:
    """``clock._NEEDED``, each test led by a literal (``h``, ``m``, ``.``, a space): true of
    the same texts as the tests it replaced."""
    from quizcli.draft import clock

    before = [
        r"\d:\d",
        r"\dh|hour|hrs?\b",
        r"\dh|hour|hrs?\b",
        r"min|['’′]",
        r"\dm\s*\d",
        r"\d\.\d{1,3}\s*[s\"”″]",
        r"(?:in|clocked|clocking|timed|time of|clock at|ran|ran a|swift|quick|fast"
        r"|blistering) \d{1,2}\.\d\d",
        r"\(\d",
        r"\d\.\d\d\.\d",
    ]
    texts = TEXTS + ["4 hrs", "3hr.", "2h 3m 4s", "1m 2", "7:8", "ran a 10.55", "win 10.55"]
    texts += ["1.234s", "9.58\u2033", "a min", "it\u2019s", "3 m  4", "in 1.2", "1.2.3.4"]
    held = 0
    for (needed, _), old in zip(clock._NEEDED, before, strict=True):
        for text in texts:
            low = text.casefold()
            assert (needed.search(low) is None) == (re.search(old, low) is None), (old, low)
            held += needed.search(low) is not None
    assert held > 100


# The patterns of a sport's words (``kinds.told_often``, read on the articles' lower case),
# as they were before being led by their first letters
_SPORT_BEFORE = {
    ("racing", "_RACING"): (
        r"\b(jockeys?|furlongs?|racecourse|colt|filly|fillies|gelding|stallion|ridden by"
        r"|trained by|saddled|horses?|trainer)\b",
        re.I,
    ),
    ("fits", "_MULTISPORT"): (r"\b(?:triathl\w*|ironman|duathl\w*|T1|T2|transition)\b", re.I),
    ("golf", "_GOLF"): (
        r"\b(?:par|birdies?|bogey(?:s|ed)?|eagles?|fairways?|putts?|tee|strokes?)\b",
        0,
    ),
    ("innings", "_CRICKET"): (
        r"\b(?:innings|wickets?|bowl(?:ed|ing|er)|batt(?:ing|ed|er|ers)|batsman|batsmen"
        r"|test match|not out|century|half-century)\b",
        0,
    ),
    ("relative_wins", "_DUEL_WORDS"): (
        r"\b(?:straight[- ]sets|(?:first|second|third|fourth|fifth|opening|deciding|final)"
        r" (?:set|frame|game)|set points?|match points?|break points?|tie-?breaks?|frames"
        r"|(?:top|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)) seed|seeded|bouts?"
        r"|quarter-?finals?|round of (?:16|32|64)|last (?:16|32|64)"
        r"|(?:unanimous|split|majority) decision|stoppage|knockout|title fight)\b",
        0,
    ),
}


@pytest.mark.parametrize("where", list(_SPORT_BEFORE), ids=lambda w: ".".join(w))
def test_a_sport_s_words_led_by_their_first_letters_are_found_as_before(
    where: tuple[str, str],
) -> None:
    import importlib

    led = getattr(importlib.import_module(f"quizcli.draft.{where[0]}"), where[1])
    before = re.compile(*_SPORT_BEFORE[where])
    assert led.pattern != before.pattern and led.flags == before.flags
    words = re.findall(r"[A-Za-z]+", re.sub(r"\\[A-Za-z]", " ", before.pattern))
    texts = [*TEXTS, " ".join(words), "3rd seed, 12th seed; T1 and T2; half-century"]
    texts += [" ".join(words).upper(), "\n".join(TEXTS)]
    found = 0
    for text in texts:
        for low in (text, text.casefold()):
            expected = [(m.span(), m.groups()) for m in before.finditer(low)]
            assert [(m.span(), m.groups()) for m in led.finditer(low)] == expected, low[:80]
            found += len(expected)
    assert found > 10
