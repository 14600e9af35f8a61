"""Past wins told with their year: ``the 2013 winner Lelisa Desisa``, ``2014 Boston
runner-up Wilson Chebet``, ``He also won the 2010 New York Marathon``, ``Kramer, who also
won in 2007, 08, 09 and 2010, ...``.

Each is a fact of a race named with its year (``London Marathon in 2022``), so that "Who won
the London Marathon in 2022?" is asked, never the race being reported. Only a race with a
name is read (``events_in``'s ``Boston Marathon``, ``Masters``; never ``the marathon`` nor a
title such as ``world champion``): a title with no race named (``2022 winner X``) is the
article's own race while that race is being told, or when it is the one race the article
names (``the 2024 Masters Tournament`` and ``two Masters``: ``2023 champion Jon Rahm`` won
the 2023 Masters Tournament), and a race named by a word of it (``2014 Boston runner-up``)
only when the word begins the article's race. In an article naming a
sex (``the women's field``), the sentence must speak of one (``she``, ``men's``) or, for a
title of the article's own race, that race be told with its sex; else the win may be one
of two and is left out. A title one becomes (``could become the 2024 champion``), two
people after one title and a denied win (``never won the 2019 ...``) are no past win.
"""

from __future__ import annotations

import bisect
import re
from typing import Protocol

from quizcli.draft.event_names import event_name
from quizcli.draft.events import events_in, without_sex
from quizcli.draft.facts import Fact
from quizcli.draft.index import SentenceIndex
from quizcli.draft.named_competitions import named_competition, names_sex
from quizcli.draft.quotes import Sentence


class Finder(Protocol):
    """What reading past wins needs of the fact finder (``results.FactFinder``)."""

    main: str | None
    event: str | None
    one_race: bool
    both: bool
    sexes_named: bool
    sexes: dict[int, tuple[bool, bool]]  # the sexes each paragraph speaks of

    @property
    def other_named(self) -> bool: ...

    def index(self, sentence: Sentence) -> SentenceIndex: ...

    def athlete(self, sentence: Sentence, before: int) -> str | None: ...

    def negated(self, sentence: Sentence, position: int) -> bool: ...


