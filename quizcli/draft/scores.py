"""Match results: ``Djokovic beat Alcaraz 6-2 6-2 7-6``, ``Dortmund won 2-0 against Bayern``.

A score counts only when one clause names the winner, the beaten side and the score
together; the winner and the loser may be clubs or teams (they are answers to "Who won?",
never speakers). A draw, a score with no winner named, or a negated clause (``could not
beat``) is not read.
"""

from __future__ import annotations

import re

from quizcli.draft.bt_lines import bt_line
from quizcli.draft.draws import draws
from quizcli.draft.facts import Fact
from quizcli.draft.game_lines import game_line
from quizcli.draft.leads import Led
from quizcli.draft.nation_sides import franchise_side, nation_side
from quizcli.draft.opened_wins import claimed, coached, points_line, their_side, wins_over
from quizcli.draft.quotes import Sentence
from quizcli.draft.score_forms import (
    SCORE,
    games_of,
    is_draw,
    loser_first,
    score_of,
    winner_first,
)
from quizcli.draft.sides import (
    BEAT,
    DESCRIBED,
    IN_SETS,
    LAST_SIDE,
    OF_NATION,
    SIDE,
    FactFinder,
    opening_side,
    same_side,
    side_of,
    subject_of,
)

# "Federer, already a five-time champion, demolished Israel's Dudi Sela 6-3 6-2 6-2": the
# winner is the sentence's subject (the athlete the finder gives the verb to).
# After the beaten side: the score ("in straight sets, 6-1 6-2"), or the score inside a
# match's words ("in a marathon 3-6 6-2 6-4 match")
_SCORE_AFTER_LOSER = (
    rf"(?:(?P<ina>\s+in\s+an?\s+(?:[a-z-]+\s+){{0,2}}?)|{IN_SETS}\s+|(?P<comma>,\s+)"
    # the match's round between: "defeated Kidambi in the final 21-15, 22-20", "beat Alice
    # Volpi in the round of 16, 15-7"
    r"|(?P<round>\s+in\s+the\s+(?:final|semi-?finals?|quarter-?finals?|round\s+of\s+\d{1,3}"
    r"|same\s+round"  # "defeated X in the same round, 11-10": the round told before
    r"|(?:first|second|third|fourth)\s+round|(?:bronze[- ]medal|third[- ]place)\s+(?:match|game)),?"
    r"\s+)"
    # "stunning Traktor Chelyabinsk with a 3-2 game six overtime win"
    rf"|(?P<witha>\s+with\s+an?\s+(?:[a-z-]+\s+)?)"
    # "after beating Ravi Pipes by 5-4½ in the main final"
    rf"|(?P<by>\s+by\s+)){SCORE}"
    # (never a margin's range: "beat X by 10-15 points")
    r"(?(by)(?!\s*(?:points?|runs?|goals?|shots?|strokes?|seconds?|minutes?|wickets?)\b))"
    r"(?(witha)\s+(?:[a-z-]+\s+){0,3}?(?:win|victory|triumph)\b)"
    r"(?(ina)\s+(?:[a-z-]+\s+)?(?:match|contest|battle|encounter|final|tie|thriller|epic|clash"
    r"|affair)\b)"
    # "defeated teammate Filippo Macchi, 15-9.": a score between commas ends its clause
    r"(?(comma)(?=\s*[,.;]|\s*\Z|\s+(?:in|on|at|to|and|while|for|after|as)\b))"
    r"(?(round)(?=\s*[,.;]|\s*\Z|\s+(?:on|at|to|and|while|for|after|as)\b))"
)
_BEATEN = re.compile(rf"\b{BEAT}\s+{DESCRIBED}(?P<loser>{SIDE}){OF_NATION}{_SCORE_AFTER_LOSER}")
# "Fellow Briton Aljaz Bedene, ranked 48th in the world, lost 6-4 7-5 to Italy's Andreas
# Seppi": the loser is the sentence's subject.
_LOST_TO = re.compile(
    rf"\b(?:lost|went\s+down|fell)\s+{SCORE}\s+(?:to|against)\s+(?:the\s+)?(?P<winner>{LAST_SIDE})"
)
_GAME = (
    r"(?:the\s+(?:[a-z-]+\s+)?(?:final|semi-final|semifinal|quarter-final|quarterfinal|tie|match"
    # a series' game by its number: "won Game 7 2-1 over the Oilers"
    r"|game|derby|decider|replay)\s+|Game\s+[1-7]\s+)"
)
# The loser first: "Chelsea lost 3-2 to Leeds", "Leeds were beaten 2-0 by Everton",
# "Ruud lost to Sinner 6-3 6-4", "Wolves suffered a 4-0 defeat to West Ham", a headline's
# present ("Oilers fall to Panthers 2-1 in Game 7"). The score must
# read from the winner's side (more sets or goals first), as reports write it.
_LOST = (
    re.compile(  # (also "Mark Williams, who lost 6-3 to Ricky Walden")
        rf"(?P<loser>{SIDE})(?:,\s+who)?\s+(?:lost|fell|went\s+down|slumped|lose|loses|fall"
        rf"|falls)\s+{_GAME}?{SCORE}\s+(?:to|against)\s+(?:the\s+)?(?P<winner>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<loser>{SIDE})\s+(?:were|was)\s+(?:beaten|defeated|thrashed|edged)\s+{SCORE}"
        rf"\s+by\s+(?:the\s+)?(?P<winner>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<loser>{SIDE})\s+(?:lost|fell|lose|loses|fall|falls)\s+to\s+{DESCRIBED}"
        rf"(?P<winner>{SIDE}){OF_NATION}{IN_SETS}\s+{SCORE}"
    ),
    re.compile(
        rf"(?P<loser>{SIDE})\s+(?:suffered|slumped\s+to|fell\s+to)\s+an?\s+(?:[a-z]+\s+)?{SCORE}\s+"
        rf"(?:(?:home|away)\s+)?(?:defeat|loss)\s+(?:to|against|by)\s+(?:the\s+)?"
        rf"(?P<winner>{LAST_SIDE})"
    ),
)
# A loss only supposed, its side after the word: "Should Harbour City fall to Riverside 2-1"
_SUPPOSED = re.compile(
    r"(?:\A|[\s,;(])(?:[Ss]hould|[Uu]nless|[Ww]ere|[Ww]hether|[Oo]nce|[Uu]ntil)\s+"
    r"(?:[A-Z][\w'’.-]*\s+){0,4}\Z"
)
_PATTERNS = (
    re.compile(  # "the Lakers went on to rout the Boston Celtics 117-102", "Brazil who stunned"
        rf"(?P<winner>{SIDE})(?:,?\s+who)?\s+(?:went\s+on\s+to\s+)?{BEAT}\s+{DESCRIBED}(?P<loser>{SIDE})"
        rf"{OF_NATION}{_SCORE_AFTER_LOSER}"
    ),
    re.compile(  # "Chen faced Italy's Elena Tangherlini in the final, winning with a 15-13 score"
        rf"(?P<winner>{SIDE})\s+faced\s+{DESCRIBED}(?P<loser>{SIDE})"
        rf"\s+in\s+the\s+[a-z’' -]{{1,40}}?,"
        rf"\s+winning\s+(?:with\s+an?\s+)?{SCORE}(?:\s+(?:score|scoreline)\b|(?=\s*[,.;]|\s*\Z))"
    ),
    re.compile(  # "The bronze medal went to Poland over Japan, 44-41."
        rf"\b(?:gold|bronze)\s+(?:medal\s+)?went\s+to\s+(?P<winner>{SIDE})\s+over\s+"
        rf"(?:the\s+)?(?P<loser>{SIDE}),?\s+{SCORE}(?=\s*[,.;]|\s*\Z|\s+(?:in|on|at|after)\b)"
    ),
    re.compile(  # "Spain won the final 1-0 against England"
        rf"(?P<winner>{SIDE})\s+(?:won|triumphed|prevailed)\s+{_GAME}?{SCORE}\s+"
        rf"(?:against|over|at)\s+(?:the\s+)?(?P<loser>{LAST_SIDE})"
    ),
    re.compile(
        rf"(?P<winner>{SIDE})(?:['’]s\b|(?<=s)['’])\s+{SCORE}\s+(?:win|victory)\s+(?:over|against)"
        rf"\s+(?:the\s+)?(?:(?:former|old|arch|local|fierce)\s+)?(?:(?:club|rivals?|foes?"
        rf"|neighbou?rs?|hosts?|champions)\s+)?(?P<loser>{LAST_SIDE})"
    ),
    # "big-hitting American Sam Querrey, who advanced with a 6-3 6-4 6-4 win over 28th seed
    # Guillermo Garcia-Lopez of Spain"
    re.compile(
        rf"(?P<winner>{LAST_SIDE}),\s+who\s+(?:[a-z]+\s+){{1,6}}?with\s+an?\s+{SCORE}\s+"
        rf"(?:[a-z]+\s+)?(?:win|victory)\s+(?:over|against)\s+{DESCRIBED}(?P<loser>{LAST_SIDE})"
    ),
    # "the Los Angeles Sparks clamped down in the fourth quarter to beat the Seattle Storm 85-77":
    # the side of the clause ("to" and a verb of a win after a few words of no one)
    re.compile(
        rf"(?P<winner>{SIDE})\s+(?:[a-z][\w'’-]*\s+){{1,8}}?to\s+(?P<to>{BEAT})\s+{DESCRIBED}"
        rf"(?P<loser>{SIDE}){OF_NATION}{_SCORE_AFTER_LOSER}"
    ),
    # "A Ronaldo penalty helped Manchester United to a 0-1 win at bottom-placed Norwich City",
    # "Verhaeghe scored to give the Florida Panthers a 5-4 victory over the Tampa Bay Lightning",
    # "Warner threw for 414 yards to lead the Rams to a 23-16 victory over the Tennessee Titans"
    Led(
        re.compile(
            rf"\b(?:(?:helped|help|helps|lifted|lift|lifts|carried|carry|powered|propelled|pushed"
            rf"|lead|leads|led|leading|guided|guide|guides|steered|steer|steers|sent|send|sends"
            rf"|sending)\s+(?:the\s+)?(?P<winner>{LAST_SIDE})\s+(?:hold\s+on\s+for|to)|(?:gave"
            rf"|give|gives|giving|handed|hand|hands|handing)\s+(?:the\s+)?(?P<given>{LAST_SIDE}))"
            rf"\s+an?\s+(?:[a-z-]+\s+){{0,2}}?{SCORE}\s+(?:[a-z-]+\s+)?(?:win|victory|triumph)\s+"
            rf"(?:over|against|at)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?P<loser>{LAST_SIDE})"
        ),
        "help|lift|carr|powered|propelled|pushed|gave|giv|hand|lead|led|guide|steer|sent|send",
    ),
)
# "... to lead the Philadelphia Eagles over the Dallas Cowboys 28-23 on Sunday night" (read
# only in a sentence holding " over " or " past ")
_LED_OVER = re.compile(
    r"\b(?:lead|led|leads|leading|lift|lifted|lifts|lifting|carry|carried|carries"
    r"|propel|propelled|propels|power|powered|powers|help|helped|helps|send|sent|sends)"
    rf"\s+(?:the\s+)?(?P<winner>{SIDE})\s+(?:past|over)\s+(?:the\s+)?(?P<loser>{SIDE})"
    rf"\s+{SCORE}"
)

