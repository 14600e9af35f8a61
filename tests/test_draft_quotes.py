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

from draft_articles import drafted, options, speaker_of

from quizcli.draft import Draft
from quizcli.model import ChoiceQuestion, TextQuestion


def speakers(result: Draft) -> dict[str, str]:
    """Each quotation's first 30 characters, with the speaker the draft found."""
    return {q["text"][:30]: q["speaker"] for f in result.findings for q in f["quotations"]}


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


# --- speakers described, or named in the sentence before ---------------------------------

DESCRIBED = (
    "Priya Raman won the women's 800m in Turku on Friday, ahead of Lotte Verhoef and "
    "Agata Nowicka.\n\n"
    "Raman hit the front at the bell and was never caught.\n\n"
    '"I trusted my kick and it was there when I needed it," said the world No. 1.\n\n'
    "Years after her compatriot Ines Aalto took the same title, Verhoef was thrilled "
    "with second place.\n\n"
    '"It is a national record and I am still shaking," the 22-year-old, who won the '
    "European indoor title in March, said.\n\n"
    "Nowicka, the world indoor 1500m champion, said her speed work had paid off.\n\n"
    '"The last hundred metres felt easy today," the bronze medal winner said.\n\n'
    "Linked with a move to a new training group, Raman praised her coach for his patience.\n\n"
    '"He never once doubted me this winter," she said.\n\n'
    "The meeting director thanked the volunteers. Few expected a record field in the rain.\n\n"
    "In the end the stadium cheered Nowicka loudest.\n\n"
    "Nobody could beat Raman, whose season is now unbeaten in nine races.\n\n"
    '"I will rest now and think about the next one," she said.'
)


def test_speakers_described_or_named_just_before_are_found(tmp_path: Path) -> None:
    result = drafted(tmp_path, DESCRIBED)
    # "said the world No. 1", after a sentence about her alone
    assert speaker_of(result, "I trusted my kick") == {"Priya Raman"}
    # "the 22-year-old, who won ..., said": the clause between does not hide the verb,
    # and the compatriot in the fronted phrase is not what the sentence is about
    assert speaker_of(result, "It is a national record") == {"Lotte Verhoef"}
    # "Nowicka, the world indoor 1500m champion, said ...", then "the bronze medal winner"
    assert speaker_of(result, "The last hundred metres") == {"Agata Nowicka"}
    # "Linked with ..., Raman praised ...", then "she said"
    assert speaker_of(result, "He never once doubted me") == {"Priya Raman"}
    # the focus is stale, but the sentence just before names her alone
    assert speaker_of(result, "I will rest now") == {"Priya Raman"}


# A quotation with no attribution of its own, then a sentence reporting someone else's view
# ("X said that ..."): that is X's own report, never the quotation's attribution.
REPORTED_AFTER = (
    "-- Jon Hale admitted that dropping down a weight class did take its toll.\n\n"
    "\"I don't want to make excuses, but that was the first time I have been at that weight "
    'in years." League president Dan Whyte said that Hale did earn the title shot with the '
    "win.\n\n"
    '"He was the better fighter tonight," Whyte said. "We will talk next week."\n\n'
    '"I am not close to the end of my career," said Tim Orton.'
)


def test_a_report_after_a_quotation_is_not_its_attribution(tmp_path: Path) -> None:
    result = drafted(tmp_path, REPORTED_AFTER)
    assert speaker_of(result, "I don't want to make excuses") == set()
    assert speaker_of(result, "He was the better fighter") == {"Dan Whyte"}


# A role opening a sentence ("Runner-up Dahl is ...", "Champion Berg said") is no first name.
ROLE_OPENING = (
    "Kari Stavaas won the sprint in Falun on Saturday, ahead of Jonna Lind and Maja Dahl.\n\n"
    "Runner-up Lind is now two points behind Nadine Faber in the standings. Defending Moen "
    "was fifth.\n\n"
    '"It is a hard course, so I am happy to win," Stavaas said.\n\n'
    '"Jonna is very strong, so I am just happy," said Maja Dahl.\n\n'
    '"I had nothing left on the last climb," Lind said.'
)


