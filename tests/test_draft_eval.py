"""bench/draft_eval.py judges any corpus it is given, and its judge catches what a reader would.

The held-out set (tests/data/draft_corpus/holdout/) is a second corpus of notes on real
articles that nobody tuning the engine reads; `draft_eval.py --holdout` (or `--notes DIR
--texts DIR`) measures the engine on it. These tests build a one-article corpus of their
own (an invented race report, written here) and check that the option drafts it through
the real CLI, reads the verdicts kept beside its notes, and keeps the table's format.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
import draft_eval  # noqa: E402
from draft_eval import Judge, Notes, Quotation, Result, mentions  # noqa: E402

ARTICLE = """https://example.org/invented-800m-report
Ravenscar wins the 800m in Lisbon

Marta Ravenscar won the women's 800m at the Lisbon meeting on Sunday in 1:58.42, holding off
Jana Oduya, who was second in 1:58.90.

"I knew the last bend would decide it, so I went early," Ravenscar said.
"""

NOTES = """url = "https://example.org/invented-800m-report"
publisher = "invented for the tests"
sport = "athletics (800m)"
style = "short race report with one quotation"
people = ["Marta Ravenscar", "Jana Oduya"]
not_people = ["Lisbon"]

[[quotes]]
speaker = "Marta Ravenscar"
starts = ["I knew the last bend would decide it"]

[[results]]
who = "Marta Ravenscar"
event = "women's 800m, Lisbon meeting"
time = "1:58.42"
place = 1

[[results]]
who = "Jana Oduya"
event = "women's 800m, Lisbon meeting"
time = "1:58.90"
place = 2
"""


def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A one-article corpus: its notes folder and its texts folder."""
    notes, texts = tmp_path / "set" / "notes", tmp_path / "texts"
    notes.mkdir(parents=True)
    texts.mkdir()
    (notes / "01-invented-800m.toml").write_text(NOTES, encoding="utf-8")
    (texts / "01-invented-800m.txt").write_text(ARTICLE, encoding="utf-8")
    return notes, texts


def test_another_corpus_is_drafted_and_judged_with_its_own_verdicts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes, texts = corpus(tmp_path)
    judged_file = tmp_path / "judged.json"
    args = ["--notes", str(notes), "--texts", str(texts), "--json", str(judged_file)]
    assert draft_eval.main(args) == 0
    out = capsys.readouterr().out
    assert "| 01-invented-800m | athletics (800m) |" in out
    assert "| **all 1** |" in out
    assert "01-kirui" not in out  # the default corpus is not judged as well
    judged = json.loads(judged_file.read_text(encoding="utf-8"))
    assert judged and all(j["verdict"] == "right" for j in judged), judged
    assert any(j["answer"] == "1:58.42" for j in judged), judged

    # A person's verdict kept beside the notes folder overrides the notes' judgement.
    first = judged[0]
    (notes.parent / "verdicts.toml").write_text(
        "[[verdicts]]\n"
        + "".join(
            f"{key} = {json.dumps(first[key], ensure_ascii=False)}\n"
            for key in ("article", "prompt", "answer", "quote")
        )
        + 'verdict = "poor"\nwhy = "a reader\'s verdict"\noverride = true\n',
        encoding="utf-8",
    )
    assert draft_eval.main(args) == 0
    out = capsys.readouterr().out
    assert "Poor questions (1):" in out
    assert "a reader's verdict" in out