# A year right after a match: "... a 3-1 win over Bury Town in 2019", "in the 2019 final"
_ANOTHER_YEAR = re.compile(r",?\s+(?:in|at)\s+(?:the\s+)?(?:19|20)\d\d\b")


def find_scores(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """The match results one sentence states, as ``score`` facts (winner, (loser, score)).
    Called only for a sentence that ``may_hold_score`` (quizcli.draft.results tests it
    once, before importing this module)."""
    text = sentence.masked
    facts = []
    over = " over " in text or " past " in text
    for pattern in (*_PATTERNS, _LED_OVER) if over else _PATTERNS:
        for match in pattern.finditer(text):
            if finder.negated(sentence, match.start("score")):
                continue
            if _ANOTHER_YEAR.match(text, match.end()):
                continue  # "helped Port Vale to a 3-1 win over Bury in 2019": another match
            winner = side_of(finder, _given_to(finder, sentence, match) or _winner(match))
            loser = side_of(finder, match["loser"])
            if (winner is None) != (loser is None):  # "The Norwegians beat Spain 29:23"
                winner = winner or nation_side(_winner(match), loser or "")
                loser = loser or nation_side(match["loser"], winner or "")
                # "the Chicago Hawks edged the Indians, 8-7": a franchise's nickname
                nicknamed = finder.cast.members
                winner = winner or franchise_side(_winner(match), loser or "", nicknamed)
                loser = loser or franchise_side(match["loser"], winner or "", nicknamed)
            score = score_of(match)
            if match.groupdict().get("to") and _mixed(finder, winner, loser):
                continue  # "Kane scored twice to beat Arsenal 2-1": a player is no side
            if winner and loser and winner != loser and not is_draw(score):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    read = {(fact.athlete, fact.value) for fact in facts}  # ("recorded a win over X 6-3")
    facts += [fact for fact in claimed(finder, sentence) if (fact.athlete, fact.value) not in read]
    if " straight " in text:
        facts += _straight_sets(finder, sentence)
    for pattern in _LOST if not facts else ():
        for match in pattern.finditer(text):
            score = loser_first(score_of(match))
            if finder.negated(sentence, match.start("score")) or not winner_first(score):
                continue
            if _SUPPOSED.search(text[max(0, match.start() - 60) : match.end("loser")] + " "):
                continue  # "Should Harbour City fall to Riverside 2-1 on Sunday, ...": a wish
            winner = side_of(finder, match["winner"])
            loser = side_of(finder, match["loser"])
            if winner and loser and not same_side(finder.cast, winner, loser):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    if not facts:
        for match in _BEATEN.finditer(text):
            winner = subject_of(finder, sentence, match.start()) or their_side(
                finder, sentence, match.start()
            )
            loser = side_of(finder, match["loser"])
            score = score_of(match)
            if finder.negated(sentence, match.start("score")) or is_draw(score):
                continue
            if winner and loser and not same_side(finder.cast, winner, loser):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    if not facts and (" lost " in text or " down " in text or " fell " in text):
        for match in _LOST_TO.finditer(text):
            score = loser_first(score_of(match))
            if finder.negated(sentence, match.start("score")) or not winner_first(score):
                continue
            loser = subject_of(finder, sentence, match.start())
            winner = side_of(finder, match["winner"])
            if winner and loser and not same_side(finder.cast, winner, loser):
                facts.append(
                    Fact("score", winner, finder.event, (loser, score), sentence, match[0])
                )
    if not facts and " bt" in text:  # "[2] A (FRA) bt [1] B (ENG) 3-0: 11-3, 11-6, 11-2"
        facts = bt_line(finder, sentence)
    if not facts and len(text) <= 120:  # "Nick Faulks (3) 1-0 Phil Shadick (3)"
        facts = game_line(finder, sentence)
    if not facts:
        facts = wins_over(finder, sentence)
    if not facts:
        facts = coached(finder, sentence) + draws(finder, sentence)
    if not facts:
        facts = points_line(finder, sentence)
    if facts and " series " in text:  # "... 2-1 on Monday to take the series 4-3"
        from quizcli.draft.series import series_won

        facts += series_won(sentence, facts)
    return facts


def _given_to(finder: FactFinder, sentence: Sentence, match: re.Match[str]) -> str | None:
    """The club opening the sentence, when a win is given to its nickname: "Exeter City
    ... to hand the Grecians a 3-0 win over Fleetwood Town" is Exeter City's (a person
    opening it, "Verhaeghe scored to give the Panthers ...", leaves the Panthers)."""
    from quizcli.draft.nations import is_country_name

    given = match.groupdict().get("given")
    if not given or " " in given or is_country_name((given,)):
        return None  # (a country is its own team: "gave England a 2-1 win")
    opener = opening_side(sentence.masked, len(sentence.masked))
    if opener is None or opener.end("side") > match.start():
        return None
    side = side_of(finder, opener["side"])
    if not side or side in finder.cast.people():
        return None
    return side


# "Italy thrashed Olympic champions USA in straight sets (25-20, 25-15, 27-25)": the sets'
# scores alone, each the winner's
_STRAIGHT_SETS = re.compile(
    rf"(?P<winner>{SIDE})\s+{BEAT}\s+{DESCRIBED}(?P<loser>{SIDE})\s+in\s+straight\s+sets\s+"
    r"\((?P<games>\d{1,2}[-–]\d{1,2}(?:[,;]\s*\d{1,2}[-–]\d{1,2}){1,4})\)"
)


def _straight_sets(finder: FactFinder, sentence: Sentence) -> list[Fact]:
    """``Italy thrashed USA in straight sets (25-20, 25-15, 27-25)``: asked as the score
    ``3-0 (25-20, 25-15, 27-25)``, when the winner won every set written."""
    facts = []
    for match in _STRAIGHT_SETS.finditer(sentence.masked):
        sets = len(re.findall(r"\d+\s*[-–]\s*\d+", match["games"]))
        games = games_of(f"{sets}-0", match["games"])
        if not games or finder.negated(sentence, match.start("games")):
            continue
        winner = side_of(finder, match["winner"])
        loser = side_of(finder, match["loser"])
        if winner and loser and not same_side(finder.cast, winner, loser):
            score = f"{sets}-0 ({games})"
            facts.append(Fact("score", winner, finder.event, (loser, score), sentence, match[0]))
    return facts


def _mixed(finder: FactFinder, winner: str | None, loser: str | None) -> bool:
    """Whether one side is a person the article names and the other is not: a player who
    scored, and the club his side beat."""
    people = finder.cast.people()
    return (winner in people) != (loser in people)


def _winner(match: re.Match[str]) -> str:
    """The winning side a pattern read: its ``winner``, else the one ``given`` the win."""
    groups = match.groupdict()
    return groups["winner"] or groups.get("given") or ""
