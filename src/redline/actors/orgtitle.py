"""A body named by its own name, inside a phrase whose country word would otherwise win:
"President of the Chadian Human Rights League" is the league's head (Chad, a non-governmental
body), not Chad's president; "the Kenyan Bar Association" is no Kenyan government.

A proper name ending in a word that heads an association's name (League, Association,
Society, Federation ...) names a body of the country the phrase names. Its sector is what the
same words would give a group ("Human Rights League" as a "human rights group": NGO; "Teachers'
Union" as teachers: EDU, in PLOVER's agent list and our sector words), else a
non-governmental organisation (NGO). Issue 18, Must hold 3: the organisation in a title wins.
"""

from __future__ import annotations

import re

from redline.actors.bgformat import words
from redline.actors.compose import find_agent
from redline.actors.kb import knowledge_base
from redline.actors.queries import ActorAnswer, make_code

# the last word of an association's name; "Union" only with words of a trade or profession
# before it ("European Union", "Soviet Union" are known bodies and states, found first)
HEADS = frozenset({"ASSOCIATION", "ASSOCIATIONS", "LEAGUE", "SOCIETY", "FEDERATION",
                   "FOUNDATION", "MOVEMENT", "NETWORK", "COALITION", "SYNDICATE", "GUILD",
                   "CONFEDERATION", "UNION"})
# the capitalised words that end a phrase ("... of the Chadian Human Rights League")
_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*$")
# a body whose name gives no agent: a non-governmental organisation
DEFAULT = "NGO"
# agent readings that make an association's name no body of its own
NOT_A_BODY = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def body_sector(text: str) -> str | None:
    """The sector of the association ``text`` ends with (None: it names none)."""
    match = _NAME.search(text.strip())
    ws = list(words(match.group(0))) if match else []
    if len(ws) < 2 or ws[-1] not in HEADS:
        return None
    sector = _agent([*ws[:-1], "GROUP"], len(ws), whole=True) or _agent(ws[:-1], len(ws) - 1)
    if sector is None and ws[-1] == "UNION":
        return None
    if sector in NOT_A_BODY:
        return None
    return sector or DEFAULT


def _agent(ws: list[str], end: int, whole: bool = False) -> str | None:
    """The sector of the agent words in ``ws`` ("" counts as none); ``whole``: only an agent
    of two or more words ending the name ("human rights group")."""
    found = find_agent(ws)
    if found is None or not found[0]:
        return None
    if whole and (found[2] != end or found[2] - found[1] < 2):
        return None
    return found[0]


def as_body(country: str | None, name: str, text: str, date: str) -> ActorAnswer | None:
    """The association ``text`` ends with, as an actor of ``country`` (a state the phrase
    names; ``name``: what the actor stage called it, a state's own name when no one in
    particular is named), or None."""
    kb = knowledge_base()
    if not country or not kb.is_state(country) or name != kb.country_name(country):
        return None
    sector = body_sector(text)
    return None if sector is None else _answer(country, sector, date)


def named_body(text: str, date: str) -> ActorAnswer | None:
    """The association ``text`` names, of the state its words name ("Chairman of the Kenyan
    Human Rights League"), for ``redline actor`` when no row knows the phrase."""
    from redline.actors.compose import _country

    sector = body_sector(text)
    place = _country(list(words(text)), range(0)) if sector else None
    if sector is None or place is None or not knowledge_base().is_state(place[0]):
        return None
    return _answer(place[0], sector, date)


def _answer(country: str, sector: str, date: str) -> ActorAnswer:
    kb = knowledge_base()
    return ActorAnswer(kb.country_name(country), date, make_code(kb, country, sector), country,
                       sector, "org", None, layer="composition")
