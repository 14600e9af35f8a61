"""Who a result's subject is when a sentence opens with a description instead of a name:
``The 27-year-old beat Loh 21-13, 21-19``, ``The Columbia University star rallied past
Damm 6-3, 6-4``, ``The 35-year-old heavyweight defeated Kim for the gold``.

The quotations' reading (``quizcli.draft.focus``) leaves such a sentence's focus untold
when the sentence before named two people (``Axelsen clinched the title after beating
Loh``) or when its own focus was not sure. Here the description stands for a person only
when exactly one candidate fits: the people the last sentence naming anyone named, less
those this sentence names (``... against Loh``: not Loh), leaves one; that sentence is the
one just before, or the sentences between name nobody and stay in this paragraph; the text
is about that person there (their name opens that sentence as its subject, or a sentence
since was about them, or they are the article's protagonist or its headline's one person:
never ``The crowd cheered Oduya.``), the protagonist chosen of two only when the text was
about them alone (``She beat De Graaf.`` then ``The 'Queen of the Palace' beat ...``); and
the description says nothing the article contradicts (an age another person is given, or
one this person is not; a nationality stands only for the one person the article gives
it). Of two candidates named in the sentence just before, in the same paragraph, it is the
one that sentence was about, its subject (``Playing with McIlroy, the top-ranked Koepka
closed with a 65. He finished at 16-under 264``). ``he`` and ``she`` the focus left untold
are read the same way, and only of a person the text has called so (``his``, ``her`` in a
sentence about them alone). The person found is set as the sentence's focus, which the
result finders read for a pronoun or a description at its start (never the speaker of a
quotation: quotations are read before).
"""

from __future__ import annotations

import re

from quizcli.draft.people import Cast, is_possessive, name_runs
from quizcli.draft.quoted import Reading, Sentence
from quizcli.draft.read import Article
from quizcli.draft.traits import Traits, nation_of

# A description at a sentence's start: "The 27-year-old", "The Columbia University star",
# "The 35-year-old heavyweight", "The Olympic champion", then a verb in lower case.
_NOUNS = (
    r"\d{1,2}-year-old|champion|winner|star|medall?ist|titleholder|veteran|youngster|teenager"
    r"|sprinter|runner|swimmer|skier|rider|cyclist|driver|golfer|boxer|fighter|player|seed"
    r"|heavyweight|middleweight|lightweight|welterweight|judoka|gymnast|skater|athlete"
    r"|holder|leader|debutant|rookie|favourite|favorite|ace|sensation|prodigy"
    r"|(?:[Ww]orld\s+)?(?:No\.?\s?|[Nn]umber\s+)\d{1,3}"
)
_DESCRIBED = re.compile(
    r"(?:(?:But|And|So|Then)\s+)?[Tt]he\s+(?P<words>(?:[\w.'’-]+\s+){0,4}?)"
    rf"(?P<noun>{_NOUNS})(?P<age>,\s+(\d{{2}}),)?\s+(?=[a-z])"
)
# words a description never holds: a tie to someone else ("the coach of"), a sex or a
# team ("the men's", "the team's"), a former or another's title ("last year's")
_NOT_DESCRIBING = re.compile(
    r"\b(?:of|for|from|with|and|or|his|her|their|its|team|club|men['’]s|women['’]s|last"
    r"|year['’]s|former|ex|then|new|other|rival|fellow|beaten|losing|runner|second|third)\b",
    re.I,
)
_AGE = re.compile(r"(\d{1,2})-year-old")
_OPENS = re.compile(r"[\s\"“”‘’(]*(?:(?:But|And|So|Then)\s+)?(?:He|She|[Tt]he)\s")
_PRONOUN = re.compile(r"(?:(?:But|And|So|Then)\s+)?(He|She)\s+(?=[a-z])")
_GENDERS = {"he": frozenset({"he", "him", "his"}), "she": frozenset({"she", "her", "hers"})}
_WORD = re.compile(r"[a-z]+")
# A nickname in single quotes standing for its owner: "The 'Queen of the Palace' beat ..."
_NICKNAMED = re.compile(r"[Tt]he\s+[‘'][A-Z][^‘’'\n]{1,40}[’']\s+(?=[a-z])")
# A phrase fronted before the subject: "In other Challenger action, ", "On Sunday, ",
# "Playing with McIlroy in the last group, "
_FRONTED = re.compile(r"(?:In|At|On|During|After|Earlier|Later|[A-Z][a-z]+ing)\b[^,;:]{1,60},\s+")
# words before a name that make it no sentence's subject: a verb, a preposition, a joiner
# (not a describing word: "the top-ranked Koepka", "reigning champion Zheng")
_NOT_OPENING = re.compile(
    r"\b(?:to|by|of|for|with|against|and|or|as|was|were|is|are|had|has|have|been|than|over"
    r"|at|in|on|from|after|before|when|while|but|(?<![\w-])[a-z]+ed)\b"
)
_AT = re.compile(r"\b(?:at|in|to|from)\s+(?:the\s+)?$")


