"""Everyday English words: an option that is one of them gives no answer away by itself.

:mod:`quizcli.spoilers` does not count a choice answer such as ``gold`` or ``final`` as a
reveal, since such words turn up everywhere. (Typo matching uses a full word list instead:
:mod:`quizcli.words`.) Folded: lowercase ASCII.
"""

from __future__ import annotations

_WORDS = """
able about above accept act action add after again against age ago agree ahead aim air
all allow almost alone along already also always among amount and anger angle animal
answer any apart apple area argue arm army around arrive art ask attack away baby back
bad bag bake ball band bank bar base basket bath bear beat bed been beer before begin
behind being bell belt best better big bike bill bird bit bite black blade blame blind
block blood blow blue board boat body bold bone book boot born boss both bottle bottom
bow bowl box boy brain branch brave bread break breath brick bride bridge brief bright
bring broad brown build burn bus busy but buy cake call calm came camp can cap car card
care carry case cash cast cat catch cause cell center centre chain chair chance change
charge chase cheap check cheer chest chief child chin choice church city claim class
clean clear climb clock close cloth cloud club coach coast coat code cold come cook cool
copy corn corner cost could count country couple course court cover cow crash cream
crew crime crop cross crowd crown cry cup cure curve cut dad damn dance danger dare dark
date daughter dawn day dead deal dear death debt decide decision deep deer degree desk
detail did die diet dinner dirt dish do doctor does dog door double doubt down draw
dream dress drink drive drop drum dry duck due dull during dust duty each ear early
earn earth ease east easy eat edge egg eight either else end enemy enjoy enough enter
equal error even event ever every exact exit eye face fact fade fail fair fall false
fame far farm fast fat father fault fear feed feel fell felt few field fight figure
fill film final find fine finger finish fire firm first fish fit five fix flag flat
flight floor flow flower fly fold folk follow food fool foot for force forest forget
fork form four frame free fresh friend from front fruit full fun game gap garden gate
gave gift girl give glad glass goal goat god gold golf gone good got grab grade grain
grand grant grass grave gray great green grew grey ground group grow guard guess guest
guide gun guy hair half hall hand handle hang happy hard harm hat hate have head heal
health hear heart heat heavy held hell help her here hero hide high hill him hint his
hit hold hole holy home hope horse host hot hour house how huge human hunt hurt ice idea
inch into iron island item jacket job join joke judge juice jump just keep kept key kick
kid kill kind king kiss kitchen knee knife knock know lack lady lake lamp land lane
large last late laugh law lay lead leaf lean learn least leave left leg lend less let
letter level lie life lift light like limit line lion lip list listen little live load
loan local lock long look lord lose loss lost lot loud love low luck lunch machine mad
made mail main major make male man many map mark market mass master match mate matter
may meal mean meat meet member memory men mention met metal middle might mile milk mind
mine minute miss mix model moment money month moon more morning most mother motor mount
mouse mouth move much mud music must name narrow nation near neck need nerve net never
new news next nice night nine noise none noon nor north nose not note nothing notice now
number nurse oak object ocean off offer office often oil old once one only open option
order other our out over own pace pack page pain paint pair palm pan paper parent park
part party pass past path pay peace pen people per pick piece pile pin pink pipe place
plain plan plane plant plate play please plenty poem point pole police pool poor post
pot pound pour power press price pride print prize proof proud prove pull pump pure
push put queen quick quiet race rain raise ran range rank rare rate raw reach read ready
real reason record red remain rest rich ride right ring rise risk river road rock role
roll roof room root rope rose rough round route row royal rule run rush safe said sail
salt same sand save saw say scale scene school score sea seat second see seed seem seen
sell send sense serve set seven shade shake shall shape share sharp she sheep sheet shelf
shell shift shine ship shirt shoe shoot shop shore short shot should show shut sick side
sight sign silk silver simple since sing single sink sir sister sit six size skill skin
sky sleep slide slip slow small smell smile smoke snow soft soil sold some son song soon
sort soul sound soup south space speak speed spend spin spirit spot spread spring square
staff stage stair stand star start state stay steal steam steel step stick still stock
stone stood stop store storm story strange street strength stress strike string strong
study stuff style such sugar suit summer sun sure swim table tail take tale talk tall
tank tape task taste tax tea teach team tear tell ten tend term test than thank that the
their them then there these they thin thing think third this those though three threw
throw tie tight till time tiny tip tire title today toe together told tone too took
tool top total touch tour toward town toy track trade trail train travel treat tree trial
trip true trust truth try tube turn twice two type uncle under unit until upon upper
use usual valley value very view village visit voice vote wait walk wall want war warm
wash waste watch water wave way weak wear weather week weight well went were west wet
what wheel when where which while white who whole why wide wife wild will win wind window
wine wing winter wire wise wish with woman women won wonder wood word work world worry
worse worst worth would wound write wrong yard year yellow yes yet you young your zero
"""

EVERYDAY: frozenset[str] = frozenset(_WORDS.split())
