"""Speech labelled with its speaker's name: Q&A transcripts' ``NAME: answer`` turns, whether
laid out one turn a paragraph or run together in one paragraph (``Q. How was it? RAFAEL
NADAL: Tough. Q. And now? ...``), and pull quotes signed with a dash (``"We wanted to be
aggressive today" – George Russell``).

A label names its speaker outright, so an answer is attributed to the label's person (a
name the article shows as a person, never ``Q``, ``Question`` or ``Editor``). A paragraph
that runs turns together is cut into its turns only when it holds both a question marker
(``Q.``, ``Q:``, ``Question:``) and an answer label after a question: a colon inside a
sentence (``He had one aim: to win.``) never starts a turn.
"""

from __future__ import annotations

import re

from quizcli.draft.people import Cast, name_runs

# "NADAL: I think", "Sam Curran - Player of the Match: I don't think" (a role after the name)
# "Lewis Hamilton (referred here after as LH):- Honestly", an FIA transcript's first label
LABEL = re.compile(
    r"^([A-Z][\w.'’ -]{0,40}?)(?:\s*\([^()]{1,60}\))?(?:\s+[-–—]\s+[A-Z][\w'’ &,-]{2,60}?)?"
    r":-?\s+(\S.*)$",
    re.DOTALL,
)
_INITIALS = re.compile(r"[A-Z]{2,3}")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|my|My|me|our|Our|us)\b")
NOT_SPEAKERS = frozenset(
    {"q", "question", "a", "answer", "interviewer", "note", "editor", "update", "moderator"}
)
_QUESTION = re.compile(r"(?:^|(?<=\s))(?:Q[.:]|Question:)\s+(?=\S)")
# An answer's label after a question: "? RAFAEL NADAL: I think", "? Nadal: I think".
_ANSWER = re.compile(
    r"(?<=[?.!…\"”]\s)(?:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}"
    r"|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2}):\s+(?=\S)"
)


