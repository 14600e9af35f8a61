"""Verbs of saying, and whether the narration after a quotation is its attribution
(``, she said.``, ``said the coach``) whether or not the draft can tell who spoke.
"""

from __future__ import annotations

import re

PARTICIPLES = frozenset(
    {"stating", "saying", "adding", "writing", "explaining", "declaring", "telling", "insisting"}
)

SAY = frozenset(
    """
    said says say added adds explained explains told tells concluded continued insisted
    insists admitted admits recalled noted stated states wrote writes penned posted posts
    declared joked laughed replied reflected revealed warned argued asked remarked conceded
    commented acknowledged claimed observed mentioned shouted tweeted quipped responded
    answered expressed stressed emphasised emphasized smiled beamed enthused gushed confessed
    predicted promised vowed maintained suggested shared announced assured boasted cautioned
    confirmed exclaimed hinted reckoned recounted reiterated sighed urged lamented clarified
    detailed explained added agreed
    """.split()
)
INTRO = SAY | {"praised", "thanked", "congratulated", "dedicated"} | PARTICIPLES
# A press sheet's topic label before its answers: "About the fact that ...:", "On the game:",
# "On facing Kerber next:" (with no verb of saying in it)
_TOPIC = re.compile(r"\s*(?:About|On|Regarding|Concerning|As for)\b[^.!?,]*:\s*$")
_WORD = re.compile(r"[a-z]+")


def a_topic(text: str) -> bool:
    """Whether ``text`` is a topic label introducing answers, not their speaker."""
    topic = _TOPIC.match(text)
    return topic is not None and not INTRO.intersection(_WORD.findall(topic[0]))


_OWN_ATTRIBUTION = re.compile(
    r"^[\s,]*(?:(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
    r"|[Tt]he\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b|(?P<first>[a-z]+)\b)"
)


def own_attribution(tail: str) -> bool:
    """Whether the narration after a quotation is its attribution (``, she said.``,
    ``said the coach``), whether or not the draft can tell who that is."""
    match = _OWN_ATTRIBUTION.match(tail)
    return match is not None and (match["verb"] or match["first"] or "") in SAY
