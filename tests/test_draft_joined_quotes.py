"""A quotation run on over paragraphs that a page then joined into one (issue 21), in
articles of our own: the run-on convention leaves a paragraph's quotation open and opens the
next with a new mark (``'... gold too.' "This is how I started ...``), so once joined the
second mark read as a closing one and the narration after it was masked as quoted: a real
Olympic report lost its silver and bronze. The new mark now ends the open quotation and opens
the same speaker's next words; a closing mark that follows its words is still a closing one.
"""

from __future__ import annotations

from pathlib import Path

from draft_articles import drafted, facts

from quizcli.draft.quoted import quoted_spans

REPORT = (
    "Ana Reyes won the women's 55kg at the Harbour Games on Monday, beating Mia Lund. "
    '"It is a dream come true," Reyes said. "I want to tell the young lifters at home, '
    "'You can have this dream too.' \"This is how I started and I finally did it.\" "
    "Lund took silver, with Kazakhstan's Zara Bek taking bronze. Reyes lifted 224kg. "
    '"I am proud of her," said her coach, Tom Vale. "She earned it," Bek said.'
)


def test_the_narration_after_a_run_on_quotation_is_read(tmp_path: Path) -> None:
    result = drafted(tmp_path, REPORT)
    medals = set(facts(result, "medal"))
    assert ("Mia Lund", "women's 55kg", 2) in medals
    assert ("Zara Bek", "women's 55kg", 3) in medals
    said = {(q["speaker"], q["text"][:20]) for q in result.findings[0]["quotations"]}
    assert ("Ana Reyes", "I want to tell the y") in said
    texts = " ".join(q["text"] for q in result.findings[0]["quotations"])
    assert "This is how I started" in texts  # the run-on words, still hers
    assert "took silver" not in texts


def test_a_closing_mark_after_its_words_still_closes() -> None:
    text = 'He said: "We won." Then "the crowd" sang. "Next year," she added.'
    spans = [text[s.start : s.end] for s in quoted_spans(text, False)]
    assert spans == ["We won.", "the crowd", "Next year,"]
