"""Who an article is talking about at each point: the focus a pronoun or a description
(``she``, ``the 23-year-old``) stands for, as ``quotes`` reads it sentence by sentence.

The focus is the subject that opens a sentence (``Kerr won ...``, ``The Serbian Djokovic
...``), a person reported speaking (``After the stage, Pogacar said ...``, ``Kerr, the
champion, said ...``, ``Rice praised ...``) or the subject of a main clause after a fronted
phrase (``Back at the arena where she won, Fraser-Pryce locked up ...``). A pronoun stands
for it for two paragraphs, and only when its gender has not changed and the sentence before
did not name two people; after that, for the one person the sentence just before named.
"""

from __future__ import annotations

import re

from quizcli.draft.anaphora import anaphor_length, is_anaphor
from quizcli.draft.descriptions import described_person
from quizcli.draft.people import Cast, is_possessive, name_runs
from quizcli.draft.saying import INTRO, PARTICIPLES
from quizcli.draft.traits import Trait, Traits, role_of, trait_of

# a pronoun or a description ending the words before a verb: "he", "the Romanian"
ENDS_ANAPHOR = re.compile(r"(?:\b[Hh]e|\b[Ss]he|\b[Tt]he\s+[\w-]+(?:\s+[\w-]+)?)$")
ADVERB = re.compile(r"\s+(?:also|then|later|simply|quickly|once|\w+ly)$")
LOWER_WORD = re.compile(r"[a-z]+")
# A name reported speaking (``Kerr said``, ``Kerr, the champion, said``, ``Rice praised``):
# the next "he said" is most likely that person's. Not "asked" (the other one answers).
_REPORTED = re.compile(
    r"(?:,\s+(?:the|a|an|who|whose)\s[^,.;:\"“”]{1,80},)?\s+(?:"
    + "|".join(sorted(INTRO - PARTICIPLES - {"asked"}))
    + r")\b"
)
_COMMA = re.compile(r",\s+")
# What opens a sentence before its subject: quotes, brackets, a joining word ("But ...").
_OPENING = re.compile(r"^[\s\"“”‘’(]*(?:(?:But|And|So|Yet|However|While|Meanwhile|Now)\b,?\s+)?")
_OWNED_NAMED = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+")
# A second person joined to a subject: "Walsh and Wales captain Rhys Pritchard", "Kerr and
# her coach"; not "Kerr and co" nor a number ("Kerr and 12 others" counts people too).
_AND_ANOTHER = re.compile(
    r"\s+(?:and|&|or)\s+(?:(?:his|her|their|the|a)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:[A-Z][a-z]|(?:coach|trainer|partner|brother|sister|father|mother|wife|husband"
    r"|team-?mates?|rivals?|compatriots?)\b)"
)
# What joins a second name to a first, a bracket allowed between: "Dubois and Mori",
# "Berg (SWE) and Ekman", "Lavoie (CAN), and Arai" (quotes.py reads it after "said" too).
JOINED_BY = r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:and|&)"
_JOINED = re.compile(JOINED_BY + r"\s*")  # between two names that speak together
_PRONOUNS = {"he": frozenset({"he", "him", "his"}), "she": frozenset({"she", "her", "hers"})}
MAIN_VERB = re.compile(
    r"\s+(?:[a-z]{2,}ed|was|is|has|had|won|took|ran|beat|came|made|set|broke|led|hit|swam"
    r"|rode|threw|struck|stood|held|kept|fought|got|gave)\b"
)


