"""Whether an article is English: drafting writes English prompts from English sentences.

A text mostly in another alphabet is named by it (Greek, Arabic, Chinese ...; a Cyrillic
one by the letters its languages have of their own: Russian, Ukrainian, Bulgarian ...).
A text is English when English function words ("the", "and", "of", "said") make up a
usual share of its words; otherwise the language with most of its own function words is
named in the refusal. Function words decide this reliably from a few hundred words,
with no model to download and the same answer every run.
"""

from __future__ import annotations

import re

_FUNCTION_WORDS = {
    "English": "the and of to in a is was that for on with he she it as at his her by from "
    "said but not have has had be this they we i you are were",
    "French": "le la les et de des du un une est dans pour sur avec il elle au aux ce qui que "
    "pas par a été ont son sa ses nous vous je",
    "German": "der die das und ist nicht ein eine mit sich auf für im den dem des zu von er sie "
    "wir ich auch hat wurde",
    "Spanish": "el la los las y de del que en un una es por con para se su al lo como pero más "
    "fue ha sus",
    "Italian": "il lo la gli le e di del della che in un una è per con non si sono ha al alla "
    "ma anche",
    "Portuguese": "o a os as e de do da que em um uma é para com não se por foi ao dos das mas",
    "Dutch": "de het een en van in is dat op te zijn met voor niet hij zij er maar ook aan",
    # (no word an English sports report writes often, nor a name in a results list: "men"
    # is Swedish for "but", "Ole", "Han", "Kun", "Ja" are first names or surnames)
    "Finnish": "että oli mutta myös joka kuin niin ovat olla hänen tämä",
    "Swedish": "och att som är på för med av till inte också",
    "Norwegian": "og som er på med av til ikke også etter han hun var har jeg ble",
    "Icelandic": "og að er sem til það með ekki var hann hún við fyrir hefur eftir",
    "Danish": "og af til som er på med ikke han hun var har jeg også efter blev",
    "Hungarian": "a az és hogy nem egy meg már csak volt van mint aki után ezt pedig",
    "Romanian": "și în că este fost pentru din care mai sunt după cea cel de la a un o cu pe nu",
    "Polish": "nie się że jest jak ale był jego przez",
    "Turkish": "ve bir için ile çok olarak daha gibi ama sonra",
}
_WORD = re.compile(r"[^\W\d_]+")


def language_of(text: str) -> str:
    """The language of a text written in another alphabet (``Bulgarian``, ``Greek``), else
    the one whose function words are most frequent in ``text``, or ``another language``
    when none makes up a usual share of it (a few names' ``van`` or ``de`` make no Dutch)."""
    written = _by_alphabet(text)
    if written:
        return written
    best, count, total = _best(text)
    return best if best == "English" or count >= 0.04 * total else "another language"


def is_english(text: str) -> bool:
    """Whether ``text`` reads as English: in the Latin alphabet, with no other language's
    function words more frequent (a short text with too few words, or a results list with
    none at all, counts as English)."""
    if _by_alphabet(text):
        return False
    best, _, total = _best(text)
    return total < 40 or best == "English"


# Letters of the alphabets other than the Latin one, and a language each names (Cyrillic's
# own letters tell its languages apart: "ы" Russian, "ї" Ukrainian, "ђ" Serbian, "ъ" alone
# Bulgarian)
_ALPHABETS = (
    ("Cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("Greek", re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")),
    ("Arabic", re.compile(r"[\u0600-\u06ff]")),
    ("Hebrew", re.compile(r"[\u0590-\u05ff]")),
    ("Hindi", re.compile(r"[\u0900-\u097f]")),
    ("Thai", re.compile(r"[\u0e00-\u0e7f]")),
    ("Korean", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("Japanese", re.compile(r"[\u3040-\u30ff]")),
    ("Chinese", re.compile(r"[\u4e00-\u9fff]")),
)
_CYRILLIC = (
    ("Ukrainian", "іїєґ"),
    ("Serbian", "ђћџјљњ"),
    ("Macedonian", "ѓќѕ"),
    ("Russian", "ыэё"),
    ("Bulgarian", "ъ"),
)


def _by_alphabet(text: str) -> str | None:
    """The language of a text whose letters are mostly of another alphabet than the Latin
    one, or None (names in Cyrillic in an English report make no Russian)."""
    sample = text[:20000]
    if sample.isascii():
        return None  # the common case: one C scan
    letters = sum(1 for c in sample if c.isalpha())
    for name, pattern in _ALPHABETS:
        found = pattern.findall(sample)
        if len(found) * 2 <= letters:
            continue
        if name == "Japanese" or (name == "Chinese" and re.search(r"[\u3040-\u30ff]", sample)):
            return "Japanese"
        if name != "Cyrillic":
            return name
        lowered = sample.casefold()
        return next(
            (language for language, own in _CYRILLIC if any(c in lowered for c in own)),
            "a Cyrillic language",
        )
    return None


def _best(text: str) -> tuple[str, int, int]:
    """The language with most function words in ``text``, their count, and its words'."""
    words = [w.casefold() for w in _WORD.findall(text[:20000])]
    scores = {
        language: sum(1 for w in words if w in vocabulary) for language, vocabulary in _SETS.items()
    }
    best = max(scores, key=lambda language: scores[language])
    return best, scores[best], len(words)


_SETS = {language: frozenset(words.split()) for language, words in _FUNCTION_WORDS.items()}
