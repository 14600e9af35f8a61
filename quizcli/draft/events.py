"""Races as the articles name them: ``5,000m`` (5000m), ``200m breaststroke``, ``men's
marathon``, ``stage 15`` / ``the sixth stage``, ``the Monaco Grand Prix``, ``downhill``,
the track races (``keirin``, ``omnium``, ``team pursuit``; never in ``the keirin world
champion``), a kayak or canoe final by its boat (``K1 1000m``, ``the C1 1000``), a cycling
classic (``Paris-Roubaix``);
never a split (``the last 200m``, ``after 50 meters``) or a distance to go (``5km to
go``). Whether a time fits a race is ``quizcli.draft.fits``.
"""

from __future__ import annotations

import functools
import re

from quizcli.draft.epithets import before_epithets
from quizcli.draft.event_names import STAGE_NUMBERS
from quizcli.draft.ordered_stages import with_stages
from quizcli.draft.stage_races import STAGE_RACE_WORDS, STAGE_RACES, is_stage_race, won_overall

_NOT_NAME = (
    r"(?:The|A|An|In|At|On|Of|For|His|Her|Their|Its|This|That|Last|Next|Both|After|Before"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Sunday's|Saturday's)"
)
_STAGE_WORDS = "(?i:" + "|".join(sorted(STAGE_NUMBERS, key=len, reverse=True)) + ")"
DISCIPLINE = (
    r"hurdles|steeplechase|butterfly|breaststroke|backstroke|freestyle|individual medley"
    r"|medley|race walk|walk"
    # a shooting or a diving event: its distance is no race's ("the 50m rifle 3 positions",
    # "the 10m air pistol", "the 10m platform")
    r"|rifle 3 positions|rifle prone|air rifle|air pistol|rapid fire pistol|running target"
    r"|rifle|pistol|synchroni[sz]ed platform|platform"
)
# a stroke written short: "the 50 free", "the 200m IM" (never "back straight", "free kicks")
_SHORT_STROKE = r"(?:free|fly|back|breast|IM)\b(?![-'’]|\s+(?:kicks?|throws?|agents?|straight)\b)"
_EVENT = re.compile(
    r"(?:(?P<d>(?<![\d,.])\d{1,3}(?:,\d{3})+|(?<![\d,.])\d{2,5}"
    r"|(?<![\d,.])\d{1,2}\.\d(?=\s*-?\s*(?:km|kilomet)))"  # a biathlon's "7.5km sprint"
    r"(?:(?:\s*-?\s*(?P<u>m|metres?|meters?|meter|metre|km|kilometres?|kilometers?)\b)"
    rf"(?P<h>\s+(?i:{DISCIPLINE})|\s+{_SHORT_STROKE})?"  # "Women's 200m Freestyle", "200m IM"
    r"|(?P<stroke>\s+(?:butterfly|breaststroke|backstroke|freestyle|individual medley)\b)"
    # a swim in a swimming report's shorthand: "the 50 free", "the women's 200 IM"
    rf"|(?P<short>\s+{_SHORT_STROKE}))"
    # a canoe or kayak sprint by its boat: "the K1 1000m", "the men's C1 1000", "the K1
    # men's 200m", a para class "the KL2 women's 200m", "VL3 200m"
    r"|\b(?P<boat>[KC][1-4]|[KV]L[1-3])\s+(?:(?P<bsex>[Mm]en|[Ww]omen)['’]s\s+)?"
    r"(?P<bd>200|500|1,?000|5,?000)(?:\s*-?\s*(?:m|metres?|meters?)\b|(?![\w,.]))"
    r"|\b(?P<word>(?:half[- ])?marathon|decathlon|heptathlon|giant slalom|slalom|super-G"
    # a draw of a racket sport, with its sex: "the women's singles", "the mixed doubles"
    r"|(?:(?<=men's )|(?<=men’s ))(?:singles|doubles)|[Mm]ixed doubles"
    r"|downhill|time trial|road race|keirin|omnium|madison|team sprint|team pursuit"
    r"|individual pursuit|scratch race|points race|elimination race"
    # a diving board: "the women's 1m springboard", "the one-metre springboard"
    r"|(?<![\d.])[13](?:m|-metre|-meter)\s+(?:synchroni[sz]ed\s+)?springboard"
    r"|(?:one|three)-met(?:re|er)\s+(?:synchroni[sz]ed\s+)?springboard"
    # a sliding race, only with its sex ("the women's luge"; "a luge track" is none)
    r"|(?:(?<=men's )|(?<=men’s ))(?:luge|skeleton|bobsleigh|monobob)"
    # a rowing boat: "the women's single sculls", "the men's eight", "the coxless four"
    r"|(?:lightweight )?(?:single|double|quadruple) sculls"
    r"|(?:(?<=coxless )|(?<=coxed ))(?:pair|four)|(?:(?<=men's )|(?<=men’s ))eight"
    # a multisport race, only with its sex ("the men's triathlon"; "medal in triathlon" is
    # the sport)
    r"|(?:(?<=men's )|(?<=men’s ))(?:triathlon|duathlon)"
    # a field event, also opening a sentence: "Pole vault world record holder Duplantis"
    r"|[Ll]ong jump|[Tt]riple jump|[Hh]igh jump|[Pp]ole vault|[Ss]hot put"
    r"|[Dd]iscus(?: throw)?|[Jj]avelin(?: throw)?|[Hh]ammer throw)\b"
    # a ski jumping competition by its hill, only after "the" or its sex ("the women's
    # large hill", "the normal hill individual"; never its team event, record or qualifying)
    r"|(?:(?<=the )|(?<=men's )|(?<=men’s ))(?P<hill>(?:large|normal) hill)"
    r"(?!\s+(?:team|record|qualif|mixed)|\w)"
    r"|\b(?P<stage>[Ss]tage\s+\d{1,2})\b"
    # "stage four of the Tour de France", "Stage Twelve": a stage's number in words
    # (never "at this stage one can", "the next stage two days later")
    r"|(?=[Ss]tage\s)(?<!this )(?<!that )(?<!what )(?<!which )(?<!any )(?<!every )(?<!same )"
    r"(?<!next )"
    r"(?<!early )(?<!late )(?<!later )(?<!final )(?<!first )(?<!last )"
    rf"\b[Ss]tage\s+(?P<sword>{_STAGE_WORDS})\b(?![-'’]|\s+(?:days?|weeks?|years?|more)\b)"
    r"|\b(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|\d{1,2}(?:st|nd|rd|th))\s+stage\b"
    r"(?!\s+(?:wins?|victor(?:y|ies)|success|titles?))"
    r"|(?P<gp>\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+Grand\s+Prix\b)"
    # cycling's one-day classics, each a race of its own (never a rider's double-barrelled name)
    r"|(?P<classic>\b(?:Paris[- ]Roubaix|Milan[- ]San[- ]?[Rr]emo|Milano[- ]Sanremo"
    r"|Tour of Flanders|Li[eè]ge[- ]Bastogne[- ]Li[eè]ge|Il Lombardia|Giro di Lombardia"
    r"|Amstel Gold Race|Gent[- ]Wevelgem|Fl[eè]che Wallonne|Strade Bianche|Tour Of Flanders"
    # a stage race, only as the object of a win (``quizcli.draft.stage_races``); the 24
    # hours of Le Mans, however written
    rf"|{STAGE_RACES}|24\s+[Hh]ours\s+of\s+Le\s+Mans|Le\s+Mans\s+24\s+[Hh]ours"
    # a sport whose world championship is one tournament: "to win snooker's World
    # Championship" (the World Snooker Championship), never a meeting of many
    r"|(?:[Ss]nooker|[Dd]arts)['’]s\s+World\s+Championship"
    # golf's and tennis' great tournaments, each a competition of its own
    r"|U\.?S\.? Open|Australian Open|French Open|Wimbledon|Open Championship"
    r"|(?<!Senior )(?<!Seniors )(?<!Women's )(?<!Women’s )PGA Championship"
    r"|(?:(?<=the )|(?<=the \d{4} ))Masters(?:\s+Tournament)?"  # "the 2024 Masters Tournament"
    # any tournament by its name: "the CME Group Tour Championship", "the Indonesia Open",
    # "the Women's World Matchplay" (the sex read before it), "the Arnold Palmer
    # Invitational"; never a championships' meeting ("the World Championship", see
    # ``_GENERIC``), a possessive ("Ko's") or a sentence's first word
    rf"|(?<=\s)(?:(?!{_NOT_NAME}\b)[A-Z][\w.&-]*\s+){{1,4}}"
    r"(?:Open|Classic|Matchplay|Match\s+Play|Invitational|Championship|Masters)(?![\w'’-])"
    # its draw, when named: "the Indonesia Open men's singles"
    r"(?:\s+(?:(?:[Mm]en|[Ww]omen)['’]s\s+|[Mm]ixed\s+)?(?:singles|doubles)\b)?)\b)"
    # A race with a name: "the Rotterdam Marathon", "Stramilano Half Marathon", "MS Amlin
    # World Triathlon Bermuda" (its sponsor left out), never "World Triathlon Series".
    rf"|(?P<named>\b(?:(?!{_NOT_NAME}\b)[A-Z][\w'’.-]*\s+){{1,3}}(?:Half\s+)?Marathon\b"
    # "the Marine Corps Marathon Historic Half": a half of the marathon's name, named so;
    # never its relay, expo or 10K
    r"(?:\s+(?:[A-Z][a-z]+\s+)?Half\b)?(?!\s+(?:Relay|Expo|Kids|Mile|10[Kk]|5[Kk])\b)"
    r"|\bWorld\s+Triathlon\s+(?!Series\b|Championships?\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b"
    # a motor race by its name and length: "the Indianapolis 500", "the Freedom 100"
    rf"|\b(?:(?!{_NOT_NAME}\b|Top\b|Fortune\b|FTSE\b)[A-Z][\w'’.-]*\s+){{1,2}}"
    # (never metres in capitals: "MEN'S 400 M FREESTYLE")
    r"(?:100|200|250|300|400|500|600)(?!\d|[,.]\d|\s*(?:[mM]\b|metres|meters|km"
    r"|miles|mi\b|laps|yards|kilomet|free|back|breast|fly|IM\b|hurdles|[A-Z]{2,}\b)|[-–])))",
)
# How an event's match begins (a digit, a capital, or a word of a lower-case alternative),
# said first as a lookahead: the scan passes over other characters at once instead of
# trying every alternative at each (the same matches: tests/test_draft_speed.py).
EVENT_LEAD = r"(?=[\dA-Z]|\b[defghijklmnopqrst])"
EVENT_BARE = _EVENT
_EVENT = re.compile(EVENT_LEAD + EVENT_BARE.pattern, EVENT_BARE.flags)
# The alternatives led by any capital (a Grand Prix, a classic, a named marathon or World
# Triathlon, a motor race by its length) can match only in a text holding one of these
# words; a text holding none is read by the pattern with them made to fail (their groups
# kept), led by a digit or a capital some other alternative starts with (K, C, S, V, a
# field event's L, T, H, P, D, J, and the M of "Mixed doubles").
_CAPITALISED = (
    *("Grand", "Marathon", "Triathlon", "Roubaix", "Milan", "Flanders", "Bastogne"),
    *("Lombardia", "Amstel", "Wevelgem", "Wallonne", "Strade", "Open", "Wimbledon"),
    *("Championship", "Masters", "Classic", "Matchplay", "Play", "Invitational", "Mans"),
    *STAGE_RACE_WORDS,
)
# (and a motor race by its length: "the Indianapolis 500", "the Freedom 100": the length
# found first, then the capital of the word before it)
_MOTOR_LENGTH = re.compile(r"(?<=\s)(?:[1-6]00|250)(?![\w-]|[,.]\d)")
_NO_CAPITALS = EVENT_BARE.pattern
for _group, _next in (("gp", "(?P<classic>"), ("classic", "(?P<named>"), ("named", None)):
    _start = _NO_CAPITALS.index(f"(?P<{_group}>")
    _end = _NO_CAPITALS.index(_next) - 1 if _next else len(_NO_CAPITALS) - 1
    _NO_CAPITALS = f"{_NO_CAPITALS[:_start]}(?P<{_group}>(?!)){_NO_CAPITALS[_end:]}"
