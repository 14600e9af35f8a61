"""Countries and nationalities, so that "United States" or "the Serbian" is never a person.

The country names come from pycountry (the ISO 3166 list, kept up to date by its
maintainers), imported on first use only: listing or playing never pays for it. Nationality
words are derived from those names by the usual English endings (Kenya -> Kenyan, Japan ->
Japanese, Israel -> Israeli) plus the irregular ones pycountry cannot give (Norwegian,
French, Dutch, Briton). A country name that is also a common first name (Jordan, Chad,
Georgia) counts as a place only when it stands alone.
"""

from __future__ import annotations

import functools
import re

_IRREGULAR = """
    afghan argentine argentinian bangladeshi belarusian bosnian brit briton britons british
    burmese cameroonian croat croatian czech dane danish dutch dutchman dutchwoman emirati
    english englishman englishwoman filipino finnish flemish french frenchman frenchwoman
    greek icelandic irish irishman irishwoman ivorian kiwi kiwis kyrgyz lao luxembourger
    malagasy maltese monegasque norwegian peruvian polish portuguese scot scots scottish
    scotsman scotswoman slovak spaniard spanish swede swedish swiss thai turk turkish
    serb serbs pole poles dane danes swede swedes turks spaniards
    venezuelan vietnamese welsh welshman welshwoman yemeni aussie aussies american
    korean russian iranian new zealander kenyan ethiopian eritrean ugandan moroccan
    algerian tunisian egyptian bahraini qatari saudi emirati taiwanese chinese
    """.split()
_GIVEN_NAMES = frozenset({"jordan", "chad", "georgia", "israel", "india", "kenya", "tonga"})
_SKIP = frozenset({"and", "of", "the", "da", "de", "del", "la", "le", "du", "state", "island"})


@functools.cache
def _countries() -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str]]:
    """Single-word country names, multi-word ones (as word tuples), nationality words."""
    import pycountry

    single: set[str] = set()
    multi: set[tuple[str, ...]] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if not name:
                continue
            name = name.split(",")[0]  # "Korea, Republic of" -> "Korea"
            words = tuple(w.casefold() for w in re.findall(r"[^\W\d_][\w'’]*", name))
            if len(words) == 1:
                single.add(words[0])
            elif words:
                multi.add(words)
    multi |= {("great", "britain"), ("ivory", "coast"), ("south", "korea"), ("north", "korea")}
    single |= {"britain", "england", "scotland", "wales", "holland", "america", "usa", "uk"}
    nationalities = set(_IRREGULAR)
    for name in single:
        for stem, ending in (
            (name, "n"),
            (name, "an"),
            (name, "ian"),
            (name, "ese"),
            (name, "i"),
            (name[:-1], "an"),
            (name[:-1], "ian"),
            (name[:-1], "ese"),
            (name[:-2], "an"),
        ):
            if len(stem) >= 3:
                nationalities.add(stem + ending)
    return frozenset(single), frozenset(multi), frozenset(nationalities)


def is_place_word(word: str) -> bool:
    """A country or nationality word (``Kenya``, ``Kenyan``, ``Kenyans``), not a given name."""
    folded = word.casefold().rstrip("'’")
    if folded in _GIVEN_NAMES:
        return False
    single, _, nationalities = _countries()
    plural = folded[:-1] if folded.endswith("s") else folded
    return folded in single or folded in nationalities or plural in nationalities


@functools.lru_cache(maxsize=16384)
def has_country(words: tuple[str, ...]) -> bool:
    """Whether ``words`` hold a whole country name: ``United States``, or ``Jordan`` alone."""
    single, multi, _ = _countries()
    folded = tuple(w.casefold() for w in words if w.casefold() not in _SKIP)
    if len(folded) == 1 and folded[0] in single:
        return True
    for size in range(2, len(folded) + 1):
        for start in range(len(folded) - size + 1):
            if folded[start : start + size] in multi:
                return True
    return False