def test_a_role_opening_a_sentence_is_no_first_name(tmp_path: Path) -> None:
    offered = options(drafted(tmp_path, ROLE_OPENING))
    assert "Jonna Lind" in offered
    assert not [o for o in offered if o.startswith(("Runner-up", "Defending"))]


# Three people: a "Who said this?" of three choices. A term in quotation marks named after
# someone ("the second “Serena Slam”") and a position opening a sentence ("Opposite Victor
# Poletaev") are never among them.
THREE_PEOPLE = (
    "Serena Vance beat Garbine Ortiz 6-4 6-4 in the final on Saturday, her sixth title here "
    "and the second \u201cVance Slam\u201d of her career.\n\n"
    "Opposite Victor Lanz said he watched from the royal box.\n\n"
    '"It feels so good, and I really appreciate holding it again," Vance said.\n\n'
    '"She forced me to go for more balls than I wanted to," said Ortiz.'
)


def test_three_people_make_a_who_said_of_three_choices(tmp_path: Path) -> None:
    result = drafted(tmp_path, THREE_PEOPLE)
    asked = [q for q in result.bank.questions if q.prompt == "Who said this?"]
    assert len(asked) == 2 and all(isinstance(q, ChoiceQuestion) for q in asked)
    assert all(len(q.choices) == 3 for q in asked if isinstance(q, ChoiceQuestion))
    options = {c for q in asked if isinstance(q, ChoiceQuestion) for c in q.choices}
    assert options == {"Serena Vance", "Garbine Ortiz", "Victor Lanz"}


# Post-match words under a label with the speaker's role: "Name - Player of the Match: ..."
LABELLED_ROLE = (
    "England beat Pakistan by five wickets in the final at the MCG on Sunday.\n\n"
    "Tom Curwen - Player of the Match & Player of the Series: I don't think I should be getting "
    "this, the way Ben Stokes played there he should get it.\n\n"
    "Babar Azam - Pakistan captain: We were 20 runs short, but I am proud of the boys.\n\n"
    "Results - Group 1: England first, New Zealand second."
)


def test_a_label_with_a_role_names_its_speaker(tmp_path: Path) -> None:
    result = drafted(tmp_path, LABELLED_ROLE)
    assert speaker_of(result, "I don't think I should be getting this") == {"Tom Curwen"}
    assert speaker_of(result, "We were 20 runs short") == {"Babar Azam"}
    assert not [q for q in result.findings[0]["quotations"] if q["speaker"] == "Results"]


# Quote cards: a paragraph that is one quotation, then a line crediting it ("Name, role").
QUOTE_CARDS = (
    "Costa Rica held Brazil to a 1-1 draw in Group D on Sunday.\n\n"
    "Quotes\n\n"
    "\u201cIt is a draw that means a lot, because we are coming off a defeat and it keeps us "
    "alive in the competition.\u201d\n\n"
    "Edgar Rivas, Costa Rica coach\n\n"
    "\u201cI believe we played a good game, and the only thing missing was the finishing.\u201d"
    "\n\n"
    "Lia Moreno, Brazil midfielder\n\n"
    "\u201cWe will be back stronger next year, I promise you all.\u201d\n\n"
    "San Jose, Costa Rica"
)


def test_a_quote_card_credit_line_names_its_speaker(tmp_path: Path) -> None:
    result = drafted(tmp_path, QUOTE_CARDS)
    assert speaker_of(result, "It is a draw that means a lot") == {"Edgar Rivas"}
    assert speaker_of(result, "I believe we played a good game") == {"Lia Moreno"}
    assert speaker_of(result, "We will be back stronger") == set()  # a place, no credit


