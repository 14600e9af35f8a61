"""Who a quotation's narration names as its speaker: ``, Kerr said`` or ``said the
30-year-old Mayer`` after it, ``Kerr told the BBC:`` or ``Kerr praised the crowd, saying,``
before it, and a paragraph that introduces the next one (``..., stating:``). Who ``he`` or
``the Romanian`` is comes from ``focus``; ``quotes`` reads the article in order."""

from __future__ import annotations

import re

from quizcli.draft.focus import ADVERB, ENDS_ANAPHOR, JOINED_BY, LOWER_WORD, Focus
from quizcli.draft.people import is_possessive, name_runs
from quizcli.draft.quoted import sentence_bounds
from quizcli.draft.saying import INTRO as _INTRO
from quizcli.draft.saying import PARTICIPLES, SAY, a_topic

# A clause between the speaker and the verb: "the 23-year-old, who won bronze, said".
_RELATIVE = re.compile(r",\s+(?:who|whose)\s[^,.;:\"“”]{1,100},")

# Two speakers of one quotation: "said both A and B", "said A (CAN) and B (JPN)", "said A
# and her coach B". A "Who said this?" would offer one of them as a wrong option.
_JOINT_BEFORE = re.compile(r"\s*(?:both|together|jointly|in unison)\b", re.I)
_JOINT_AFTER = re.compile(
    JOINED_BY + r"\s+(?:both\b|(?:his|her|their|the)\s+\w+\s+)?(?:[A-Z]|his\b|her\b)"
)


# A report of someone else's quoting: '"...," the BWF's website quoted Srikanth as saying',
# '"...," Marchand was quoted by Olympics.com as saying'
_QUOTED = re.compile(r"\bquoted\s+")
_AS_SAYING = re.compile(r"\s+as\s+saying\b")
_WAS_QUOTED = re.compile(r"\s*(?:was|were|is|has been)\s+quoted\b[^;:\"“”]{0,60}?\bas\s+saying\b")

# Where a clause of a sentence starts: after a comma, a semicolon or a joining word
_CLAUSE_START = re.compile(r"[,;]\s*|\b(?:and|but|while|as|when|after|before)\s+")


class Attributing(Focus):
    """The speaker a quotation's narration names, read against the focus."""

    _last_masked = ""  # the paragraph before, its quotations masked

    def after(self, tail: str, paragraph: int) -> str | None:
        """Speaker from narration after a quotation: ``, Kerr said`` or ``said Kerr``."""
        tail = tail.lstrip(" ,")
        first, _, rest = tail.partition(" ")
        if first in SAY:  # "said Kerr", "said the 30-year-old Mayer"
            if _JOINT_BEFORE.match(rest):
                return None  # "said both A and B": the words are two people's
            speaker, skip = self.who_at(rest, paragraph, loose=True)
            return None if speaker is None or _JOINT_AFTER.match(rest, skip) else speaker
        speaker, skip = self.who_at(tail, paragraph, loose=True)
        if speaker is None:
            return self._quoted_as_saying(tail, paragraph)
        rest = tail[skip:]
        if _WAS_QUOTED.match(rest):
            return speaker
        relative = _RELATIVE.match(rest)
        rest = rest[relative.end() :] if relative else rest
        words = LOWER_WORD.findall(rest.split(".", 1)[0])[:3]
        said = bool(words) and (
            words[0] in SAY
            or (len(words) >= 2 and ADVERB.match(" " + words[0]) is not None and words[1] in SAY)
        )
        verb = 0 if words and words[0] in SAY else 1
        if said and words[verb + 1 : verb + 2] == ["that"]:
            return (
                None  # '"..." White said that Shields did earn it': his own report, not these words
            )
        return speaker if said and rest.lstrip()[:1].islower() else None

    def _quoted_as_saying(self, tail: str, paragraph: int) -> str | None:
        """The speaker of ``the BWF's website quoted Srikanth as saying``, in the tail's
        first sentence: the one named right after ``quoted``, before ``as saying``."""
        window = tail[:300]  # the words right after the quotation
        sentence = window[: sentence_bounds(window)[0][1]] if window.strip() else ""
        quoted = _QUOTED.search(sentence)
        if quoted is None:
            return None
        speaker, skip = self.who_at(sentence[quoted.end() :], paragraph)
        if speaker is None or not _AS_SAYING.match(sentence, quoted.end() + skip):
            return None
        return speaker

    def before(self, head: str, paragraph: int, *, intro: bool = False) -> str | None:
        """Speaker from narration introducing a quotation: ``Kerr told the BBC:``."""
        bounds = sentence_bounds(head)
        last = head[bounds[-1][0] :] if bounds else head
        if len(last) > 600:  # the words just before the quotation name its speaker
            last = last[-600:].split(" ", 1)[-1]
        ending = last.rstrip()
        last_word = ending.rstrip(",").rsplit(" ", 1)[-1]
        if not intro and not (ending.endswith(":") or last_word in SAY or last_word in PARTICIPLES):
            return None
        if last_word in PARTICIPLES:  # "Kerr praised the crowd, saying, ..."
            return self.subject(last, paragraph)
        verbs = _INTRO if intro else SAY
        for verb in reversed(list(LOWER_WORD.finditer(last))):
            if verb[0] not in verbs or verb[0] in PARTICIPLES:
                continue
            speaker = self.who_before(last, verb.start(), paragraph)
            if speaker:
                return speaker
            if ENDS_ANAPHOR.search(ADVERB.sub("", last[: verb.start()].rstrip())):
                return None  # "A denied B ... and the Romanian admitted:": not told which
        if last.rstrip().endswith(":"):
            if a_topic(last):
                return None  # "On facing Kerber next: 'The ultimate test ...'": a topic
            subject = self.subject(last, paragraph)
            if subject:
                return subject
            if PARTICIPLES.intersection(LOWER_WORD.findall(last)):
                return self._participle_subject(last)
            # "Asked ..., Alemu was blunt:": only when the sentence names one person
            named = {
                self.cast.speaker(run.words)
                for run in name_runs(last, self.cast.lowercase)
                if not is_possessive(last, run)
            }
            named.discard(None)
            unknown = [
                r for r in name_runs(last, self.cast.lowercase) if not self.cast.speaker(r.words)
            ]
            if len(named) == 1 and not unknown:
                return named.pop()
        return None

    def _participle_subject(self, last: str) -> str | None:
        """Who speaks in a participle's clause (``and eventually Gaultier lost his patience
        telling the British official:``): the one person named in the clause before the
        participle, never a possessive; nobody when it names none or two."""
        participle = max(
            (m for m in LOWER_WORD.finditer(last) if m[0] in PARTICIPLES), key=lambda m: m.start()
        )
        starts = [m.end() for m in _CLAUSE_START.finditer(last, 0, participle.start())]
        start = starts[-1] if starts else 0
        named = {
            self.cast.speaker(run.words)
            for run in name_runs(last, self.cast.lowercase)
            if start <= run.start and run.end <= participle.start() and not is_possessive(last, run)
        }
        return named.pop() if len(named) == 1 else None

    def _introduced(self, index: int) -> str | None:
        """Speaker of a quotation that is its whole paragraph: the one the paragraph before
        introduces (``..., stating:``, ``Kerr praised ...``)."""
        if index == 0 or not self._last_masked.strip():
            return None
        if a_topic(self._last_masked):
            return None  # "About Bruno Fernandes' second penalty kick:": a topic, no speaker
        return self.before(self._last_masked, index, intro=True)
