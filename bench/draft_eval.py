"""Measure `quizcli draft` on real published articles, judged against a reader's notes.

The articles' texts are never in the repository: they live outside it, one file each, whose
first line is the article's address (default folder: /work/draft_corpus_real, or
$QUIZCLI_DRAFT_CORPUS, or --corpus). What the repository keeps is a reader's notes of what
each article states (tests/data/draft_corpus/notes/NAME.toml: the people, which names are
not people, each quotation's first words and its speaker, the results) and the verdicts a
person gave on questions the notes cannot decide (tests/data/draft_corpus/verdicts.toml).

For every article the installed (or PYTHONPATH's) quizcli drafts a bank, through the CLI
(`python -m quizcli draft ARTICLE --json -o BANK`), and each drafted question is judged:

- "Who said this?" and "Complete what X said" are right when the answer (or attribution) is
  the noted speaker of the quotation the question shows, wrong otherwise; poor when an option
  is not a person of the story (a club, a country, a venue, a photo credit) or when a
  quotation gets a third fill-in-the-blank or a blank on a filler word.
- time, podium, place, medal, age and score questions are right when the notes state that
  value for that person (and, where the notes say so, that the prompt names the discipline);
  wrong when the notes state another value, the value belongs to someone else, or it is a
  record, a split or a heat time asked as a race result.
- everything else waits for a person's verdict; `--undecided` prints them in the verdict
  file's format, to be read against the article and added.

Recall counts the stated quotations with a named speaker, times, places and scores that some
right (or poor) question asks. Run from the project's root:

    python bench/draft_eval.py                      # the table, wrong and undecided lists
    PYTHONPATH=/path/to/other/clone python bench/draft_eval.py   # another branch's engine
    python bench/draft_eval.py --undecided          # verdict stubs for what is undecided
    python bench/draft_eval.py --holdout            # the held-out set (tests/.../holdout/)
    python bench/draft_eval.py --holdout2           # the second ... (.../holdout2/), and so on
    python bench/draft_eval.py --holdout30          # to the thirtieth (.../holdout30/)
    python bench/draft_eval.py --notes DIR --texts DIR [--verdicts FILE]   # any other set
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
NOTES = ROOT / "tests" / "data" / "draft_corpus" / "notes"
VERDICTS = ROOT / "tests" / "data" / "draft_corpus" / "verdicts.toml"
DEFAULT_CORPUS = Path(os.environ.get("QUIZCLI_DRAFT_CORPUS", "/work/draft_corpus_real"))
# The held-out sets (`--holdout`, `--holdout2` ... `--holdout30`): articles nobody tuning the
# engine had read, each written after the one before had been used to fix it (from the fourth
# on, blind, by another reader, before the drafter ran); what each holds is in its folder's
# README.md. Notes and verdicts in tests/data/draft_corpus/holdoutN/, texts in
# $QUIZCLI_DRAFT_HOLDOUTN (default /work/draft_corpus_holdoutN).
_ORDINALS = (
    *("", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth"),
    *("seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second"),
    *("twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh"),
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
)
HELD_OUT: dict[str, tuple[Path, Path]] = {  # a set's name (its flag) -> (notes, texts)
    name: (
        ROOT / "tests" / "data" / "draft_corpus" / name / "notes",
        Path(os.environ.get(f"QUIZCLI_DRAFT_{name.upper()}", f"/work/draft_corpus_{name}")),
    )
    for name in ("holdout" if n == 1 else f"holdout{n}" for n in range(1, len(_ORDINALS) + 1))
}

FILLER = frozenset(
    "a an the and or but of to in on at for with from by as is are was were be been it its "
    "this that these those i you he she we they me him her us them my your his our their "
    "not no so very just really also too then than there here what which who when where "
    "how all any some more most much many one two three do did does have has had will would "
    "can could should may might get got".split()
)
MEDALS = {"gold": 1, "silver": 2, "bronze": 3}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


# --- text helpers -------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case, accents off, typographic quotes straight, runs of non-words as one space."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("ø", "o").replace("Ø", "o")
    text = re.sub(r"(?<=[^\W\d_])[”″](?=[^\W\d_])", "'", text)  # "I”ve": a page's apostrophe
    text = re.sub(r"[^\w']+", " ", text.lower())
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
    return " ".join(text.split())


def same_person(a: str, b: str) -> bool:
    """True when two spellings name the same person: equal, or same surname and no clash
    (a generational suffix aside: ``Lance McCullers`` is ``Lance McCullers Jr.``)."""
    fa, fb = _unsuffixed(fold(a).split()), _unsuffixed(fold(b).split())
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    if fa[-1] != fb[-1]:
        return False
    if len(fa) == 1 or len(fb) == 1:
        return True
    return fa[0] == fb[0] or fa[0][0] == fb[0][0] and (len(fa[0]) == 1 or len(fb[0]) == 1)


def _unsuffixed(words: list[str]) -> list[str]:
    """A name's words without a generational suffix (``jr``, ``sr``, ``ii``, ``iii``)."""
    return (
        words[:-1]
        if len(words) > 2 and words[-1] in ("jr", "sr", "jnr", "snr", "ii", "iii")
        else words
    )


def mentions(text: str, name: str) -> bool:
    """True when ``text`` names ``name`` (its full form, or its surname for a person)."""
    folded = f" {fold(text)} "
    if f" {fold(name)} " in folded:
        return True
    # "What was Scottie Scheffler's total ...?" names Scottie Scheffler (and "Scheffler")
    return "'s " in folded and f" {fold(name)} " in folded.replace("'s ", " ")