# A full name written after the bare surname that attributes a quotation is someone else
# ("his mother, Jennifer Vance"); a description after two names ("A denied B ... and the
# Romanian admitted:") could be either of them, unless the article tells which.
AFTER_AND_BETWEEN = (
    "Jamaica's Usain Vance won the 100m in 9.58, ahead of Tyson Reed and Asafa Pell.\n\n"
    '"I was definitely ready for the world record and I did it," Vance said after a big hug '
    "from his mother, Jennifer Vance.\n\n"
    "Jelena Ostrova denied Simona Hale a first title in Paris and the Romanian admitted: "
    '"She was better than me today."\n\n'
    'Ostrova beat Hale 4-6 6-4 6-3, and the champion said: "I just went for it."'
)


def test_a_speaker_is_never_a_name_written_after_or_one_of_two_before(tmp_path: Path) -> None:
    result = drafted(tmp_path, AFTER_AND_BETWEEN)
    assert speaker_of(result, "I was definitely ready") == {"Usain Vance"}
    assert speaker_of(result, "She was better than me") == set()
    assert speaker_of(result, "I just went for it") == set()
    # told elsewhere which of the two is Romanian: hers
    told = AFTER_AND_BETWEEN + "\n\nRomanian Simona Hale had been the favourite."
    (tmp_path / "told").mkdir()
    assert speaker_of(drafted(tmp_path / "told", told), "She was better than me") == {"Simona Hale"}


# An embedded post quoting words said before (its picture link and signature are no text),
# and a transcript's stage direction in brackets: never blanked, never a third fill-in.
POSTED_AGAIN = (
    "Jelena Ostrova beat Simona Hale in the final in Paris on Saturday, ahead of a semi-final "
    "loser, Karolina Pliskova, and the fourth seed, Elina Svitolina.\n\n"
    'Hale paid tribute in a news conference, stating: "She played really well, all the '
    'credit. She was hitting very strong."\n\n'
    '"It is a tough moment for me, but it is going to go away with time," Hale added.\n\n'
    'Hale: "It is a tough moment for me but it is going to go away with time. I will keep '
    'working because I want to repeat what I have done" pic.twitter.com/YNZ5IvmYq3 '
    "\u2014 Roland-Garros (@rolandgarros) June 10, 2017\n\n"
    "Svitolina: (finishing an earlier thought) ...I believe that I would be ready for the "
    "grass, and I still believe it."
)


def test_words_posted_again_or_in_brackets_are_never_blanked_again(tmp_path: Path) -> None:
    result = drafted(tmp_path, POSTED_AGAIN)
    blanks = [q for q in result.bank.questions if isinstance(q, TextQuestion)]
    assert not [q for q in blanks if "twitter" in (q.quote or "") or "@" in (q.quote or "")]
    assert not [q for q in blanks if (q.quote or "").startswith(('"', "\u201c"))]
    hale = [q.answer for q in blanks if q.attribution == "Simona Hale"]
    assert len(hale) == len(set(hale)) <= 4  # two a speech; "moment" once
    assert not [q for q in blanks if q.answer in ("finishing", "earlier", "thought")]


def test_a_stale_pronoun_is_nobody_when_the_sentence_before_could_mean_another(
    tmp_path: Path,
) -> None:
    result = drafted(tmp_path, DESCRIBED)
    assert speaker_of(result, "I will rest now") == {"Priya Raman"}  # the rule applies...
    text = (
        "Priya Raman won the women's 800m in Turku on Friday.\n\n"
        "The meeting director thanked the volunteers.\n\n"
        "Few expected a record field in the rain.\n\n"
        "Later the crowd stayed for the relays.\n\n"
        "Nobody remembered Verhoef's coach, who had guided her for a decade.\n\n"
        '"It was the best day of my life," she said.\n\n'
        "Nobody could stop Lotte Verhoef once she had seen the line.\n\n"
        '"My legs went at the end," she said.\n\n'
        '"We will all be back next summer," Raman said.'
    )
    (tmp_path / "other").mkdir()
    result = drafted(tmp_path / "other", text)
    # ... but not when the sentence before names someone's coach (a possessive)
    assert not speaker_of(result, "It was the best day")
    # the sentence before names her, but also has another "she": not told either
    assert not speaker_of(result, "My legs went")


