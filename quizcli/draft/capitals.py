"""Surnames written in capitals, as federations' and wire copy write them (``Nico ROSBERG``,
``Ester LEDECKA``, ``Virgil VAN DIJK``), and first names so (``NATALIE Coughlin``): written
in title case throughout the article (``Nico Rosberg``, ``ROSBERG said`` as ``Rosberg
said``), so that the name is read as any other. A word in capitals is a surname only where
the article writes it straight after a capitalised first name that is no common word (never
``The FIA``, ``Team GB``, ``In USA``), a first name only before a surname the article also
writes alone, and neither is ever an organisation's or a country's letters (``FIA``,
``GER``, ``NBA``, ``BBC``). A run of words in capitals (a headline, a transcript's ``NICO
ROSBERG:``, a dateline's ``LONG BEACH``) is left as it is."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from quizcli.draft.not_names import NOT_NAMES

# A capitalised first name, then one surname in capitals or more ("VAN DIJK", "KOLAR-SMITH")
_GIVEN_CAPS = re.compile(
    r"\b(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) "
    r"(?P<sur>[A-Z][A-Z'’]*[A-Z](?:[- ][A-Z][A-Z'’]*[A-Z])*)\b(?![a-z'’-])"
)
# (a cheap test first: a name and a word in capitals side by side, either way round)
_ANY_CAPS = re.compile(r"(?=[A-Z])(?:[A-Z][a-z]+ [A-Z][A-Z'’]*[A-Z]\b|\b[A-Z]{3,} [A-Z][a-z])")
# Letters that are organisations, leagues, media, results' marks and common abbreviations,
# never a surname (a country's three or two letters are pycountry's, below)
_LETTERS = frozenset(
    """
    FIA FIS UCI IOC IPC FIFA UEFA FIBA FIVB FINA IAAF WADA ISU IBU IWF UWW ITF ATP WTA PGA
    LPGA LIV NBA WNBA NFL NHL MLB MLS NCAA NRL AFL AFLW GAA WBA WBC WBO IBF UFC WWE ICC IPL
    BBC ESPN CNN NBC CBS ABC AFP AP PA AAP RTE RNZ SBS TV GP DNF DNS DSQ DQ NM OT PM AM MVP
    CEO PR PB SB WR OR NR CR ER AR WL MP HQ FC AC SC CF RC AS US UK UAE EU ITV DJ OK II III
    IV VI VII VIII IX XI FA RFU WRU IRFU SRU ECB BCCI USGA NHRA NASCAR WTCC BTCC WRC
    """.split()
)


def title_cased_surnames(texts: list[str]) -> list[str]:
    """``texts`` (an article's paragraphs) with every surname it writes in capitals after a
    first name written in title case wherever the word stands alone; the texts themselves
    when the article writes none."""
    if not any(_ANY_CAPS.search(text) for text in texts):
        return texts  # the common case: no word of two capitals or more
    texts = _title_cased_given_names(texts)  # "NATALIE Coughlin" (then "Coughlin said")
    surnames = {
        m["sur"]
        for text in texts
        for m in _GIVEN_CAPS.finditer(text)
        if m["given"].lower() not in NOT_NAMES and _is_surname(m["sur"])
    }
    if not surnames:
        return texts
    # each surname alone: no other word in capitals beside it ("NICO ROSBERG:" stays)
    pattern = re.compile(
        r"(?<![A-Z][ -])(?<![A-Z])\b(?:"
        + "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
        + r")\b(?![ -][A-Z]{2})(?![a-z])"
    )
    return [pattern.sub(lambda m: _title(m[0]), text) for text in texts]


# A first name in capitals before a surname in title case: "NATALIE Coughlin has appeared"
_CAPS_GIVEN = re.compile(
    r"(?<![A-Z] )\b(?P<given>[A-Z]{3,}) (?P<sur>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)


def _title_cased_given_names(texts: list[str]) -> list[str]:
    """``texts`` with a first name in capitals written in title case where the surname after
    it stands alone elsewhere in the article (``NATALIE Coughlin`` ... ``Coughlin said``):
    never a run of capitals (``LONG BEACH``), an organisation's or a country's letters."""
    surnames = {m["sur"] for text in texts for m in _CAPS_GIVEN.finditer(text) if _may_be_given(m)}
    if not surnames:
        return texts
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(surnames))) + r")\b")
    counts = Counter(word for text in texts for word in pattern.findall(text))
    told = {surname for surname in surnames if counts[surname] >= 2}
    if not told:
        return texts

    def titled(m: re.Match[str]) -> str:
        if m["sur"] in told and _may_be_given(m):
            return f"{_title(m['given'])} {m['sur']}"
        return m[0]

    return [_CAPS_GIVEN.sub(titled, text) for text in texts]


def _may_be_given(m: re.Match[str]) -> bool:
    """Whether a word in capitals before a surname may be a first name: no common word,
    neither an organisation's nor a country's letters."""
    return (
        len(m["given"]) >= 3
        and m["given"].lower() not in NOT_NAMES
        and m["sur"].lower() not in NOT_NAMES  # "FA Cup", "NBA Finals": no person
        and _is_surname(m["given"])
    )


def _is_surname(run: str) -> bool:
    """Whether a run of capitals may be a surname: no word of it an organisation's or a
    country's letters, and a vowel in each word (never ``GBR``, ``NZL``)."""
    words = re.split(r"[- ]", run)
    return all(
        word not in _LETTERS
        and word not in _country_codes()
        and any(letter in "AEIOUY" for letter in word)
        for word in words
    )


@cache
def _country_codes() -> frozenset[str]:
    """Countries' two- and three-letter codes (``NOR``, ``GER``), and the sports bodies'
    own three-letter codes pycountry does not hold (``GER`` is pycountry's ``DEU``): read
    from the records the nations already read, never by importing pycountry (40 ms)."""
    from quizcli.draft.nations import country_records

    codes = {r[key] for r in country_records() for key in ("alpha_2", "alpha_3") if key in r}
    return frozenset(codes) | _IOC_CODES


# The IOC's codes that differ from ISO's, as results lists print them beside names
_IOC_CODES = frozenset(
    """
    GER SUI NED DEN POR CRO SLO GRE RSA BUL LAT ALG ANG BAH BAN BAR BOT CHI CRC ESA FIJ GUA
    HAI HON INA IRI KSA KUW LIB MAS MGL MRI MYA NEP NGR OMA PAR PHI PUR SRI SUD TAN TGA TPE
    UAE URU VIE ZAM ZIM GBR
    """.split()
)


def _title(run: str) -> str:
    """A surname in capitals in title case: ``O'NEILL`` as ``O'Neill``, ``VAN DIJK`` as
    ``Van Dijk``, ``KOLAR-SMITH`` as ``Kolar-Smith``, ``MCLAREN`` as ``McLaren``."""
    titled = re.sub(r"[A-Z][A-Z]*", lambda m: m[0][0] + m[0][1:].lower(), run)
    return re.sub(r"\bMc[a-z]", lambda m: m[0][:2] + m[0][2].upper(), titled)  # MCLAREN
