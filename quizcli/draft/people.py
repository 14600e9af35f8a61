"""People in an article: who is named, by which full name, and who "he" or "the Norwegian"
most likely is at a point of the text.

A name is a run of two or three capitalised words, none of them a common English word or a
word of places, events and organisations (``NOT_NAMES``). After a first full mention a
person may be named by surname alone; ``Cast.resolve`` maps the surname back. When one
surname comes with two first names in the draft's articles, the person is ``disputed`` and
named by surname only, so no question takes a side.
"""

from __future__ import annotations

import re

from quizcli.draft.accents import accented_twin, add_folding
from quizcli.draft.cues import (
    ENDS_PERSON,
    KIN_AFTER,
    KIN_BEFORE,
    KIN_HINT,
    MANAGED,
    PERSON_AFTER,
    PLACE_BEFORE,
    SAID_BEFORE,
    SAYS_HINT,
    SPEAKS,
    TEAMMATE,
    THING_CUE,
    aged,
    named_after,
    person_cued,
)
from quizcli.draft.names import name_runs as name_runs  # read by every finder
from quizcli.draft.racing import ROLE_BEFORE
from quizcli.draft.runs import PARTICLES as PARTICLES  # at home in runs, named here too
from quizcli.draft.runs import Mention as Mention
from quizcli.draft.runs import is_possessive as is_possessive  # read by the finders too
from quizcli.draft.runs import lowercase_vocabulary as lowercase_vocabulary
from quizcli.draft.runs import strip_possessive as strip_possessive
from quizcli.draft.runs import team_members as team_members
from quizcli.draft.tails import Ending
from quizcli.draft.things import affiliation_words, written_as_thing

# Words that open a sentence before a surname and are no first name.
_OPENING_WORDS = frozenset(
    "like beating including alongside behind beside besides following ahead".split()
)
_LETTERS = re.compile(r"[^\W\d_]+")  # a name's first word, up to a hyphen or apostrophe
# The words before a name, searched only when they end as a match must (quizcli.draft.tails)
_ENDS_RACING_ROLE = Ending(ROLE_BEFORE)


