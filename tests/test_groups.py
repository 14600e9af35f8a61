"""Question groups: checked by the loader, kept by the cache, honoured by the picker."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from helpers import HEADER, quizcli, write
from test_cache import rewrite_entry

from quizcli.bank import cache_format
from quizcli.bank.dump import question_table
from quizcli.bank.entry import open_bank
from quizcli.bank.load import load_bank
from quizcli.draw import NoQuestionsError, SetSource, draw, pick
from quizcli.errors import BankError
from quizcli.game import Round, RoundOptions


def question(qid: str, group: str | None = None, tags: tuple[str, ...] = ()) -> str:
    lines = [
        "[[questions]]",
        f'id = "{qid}"',
        'kind = "truefalse"',
        f'prompt = "Is {qid} true?"',
        "answer = true",
    ]
    if group:
        lines.append(f'group = "{group}"')
    if tags:
        lines.append("tags = [" + ", ".join(f'"{tag}"' for tag in tags) + "]")
    return "\n".join(lines) + "\n"


def grouped_bank() -> str:
    """12 questions: three groups (of 4, 3 and 2) and three ungrouped: 6 candidates."""
    parts = [question(f"podium-{n}", "podium", ("race",)) for n in range(4)]
    parts += [question(f"place-{n}", "place") for n in range(3)]
    parts += [question(f"city-{n}", "city", ("race",)) for n in range(2)]
    parts += [question(f"single-{n}") for n in range(3)]
    return HEADER + "\n" + "\n".join(parts)


def groups_of(ids: list[str]) -> Counter[str]:
    return Counter(qid.rsplit("-", 1)[0] for qid in ids if not qid.startswith("single"))


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    return write(tmp_path, grouped_bank())


# --- the format --------------------------------------------------------------------------


def test_group_is_loaded_and_written_back(bank_path: Path) -> None:
    qset = load_bank(bank_path)
    assert [q.group for q in qset.questions[:5]] == ["podium"] * 4 + ["place"]
    assert qset.questions[-1].group is None
    assert question_table(qset.questions[0])["group"] == "podium"
    assert "group" not in question_table(qset.questions[-1])


def test_a_group_must_be_a_slug(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "\n" + question("q1", "Podium Order"))
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert [str(p).replace(str(path), "FILE") for p in caught.value.problems] == [
        "FILE:18: question q1: group 'Podium Order' must be a slug: "
        "lowercase letters, digits and single hyphens"
    ]


def test_validate_knows_group(tmp_path: Path, bank_path: Path) -> None:
    ok = quizcli("validate", str(bank_path))
    assert ok.returncode == 0, ok.stderr
    bad = write(tmp_path, HEADER + "\n" + question("q1").replace("answer", "grop = 'x'\nanswer"))
    refused = quizcli("validate", str(bad))
    assert refused.returncode == 1
    assert "unknown field 'grop'" in refused.stdout + refused.stderr


# --- the picker --------------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 3, 6])
def test_a_round_never_asks_two_questions_of_one_group(bank_path: Path, count: int) -> None:
    qset = load_bank(bank_path)
    for seed in range(300):
        ids = [q.id for q in Round.start(qset, RoundOptions(count=count, seed=seed)).questions]
        assert len(ids) == count  # six candidates: enough groups for every count asked
        assert len(set(ids)) == count
        assert max(groups_of(ids).values(), default=0) <= 1, (seed, ids)


def test_count_stops_at_the_number_of_groups_and_singles(bank_path: Path) -> None:
    qset = load_bank(bank_path)
    for count in (7, 12, None):
        ids = [q.id for q in Round.start(qset, RoundOptions(count=count, seed=3)).questions]
        assert len(ids) == 6
        assert groups_of(ids) == Counter({"podium": 1, "place": 1, "city": 1})


def test_groups_apply_within_the_filters(bank_path: Path) -> None:
    qset = load_bank(bank_path)
    for seed in range(50):
        options = RoundOptions(count=5, seed=seed, tags=("race",))
        ids = [q.id for q in Round.start(qset, options).questions]
        assert sorted(groups_of(ids)) == ["city", "podium"]  # race: two groups, no singles


def test_each_group_is_one_candidate_and_each_member_comes_up(bank_path: Path) -> None:
    # A group of four is as likely to be asked as a single question, not four times as likely.
    qset = load_bank(bank_path)
    seen: Counter[str] = Counter()
    for seed in range(600):
        seen.update(q.id for q in Round.start(qset, RoundOptions(count=1, seed=seed)).questions)
    by_candidate = groups_of(list(seen.elements()))
    by_candidate["single-0"] = seen["single-0"]
    assert all(60 <= n <= 140 for n in by_candidate.values()), by_candidate  # 100 expected
    assert all(seen[f"podium-{n}"] > 0 for n in range(4))


def test_the_same_seed_gives_the_same_round(bank_path: Path) -> None:
    qset = load_bank(bank_path)
    rounds = [Round.start(qset, RoundOptions(count=4, seed=11)).questions for _ in range(3)]
    assert rounds[0] == rounds[1] == rounds[2]


def test_without_groups_the_draw_is_the_plain_sample() -> None:
    # Banks without groups replay the rounds their stored seeds gave before groups existed.
    eligible = range(40)
    options = RoundOptions(count=10)
    assert pick(eligible, options, random.Random(5), {}) == random.Random(5).sample(eligible, 10)
    assert pick(eligible, options, random.Random(5)) == random.Random(5).sample(eligible, 10)


def test_pick_refuses_an_empty_eligible_list() -> None:
    with pytest.raises(NoQuestionsError):
        pick([], RoundOptions(tags=("none",)), random.Random(1), {0: "g"})


def test_the_cache_serves_the_same_groups_and_rounds(bank_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first = open_bank(bank_path, folder)  # read and checked, entry written
    served = open_bank(bank_path, folder)  # from the entry
    assert served._cached is not None
    in_memory = SetSource(load_bank(bank_path))
    assert first.groups() == served.groups() == in_memory.groups()
    for seed in range(40):
        options = RoundOptions(count=4, seed=seed)
        expected = draw(in_memory, options, seed)[1]
        assert draw(served, options, seed)[1] == draw(first, options, seed)[1] == expected


def test_a_damaged_group_index_falls_back_to_the_bank(bank_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    open_bank(bank_path, folder)
    rewrite_entry(
        folder,
        bank_path,
        lambda head, index, chunks: index["groups"].update(podium=cache_format.pack([0, 1, 2, 99])),
    )
    damaged = open_bank(bank_path, folder)
    assert damaged._cached is not None
    options = RoundOptions(count=6, seed=2)
    fresh = Round.start(load_bank(bank_path), options)
    assert Round.start(damaged, options).questions == fresh.questions