def test_a_missing_notes_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert draft_eval.main(["--notes", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no notes folder" in err[0]


def test_the_held_out_notes_are_a_separate_set() -> None:
    held = sorted(draft_eval.HELD_OUT["holdout"][0].glob("*.toml"))
    assert len(held) >= 15
    main_urls = {draft_eval.load_notes(p).url for p in draft_eval.NOTES.glob("*.toml")}
    sports = set()
    for path in held:
        notes = draft_eval.load_notes(path)
        assert notes.url and notes.url not in main_urls, path.name
        assert notes.people and (notes.quotations or notes.results), path.name
        sports.add(notes.sport.split(" (")[0])
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert "text" not in data  # notes only: the articles' texts stay outside the repo
    assert len(sports) >= 8, sports


def test_the_second_held_out_set_is_apart_from_both_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    held = sorted(draft_eval.HELD_OUT["holdout2"][0].glob("*.toml"))
    assert len(held) >= 20
    earlier = [*draft_eval.NOTES.glob("*.toml"), *draft_eval.HELD_OUT["holdout"][0].glob("*.toml")]
    earlier_urls = {draft_eval.load_notes(p).url for p in earlier}
    sports = set()
    for path in held:
        notes = draft_eval.load_notes(path)
        assert notes.url and notes.url not in earlier_urls, path.name
        assert notes.people and (notes.quotations or notes.results), path.name
        sports.add(notes.sport.split(" (")[0])
        assert "text" not in tomllib.loads(path.read_text(encoding="utf-8"))
    assert len(sports) >= 10, sports
    # --holdout2 reads its own texts folder, and is never mixed with --holdout
    monkeypatch.setitem(
        draft_eval.HELD_OUT,
        "holdout2",
        (draft_eval.HELD_OUT["holdout2"][0], tmp_path / "no-texts-here"),
    )
    assert draft_eval.main(["--holdout2"]) == 0
    assert "no-texts-here" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        draft_eval.main(["--holdout", "--holdout2"])


def test_the_third_held_out_set_is_apart_from_all_three_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    held = sorted(draft_eval.HELD_OUT["holdout3"][0].glob("*.toml"))
    assert len(held) >= 15
    earlier = [
        *draft_eval.NOTES.glob("*.toml"),
        *draft_eval.HELD_OUT["holdout"][0].glob("*.toml"),
        *draft_eval.HELD_OUT["holdout2"][0].glob("*.toml"),
    ]
    earlier_urls = {draft_eval.load_notes(p).url for p in earlier}
    sports = set()
    quiet = 0
    for path in held:
        notes = draft_eval.load_notes(path)
        assert notes.url and notes.url not in earlier_urls, path.name
        assert notes.people and (notes.quotations or notes.results), path.name
        sports.add(notes.sport.split(" (")[0])
        quiet += not notes.quotations
        assert "text" not in tomllib.loads(path.read_text(encoding="utf-8"))
    assert len(sports) >= 10, sports
    assert quiet >= 2  # articles with no quotation at all
    assert len({draft_eval.load_notes(p).url for p in held}) == len(held)
    # --holdout3 reads its own texts folder, and is never mixed with another held-out set
    monkeypatch.setitem(
        draft_eval.HELD_OUT,
        "holdout3",
        (draft_eval.HELD_OUT["holdout3"][0], tmp_path / "no-texts-here"),
    )
    assert draft_eval.main(["--holdout3"]) == 0
    assert "no-texts-here" in capsys.readouterr().out
    for other in ("--holdout", "--holdout2"):
        with pytest.raises(SystemExit):
            draft_eval.main([other, "--holdout3"])


@pytest.mark.parametrize(
    ("number", "least", "sports_least", "quoted_least"),
    [(4, 12, 10, 12), (5, 14, 12, 12), (6, 20, 10, 11), (7, 20, 18, 10)],
)
def test_the_fourth_to_seventh_held_out_sets_are_apart_from_all_others(
    number: int,
    least: int,
    sports_least: int,
    quoted_least: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sets = {
        "": draft_eval.NOTES,
        "--holdout": draft_eval.HELD_OUT["holdout"][0],
        "--holdout2": draft_eval.HELD_OUT["holdout2"][0],
        "--holdout3": draft_eval.HELD_OUT["holdout3"][0],
        "--holdout4": draft_eval.HELD_OUT["holdout4"][0],
        "--holdout5": draft_eval.HELD_OUT["holdout5"][0],
        "--holdout6": draft_eval.HELD_OUT["holdout6"][0],
        "--holdout7": draft_eval.HELD_OUT["holdout7"][0],
    }
    flag = f"--holdout{number}"
    held = sorted(sets[flag].glob("*.toml"))
    assert len(held) >= least
    earlier = [p for name, folder in sets.items() if name != flag for p in folder.glob("*.toml")]
    earlier_urls = {draft_eval.load_notes(p).url for p in earlier}
    sports = set()
    quoted = 0
    for path in held:
        notes = draft_eval.load_notes(path)
        assert notes.url and notes.url not in earlier_urls, path.name
        assert notes.people and (notes.quotations or notes.results), path.name
        sports.add(notes.sport.split(" (")[0])
        quoted += any(q.speaker for q in notes.quotations)
        assert "text" not in tomllib.loads(path.read_text(encoding="utf-8"))
    assert len(sports) >= sports_least, sports
    assert quoted >= quoted_least  # articles with an attributed quotation
    assert len({draft_eval.load_notes(p).url for p in held}) == len(held)
    # each reads its own texts folder, and is never mixed with another held-out set
    name = f"holdout{number}"
    monkeypatch.setitem(
        draft_eval.HELD_OUT, name, (draft_eval.HELD_OUT[name][0], tmp_path / "no-texts-here")
    )
    assert draft_eval.main([flag]) == 0
    assert "no-texts-here" in capsys.readouterr().out
    for other in [name for name in sets if name and name != flag]:
        with pytest.raises(SystemExit):
            draft_eval.main([other, flag])


def _urls(folder: Path) -> list[str]:
    """Every note's address in a notes folder."""
    return [draft_eval.load_notes(path).url for path in sorted(folder.glob("*.toml"))]


_LATER_SETS = [name for name in draft_eval.HELD_OUT if name[7:].isdigit() and int(name[7:]) >= 8]


@pytest.mark.parametrize("name", _LATER_SETS)
def test_each_later_blind_set_is_apart_from_all_others(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The eighth set on: 20 notes of 20 addresses none of the other sets (nor the tuning
    corpus) holds, notes only, in ten sports at least, a quarter with a quotation at least
    (the eleventh leans on results); each read by
    its own flag from its own texts folder, never mixed with another set."""
    folder = draft_eval.HELD_OUT[name][0]
    held = sorted(folder.glob("*.toml"))
    assert len(held) == 20
    others = {
        url
        for other in [
            draft_eval.NOTES,
            *(f for n, (f, _) in draft_eval.HELD_OUT.items() if n != name),
        ]
        for url in _urls(other)
    }
    mine = _urls(folder)
    assert len(set(mine)) == 20 and not set(mine) & others, set(mine) & others
    sports, quoted = set(), 0
    for path in held:
        notes = draft_eval.load_notes(path)
        assert notes.quotations or notes.results, path.name
        sports.add(notes.sport.split(" (")[0])
        quoted += any(q.speaker for q in notes.quotations)
        assert "text" not in tomllib.loads(path.read_text(encoding="utf-8"))
    assert len(sports) >= 10, sports
    assert quoted >= 5
    monkeypatch.setitem(draft_eval.HELD_OUT, name, (folder, tmp_path / "no-texts-here"))
    assert draft_eval.main([f"--{name}"]) == 0
    assert "no-texts-here" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        draft_eval.main(["--holdout", f"--{name}"])


def test_words_said_by_two_people_are_not_asked_with_the_other_as_a_wrong_option() -> None:
    text = '"He is the best in the world right now," said both Ann Bell and Cara Dunn.'
    quotation = Quotation(0, "Ann Bell", ["He is the best in the world"], True, ["Cara Dunn"])
    others = [Result(0, "Eve Ford", "500m", place=1), Result(1, "Gil Hart", "500m", place=4)]

    def asked(answer: str, choices: list[str]) -> str:
        item = judge(text, others, [quotation]).judge(
            {
                "kind": "choice",
                "prompt": "Who said this?",
                "quote": "He is the best in the world right now",
                "choices": choices,
                "answer": answer,
            }
        )
        return item.verdict

    assert asked("Ann Bell", ["Ann Bell", "Cara Dunn", "Eve Ford", "Gil Hart"]) == "wrong"
    assert asked("Cara Dunn", ["Ann Bell", "Cara Dunn", "Eve Ford", "Gil Hart"]) == "wrong"
    assert asked("Cara Dunn", ["Cara Dunn", "Eve Ford", "Gil Hart"]) == "right"
    assert asked("Eve Ford", ["Ann Bell", "Eve Ford", "Gil Hart"]) == "wrong"
    fill = judge(text, others, [quotation]).judge(
        {
            "kind": "text",
            "prompt": "Complete what Cara Dunn said: which word is missing?",
            "quote": "He is the ___ in the world right now",
            "attribution": "Cara Dunn",
            "answer": "best",
        }
    )
    assert fill.verdict == "right", fill.why


def judge(text: str, results: list[Result], quotations: list[Quotation] | None = None) -> Judge:
    people = {r.who for r in results} | {r.against for r in results if r.against}
    people |= {q.speaker for q in quotations or []}
    people = sorted(people | {a for q in quotations or [] for a in q.also})
    notes = Notes("x", "", "", "", "", "en", people, [], [], quotations or [], results, {}, [])
    return Judge(notes, text)


def test_a_place_asked_in_a_race_the_event_is_not_is_wrong() -> None:
    shot = Result(0, "Tom Walsh", "men's shot put, 2022 world championships", place=4)
    item = judge("Walsh finished fourth.", [shot]).judge(
        {"kind": "number", "prompt": "In what place did Tom Walsh finish in the 100m?", "answer": 4}
    )
    assert item.verdict == "wrong", item.why
    right = judge("Walsh finished fourth.", [shot]).judge(
        {"kind": "number", "prompt": "In what place did Tom Walsh finish?", "answer": 4}
    )
    assert right.verdict == "right", right.why


def test_a_place_asked_of_a_noted_runner_who_is_no_person_is_judged_by_its_result() -> None:
    """A horse the notes place (and list among the non-people) is the race's runner: its
    place is judged by the notes, and a non-person with no result noted stays wrong."""
    runners = [
        Result(0, "Silver Lantern", "Carlow Cup 2024", place=1),
        Result(1, "Blue Harbour", "Carlow Cup 2024", place=2),
    ]
    notes = Notes("x", "", "", "", "", "en", ["Pat Kelly"], [], [], [], runners, {}, [])
    notes.not_people = ["Silver Lantern", "Blue Harbour", "Carlow"]
    judge_ = Judge(notes, "Silver Lantern won from runner-up Blue Harbour.")

    def verdict(prompt: str, answer: int) -> str:
        return judge_.judge({"kind": "number", "prompt": prompt, "answer": answer}).verdict

    assert verdict("In what place did Blue Harbour finish in the Carlow Cup?", 2) == "right"
    assert verdict("In what place did Blue Harbour finish in the Carlow Cup?", 3) == "wrong"
    assert verdict("In what place did Carlow finish in the Carlow Cup?", 2) == "wrong"


def test_a_match_asked_by_the_teams_last_words_credits_the_loser_too() -> None:
    """ "Who won the match between Panthers and Oilers?" asks the noted Edmonton Oilers'
    place as well (the article writes the teams short); a team the prompt does not name is
    not credited."""
    game = "Stanley Cup Final 2024, Game 7"
    results = [
        Result(0, "Florida Panthers", game, place=1, team=True),
        Result(1, "Edmonton Oilers", game, place=2, team=True),
        Result(2, "Dallas Stars", game, place=2, team=True),
    ]
    notes = Notes("x", "", "", "", "", "en", [], [], [], [], results, {}, [])
    judge_ = Judge(notes, "Panthers beat the Oilers 2-1 in Game 7.")
    item = judge_.judge(
        {
            "kind": "choice",
            "prompt": "Who won the match between Panthers and Oilers?",
            "answer": "Panthers",
            "choices": ["Panthers", "Oilers"],
        }
    )
    assert item.verdict == "right", item.why
    assert {(0, "place"), (1, "place")} <= item.results
    assert (2, "place") not in item.results


def test_a_medley_written_short_is_the_individual_medley() -> None:
    """The notes' "200m IM" and a prompt's "200m individual medley" are one race; the
    breaststroke is still another."""
    final = Result(0, "Jim Gold", "men's 200m IM final", time="1:57.72")
    judge_ = judge("Gold won the men's 200 IM in 1:57.72.", [final])

    def verdict(prompt: str) -> str:
        return judge_.judge({"kind": "time", "prompt": prompt, "answer": "1:57.72"}).verdict

    assert (
        verdict("What time does the article give for Jim Gold in the men's 200m individual medley?")
        == "right"
    )
    assert (
        verdict("What time does the article give for Jim Gold in the men's 200m breaststroke?")
        == "wrong"
    )


def test_two_matches_with_one_score_are_told_apart_by_their_sides() -> None:
    results = [
        Result(0, "Coco Vandeweghe", "fourth round", score="6-2, 6-3", against="Angelique Kerber"),
        Result(1, "Garbine Muguruza", "fourth round", score="6-2, 6-3", against="Sorana Cirstea"),
    ]
    asked = {
        "kind": "text",
        "prompt": "What was the score when Muguruza beat Cirstea?",
        "answer": "6-2 6-3",
    }
    item = judge("", results).judge(asked)
    assert item.verdict == "right", item.why
    assert item.results == {(1, "score")}
    wrong = judge("", results[:1] + [Result(1, "Garbine Muguruza", "", against="Sorana Cirstea")])
    wrong = wrong.judge(asked)
    assert wrong.verdict == "wrong", wrong.why


def test_a_win_and_its_score_are_credited_to_the_match_whose_both_sides_are_named() -> None:
    """One player wins a semi-final and then the final by the same score: "Who won the
    semifinal between A and C?" and "By what score did A beat C?" are the semi-final's, not
    the final's between A and B that the notes list first."""
    final = "Lakeside Open 2024, women's foil"
    results = [
        Result(0, "Ana Bell", final, place=1, score="15-13", against="Cora Dunn"),
        Result(1, "Ana Bell", f"{final}, semifinal", place=1, score="15-13", against="Eve Ford"),
    ]
    judge_ = judge("Bell beat Ford 15-13 and then Dunn 15-13.", results)
    won = judge_.judge(
        {
            "kind": "choice",
            "prompt": "Who won the semifinal between Eve Ford and Ana Bell?",
            "answer": "Ana Bell",
            "choices": ["Ana Bell", "Eve Ford"],
        }
    )
    assert won.verdict == "right", won.why
    assert won.results == {(1, "place")}
    score = judge_.judge(
        {"kind": "text", "prompt": "By what score did Ana Bell beat Eve Ford?", "answer": "15-13"}
    )
    assert score.results == {(1, "score")}
    final_won = judge_.judge(
        {
            "kind": "choice",
            "prompt": "Who won the match between Cora Dunn and Ana Bell?",
            "answer": "Ana Bell",
            "choices": ["Ana Bell", "Cora Dunn"],
        }
    )
    assert final_won.results == {(0, "place")}


def test_a_margin_a_horse_and_a_round_told_by_its_sides_are_credited() -> None:
    """ "By what margin did A beat B?" answered "seven runs" is the noted "won by 7 runs";
    "Which horse won ...?" is a winner's question; a round the notes tie to its words is
    credited without them when the prompt names both sides and they met only once."""
    results = [
        Result(0, "Northmoor", "County Cup 2024, final", place=1, score="won by 7 runs"),
        Result(1, "Silver Lantern", "Carlow Cup 2024", place=1),
        Result(2, "Ana Bell", "Lakeside Open, round two", place=1, against="Eve Ford"),
        Result(3, "Ana Bell", "Lakeside Open, round one", place=1, against="Cora Dunn"),
        Result(4, "Ana Bell", "Lakeside Open, final", place=1, against="Cora Dunn"),
    ]
    for result in results[2:]:
        result.event_must = [result.event.split(", ")[1]]
    judge_ = judge("", results)

    def credited(prompt: str, answer: str, kind: str = "text") -> set[tuple[int, str]]:
        item = judge_.judge({"kind": kind, "prompt": prompt, "answer": answer})
        return item.results if item.verdict == "right" else set()

    assert credited("By what margin did Northmoor beat Southmoor?", "seven runs") == {(0, "score")}
    assert credited("By what margin did Northmoor beat Southmoor?", "seven wickets") == set()
    assert credited("Which horse won the Carlow Cup?", "Silver Lantern") == {(1, "place")}
    between = "Who won the match between Eve Ford and Ana Bell?"
    assert credited(between, "Ana Bell") == {(2, "place")}
    twice = "Who won the match between Cora Dunn and Ana Bell?"  # (a round and the final)
    assert credited(twice, "Ana Bell") == set()


@pytest.mark.parametrize(
    ("text", "quote", "verdict"),
    [
        (
            '"It is the first time I have beaten a world No. 1 anywhere," Ann Bell said.',
            "It is the first time I have beaten a world No.",
            "poor",
        ),
        (
            'Ann Bell said: "We have played often. She is a tricky player. She has a lot o',
            "She has a lot o",
            "poor",
        ),
        (
            'Ann Bell said: "We have played often. She is a tricky player."',
            "She is a tricky player.",
            "right",
        ),
    ],
)
def test_a_quotation_cut_short_is_poor(text: str, quote: str, verdict: str) -> None:
    quotation = Quotation(0, "Ann Bell", [text.split('"')[1][:30]], True)
    item = judge(text, [], [quotation]).judge(
        {
            "kind": "choice",
            "prompt": "Who said this?",
            "quote": quote,
            "choices": ["Ann Bell"],
            "answer": "Ann Bell",
        }
    )
    assert item.verdict == verdict, item.why


def test_a_prompt_names_the_discipline_case_aside() -> None:
    """A note's must-word ``S14`` is named by a prompt printing ``S14`` (the judge had
    lowered only the prompt, so a capital in the notes was never found)."""
    swim = Result(
        0, "Ruby Stormm", "women's 200m freestyle S14 final", time="2:15.75", event_must=["S14"]
    )
    item = judge("Ruby Stormm (2:15.75) swam the S14.", [swim]).judge(
        {
            "kind": "time",
            "prompt": "What time does the article give for Ruby Stormm in the women's 200m "
            "freestyle S14?",
            "answer": "2:15.75",
        }
    )
    assert item.verdict == "right", item.why


def test_a_quotation_opening_on_two_words_is_placed() -> None:
    """``"It's unbelievable. It's some achievement ...," McCarthy said`` noted as starting
    "It's unbelievable." (two words): the shown second sentence is still McCarthy's, never
    the speaker of the quotation noted before it."""
    text = (
        '"The boys were fantastic and they deserve it," said Ben Watsen.\n\n'
        "The team was put together for less than $30 million.\n\n"
        "\"It's unbelievable. It's some achievement for everyone in the club,\" midfielder "
        'James McCarthey said. "Now it\'s down to the league."'
    )
    quotations = [
        Quotation(0, "Ben Watsen", ["The boys were fantastic and they deserve it"], True),
        Quotation(
            1, "James McCarthey", ["It's unbelievable.", "Now it's down to the league."], True
        ),
    ]
    item = judge(text, [], quotations).judge(
        {
            "kind": "choice",
            "prompt": "Who said this?",
            "quote": "It's some achievement for everyone in the club",
            "answer": "James McCarthey",
            "choices": ["Ben Watsen", "James McCarthey", "Ann Other"],
        }
    )
    assert item.verdict != "wrong", item.why


def _doubles() -> list[Result]:
    final = "Harbour Open, women's doubles final"
    return [
        Result(0, "Ada Quill", final, place=1, against="Bea Roan"),
        Result(1, "Cora Pell", final, place=1, against="Dee Strand"),
        Result(2, "Bea Roan", final, place=2),
        Result(3, "Dee Strand", final, place=2),
        Result(4, "Eva Tams", "Harbour Open, women's singles final", place=1),
    ]


@pytest.mark.parametrize(
    ("answer", "verdict", "credited"),
    [
        ("Ada Quill and Cora Pell", "right", {0, 1, 2, 3}),
        ("Cora Pell, Ada Quill", "right", {0, 1, 2, 3}),
        ("Bea Roan and Dee Strand", "wrong", set()),  # the losers: placed second
        ("Ada Quill and Bea Roan", "wrong", set()),  # one of each pair
        ("Ada Quill and Eva Tams", "undecided", set()),  # Tams won another final
    ],
)
def test_a_pair_answer_is_judged_person_by_person(
    answer: str, verdict: str, credited: set[int]
) -> None:
    """ "Who won the final between A/B and C/D?" answered "A and B": right only when each
    person named has the win noted; wrong when any is placed otherwise."""
    item = judge("", _doubles()).judge(
        {
            "kind": "choice",
            "prompt": "Who won the women's doubles final between Ada Quill/Cora Pell and "
            "Bea Roan/Dee Strand?",
            "answer": answer,
            "choices": ["Ada Quill and Cora Pell", "Bea Roan and Dee Strand"],
        }
    )
    assert item.verdict == verdict, item.why
    assert {index for index, _ in item.results} == credited


def test_a_crew_answer_credits_each_member_and_a_lone_name_is_judged_as_before() -> None:
    race = "Dune 12 Hours"
    results = [Result(i, who, race, place=3) for i, who in enumerate(["Al Moss", "Bo Fenn"])]
    item = judge("", results).judge(
        {
            "kind": "choice",
            "prompt": "Who finished third in the Dune 12 Hours?",
            "answer": "Al Moss and Bo Fenn",
            "choices": ["Al Moss and Bo Fenn", "Cy Dale and Di Orr"],
        }
    )
    assert item.verdict == "right", item.why
    assert item.results == {(0, "place"), (1, "place")}
    alone = judge("", results).judge(
        {
            "kind": "choice",
            "prompt": "Who finished third in the Dune 12 Hours?",
            "answer": "Al Moss",
            "choices": ["Al Moss", "Cy Dale"],
        }
    )
    assert alone.verdict == "right" and alone.results == {(0, "place")}, alone.why


@pytest.mark.parametrize(
    ("prompt", "verdict", "credited"),
    [
        ("In what place did Al Moss and Bo Fenn finish in the duet?", "right", {0, 1}),
        ("In what place did Al Moss, Bo Fenn and Cy Dale finish in the duet?", "wrong", set()),
        ("In what place did Al Moss and Di Orr finish in the duet?", "undecided", set()),
        ("In what place did Al Moss finish in the duet?", "right", {0}),
    ],
)
def test_a_place_asked_of_a_crew_is_judged_person_by_person(
    prompt: str, verdict: str, credited: set[int]
) -> None:
    """ "In what place did A and B finish?": right only when each has that place noted,
    wrong when any has another; a lone name is judged as before."""
    results = [
        Result(0, "Al Moss", "synchronised swimming duet", place=4),
        Result(1, "Bo Fenn", "synchronised swimming duet", place=4),
        Result(2, "Cy Dale", "synchronised swimming duet", place=5),
    ]
    people = judge("", results)
    people.notes.people.append("Di Orr")
    item = people.judge({"kind": "number", "prompt": prompt, "answer": 4})
    assert item.verdict == verdict, item.why
    assert {index for index, _ in item.results} == credited


def test_a_name_written_possessive_is_named() -> None:
    """ "What was Scottie Scheffler's total ...?" names the noted Scottie Scheffler (a right
    total had been judged wrong for the "'s" alone)."""
    assert mentions("What was Scottie Scheffler's total score against par?", "Scottie Scheffler")
    assert mentions("What was Scottie Scheffler's total score against par?", "Scheffler")
    assert not mentions("What was Scottie Scheffler's total?", "Scott")


def test_a_match_score_is_the_noted_score_before_its_games() -> None:
    """ "By what score did A beat B?" answered 4-1 is the noted "4-1 (7-11, 11-9, 11-9,
    11-8, 11-8)": the games in brackets detail the score asked."""
    final = Result(0, "Ana Bell", "Harbour Open, final", place=1, against="Eve Ford")
    final.score = "4-1 (7-11, 11-9, 11-9, 11-8, 11-8)"
    item = judge("", [final]).judge(
        {"kind": "text", "prompt": "By what score did Ana Bell beat Eve Ford?", "answer": "4-1"}
    )
    assert item.verdict == "right", item.why
    assert item.results == {(0, "score")}


def test_a_match_for_third_place_credits_the_loser_fourth() -> None:
    event = "Harbour Open 2024, men's singles"
    results = [
        Result(0, "Ana Bell", f"{event} bronze medal match", place=3, against="Eve Ford"),
        Result(1, "Eve Ford", f"{event} bronze medal match", place=4),
    ]
    item = judge("", results).judge(
        {
            "kind": "choice",
            "prompt": "Who won the men's singles match for third place between Ana Bell and "
            "Eve Ford?",
            "answer": "Ana Bell",
            "choices": ["Ana Bell", "Eve Ford"],
        }
    )
    assert item.results == {(0, "place"), (1, "place")}


def test_a_place_asked_with_its_year_credits_that_years_result() -> None:
    """ "In what place did X finish in the Lakeside Marathon in 2013?" credits the noted
    third place of 2013, not the same place of 2012 noted first (a reader would)."""
    results = [
        Result(0, "Sam Moss", "Lakeside Marathon 2012", place=3, event_must=["2012"]),
        Result(1, "Sam Moss", "Lakeside Marathon 2013", place=3, event_must=["2013"]),
    ]
    judge_ = judge("Sam Moss was third twice (2012 and 2013).", results)
    prompt = "In what place did Sam Moss finish in the Lakeside Marathon in 2013?"
    item = judge_.judge({"kind": "number", "prompt": prompt, "answer": 3})
    assert item.verdict == "right", item.why
    assert item.results == {(1, "place")}
