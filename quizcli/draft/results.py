"""Race facts in narration: times, medals, podiums, places and records.

Each fact is tied to the athlete the sentence gives it to: the sentence's subject (a name,
or ``he`` / ``the Norwegian`` resolved to the person the article is about at that point),
never to a name that follows ``ahead of`` or ``behind``. A fact whose athlete or event
cannot be told is left out. Times keep the article's precision, written the way answers
are typed (``13 mins and 13.66 secs`` -> ``13:13.66``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizcli.draft.people import Cast, Mention, name_runs
from quizcli.draft.quotes import Sentence

NUMBER_WORDS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
ORDINALS = {
    w: n
    for n, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh"
        " twelfth".split()
    )
    if n
}
MEDALS = {"gold": 1, "silver": 2, "bronze": 3}
_MINUTE_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_SEC = r"(?:\s*(?:secs?|seconds?|s)\b)"
# Time patterns as (a word the sentence must hold, the pattern): compiled on first use, so
# an article without "minutes" never pays for the spelled-out minutes pattern.
_TIMES = [
    (
        ":",
        r"(?<![\d:.])(?P<clock>\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?)(?![\d:])(?!\s*[ap]\.?m\b)",
    ),
    (
        "m",
        r"\b(?:(?P<h>\d)\s*(?:hours?|hrs?|h)\s*,?\s*(?:and\s+)?)?(?P<m>\d{1,2})\s*(?:minutes?|mins?|m)"
        rf"\s*,?\s*(?:and\s+)?(?P<s>\d{{1,2}}(?:\.\d{{1,3}})?){_SEC}",
    ),
    (
        "minute",
        rf"(?i)\b(?:(?P<hw>{_MINUTE_WORD})\s+hours?\s*,?\s*(?:and\s+)?)?"
        rf"(?P<mw>{_MINUTE_WORD})\s+minutes?\s*,?\s*(?:and\s+)?(?P<s>\d{{1,2}}(?:\.\d{{1,3}})?){_SEC}?",
    ),
    ("s", rf"(?<![\d:.])(?P<s>\d{{1,2}}\.\d{{1,3}}){_SEC}"),
]
_EVENT = re.compile(
    r"(?:\b(?P<g>men|women)['’]s\s+)?(?:\b(?P<d>\d{2,5}|10,000)(?:\s*-?\s*(?:m|metres?|meters?|meter|metre)\b)(?P<h>\s+hurdles|\s+steeplechase)?"
    r"|\b(?P<word>(?:half[- ])?marathon|decathlon|heptathlon)\b)",
    re.I,
)
_WIN = re.compile(
    r"\b(?:won|wins|win|winning|victory|triumphed|defend(?:ed|ing)? (?:his|her) title"
    r"|took gold|claimed gold)\b"
)
_AHEAD = re.compile(r"\bahead of\s+(?P<list>[^.;]+)")
_BEHIND = re.compile(r"\bbehind\s+(?:(?:gold|silver) medal(?:l)?ists?\s+)?(?P<list>[^.;]+)")
_PLACE = re.compile(
    r"\b(?:finish(?:ed|ing|es)?|came|placed|was|ended)\s+(?:in\s+)?(?P<ord>"
    + "|".join(ORDINALS)
    + r"|\d{1,2}(?:st|nd|rd|th))\b"
)
_DIGIT = re.compile(r"\d")
_COUNT = (
    r"(?<![\w.,:-])(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
    r"(?![\w.,:-])\s+((?:[a-z]+\s+)?[a-z]+)\b"
)
_UNITS = frozenset(
    """
    metres meters kilometres kilometers miles seconds secs minutes mins hours hrs years
    days weeks months centimetres metre meter km kms
    """.split()
)
_MEDAL_HINT = re.compile(r"gold|silver|bronze|won|win|ahead|podium|medal|victory|title")
_PLACE_HINT = re.compile(r"finish|came|placed|was|ended")
_COMPLETE = r"(?P<list>[^.;]+?)\s+completed the podium"
_RECORD = (
    r"\b(?:an?|the|his|her|a new)\s+(?P<record>(?:(?:world|Olympic|European|African|Asian|"
    r"American|British|Commonwealth|national|championship|meeting|area)\s+)"
    r"(?:[\w-]+\s+)?record)\b"
)


class Fact(NamedTuple):
    """One finding: ``kind`` is time, podium, place, medal or record; ``sentence`` says it."""

    kind: str
    athlete: str
    event: str | None
    value: str | int | tuple[str, ...]
    sentence: Sentence
    written: str = ""  # the words as the article prints them


def event_name(match: re.Match[str]) -> str:
    """``5000-meter`` -> ``5000m``; ``marathon`` stays a word."""
    gender = f"{match['g'].casefold()}'s " if match["g"] else ""
    if match["word"]:
        return gender + match["word"].casefold()
    return gender + match["d"].replace(",", "") + "m" + (match["h"] or "").casefold()


def time_answer(match: re.Match[str]) -> tuple[str, int]:
    """The time as an answer (``13:13.66``) and its number of decimals."""
    groups = match.groupdict()
    if groups.get("clock"):
        clock = groups["clock"]
        return clock, len(clock.split(".")[1]) if "." in clock else 0
    seconds = groups["s"]
    decimals = len(seconds.split(".")[1]) if "." in seconds else 0
    minutes = groups.get("m") or (
        str(NUMBER_WORDS[groups["mw"].casefold()]) if groups.get("mw") else None
    )
    whole, _, fraction = seconds.partition(".")
    tail = f"{int(whole):02d}" + (f".{fraction}" if fraction else "")
    if groups.get("hw"):
        groups["h"] = str(NUMBER_WORDS[groups["hw"].casefold()])
    if groups.get("h"):
        return f"{groups['h']}:{int(minutes or 0):02d}:{tail}", decimals
    if minutes:
        return f"{minutes}:{tail}", decimals
    return seconds, decimals


class FactFinder:
    """Finds the facts of sentences read in order, remembering the last event named."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.event: str | None = None
        self.event_paragraph = -10

    def names(self, text: str) -> list[str]:
        """The people named in ``text``, in order, as the draft prints them."""
        found = [self.cast.resolve(r.words) for r in name_runs(text, self.cast.lowercase)]
        return [name for name in found if name]

    def athlete(self, sentence: Sentence, before: int) -> str | None:
        """The athlete the sentence gives a fact at ``before`` to: the last person named or
        referred to before it, outside ``ahead of`` / ``behind`` lists and quotations."""
        head = sentence.masked[:before]
        head = re.split(r"\b(?:ahead of|behind|beating|from|alongside|with)\b", head)[0]
        names = self.names(head)
        if re.search(r"\b(?:he|she)\b[^,;]*$", head) or (not names and sentence.focus):
            return sentence.focus
        return names[-1] if names else None

    def find(self, sentence: Sentence) -> list[Fact]:
        """Every fact in one sentence (none in a heading: it is said again, in full, below)."""
        text = sentence.masked
        if sentence.heading:
            return []
        events = list(_EVENT.finditer(text))
        gender = re.search(r"\b(men|women)['’]s\b", text)
        if events:
            self.event, self.event_paragraph = event_name(events[0]), sentence.paragraph
        elif gender and self.event:  # "In the women's race": the same event, for women
            base = re.sub(r"^(?:men|women)'s ", "", self.event)
            self.event = f"{gender[1].casefold()}'s {base}"
        facts: list[Fact] = []
        lowered = text.casefold()
        if _DIGIT.search(text):
            facts += self._times(sentence, events)
        if _MEDAL_HINT.search(lowered):
            facts += self._medals(sentence)
        if _PLACE_HINT.search(lowered):
            facts += self._places(sentence)
        if "record" in lowered:
            facts += self._records(sentence)
        facts += self._ages(sentence) + self._counts(sentence)
        return facts

    def _ages(self, sentence: Sentence) -> list[Fact]:
        """``Alemu, 31,``, ``the 23-year-old Kerr`` and ``Kerr, the 23-year-old,``."""
        facts = []
        text = sentence.masked
        for run in self.cast_runs(text):
            name = self.cast.resolve(run.words)
            after = re.match(r",\s*(?:the\s+)?(\d{2})(?:-year-old)?\s*,", text[run.end :])
            before = re.search(r"\bthe\s+(\d{2})-year-old\s+$", text[: run.start])
            age = after or before
            if name and age:
                facts.append(Fact("age", name, None, int(age[1]), sentence, age[0].strip(" ,")))
        return facts

    def _counts(self, sentence: Sentence) -> list[Fact]:
        """``three images``, ``12 laps``: a number of things the sentence names."""
        facts = []
        for match in re.finditer(_COUNT, sentence.masked):
            spelled, noun = match[1], match[2].casefold()
            if noun.split()[-1] in _UNITS or not noun.endswith("s"):
                continue
            value = NUMBER_WORDS.get(spelled.casefold()) or int(spelled)
            if 2 <= value <= 999:
                facts.append(Fact("count", "", None, value, sentence, match[0]))
        return facts

    def cast_runs(self, text: str) -> list[Mention]:
        """The name runs of ``text``."""
        return name_runs(text, self.cast.lowercase)

    def _event_at(self, events: list[re.Match[str]], position: int) -> str | None:
        before = [e for e in events if e.start() < position]
        return (
            event_name(before[-1]) if before else (event_name(events[0]) if events else self.event)
        )

    def _times(self, sentence: Sentence, events: list[re.Match[str]]) -> list[Fact]:
        facts: list[Fact] = []
        taken: list[tuple[int, int]] = []
        lowered = sentence.masked.casefold()
        for needed, pattern in _TIMES:
            if needed not in lowered:
                continue
            for match in re.finditer(pattern, sentence.masked):
                if any(match.start() < end and start < match.end() for start, end in taken):
                    continue
                if re.search(r"\b(?:at|by|until|from)\s*$", sentence.masked[: match.start()]):
                    continue
                taken.append(match.span())
                athlete = self.athlete(sentence, match.start())
                event = self._event_at(events, match.start())
                if athlete:
                    answer, _ = time_answer(match)
                    facts.append(Fact("time", athlete, event, answer, sentence, match[0]))
        return facts

    def _medals(self, sentence: Sentence) -> list[Fact]:
        text, facts = sentence.masked, []
        won = _WIN.search(text)
        ahead = _AHEAD.search(text)
        if won and ahead and won.start() < ahead.start():
            winner = self.athlete(sentence, won.start())
            rest = self.names(_clause(ahead["list"]))
            if winner and len(rest) >= 2 and winner not in rest:
                facts.append(Fact("podium", winner, self.event, (winner, *rest[:2]), sentence))
        title = re.search(
            r"\b(?:won|wins|claimed|took)\s+(?:the\s+)?(?:(?:men|women)['’]s\s+)?(?:Olympic\s+)?"
            r"(?:(?:\d{2,5}|10,000)\s*-?\s*(?:m|metres?|meters?|meter|metre)"
            r"|(?:half[- ])?marathon)\b"
            r"(?:\s+(?:title|final|gold))?",
            text,
        )
        if title and not (ahead and won and won.start() < ahead.start()):
            winner = self.athlete(sentence, title.start())
            if winner:
                facts.append(Fact("medal", winner, self.event, 1, sentence))
        won_in = re.search(r"\bwon\s+in\s+\d", text)
        if won_in and not title:
            winner = self.athlete(sentence, won_in.start())
            if winner:
                facts.append(Fact("medal", winner, self.event, 1, sentence))
        for medal, name in self._medal_names(text):
            facts.append(Fact("medal", name, self.event, MEDALS[medal], sentence))
        complete = re.search(_COMPLETE, text) if "completed the podium" in text else None
        if complete:
            rest = self.names(complete["list"])
            if len(rest) == 2:
                facts.append(Fact("completed", rest[0], self.event, tuple(rest), sentence))
        return facts

    def _medal_names(self, text: str) -> list[tuple[str, str]]:
        found = []
        for match in re.finditer(r"\b(gold|silver|bronze)[- ]medal(?:l)?ist,?\s+", text):
            names = name_runs(text[match.end() :], self.cast.lowercase)
            if names and names[0].start == 0:
                name = self.cast.resolve(names[0].words)
                if name:
                    found.append((match[1], name))
        verbs = r"(?:took|taking|takes|won|winning|claimed|claiming|in|with)\s+(?:the\s+)?"
        for match in re.finditer(rf"\s+{verbs}(gold|silver|bronze)\b(?![- ]medal)", text):
            names = name_runs(text[: match.start()], self.cast.lowercase)
            if names and names[-1].end == match.start():
                name = self.cast.resolve(names[-1].words)
                if name:
                    found.append((match[1], name))
        return found

    def _places(self, sentence: Sentence) -> list[Fact]:
        facts = []
        for match in _PLACE.finditer(sentence.masked):
            spelled = match["ord"]
            place = ORDINALS.get(spelled) or int(re.sub(r"\D", "", spelled))
            athlete = self.athlete(sentence, match.start())
            if athlete and self.event:
                facts.append(Fact("place", athlete, self.event, place, sentence, match[0]))
                behind = _BEHIND.search(sentence.masked, match.end())
                rest = self.names(_clause(behind["list"])) if behind else []
                if len(rest) == place - 1 and athlete not in rest and place <= 3:
                    for earlier, name in enumerate(rest, 1):  # "second behind Kibet"
                        facts.append(Fact("medal", name, self.event, earlier, sentence))
                    facts.append(Fact("medal", athlete, self.event, place, sentence))
        return facts

    def _records(self, sentence: Sentence) -> list[Fact]:
        facts = []
        for match in re.finditer(_RECORD, sentence.masked):
            verb = r"\b(?:set|sets|setting|broke|breaks|breaking|shattered|smashed|lowered)\b"
            if not re.search(verb, sentence.masked[max(0, match.start() - 40) : match.start()]):
                continue
            athlete = self.athlete(sentence, match.start())
            if athlete:
                facts.append(Fact("record", athlete, self.event, match["record"], sentence))
        return facts


def _clause(names: str) -> str:
    """A list of names up to the end of its clause: ``A and B, while C ...`` -> ``A and B``."""
    return re.split(
        r",\s*(?:and|while|but|with|as|after|before)\s|;|\s(?:took|won|was|were)\s", names
    )[0]
