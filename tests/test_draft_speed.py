"""Drafting stays linear in the article's size, and the reading shortcuts taken for speed
read what the slower code read (issue 21: a 1 MB one-paragraph article)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from quizcli.draft import draft
from quizcli.draft.people import name_runs

if TYPE_CHECKING:
    import re

    from quizcli.draft.facts import Fact
    from quizcli.draft.quotes import Sentence
    from quizcli.draft.results import FactFinder

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "text",
    [
        "Then De said it was over.",
        "Real Madrid went top of La Liga on Sunday.",
        "It was Van's day, and Le Mans was next.",
        "They played in La Liga and Le Championnat.",
    ],
)
def test_a_run_of_particles_alone_is_no_name(text: str) -> None:
    """``La`` of ``La Liga`` (``Liga`` is no name word) is a particle with no name after it:
    no mention, where it once raised IndexError and the draft ended in a traceback."""
    runs = name_runs(text, frozenset())
    assert all(run.words[-1].casefold() not in {"de", "la", "van", "le"} for run in runs)


def test_an_article_naming_la_liga_drafts(tmp_path: Path) -> None:
    path = tmp_path / "liga.txt"
    path.write_text(
        "Atletico beat Valencia 3-1 on Saturday to stay second in La Liga, with Lucia "
        "Moreno-Ortiz scoring twice after the break.\n\n"
        '"We kept the ball and waited for the space to open," Moreno-Ortiz said after the '
        "match. Valencia coach Pablo Serrat said his players had tired in the last half "
        "hour.\n",
        encoding="utf-8",
    )
    result = draft([path])
    speakers = {q["speaker"] for f in result.findings for q in f["quotations"]}
    assert speakers == {"Lucia Moreno-Ortiz"}


TIME_FORMS = [
    "He won in 2:05:06 and she in 13:13.66, then 9.79s and 1:54.06 for the heat.",
    "She ran 13 mins and 13.66 secs, three minutes 27.65 and Three Minutes 27.65 later.",
    "two hours, 13 minutes and 44 seconds; Two Hours and 35 seconds; TWELVE minutes 5 secs.",
    "It took 5h13'55\" and 1 min 54 sec 06, then 2h 05m 11s, then 3m 12.5s at 7:30pm.",
    "clocked 10.77 in the final; timed 9.58, in 44.10 seconds; time of 1.23.",
    "Forty-four minutes and nineteen seconds, fifty-nine mins 59 secs, eleven minutes 3.",
    "x2:05:33, 12,3:44.1, .5:10, the 10,000m in 27:43.22 and 3000m in 8:01.",
    "It was 4’05” and 3′59″ or 5' 10\" in the mile; 21h and 14 hours 3 minutes 2.",
]


def test_every_time_pattern_led_by_its_first_character_finds_the_same() -> None:
    """``clock`` leads each time pattern with a lookahead of how its match begins (a
    digit, a number word): the same matches as the bare pattern, on every sentence of the
    test articles and every written form of a time. A pattern added later whose match may
    begin otherwise fails here."""
    import re

    from quizcli.draft import clock
    from quizcli.draft.quotes import sentence_bounds

    data = Path(__file__).parent / "data"
    texts = list(TIME_FORMS)
    for path in sorted([*data.glob("draft/*"), *data.glob("draft_corpus/rewritten/*.txt")]):
        text = path.read_text(encoding="utf-8")
        texts += [text[a:b] for a, b in sentence_bounds(text)]
    assert len(texts) > 150
    for bare, led in zip(clock._PATTERNS, clock._compiled(), strict=True):
        plain = re.compile(bare)
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in led.finditer(text)] == expected, text


def _work(path: Path) -> tuple[int, int]:
    """The Python lines run and the characters handed to regular expressions while
    drafting ``path`` (tests/draft_work.py, in a fresh interpreter: a deterministic count
    of work, unlike a timing on a shared machine)."""
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).parent / "draft_work.py"),
            str(path),
            str(DATA / "draft" / "wire-1500m.txt"),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        cwd=path.parent,  # not the project's root, which would come before PYTHONPATH
    )
    lines, scanned = done.stdout.split()[-2:]
    return int(lines), int(scanned)


def _articles(tmp_path: Path, shape: str) -> tuple[Path, Path]:
    """An article of one size and of twice that size, in one of the bench's shapes: normal
    paragraphs, or one of ``genarticle.ONE_PARAGRAPH_VARIANTS`` in one paragraph."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from genarticle import article_text, one_paragraph_variant

    paths = []
    for size in (1, 2):
        if shape == "paragraphs":
            text = article_text(3_000 * size)
        else:
            text = one_paragraph_variant(shape, 40_000 * size)
        paths.append(tmp_path / f"article-{size}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    return paths[0], paths[1]


@pytest.mark.parametrize(
    "shape",
    [
        "paragraphs",
        # One paragraph (issue 21): full stops with and without a space after them, mostly
        # quotations, results lists of names and times, numbers of every kind; and one
        # sentence with no stop to bound a reading: a report, bracketed results, numbers,
        # scores, and thousands of different names.
        "no spaces after stops",
        "spaces after stops",
        "quotations",
        "times and names",
        "numbers",
        "all capitals",
        "one sentence",
        "bracketed results",
        "numbers in one sentence",
        "scores in one sentence",
        "thousands of names",
    ],
)
def test_twice_the_article_is_about_twice_the_work(tmp_path: Path, shape: str) -> None:
    """Drafting is linear in the article's size: twice the text costs about twice the
    Python lines and twice the characters scanned by regular expressions, where a finder
    that re-read the sentence before each value cost four times (160 KB in one paragraph
    once took 50 s; 180 KB of bracketed results in one sentence, 120 s). bench/run.py's
    "1 MB one-paragraph" row and bench/draft_speed.py measure the time."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:  # two interpreters at once
        small, large = pool.map(_work, _articles(tmp_path, shape))
    # (less than twice is fine: a name or a question met again costs less the second time)
    assert 1.0 < large[0] / small[0] < 2.3, ("lines", small, large)
    assert 1.0 < large[1] / small[1] < 2.3, ("scanned", small, large)


def _sentences() -> list[str]:
    """Every sentence of the test articles, and every written form of a time."""
    from quizcli.draft.quotes import sentence_bounds

    texts = list(TIME_FORMS)
    for path in sorted([*DATA.glob("draft/*"), *DATA.glob("draft_corpus/rewritten/*.txt")]):
        text = path.read_text(encoding="utf-8")
        texts += [text[a:b] for a, b in sentence_bounds(text)]
    return texts


def _source_phrases(pattern: str) -> list[str]:
    """The words of a pattern's source, alone and in pairs as they stand (``failed to``),
    in lower, upper and title case: what a pattern's next alternative will be made of."""
    import re

    words = re.findall(r"[A-Za-z]+", re.sub(r"\\[A-Za-z]", " ", pattern))
    phrases = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    phrases += [p + "'t" for p in words] + ["n\u2019t", "n't"]
    return [form for p in phrases for form in (p, p.upper(), p.title())]


def test_a_clause_without_a_denying_word_is_not_searched_and_not_denied() -> None:
    """``negated`` searches NEGATION only where one of NEGATION_WORDS starts in the clause:
    every match of NEGATION, in the test articles and made of any words of its source
    (a word added to NEGATION later and not to NEGATION_WORDS fails here), holds one; and
    ``Words.start_between`` finds a word exactly where a plain scan of every offset does."""
    from quizcli.draft.clauses import NEGATION, NEGATION_WORDS
    from quizcli.draft.tails import Words, lowered

    denying = Words(NEGATION_WORDS)
    texts = _sentences()
    texts += [f"Kerr {p} 3:29.41, and Ingebrigtsen {p}" for p in _source_phrases(NEGATION.pattern)]
    # Letters re matches to an ASCII letter that lower case keeps apart (dotless i, long s)
    texts += ["\u0130F 4:01", "\u0131f 4:01", "mi\u017fsed out 4:01", "DIDN\u2019T", "nOt"]
    checked = 0
    for text in texts:
        low = lowered(text)
        for start in range(len(text)):
            for match in NEGATION.finditer(text, start):
                assert denying.start_between(low, match.start(), match.end()), (text, match)
                checked += 1
                break
        if low is None:
            continue
        starts = [i for i in range(len(low)) if low.startswith(NEGATION_WORDS, i)]
        for start, end in [(0, len(low)), (len(low) // 3, len(low) // 2), (5, 9), (0, 1)]:
            expected = any(start <= i < end for i in starts)
            assert denying.start_between(low, start, end) == expected, (text, start, end)
    assert checked > 1000


# Every ASCII mark and the typographic ones of news text: what a window may end with.
_MARKS = [
    *"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    *"\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00b4",
]


def test_a_window_ending_otherwise_is_not_searched() -> None:
    """``Ending`` answers without searching only windows that cannot match: the same
    matches as the bare pattern, before every digit and capital of the test articles and
    after every word and mark of each pattern's source and every other mark (alone, and
    after ``number``); ``search_window`` as ``search``."""
    import re

    from quizcli.draft import cues, people, results, things, timings, traits
    from quizcli.draft.tails import Ending, Window

    endings = [
        v
        for m in (results, people, timings, traits, things, cues)
        for v in vars(m).values()
        if isinstance(v, Ending)
    ]
    assert len(endings) >= 6
    assert max(ending.longest for ending in endings) <= Window.LONGEST
    texts = _sentences()
    for ending in endings:
        tried = [
            f"{lead}{p}{space}"
            for p in [*_source_phrases(ending.pattern.pattern), *ending.marks, *_MARKS]
            for lead in ("set a ", "x", "(", "", "the number ", "number 1", "record ", "by ")
            for space in ("", " ", "  \n", "\u00a0")
        ]
        tried += ["by \u017fome ", "K ", "\u0130n ", "\u0131n\u017f\u0131de ", "ATxat ", "a\nb\n"]
        for window in tried:
            expected = ending.pattern.search(window)
            found = ending.search(window)
            assert (found and found.span()) == (expected and expected.span()), window
            found = ending.search_window(Window(window))
            assert (found and found.span()) == (expected and expected.span()), window
            for start in {0, 1, 2, len(window) // 2}:
                expected = ending.pattern.search(window, start, len(window))
                found = ending.search_in(window, start, len(window))
                assert (found and found.span()) == (expected and expected.span()), window
        for text in texts:
            for at in re.finditer(r"[\dA-Z]", text):
                start = max(0, at.start() - 40)
                window = text[start : at.start()]
                expected = ending.pattern.search(window)
                found = ending.search(window)
                assert (found and found.span()) == (expected and expected.span()), window
                found = ending.search_window(Window(window))
                assert (found and found.span()) == (expected and expected.span()), window
                expected = ending.pattern.search(text, start, at.start())
                found = ending.search_in(text, start, at.start())
                assert (found and found.span()) == (expected and expected.span()), window


def test_an_event_led_by_its_first_character_is_found_as_before() -> None:
    """``events._EVENT`` leads its alternatives with a lookahead of how a match begins, and
    a text without the words of its capitalised alternatives is read without them: the
    same matches as the bare pattern on every sentence of the test articles and on every
    word of its source (an alternative added later that begins otherwise fails)."""
    from quizcli.draft import events

    texts = _sentences()
    texts += [
        f"{lead}{p} 2024"
        for p in _source_phrases(events.EVENT_BARE.pattern)
        for lead in ("the ", "")
    ]
    texts += ["5,000m, 10 000 metres and 200m breaststroke", "12th stage, Monaco Grand Prix"]
    texts += [t.replace("Marathon", "marathon") for t in texts if "Marathon" in t]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in events.EVENT_BARE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in events._EVENT.finditer(text)] == expected, text
        chosen = events.event_pattern(text)
        assert [(m.span(), m.groupdict()) for m in chosen.finditer(text)] == expected, text
    assert events.event_pattern("the 5000m") is not events._EVENT  # read without capitals


def test_a_holder_form_is_searched_only_in_windows_holding_its_words() -> None:
    """``holders._forms`` passes over a form only where it cannot match: every form finds
    the same match before every digit of the test articles (and of the adversary articles,
    which overtake and trail on purpose), and in windows made of the forms' own words."""
    import re

    from quizcli.draft import holders

    texts = _sentences()
    for path in sorted(DATA.glob("draft_corpus/adversary/*.txt")):
        texts.append(path.read_text(encoding="utf-8"))
    texts += [
        "Edris overtook compatriot Barega in the final 70 meters to finish in 1",
        "Kirui was passed by Reda and Tola at the bell to finish in 2",
        "He was 0.03 seconds behind Miller in 2",
        "Lind held off Park to win in 3",
        "Lind edged out Park to take gold in 3",
        "On Friday he raced against Murakami, only to end up sixth in 3",
    ]
    checked = 0
    for text in texts:
        for at in re.finditer(r"\d", text):
            low = max(0, at.start() - 120)
            kept = holders._forms(text, low, at.start())
            for form, _words in holders._NEEDS:
                found = form.search(text, low, at.start())
                assert form in kept or found is None, text[low : at.start()]
                checked += found is not None
    assert checked >= 5  # the forms do match here: the test sees them


def test_a_trait_before_a_name_is_searched_only_where_it_can_stand() -> None:
    """``Traits.learn`` passes over the rank and country patterns before a name unless the
    last word may end them: the same matches as the bare patterns before every capital of
    the test articles and in windows made of the patterns' words."""
    import re

    from quizcli.draft import traits

    texts = _sentences() + [
        "the world No. 1 ",
        "women's number three ",
        "WORLD NUMBER ONE ",
        "the top seed ",
        "by Norway's ",
        "by\u00a0Norway's\u00a0",
        "from Great Britain ",
        "world No.12\n",
    ]
    for text in texts:
        for at in [*[m.start() for m in re.finditer(r"[A-Z]", text)], len(text)]:
            before = text[max(0, at - 40) : at]
            spaced = before[-1:].isspace()
            rank = traits._RANK_BEFORE.search(before)
            assert not rank or (spaced and traits._may_rank(traits._last_word(before))), before
            place = traits._PLACE_BEFORE.search(before)
            assert not place or (spaced and traits._has_capital(traits._last_word(before))), before


def test_a_time_unit_is_searched_for_only_where_its_hint_stands() -> None:
    """``clock.find_times`` searches a sentence for what a time pattern needs only when the
    sentence holds the test's hint (``h`` for ``\\dh|hour``): every match of each test, in
    the test articles, every written form of a time and the tests' own words, holds its
    hint, so a sentence without it is answered as the search would answer it; and every
    sentence a pattern finds a time in passes the pattern's test."""
    import re

    from quizcli.draft import clock

    texts = _sentences() + ["4 hrs", "HRS 5", "2H 3M 4S", "1m 2", "(3 x", "1.2.3.4", "7:8"]
    texts += [w for needed, _ in clock._NEEDED for w in re.findall(r"[a-z]+", needed.pattern)]
    checked = 0
    for needed, hint in clock._NEEDED:
        for text in texts:
            low = text.casefold()
            for match in needed.finditer(low):
                assert hint in match[0], (needed.pattern, text)
                checked += 1
            held = needed.search(low) is not None
            assert (hint in low and needed.search(low) is not None) == held, text
    assert checked > 200
    # and a sentence a pattern finds a time in holds what the pattern needs
    texts += ["in 10.77", "IN 10.77", "clocking 9.58", "time of 1.234", '10.2"', "9.79 secs"]
    texts += ["timed 9.58", "clocked 14.44.07", "Campbell-Brown (10.91)", "(9.581)"]
    texts += [
        "12.5\u201d",
        "3.1\u2033",
        "ran 10.77s",
        "\u017fec 4.1s",
        "\u0130n 10.77",
        "in 9.58 \u00df",
    ]
    found = 0
    for (needed, _), pattern in zip(clock._NEEDED, clock._compiled(), strict=True):
        for text in texts:
            if pattern.search(text):
                assert needed.search(text.casefold()), (pattern.pattern, text)
                found += 1
    assert found > 50


def test_a_field_event_led_by_its_first_letter_is_found_as_before() -> None:
    """``field.FIELD_EVENT`` leads its pattern with a lookahead of the letters a match
    begins with: the same matches as the bare pattern on every sentence of the test
    articles, on the words of its source in every case, and on letters that case folding
    matches to an ASCII one (an event added later that begins otherwise fails here)."""
    from quizcli.draft import field

    texts = _sentences()
    texts += [
        f"{lead}{p}"
        for p in _source_phrases(field.FIELD_EVENT_BARE.pattern)
        for lead in ("the ", "", "women's ", "MEN’S ", "x")
    ]
    texts += ["the \u017fhot put", "\u0130gh jump", "Women\u2019s Pole Vault", "DISCUS THROW"]
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in field.FIELD_EVENT_BARE.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in field.FIELD_EVENT.finditer(text)] == expected


def test_a_cue_or_a_word_of_a_sex_led_by_its_first_letter_is_found_as_before() -> None:
    """``index._CUE`` and ``index._SEXES`` are led by a lookahead of the letters their
    words begin with: the same matches as the bare patterns on every sentence of the test
    articles and on the words of their sources in every case (a word added later that
    begins otherwise fails here), with letters case folding matches to an ASCII one."""
    from quizcli.draft import index

    for bare, led in ((index.CUE_BARE, index._CUE), (index.SEXES_BARE, index._SEXES)):
        texts = _sentences() + ["\u017fhe \u212aen HER Him", "Women\u2019s", "\u0130t is he"]
        texts += [f"x {p}, {p}." for p in _source_phrases(bare.pattern)]
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in bare.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in led.finditer(text)] == expected, text


def test_a_single_mark_or_a_moment_of_the_race_led_by_its_first_character_is_found() -> None:
    """``marks._SINGLE_OPEN`` (led by its mark) and ``moments.IN_RACE`` (by the letters
    its words begin with) find the same matches as the bare patterns on every sentence of
    the test articles, on whole articles and on the words of their sources."""
    from quizcli.draft import marks, moments

    articles = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("draft*/**/*.txt"))]
    for bare, led in (
        (marks.SINGLE_OPEN_BARE, marks._SINGLE_OPEN),
        (moments.IN_RACE_BARE, moments.IN_RACE),
    ):
        texts = _sentences() + articles + ["'It was', he said: 'Yes' (‘No’)", "‘2 laps’"]
        texts += [f"x {p}, {p}." for p in _source_phrases(bare.pattern)]
        texts += [f"'{p}" for p in _source_phrases(bare.pattern)]
        for text in texts:
            expected = [m.span() for m in bare.finditer(text)]
            assert [m.span() for m in led.finditer(text)] == expected, text