_EVENT_NO_CAPITALS = re.compile(r"(?=[\dKCSVLTHPDJM]|\b[defghijklmnopqrst])" + _NO_CAPITALS)


def event_pattern(text: str) -> re.Pattern[str]:
    """The events pattern to read ``text`` with: the same matches as ``EVENT_BARE``."""
    if any(word in text for word in _CAPITALISED):
        return _EVENT
    if "00" in text or "50" in text:
        for length in _MOTOR_LENGTH.finditer(text):
            before = text[max(0, length.start() - 40) : length.start()].split()
            if before and before[-1][:1].isupper():
                return _EVENT
    return _EVENT_NO_CAPITALS


# A named race that only describes someone: "the reigning Boston Marathon champion",
# "winner of the Berlin Marathon in 2004", "London Marathon champion Daniel Wanjiru".
_NAMED_DESCRIBES = re.compile(
    r"\s+(?:champions?|champs?|winners?|titles?|records?|course|victor)\b"
)
_PAST_RACE = re.compile(
    r"\b(?:after|before|since|having|who|which)\s+(?:also\s+|had\s+|has\s+)?(?:winning|won"
    r"|taking|took|taken|claiming|claimed|finishing|finished)\s+(?:the\s+|a\s+|his\s+|her\s+"
    r"|(?:last|the\s+previous|this|next)\s+(?:year|season)['’]s\s+)?"  # "won last year's X"
    r"(?:(?:[Mm]en|[Ww]omen)['’]s\s+)?(?:(?:world|World|Olympic|European|Commonwealth)\s+)?$"
    r"|\b(?:switch\w*|mov\w+|com\w+|came|changing|changed)\s+(?:over\s+)?from\s+(?:the\s+)?$"
    # "added to her win in the 200 butterfly Friday", "to go with his gold in the 100m"
    r"|\b(?:add(?:ed|s|ing)?\s+to|to\s+go\s+with|on\s+top\s+of|following|after)\s+"
    r"(?:his|her|their|its)\s+(?:\w+\s+)?(?:win|victory|gold|title|triumph|medal)\s+in\s+"
    r"(?:the\s+)?(?:(?:[Mm]en|[Ww]omen)['’]s\s+)?$"
    # "who anchored Team USA's upset win in the 4x100m freestyle relay on Sunday, ..."
    r"|\b(?:who|which)\s+[a-z]+\s+(?:[\w'’-]+\s+){0,4}?(?:win|victory|gold|title|triumph)\s+in"
    r"\s+(?:the\s+)?(?:(?:[Mm]en|[Ww]omen)['’]s\s+)?(?:[2-8]\s*[x×X]\s*)?$"
    # "said after claiming the yellow jersey on stage seven that ...": a day told in passing
    r"|\bafter\s+(?:winning|taking|claiming|finishing|securing|grabbing|earning|wearing|losing"
    r"|retaining)\s+(?:the|a|his|her)\s+(?:[\w'’-]+\s+){1,3}?(?:on|in|at)\s+(?:the\s+)?$"
)
# A race that only describes someone: "the keirin world champion", "omnium medallist",
# "world 1500m champion Wightman" (a distance's: ``a_title``).
_TRACK_DESCRIBES = re.compile(
    r"\s+(?:(?:world|Olympic|European|Commonwealth|national|defending|reigning|former)\s+)?"
    r"(?:champions?|winners?|medall?ists?|specialists?|stars?|kings?|queens?|titles?\s+holders?)\b"
)
_HOLDER = re.compile(r"\s+(?:(?:world|Olympic|European|national)\s+)?record[- ]holders?\b")
# "clinched the Indonesia Open men's singles title": the race's title won, not a description
_TITLE_WON = re.compile(
    r"\b(?:won|wins|win|winning|clinched|claimed|captured|secured|sealed|lifted)\s+the\s+$"
)
_TITLE_AFTER = re.compile(r"\s+title\b(?!\s+(?:defen[cs]e|holder|race|hopes?|bid|chase))")
_NAMED_WON_BEFORE = re.compile(r"\b(?:winner|champion|victor)s?\s+(?:of|in|at)\s+(?:the\s+)?$")
# A distance that is part of a race, not the race: "the last 200m in 26.5", "5km to go".
_SPLIT_BEFORE = re.compile(
    r"\b(?:last|final|first|opening|closing|penultimate|every|each|after|through|at|passed"
    r"|halfway|with|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|year)['’]s"
    r"|previous|earlier|next|within|inside|additional|extra|further|(?<!followed )by"  # "By 300m"
    # "at mile 23 of the marathon", "on lap 3 of the 10,000m": a point of the race
    r"|(?:mile|miles|km|kilometre|kilometer|lap|hole)\s+\d{1,3}\s+of"
    # "It took only 250m for Ross to break away", "needed just 300m to close the gap"
    r"|(?:took|takes|take|taking|needed|needs|need|needing)\s+(?:only|just|barely|merely)"
    r"|\bit\s+(?:took|takes)(?:\s+\w+)?|(?<!the\s)(?:only|just|barely|merely))\s+(?:the\s+)?$",
    re.I,
)
_SPLIT_AFTER = re.compile(
    r"\s*(?:split|lap|to go|from the (?:finish|line)|remaining|left|mark|portion|leg|section"
    r"|segment|phase|skiers?|specialists?|racers?|runners?(?!-))\b|/h\b"
    # "1000m above sea level", "2,000m of climbing", "800m high": a height, not a race
    r"|\s*(?:(?:above|below)\s+(?:sea|the|ground)|high\b"
    r"|of\s+(?:climbing|altitude|elevation|ascent|descent)"
    r"|in\s+(?:altitude|elevation))"
    # "the 238km stage", "the 238km (148-mile) route", "a stage of nearly 220 kilometers
    # (137 miles)": a length, not a race
    r"|(?:(?<=km)|(?<=kilometres)|(?<=kilometers)|(?<=kilometre)|(?<=kilometer))"
    r"\s+(?!race|run|road|walk|final|title|event|in\b|sprint|pursuit|individual|mass|relay"
    r"|skiathlon|classic|free(?:style)?\b|time trial)[a-z(]"
)
# "a 2-km swim, 80-km bike leg and 18-km run": a multisport race's legs, the run one too
_RUN_AFTER = re.compile(r"\s+run\b")
_OTHER_LEG = re.compile(
    r"\d\s*-?\s*(?:m|metres?|meters?|km|kilometres?|kilometers?|miles?)\s+(?:swim|bike|cycle|ride)\b",
    re.I,
)
# "the fastest 100 meters" of a longer race is a split; "the fastest 100m heat ever" a race
_FASTEST = re.compile(r"\b(?:fastest|quickest)\s+$")
_RACED_AFTER = re.compile(
    r"\s*(?:heats?|races?|finals?|semi|times?|ever|in history|of all time|runs?|title|dash)\b"
)
_TRACK_RACES = frozenset(
    ("keirin", "omnium", "madison", "team sprint", "team pursuit", "individual pursuit")
    + ("scratch race", "points race", "elimination race")
)
_DOWNHILL_ROAD = re.compile(
    r"\s+(?:run|runs|section|stretch|part|run-in|towards|toward|into|road|roads|slope|finish"
    r"|descent|drag|kilometres|kilometers|km)\b"
)
# "a marathon 3-6 6-2 6-4 match", "an epic marathon five-set battle": a long match
_A_BEFORE = re.compile(r"\ban?\s+(?:[a-z-]+\s+)?$")
_A_MARATHON_MATCH = re.compile(
    r"(?:\s+[\w(),-]+){0,6}?\s+(?:match|set|game|rally|session|contest|battle|encounter|tie"
    r"|clash|meeting|affair|semi-?final|final)\b"
)
# What names a championships' meeting, not one tournament: "the World Championship", "the
# National Open" hold many races ("the World Matchplay" is one darts tournament)
_GENERIC = frozenset(
    "World European Commonwealth National Olympic Asian African Pan American Oceania Junior"
    " Youth Indoor Outdoor Senior Seniors Veterans Para Grand Slam".split()
)
# A tournament's last word: a meeting that may hold races of its own
_TOURNAMENT = re.compile(
    r"(?:Open|Classic|Matchplay|Play|Invitational|Championship|Masters|singles|doubles)\Z"
)


