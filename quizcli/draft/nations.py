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
    belorussian byelorussian belarussian kazakh uzbek tajik turkmen azeri slovene kosovar
    montenegrin bahamian barbadian trinidadian grenadian somali lebanese luxembourgish
    cypriot ecuadorean salvadoran nigerien congolese mozambican mauritian palestinian faroese
    """.split()
_GIVEN_NAMES = frozenset({"jordan", "chad", "georgia", "israel", "india", "kenya", "tonga"})
_SKIP = frozenset({"and", "of", "the", "da", "de", "del", "la", "le", "du", "state", "island"})


@functools.cache
def _countries() -> tuple[frozenset[str], frozenset[tuple[str, ...]], frozenset[str]]:
    """Single-word country names, multi-word ones (as word tuples), nationality words."""
    single: set[str] = set()
    multi: set[tuple[str, ...]] = set()
    for country in country_records():
        for attribute in ("name", "common_name", "official_name"):
            name = country.get(attribute)
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
    # the short names reports use where ISO 3166 writes a long one ("Russian Federation",
    # "Viet Nam", "Türkiye", "Syrian Arab Republic")
    single |= {"russia", "vietnam", "syria", "laos", "brunei", "turkey", "kosovo", "burma"}
    single |= {"macedonia", "swaziland", "czechia"}
    multi |= {("cape", "verde"), ("east", "timor"), ("dr", "congo"), ("czech", "republic")}
    nationalities = set(_IRREGULAR)
    for name in single:
        nationalities.update(nationality_words(name))
    return frozenset(single), frozenset(multi), frozenset(nationalities)


def country_records() -> list[dict[str, str]]:
    """pycountry's ISO 3166-1 records (``name``, ``common_name``, ``official_name``, the
    ``alpha_2`` and ``alpha_3`` codes ...), read from the database file pycountry keeps them
    in: importing pycountry itself costs about 40 ms (its package metadata, mostly), reading
    the file 2 ms. Through pycountry's objects when the file is not where pycountry keeps it."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            text = (Path(folder) / "databases" / "iso3166-1.json").read_text(encoding="utf-8")
            records = json.loads(text)["3166-1"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if isinstance(records, list) and all(isinstance(r, dict) for r in records):
            return records
    import pycountry

    keys = ("name", "common_name", "official_name", "alpha_2", "alpha_3")
    return [{k: getattr(c, k) for k in keys if getattr(c, k, None)} for c in pycountry.countries]


def nationality_words(name: str) -> list[str]:
    """The nationality words a country's name makes with the usual English endings
    (``kenya`` -> ``kenyan``, ``austria`` -> ``austrian``, ``china`` -> ``chinese``), each
    from a stem of three letters at least."""
    stems = (
        (name, "n"),
        (name, "an"),
        (name, "ian"),
        (name, "ese"),
        (name, "i"),
        (name[:-1], "an"),
        (name[:-1], "ian"),
        (name[:-1], "ese"),
        (name[:-2], "an"),
    )
    return [stem + ending for stem, ending in stems if len(stem) >= 3]


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


def is_country_name(words: tuple[str, ...]) -> bool:
    """Whether ``words`` are a country's name and nothing more: ``Spain``, ``South Africa``,
    ``the United States`` (a national side); not ``Kenya Airways`` nor ``Serbian``."""
    single, multi, _ = _countries()
    folded = tuple(w.casefold() for w in words if w.casefold() != "the")
    return (len(folded) == 1 and folded[0] in single) or folded in multi


@functools.cache
def _multi_demonyms() -> dict[str, frozenset[str]]:
    """The nationality words of a country of two words or more, made from its last word
    (``african`` of ``South Africa``, ``rican`` of ``Costa Rica``), each with the words
    that come before it in the country's name (``south``, ``costa``)."""
    _, multi, _ = _countries()
    found: dict[str, set[str]] = {}
    for words in multi:
        if len(words) < 2:
            continue
        before = " ".join(words[:-1])
        for word in [*nationality_words(words[-1]), words[-1] + "er"]:
            found.setdefault(word, set()).add(before)
    return {word: frozenset(befores) for word, befores in found.items()}


_WORDS_BEFORE = re.compile(r"([^\W\d_]+(?: [^\W\d_]+)?) $")


def ends_country_name(text: str, start: int, word: str) -> bool:
    """Whether ``word``, written at ``start`` of ``text``, ends a nationality of two words
    or more (``South African``, ``Costa Rican``, ``Sri Lankan``): the words before it are
    the rest of the country's name, so that it is never a person's first name."""
    befores = _multi_demonyms().get(word.casefold())
    if not befores:
        return False
    match = _WORDS_BEFORE.search(text, max(0, start - 24), start)
    if match is None:
        return False
    written = match[1].casefold()
    return written in befores or written.split(" ")[-1] in befores


def is_given_name(word: str) -> bool:
    """Whether a country's name is also a common given name (``Jordan``, ``Chad``)."""
    return word.casefold() in _GIVEN_NAMES


_SAME_COUNTRY = {
    "united states": "united states",
    "usa": "united states",
    "us": "united states",
    "america": "united states",
    "american": "united states",
    "americans": "united states",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "uk": "united kingdom",
    "british": "united kingdom",
    "briton": "united kingdom",
    "brit": "united kingdom",
    "dutch": "netherlands",
    "dutchman": "netherlands",
    "dutchwoman": "netherlands",
    "holland": "netherlands",
    "french": "france",
    "frenchman": "france",
    "frenchwoman": "france",
    "swiss": "switzerland",
    "norwegian": "norway",
    "swede": "sweden",
    "swedish": "sweden",
    "dane": "denmark",
    "danish": "denmark",
    "spaniard": "spain",
    "spanish": "spain",
    "finnish": "finland",
    "finn": "finland",
    "polish": "poland",
    "pole": "poland",
    "greek": "greece",
    "irish": "ireland",
    "irishman": "ireland",
    "irishwoman": "ireland",
    "portuguese": "portugal",
    "turkish": "turkey",
    "turk": "turkey",
    "czech": "czechia",
    "welsh": "wales",
    "welshman": "wales",
    "scottish": "scotland",
    "scot": "scotland",
    "scotsman": "scotland",
    "english": "england",
    "englishman": "england",
    "englishwoman": "england",
    "serb": "serbia",
    "croat": "croatia",
    "kiwi": "new zealand",
    "new zealander": "new zealand",
    "aussie": "australia",
    "slovak": "slovakia",
    "thai": "thailand",
    "filipino": "philippines",
    "argentine": "argentina",
    "peruvian": "peru",
    "icelandic": "iceland",
    "luxembourger": "luxembourg",
    "monegasque": "monaco",
    "german": "germany",
    "russian": "russia",
    "russia": "russia",
    "new zealand": "new zealand",
    "south africa": "south africa",
    "south african": "south africa",
    "south korea": "korea",
    "south korean": "korea",
    "czech republic": "czechia",
    "saudi": "saudi arabia",
    "saudi arabia": "saudi arabia",
}


@functools.cache
def _country_keys() -> dict[str, str]:
    """Every single-word country name and the nationality words its endings make, each
    mapped to the country (``austrian`` -> ``austria``); a word two countries could make
    is left out."""
    single, _, _ = _countries()
    keys: dict[str, str | None] = {}
    for name in single:
        keys[name] = name
    for name in sorted(single):
        for word in nationality_words(name):
            if word not in single:
                keys[word] = name if keys.get(word, name) == name else None
    return {word: name for word, name in keys.items() if name}


def country_key(words: str) -> str | None:
    """The country a country or nationality word names, one key for every spelling
    (``American``, ``United States``, ``USA``), or None when it names none."""
    folded = " ".join(words.casefold().replace("’", "'").split())
    folded = folded[:-2] if folded.endswith("'s") else folded
    if folded in _SAME_COUNTRY:
        return _SAME_COUNTRY[folded]
    keys = _country_keys()
    if folded in keys:
        return keys[folded]
    plural = folded[:-1] if folded.endswith("s") else folded
    return keys.get(plural)