def _plain_named_places(
    finder: FactFinder, sentence: Sentence, events: list[re.Match[str]]
) -> list[Fact]:
    """``named_places.named_places`` as it read before the shortcut: the denial of every named
    person's clause read first, whatever the sentence says of the name."""
    from quizcli.draft import named_places as p
    from quizcli.draft.facts import Fact
    from quizcli.draft.moments import not_finish
    from quizcli.draft.people import is_possessive

    text = sentence.masked
    index = finder.index(sentence)
    finished = p._FINISHED.search(text)
    facts = []
    for run, named in zip(index.runs, index.names, strict=True):
        if named is None or finder.negated(sentence, run.start):
            continue
        placed = p._NAME_PLACE.match(text, run.end) or (
            p._NAME_IN.match(text, run.end) if finished else None
        )
        if placed and placed["of"] and placed.groupdict().get("in"):
            continue
        if placed and p.PLACE_LIST.match(text, placed.end("ord")):
            continue
        if placed and not (placed.groupdict().get("in") or finished):
            continue
        if placed and finder.event and not not_finish(finder, sentence, placed):
            place = p.place_number(placed["ord"])
            facts.append(Fact("place", named, finder.event, place, sentence, placed[0].strip()))
        before = p._RUNNER_UP.search(text, max(0, run.start - 12), run.start)
        if before and before.end() == run.start and not is_possessive(text, run):
            if p._PAST.search(text, max(0, before.start() - 25), before.start()):
                continue
            event = finder.event_at(events, run.start, run.end, text) if events else finder.event
            if event and not not_finish(finder, sentence, before):
                facts.append(Fact("place", named, event, 2, sentence, "runner-up"))
    return facts