def described_subjects(article: Article, reading: Reading, cast: Cast) -> list[Sentence]:
    """The sentences of ``article`` (as ``reading`` read them) with the focus set where one
    opens with a description (``The 27-year-old ...``) that stands for exactly one person
    (see the module's docstring)."""
    sentences, traits = reading.sentences, reading.traits or Traits()
    lead = cast.protagonist() or _headline_person(article, cast)
    out: list[Sentence] = []
    last: set[str] = set()  # the people the last sentence naming anyone named
    last_at = -1  # ... its paragraph
    quiet = 0  # sentences since then that named nobody
    quiet_from = -1  # the paragraph of the first of them
    focused: set[str] = set()  # the people the text was about from that sentence on
    opener: str | None = None  # ... and the person whose name opened it, its subject
    subject: str | None = None  # the focus of the sentence before, if it named anyone
    genders: dict[str, set[str]] = {}  # "he" or "she": what the text has called each
    for sentence in sentences:
        named = set() if sentence.heading else _named(sentence.masked, cast)
        untold = sentence.focus is None or sentence.focus in named  # (not "against Loh")
        opens = _OPENS.match(sentence.masked)  # (most sentences open otherwise: no more)
        if opens and untold and not sentence.heading and last:
            close = last_at >= sentence.paragraph - 1 and (
                quiet == 0 or quiet_from == sentence.paragraph
            )
            here = {w for run in name_runs(sentence.masked, cast.lowercase) for w in run.words}
            left = {p for p in last - named if here.isdisjoint(p.split())}  # "against Loh"
            about = focused | ({opener} if opener else set())  # whom the text was about
            if len(left) > 1 and lead in left and about & left == {lead}:
                left = {lead}  # "She beat De Graaf." then "The 'Queen of the Palace'": hers
            if len(left) > 1 and quiet == 0 and last_at == sentence.paragraph:
                left &= {subject}  # "Playing with McIlroy, Koepka closed with a 65. He ..."
            pronoun = _PRONOUN.match(sentence.masked)
            if pronoun:  # "he" or "she": only of one the article has called so, alone
                one = next(iter(left)) if len(left) == 1 else ""
                known = genders.get(one, set())
                person = one if close and known == {pronoun[1].casefold()} else None
            else:
                person = _described(sentence.masked, left, traits) if close else None
            if person is not None and person not in about and person != lead:
                person = None  # "The crowd cheered Oduya." is no sign the text is about him
            if person is not None:
                sentence = sentence._replace(focus=person)
        out.append(sentence)
        told = sentence.focus if _PRONOUN.match(sentence.masked) else None
        if named:  # ("She beat De Graaf": she is a candidate too)
            last = named | ({told} if told else set())
            last_at, quiet = sentence.paragraph, 0
            focused, opener = set(), _opener(sentence.masked, cast)
        elif not sentence.heading:
            quiet_from = sentence.paragraph if quiet == 0 else quiet_from
            quiet += 1
        if sentence.focus:
            focused.add(sentence.focus)
            if named <= {sentence.focus}:  # "Kerr won; her coach ...": Kerr is a "she"
                words = set(_WORD.findall(sentence.masked.casefold()))
                called = {g for g, forms in _GENDERS.items() if words & forms}
                genders.setdefault(sentence.focus, set()).update(called)
        subject = (opener or told) if named else None
    return out


def _headline_person(article: Article, cast: Cast) -> str | None:
    """The one person the article's headline names (its title, else its first heading
    before the text that is not an address), or None."""
    headline = article.title
    for paragraph in article.paragraphs:
        if headline or not paragraph.heading:
            break
        if "://" not in paragraph.text:
            headline = paragraph.text
    named = _named(headline, cast) if headline else set()
    return named.pop() if len(named) == 1 else None


def _named(text: str, cast: Cast) -> set[str]:
    """The people ``text`` names (possessives too: ``Kerr's win`` is about Kerr), not a
    place it names after a preposition (``at Royal Troon``)."""
    people = {
        cast.resolve(run.words)
        for run in name_runs(text, cast.lowercase)
        if not _AT.search(text, max(0, run.start - 12), run.start)
    }
    return {p for p in people if p}


def _opener(text: str, cast: Cast) -> str | None:
    """The person whose name opens ``text`` as its subject, past a fronted phrase and words
    describing them (``In other action, reigning champion Michael Zheng saved ...``); None
    when a word before the name makes it another's (``The crowd cheered Oduya``)."""
    fronted = _FRONTED.match(text)
    start = fronted.end() if fronted else 0
    runs = [
        run
        for run in name_runs(text, cast.lowercase)
        if run.start >= start and cast.resolve(run.words)
    ]
    if not runs or is_possessive(text, runs[0]):
        return None
    before = text[start : runs[0].start]
    if len(before.split()) > 6 or _NOT_OPENING.search(before):
        return None
    return cast.resolve(runs[0].words)


def _described(text: str, candidates: set[str], traits: Traits) -> str | None:
    """The one of ``candidates`` the description opening ``text`` stands for, or None."""
    if len(candidates) != 1:
        return None
    head = text.lstrip(' "“”‘’(')
    if _NICKNAMED.match(head):
        return next(iter(candidates))  # "The 'Queen of the Palace' beat ..."
    match = _DESCRIBED.match(head)
    if match is None or _NOT_DESCRIBING.search(match["words"]):
        return None
    person = next(iter(candidates))
    written = match["words"] + match["noun"]
    age = _AGE.search(written)
    years = age[1] if age else match[4]
    if years and (
        traits.contradicts(person, ("age", years))
        or set(traits.described(("age", years))) - {person}
    ):
        return None  # "the 26-year-old": another's age, or not this person's
    for word in re.findall(r"[A-Z][a-z]+", written):
        nation = nation_of(word)
        if nation and traits.described(("nation", nation)) != [person]:
            return None  # "The Frenchman": only the one person the article calls French
    return person