_YEAR = r"(?:19|20)\d\d"
HINT = re.compile(r"(?<![\w/.:-])(?:19|20)\d\d(?![\w/-])")  # a year, not "2019-05-16"
# A race's words before a title: capitalised ("Boston", "Ricoh Women's British Open"), the
# last may be a number ("Indy 500")
_RACE_WORDS = r"[A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|\d{2,3}(?![\w,.-]))){0,3}"
# "the 2013 winner Lelisa Desisa", "2014 Boston runner-up Wilson Chebet"
_TITLED = re.compile(
    rf"(?<![\w'’/.:-])(?P<year>{_YEAR})(?:['’]s)?\s+"
    rf"(?:(?P<race>{_RACE_WORDS})\s+)?"
    r"(?P<title>winner|champion|Champion|victor|runner-up)(?P<comma>,)?\s+(?=[A-Z])"
)
# "Seifu Tura, the 2021 Chicago winner, was fifth": the name right before the title
_APPOSED = re.compile(
    rf",\s+the\s+(?P<year>{_YEAR})\s+"
    rf"(?:(?P<race>{_RACE_WORDS})\s+)?"
    r"(?P<title>winner|champion|Champion|victor|runner-up)"
    r"(?=\s*[,;)]|\.(?:\s|\Z)|\s+(?:was|is)\b)"
)
_PLACES = {"winner": 1, "champion": 1, "Champion": 1, "victor": 1, "runner-up": 2}
_ENDS_HERE = re.compile(r"\s*(?:[.;]|\Z)")  # a name ending its sentence
# "the first left-handed woman to win Wimbledon since Martina Navratilova in 1990": the
# year after the name (its nation aside), the win and its race named before ``since``
_SINCE = re.compile(r"\bsince\s+(?=[A-Z])")
_SINCE_YEAR = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
    rf"\s+(?:back\s+)?in\s+(?P<year>{_YEAR})(?![\w/-])(?!\s*(?:,|and)\s*\d)"
)
# "since X in 2014 to win both the Harbour Open and ...", "to successfully defend the Cup"
_WIN_AFTER = re.compile(
    r"\s+to\s+(?:successfully\s+)?(?:win|defend|retain|lift)\s+(?:both\s+)?the\s+"
)
_CAPITALS = re.compile(r"[A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|\d{2,3}(?![\w,.-]))){0,3}")
_A_WIN = re.compile(r"\b(?:to\s+win|won|winner\s+(?:of|at)|winning)\s+")
_ONLY_THE = re.compile(r"(?:(?:the|a|an)\s+)?(?:(?:[Mm]en|[Ww]omen)['’]s\s+)?")
_TITLE_WORD = re.compile(r"(?:\s+(?:singles\s+)?(?:title|crown))?\s*")
_NOT_A_WIN = re.compile(r"\b(?:over|against|beat|beating|defeat\w*|lost|losing|final)\b|[,;:]")
# a title become or named, not held: "could become the 2024 champion", "crowned"
_BECOMING = re.compile(
    r"\b(?:become|becomes|becoming|became|be|been|crowned|named|as|like)\s+(?:the\s+)?$", re.I
)
# "won the 2010 New York Marathon" (the race right after): the year before the race
_WON_THE = re.compile(rf"\b(?:won|(?:after|since|in|by)\s+winning)\s+the\s+(?P<year>{_YEAR})\s+$")
# "won the Boston Marathon in 2014": the year after the race
_WON_BEFORE = re.compile(r"\b(?:won|(?:after|since|in|by)\s+winning)\s+the\s+$")
_YEARS = rf"{_YEAR}(?:(?:,\s*|,?\s+and\s+)(?:{_YEAR}|\d\d)(?![\w/-])){{0,8}}(?![\w/-])"
_IN_YEARS = re.compile(rf"\s+in\s+(?P<years>{_YEARS})")
_AND_THE = re.compile(r",?\s+and\s+the\s+")
# "Kramer, who also won in 2007, 08, 09 and 2010": the article's own race, each year
_WHO_WON_IN = re.compile(
    r",\s+who\s+(?:also\s+|previously\s+|had\s+|has\s+)*won\s+(?:it\s+|the\s+title\s+)?"
    rf"in\s+(?P<years>{_YEAR}(?:(?:,\s*|,?\s+and\s+)(?:{_YEAR}|\d\d)(?![\w/-])){{0,8}})"
    r"(?![\w/-])"
)
_AND_NAME = re.compile(r",?\s+(?:and|&)\s+[A-Z]")
_NAMED = re.compile(r"[A-Z][a-z]")  # a race with a name: "London Marathon", not "stage 4"
_SEX = re.compile(r"^(?:men|women)['’]s ")


def past_titles(finder: Finder, sentence: Sentence) -> list[Fact]:
    """The past wins (and runner-up places) one sentence tells with their year, as
    ``medal`` facts of the race named with its year."""
    text = sentence.masked
    if ("19" not in text and "20" not in text) or not HINT.search(text):
        return []  # (a year's first digits looked for first: the pattern tries every offset)
    facts = _titled(finder, sentence, text)
    facts += _apposed(finder, sentence, text)
    if "since" in text:
        facts += _since(finder, sentence, text)
    if "won" in text or "winning" in text:  # (the races are read only then)
        facts += _won_named(finder, sentence, text)
        facts += _who_won_in(finder, sentence, text)
    return facts


def _own_race(finder: Finder, words: str | None) -> str | None:
    """The article's own race when it has a name and ``words`` (if any) begin it."""
    main = finder.main
    if not main or not _NAMED.match(main) or main.casefold().startswith("stage "):
        return None
    if words and not (main + " ").casefold().startswith(words.casefold() + " "):
        return None
    if finder.other_named and not words:
        return None  # "X won the 2018 Harbour Marathon. The 2014 winner Y ...": of which?
    if finder.event and without_sex(finder.event) == main:
        return finder.event  # "the women's London Marathon" being told: its sex
    if not words and finder.event is None and finder.one_race:
        return main  # the one race the article names ("Masters Tournament", "two Masters")
    return main if words else None  # no race named, and another race being told: whose?