def test_a_sentence_opening_with_a_particle_word_drafts(tmp_path: Path) -> None:
    text = (
        "Ten years after her first title, Agata Nowicka won the 1500m in Turku.\n\n"
        '"I never stopped believing in my finish this season," Nowicka said.'
    )
    assert speaker_of(drafted(tmp_path, text), "I never stopped believing") == {"Agata Nowicka"}


# --- pull quotes and quotations after a reporting sentence -------------------------------

SIGNED_AND_REPORTED = (
    "Nadia Ferreira won the Grand Prix in Austin, with Kofi Mensah second and Luca Bassi "
    "third.\n\n"
    "“We gambled on the hard tyres and it paid off” – Kofi Mensah\n\n"
    "Mensah started ninth and climbed steadily through the field.\n\n"
    "Ferreira revealed she had been ill all week. “I could barely eat on Thursday, so this "
    "win means even more to me.”\n\n"
    "Reporters asked Bassi about his start. “The clutch slipped and I lost four places "
    "before the first corner.”\n\n"
    "Ferreira thanked her team. “They rebuilt the car overnight and never complained once.”"
)


def test_pull_quotes_signed_with_a_dash_and_quotations_after_a_reporting_sentence(
    tmp_path: Path,
) -> None:
    result = drafted(tmp_path, SIGNED_AND_REPORTED)
    assert speaker_of(result, "We gambled on the hard tyres") == {"Kofi Mensah"}
    assert speaker_of(result, "I could barely eat") == {"Nadia Ferreira"}
    assert speaker_of(result, "They rebuilt the car") == {"Nadia Ferreira"}
    # whoever asks, the one asked answers: "Reporters asked Bassi" does not tell it safely
    assert not speaker_of(result, "The clutch slipped") - {"Luca Bassi"}


# --- names written surname first ---------------------------------------------------------


def test_a_name_written_surname_first_is_resolved_by_its_first_word(tmp_path: Path) -> None:
    text = (
        "China's Zhou Minghao won the men's 400m individual medley in Doha, ahead of Daniel "
        "Kowalczyk and Ruben Ostrowski.\n\n"
        "Zhou led from the butterfly leg and was never headed.\n\n"
        'Asked about the record, Zhou said: "It was not my plan tonight. I only wanted the '
        'gold medal for my coach."\n\n'
        "Daniel Kowalczyk and Daniel Brandt trained together in Warsaw all winter.\n\n"
        'Daniel said afterwards: "We will both be faster at the next championships."'
    )
    result = drafted(tmp_path, text)
    assert speaker_of(result, "It was not my plan") == {"Zhou Minghao"}
    # "Daniel" begins two full names: nobody can tell which one
    assert not speaker_of(result, "We will both be faster")


# --- names beyond Latin-1 ----------------------------------------------------------------

EXTENDED_LATIN = (
    "Top seed Łucja Świerczewska beat Czech Dvořák Žofie 6-4, 6-2 in the final of the Lakeside "
    "Open on Sunday, her third title of the season.\n\n"
    "Świerczewska had lost to Žofie in their only previous meeting, in the second round of "
    "the Harbour Cup two years ago.\n\n"
    "Žofie's coach, Tomasz Brandt, watched from the stands as his player saved two match "
    "points.\n\n"
    "\u201cShe served better than ever today and I had to fight for every single point out "
    "there,\u201d the world number one said after the final.\n\n"
    "\u201cIn the second set I wanted to stay calm and trust my returns against a great "
    "server,\u201d Świerczewska explained."
)


def test_a_name_with_letters_beyond_latin_1_is_a_person_and_a_speaker(tmp_path: Path) -> None:
    """``Ś``, ``Ł``, ``Ž`` open names as ``É`` does: before, ``Świerczewska`` was no name,
    so ``the world number one said`` went to the last person named (Žofie's coach)."""
    result = drafted(tmp_path, EXTENDED_LATIN)
    assert speaker_of(result, "In the second set") == {"Łucja Świerczewska"}
    assert speaker_of(result, "She served better") <= {"Łucja Świerczewska"}
    assert not asked_of(result, "Tomasz Brandt")