_DENIED_PLACES = (
    "Jakob Ingebrigtsen won the men's 1500m final in 3:29.41 on Sunday night in Paris, ahead "
    "of Yared Nuguse, with Timothy Cheruiyot third in 3:30.02.\n\nJosh Kerr did not finish "
    "second, and Cole Hocker was never fourth. Runner-up Nuguse said he had hoped for more, "
    "while Narve Gilje Nordas was not runner-up Nordas but sixth in 3:31.10.\n\n"
    "Mario Garcia could not place fifth after a fall, and Neil Gourley finished seventh. "
    "Last year's runner-up George Mills was 10th, and the 2019 runner-up Stewart McSweyn "
    "failed to finish.\n\nIt was never Josh Kerr second in 3:29.90, as many had tipped, and "
    "it was not runner-up Hocker either but Yared Nuguse, with Cheruiyot third in 3:30.02. "
    "Ingebrigtsen held off runner-up Yared Nuguse by a stride in the men's 1500m final.\n"
)


def test_a_name_with_no_place_told_is_not_read_for_a_denial(tmp_path: Path) -> None:
    """``named_places.named_places`` reads the denial of a name's clause only when a place is
    told of the name (``Kerr second``, ``runner-up Kerr``): the same places as reading it
    for every name, sentence by sentence through the test, rewritten and adversary
    articles and an article of denied places."""
    from quizcli.draft.events import events_in
    from quizcli.draft.named_places import named_places as _named_places
    from quizcli.draft.people import Cast, lowercase_vocabulary
    from quizcli.draft.quotes import read_quotations
    from quizcli.draft.read import DraftError, read_article
    from quizcli.draft.results import FactFinder

    denied = tmp_path / "denied.txt"
    denied.write_text(_DENIED_PLACES, encoding="utf-8")
    paths = sorted([*DATA.glob("draft/*.txt"), *DATA.glob("draft_corpus/*/*.txt"), denied])
    checked = 0
    for path in paths:
        try:
            article = read_article(path)
        except DraftError:
            continue  # not read as an article (French): nothing to compare
        texts = [p.text for p in article.paragraphs]
        cast = Cast(lowercase=lowercase_vocabulary(texts))
        for text in texts:
            cast.learn(text)
        reading = read_quotations(article, cast)
        finder = FactFinder(cast, reading.sentences)
        for sentence in reading.sentences:
            events = events_in(sentence.masked)
            found = _named_places(finder, sentence, events)
            assert found == _plain_named_places(finder, sentence, events), sentence.text
            checked += len(found)
            finder.find(sentence)
    assert checked >= 5


