"""Race facts in narration: times, medals, podiums, places and records.

Each fact is tied to the athlete the sentence gives it to: the sentence's subject (a name,
or ``he`` / ``the Norwegian`` resolved to the person the article is about at that point),
never to a name that follows ``ahead of`` or ``behind``. A fact whose athlete or event
cannot be told is left out. Times keep the article's precision, written the way answers
are typed (``13 mins and 13.66 secs`` -> ``13:13.66``).
"""

from __future__ import annotations

import re

from quizcli.draft import headlines, meetings, placings, podiums, points, relative_wins
from quizcli.draft.ages import ages, may_give_age
from quizcli.draft.boards import Headers
from quizcli.draft.bouts import find_bouts
from quizcli.draft.clauses import (
    NEGATION_WORDS,
    beaten_at,
    denied,
    last_turn,
)
from quizcli.draft.contradictions import contradicted
from quizcli.draft.crews import CrewReader, listed_crews
from quizcli.draft.editions import named_of_another_edition
from quizcli.draft.event_names import event_name
from quizcli.draft.events import a_title, events_in, without_sex
from quizcli.draft.facts import Fact
from quizcli.draft.field import article_field_event, find_marks, marked_medals
from quizcli.draft.fits import is_fast_sport, is_multisport
from quizcli.draft.golf import find_golf, golf_wins, is_golf, runners_up
from quizcli.draft.holder import beater, named_before
from quizcli.draft.index import SentenceIndex
from quizcli.draft.innings import find_innings, is_cricket
from quizcli.draft.pairs import may_hold_pairs, pair_results, with_pairs
from quizcli.draft.past_lists import past_lists
from quizcli.draft.past_titles import one_race, past_titles
from quizcli.draft.people import Cast, is_possessive, name_runs
from quizcli.draft.quotes import Sentence
from quizcli.draft.race_at import race_at
from quizcli.draft.races_told import OTHER_RACE, RacesTold, names_current, sentence_event
from quizcli.draft.records import records
from quizcli.draft.reported import remember_reported
from quizcli.draft.rounds import Rounds
from quizcli.draft.sexed import both_sexes, paragraph_sexes, sexed, untold_sex
from quizcli.draft.sides import RESULT_LINE_HINT, may_hold_score
from quizcli.draft.stage_races import StageRaceWon, is_stage_race
from quizcli.draft.standings import standings
from quizcli.draft.tables import TableReader
from quizcli.draft.tails import Hint, Words, lowered
from quizcli.draft.timings import race_times
from quizcli.draft.wins import find_wins

NONE = (False, False)  # no sex told
_DIGIT = re.compile(r"\d")


