"""The organisation in a title wins: "President of the Chadian Human Rights League", "director
of the Iranian Atomic Energy Organization", "head of the Russian Orthodox Church".

A phrase alone (``redline actor``, NGEC's cases) made of a title, "of", "for" or "at", and a
named organisation (its last word an organisation noun: league, association, church, union ...)
is coded by the organisation: its country and the agent its words name, not the sector of the
title ("President" is GOV, "director" SPY). The organisation's agent is read from the agent
table with its noun taken as the head the table knows ("Human Rights League" as "human rights
group": NGO; "Atomic Energy Organization" as "atomic energy committee": GOV), else from the
sector word before the noun ("Medical Syndicate": HLH) or of the noun ("Orthodox Church": REL).
"""

from __future__ import annotations

import re

from redline.actors.bgformat import words
from redline.actors.compose import (
    SECTOR_MODIFIERS,
    UNKNOWN,
    agent_table,
    find_agent,
    named_country,
)
from redline.actors.queries import ActorAnswer, make_code

ORG_NOUNS = frozenset({"LEAGUE", "ASSOCIATION", "SOCIETY", "ORGANIZATION", "ORGANISATION",
                       "UNION", "FEDERATION", "SYNDICATE", "CHURCH", "MOVEMENT", "GROUP",
                       "COMMITTEE", "COUNCIL", "INSTITUTE", "AGENCY", "COMMISSION",
                       "FOUNDATION", "CONFEDERATION", "ALLIANCE", "NETWORK", "CENTER",
                       "CENTRE", "COLLEGE", "UNIVERSITY", "CONGRESS"})
# the heads the agent table knows organisations by
HEADS = ("GROUP", "ORGANIZATION", "COMMITTEE", "ASSOCIATION", "UNION")
# title words the agent table may lack ("head of", "chairman of")
TITLE_WORDS = frozenset({"HEAD", "CHAIRMAN", "CHAIRWOMAN", "CHAIR", "CHAIRPERSON", "CHIEF",
                         "FOUNDER", "COFOUNDER", "DIRECTOR", "PRESIDENT", "LEADER",
                         "SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON", "SECRETARY", "GENERAL",
                         "EXECUTIVE", "DEPUTY", "VICE", "MEMBER", "OFFICIAL", "HONORARY"})
ORG_SPLIT = re.compile(r"^(?P<title>[\w .'-]+?)\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>.+)$",
                       re.IGNORECASE)
MAX_TITLE = 4
# organisation nouns that name a sector by themselves ("Orthodox Church": REL); a bare "union"
# does not: a labour union, a state (the Soviet Union), a party (Christian Democratic Union)
NOUN_SECTORS = {"CHURCH": "REL", "UNIVERSITY": "EDU"}


def _is_title(ws: list[str]) -> bool:
    table = agent_table()
    return 0 < len(ws) <= MAX_TITLE and (
        tuple(ws) in table or all(w in TITLE_WORDS or (w,) in table for w in ws))


def org_agent(ws: list[str]) -> str | None:
    """The sector of an organisation named by ``ws`` (its last word an organisation noun)."""
    if len(ws) < 2 or ws[-1] not in ORG_NOUNS:
        return None
    table = agent_table()
    for head in (ws[-1], *HEADS):
        for start in range(max(len(ws) - 4, 0), len(ws) - 1):
            sector = table.get((*ws[start:-1], head))
            if sector:
                return sector
    return (SECTOR_MODIFIERS.get(ws[-2]) or table.get((ws[-2],))
            or NOUN_SECTORS.get(ws[-1]))


def title_of_org(text: str, date: str) -> ActorAnswer | None:
    """The organisation's code for "TITLE of [the] ORGANISATION", None for any other phrase."""
    match = ORG_SPLIT.match(" ".join(text.split()))
    if match is None or not _is_title(list(words(match["title"]))):
        return None
    ws = list(words(match["org"]))
    sector = org_agent(ws)
    if sector is None:
        return None
    found = find_agent(ws)
    skip = range(found[1], found[2]) if found else range(0)
    place = named_country(ws, skip, frozenset(re.findall(r"\b[a-z]+\b", match["org"])))
    if place is None:
        return ActorAnswer("", date, UNKNOWN + sector, None, sector, "group", None,
                           layer="composition")
    from redline.actors.kb import knowledge_base

    kb = knowledge_base()
    country = place[0]
    if not kb.is_state(country):
        return None  # an international body ("President of the African Union"): its own code
    return ActorAnswer(kb.country_name(country), date, make_code(kb, country, sector),
                       country, sector, "state", None, layer="composition")