def own_or_named(finder: Finder, words: str | None) -> str | None:
    """The race a past title names: the article's own (``_own_race``), else a competition
    named by its own name in ``words`` (``Indy 500``: ``named_competitions``)."""
    return _own_race(finder, words) or named_competition(words)


def one_race(names: list[str]) -> bool:
    """Whether the races an article names (without their sex) are one race, each name the
    first's or a name of its first words or the first's a name of its (``Masters
    Tournament`` and ``Masters``)."""
    first = names[0] + " " if names else ""
    return all(first.startswith(name + " ") or (name + " ").startswith(first) for name in names)


def _sexed(finder: Finder, sentence: Sentence, race: str) -> str | None:
    """``race`` named for the sex the sentence (else its paragraph) speaks of, in an article
    naming a sex (``the women's field``: None when they speak of neither or both);
    unchanged in an article naming none (a golf major, a horse race)."""
    if not finder.sexes_named or names_sex(race):
        return race  # (or "the AIG Women's Open": its sex in its name)
    women, men = finder.index(sentence).sexes()
    if not women and not men:  # the sex its paragraph speaks of, as for any result
        women, men = finder.sexes.get(sentence.paragraph, (False, False))
    if women == men:
        return race if _SEX.match(race) else None  # the sex of the race being told
    return ("women's " if women else "men's ") + without_sex(race)


def fact_of(
    finder: Finder, sentence: Sentence, who: str | None, race: str, year: str, place: int
) -> list[Fact]:
    """One past result, when its holder and its race's sex are told."""
    if not who:
        return []
    event = _sexed(finder, sentence, race)
    if event is None:
        return []
    return [Fact("medal", who, f"{event} in {year}", place, sentence)]


def _titled(finder: Finder, sentence: Sentence, text: str) -> list[Fact]:
    """``the 2013 winner Lelisa Desisa``: the name right after the title."""
    facts: list[Fact] = []
    for match in _TITLED.finditer(text):
        if _BECOMING.search(text, max(0, match.start() - 30), match.start()):
            continue
        race = own_or_named(finder, match["race"])
        if race is None:
            continue
        index = finder.index(sentence)
        at = run_at(index.starts, match.end())
        if not at or not index.names[at[0]]:
            continue
        if _AND_NAME.match(text, index.ends[at[0]]):
            continue  # "2012 and 2011 winners A and B", "2012 champion A and B": whose?
        if match["comma"] and not _ENDS_HERE.match(text, index.ends[at[0]]):
            continue  # "our 2020 Harbour Open Champion, Ann Lee.": the name alone after it
        place = _PLACES[match["title"]]
        facts += fact_of(finder, sentence, index.names[at[0]], race, match["year"], place)
    return facts


def _won_named(finder: Finder, sentence: Sentence, text: str) -> list[Fact]:
    """``X won the 2010 New York Marathon`` / ``X won the Boston Marathon in 2014 and
    2015`` / ``she won the U.S. Open in 2006 and the Australian Open in 2008``."""
    facts: list[Fact] = []
    last: tuple[int, str] | None = None  # where the last win read ends, and whose it is
    for race in events_in(text):
        if not _NAMED.match(without_sex(event_name(race))):
            continue
        low = max(0, race.start() - 40)
        chained = last is not None and _AND_THE.fullmatch(text, last[0], race.start())
        who: str | None = None
        end = None
        before = _WON_THE.search(text, low, race.start())
        if before:  # the year before the race
            years = [before["year"]]
            if not finder.negated(sentence, before.start()):
                who = finder.athlete(sentence, before.start())
        else:
            won = _WON_BEFORE.search(text, low, race.start())
            after = _IN_YEARS.match(text, race.end()) if won or chained else None
            years = years_of(after["years"]) if after else []
            if after and won and not finder.negated(sentence, won.start()):
                who, end = finder.athlete(sentence, won.start()), after.end()
            elif after and last and chained:
                who, end = last[1], after.end()  # "... in 2006 and the Australian Open in 2008"
        for year in years:
            facts += fact_of(finder, sentence, who, event_name(race), year, 1)
        last = (end, who) if end and who else None
    return facts