def turns(text: str) -> list[str]:
    """The turns of a paragraph that runs a transcript together (``Q. ... NAME: ...``), or
    the paragraph alone when it is no such transcript."""
    if "Q" not in text:  # no "Q." and no "Question:": the common case, told at once
        return [text]
    questions = [m.start() for m in _QUESTION.finditer(text)]
    if not questions:
        return [text]
    answers = [
        m.start()
        for m in _ANSWER.finditer(text, questions[0])
        if m[0].split(":")[0].casefold() not in NOT_SPEAKERS
    ]
    if not answers:
        return [text]
    cuts = sorted({0, *questions, *answers})
    pieces = [text[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    return [piece for piece in pieces if piece]


def label_speaker(label: str, cast: Cast) -> str | None:
    """The person a transcript's label names (``RAFAEL NADAL``, ``Nadal``), or None when it
    is no person's name (``Q``, ``Editor``, a club)."""
    if label.casefold() in NOT_SPEAKERS:
        return None
    if _INITIALS.fullmatch(label):  # "LH:", "NR:": the one person of those initials
        return _initialled(label, cast)
    name = label.title() if label.isupper() else label
    runs = name_runs(name, cast.lowercase)
    if not (len(runs) == 1 and runs[0].start == 0 and runs[0].end == len(name)):
        return _spelled_as(label, cast)  # "BRYSON DeCHAMBEAU": the article's Bryson DeChambeau
    words = runs[0].words
    speaker = cast.speaker(words)
    if speaker is None and len(words) >= 2 and " ".join(words) not in cast.things:
        # The label spells the speaker in full ("RAFAEL NADAL") where the article wrote
        # "Rafa Nadal": a label names its speaker outright, so its spelling is printed.
        if words[-1] in cast.full_names and not cast.disputed(words[-1]):
            speaker = " ".join(words)
    return speaker


def _initialled(label: str, cast: Cast) -> str | None:
    """The one person of the article whose name's initials are ``label`` (an FIA
    transcript's ``LH`` for Lewis Hamilton), or None when none or two are."""
    found = {
        name
        for names in cast.full_names.values()
        for name in names
        if "".join(word[0] for word in name.split()).upper() == label
    }
    return cast.speaker(tuple(found.pop().split())) if len(found) == 1 else None


def _spelled_as(label: str, cast: Cast) -> str | None:
    """The person the article names in full whose name, case aside, is ``label``."""
    folded = label.casefold().split()
    if len(folded) < 2:
        return None
    for surname, names in cast.full_names.items():
        if surname.casefold() == folded[-1]:
            for name in names:
                if name.casefold().split() == folded:
                    return cast.speaker(tuple(name.split()))
    return None


_SIGNED = re.compile(
    r"\A\s*[“\"]([^“”\"]{10,600})[”\"]\s*[–—-]{1,2}\s*([^\W\d][\w'’ .-]{2,60}?)"
    r"(?:,\s*([^\W\d][\w'’ .-]{1,60}?))?\s*\Z"  # "– Francois Pienaar, South Africa."
)


def signed(text: str, cast: Cast) -> tuple[str, str] | None:
    """A paragraph that is one quotation signed with its speaker's name after a dash
    (``"We wanted to be aggressive today" – George Russell``, ``– Francois Pienaar, South
    Africa.``: a description after a comma names nobody else): the speaker and the words;
    None when it is not one or the name is no person's."""
    match = _SIGNED.match(text)
    if match is None:
        return None
    name = match[2].rstrip(".")
    runs = name_runs(name, cast.lowercase)
    if not (len(runs) == 1 and runs[0].start == 0 and runs[0].end == len(name)):
        return None
    if match[3] and any(cast.speaker(run.words) for run in name_runs(match[3], cast.lowercase)):
        return None  # "– A, B": two people's, or one and another's
    speaker = cast.speaker(runs[0].words)
    return (speaker, match[1].strip()) if speaker else None


_WHOLE_QUOTATION = re.compile(r"\A\s*[“\"][^“”\"]{10,}[”\"]\s*\Z")


def lone_name(text: str, cast: Cast) -> str | None:
    """The person a paragraph is nothing but the name of (``Tomas Brenner``: a caption, a
    pull quote's signature, a section's heading); None when it is more or no person's."""
    name = text.strip().rstrip(".")
    if not name or len(name) > 60:
        return None
    runs = name_runs(name, cast.lowercase)
    if len(runs) != 1 or runs[0].start != 0 or runs[0].end != len(name):
        return None
    return cast.speaker(runs[0].words)


def signs(before: str) -> bool:
    """Whether a lone name signs the paragraph before it: a pull quote the page set between
    two paragraphs of the story, spoken words (``I``, ``we``) in quotation marks or none,
    with no narration of its own. The story's flow goes on past both."""
    if _WHOLE_QUOTATION.match(before):
        return True
    return not re.search(r"[\"“”]", before) and bool(FIRST_PERSON.search(before))


# "Edgar Rodriguez, Costa Rica coach": a name, a comma and the speaker's role, nothing else
_CREDIT = re.compile(
    r"\A\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+(?P<role>[^.!?\"“”:;]{3,60})\s*\Z"
)
_CREDIT_ROLE = re.compile(
    r"\b(?:coach|manager|captain|skipper|midfielder|forward|striker|defender|goalkeeper|winger"
    r"|player|president|chairman|director|head|chief|champion|winner|rider|driver|athlete"
    r"|swimmer|runner|skater|skier|boxer|fighter|golfer|jockey|trainer|owner)s?\b",
    re.I,
)


def credited(text: str, following: str | None) -> str | None:
    """A paragraph that is one quotation, credited by the next line to its speaker and role
    (``Edgar Rodriguez, Costa Rica coach``), written as a signed quotation (``"..." – Edgar
    Rodriguez``) for ``signed`` to read; None when it is not one."""
    if following is None or not _WHOLE_QUOTATION.match(text):
        return None
    credit = _CREDIT.match(following)
    if credit is None or not _CREDIT_ROLE.search(credit["role"]):
        return None
    return f"{text.strip()} – {credit['name']}"


def answer_goes_on(text: str, heading: bool, has_quotes: bool) -> bool:
    """Whether a paragraph can continue a transcript's answer: no question (``Q.``), no
    label, no quotation marks, not a heading, and spoken (``I``, ``we``, ``my``)."""
    return (
        not heading
        and not has_quotes
        and not re.match(r"(?:Q[.:]|[A-Z][\w.'’ -]{0,40}:\s)", text)
        and bool(FIRST_PERSON.search(text))
    )


# A line of a press-conference sheet naming who speaks next: "Head Coach Corey Gaines",
# "Gold: Adam Gemili (GBR) - 19.98 world leader", "Silver: Christophe Lemaitre (FRA) - 20.15",
# a team's race-day notes: "Lewis Hamilton, 1st"
_SPEAKER_LINE = re.compile(
    r"\A\s*(?P<role>(?:Gold|Silver|Bronze|Winner|Runner-up|Head\s+Coach|Assistant\s+Coach"
    r"|Coach|Manager|Captain)\s*:?\s+)?"
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
    r"(?P<nation>\s*\([A-Z]{2,3}\)|,\s*(?:\d{1,2}(?:st|nd|rd|th)|P\d{1,2}|DNF|Retired))?"
    r"(?:\s+[-–—]\s+(?:[^.!?\"“”]|(?<=\d)\.(?=\d)){1,60})?\s*\Z"
)
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_LETTER = re.compile(r"[^\W\d_]")


def speaker_line(text: str, cast: Cast) -> str | None:
    """The person a press-conference sheet's line names as the next speaker, when the line
    is only that: a role or a medal before the name, a country's code or a place after it,
    or a name the article's narration shows as a person; else None."""
    if len(text) > 100 or not text[:1].isupper():
        return None
    match = _SPEAKER_LINE.match(text)
    if match is None:
        return None
    words = tuple(match["name"].split())
    if not (match["role"] or match["nation"] or words[-1] in cast.full_names):
        return None
    runs = name_runs(match["name"], cast.lowercase)
    if len(runs) != 1 or runs[0].words != words:
        return None  # a word no name holds ("Medal Press Conference")
    return cast.speaker(words)


def only_asked(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether a paragraph's words outside its quotations are only a reporter's question in
    brackets (``(Coach, did you know ...?) "No, I didn't."``): the quotations answer it."""
    outside, start = [], 0
    for begin, end in spans:
        outside.append(text[start:begin])
        start = end
    outside.append(text[start:])
    return not _LETTER.search(_BRACKETED.sub("", "".join(outside)))


# A reporter's question opening an answer's paragraph, spoken of the answerer ("Would she
# have had a world record had it not been for the rain? Yes, I thought ...")
_ASKED_FIRST = re.compile(r"\A[^.!?\"“”]{10,200}\?\s+(?=\S)")


def without_question(text: str) -> str:
    """An answer's paragraph without a reporter's question opening it (one with no ``I``
    or ``we``: the speaker's own question stays)."""
    asked = _ASKED_FIRST.match(text)
    return text[asked.end() :] if asked and not FIRST_PERSON.search(asked[0]) else text
