"""Quotations the draft must attribute (issue 21, recall), each form on articles written
here with people of their own: transcripts run together in one paragraph, speakers
described rather than named, speakers named only in the sentence or paragraph before,
names written surname first, pull quotes signed with a dash. And the cases where the
speaker cannot be told, which must stay unattributed.

Every test drafts real files through ``quizcli.draft.draft`` and reads the findings and
the bank it returns, as ``quizcli draft --json`` prints them.
"""

from __future__ import annotations

from pathlib import Path

from quizcli.draft import Draft, draft
from quizcli.model import ChoiceQuestion, TextQuestion

CLOSING = (
    "The organisers said they were pleased with the crowd at the gate and the weather all "
    "afternoon, and the next meeting is planned for the spring."
)


def drafted(tmp_path: Path, text: str) -> Draft:
    """The draft of one article made of ``text`` and a neutral closing paragraph."""
    path = tmp_path / "article.txt"
    path.write_text(text + "\n\n" + CLOSING + "\n", encoding="utf-8")
    return draft([path])


def speakers(result: Draft) -> dict[str, str]:
    """Each quotation's first 30 characters, with the speaker the draft found."""
    return {q["text"][:30]: q["speaker"] for f in result.findings for q in f["quotations"]}


def speaker_of(result: Draft, opening: str) -> set[str]:
    """Who the draft says spoke the quotation that starts with ``opening``."""
    return {
        q["speaker"]
        for f in result.findings
        for q in f["quotations"]
        if q["text"].startswith(opening)
    }


def asked_of(result: Draft, person: str) -> list[str]:
    """The quotation questions whose answer is ``person`` (quote shown, for messages)."""
    out = []
    for q in result.bank.questions:
        if isinstance(q, ChoiceQuestion) and q.prompt == "Who said this?" and q.answer == person:
            out.append(q.quote or "")
        if isinstance(q, TextQuestion) and q.attribution == person:
            out.append(q.quote or "")
    return out


# --- transcripts run together in one paragraph -------------------------------------------

INLINE_TRANSCRIPT = (
    "Marta Lindqvist Press Conference | Harbour Open Quarter-final\n\n"
    "Marta Lindqvist Press Conference | Harbour Open Quarter-final Q. You saved four set "
    "points in the second. What changed? MARTA LINDQVIST: I stopped thinking about the score "
    "and started swinging freely again. My coach told me to trust the forehand. Q. Your "
    "opponent took a medical timeout. Did that bother you? MARTA LINDQVIST: Not really, I "
    "used the break to drink and reset my breathing before the tiebreak. Q. What do you know "
    "about your next opponent? MARTA LINDQVIST: We practised together in Malaga last winter "
    "and she hits very flat.\n\n"
    "Carmen Ibarra Press Conference | Harbour Open Quarter-final\n\n"
    "Carmen Ibarra Press Conference | Harbour Open Quarter-final Question: How do you feel "
    "after such a long match? Ibarra: Exhausted, honestly, my legs were burning in the "
    "third set and the wind never stopped.\n\n"
    "The schedule ran late again. Ibarra: her third finish after midnight this week, and "
    "the last bus had long gone."
)


def test_a_transcript_run_together_in_one_paragraph_is_read_turn_by_turn(
    tmp_path: Path,
) -> None:
    result = drafted(tmp_path, INLINE_TRANSCRIPT)
    assert speaker_of(result, "I stopped thinking about the score") == {"Marta Lindqvist"}
    assert speaker_of(result, "Not really, I used the break") == {"Marta Lindqvist"}
    assert speaker_of(result, "We practised together in Malaga") == {"Marta Lindqvist"}
    assert speaker_of(result, "Exhausted, honestly") == {"Carmen Ibarra"}
    # the questions are nobody's words, and a paragraph with no question is no transcript
    assert not any("What changed" in text for text in speakers(result))
    assert not speaker_of(result, "her third finish")
    # each answer is its own speech (two people only: fill-ins), so the third is asked too
    asked = asked_of(result, "Marta Lindqvist")
    assert any("Malaga" in quote for quote in asked), asked


def test_a_fill_in_never_blanks_a_number_word(tmp_path: Path) -> None:
    text = (
        "Ilse Vogt won the final in Graz on Sunday.\n\n"
        '"We won in three sets. Nobody gave us a chance after seventeen defeats," Vogt said.'
    )
    result = drafted(tmp_path, text)
    answers = {q.answer for q in result.bank.questions if isinstance(q, TextQuestion)}
    assert answers and not answers & {"three", "seventeen"}, answers