def parse_seconds(value: str) -> float | None:
    """Seconds of a written time (2:05:06, 13:13.66, 9.79, 60:11); None when not a time."""
    value = value.strip()
    if not re.fullmatch(r"\d+(?::\d{1,2})*(?:\.\d+)?", value):
        return None
    seconds = 0.0
    for part in value.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds


def score_key(value: str) -> str:
    """A score's digits in order ('6-1 6-3 6-0' and '6-1, 6-3, 6-0' agree)."""
    return " ".join(re.findall(r"\d+", value))


_COUNTS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
_MARGIN = re.compile(
    r"\b(\d+|" + "|".join(_COUNTS) + r")\s+(runs?|wickets?|shots?|strokes?|lengths?)\b", re.I
)


def margin_key(value: str) -> str | None:
    """A winning margin's number and unit, in digits ('seven runs', 'won by 7 runs' and
    '184 for 4 v 99 all out; won by 7 runs' agree); None when ``value`` gives none."""
    found = _MARGIN.findall(value)
    if not found:
        return None
    number, unit = found[-1]
    return f"{_COUNTS.get(number.casefold(), number)} {unit.casefold().rstrip('s')}"


# A shown quotation ending in one of these was split inside a sentence ("a world No." + "1").
CUT_AT = re.compile(r"(?<!\w)(?:No|Nos|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Mt|Gen|Capt)\.$")
ROUTE = re.compile(r"\bthe \d+\s?km\b", re.I)
WON = re.compile(r"\b(?:win|won|winning|victory)\b", re.I)
DISTANCE = re.compile(r"\b(\d[\d,.]*)\s*(?:m|metres|meters|metre|meter)\b", re.I)


def same_distance(prompt: str, event: str) -> bool:
    """False when the prompt names a distance and the noted event another one, or none.

    An event noted without a distance (a shot put, a slalom, a Grand Prix) is never run over
    metres: a prompt that asks it as "the 100m" names another race.
    """
    asked = {d.replace(",", "") for d in DISTANCE.findall(prompt)}
    noted = {d.replace(",", "") for d in DISTANCE.findall(event)}
    return not asked or bool(asked & noted)


DISCIPLINES = (
    "half marathon",
    "marathon",
    "heptathlon",
    "decathlon",
    "hurdles",
    "steeplechase",
    "relay",
    "breaststroke",
    "freestyle",
    "butterfly",
    "backstroke",
    "medley",
    "downhill",
    "super-g",
    "slalom",
    "sprint",
    "stage",
    "time trial",
    "giant slalom",
    "single sculls",
    "double sculls",
    "quadruple sculls",
    "coxless",
    "coxed",
    "triathlon",
    "keirin",
    "omnium",
    "pursuit",
)


def event_clash(prompt: str, event: str) -> str | None:
    """Why the race a prompt names is not the noted event (its sex, distance, discipline)."""
    # (a medley written short in the notes or the prompt: "200m IM" is the individual medley)
    asked, noted = (re.sub(r"\bim\b", "individual medley", t.lower()) for t in (prompt, event))
    for sex in ("women's", "men's"):
        other = "men's" if sex == "women's" else "women's"
        if re.search(rf"(?<!\w){sex}", asked) and re.search(rf"(?<!\w){other}", noted):
            if not re.search(rf"(?<!\w){sex}", noted):
                return f"the prompt asks the {sex} race, the result is the {event}"
    if not same_distance(prompt, event):
        return f"the prompt's distance is not the {event}'s"
    stages = re.search(r"\bstage (\d+)", asked), re.search(r"\bstage (\d+)", noted)
    if stages[0] and stages[1] and stages[0][1] != stages[1][1]:
        return f"the prompt asks stage {stages[0][1]}, the result is the {event}"
    for word in DISCIPLINES:
        if word in asked and word not in noted:
            if word == "marathon" and "half marathon" in noted:
                continue
            return f"the prompt asks a {word}, the result is the {event}"
    return None


# --- notes --------------------------------------------------------------------------------


@dataclass
class Quotation:
    """One noted quotation: its speaker ('' when the article names none) and segment starts."""

    index: int
    speaker: str
    starts: list[str]
    count: bool
    also: list[str] = field(default_factory=list)  # others credited with the same words


@dataclass
class Result:
    """One noted result: who, which event, and the values the article states."""

    index: int
    who: str
    event: str
    time: str | None = None
    place: int | None = None
    score: str | None = None
    against: str | None = None
    record: bool = False
    heat: bool = False
    team: bool = False
    event_must: list[str] = field(default_factory=list)

    @property
    def sides(self) -> list[str]:
        """Who the result is of, and whom it was against when the notes say."""
        return [self.who, *([self.against] if self.against else [])]


@dataclass
class Notes:
    """A reader's notes of one article."""

    name: str
    url: str
    publisher: str
    sport: str
    style: str
    language: str
    people: list[str]
    furniture: list[str]
    not_people: list[str]
    quotations: list[Quotation]
    results: list[Result]
    ages: dict[str, int]
    splits: list[str]


