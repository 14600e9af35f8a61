"""Words that are never part of a person's name in an article: common English words, words
of places, events, organisations and media, roles and positions (``Runner-up Dahlqvist``,
``Opposite Victor Poletaev``: no first names), reporting verbs and page furniture."""

from __future__ import annotations

# The days and the months as articles write them (each is a word of NOT_NAMES too): the
# patterns that read "on Thursday night", "last April" or "Saturday's win" are built of them
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)

NOT_NAMES = frozenset(
    """
    a about above across after again against all also although am among an and another
    any are as aside at be because been before being below between both but by can could
    despite did do does down during each either even every few for from further had has
    have having he her here hers him his how however i if in into is it its just last
    least less many may me meanwhile might more most much must my neither never no nor not
    now of off on once one only or other our out over own perhaps same she should since
    later earlier afterwards
    so some still such than that the their them then there these they this those though
    through thus to today together tomorrow tonight too under unlike until up upon us very
    was we were what whatever when where whether which while who whom whose why will with
    within without would yesterday yet you your
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december
    olympic olympics olympian olympians paralympian paralympians games game championship
    championships world european europe commonwealth diamond league grand prix cup final
    finals semi heat
    stadium stade arena park national international federation committee association
    lagoon reservoir canal basin velodrome speedway raceway trials stakes invitational tournament
    team club university college school press images getty associated reuters afp ap bbc
    cnn espn nbc instagram twitter facebook tiktok youtube x news times post guardian
    independent telegraph daily sport sports athletics track field marathon relay
    paris france london britain british england english scotland scottish wales welsh
    ireland irish norway norwegian norwegians america american americans usa us uk kenya
    kenyan ethiopia ethiopian spain spanish italy italian germany german jamaica jamaican
    australia australian canada canadian china chinese japan japanese netherlands dutch
    los angeles tokyo rio beijing doha budapest eugene monaco oslo new york city mans cape notre
    gold silver bronze medal medallist medalist record men women mens womens
    support find close read more view share subscribe sign editor photo getty
    mr mrs ms dr sir coach captain president minister midfielder defender striker
    owner chairman chairwoman director referee umpire
    goalkeeper keeper winger forward manager skipper rider driver teammate
    center centre defenseman defenceman goalie goaltender netminder pitcher catcher
    infielder reliever left-hander right-hander southpaw point-guard
    hills valley heights township county town albion argyle orient saint
    winner winners loser radio television tv fm
    skating skiing swimming cycling rowing sailing volleyball polo tennis hockey curling
    wrestling boxing judo fencing handball basketball football rugby cricket golf snooker
    darts badminton kabaddi sumo weightlifting gymnastics diving equestrian dressage canoeing
    two three four five six seven eight nine ten eleven twelve nations
    defence defense forces police prisons army navy airways opener openers hooker prop
    q a question answer interview
    runner-up runners-up champion champions champ champs compatriot compatriots rival rivals
    defending reigning favourite favorite veteran debutant rookie newcomer holder titleholder
    outstanding valuable mvp all-american all-star all-pro greatest state
    halfback half-back journeyman five-eighth stand-off
    wins beats birdies clinches retains reclaims storms cruises edges crushes downs
    opposite setter libero spiker hitter blocker shortstop outfielder quarterback linebacker
    wicketkeeper all-rounder fly-half scrum-half fullback full-back flanker playmaker slam
    credit credits image caption copyright anthem banner marseillaise
    fc afc cf sc club united borussia bayern inter olympique dynamo athletic sporting
    racing rovers wanderers hotspur juventus barcelona madrid milan liverpool chelsea arsenal
    writer writers published updated staff correspondent reporter byline half teammate
    team-mate said says told added explained insisted admitted recalled noted stated wrote
    declared replied revealed warned conceded commented claimed asked
    tour giro vuelta open masters wimbledon garros bundesliga premier liga serie ligue
    uefa fifa nba nfl mlb nhl atp wta uci fia ioc formula stage gp ironman downhill slalom
    series triathlon personal seasonal
    """.split()
)


# Positions and roles in the plural, run into a name as a list's head ("Pitchers Randy
# Johnson, who ..., and the masterful Curt Schilling"): never a first name. Kept apart from
# NOT_NAMES, whose words are never a quotation's blank ("my teammates" is a good one).
PLURAL_ROLES = frozenset(
    """
    pitchers catchers infielders relievers defenders strikers goalkeepers keepers forwards
    midfielders wingers riders drivers teammates team-mates coaches managers captains skippers
    goalies quarterbacks linebackers
    """.split()
)