def test_a_report_kind_is_searched_for_only_where_its_hints_stand() -> None:
    """``kinds.told_often`` passes over a text holding none of its hints: each hint list
    holds a piece of every match its pattern makes, in phrases made of the pattern's own
    words and in the test articles."""
    from quizcli.draft import fits, golf, innings, racing

    kinds = [
        (golf._GOLF_WORDS, golf._GOLF),
        (innings._CRICKET_WORDS, innings._CRICKET),
        (fits._FAST_WORDS, fits._FAST),
        (fits._MULTISPORT_WORDS, fits._MULTISPORT),
        (racing._RACING_WORDS, racing._RACING),
    ]
    texts = _sentences() + [
        "fillies and a gelding",
        "the Duathlon and its transition",
        "a track cycling race",
        "T1 and T2",
    ]
    for hints, pattern in kinds:
        phrases = [p.casefold() for p in _source_phrases(pattern.pattern)]
        phrases += [p + "s" for p in phrases] + [t.casefold() for t in texts]
        checked = 0
        for phrase in phrases:
            for match in pattern.finditer(phrase):
                assert any(hint in match[0] for hint in hints), (pattern.pattern, match[0])
                checked += 1
        assert checked, pattern.pattern


def test_sentence_ends_led_by_the_stop_end_where_they_did() -> None:
    """``quoted._SENTENCE_END`` leads both its alternatives with the stop: the same sentence
    ends (match ends) as the bare pattern on every test sentence and paragraph, and on the
    shapes it must tell apart (no space after a stop, abbreviations, closing quotes)."""
    from quizcli.draft import quoted

    texts = _sentences() + [" ".join(_sentences())]
    texts += ["won the race.Kerr said", "a world No. 1 Smith", "Mr. Smith won. He", "x.\u201d Y"]
    texts += ['"Go." She ran.', "1. Ann won. 2. Bo", "ab..Cd", "It ended!What next? Yes", "v. X"]
    for text in texts:
        bare = [m.end() for m in quoted._SENTENCE_END_BARE.finditer(text)]
        assert [m.end() for m in quoted._SENTENCE_END.finditer(text)] == bare, text