def years_of(written: str) -> list[str]:
    """``2007, 08, 09 and 2010``: each year in full."""
    years, century = [], ""
    for year in re.findall(r"\d+", written):
        century = year[:2] if len(year) == 4 else century
        years.append(year if len(year) == 4 else century + year)
    return years


def _who_won_in(finder: Finder, sentence: Sentence, text: str) -> list[Fact]:
    """``Kramer, who also won in 2007, 08, 09 and 2010``: the article's race, each year."""
    facts: list[Fact] = []
    for match in _WHO_WON_IN.finditer(text):
        race = _own_race(finder, None)
        index = finder.index(sentence)
        at = run_at(index.ends, match.start())
        if race is None or not at or not index.names[at[0]]:
            continue
        for year in years_of(match["years"]):
            facts += fact_of(finder, sentence, index.names[at[0]], race, year, 1)
    return facts


def _apposed(finder: Finder, sentence: Sentence, text: str) -> list[Fact]:
    """``Seifu Tura, the 2021 Chicago winner, was fifth``: the name right before."""
    facts: list[Fact] = []
    for match in _APPOSED.finditer(text):
        race = own_or_named(finder, match["race"])
        index = finder.index(sentence)
        at = run_at(index.ends, match.start())
        if race is None or not at or not index.names[at[0]]:
            continue
        if _AND_NAME.match(text, match.start()) or text[match.start() - 1 : match.start()] == "s":
            continue  # ("Moss's, the 2019 winner": no name of one person)
        place = _PLACES[match["title"]]
        facts += fact_of(finder, sentence, index.names[at[0]], race, match["year"], place)
    return facts


def _since(finder: Finder, sentence: Sentence, text: str) -> list[Fact]:
    """``the first woman to win Wimbledon since Martina Navratilova in 1990``: a race with
    a name won (``to win``, ``winner of``) in the clause before ``since``, never beaten or
    lost (``the first win over X since``)."""
    facts: list[Fact] = []
    for match in _SINCE.finditer(text):
        index = finder.index(sentence)
        at = run_at(index.starts, match.end())
        if not at or not index.names[at[0]]:
            continue
        year = _SINCE_YEAR.match(text, index.ends[at[0]])
        after = _WIN_AFTER.match(text, year.end()) if year else None
        if year and after:  # "the first since X in 2014 to win the Harbour Open"
            race = _race_at(text, after.end())
            if race and not finder.negated(sentence, match.start()):
                facts += fact_of(finder, sentence, index.names[at[0]], race, year["year"], 1)
            continue
        low = max(0, match.start() - 100)
        wins = list(_A_WIN.finditer(text, low, match.start()))
        if year is None or not wins or _NOT_A_WIN.search(text, wins[-1].end(), match.start()):
            continue
        won = text[wins[-1].end() : match.start()]
        races = [r for r in events_in(won) if _NAMED.match(without_sex(event_name(r)))]
        if len(races) != 1 or not _ONLY_THE.fullmatch(won, 0, races[0].start()):
            continue  # "to win a medal at the Lakeside Marathon since": no win of the race
        if not _TITLE_WORD.fullmatch(won, races[0].end()) or finder.negated(
            sentence, wins[-1].start()
        ):
            continue
        who = index.names[at[0]]
        facts += fact_of(finder, sentence, who, event_name(races[0]), year["year"], 1)
    return facts


def _race_at(text: str, position: int) -> str | None:
    """The race named with a name right at ``position`` (``events_in``'s, else a
    competition by its own name: ``named_competitions``), else None."""
    for race in events_in(text[position : position + 80]):
        name = event_name(race)
        if race.start() == 0 and _NAMED.match(without_sex(name)):
            return name
        break
    words = _CAPITALS.match(text, position)
    return named_competition(words[0]) if words else None


def run_at(offsets: list[int], position: int) -> list[int]:
    """The name run starting (or ending: ``offsets``, in order) at ``position``, as a list of
    its index or none (a bisection: a sentence of many titles stays linear)."""
    at = bisect.bisect_left(offsets, position)
    return [at] if at < len(offsets) and offsets[at] == position else []
