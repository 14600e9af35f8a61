"""The drafting patterns one by one, on small articles written here, and the mistakes it
must not make: a wrong speaker through a relative clause or a pronoun of the wrong sex."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizcli.draft import DraftError, DraftOptions, draft

BODY = "This paragraph is here so the article is long enough to be read as an article at all."


def quotations(tmp_path: Path, text: str, name: str = "a.txt") -> list[tuple[str, str]]:
    """The (speaker, words) pairs found in ``text``; none when there is nothing to ask."""
    path = tmp_path / name
    path.write_text(text + "\n\n" + BODY + "\n", encoding="utf-8")
    try:
        (found,) = draft([path]).findings
    except DraftError:
        return []
    return [(q["speaker"], q["text"]) for q in found["quotations"]]


@pytest.mark.parametrize(
    "text",
    [
        'Josh Kerr won the race in Paris.\n\n"I knew I had it in me all along," Kerr said.',
        'Josh Kerr won the race in Paris.\n\n"I knew I had it in me all along," said Kerr.',
        'Josh Kerr won the race in Paris.\n\nKerr said: "I knew I had it in me all along."',
        'Josh Kerr won the race in Paris.\n\nKerr told the BBC: "I knew I had it in me all along."',
        "Josh Kerr won in Paris.\n\n\u201cI knew I had it in me all along,\u201d he added.",
        'Josh Kerr, the champion, said: "I knew I had it in me all along."',
    ],
)
def test_each_attribution_pattern_names_the_speaker(tmp_path: Path, text: str) -> None:
    found = quotations(tmp_path, text)
    assert [(who, words.rstrip(".")) for who, words in found] == [
        ("Josh Kerr", "I knew I had it in me all along")
    ]


def test_a_relative_clause_does_not_lend_its_name(tmp_path: Path) -> None:
    text = (
        "Josh Kerr and Cole Hocker both ran in the final in Paris.\n\n"
        'Kerr, who beat Hocker, said: "That was the hardest race of my whole life so far."'
    )
    found = quotations(tmp_path, text)
    assert all(speaker != "Cole Hocker" for speaker, _ in found)


def test_she_is_not_someone_already_called_he(tmp_path: Path) -> None:
    text = (
        'Josh Kerr won the men\'s race. "I was ready for it today," he said.\n\n'
        'Faith Kipyegon watched from the stands. "He ran a very clever race," she said.\n\n'
        'Kerr waved to the crowd. "She is the greatest of all of us," she added.'
    )
    found = quotations(tmp_path, text)
    assert ("Josh Kerr", "I was ready for it today") in found
    assert ("Faith Kipyegon", "He ran a very clever race") in found
    assert all("greatest" not in words for _, words in found)  # she != Kerr: left out


def test_headlines_scare_quotes_and_quotes_inside_quotes(tmp_path: Path) -> None:
    text = (
        '"We were robbed in the final straight"\n\n'
        'Josh Kerr said the race was "a bit of a lottery" and left early.\n\n'
        "\"My coach told me, 'Never look back,' and I never do,\" Kerr said."
    )
    found = quotations(tmp_path, text)
    assert found == [("Josh Kerr", "My coach told me, 'Never look back,' and I never do")]


def test_a_quotation_over_several_paragraphs_is_one(tmp_path: Path) -> None:
    text = (
        "Josh Kerr won the final in Paris on Tuesday night.\n\n"
        'Kerr said: "The first lap was slow and nobody wanted to lead.\n\n'
        '"Then it all went very fast at the bell and I held on."'
    )
    assert quotations(tmp_path, text) == [
        (
            "Josh Kerr",
            "The first lap was slow and nobody wanted to lead. Then it all went very fast at "
            "the bell and I held on.",
        )
    ]


def test_markdown_headings_links_and_emphasis_are_text(tmp_path: Path) -> None:
    text = (
        "# Kerr wins in Paris\n\n"
        "**Josh Kerr** won the [1500m](https://example.com) in 3:27.79 ahead of "
        "*Cole Hocker* and Yared Nuguse.\n\n"
        '> "It was the race of my life and I enjoyed every step," Kerr said.'
    )
    path = tmp_path / "kerr.md"
    path.write_text(text + "\n\n" + BODY + "\n", encoding="utf-8")
    result = draft([path])
    assert result.bank.sources[0].title == "Kerr wins in Paris"
    podium = [q for q in result.bank.questions if q.kind.value == "order"]
    assert podium[0].answer == ("Josh Kerr", "Cole Hocker", "Yared Nuguse")  # type: ignore[union-attr]
    (found,) = result.findings
    assert found["quotations"][0]["speaker"] == "Josh Kerr"


@pytest.mark.parametrize(
    ("sentence", "answer"),
    [
        ("Josh Kerr won the 1500m in 3min 27.65sec ahead of A and B.", "3:27.65"),
        ("Josh Kerr won the 1500m in three minutes 27.65 on Tuesday.", "3:27.65"),
        ("Josh Kerr won the 5000m in 13 mins and 13.66 secs on Saturday.", "13:13.66"),
        ("Josh Kerr won the 100m in 9.79sec on Sunday evening.", "9.79"),
        ("Josh Kerr won the marathon in 1:43:21, a course best.", "1:43:21"),
    ],
)
def test_time_formats(tmp_path: Path, sentence: str, answer: str) -> None:
    path = tmp_path / "t.txt"
    path.write_text(sentence + "\n\n" + BODY + "\n", encoding="utf-8")
    times = [q for q in draft([path]).bank.questions if q.kind.value == "time"]
    assert [q.answer for q in times] == [answer]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Josh Kerr won the 1500m ahead of Cole Hocker and Yared Nuguse.",
        "Cole Hocker finished second behind Josh Kerr in the 1500m. Yared Nuguse took bronze.",
        "Josh Kerr won the 1500m in 3:27.79. Cole Hocker and Yared Nuguse completed the podium.",
        "In the 1500m, gold medallist Josh Kerr beat Cole Hocker taking silver and "
        "Yared Nuguse in bronze.",
    ],
)
def test_podium_patterns(tmp_path: Path, text: str) -> None:
    path = tmp_path / "p.txt"
    path.write_text(text + "\n\n" + BODY + "\n", encoding="utf-8")
    (podium,) = [q for q in draft([path]).bank.questions if q.kind.value == "order"]
    assert podium.answer == ("Josh Kerr", "Cole Hocker", "Yared Nuguse")  # type: ignore[union-attr]


def test_half_a_podium_is_not_completed(tmp_path: Path) -> None:
    path = tmp_path / "half.txt"
    path.write_text(
        "Josh Kerr won the 1500m. Cole Hocker took silver.\n\n" + BODY + "\n", encoding="utf-8"
    )
    kinds = [q.kind.value for q in draft([path]).bank.questions]
    assert "order" not in kinds and kinds.count("choice") == 2  # one medal question each


def test_two_articles_make_one_draft_with_a_source_each(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Josh Kerr won the 1500m in 3:27.79.\n\n" + BODY + "\n", encoding="utf-8")
    two.write_text("Josh Kerr won the 1500m in 3:27.79.\n\n" + BODY + "\n", encoding="utf-8")
    bank = draft([one, two]).bank
    assert [s.id for s in bank.sources] == ["one", "two"]
    assert [q.kind.value for q in bank.questions].count("time") == 1  # one fact, asked once
    with pytest.raises(DraftError, match="describe one article"):
        draft([one, two], DraftOptions(publisher="Reuters"))