def test_the_country_names_read_from_pycountrys_file_are_pycountrys(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``nations.country_records`` reads pycountry's ISO 3166-1 file instead of importing
    pycountry (40 ms): the same names as pycountry's objects give, and, when the file is not
    where pycountry keeps it, those objects themselves (the codes too: names in capitals
    read them)."""
    import importlib.util

    import pycountry

    from quizcli.draft import nations

    keys = ("name", "common_name", "official_name", "alpha_2", "alpha_3")
    expected = [
        {k: getattr(c, k) for k in keys if getattr(c, k, None)} for c in pycountry.countries
    ]
    read = [{k: r[k] for k in keys if r.get(k)} for r in nations.country_records()]
    assert read == expected and len(read) > 240
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert nations.country_records() == expected


def test_his_or_her_before_a_place_is_read_from_the_words_just_before() -> None:
    """``placings._after_his_or_her`` reads back only over the spaces before an offset:
    the same answer as the pattern over the whole text before it, at every offset of every
    sentence of the test articles and of texts made to test its edges."""
    import re

    from quizcli.draft.placings import _after_his_or_her

    whole = re.compile(r"\b(?:his|her)\s+$")
    texts = _sentences() + [
        "this ",
        "her\n",
        "x her  \t",
        "hers ",
        "his\u00a0",
        "_his ",
        "\u00e9his ",
    ]
    for text in texts:
        for end in range(len(text) + 1):
            assert _after_his_or_her(text, end) == bool(whole.search(text[:end])), (text, end)