def _tournament(match: re.Match[str]) -> bool:
    """Whether an event's match is a tournament by its name (``the Kip Keino Classic``)."""
    return bool(match["classic"]) and _TOURNAMENT.search(match["classic"]) is not None


def _generic(words: list[str]) -> bool:
    """Whether a tournament's name is only a championships' (``World Championship``)."""
    return words[-1] in ("Open", "Championship") and _GENERIC.issuperset(words[:-1])


# "qualification on the normal hill", "qualifying on the large hill": a round, not the race
_QUALIFYING = re.compile(r"\bqualif\w*\s+(?:on|in|at|for)\s+the\s+$", re.I)
_OWNED = re.compile(r"\b(?:his|her|their|its|a|an)\s+$")


_SWUM = frozenset({"50", "100", "200", "400", "800", "1500"})  # the distances pools race
_THE_BEFORE = re.compile(r"(?:\bthe|['’]s)\s+$", re.I)  # "the 50 free", "women's 200 IM"


@functools.lru_cache(maxsize=8192)
def events_in(text: str) -> list[re.Match[str]]:
    """The events ``text`` names, leaving out splits and distances to go (cached: the
    finders of one sentence ask for them several times)."""
    found = []
    for match in with_stages(text, event_pattern(text)):
        if match["hill"] and _QUALIFYING.search(text, max(0, match.start() - 30), match.start()):
            continue  # "after missing out on qualification on the normal hill": no result
        if match["short"] and (
            match["d"] not in _SWUM
            or not _THE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            continue  # "finished 30 back", "a 50 free throw": no swim
        if match["word"] == "downhill" and _DOWNHILL_ROAD.match(text, match.end()):
            continue  # "on the downhill run towards Nice": a cycling stage's descent
        if match["word"] == "marathon" and _A_MARATHON_MATCH.match(text, match.end()):
            if _A_BEFORE.search(text, max(0, match.start() - 12), match.start()):
                continue  # "in a marathon 3-6 6-2 6-4 match": a long match, no race
        if match["nth"] and _OWNED.search(text, max(0, match.start() - 7), match.start()):
            continue  # "his first stage win": no stage number
        start = before_epithets(text, match.start())  # "after winning the annual X": X's
        if _PAST_RACE.search(text, max(0, start - 45), start):
            continue  # "six days after winning the 10,000m": another race, told in passing
        if match["stage"] or match["sword"] or match["nth"]:
            if _NAMED_WON_BEFORE.search(text, max(0, start - 20), start):
                continue  # "Alaphilippe, winner of stage seven's summit finish": a rider's
        if match["classic"] and is_stage_race(match["classic"]):
            if won_overall(match):
                found.append(match)  # "clinched his second Giro title": the race won
            continue  # "his maiden Giro d'Italia stage", "stage 13 of the Giro": a stage's
        if match["classic"] and _generic(match["classic"].split()):
            continue  # "the World Championship", "the European Open": a meeting, many races
        if (match["named"] or match["classic"]) and (
            _NAMED_DESCRIBES.match(text, match.end())
            or _NAMED_WON_BEFORE.search(text, max(0, start - 20), start)
        ):
            if not _TITLE_WON.search(text, max(0, start - 30), start) or (
                not _TITLE_AFTER.match(text, match.end())
            ):
                continue  # (but "won the Indonesia Open men's singles title": that win)
        if match["word"] in _TRACK_RACES and _TRACK_DESCRIBES.match(text, match.end()):
            continue  # "Former keirin world champion Max Levy finished third in the sprint"
        if (match["d"] or match["word"]) and (
            _SPLIT_BEFORE.search(text, max(0, match.start() - 30), match.start())
            or _SPLIT_AFTER.match(text, match.end())
        ):
            continue
        if match["u"] and _RUN_AFTER.match(text, match.end()) and _OTHER_LEG.search(text):
            continue  # "... 80-km bike leg and 18-km run": the run leg, not the race
        if (
            match["d"]
            and _FASTEST.search(text, max(0, match.start() - 12), match.start())
            and not _RACED_AFTER.match(text, match.end())
        ):
            continue  # "Kato had the fastest 100 meters, but": an opening split
        found.append(match)
    tournaments = [m for m in found if _tournament(m)]
    if tournaments and any(m["d"] or m["word"] or m["boat"] or m["stage"] for m in found):
        # "won the men's 10,000m at the Kip Keino Classic", "the 200m freestyle at the US
        # Open": the tournament is the meeting, the race is the distance's
        found = [m for m in found if not any(m is t for t in tournaments)]
    return found


def a_title(match: re.Match[str], told: bool = False) -> bool:
    """Whether a distance names someone's title, not a race run here: ``world 1500m
    champion Wightman taking silver`` (in a report of the 800m); once another race is
    ``told``, a record too (``World 2000m record-holder Jessica Hull ... took silver`` in
    the 1500m's report: the record-holder of the race told is often its winner)."""
    if not match["d"]:
        return False
    after = match.string, match.end()
    return _TRACK_DESCRIBES.match(*after) is not None or (told and bool(_HOLDER.match(*after)))


_SEX = re.compile(r"^(?:men|women)'s ")


def without_sex(event: str) -> str:
    """``women's Boston Marathon`` -> ``Boston Marathon`` (the same when no sex is named)."""
    return _SEX.sub("", event)