def load_notes(path: Path) -> Notes:
    """Read one notes file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    quotations = [
        Quotation(
            i,
            q.get("speaker", ""),
            list(q["starts"]),
            bool(q.get("count", True)),
            list(q.get("also", [])),
        )
        for i, q in enumerate(data.get("quotes", []))
    ]
    results = [
        Result(
            index=i,
            who=r["who"],
            event=r.get("event", ""),
            time=r.get("time"),
            place=r.get("place"),
            score=r.get("score"),
            against=r.get("against"),
            record=bool(r.get("record", False)),
            heat=bool(r.get("heat", False)),
            team=bool(r.get("team", False)),
            event_must=list(r.get("event_must", [])),
        )
        for i, r in enumerate(data.get("results", []))
    ]
    return Notes(
        name=path.stem,
        url=data.get("url", ""),
        publisher=data.get("publisher", ""),
        sport=data.get("sport", ""),
        style=data.get("style", ""),
        language=data.get("language", "en"),
        people=list(data.get("people", [])),
        furniture=list(data.get("furniture", [])),
        not_people=list(data.get("not_people", [])),
        quotations=quotations,
        results=results,
        ages=dict(data.get("ages", {})),
        splits=list(data.get("splits", [])),
    )


# --- judging ------------------------------------------------------------------------------


@dataclass
class Judged:
    """One drafted question and what became of it."""

    article: str
    prompt: str
    answer: str
    quote: str
    verdict: str  # right | wrong | poor | undecided
    why: str
    by: str  # notes | person
    quotations: set[int] = field(default_factory=set)
    results: set[tuple[int, str]] = field(default_factory=set)  # (result index, field)


class Judge:
    """Judges the questions drafted from one article against its notes."""

    def __init__(self, notes: Notes, text: str) -> None:
        self.notes = notes
        self.folded = fold(text)
        self.unfinished = not re.search(r"[.!?\"”’)\]]\s*$", text)  # a text cut mid-sentence
        self.starts: list[tuple[int, int]] = []  # (offset in the folded text, quotation)
        for quotation in notes.quotations:
            for start in quotation.starts:
                key = fold(start)
                if len(key.split()) < 3 and (len(key.split()) < 2 or self.folded.count(key) != 1):
                    continue  # too short to place ("No."): matched only as a whole; two words
                    # ("It's unbelievable.") are placed where the text writes them once
                at = self.folded.find(key)
                while at >= 0:
                    self.starts.append((at, quotation.index))
                    at = self.folded.find(key, at + 1)
        self.starts.sort()
        self.blanks: dict[int, int] = {}

    # people

    def person(self, name: str) -> str | None:
        """The noted person this name is, if any."""
        for person in self.notes.people:
            if same_person(name, person):
                return person
        return None

    def non_person(self, name: str) -> bool:
        """True when the notes say this name is not a person (a club, a place, furniture)."""
        if self.person(name) and not any(fold(name) == fold(n) for n in self.notes.not_people):
            return False
        return any(fold(name) == fold(n) for n in [*self.notes.not_people, *self.notes.furniture])

    def subject(self, prompt: str) -> tuple[str | None, str | None]:
        """The noted person a prompt asks about, or the non-person it names instead."""
        best: tuple[int, str] | None = None
        for person in self.notes.people:
            for form in {person, person.split()[-1]}:
                if mentions(prompt, form) and (best is None or len(form) > best[0]):
                    best = (len(form), person)
        if best:
            return best[1], None
        for result in self.notes.results:  # a team, or a horse: a noted runner, no person
            if (result.team or self.person(result.who) is None) and mentions(prompt, result.who):
                return result.who, None
        for name in sorted(self.notes.not_people, key=len, reverse=True):
            if mentions(prompt, name):
                return None, name
        return None, None

    # quotations

    def quotation_of(self, *texts: str) -> Quotation | None:
        """The noted quotation that the shown text belongs to."""
        for text in texts:
            folded = fold(text.replace("___", " "))
            for quotation in self.notes.quotations:
                if any(fold(s) and fold(s) in folded for s in quotation.starts):
                    if any(folded.startswith(fold(s)[:40]) for s in quotation.starts):
                        return quotation
            for size in (8, 5):
                words = list(fold(text.split("___")[0]).split())[:size]
                if len(words) < 3:
                    words = fold(text.split("___")[-1]).split()[:size]
                if len(words) < 3:
                    continue
                at = self.folded.find(" ".join(words))
                if at < 0:
                    continue
                before = [q for offset, q in self.starts if offset <= at and at - offset < 2500]
                if before:
                    return self.notes.quotations[before[-1]]
        return None

    def cut(self, quote: str) -> str | None:
        """Why a shown quotation is not a whole sentence, or None when it is."""
        shown = quote.strip()
        if CUT_AT.search(shown):
            return "the quotation is cut at an abbreviation"
        tail = fold(shown.split("___")[-1]).split()[-3:]
        if self.unfinished and tail and f" {self.folded}".endswith(" " + " ".join(tail)):
            return "the quotation is the unfinished end of the text"
        return None

    # questions

    def judge(self, q: dict[str, Any]) -> Judged:
        """Judge one drafted question (a [[questions]] table of the drafted bank)."""
        kind = q.get("kind", "")
        prompt = str(q.get("prompt", ""))
        answer = q.get("answer")
        shown = (
            " / ".join(answer)
            if isinstance(answer, list)
            else ""
            if answer is None
            else str(answer)
        )
        judged = Judged(self.notes.name, prompt, shown, str(q.get("quote", "") or ""), "", "", "")
        verdict, why = self._judge(q, kind, prompt, answer, judged)
        judged.verdict, judged.why = verdict, why
        judged.by = "notes" if verdict != "undecided" else ""
        return judged

    def _judge(
        self, q: dict[str, Any], kind: str, prompt: str, answer: Any, judged: Judged
    ) -> tuple[str, str]:
        quote = str(q.get("quote", "") or "")
        explanation = str(q.get("explanation", "") or "")
        if re.match(r"\s*fill in the number\b", prompt, re.I):
            return "undecided", "a count: is it worth asking?"
        if kind == "choice" and re.search(r"\bwho said\b", prompt, re.I):
            return self._who_said(q, quote, explanation, str(answer), judged)
        if re.search(r"\b(complete|missing|fill in the (word|blank|gap))\b", prompt, re.I) and (
            "___" in quote or "___" in prompt
        ):
            return self._fill_in(q, quote, explanation, prompt, str(answer), judged)
        if kind == "time":
            return self._time(prompt, str(answer), judged)
        if kind == "order":
            return self._podium(prompt, [str(a) for a in answer], judged)
        if kind == "choice" and {str(c).lower() for c in q.get("choices", [])} <= set(MEDALS):
            return self._place(prompt, MEDALS.get(str(answer).lower(), 0), judged)
        if kind == "number" and re.search(r"\bplace\b|\bposition\b|\bfinish", prompt, re.I):
            return self._place(prompt, int(answer), judged)
        if kind == "number" and re.search(r"\bhow old\b|\bage\b", prompt, re.I):
            return self._age(prompt, int(answer))
        if isinstance(answer, str) and re.search(
            r"\bscore\b|\bscoreline\b|\bby what\b|\bwhat mark\b", prompt, re.I
        ):
            return self._score(prompt, answer, judged)
        if kind in ("choice", "text") and re.search(
            r"\b(?:who|which (?:horse|team|side|crew|boat|pair|nation|country|club|rider|driver))"
            r" (won|win|took|finished|came)\b",
            prompt,
            re.I,
        ):
            return self._who_won(prompt, str(answer), judged)
        return "undecided", "the notes cannot decide this kind of question"

    def _who_said(
        self, q: dict[str, Any], quote: str, explanation: str, answer: str, judged: Judged
    ) -> tuple[str, str]:
        if self.non_person(answer):
            return "wrong", f"the answer {answer!r} is not a person"
        quotation = self.quotation_of(quote, explanation)
        if quotation is None:
            return "undecided", "the quotation is not among the noted ones"
        judged.quotations.add(quotation.index)
        if not quotation.speaker:
            return "wrong", "the article names no speaker for these words"
        speakers = [quotation.speaker, *quotation.also]  # also: credited with the same words
        if not any(same_person(answer, s) for s in speakers):
            if fold(answer).endswith(" " + fold(quotation.speaker)):
                return "poor", f"the speaker's name with a word before it: {answer!r}"
            return "wrong", f"{quotation.speaker} said it, not {answer}"
        shared = [
            str(c)
            for c in q.get("choices", [])
            if not same_person(str(c), answer) and any(same_person(str(c), s) for s in speakers)
        ]
        if shared:
            return "wrong", f"{shared[0]} said these words too, and is offered as a wrong option"
        odd = [c for c in q.get("choices", []) if not self.person(str(c))]
        if odd:
            return "poor", f"options that are not people of the story: {', '.join(odd)}"
        cut = self.cut(quote)
        if cut:
            return "poor", cut
        return "right", "speaker as noted"

    def _fill_in(
        self,
        q: dict[str, Any],
        quote: str,
        explanation: str,
        prompt: str,
        answer: str,
        judged: Judged,
    ) -> tuple[str, str]:
        speaker = str(q.get("attribution", "") or "")
        if not speaker:
            found = re.search(r"what (.+?) said", prompt)
            speaker = found.group(1) if found else ""
        if speaker and self.non_person(speaker):
            return "wrong", f"credited to {speaker!r}, not a person"
        # (the blank filled: "I'm very ___ with today." is found by its noted first words)
        quotation = self.quotation_of(quote, explanation, quote.replace("___", answer, 1))
        if quotation is None:
            return "undecided", "the quotation is not among the noted ones"
        judged.quotations.add(quotation.index)
        if not quotation.speaker:
            return "wrong", "the article names no speaker for these words"
        if (
            speaker
            and not same_person(speaker, quotation.speaker)
            and not any(same_person(speaker, s) for s in quotation.also)
        ):
            if fold(speaker).endswith(" " + fold(quotation.speaker)):
                return "poor", f"the speaker's name with a word before it: {speaker!r}"
            return "wrong", f"{quotation.speaker} said it, not {speaker}"
        self.blanks[quotation.index] = self.blanks.get(quotation.index, 0) + 1
        if self.blanks[quotation.index] > 2:
            return "poor", "a third blank on one quotation"
        if fold(answer) in FILLER or re.fullmatch(r"\d+", answer):
            return "poor", f"blank on a filler word or number ({answer!r})"
        cut = self.cut(quote)
        if cut:
            return "poor", cut
        return "right", "attribution as noted"

    def _results_of(self, person: str) -> list[Result]:
        return [r for r in self.notes.results if same_person(r.who, person) or r.who == person]

    def _time(self, prompt: str, answer: str, judged: Judged) -> tuple[str, str]:
        person, other = self.subject(prompt)
        if other and not person:
            return "wrong", f"asks a time of {other!r}, not a person"
        seconds = parse_seconds(answer)
        if seconds is None:
            return "wrong", f"{answer!r} is not a time"
        if person is None:
            return "undecided", "no noted person in the prompt"
        for result in self._results_of(person):
            value = parse_seconds(result.time or "")
            if value is None or abs(value - seconds) > 0.005:
                continue
            if result.record and "record" not in prompt.lower():
                return "wrong", f"{answer} is a record ({result.event}), asked as a race time"
            if result.heat and "heat" not in prompt.lower():
                return "wrong", f"{answer} is a heat time, asked as the final's"
            clash = event_clash(prompt, result.event)
            if clash:
                return "wrong", clash
            if WON.search(prompt) and result.place not in (None, 1):
                return "wrong", f"{person} did not win the {result.event} (place {result.place})"
            judged.results.add((result.index, "time"))
            if result.event_must and not _names_any(prompt, result.event_must):
                return "poor", f"the prompt does not name the discipline ({result.event})"
            return "right", f"{person}: {result.time} in the {result.event}"
        if any(parse_seconds(s) == seconds for s in self.notes.splits):
            return "wrong", f"{answer} is a split, not a result"
        owners = [
            r.who
            for r in self.notes.results
            if r.time and parse_seconds(r.time) == seconds and not same_person(r.who, person)
        ]
        if owners:
            return "wrong", f"{answer} is {owners[0]}'s time, not {person}'s"
        if any(r.time for r in self._results_of(person)):
            return "wrong", f"the article gives {person} another time"
        return "undecided", f"no noted time for {person}"

    def _podium(self, prompt: str, names: list[str], judged: Judged) -> tuple[str, str]:
        bad = [n for n in names if self.non_person(n)]
        if bad:
            return "wrong", f"not people: {', '.join(bad)}"
        events: dict[str, dict[int, list[Result]]] = {}
        for result in self.notes.results:
            if result.place:
                events.setdefault(result.event, {}).setdefault(result.place, []).append(result)
        for places in events.values():
            picked: list[Result] = []
            for place, name in enumerate(names, 1):
                match = [r for r in places.get(place, []) if same_person(r.who, name)]
                if not match:
                    break
                picked.append(match[0])
            else:
                if len(picked) == len(names) >= 2:
                    judged.results.update((r.index, "place") for r in picked)
                    return "right", f"podium of the {picked[0].event}"
        known = [n for n in names if self.person(n)]
        if known and len(known) == len(names):
            return "wrong", "not a finishing order the article states"
        return "undecided", "names the notes do not place"

    def _place(self, prompt: str, place: int, judged: Judged) -> tuple[str, str]:
        crew = self._crew_in(prompt)
        if crew:  # "In what place did A, B and C finish ...?": each of them, as for one
            verdicts = []
            for member in crew:
                one = Judged(judged.article, prompt, "", judged.quote, "", "", "")
                verdicts.append((*self._one_place(prompt, place, member, one), one))
            return _every_one(verdicts, judged, "the prompt's people has the place noted")
        person, other = self.subject(prompt)
        if other and not person:
            return "wrong", f"asks the place of {other!r}, not a person"
        if person is None:
            return "undecided", "no noted person in the prompt"
        return self._one_place(prompt, place, person, judged)

    def _crew_in(self, prompt: str) -> list[str] | None:
        """The noted people a place prompt asks of as one crew ("did A and B finish", "did
        A, B and C finish"); None for one person (judged as before)."""
        found = re.search(r"\bdid (.+?) finish\b", prompt)
        members = self._members(found[1]) if found else None
        return [str(self.person(m)) for m in members] if members else None

    def _one_place(self, prompt: str, place: int, person: str, judged: Judged) -> tuple[str, str]:
        """One noted person's place, against the prompt's race."""
        placed = [r for r in self._results_of(person) if r.place]
        # a result whose words the prompt names first ("... in 2013?": the 2013 place, not
        # the same place noted first for 2012); the verdict is the same either way
        placed.sort(key=lambda r: not (r.event_must and _names_any(prompt, r.event_must)))
        clash = None  # a place noted in another race than the prompt's, unless one fits
        for result in placed:
            if result.place == place:
                clash = event_clash(prompt, result.event)
                if clash:
                    continue
                judged.results.add((result.index, "place"))
                if ROUTE.search(prompt):
                    return "poor", "the race is named by its length in km"
                return "right", f"{person}: place {place} in the {result.event}"
        if clash:
            return "wrong", clash
        if placed:
            return "wrong", f"the article places {person} otherwise"
        return "undecided", f"no noted place for {person}"

    def _age(self, prompt: str, age: int) -> tuple[str, str]:
        person, _ = self.subject(prompt)
        if person is None:
            return "undecided", "no noted person in the prompt"
        for name, value in self.notes.ages.items():
            if same_person(name, person):
                return ("right", "age as noted") if value == age else ("wrong", f"age is {value}")
        return "undecided", f"no noted age for {person}"

    def _score(self, prompt: str, answer: str, judged: Judged) -> tuple[str, str]:
        key, margin = score_key(answer), margin_key(answer)
        same = [
            r
            for r in self.notes.results
            if r.score
            and (
                (key and key in (score_key(r.score), score_key(r.score.split("(")[0])))
                or (margin and score_key(answer) in ("", score_key(margin)))
                and margin_key(r.score) == margin
            )
        ]
        # two matches can end with one score: the prompt's sides decide
        for result in self._closest(prompt, same):
            if self._about(prompt, result):
                judged.results.add((result.index, "score"))
                judged.results.update(  # a pair's score, noted of each member the prompt names
                    (r.index, "score")
                    for r in same
                    if r.event.split(" (")[0] == result.event.split(" (")[0]  # "(with A)"
                    and score_key(r.score or "") == score_key(result.score or "")
                    and mentions(prompt, r.who)
                )
                return "right", f"{result.who} {result.score} ({result.event})"
        if same:
            return "wrong", f"{answer} is the score of {same[0].who}'s {same[0].event}"
        return "undecided", "a score the notes do not hold"

    def _about(self, prompt: str, result: Result) -> bool:
        """False when the prompt names a contest but not this result's sides."""
        sides = result.sides
        named = [
            p for p in self.notes.people if mentions(prompt, p) or mentions(prompt, p.split()[-1])
        ]
        named += [r.who for r in self.notes.results if r.team and self._names_side(prompt, r)]
        if not named:
            return True
        return any(same_person(n, side) or n == side for n in named for side in sides)

    def _only_meeting(self, prompt: str, result: Result) -> bool:
        """Whether the prompt names both sides of a result ("between A and B") and the notes
        hold no other meeting of the two: the round need not be named to tell it."""
        if not result.against or self._sides_named(prompt, result) < 2:
            return False
        pair = {result.who, result.against}
        return sum({r.who, r.against} == pair for r in self.notes.results) == 1

    def _sides_named(self, prompt: str, result: Result) -> int:
        """How many of a result's sides (its winner, its loser) the prompt names."""
        return sum(
            mentions(prompt, side) or mentions(prompt, side.split()[-1]) for side in result.sides
        )

    def _closest(self, prompt: str, results: list[Result]) -> list[Result]:
        """``results`` with those whose both sides the prompt names first: "Who won the
        semifinal between A and C?" is the semifinal's question, not the final's between A
        and B, which the notes list first (order kept otherwise)."""
        return sorted(results, key=lambda r: -self._sides_named(prompt, r))

    def _who_won(self, prompt: str, answer: str, judged: Judged) -> tuple[str, str]:
        members = self._members(answer)
        if members:
            return self._crew_won(prompt, members, judged)
        return self._one_won(prompt, answer, judged)

    def _names_side(self, prompt: str, result: Result) -> bool:
        """Whether the prompt names a result's side: in full, or a team by its last word as
        the article writes it (``Oilers`` for the noted ``Edmonton Oilers``), as a winner's
        answer is matched."""
        if mentions(prompt, result.who):
            return True
        last = result.who.split()[-1]
        return result.team and len(result.who.split()) > 1 and mentions(prompt, last)

    def _members(self, answer: str) -> list[str] | None:
        """The people of an answer naming two to four of them ("A and B", "A, B and C"),
        each a noted person; None for any other answer (one person, a team, a stranger)."""
        parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", answer.strip()) if p]
        if not 2 <= len(parts) <= 4 or not all(self.person(p) for p in parts):
            return None
        return parts

    def _crew_won(self, prompt: str, members: list[str], judged: Judged) -> tuple[str, str]:
        """A pair's or a crew's answer, judged person by person: right only when each has
        the asked result; wrong when any is wrong, or placed otherwise in the race asked."""
        verdicts = []
        for member in members:
            one = Judged(judged.article, prompt, member, judged.quote, "", "", "")
            verdict, why = self._one_won(prompt, member, one)
            if verdict != "right" and self._placed_otherwise(prompt, member):
                verdict, why = "wrong", f"the article places {member} otherwise"
            verdicts.append((verdict, why, one))
        return _every_one(verdicts, judged, "the answer's people has the result noted")

    def _placed_otherwise(self, prompt: str, person: str) -> bool:
        """Whether the notes place ``person`` in a race the prompt may ask (its sides, its
        event and must-words agree)."""
        return any(
            r.place
            and self._about(prompt, r)
            and not event_clash(prompt, r.event)
            and (not r.event_must or _names_any(prompt, r.event_must))
            for r in self._results_of(person)
        )

    def _one_won(self, prompt: str, answer: str, judged: Judged) -> tuple[str, str]:
        wanted = 1
        for word, number in ORDINALS.items():
            if re.search(rf"\b{word}\b", prompt, re.I):
                wanted = number
        # a result whose must-words the prompt names first: "Which team won the Stanley Cup?"
        # is the series (noted with "stanley cup"), not its last game (noted with none)
        ordered = sorted(
            self.notes.results,
            key=lambda r: (
                -self._sides_named(prompt, r),
                not (r.event_must and _names_any(prompt, r.event_must)),
            ),
        )
        for result in ordered:
            if result.place == wanted and (same_person(result.who, answer) or result.who == answer):
                if not self._about(prompt, result):
                    continue
                if event_clash(prompt, result.event):
                    continue  # "Who won stage 3?" of the stage 2 winner: another race
                if (
                    result.event_must
                    and not _names_any(prompt, result.event_must)
                    and not self._only_meeting(prompt, result)
                ):
                    continue  # a win the notes tie to words the prompt does not say
                judged.results.add((result.index, "place"))
                if wanted in (1, 3) and "between" in prompt:  # "Who won the match between
                    judged.results.update(  # A and B?" asks the loser's place as well (4th
                        (r.index, "place")  # after a match for third place)
                        for r in self.notes.results
                        if r.place == wanted + 1
                        and self._names_side(prompt, r)
                        and r.event.split(" (")[0] == result.event.split(" (")[0]  # "(v Isner)"
                    )
                return "right", f"{result.who}: place {wanted} in the {result.event}"
        if self.non_person(answer) and not any(
            r.team and r.who == answer for r in self.notes.results
        ):
            return "wrong", f"{answer!r} is not a person or a noted team"
        return "undecided", "a winner the notes do not hold"


# --- verdicts -----------------------------------------------------------------------------


def _every_one(
    verdicts: list[tuple[str, str, Judged]], judged: Judged, noted: str
) -> tuple[str, str]:
    """The verdict of a pair's or crew's question from each member's (verdict, why, judged):
    wrong when any is wrong, right (each member's credits kept) only when all are right,
    else undecided ("not every one of ``noted``")."""
    for verdict, why, _ in verdicts:
        if verdict == "wrong":
            return "wrong", why
    if all(verdict == "right" for verdict, _, _ in verdicts):
        for _, _, one in verdicts:
            judged.results.update(one.results)
        return "right", "; ".join(why for _, why, _ in verdicts)
    return "undecided", f"not every one of {noted}"


def _names_any(prompt: str, words: list[str]) -> bool:
    """Whether a prompt names one of a result's must-words, case aside (notes write
    ``S14``, ``Tokyo``; prompts may print them otherwise)."""
    folded = prompt.casefold()
    return any(str(w).casefold() in folded for w in words)


def verdict_key(article: str, prompt: str, answer: str, quote: str) -> tuple[str, str, str, str]:
    """What identifies a question across runs: its article, prompt, answer and shown quote."""
    return (article, " ".join(prompt.split()), " ".join(answer.split()), " ".join(quote.split()))


def load_verdicts(path: Path) -> dict[tuple[str, str, str, str], dict[str, Any]]:
    """A person's verdicts on questions the notes could not decide."""
    if not path.exists():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {
        verdict_key(v["article"], v["prompt"], v["answer"], v.get("quote", "")): v
        for v in data.get("verdicts", [])
    }


def toml_string(value: str) -> str:
    """A TOML basic string."""
    return json.dumps(value, ensure_ascii=False)


# --- running ------------------------------------------------------------------------------


@dataclass
class ArticleRun:
    """What drafting one article gave."""

    notes: Notes
    error: str
    judged: list[Judged]

    def count(self, verdict: str) -> int:
        return sum(1 for j in self.judged if j.verdict == verdict)

    def recall(self) -> dict[str, tuple[int, int]]:
        """Asked / stated, for quotations, times, places and scores."""
        good = [j for j in self.judged if j.verdict in ("right", "poor")]
        asked_quotes = {i for j in good for i in j.quotations}
        asked = {key for j in good for key in j.results}
        stated_quotes = [q for q in self.notes.quotations if q.speaker and q.count]
        out = {
            "quotations": (sum(q.index in asked_quotes for q in stated_quotes), len(stated_quotes))
        }
        for name in ("time", "place", "score"):
            stated = [
                r
                for r in self.notes.results
                if getattr(r, name) is not None and not r.record and not r.heat
            ]
            out[name + "s"] = (sum((r.index, name) in asked for r in stated), len(stated))
        return out


def missed(article: ArticleRun) -> list[str]:
    """The stated quotations and results that no right (or poor) question asks."""
    good = [j for j in article.judged if j.verdict in ("right", "poor")]
    asked_quotes = {i for j in good for i in j.quotations}
    asked = {key for j in good for key in j.results}
    out = [
        f"quotation of {q.speaker}: “{q.starts[0]}…”"
        for q in article.notes.quotations
        if q.speaker and q.count and q.index not in asked_quotes
    ]
    for r in article.notes.results:
        for name in ("time", "place", "score"):
            value = getattr(r, name)
            if value is not None and not r.record and not r.heat and (r.index, name) not in asked:
                out.append(f"{name} of {r.who} in the {r.event}: {value}")
    return out


def draft_article(path: Path, workdir: Path) -> tuple[list[dict[str, Any]], str]:
    """Draft one corpus file (its first line, the address, left out); questions or an error."""
    text = path.read_text(encoding="utf-8").split("\n", 1)[1]
    article = workdir / f"{path.stem}.txt"
    article.write_text(text, encoding="utf-8")
    bank = workdir / f"{path.stem}.toml"
    bank.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-m", "quizcli", "draft", str(article), "--json", "-o", str(bank)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=workdir,  # not the project's root, which `-m` would put before PYTHONPATH
    )
    if done.returncode != 0 or not bank.exists():
        return [], (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
    data = tomllib.loads(bank.read_text(encoding="utf-8"))
    return list(data.get("questions", [])), ""


def verdicts_for(notes_dir: Path) -> Path:
    """The verdict file that goes with a notes folder: `verdicts.toml` beside it."""
    return notes_dir.parent / "verdicts.toml"


def run(
    corpus: Path,
    names: Iterable[str] | None = None,
    notes_dir: Path = NOTES,
    verdicts_path: Path | None = None,
) -> list[ArticleRun]:
    """Draft and judge every article that has both a text (in ``corpus``) and notes."""
    verdicts = load_verdicts(verdicts_path or verdicts_for(notes_dir))
    runs: list[ArticleRun] = []
    wanted = set(names or [])
    with tempfile.TemporaryDirectory() as tmp:
        for notes_path in sorted(notes_dir.glob("*.toml")):
            if wanted and notes_path.stem not in wanted:
                continue
            text_path = corpus / f"{notes_path.stem}.txt"
            if not text_path.exists():
                print(f"skipped {notes_path.stem}: no text in {corpus}", file=sys.stderr)
                continue
            notes = load_notes(notes_path)
            questions, error = draft_article(text_path, Path(tmp))
            judge = Judge(notes, text_path.read_text(encoding="utf-8").split("\n", 1)[1])
            judged = []
            for q in questions:
                item = judge.judge(q)
                given = verdicts.get(verdict_key(notes.name, item.prompt, item.answer, item.quote))
                if given and (item.verdict == "undecided" or given.get("override")):
                    item.verdict, item.why, item.by = given["verdict"], given["why"], "person"
                judged.append(item)
            runs.append(ArticleRun(notes, error, judged))
    return runs


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "–"


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def table(runs: list[ArticleRun]) -> str:
    """The markdown table: per article, then overall."""
    lines = [
        "| article | sport | drafted | right | poor | wrong | undecided | precision "
        "| quotations | times | places | scores |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    totals = {"drafted": 0, "right": 0, "poor": 0, "wrong": 0, "undecided": 0}
    recall_totals: dict[str, list[int]] = {}
    for article in runs:
        drafted = len(article.judged)
        counts = {v: article.count(v) for v in ("right", "poor", "wrong", "undecided")}
        totals["drafted"] += drafted
        for key, value in counts.items():
            totals[key] += value
        recall = article.recall()
        if article.notes.language == "en":
            for key, (asked, stated) in recall.items():
                pair = recall_totals.setdefault(key, [0, 0])
                pair[0] += asked
                pair[1] += stated
        name = article.notes.name + (
            f" ({article.notes.language})" if article.notes.language != "en" else ""
        )
        if article.error:
            name += " — refused" if "English" in article.error else " — nothing drafted"
        lines.append(
            f"| {name} | {article.notes.sport} | {drafted} | {counts['right']} | {counts['poor']} "
            f"| {counts['wrong']} | {counts['undecided']} | {percent(counts['right'], drafted)} "
            + " | ".join(
                ratio(*recall[k]) for k in ("quotations", "times", "places", "scores")
            ).join(("| ", " |"))
        )
    lines.append(
        f"| **all {len(runs)}** | | {totals['drafted']} | {totals['right']} | {totals['poor']} "
        f"| {totals['wrong']} | {totals['undecided']} "
        f"| **{percent(totals['right'], totals['drafted'])}** "
        + " | ".join(
            f"{ratio(*recall_totals.get(k, [0, 0]))} ({percent(*recall_totals.get(k, [0, 0]))})"
            for k in ("quotations", "times", "places", "scores")
        ).join(("| ", " |"))
    )
    results = [recall_totals.get(k, [0, 0]) for k in ("times", "places", "scores")]
    lines.append("")
    lines.append(
        f"Precision (right / drafted): {percent(totals['right'], totals['drafted'])}; "
        f"not wrong: {percent(totals['drafted'] - totals['wrong'], totals['drafted'])}. "
        f"Recall of results (times, places, scores): "
        f"{percent(sum(r[0] for r in results), sum(r[1] for r in results))}."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        "--texts",
        dest="corpus",
        type=Path,
        help=f"folder of article texts (default: {DEFAULT_CORPUS}, $QUIZCLI_DRAFT_CORPUS)",
    )
    parser.add_argument(
        "--notes",
        type=Path,
        help=f"folder of notes to judge against (default: {NOTES.relative_to(ROOT)})",
    )
    parser.add_argument(
        "--verdicts",
        type=Path,
        help="a person's verdicts (default: verdicts.toml beside the notes folder)",
    )
    for (name, (notes, texts)), ordinal in zip(HELD_OUT.items(), _ORDINALS, strict=True):
        parser.add_argument(
            f"--{name}",
            action="store_true",
            help=f"the {ordinal + ' ' if ordinal else ''}held-out set: notes in "
            f"{notes.relative_to(ROOT)}, texts in {texts} ($QUIZCLI_DRAFT_{name.upper()})",
        )
    parser.add_argument("--only", nargs="*", help="notes names to run (default: all)")
    parser.add_argument("--undecided", action="store_true", help="print verdict stubs")
    parser.add_argument("--json", type=Path, help="write every judged question here")
    parser.add_argument("--missed", action="store_true", help="list what no question asks")
    args = parser.parse_args(argv)
    chosen = [f"--{name}" for name in HELD_OUT if getattr(args, name)]
    if len(chosen) > 1:
        parser.error(f"{' and '.join(chosen)} are different sets: give one")
    notes_dir, texts_dir = HELD_OUT[chosen[0][2:]] if chosen else (NOTES, DEFAULT_CORPUS)
    if args.notes is None:
        args.notes = notes_dir
    if args.corpus is None:
        args.corpus = texts_dir
    if not args.notes.is_dir():
        print(f"draft_eval: no notes folder at {args.notes}", file=sys.stderr)
        return 2
    if not args.corpus.is_dir():
        print(
            f"draft_eval: no corpus at {args.corpus} (the article texts are kept outside the "
            "repository; give --corpus DIR or set QUIZCLI_DRAFT_CORPUS): nothing measured"
        )
        return 0
    import quizcli

    print(f"engine: {Path(quizcli.__file__).resolve().parent}", file=sys.stderr)
    runs = run(args.corpus, args.only, args.notes, args.verdicts)
    if args.undecided:
        for article in runs:
            for j in article.judged:
                if j.verdict == "undecided":
                    print("[[verdicts]]")
                    print(f"article = {toml_string(j.article)}")
                    print(f"prompt = {toml_string(j.prompt)}")
                    print(f"answer = {toml_string(j.answer)}")
                    if j.quote:
                        print(f"quote = {toml_string(j.quote)}")
                    print('verdict = ""')
                    print('why = ""\n')
        return 0
    print(table(runs))
    for label in ("wrong", "poor", "undecided"):
        items = [j for a in runs for j in a.judged if j.verdict == label]
        print(f"\n{label.capitalize()} questions ({len(items)}):\n")
        for j in items:
            shown = f" — “{j.quote[:80]}”" if j.quote else ""
            print(f"- {j.article}: {j.prompt}{shown} → {j.answer[:80]} ({j.why})")
    if args.missed:
        print("\nStated but not asked:\n")
        for article in runs:
            for item in missed(article):
                print(f"- {article.notes.name}: {item}")
    refused = [a for a in runs if a.error]
    if refused:
        print("\nNothing drafted:\n")
        for article in refused:
            print(f"- {article.notes.name}: {article.error}")
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    j.__dict__ | {"quotations": sorted(j.quotations), "results": sorted(j.results)}
                    for a in runs
                    for j in a.judged
                ],
                indent=1,
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