class Cast:
    """Everyone named in the draft's articles, by full name and by surname; and the names
    the articles show to be clubs, teams or places (``Dortmund coach ...``), never people."""

    __slots__ = (
        "_disputed",
        "_distinct",
        "_firsts",
        "_folding",
        "_main",
        "_ordered",
        "_shared",
        "_by_first",
        "_resolved",
        "_speakers",
        "evidence",
        "full_names",
        "lone",
        "_name_words",
        "lowercase",
        "members",
        "mentions",
        "namesakes",
        "order",
        "places",
        "racing",
        "relatives",
        "roles",
        "short_names",
        "speaking",
        "things",
        "affiliated",
    )

    def __init__(
        self, lowercase: frozenset[str] = frozenset(), members: frozenset[str] = frozenset()
    ) -> None:
        self.full_names: dict[str, list[str]] = {}  # surname -> full names, first one first
        # a team's player before a name: "Oiler" of "the Oilers" ("Edmonton Oiler Lubomir
        # Visnovsky is knocked down"), never a first name (quizcli.draft.runs.team_members)
        self.members = members
        self.order: list[str] = []  # surnames in order of first mention
        self._ordered: set[str] = set()  # the same, to test (a list's test made it quadratic)
        self.lowercase = lowercase
        self.things: set[str] = set()  # names written as clubs, teams or places
        self.affiliated: set[str] = set()  # cities or clubs people are "of": teams' first words
        self.short_names: dict[str, str] = {}  # "HR" -> "Harbour Rovers" (short_names.py)
        self.evidence: set[str] = set()  # surnames written doing what people do
        # names only ever written alone, given an age ("the 37-year-old Djokovic"): people
        # the article never names in full, printed as written
        self.lone: set[str] = set()
        self._name_words: set[str] = set()  # every word of every full name
        self.places: set[str] = set()  # surnames written only where places stand ("at X")
        self.roles: set[str] = set()  # surnames given a person's role or title ("trainer X")
        self.relatives: set[str] = set()  # full names told as someone's kin ("her brother, X")
        self.speaking: set[str] = set()  # full names reported speaking ("Adam Kerr said")
        # full names told as the kin of their surname's other bearer ("Thomas Vonn, Vonn's
        # husband"): never what the bare surname stands for, speaking or not
        self.namesakes: set[str] = set()
        self.racing = False  # a horse-racing report: only roles and speakers are people
        self.mentions: dict[str, int] = {}  # surname -> times named
        self._main: tuple[str | None] | None = None  # the protagonist, once known
        self._disputed: dict[str, bool] = {}  # surname -> disputed, cleared when learning
        self._distinct: dict[str, bool] = {}  # surname -> two people's, likewise
        self._firsts: dict[str, str | None] | None = None  # first word -> its one full name
        self._folding: dict[str, str | None] = {}  # surname without accents -> the surname
        self._shared: frozenset[str] | None = None  # surnames two people share, once known
        # their full names by first word, for the ``shared`` they were made of
        self._by_first: tuple[frozenset[str], dict[str, list[str]], re.Pattern[str]] | None = None
        self._speakers: dict[tuple[str, ...], str | None] = {}  # words -> speaker(words)
        self._resolved: dict[tuple[str, ...], str | None] = {}  # words -> resolve(words)

    def learn(self, text: str) -> None:
        """Record every full name (two or three words) in ``text``, and every thing."""
        self._speakers.clear()  # what a mention stands for may change with what is learned
        self._resolved.clear()
        # (read once a paragraph: most say no one's kin, and many quote nobody)
        says = SAYS_HINT.search(text) is not None
        kinned = KIN_HINT.search(text) is not None
        kin = {m.end() for m in KIN_BEFORE.finditer(text)} if kinned else ()
        self.affiliated |= affiliation_words(text)
        cued: int | None = None  # where the last name shown to be a person's ended
        for mention in name_runs(text, self.lowercase):
            if len(mention.words) == 3 and mention.words[0] in self.members:
                mention = mention._replace(words=mention.words[1:])  # (its start unread)
            joined = " ".join(mention.words)
            surname = mention.words[-1]
            self.mentions[surname] = self.mentions.get(surname, 0) + 1
            possessive = is_possessive(text, mention)
            teammate = possessive and TEAMMATE.match(text, mention.end)
            # "Mourinho's men", "Klopp's side": a manager's team, its manager a person
            managed = possessive and len(mention.words) == 1 and MANAGED.match(text, mention.end)
            thing = THING_CUE.match(text, mention.end) and not teammate and not managed
            if thing or written_as_thing(text, mention):
                self.things.add(joined)
                self.things.add(mention.words[-1])
                continue
            if len(mention.words) == 1 and aged(text, mention):
                self.lone.add(surname)
                self.evidence.add(surname)
                if surname not in self._ordered:
                    self.order.append(surname)
                    self._ordered.add(surname)
            if _ENDS_RACING_ROLE.search_in(text, max(0, mention.start - 14), mention.start):
                self.roles.add(surname)
            after = PERSON_AFTER.match(text, mention.end)
            if after and after[0].startswith(",") and self._at_place(text, mention.start):
                after = None  # "at the top of Larra Belagua, the Dane finished": a place
            if (
                after
                or ENDS_PERSON.search_in(text, max(0, mention.start - 40), mention.start)
                or person_cued(text, mention, cued)
            ):
                self.evidence.add(mention.words[-1])
                cued = mention.end
            elif self._at_place(text, mention.start):
                self.places.add(mention.words[-1])
            if len(mention.words) >= 2:
                surname = mention.words[-1]
                if says and (
                    SPEAKS.match(text, mention.end)
                    or SAID_BEFORE.match(text, max(0, mention.start - 12), mention.start)
                ):
                    self.speaking.add(joined)  # a kin who speaks is a candidate like anyone
                if mention.start in kin:
                    self.relatives.add(joined)  # "Her brother, Taylor Shiffrin, ...": not her
                if kinned and (after_kin := KIN_AFTER.match(text, mention.end)):
                    self.relatives.add(joined)
                    if after_kin["owner"] == surname:  # "Thomas Vonn, Vonn's husband"
                        self.namesakes.add(joined)
                if joined in self.relatives:  # (what is disputed may change with either)
                    self._disputed.pop(surname, None)
                    self._distinct.pop(surname, None)
                    self._shared = None
                if surname not in self.full_names:
                    add_folding(self._folding, surname)  # "Sáblíkova": also "Sábliková"
                names = self.full_names.setdefault(surname, [])
                if joined not in names:
                    names.append(joined)
                    self._name_words.update(mention.words)
                    self._disputed.pop(surname, None)
                    self._distinct.pop(surname, None)
                    self._firsts = None
                    self._shared = None
                if surname not in self._ordered:
                    self.order.append(surname)
                    self._ordered.add(surname)

    def _lone(self, word: str) -> bool:
        """Whether a word written alone is a person named only so: given an age, named
        twice at least (``the 31-year-old Yorkshireman`` once is a description), and no
        word of a full name (``the 18-year-old Guo`` beside ``Guo Yue`` and ``Guo Yan``)."""
        return (
            word in self.lone and self.mentions.get(word, 0) >= 2 and word not in self._name_words
        )

    @staticmethod
    def _at_place(text: str, start: int) -> bool:
        """Whether a name at ``start`` stands where places do (``at``, ``to the top of``)."""
        return PLACE_BEFORE.search(text, max(0, start - 20), start) is not None

    def _same_person(self, surname: str) -> bool:
        """Whether every full name of ``surname`` is one person: first names that fold to
        the same letters or where one begins the other (``Mo`` / ``Mohamed Farah``)."""
        from quizcli.parsing import fold

        firsts = {fold(" ".join(name.split()[:-1])) for name in self._people_of(surname)}
        return all(
            a.startswith(b) or b.startswith(a) or a.endswith(" " + b) or b.endswith(" " + a)
            for a in firsts
            for b in firsts
        )

    def disputed(self, surname: str) -> bool:
        """True when the articles give one surname two different first names."""
        known = self._disputed.get(surname)
        if known is None:
            names = self._people_of(surname)
            known = self._disputed[surname] = len(names) > 1 and not self._same_person(surname)
        return known

    def _people_of(self, surname: str) -> list[str]:
        """The full names of a surname, but for a kin of one of them (``Her brother, Taylor
        Shiffrin``): a bare ``Shiffrin`` is then the one who is no one's kin."""
        names = self.full_names.get(surname, [])
        # (brothers who both row and speak: either; but "Thomas Vonn, Vonn's husband", who
        # speaks, is told apart from the Vonn of the story by that very apposition)
        kin = self.relatives - self.speaking | self.namesakes
        return [name for name in names if name not in kin] or names

    def distinct(self, surname: str) -> bool:
        """True when a disputed surname's first names are different people (``Oliver`` and
        ``Adam Kerr``), not two spellings of one (``Vincent`` / ``Vinzenz``): a bare surname
        then names neither."""
        known = self._distinct.get(surname)
        if known is None:  # forgotten with _disputed when the surname gets a new full name
            known = self.disputed(surname) and self._different(surname)
            self._distinct[surname] = known
        return known

    def shared(self) -> frozenset[str]:
        """Every surname that is ``distinct``: two people's (worked out once)."""
        if self._shared is None:
            self._shared = frozenset(
                s for s, names in self.full_names.items() if len(names) > 1 and self.distinct(s)
            )
        return self._shared

    def told_in_full(self, text: str) -> set[str]:
        """The full names of ``shared`` surnames that ``text`` writes, where a word starts:
        one pass over the text for all of them (a search per name made a results list of
        thousands of names in one sentence quadratic)."""
        shared = self.shared()
        if self._by_first is None or self._by_first[0] is not shared:
            by_first: dict[str, list[str]] = {}
            for surname in shared:
                for full in self.full_names[surname]:
                    first = _LETTERS.match(full)
                    by_first.setdefault(first[0] if first else full, []).append(full)
            # where a word starts that is one of the first words (its letters, whole)
            starts = re.compile(
                r"\b(?:"
                + "|".join(map(re.escape, sorted(by_first, key=len, reverse=True)))
                + r")(?![^\W\d_])"
            )
            self._by_first = (shared, by_first, starts)
        _, firsts, starts = self._by_first
        found: set[str] = set()
        for word in starts.finditer(text):
            for full in firsts[word[0]]:
                if text.startswith(full, word.start()):
                    found.add(full)
        return found

    def _different(self, surname: str) -> bool:
        from difflib import SequenceMatcher

        firsts = [name.split()[0] for name in self.full_names[surname]]
        return all(
            first.casefold() not in self.lowercase
            and first.casefold() not in _OPENING_WORDS  # "Like Schippers, Bowie ...": no name
            and SequenceMatcher(None, first.casefold(), other.casefold()).ratio() < 0.6
            for first in firsts
            for other in firsts
            if first != other
        )

    def resolve(self, words: tuple[str, ...]) -> str | None:
        """The name to print for a mention: its full name, its surname when disputed, or
        None when a lone word is nobody the articles name in full, or is a thing (worked
        out once per mention's words until more is learned: every finder asks)."""
        if words not in self._resolved:
            self._resolved[words] = self._resolve(words)
        return self._resolved[words]

    def _resolve(self, words: tuple[str, ...]) -> str | None:
        """``resolve``, worked out."""
        surname = words[-1]
        # (a lone word in brackets is a team, "Hamilton (Mercedes)", unless the articles name
        # a person of that surname in full: "from Wendy (Holdener)" beside "Wendy Holdener")
        if len(words) >= 2 and " ".join(words) in self.things:
            return None
        if len(words) == 1 and surname in self.things and surname not in self.full_names:
            return None
        if surname not in self.full_names:
            twin = accented_twin(words, self.full_names, self._folding)
            if twin is not None:
                return self._resolve(twin)  # "Sábliková" for "Martina Sáblíkova"
            if len(words) >= 2:
                return " ".join(words)
            return self._first_of(surname) or (surname if self._lone(surname) else None)
        if self.disputed(surname):
            return surname
        if len(words) >= 2 and not self._known(words):
            return None
        joined = " ".join(words)
        return joined if joined in self.relatives else self._people_of(surname)[0]

    def speaker(self, words: tuple[str, ...]) -> str | None:
        """``resolve`` for who speaks: a full mention of a surname two different people
        share is that person (``"...," Adam Kerr said``), where a result takes no side."""
        try:
            return self._speakers[words]
        except KeyError:
            pass
        if len(words) >= 2 and self.distinct(words[-1]) and self._known(words):
            person: str | None = " ".join(words)
        else:
            person = self.resolve(words)
        self._speakers[words] = person
        return person

    def _first_of(self, word: str) -> str | None:
        """The one full name that ``word``, never anyone's surname, begins: ``Qin`` for
        ``Qin Haiyang`` (a surname written first), ``Serena`` for ``Serena Williams``."""
        if self._firsts is None:
            firsts: dict[str, str | None] = {}
            for surname, names in self.full_names.items():
                if self.disputed(surname):
                    continue
                for first in {name.split()[0] for name in names if len(name.split()) == 2}:
                    firsts[first] = names[0] if first not in firsts else None
            self._firsts = firsts
        return self._firsts.get(word)

    def _known(self, words: tuple[str, ...]) -> bool:
        """Whether a full mention is one of the spellings learned for its surname."""
        return " ".join(words) in self.full_names[words[-1]]

    def protagonist(self) -> str | None:
        """The person the articles are about: named at least twice as often as anyone else
        (worked out once, after every article is learned)."""
        if self._main is None:
            self._main = (self._protagonist(),)
        return self._main[0]

    def _protagonist(self) -> str | None:
        counts = sorted(
            ((n, s) for s, n in self.mentions.items() if self.resolve((s,))), reverse=True
        )
        if not counts or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
            return None
        return self.resolve((counts[0][1],))

    def key(self, name: str) -> str:
        """The surname a printed name stands for."""
        return name.split()[-1]

    def people(self) -> list[str]:
        """Every person the articles show doing what people do (speaking, winning, finishing,
        being a given age), by printed name, in order of first mention: the options of a
        choice. A name seen only where places stand (``at Flushing Meadows``) is left out."""
        out = []
        for surname in self.order:
            names = (
                self.full_names[surname] if self.distinct(surname) else [self.resolve((surname,))]
            )
            if self.racing and surname not in self.roles:
                continue  # maybe a horse: "Desert Crown crossed the line" reads as a person
            for name in names:
                first = name.split()[0] if name else ""
                if name in self.things or surname in self.things or first in self.affiliated:
                    continue  # "the Country Eagles" once, "Delhi Dabang": a team, wherever else
                if not name or named_after(name, self.full_names):
                    continue  # "Mahomes Magic" beside "Patrick Mahomes": his, not a person
                if surname in self.evidence or name.split()[0] in self.evidence:
                    out.append(name)
        return out