class FactFinder:
    """Finds the facts of sentences read in order, remembering the last event named."""

    def __init__(self, cast: Cast, sentences: list[Sentence] | None = None) -> None:
        self.cast = cast
        # What kind of report the article is, told by its words (and quotations')
        masked = [s.masked for s in sentences or []]
        texts = [s.text for s in sentences or []]
        self.multisport, self.both = is_multisport(texts), both_sexes(texts)
        self.both_told = False  # the race being told was named as both sexes' race
        self._read, self._other_at = 0, -10  # sentences read; the last naming another race
        self.sexes_named = any("men's" in t or "men’s" in t for t in texts)  # or "women's"
        # In a report naming a sex, the sexes each paragraph speaks of
        self.sexes = paragraph_sexes(sentences or []) if self.sexes_named else {}
        # The titles ("world 1500m champion") this sentence names beside the race being told
        self._titles: tuple[str, list[re.Match[str]]] | None = None
        # The races each sentence names, read once here and again by ``find``
        self._events = {s.masked: self.events(s.masked) for s in sentences or [] if not s.heading}
        names = [
            re.sub(r"^(?:men|women)'s ", "", event_name(match))
            for sentence in sentences or []
            if not sentence.heading
            for match in self._events[sentence.masked]
            if not (match["classic"] and is_stage_race(match["classic"]))  # never carried
        ]  # (and the races named with a sex: one told without it, "100m", may be either's)
        self.sexed_races = headlines.sexed_races(self._events.values())
        # With several races in the article, only the first (the report's own race) is
        # carried from one paragraph to the next; another is carried within its paragraph.
        self.main = names[0] if names else None
        self.several = len(set(names)) > 1
        self.one_race = one_race(names)  # ("Masters Tournament", "Masters")
        # The headline's race is the story's until the story names one ("Odermatt wins
        # Wengen downhill" over "Odermatt won by 0.33 seconds from Sarrazin")
        headline = headlines.headline_race(sentences or [])
        if headline and (self.main is None or without_sex(headline) == self.main):
            self.main = self.main or without_sex(headline)
        else:
            headline = None
        self.event: str | None = headline
        self.event_paragraph = -10
        self.skipped: list[tuple[str, Sentence]] = []  # (why not asked, where)
        self.switched: str | None = None  # the event before "In the women's race"
        self._index: tuple[Sentence, SentenceIndex] | None = None
        self._starts: tuple[list[re.Match[str]], list[int]] | None = None
        self._told_in_full: tuple[Sentence, set[str]] | None = None
        self.tables = TableReader(cast, self.main)
        self.crews = CrewReader(texts)  # a duet's, a boat's or a car's place
        self.headers = Headers()  # a transcript's "M. KEYS/A. Riske" over "4-6, 7-6, 6-2"
        self.carried: str | None = None
        self.told = RacesTold()
        self.unsure_carry = False
        self.winners: dict[str, str] = {}  # race -> its winner, as told so far
        self.meetings: set[tuple[str, str]] = set()  # (winner, loser) told with no score
        # The race the last sentence naming one gave a result of (None when it gave none):
        # in an article of several races, a paragraph naming none continues it ("Earlier, X
        # stormed to victory in the women's 100m freestyle." ... "Y, who grabbed silver").
        self.resulted: str | None = None
        # Races this sentence gave a result of whose owner could not be told ("The
        # 31-year-old clocked 2:07:50" after two names): still the race being reported.
        self.unowned: list[str] = []
        self.stage_won = StageRaceWon()  # a stage race won, for its places "overall"
        self.field_event = article_field_event(masked)
        self.cricket, self.golf = is_cricket(masked), is_golf(masked)
        self.duels = relative_wins.is_duel_report(masked)  # of matches between two people
        self.rounds = Rounds()  # the rounds told, a heat's or a semi-final's results left out
        self.fast = is_fast_sport(texts)

    def events(self, text: str) -> list[re.Match[str]]:
        """The races ``text`` names (``events_in``), but for a triathlon's legs: its
        "marathon" is its run, not a race of its own."""
        events = events_in(text)
        if self._titles is not None and self._titles[0] == text:
            events = [e for e in events if not any(e is t for t in self._titles[1])]
        if self.multisport:
            return [e for e in events if not (e["word"] and "marathon" in e["word"])]
        return events

    @property
    def other_named(self) -> bool:
        """Whether this sentence or the one before named another race in passing (``X won
        the 2018 Harbour Marathon.``): "the 2014 winner" after it may be either race's."""
        return self._read - self._other_at <= 1

    def _past_named(self, match: re.Match[str]) -> bool:
        """Whether a race named by its name is another edition told in passing (``the 2022
        Berlin Marathon``, ``the London Marathon last April``) in the report of another
        race: never the race the sentences after it are about."""
        if not (match["named"] or match["classic"] or match["gp"]) or self.main is None:
            return False
        return event_name(match) != self.main and named_of_another_edition(match.string, match)

    def _same_race(self, match: re.Match[str]) -> bool:
        """Whether a race named is the one being told (its sex aside)."""
        return without_sex(event_name(match)) == without_sex(self.event or "")

    def index_of_text(self, text: str) -> SentenceIndex | None:
        """The index of the sentence being read, when ``text`` is its masked text."""
        if self._index is not None and self._index[0].masked == text:
            return self._index[1]
        return None

    def index(self, sentence: Sentence) -> SentenceIndex:
        """The sentence's index, built once."""
        if self._index is None or self._index[0] is not sentence:
            self._index = (sentence, SentenceIndex(sentence.masked, self.cast))
        return self._index[1]

    def names(self, text: str) -> list[str]:
        """The people named in ``text``, in order, as the draft prints them."""
        runs = name_runs(text, self.cast.lowercase)
        found = [None if is_possessive(text, r) else self.cast.resolve(r.words) for r in runs]
        return [name for name in found if name]

    def athlete(self, sentence: Sentence, before: int) -> str | None:
        """The athlete the sentence gives a fact at ``before`` to: the last person named or
        referred to before it, outside ``ahead of`` / ``behind`` lists and quotations. A fact
        after ``with Fraser-Pryce third`` is Fraser-Pryce's; after ``ahead of A and B`` it is
        nobody's for sure, so None; after ``A overcame B to win`` it is A's, never B's."""
        name = named_before(self, sentence, before)
        index = self.index(sentence)
        if name is None:
            return beater(self, sentence, before)  # "A beat B by two shots to win": A's
        last = index.last_named_run(before)
        if last < 0 or index.names[last] != name:
            return name
        run = index.runs[last]
        if _in_relative(sentence.masked, run.start, run.end):
            return None  # "X, who trains with Sam Pike, crossed the line in T": X's, not Pike's
        beaten = beaten_at(sentence.masked, run.start, run.end, before)
        return name if beaten is None else self.athlete(sentence, beaten)

    def negated(self, sentence: Sentence, position: int) -> bool:
        """Whether the clause before ``position`` denies or only wishes it (``has not won``)."""
        low = self.lowered(sentence)
        start = max(self.index(sentence).clause_start(position), position - 150)
        if not _DENYING.start_between(low, start, position):
            return False  # no word of NEGATION's starts in the clause: nothing to read
        turn = last_turn(sentence.masked, start, position)  # "... but won", "as Skistad won"
        if _AND_DID.match(sentence.masked, max(0, position - 5)):
            return False  # "couldn't hold the lead and came across the line eighth"
        start = max(start, turn)
        if not _DENYING.start_between(low, start, position):
            return False  # no word of NEGATION's starts in the clause: no search
        return denied(sentence.masked, start, position)

    def lowered(self, sentence: Sentence) -> str | None:
        """The sentence's masked text in lower case (``tails.lowered``, read once)."""
        return lowered(sentence.masked)

    def skip(self, why: str, sentence: Sentence) -> None:
        """Note a fact left out, and why, for --json."""
        self.skipped.append((why, sentence))

    def find(self, sentence: Sentence) -> list[Fact]:
        """Every fact in one sentence (in a heading, only a result line or a score: the rest
        is said again, in full, below)."""
        text = sentence.masked
        self.unowned = []
        header = self.headers.read(self, sentence)
        if header:
            return header
        rows = self.tables.read(sentence, None if self.several else self.event)
        if rows is not None:  # "1) Tadej Pogacar (UAE), in 3:50:29" under "Stage 4 results"
            return rows + listed_crews(sentence, lambda: self.index(sentence))
        lines: list[Fact] = []
        if RESULT_LINE_HINT.match(text):  # "Capitals 3, Ducks 2": a roundup's result line
            from quizcli.draft.result_lines import result_line

            lines = result_line(self, sentence)
        if sentence.heading:  # a headline's score, "Leicester beat Saracens 15-12 in the final"
            if not lines and may_hold_score(text):  # (the body may give it no winner)
                from quizcli.draft.scores import find_scores

                lines = find_scores(self, sentence)
            if not lines and headlines.HINT.search(text):  # "Cole wins Lakeside Marathon"
                lines = headlines.headline_wins(self, sentence)
            return lines
        events = self._events.get(text)
        if events is None:
            events = self.events(text)
        gender = _GENDER.search(text)
        if self.switched and sentence.paragraph != self.event_paragraph:
            self.event, self.switched = self.switched, None  # "the women's race" was its own
        if self.several and self.event and sentence.paragraph != self.event_paragraph:
            if not self.event.endswith(self.main or "\0"):
                self.event = self.resulted  # the race last reported, else not told here
        if self.unsure_carry:  # a paragraph naming two races carries neither
            self.event, self.unsure_carry = None, False
        self._titles = None
        if events:  # "world 1500m champion X took silver" in the 800m's report, "world
            # indoor 3,000m champion Dibaba" clocking a time with no race named: no race run
            carrying = self.event is not None
            titles = [e for e in events if a_title(e, carrying) and not self._same_race(e)]
            if titles:
                self._titles = (text, titles)
                events = self.events(text)
        self.carried = self.event  # the race before this sentence names its own
        told = sentence_event(text, events) if events else None
        self._read += 1
        if told and self._past_named(told):
            told = None  # "in winning the 2022 Berlin Marathon" in the Chicago Marathon's report
            self._other_at = self._read
        kept = (self.event, self.event_paragraph, self.unsure_carry, self.switched)
        stage_race = bool(told and told["classic"] and is_stage_race(told["classic"]))
        if told and not names_current(told, self.event):
            self.event = event_name(told)
            self.event_paragraph = sentence.paragraph
            # "the men's world record to win the Chicago Marathon while X won in the fastest
            # women's time": a race named as both sexes' (read only in such a report)
            self.both_told = self.both and self.index(sentence).sexes() == (True, True)
            self.unsure_carry = not self.told.told(events, sentence.paragraph)
            self.switched = None
        elif events:  # "his fourth marathon" in a report of the Seoul Marathon: that race
            self.event_paragraph = sentence.paragraph
        elif gender and self.event and OTHER_RACE.match(text, gender.end()):
            # "took the women's sprint crown" in a keirin report: a race not named, whose
            # results are no keirin's (the race told before comes back after the paragraph)
            self.switched = self.switched or self.event
            self.event, self.event_paragraph = None, sentence.paragraph
        elif gender and self.event:  # "In the women's race": the same event, for women
            base = re.sub(r"^(?:men|women)'s ", "", self.event)
            switched = f"{gender[1].casefold()}'s {base}"
            if switched != self.event:
                self.switched = self.switched or self.event
                self.event, self.event_paragraph = switched, sentence.paragraph
        facts: list[Fact] = lines
        marks: list[Fact] = []
        lowered = text.casefold()
        if _DIGIT.search(text):
            facts += race_times(self, sentence, events)
            if may_hold_score(text):  # "6-2": only then are the score patterns compiled
                from quizcli.draft.scores import find_scores

                facts += find_scores(self, sentence)
            marks = find_marks(self, sentence, self.field_event)
            facts += marks
            facts += find_innings(self.cast, sentence) if self.cricket else []
            facts += find_golf(self, sentence) if self.golf else []
        facts += golf_wins(self, sentence) if self.golf else []
        facts += find_bouts(self, sentence)
        facts += find_wins(self, sentence) if not facts else []
        facts += past_titles(self, sentence)  # "the 2013 winner X": that year's race
        facts += past_lists(self, sentence)  # "A (1998) and B (2004) as champions"
        facts += podiums.medals(self, sentence, lowered)
        facts += runners_up(self, sentence, facts) if self.golf else []
        facts += marked_medals(facts) if marks else []
        places = placings.places(self, sentence, lowered)
        for fact in contradicted(places, text):  # "Runner-up Kendricks ... came third"
            self.skip(f"{fact.athlete}: the sentence gives two places", sentence)
            places.remove(fact)
        facts += places
        if points.HINT.search(lowered):  # "claimed the silver medal with 455.2 points"
            facts += points.find_points(self, sentence, facts)
        facts += standings(self, sentence, lowered)
        if "record" in lowered:
            facts += records(self, sentence)
        if meetings.HINT.search(lowered):  # "Korea upset Canada": told, never asked
            self.meetings.update(meetings.told_meetings(self, sentence))
        if may_give_age(text):  # (the sentence's index is built only when needed)
            facts += ages(sentence, self.index(sentence))
        if self.cast.shared():  # a surname two people share: name each fact's one in full
            facts = [f for f in map(self._named_in_full, facts, [sentence] * len(facts)) if f]
        if self.both and facts:
            facts = sexed(facts, self.index(sentence), self.sexes.get(sentence.paragraph, NONE))
            for fact in untold_sex(facts, events) if self.both_told else []:
                self.skip(f"{fact.event}: the men's or the women's race is not told", sentence)
                facts.remove(fact)
        if (
            " and " in text or "&" in text
        ):  # "A and B beat C and D 6-3, 6-1", "A and B placed 4th in duet"
            crews = self.crews.read(sentence, lambda: self.index(sentence), self.event)
            if may_hold_pairs(lowered):
                crews += pair_results(sentence, self.index(sentence))
            facts = with_pairs(facts, crews)
        facts = self.rounds.of_the_race(self, sentence, facts)  # not another year's, a heat's
        remember_reported(self, sentence, events, facts)
        if stage_race:  # a stage race is this sentence's race only: never carried
            self.event, self.event_paragraph, self.unsure_carry, self.switched = kept
            self.stage_won.note(facts)
        for fact in facts:
            if fact.event and fact.kind == "medal" and fact.value == 1:
                self.winners.setdefault(fact.event, fact.athlete)
        return facts

    def settled(self, facts: list[Fact]) -> list[Fact]:
        """The article's facts once every sentence is read: a match the article also tells
        won the other way is left out (``quizcli.draft.meetings``)."""
        return meetings.one_way(self, facts, self.meetings)

    def _named_in_full(self, fact: Fact, sentence: Sentence) -> Fact | None:
        """``fact`` with its athlete, when a surname two people share (``Lindgren`` for
        Rosa and Eva), made the one the sentence names in full; None, noted, when it names
        neither or both (an answer may stay a bare surname: ``Adeyemi``, when reports
        disagree on his first name)."""
        name = fact.athlete
        if not name or " " in name or not self.cast.distinct(name):
            return fact
        if self._told_in_full is None or self._told_in_full[0] is not sentence:
            self._told_in_full = (sentence, self.cast.told_in_full(sentence.text))  # once
        named = [full for full in self.cast.full_names[name] if full in self._told_in_full[1]]
        if len(named) != 1:
            why = f"{name}: a surname two people share, and the sentence says neither"
            self.skip(why, sentence)
            return None
        return fact._replace(athlete=named[0])

    def event_at(
        self, events: list[re.Match[str]], position: int, end: int | None = None, text: str = ""
    ) -> str | None:
        """The race of a value at ``position`` in ``text`` (``race_at``), or the one
        carried from before; None when the sentence's sex contradicts the race's."""
        if self._starts is None or self._starts[0] is not events:  # once per list, not per value
            self._starts = (events, [e.start() for e in events])
        index = self.index_of_text(text) if text else None
        return race_at(events, self._starts[1], position, end, text, index, self.event)


# A verb in the past after "and": a clause of its own, outside a denial before it.
_AND_DID = re.compile(
    r" and (?:came|took|was|won|ran|crossed|ended|finished|claimed|grabbed|secured|placed)\b"
)
_DENYING = Words(NEGATION_WORDS)  # one of them starts in every match of NEGATION
_GENDER = Hint(re.compile(r"\b(men|women)['’]s\b"))  # read in every sentence: "men" first


# A relative clause opened before a name and closed right after it: "Ivo Marsh, from Troy,
# who trains with Sam Pike, crossed the line": the name inside is no one the clause after
# it speaks of (searched in a window of 120 characters before the name)
_WHO_OPENS = re.compile(r",\s+(?:who|whose|whom)\s[^,;:.]*\Z")
_CLOSES = re.compile(r"[\w'’.)-]*,\s")


def _in_relative(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start``..``end`` stands at the end of a relative clause that a
    comma closes (``, who trains with Sam Pike,``): the fact after it is the subject's."""
    return (
        _CLOSES.match(text, end) is not None
        and _WHO_OPENS.search(text, max(0, start - 120), start) is not None
    )