class Focus:
    """The person the text is about as it is read, and who a name, pronoun or description
    at the start of a text is."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.focus: str | None = None
        self.focus_paragraph = -10
        self.gender: dict[str, str] = {}
        self.traits = Traits()  # ages, countries, rankings the article states
        self.seen: dict[str, set[str]] = {}  # a shared surname -> its full names read so far
        self.last_full: dict[str, tuple[str, int]] = {}  # ... -> the last, and its paragraph
        self.paragraph_at = -1  # the paragraph being read
        self.named_at: dict[str, int] = {}  # each person named -> the last paragraph naming them

    lone: tuple[str | None, int, str] = (None, -1, "")  # one person named, where, the sentence
    crowded = False  # the last sentence named two people or more
    others_only = False  # ... or named people, none of them the focus
    unsure = False  # ... and did not say which one it was about
    crowded_before = False
    count = 0  # sentences read
    focus_at = -1  # the sentence that last set the focus
    focus_quoted = False  # ... by attributing a quotation to it

    def set_focus(self, person: str | None, paragraph: int) -> None:
        """Make ``person`` the one the text is about, from ``paragraph`` on."""
        self.focus, self.focus_paragraph = self.named(person), paragraph
        self.focus_at = self.count
        self.focus_quoted = False

    def saw(self, piece: str, paragraph: int) -> None:
        """Note the full names ``piece`` writes, for the bare surnames after it."""
        shared = self.cast.shared()
        if not shared:
            return  # nobody shares a surname: a bare one is always its one person
        for run in name_runs(piece, self.cast.lowercase):
            if len(run.words) >= 2 and run.words[-1] in shared:
                full = self.cast.speaker(run.words)
                if full:
                    self.seen.setdefault(run.words[-1], set()).add(full)
                    self.last_full[run.words[-1]] = (full, paragraph)

    def named(self, person: str | None) -> str | None:
        """``person``, or who a bare surname two people share stands for at this point:
        the one of them the text has named so far (``Lowry said`` before Brendan Lowry
        comes in is Sean Lowry), or the one last named in full in this paragraph; else
        nobody (``Kerr added`` a paragraph after both Kerrs spoke)."""
        if person is None or " " in person or not self.cast.distinct(person):
            return person
        seen = self.seen.get(person, set())
        if len(seen) == 1:
            return next(iter(seen))
        last, where = self.last_full.get(person, (None, -1))
        return last if where == self.paragraph_at else None

    def who(self, text: str, paragraph: int) -> str | None:
        """The person ``text`` starts with: a name, or a pronoun or descriptor resolved."""
        return self.who_at(text, paragraph)[0]

    def who_at(self, text: str, paragraph: int, loose: bool = False) -> tuple[str | None, int]:
        """``who`` and where its words end in ``text`` (0 when nobody); ``loose`` (in an
        attribution, ``a jubilant Lonyangata said``) lets any epithet describe the name."""
        runs = name_runs(text, self.cast.lowercase)
        opening = runs[0] if runs and not text[: runs[0].start].strip() else None
        if opening is not None and is_possessive(text, opening):
            opening = None
        if opening is not None:
            name = self.cast.speaker(opening.words)
            if name:
                return name, opening.end
        described = described_person(text, runs, self.cast, loose)
        if opening is not None and len(opening.words) > 1:
            # nobody's full name, unless it describes the name after it: "Red Wings coach
            # Mike Babcock said"
            return described or (None, opening.end)
        if described is not None:
            return described
        if runs and not text[: runs[0].start].strip():
            return None, 0
        role = role_of(text)
        if role is not None:  # "the fast bowler": the one the article calls a bowler
            people = self._named_so_far(self.traits.described(role[0]))
            return (people[0] if len(people) == 1 else None), role[1]
        if not is_anaphor(text):
            return None, 0
        pronoun = text.lstrip().split(" ", 1)[0].casefold()
        trait = None if pronoun in ("he", "she") else trait_of(text)
        if trait is not None:  # "the 26-year-old", "the American": who is described so
            return self._described(trait, paragraph), anaphor_length(text)
        if paragraph - self.focus_paragraph > 2 or not self.focus:
            return self._lone(pronoun), anaphor_length(text)
        if pronoun in ("he", "she"):
            if self.unsure and self.focus_at != self.count:
                return None, 0  # "she" after "Okagbare's defeat of Fraser-Pryce": which?
            known = self.gender.setdefault(self.focus, pronoun)
            if known != pronoun:
                return None, 0
        elif self.crowded_before and self.focus_at != self.count:
            return self.cast.protagonist(), anaphor_length(text)  # "The five-time champion"
        return self.focus, anaphor_length(text)

    def _described(self, trait: Trait, paragraph: int) -> str | None:
        """Who ``the 26-year-old`` or ``the American`` is: the one person the article
        describes so; else the person in focus, when the focus is sure (the sentence before
        named nobody else) and nothing the article says of that person contradicts it."""
        stale = paragraph - self.focus_paragraph > 2
        sure = (
            bool(self.focus)
            and not stale
            and (self.focus_at == self.count or not (self.crowded_before or self.unsure))
        )
        people = self._named_so_far(self.traits.described(trait))
        if len(people) == 1:
            return people[0]
        if people:
            return self.focus if sure and self.focus in people else None
        if trait[0] == "rank" and self.focus_quoted:
            return None  # "the world number one said" after another's quotation: the rival
        if (
            sure
            and self.focus
            and not self.traits.contradicts(self.focus, trait)
            and (self._just_quoted() or not self._others_since_focus())
        ):
            return self.focus
        crowded = self.crowded_before and self.focus_at != self.count
        if trait[0] == "nation" and not stale and crowded:
            lead = self.cast.protagonist()  # "The Serb said" after two people: the lead
            return lead if lead and not self.traits.contradicts(lead, trait) else None
        return None

    def _named_so_far(self, people: list[str]) -> list[str]:
        """Those of ``people`` the text has named so far: "The Jamaican" is never someone
        the article first names, from Jamaica, further down."""
        return [person for person in people if person in self.named_at]

    def _just_quoted(self) -> bool:
        """Whether the focus was set by crediting a quotation in this sentence or the one
        before (``Kerr said: "..." "...," the 26-year-old added``)."""
        return self.focus_quoted and self.focus_at >= self.count - 1

    def _others_since_focus(self) -> bool:
        """Whether someone else was named from the focus's paragraph on: then ``the
        35-year-old said`` that the article ties to nobody is not told. (``Lee edged
        Charles-Barclay ... Holly Lawrence rounded out the podium.`` then ``"...," the
        35-year-old said`` was Lee's words, not Lawrence's.)"""
        start = self.focus_paragraph
        return any(at >= start and who != self.focus for who, at in self.named_at.items())

    def _lone(self, pronoun: str) -> str | None:
        """Who a stale ``he`` or ``she`` is: the one person the sentence just before named
        (``But it did not surprise Usyk, whose record ...``), when nothing else in it could
        be that pronoun; else nobody."""
        person, at, sentence = self.lone
        if pronoun not in ("he", "she") or person is None or at != self.count - 1:
            return None
        pronouns = set(LOWER_WORD.findall(sentence.casefold()))
        if pronouns & _PRONOUNS[pronoun] or self.gender.setdefault(person, pronoun) != pronoun:
            return None
        return person

    def who_before(self, text: str, end: int, paragraph: int) -> str | None:
        """The person named (or referred to) just before ``end``, an adverb allowed between."""
        head = ADVERB.sub("", text[:end].rstrip())
        runs = name_runs(head, self.cast.lowercase)
        if runs and not head[runs[-1].end :].strip(" ’'s"):
            if len(runs) > 1 and _JOINED.fullmatch(head, runs[-2].end, runs[-1].start):
                return None  # "Dubois and Mori said": the words are both of theirs
            return self.cast.speaker(runs[-1].words)
        if head.endswith(","):  # "Kerr, the champion, said" / "Your coach, Peter Langat, said"
            inner_start = head[:-1].rfind(",")
            inner = head[inner_start + 1 : -1].strip()
            inside = name_runs(inner, self.cast.lowercase)
            if inside and inside[0].start == 0 and inside[0].end == len(inner):
                return self.cast.speaker(inside[0].words)
            before = head[: max(inner_start, 0)].rstrip()
            outer = name_runs(before, self.cast.lowercase)
            if inner_start > 0 and not inside and outer and outer[-1].end == len(before):
                return self.cast.speaker(outer[-1].words)
        match = ENDS_ANAPHOR.search(head)
        if match and anaphor_length(head[match.start() :]):
            anaphor = head[match.start() :]
            named = {
                self.cast.speaker(run.words)
                for run in name_runs(head[: match.start()], self.cast.lowercase)
                if not is_possessive(head, run)
            } - {None}
            if len(named) >= 2:  # "A denied B ... and the Romanian admitted:": which of them?
                trait = trait_of(anaphor)
                people = self.traits.described(trait) if trait else []
                return people[0] if len(people) == 1 and people[0] in named else None
            if not named:
                decided, owner = self._owner_spoken_of(head, match.start(), anaphor)
                if decided:
                    return owner
            return self.who(anaphor, paragraph)
        return None

    def _owner_spoken_of(self, head: str, end: int, anaphor: str) -> tuple[bool, str | None]:
        """Who ``he`` or ``she`` is after words that name one person only by a possessive
        (``Consistency was the key to Roethlisberger's success, he said``): that person,
        when the article has given them that pronoun; nobody when it has not and they are
        not the focus (the focus may be someone else, named a paragraph before); undecided
        (False, None) when the words name nobody so, and the focus decides."""
        owners = {
            self.cast.speaker(run.words)
            for run in name_runs(head, self.cast.lowercase)
            if run.end <= end and is_possessive(head, run)
        } - {None}
        pronoun = anaphor.strip().casefold()
        if len(owners) != 1 or pronoun not in ("he", "she"):
            return False, None
        owner = self.named(owners.pop())
        if owner is None or owner == self.focus:
            return False, None
        return True, (owner if self.gender.get(owner) == pronoun else None)

    def subject(self, sentence: str, paragraph: int) -> str | None:
        """The sentence's subject if it opens the sentence (after a joining word)."""
        text = _OPENING.sub("", sentence)
        person, end = self.who_at(text, paragraph)
        if person and _AND_ANOTHER.match(text, end):
            return None  # "Walsh and Wales captain Pritchard traded ...": about both
        if person is None and self.owned_opening(text):
            runs = name_runs(text, self.cast.lowercase)
            named = _OWNED_NAMED.match(text, runs[0].end)
            if named and len(runs) > 1 and runs[1].start == named.end():
                if text[runs[1].end : runs[1].end + 1] == ",":
                    return self.cast.speaker(runs[1].words)  # "Kerr's coach, Tom Hall, said"
        return person

    def owned_opening(self, text: str) -> bool:
        """Whether ``text`` opens with someone's someone (``Petrovic's coach ...``): a
        sentence about another person than the one it names."""
        text = text.lstrip(' "“”‘’(')
        runs = name_runs(text, self.cast.lowercase)
        return bool(
            runs
            and runs[0].start == 0
            and is_possessive(text, runs[0])
            and _OWNED_NAMED.match(text, runs[0].end)
        )

    def reporting(self, piece: str) -> str | None:
        """The person a sentence reports speaking, wherever the name stands: ``After the
        stage, Pogacar said it had been ...`` (then ``"...," he said`` is Pogacar)."""
        speaker = None
        for run in name_runs(piece, self.cast.lowercase):
            if _REPORTED.match(piece, run.end) and not is_possessive(piece, run):
                speaker = self.cast.speaker(run.words) or speaker
        return speaker

    def note_lone(self, piece: str, named: set[str | None]) -> None:
        """Remember the one person this sentence names (none if it names a possessive,
        ``Kerr's coach``, or two people), with the pronouns it uses."""
        for person in named:
            if person:
                self.named_at[person] = self.paragraph_at
        lone = named.pop() if len(named) == 1 else None
        if lone and any(is_possessive(piece, run) for run in name_runs(piece, self.cast.lowercase)):
            lone = None
        self.lone = (lone, self.count, piece if lone else "")

    def fronted(self, piece: str, index: int) -> tuple[str | None, int]:
        """The subject of a main clause after a fronted phrase: ``Back at the arena where
        she won, Fraser-Pryce locked up ...``, ``Linked with Chelsea, midfielder Rice
        praised ...`` (a name, or a description and a name, then a verb), and where its
        main clause starts."""
        for comma in _COMMA.finditer(piece, 0, 240):  # a fronted phrase is short
            rest = piece[comma.end() : comma.end() + 120]
            speaker, end = self.who_at(rest, index)
            named = speaker is not None and not is_anaphor(rest)
            if named and MAIN_VERB.match(piece, comma.end() + end):
                return speaker, comma.end()
        return None, 0
